//! Search results: in person nearest first, then online and phone, or a kind way on.

use super::layout::nation_name;
use super::layout::{Chrome, page};
use super::parts::{freshness_note_in, site_place_in, status_badge_in};
use super::results;
use super::search_form::label_in;
use super::search_form::search_form;
use super::urgent::emergency_advice_in;
use crate::domain::{Project, Taxonomy};
use crate::geocode::PlacePrecision;
use crate::i18n::{Arg, Lang};
use crate::search::{Outcome, SearchQuery};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, html};

/// Fewer results near the searcher than this, and the page offers ways to widen the search.
const FEW: usize = 3;

/// A listing serving a nation searched as a whole: where in it, with no distance.
fn nation_item(
    lang: Lang,
    p: &Project,
    place: &crate::geocode::Place,
    today: chrono::NaiveDate,
) -> Markup {
    let sites: Vec<String> = p
        .sites
        .iter()
        .filter(|s| s.nation == place.nation)
        .map(|s| site_place_in(lang, s))
        .collect();
    html! {
        li.card {
            h3 lang=[results::english(lang)] { a href=(lang.path(&format!("/projects/{}", p.slug))) { (p.name) } }
            @if sites.is_empty() {
                p { (lang.ta("search-nation-serves", &[("nation", Arg::from(nation_name(lang, place.nation)))])) }
            } @else {
                p { (lang.ta("search-meets", &[("places", Arg::from(sites.join("; ")))])) }
            }
            p lang=[results::english(lang)] { (p.summary) }
            (status_badge_in(lang, p))
            (freshness_note_in(lang, p, today))
        }
    }
}

/// What was searched for, in a few words: "Postpartum psychosis, group, within 25 miles".
fn summary(lang: Lang, taxonomy: &Taxonomy, q: &SearchQuery) -> String {
    let mut parts: Vec<String> = q
        .filter
        .needs
        .iter()
        .map(|n| label_in(lang, "need", n, taxonomy.need_label(n)))
        .collect();
    if parts.is_empty() {
        parts.push(lang.t("search-any-support"));
    }
    parts.extend(
        q.filter
            .formats
            .iter()
            .map(|f| label_in(lang, "format", f.slug(), f.label()).to_lowercase()),
    );
    parts.extend(
        q.filter
            .delivery
            .iter()
            .map(|d| label_in(lang, "delivery", d.slug(), d.label()).to_lowercase()),
    );
    parts.extend(q.filter.languages.iter().map(|l| {
        lang.ta(
            "search-in-language",
            &[(
                "language",
                Arg::from(crate::i18n::filter_label(l, taxonomy.language_name(l))),
            )],
        )
    }));
    if let Some(s) = q.filter.stage {
        parts.push(label_in(lang, "stage", s.slug(), s.label()).to_lowercase());
    }
    if let Some(m) = q.within_miles {
        parts.push(lang.ta("search-within", &[("miles", Arg::from(m))]));
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
    let lang = chrome.lang;
    let title = match outcome {
        Outcome::Found { place, .. } if place.precision == PlacePrecision::Nation => lang.ta(
            "search-serving-title",
            &[("place", Arg::from(place.label.clone()))],
        ),
        Outcome::Found { place, .. } => lang.ta(
            "search-near-title",
            &[("place", Arg::from(place.label.clone()))],
        ),
        Outcome::Choose { .. } => lang.t("search-choose-title"),
        _ => lang.t("search-title"),
    };
    let error = match outcome {
        Outcome::Problem { message, .. } => Some(message.as_str()),
        _ => None,
    };
    let body = html! {
        @if let Outcome::Problem { message, suggestions } = outcome {
            div.notice role="alert" aria-labelledby="problem-title" {
                h2 #problem-title { (lang.t("search-problem-title")) }
                p lang=[super::place_problem::english(lang)] { a href="#where" { (message) } }
                @if !suggestions.is_empty() {
                    p { (lang.t("search-try")) }
                    ul { @for s in suggestions { li { a href=(lang.path(&q.link("/search", s))) { (s) } } } }
                }
            }
        }
        h1 { (title) }
        (emergency_advice_in(lang, &q.filter.needs))
        @match outcome {
            Outcome::Form | Outcome::Problem { .. } => {
                p.lead { (lang.t("search-intro")) }
                (search_form(lang, taxonomy, counts, None, q, error))
            }
            Outcome::Choose { message, choices } => {
                p lang=[super::place_problem::english(lang)] { (message) }
                ul { @for (label, query) in choices { li { a href=(lang.path(&q.link("/search", query))) { (label) } } } }
                (search_form(lang, taxonomy, counts, None, q, None))
            }
            Outcome::Found { place, found } => {
                p { (summary(lang, taxonomy, q)) }
                // Near the top, one tap to open on a phone; closed so the results come first.
                details.refine #search-again {
                    summary { (lang.t("search-change")) }
                    (search_form(lang, taxonomy, counts, near, q, None))
                }
                p { strong { (results::count(lang, found)) } }
                (results::map_link(lang, q))
                p.share { a href=(lang.path(&q.link("/signpost", q.place.as_deref().unwrap_or_default()))) { (lang.tm("search-share")) } }
                @if place.precision == PlacePrecision::Nation {
                    p.muted { (lang.ta("search-nation-no-distances", &[("place", Arg::from(place.label.clone()))])) }
                    h2 { (lang.ta("search-nation-listings", &[("place", Arg::from(place.label.clone()))])) }
                    @if found.across.is_empty() {
                        p { (lang.t("search-nation-none")) }
                    } @else {
                        ul.results { @for p in &found.across { (nation_item(lang, p, place, now.date_naive())) } }
                    }
                } @else {
                    p.muted { (lang.ta("search-precision", &[("place", Arg::from(place.label.clone())), ("precision", Arg::from(label_in(lang, "place-precision", &format!("{:?}", place.precision).to_lowercase(), place.precision.label()))), ("nation", Arg::from(nation_name(lang, place.nation)))])) }
                    h2 { (lang.t("search-in-person")) }
                    @let fine = place.precision.is_fine();
                    @if found.nearby.is_empty() {
                        @if found.beyond.is_empty() {
                            p { (lang.t("search-none-at-all")) }
                        } @else {
                            p { (lang.t("search-none-near")) }
                            h3 { (lang.t("search-nearest-beyond")) }
                            ol.results { @for n in &found.beyond { (results::in_person(lang, q, n, fine, now)) } }
                        }
                    } @else {
                        ol.results { @for n in &found.nearby { (results::in_person(lang, q, n, fine, now)) } }
                    }
                    @if !found.serving.is_empty() {
                        h2 #serving { (lang.t("search-serving")) }
                        p { (lang.t("search-serving-intro")) }
                        ul.results { @for p in &found.serving { (results::serving(lang, q, p, place.nation, place.council.as_ref(), now.date_naive())) } }
                    }
                }
                h2 #online { (lang.t("search-online")) }
                @let remote = results::remote_only(found);
                @if remote.is_empty() {
                    p { (lang.t("search-no-online")) }
                } @else {
                    ul.results { @for p in remote { (results::remote(lang, q, p, now.date_naive())) } }
                }
                @if found.nearby.len() + found.serving.len() + found.across.len() < FEW {
                    (results::next_steps(lang, q, found))
                }
                p.again { a href="#search-again" { (lang.t("search-again")) } }
            }
        }
    };
    // A screen reader hears first that something needs fixing.
    let window_title = match error {
        Some(_) => lang.ta("search-error-title", &[("title", Arg::from(title.clone()))]),
        None => title,
    };
    page(&window_title, chrome, body)
}
