//! Search results: in person nearest first, then online and phone, or a kind way on.

use super::layout::{Chrome, page};
use super::parts::{freshness_note, site_place, status_badge};
use super::results;
use super::search_form::search_form;
use super::urgent::emergency_advice;
use crate::domain::{Project, Taxonomy};
use crate::geocode::PlacePrecision;
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
    pub const SERVING: &str = "Serves your area";
    pub const SERVING_INTRO: &str = "These projects say they serve the area you are in. Some do not give a place to meet: get in touch to ask where and how.";
    pub const ONLINE: &str = "Online and by phone — wherever you are";
    pub const NO_ONLINE: &str =
        "We do not know of online or phone peer support that matches everything you chose.";
    pub const CHOOSE_TITLE: &str = "Which place do you mean?";
    pub const PROBLEM_TITLE: &str = "There is a problem";
    pub const TRY: &str = "Did you mean:";
    pub const CHANGE: &str = "Change your search";
    pub const AGAIN: &str = "Change your search (at the top of the page)";
    pub const ANY_SUPPORT: &str = "All peer support";
    pub const SHARE: &str = "Print or share these results";
    pub const PRECISION: &str = "Distances are measured in a straight line from the middle of";
}

/// Fewer results near the searcher than this, and the page offers ways to widen the search.
const FEW: usize = 3;

/// The words of a nation searched as a whole.
mod nation_copy {
    pub const NO_DISTANCES: &str = "is a whole nation, so there are no distances: these are the listings that serve it. For the nearest to someone, search for their postcode or town.";
    pub const SERVING: &str = "Peer support serving";
    pub const NONE: &str = "We do not know of peer support that serves this nation for everything you chose. Try fewer options, or see the online and phone support below.";
    pub const SERVES: &str = "For people in";
    pub const LISTINGS: &str = "Listings that serve";
}

/// A listing serving a nation searched as a whole: where in it, with no distance.
fn nation_item(p: &Project, place: &crate::geocode::Place, today: chrono::NaiveDate) -> Markup {
    let sites: Vec<String> = p
        .sites
        .iter()
        .filter(|s| s.nation == place.nation)
        .map(site_place)
        .collect();
    html! {
        li.card {
            h3 { a href={ "/projects/" (p.slug) } { (p.name) } }
            @if sites.is_empty() {
                p { (nation_copy::SERVES) " " (place.nation.label()) }
            } @else {
                p { "Meets " (sites.join("; ")) }
            }
            p { (p.summary) }
            (status_badge(p))
            (freshness_note(p, today))
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
    counts: &crate::search::NeedCounts,
    near: Option<&crate::search::NeedCounts>,
    q: &SearchQuery,
    outcome: &Outcome,
    now: DateTime<Tz>,
) -> Markup {
    let title = match outcome {
        Outcome::Found { place, .. } if place.precision == PlacePrecision::Nation => {
            format!("{} {}", nation_copy::SERVING, place.label)
        }
        Outcome::Found { place, .. } => format!("Peer support near {}", place.label),
        Outcome::Choose { .. } => copy::CHOOSE_TITLE.to_string(),
        _ => copy::TITLE.to_string(),
    };
    let error = match outcome {
        Outcome::Problem { message, .. } => Some(message.as_str()),
        _ => None,
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
                (search_form(taxonomy, counts, None, q, error))
            }
            Outcome::Choose { message, choices } => {
                p { (message) }
                ul { @for (label, query) in choices { li { a href=(q.link("/search", query)) { (label) } } } }
                (search_form(taxonomy, counts, None, q, None))
            }
            Outcome::Found { place, found } => {
                p { (summary(taxonomy, q)) }
                // Near the top, one tap to open on a phone; closed so the results come first.
                details.refine #search-again {
                    summary { (copy::CHANGE) }
                    (search_form(taxonomy, counts, near, q, None))
                }
                p { strong { (results::count(found)) } }
                (results::map_link(q))
                p.share { a href=(q.link("/signpost", q.place.as_deref().unwrap_or_default())) { (copy::SHARE) } }
                @if place.precision == PlacePrecision::Nation {
                    p.muted { (place.label) " " (nation_copy::NO_DISTANCES) }
                    h2 { (nation_copy::LISTINGS) " " (place.label) }
                    @if found.across.is_empty() {
                        p { (nation_copy::NONE) }
                    } @else {
                        ul.results { @for p in &found.across { (nation_item(p, place, now.date_naive())) } }
                    }
                } @else {
                    p.muted { (copy::PRECISION) " " (place.label) " (" (place.precision.label()) "), in " (place.nation.label()) "." }
                    h2 { (copy::IN_PERSON) }
                    @let fine = place.precision.is_fine();
                    @if found.nearby.is_empty() {
                        @if found.beyond.is_empty() {
                            p { (copy::NONE_AT_ALL) }
                        } @else {
                            p { (copy::NONE_NEAR) }
                            h3 { (copy::NEAREST_BEYOND) }
                            ol.results { @for n in &found.beyond { (results::in_person(q, n, fine, now)) } }
                        }
                    } @else {
                        ol.results { @for n in &found.nearby { (results::in_person(q, n, fine, now)) } }
                    }
                    @if !found.serving.is_empty() {
                        h2 #serving { (copy::SERVING) }
                        p { (copy::SERVING_INTRO) }
                        ul.results { @for p in &found.serving { (results::serving(q, p, place.nation, place.council.as_ref(), now.date_naive())) } }
                    }
                }
                h2 #online { (copy::ONLINE) }
                @let remote = results::remote_only(found);
                @if remote.is_empty() {
                    p { (copy::NO_ONLINE) }
                } @else {
                    ul.results { @for p in remote { (results::remote(q, p, now.date_naive())) } }
                }
                @if found.nearby.len() + found.serving.len() + found.across.len() < FEW {
                    (results::next_steps(q, found))
                }
                p.again { a href="#search-again" { (copy::AGAIN) } }
            }
        }
    };
    // A screen reader hears first that something needs fixing.
    let window_title = match error {
        Some(_) => format!("Error: {title}"),
        None => title,
    };
    page(&window_title, chrome, body)
}
