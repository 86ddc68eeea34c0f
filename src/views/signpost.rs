//! The signposting sheet and the shortlist: one printable page of peer support for one
//! person, with how to join each and the numbers to call in a crisis.

use super::layout::{Chrome, page};
use super::parts::{date, distance, is_fine, site_place};
use super::project::who;
use super::urgent::emergency_advice;
use crate::domain::{Delivery, Nation, Project, Slug, Taxonomy, schedule};
use crate::geocode::PlacePrecision;
use crate::search::SearchQuery;
use crate::signpost::{Listing, Sheet, qr};
use chrono::{DateTime, Months};
use chrono_tz::Tz;
use maud::{Markup, PreEscaped, html};

mod copy {
    pub const ASK_TITLE: &str = "Make a signposting sheet";
    pub const ASK_INTRO: &str = "For health and care professionals: a page of peer support near where someone lives, for what they need, to print or to send as a link.";
    pub const WHERE: &str = "Their postcode, town or city";
    pub const NEED: &str = "Support for";
    pub const ANY_NEED: &str = "Any kind of support";
    pub const MAKE: &str = "Make the sheet";
    pub const TITLE: &str = "Peer support for";
    pub const INTRO: &str = "Peer support from people who have been through it themselves. It does not replace care from a GP, midwife, health visitor or perinatal team.";
    pub const CHECK: &str = "Listings marked “not yet confirmed by the project” were built from published reports: ring or email before travelling.";
    pub const IN_PERSON: &str = "Meeting in person, nearest first";
    pub const NONE_IN_PERSON: &str = "We do not know of in-person peer support for this.";
    pub const ONLINE: &str = "Online and by phone";
    pub const NONE_ONLINE: &str = "We do not know of online or phone peer support for this.";
    pub const REFERRAL: &str = "How to join";
    pub const REFERRAL_NONE: &str = "Not stated: ask the project";
    pub const WHO: &str = "Who can come";
    pub const NEXT: &str = "Next meets";
    pub const NEXT_NONE: &str = "Not confirmed yet";
    pub const CONTACT: &str = "Get in touch";
    pub const CONTACT_NONE: &str = "Contact details are not confirmed yet";
    pub const CONFIRMED: &str = "Last confirmed";
    pub const CONFIRMED_NONE: &str = "Not recorded";
    pub const VERIFIED: &str = "Confirmed by the project";
    pub const UNVERIFIED: &str = "Not yet confirmed by the project";
    pub const STALE: &str = "Not confirmed for over 12 months";
    pub const KEEP: &str = "Keep on the shortlist";
    pub const SHORTLIST_HINT: &str = "Untick what does not fit, then make a shortlist: a short link to send or print. No account is needed and nothing about the person is kept except the area.";
    pub const MAKE_SHORTLIST: &str = "Make a shortlist of the ticked listings";
    pub const PRINT_HINT: &str =
        "To print, use your browser's Print command: the page is laid out for A4.";
    pub const CRISIS: &str = "If you need help now";
    pub const CRISIS_INTRO: &str = "Peer support is not an emergency service. Call straight away if you are worried about your safety or your baby's:";
    pub const SHORTLIST_TITLE: &str = "Shortlist of peer support for";
    pub const SHORTLIST_LINK: &str = "This shortlist's address";
    pub const GONE: &str = "No longer listed (the project may have closed or changed):";
    pub const PROJECT_PAGE: &str = "Full listing";
}

/// The words of a sheet for a whole nation.
mod nation_copy {
    pub const SERVING: &str = "Serving";
    pub const NO_DISTANCES: &str = "A whole nation has no distances: for the nearest to the person, make the sheet for their postcode or town.";
    pub const FOR_PEOPLE_IN: &str = "For people in";
}

fn stale(p: &Project, now: DateTime<Tz>) -> bool {
    p.last_confirmed.is_some_and(|d| {
        d.checked_add_months(Months::new(12))
            .is_some_and(|limit| limit < now.date_naive())
    })
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

/// One listing: what it is, how to join, and a QR code of its page. `fine_origin`: the
/// sheet's place is known to within about a kilometre.
fn listing(
    l: &Listing,
    fine_origin: bool,
    base: &str,
    now: DateTime<Tz>,
    keep: Option<usize>,
) -> Markup {
    let p = &l.project;
    let url = format!("{base}/projects/{}", p.slug);
    let qr = qr::svg(&url, &format!("QR code for {}: {url}", p.name));
    let c = &p.contact;
    html! {
        li.listing {
            div.listing-text {
                h3 { a href={ "/projects/" (p.slug) } { (p.name) } }
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
                    }
                    None => {
                        p.where { (remote_words(p)) }
                    }
                }
                p.trust {
                    @if p.verified { span.status.verified { (copy::VERIFIED) } }
                    @else { span.status.unverified { (copy::UNVERIFIED) } }
                    @if stale(p, now) { " " strong.stale { (copy::STALE) } }
                }
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
                @if let Some(i) = keep {
                    p.keep.no-print {
                        input id={ "keep-" (i) } type="checkbox" name="keep" value=(p.slug) checked;
                        " "
                        label for={ "keep-" (i) } { (copy::KEEP) ": " (p.name) }
                    }
                }
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

fn crisis(chrome: &Chrome<'_>, nation: Nation) -> Markup {
    html! {
        section.sheet-crisis aria-labelledby="sheet-crisis-title" {
            h2 #sheet-crisis-title { (copy::CRISIS) }
            p { (copy::CRISIS_INTRO) }
            ul {
                @for line in chrome.crisis.for_nation(Some(nation)) {
                    li {
                        strong { (line.name) ": " @if let Some(word) = &line.text { "text " (word) " to " } (line.number) }
                        " — " @if let Some(how) = &line.how { (how) " " } (line.detail)
                    }
                }
            }
        }
    }
}

fn need_words(taxonomy: &Taxonomy, q: &SearchQuery) -> String {
    if q.filter.needs.is_empty() {
        "any need".to_string()
    } else {
        q.filter
            .needs
            .iter()
            .map(|n| taxonomy.need_label(n).to_string())
            .collect::<Vec<_>>()
            .join(" or ")
    }
}

fn sections(sheet: &Sheet, base: &str, now: DateTime<Tz>, keep: bool) -> Markup {
    let offset = sheet.in_person.len();
    let fine = sheet.precision.is_some_and(PlacePrecision::is_fine);
    let nation = sheet.precision == Some(PlacePrecision::Nation);
    html! {
        @if nation {
            h2 { (nation_copy::SERVING) " " (sheet.nation.label()) }
            p.muted { (nation_copy::NO_DISTANCES) }
        } @else {
            h2 { (copy::IN_PERSON) }
        }
        @if sheet.in_person.is_empty() { p { (copy::NONE_IN_PERSON) } }
        ol.listings {
            @for (i, l) in sheet.in_person.iter().enumerate() { (listing(l, fine, base, now, keep.then_some(i))) }
        }
        h2 { (copy::ONLINE) " (" (sheet.nation.label()) ")" }
        @if sheet.online.is_empty() { p { (copy::NONE_ONLINE) } }
        ul.listings {
            @for (i, l) in sheet.online.iter().enumerate() { (listing(l, fine, base, now, keep.then_some(offset + i))) }
        }
    }
}

/// The form that asks where and what for.
pub fn ask(chrome: Chrome<'_>, taxonomy: &Taxonomy, q: &SearchQuery) -> Markup {
    let body = html! {
        h1 { (copy::ASK_TITLE) }
        (emergency_advice(&q.filter.needs))
        p.lead { (copy::ASK_INTRO) }
        form.search method="get" action="/signpost" {
            label.block for="where" { (copy::WHERE) }
            input #where type="text" name="where" value=[q.place.as_deref()] spellcheck="false";
            label.block for="need" { (copy::NEED) }
            select #need name="need" {
                option value="" { (copy::ANY_NEED) }
                @for need in &taxonomy.needs {
                    option value=(need.slug) selected[q.filter.needs.contains(&need.slug)] { (need.label) }
                }
            }
            p {}
            button type="submit" { (copy::MAKE) }
        }
    };
    page(copy::ASK_TITLE, chrome, body)
}

/// The sheet for one place and need, with boxes to tick for a shortlist.
pub fn sheet(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    q: &SearchQuery,
    sheet: &Sheet,
    base: &str,
    now: DateTime<Tz>,
) -> Markup {
    let title = format!(
        "{} {}: {}",
        copy::TITLE,
        sheet.place,
        need_words(taxonomy, q)
    );
    let body = html! {
        div.sheet {
            h1 { (title) }
            (emergency_advice(&q.filter.needs))
            p.muted { "peermap, " (date(now.date_naive())) ". " (copy::INTRO) }
            p { (copy::CHECK) }
            (crisis(&chrome, sheet.nation))
            form method="post" action="/shortlists" {
                @if let Some(w) = &q.place { input type="hidden" name="where" value=(w); }
                (sections(sheet, base, now, true))
                div.no-print {
                    p { (copy::SHORTLIST_HINT) }
                    button type="submit" { (copy::MAKE_SHORTLIST) }
                    p.muted { (copy::PRINT_HINT) }
                }
            }
        }
    };
    page(&title, chrome, body)
}

/// A kept shortlist: the same listings as the sheet they were ticked on.
pub fn shortlist(
    chrome: Chrome<'_>,
    sheet: &Sheet,
    gone: &[Slug],
    url: &str,
    base: &str,
    now: DateTime<Tz>,
) -> Markup {
    let title = format!("{} {}", copy::SHORTLIST_TITLE, sheet.place);
    let link_qr = qr::svg(url, &format!("QR code for this shortlist: {url}"));
    let body = html! {
        div.sheet {
            h1 { (title) }
            p.muted { "peermap, " (date(now.date_naive())) ". " (copy::INTRO) }
            p { (copy::CHECK) }
            div.shortlist-link {
                @if let Some(svg) = link_qr { (PreEscaped(svg)) }
                p { (copy::SHORTLIST_LINK) ": " a href=(url) { (url) } }
            }
            (crisis(&chrome, sheet.nation))
            (sections(sheet, base, now, false))
            @if !gone.is_empty() {
                p { (copy::GONE) " " (gone.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")) }
            }
            p.muted.no-print { (copy::PRINT_HINT) }
        }
    };
    page(&title, chrome, body)
}
