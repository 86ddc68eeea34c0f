//! Result cards a person can act on, and the next step when there are few or none.

use super::parts::{
    distance_in, freshness_note_in, is_fine, own_lang, site_place_in, status_badge_in,
};
use super::search_form::label_in;
use crate::domain::{Delivery, Format, Project, schedule};
use crate::i18n::{Arg, Lang};
use crate::search::{Found, Nearby, Reachable, SearchQuery};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, html};

/// The ways to get in touch a listing gives, as actions on its card.
pub fn actions(lang: Lang, p: &Project) -> Markup {
    let c = &p.contact;
    html! {
        @if !c.is_empty() {
            ul.actions {
                @if let Some(phone) = &c.phone {
                    li { a.button href={ "tel:" (phone.replace(' ', "")) } { (lang.ta("results-call", &[("phone", Arg::from(phone.clone()))])) } }
                }
                @if let Some(site) = &c.website {
                    li { a.button href=(site) rel="noreferrer noopener" { (lang.t("results-website")) } }
                }
                @if let Some(email) = &c.email {
                    li { a.button href={ "mailto:" (email) } { (lang.t("results-email")) } }
                }
            }
        }
    }
}

/// How to join, when the listing says: "How to join: you can refer yourself".
fn how_to_join(lang: Lang, p: &Project) -> Markup {
    let ways: Vec<String> = p
        .referral
        .iter()
        .map(|r| label_in(lang, "referral", r.slug(), r.label()).to_lowercase())
        .collect();
    html! { @if !ways.is_empty() { p.join { strong { (lang.t("results-join")) } " " (ways.join(&format!("; {} ", lang.t("results-or")))) "." } } }
}

/// Says so when a card is there as general support rather than for the need asked for.
fn general_note(lang: Lang, q: &SearchQuery, p: &Project) -> Markup {
    html! { @if !q.filter.names_need(p) { p.general { (lang.t("results-general")) } } }
}

/// An in-person result. `fine_origin`: whether the searcher's point is known to within
/// about a kilometre (see [`distance`]).
pub fn in_person(
    lang: Lang,
    q: &SearchQuery,
    n: &Nearby,
    fine_origin: bool,
    now: DateTime<Tz>,
) -> Markup {
    let p = &n.project;
    let site = &p.sites[n.site];
    let next = schedule::next_of(
        p.sessions
            .iter()
            .filter(|s| s.site.as_deref() == Some(site.label.as_str())),
        now,
    );
    let remote = p.delivers(Delivery::Online) || p.delivers(Delivery::Phone);
    html! {
        li.card {
            @let ((name, name_lang), (summary, summary_lang)) = (p.name_in(lang), p.summary_in(lang));
            h3 lang=[own_lang(lang, name_lang)] { a href=(lang.path(&format!("/projects/{}", p.slug))) { (name) } }
            p { (away(lang, &distance_in(lang, n.distance_m, fine_origin && is_fine(site.precision)), &site_place_in(lang, site))) }
            @match n.reachable {
                Some(Reachable::WithinServiceArea) => p { (lang.t("results-service-area")) },
                Some(Reachable::WithinChosenDistance) => p { (lang.t("results-chosen")) },
                None => {},
            }
            (general_note(lang, q, p))
            p lang=[own_lang(lang, summary_lang)] { (summary) }
            @if remote { p { (lang.t("results-also-remote")) } }
            @if p.formats.contains(&Format::Group) {
                @if let Some((_, o)) = next {
                    p { (lang.ta("results-next-group", &[("when", Arg::from(when(lang, o.starts)))])) }
                }
            }
            (how_to_join(lang, p))
            (actions(lang, p))
            (status_badge_in(lang, p))
            (freshness_note_in(lang, p, now.date_naive()))
        }
    }
}

/// A listing serving the searcher's area (in `nation`, `council`): which of its areas
/// she is in, and how to get in touch.
pub fn serving(
    lang: Lang,
    q: &SearchQuery,
    p: &Project,
    nation: crate::domain::Nation,
    council: Option<&crate::domain::ServedArea>,
    today: chrono::NaiveDate,
) -> Markup {
    let code = council.map(|c| &c.code);
    let covering: Vec<&str> = p
        .areas
        .iter()
        .filter(|a| a.covers(nation, code))
        .map(|a| a.name.as_str())
        .collect();
    let remote = p.delivers(Delivery::Online) || p.delivers(Delivery::Phone);
    html! {
        li.card {
            @let ((name, name_lang), (summary, summary_lang)) = (p.name_in(lang), p.summary_in(lang));
            h3 lang=[own_lang(lang, name_lang)] { a href=(lang.path(&format!("/projects/{}", p.slug))) { (name) } }
            p { strong { (lang.ta("results-serves", &[("areas", Arg::from(covering.join(", ")))])) } ". " (lang.t("results-service-area")) }
            (general_note(lang, q, p))
            p lang=[own_lang(lang, summary_lang)] { (summary) }
            @if remote { p { (lang.t("results-also-remote")) } }
            (how_to_join(lang, p))
            (actions(lang, p))
            (status_badge_in(lang, p))
            (freshness_note_in(lang, p, today))
        }
    }
}

/// An online or phone option.
pub fn remote(lang: Lang, q: &SearchQuery, p: &Project, today: chrono::NaiveDate) -> Markup {
    html! {
        li.card {
            @let ((name, name_lang), (summary, summary_lang)) = (p.name_in(lang), p.summary_in(lang));
            h3 lang=[own_lang(lang, name_lang)] { a href=(lang.path(&format!("/projects/{}", p.slug))) { (name) } }
            p { (p.delivery.iter().map(|d| label_in(lang, "delivery", d.slug(), d.label())).collect::<Vec<_>>().join(", ")) }
            (general_note(lang, q, p))
            p lang=[own_lang(lang, summary_lang)] { (summary) }
            (how_to_join(lang, p))
            (actions(lang, p))
            (status_badge_in(lang, p))
            (freshness_note_in(lang, p, today))
        }
    }
}

/// The online and phone options not already shown as met in person: one card a project.
/// (Those serving the searcher's area are already out of `online`; see `Found::serving`.)
pub fn remote_only(found: &Found) -> Vec<&std::sync::Arc<Project>> {
    found
        .online
        .iter()
        .filter(|p| !found.nearby.iter().any(|n| n.project.slug == p.slug))
        .collect()
}

/// "3 results: 2 in person, 1 online or by phone".
pub fn count(lang: Lang, found: &Found) -> String {
    let (near, remote) = (
        found.nearby.len() + found.serving.len() + found.across.len(),
        remote_only(found).len(),
    );
    lang.ta(
        "results-count",
        &[
            ("all", Arg::from(near + remote)),
            ("near", Arg::from(near)),
            ("remote", Arg::from(remote)),
        ],
    )
}

/// One-tap ways to widen a search with few results, and what to do meanwhile.
pub fn next_steps(lang: Lang, q: &SearchQuery, found: &Found) -> Markup {
    let place = q.place.as_deref().unwrap_or("");
    let widened = |change: &dyn Fn(&mut SearchQuery)| {
        let mut wider = q.clone();
        change(&mut wider);
        lang.path(&wider.link("/search", place))
    };
    let general = crate::domain::GENERAL_NEED;
    html! {
        section.next-steps aria-labelledby="next-step" {
            h2 #next-step { (lang.t("next-title")) }
            ul {
                @if !q.filter.needs.is_empty() {
                    li { a href=(widened(&|w| w.filter.needs.clear())) { (lang.t("next-without-need")) } }
                    @if q.filter.needs.iter().all(|n| n != general) {
                        li { a href=(widened(&|w| w.filter.needs = vec![general.to_string()])) { (lang.t("next-general-near")) } }
                    }
                }
                @if q.within_miles.is_some() {
                    li { a href=(widened(&|w| w.within_miles = None)) { (lang.t("next-any-distance")) } }
                }
                @if !q.filter.languages.is_empty() {
                    li { a href=(widened(&|w| w.filter.languages.clear())) { (lang.t("next-any-language")) } }
                }
                @if !remote_only(found).is_empty() {
                    li { a href="#online" { (lang.t("next-see-online")) } }
                }
                li { a href="#crisis-title" { (lang.t("next-urgent")) } }
            }
            p { (lang.t("next-ask")) }
        }
    }
}

/// A listing's own words are in English (as its project wrote them): marked so on a page
/// in another language.
pub fn english(lang: Lang) -> Option<&'static str> {
    (lang != Lang::En).then_some("en")
}

/// When a session starts, as `lang` says it: "Tuesday 3 March, 10:00".
fn when(lang: Lang, starts: DateTime<Tz>) -> String {
    use chrono::Datelike;
    if lang == Lang::En {
        return starts.format("%A %-d %B, %H:%M").to_string();
    }
    let day = lang.t(&format!(
        "weekday-{}",
        starts.weekday().number_from_monday()
    ));
    let month = lang.t(&format!("month-{}", starts.month()));
    format!("{day} {} {month}, {}", starts.day(), starts.format("%H:%M"))
}

/// "**2.4 miles (3.9 km)** away, in Preston (…)", the distance in bold wherever the
/// language puts it.
pub fn away(lang: Lang, distance: &str, place: &str) -> Markup {
    const MARK: &str = "\u{E000}";
    let text = lang.ta(
        "results-away",
        &[
            ("distance", Arg::from(MARK)),
            ("place", Arg::from(place.to_string())),
        ],
    );
    let (before, after) = text.split_once(MARK).unwrap_or((text.as_str(), ""));
    html! { (before) strong { (distance) } (after) }
}

/// A link to the same search drawn on the map, centred on the place.
pub fn map_link(lang: Lang, q: &SearchQuery) -> Markup {
    let link = q.link("/map", q.place.as_deref().unwrap_or_default());
    html! {
        p.on-map { a href=(lang.path(&link)) { (lang.t("results-on-a-map")) } }
    }
}
