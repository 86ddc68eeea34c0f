//! Search results: in person nearest first, then online and phone, or a kind way on.

use super::layout::{Chrome, page};
use super::parts::status_badge;
use super::search_form::search_form;
use super::urgent::emergency_advice;
use crate::domain::{Format, Taxonomy, schedule};
use crate::search::{METRES_PER_MILE, Nearby, Reachable};
use crate::search::{Outcome, SearchQuery};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Find peer support near you";
    pub const INTRO: &str = "Type where you live to see peer support you can get to, and support you can join online or by phone.";
    pub const IN_PERSON: &str = "In person";
    pub const NONE_NEAR: &str = "We could not find peer support that meets in person within the distance you chose, for what you chose.";
    pub const NEAREST_BEYOND: &str = "The nearest further away";
    pub const NONE_AT_ALL: &str = "We do not know of any in-person peer support that matches everything you chose. Try fewer options, or see the online and phone support below.";
    pub const ONLINE: &str = "Online and by phone — wherever you are";
    pub const NO_ONLINE: &str =
        "We do not know of online or phone peer support that matches everything you chose.";
    pub const SERVICE_AREA: &str = "You are inside the area this group serves.";
    pub const CHOSEN: &str = "Within the distance you chose.";
    pub const CHOOSE_TITLE: &str = "Which place do you mean?";
    pub const PROBLEM_TITLE: &str = "There is a problem";
    pub const TRY: &str = "Did you mean:";
    pub const STILL_HELP: &str = "If you need help while you look, you can get it now.";
    pub const CRISIS_LINK: &str = "See who to call for urgent help";
    pub const CHANGE: &str = "Change your search";
    pub const AGAIN: &str = "Search again";
    pub const ANY_SUPPORT: &str = "All peer support";
    pub const SHARE: &str = "Print or share these results";
    pub const PRECISION: &str = "Distances are measured in a straight line from the middle of";
}

fn miles(m: f64) -> String {
    let mi = m / METRES_PER_MILE;
    let km = m / 1000.0;
    if mi < 10.0 {
        format!("{mi:.1} miles ({km:.1} km)")
    } else {
        format!("{mi:.0} miles ({km:.0} km)")
    }
}

fn result_item(n: &Nearby, now: DateTime<Tz>) -> Markup {
    let p = &n.project;
    let site = &p.sites[n.site];
    let next = schedule::next_of(
        p.sessions
            .iter()
            .filter(|s| s.site.as_deref() == Some(site.label.as_str())),
        now,
    );
    html! {
        li.card {
            h3 { a href={ "/projects/" (p.slug) } { (p.name) } }
            p { strong { (miles(n.distance_m)) } " away, at " (site.label) }
            @match n.reachable {
                Some(Reachable::WithinServiceArea) => p { (copy::SERVICE_AREA) },
                Some(Reachable::WithinChosenDistance) => p { (copy::CHOSEN) },
                None => {},
            }
            p { (p.summary) }
            @if p.formats.contains(&Format::Group) {
                @if let Some((_, o)) = next {
                    p { "Next group: " (o.starts.format("%A %-d %B, %H:%M")) }
                }
            }
            (status_badge(p))
        }
    }
}

/// What was searched for, in a few words: "Postpartum psychosis, group, within 25 miles".
fn summary(taxonomy: &Taxonomy, q: &SearchQuery) -> String {
    let mut parts: Vec<String> = q
        .filter
        .needs
        .iter()
        .map(|n| taxonomy.need_label(n).to_string())
        .collect();
    if parts.is_empty() {
        parts.push(copy::ANY_SUPPORT.to_string());
    }
    parts.extend(q.filter.formats.iter().map(|f| f.label().to_lowercase()));
    parts.extend(q.filter.delivery.iter().map(|d| d.label().to_lowercase()));
    parts.extend(
        q.filter
            .languages
            .iter()
            .map(|l| format!("in {}", taxonomy.language_name(l))),
    );
    if let Some(s) = q.filter.stage {
        parts.push(s.label().to_lowercase());
    }
    if let Some(m) = q.within_miles {
        parts.push(format!("within {m} miles"));
    }
    parts.join(", ")
}

pub fn search(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    q: &SearchQuery,
    outcome: &Outcome,
    now: DateTime<Tz>,
) -> Markup {
    let title = match outcome {
        Outcome::Found { place, .. } => format!("Peer support near {}", place.label),
        Outcome::Choose { .. } => copy::CHOOSE_TITLE.to_string(),
        _ => copy::TITLE.to_string(),
    };
    let body = html! {
        @if let Outcome::Problem { message, suggestions } = outcome {
            div.notice role="alert" aria-labelledby="problem-title" {
                h2 #problem-title { (copy::PROBLEM_TITLE) }
                p { a href="#where" { (message) } }
                @if !suggestions.is_empty() {
                    p { (copy::TRY) }
                    ul { @for s in suggestions { li { a href=(q.link("/search", s)) { (s) } } } }
                }
            }
        }
        h1 { (title) }
        (emergency_advice(&q.filter.needs))
        @match outcome {
            Outcome::Form | Outcome::Problem { .. } => {
                p.lead { (copy::INTRO) }
                (search_form(taxonomy, q))
            }
            Outcome::Choose { message, choices } => {
                p { (message) }
                ul { @for (label, query) in choices { li { a href=(q.link("/search", query)) { (label) } } } }
                (search_form(taxonomy, q))
            }
            Outcome::Found { place, found } => {
                p { (summary(taxonomy, q)) " " a href="#search-again" { (copy::CHANGE) } }
                p.muted { (copy::PRECISION) " " (place.label) " (" (place.precision.label()) "), in " (place.nation.label()) "." }
                p.share { a href=(q.link("/signpost", q.place.as_deref().unwrap_or_default())) { (copy::SHARE) } }
                h2 { (copy::IN_PERSON) }
                @if found.nearby.is_empty() {
                    @if found.beyond.is_empty() {
                        p { (copy::NONE_AT_ALL) }
                    } @else {
                        p { (copy::NONE_NEAR) }
                        h3 { (copy::NEAREST_BEYOND) }
                        ol.results { @for n in &found.beyond { (result_item(n, now)) } }
                    }
                } @else {
                    ol.results { @for n in &found.nearby { (result_item(n, now)) } }
                }
                h2 { (copy::ONLINE) }
                @if found.online.is_empty() {
                    p { (copy::NO_ONLINE) }
                } @else {
                    ul.results {
                        @for p in &found.online {
                            li.card {
                                h3 { a href={ "/projects/" (p.slug) } { (p.name) } }
                                p { (p.delivery.iter().map(|d| d.label()).collect::<Vec<_>>().join(", ")) }
                                p { (p.summary) }
                                (status_badge(p))
                            }
                        }
                    }
                }
                h2 #search-again { (copy::AGAIN) }
                (search_form(taxonomy, q))
                @if found.nearby.is_empty() {
                    p { strong { (copy::STILL_HELP) } " " a href="#crisis-title" { (copy::CRISIS_LINK) } }
                }
            }
        }
    };
    page(&title, chrome, body)
}
