//! One listing on a sheet or shortlist: what it is, where, how to join, and a QR code of
//! its page; on a sheet, a box to tick to keep it on a shortlist.

use super::super::parts::{date, distance, freshness_note, is_fine, site_place};
use super::super::project::who;
use super::{copy, nation_copy};
use crate::domain::{Delivery, Project, schedule};
use crate::signpost::{Listing, qr};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, PreEscaped, html};

/// A listing's box on a sheet: its place among the boxes (for its id), whether it is
/// ticked, and whether the shortlist came back with an error about the ticks.
#[derive(Debug, Clone, Copy)]
pub(super) struct Keep {
    pub index: usize,
    pub ticked: bool,
    pub invalid: bool,
}

fn referral(p: &Project) -> String {
    if p.referral.is_empty() {
        copy::REFERRAL_NONE.to_string()
    } else {
        p.referral
            .iter()
            .map(|r| r.label())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

fn next_meeting(l: &Listing, now: DateTime<Tz>) -> String {
    let p = &l.project;
    let site = l.site.map(|i| p.sites[i].label.as_str());
    let next = schedule::next_of(p.sessions.iter().filter(|s| s.site.as_deref() == site), now);
    match (next, &p.schedule_note) {
        (Some((_, o)), _) => o.starts.format("%A %-d %B %Y, %H:%M").to_string(),
        (None, Some(note)) => format!("{} ({note})", copy::NEXT_NONE),
        (None, None) => copy::NEXT_NONE.to_string(),
    }
}

/// What a listing with no site says instead of where it meets: its online and phone
/// offer, or, when it states none, the areas or nations it serves.
fn remote_words(p: &Project) -> String {
    let ways: Vec<&str> = p
        .delivery
        .iter()
        .filter(|d| matches!(d, Delivery::Online | Delivery::Phone))
        .map(|d| d.label())
        .collect();
    if ways.is_empty() && !p.areas.is_empty() {
        let areas: Vec<&str> = p.areas.iter().map(|a| a.name.as_str()).collect();
        format!("{} {}", nation_copy::FOR_PEOPLE_IN, areas.join(", "))
    } else if ways.is_empty() && !p.nations.is_empty() {
        let nations: Vec<&str> = p.nations.iter().map(|n| n.label()).collect();
        format!("{} {}", nation_copy::FOR_PEOPLE_IN, nations.join(", "))
    } else {
        ways.join("; ")
    }
}

fn where_words(l: &Listing, fine_origin: bool) -> Markup {
    let p = &l.project;
    html! {
        @match l.site {
            Some(i) => {
                @let site = &p.sites[i];
                p.where {
                    @if let Some(d) = l.distance_m {
                        strong { (distance(d, fine_origin && is_fine(site.precision))) } " away, " (site_place(site))
                    } @else {
                        "Meets " (site_place(site))
                    }
                }
                @if l.also_remote { p.where { (copy::ALSO_REMOTE) } }
            }
            None => {
                p.where { (remote_words(p)) }
            }
        }
    }
}

fn keep_box(p: &Project, keep: Keep) -> Markup {
    let id = format!("keep-{}", keep.index);
    html! {
        p.keep.no-print {
            input id=(id) type="checkbox" name="keep" value=(p.slug) checked[keep.ticked]
                aria-invalid=[keep.invalid.then_some("true")]
                aria-describedby=[keep.invalid.then_some("keep-error")];
            " "
            label for=(id) { (copy::KEEP) ": " (p.name) }
        }
    }
}

/// One listing. `fine_origin`: the sheet's place is known to within about a kilometre.
pub(super) fn listing(
    l: &Listing,
    fine_origin: bool,
    base: &str,
    now: DateTime<Tz>,
    keep: Option<Keep>,
) -> Markup {
    let p = &l.project;
    let url = format!("{base}/projects/{}", p.slug);
    let qr = qr::svg(&url, &format!("QR code for {}: {url}", p.name));
    let c = &p.contact;
    html! {
        li.listing {
            div.listing-text {
                h3 { a href={ "/projects/" (p.slug) } { (p.name) } }
                (where_words(l, fine_origin))
                p.trust {
                    @if p.verified { span.status.verified { (copy::VERIFIED) } }
                    @else { span.status.unverified { (copy::UNVERIFIED) } }
                }
                (freshness_note(p, now.date_naive()))
                dl.facts {
                    dt { (copy::REFERRAL) } dd { (referral(p)) }
                    dt { (copy::WHO) } dd { (who(p)) }
                    dt { (copy::NEXT) } dd { (next_meeting(l, now)) }
                    dt { (copy::CONTACT) }
                    dd {
                        @if c.is_empty() { (copy::CONTACT_NONE) }
                        @if let Some(w) = &c.website { (w) br; }
                        @if let Some(e) = &c.email { (e) br; }
                        @if let Some(t) = &c.phone { (t) }
                    }
                    dt { (copy::CONFIRMED) }
                    dd { (p.last_confirmed.map(date).unwrap_or_else(|| copy::CONFIRMED_NONE.to_string())) }
                }
                @if let Some(k) = keep { (keep_box(p, k)) }
            }
            @if let Some(svg) = qr {
                figure.qr-code {
                    (PreEscaped(svg))
                    figcaption { (copy::PROJECT_PAGE) ": " a.qr-url href=(url) { (url) } }
                }
            }
        }
    }
}
