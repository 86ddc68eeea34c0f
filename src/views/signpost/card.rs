//! One listing on a sheet or shortlist: what it is, where, how to join, and a QR code of
//! its page; on a sheet, a box to tick to keep it on a shortlist.

use super::super::parts::{distance_in, freshness_note_in, is_fine, site_place_in};
use super::super::project::who;
use super::super::project_facts::who_in;
use super::super::search_form::label_in;
use crate::domain::{Delivery, Project, schedule};
use crate::i18n::{Arg, Lang};
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

fn referral(lang: Lang, p: &Project) -> String {
    if p.referral.is_empty() {
        lang.t("sheet-referral-none")
    } else {
        p.referral
            .iter()
            .map(|r| label_in(lang, "referral", r.slug(), r.label()))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

fn next_meeting(lang: Lang, l: &Listing, now: DateTime<Tz>) -> String {
    let p = &l.project;
    let site = l.site.map(|i| p.sites[i].label.as_str());
    let next = schedule::next_of(p.sessions.iter().filter(|s| s.site.as_deref() == site), now);
    match (next, &p.schedule_note) {
        (Some((_, o)), _) if lang == Lang::En => o.starts.format("%A %-d %B %Y, %H:%M").to_string(),
        (Some((_, o)), _) => format!(
            "{}, {}",
            lang.date(o.starts.date_naive()),
            o.starts.format("%H:%M")
        ),
        (None, Some(note)) => format!("{} ({note})", lang.t("sheet-next-none")),
        (None, None) => lang.t("sheet-next-none"),
    }
}

/// What a listing with no site says instead of where it meets: its online and phone
/// offer, or, when it states none, the areas or nations it serves.
fn remote_words(lang: Lang, p: &Project) -> String {
    let ways: Vec<String> = p
        .delivery
        .iter()
        .filter(|d| matches!(d, Delivery::Online | Delivery::Phone))
        .map(|d| label_in(lang, "delivery", d.slug(), d.label()))
        .collect();
    let for_people_in = |places: Vec<String>| {
        lang.ta(
            "search-nation-serves",
            &[("nation", Arg::from(places.join(", ")))],
        )
    };
    if ways.is_empty() && !p.areas.is_empty() {
        for_people_in(p.areas.iter().map(|a| a.name.clone()).collect())
    } else if ways.is_empty() && !p.nations.is_empty() {
        for_people_in(
            p.nations
                .iter()
                .map(|n| super::super::layout::nation_name(lang, *n))
                .collect(),
        )
    } else {
        ways.join("; ")
    }
}

fn where_words(lang: Lang, l: &Listing, fine_origin: bool) -> Markup {
    let p = &l.project;
    html! {
        @match l.site {
            Some(i) => {
                @let site = &p.sites[i];
                p.where {
                    @if let Some(d) = l.distance_m {
                        (super::super::results::away(lang, &distance_in(lang, d, fine_origin && is_fine(site.precision)), &site_place_in(lang, site)))
                    } @else {
                        (lang.ta("search-meets", &[("places", Arg::from(site_place_in(lang, site)))]))
                    }
                }
                @if l.also_remote { p.where { (lang.t("results-also-remote")) } }
            }
            None => {
                p.where { (remote_words(lang, p)) }
            }
        }
    }
}

fn keep_box(lang: Lang, p: &Project, keep: Keep) -> Markup {
    let id = format!("keep-{}", keep.index);
    html! {
        p.keep.no-print {
            input id=(id) type="checkbox" name="keep" value=(p.slug) checked[keep.ticked]
                aria-invalid=[keep.invalid.then_some("true")]
                aria-describedby=[keep.invalid.then_some("keep-error")];
            " "
            label for=(id) { (lang.t("sheet-keep")) ": " span lang=[super::super::results::english(lang)] { (p.name) } }
        }
    }
}

/// One listing. `fine_origin`: the sheet's place is known to within about a kilometre.
pub(super) fn listing(
    lang: Lang,
    l: &Listing,
    fine_origin: bool,
    base: &str,
    now: DateTime<Tz>,
    keep: Option<Keep>,
) -> Markup {
    let p = &l.project;
    let url = format!("{base}{}", lang.path(&format!("/projects/{}", p.slug)));
    let label = lang.ta(
        "sp-qr-listing",
        &[
            ("name", Arg::from(p.name.clone())),
            ("url", Arg::from(url.clone())),
        ],
    );
    let qr = qr::svg(&url, &label);
    let c = &p.contact;
    let en = super::super::results::english(lang);
    html! {
        li.listing {
            div.listing-text {
                h3 lang=[en] { a href=(lang.path(&format!("/projects/{}", p.slug))) { (p.name) } }
                (where_words(lang, l, fine_origin))
                p.trust {
                    @if p.verified { span.status.verified { (lang.t("status-verified")) } }
                    @else { span.status.unverified { (lang.t("status-unverified")) } }
                }
                (freshness_note_in(lang, p, now.date_naive()))
                dl.facts {
                    dt { (lang.t("sheet-referral")) } dd { (referral(lang, p)) }
                    dt { (lang.t("sheet-who")) }
                    // Welsh has the words; the community languages read it in English.
                    @if lang == Lang::Cy { dd { (who_in(lang, p)) } }
                    @else { dd lang=[en] { (who(p)) } }
                    dt { (lang.t("sheet-next")) } dd { (next_meeting(lang, l, now)) }
                    dt { (lang.t("sheet-contact")) }
                    dd {
                        @if c.is_empty() { (lang.t("sheet-contact-none")) }
                        @if let Some(w) = &c.website { (w) br; }
                        @if let Some(e) = &c.email { (e) br; }
                        @if let Some(t) = &c.phone { (t) }
                    }
                    dt { (lang.t("sheet-confirmed")) }
                    dd { (p.last_confirmed.map(|d| lang.date(d)).unwrap_or_else(|| lang.t("sheet-confirmed-none"))) }
                }
                @if let Some(k) = keep { (keep_box(lang, p, k)) }
            }
            @if let Some(svg) = qr {
                figure.qr-code {
                    (PreEscaped(svg))
                    figcaption { (lang.t("sheet-full-listing")) ": " a.qr-url href=(url) { (url) } }
                }
            }
        }
    }
}
