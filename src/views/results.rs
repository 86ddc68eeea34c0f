//! Result cards a person can act on, and the next step when there are few or none.

use super::parts::{distance, freshness_note, is_fine, site_place, status_badge};
use crate::domain::{Delivery, Format, Project, schedule};
use crate::search::{Found, Nearby, Reachable, SearchQuery};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, html};

mod copy {
    pub const SERVICE_AREA: &str = "You are inside the area it serves.";
    pub const SERVES: &str = "Serves";
    pub const JOIN: &str = "How to join:";
    pub const CHOSEN: &str = "Within the distance you chose.";
    pub const GENERAL: &str = "General support for any mental health difficulty in pregnancy or after birth: it does not name what you chose, but can help with it.";
    pub const ALSO_REMOTE: &str = "Also online or by phone.";
    pub const ON_A_MAP: &str = "Show these on a map";
    pub const CALL: &str = "Call";
    pub const WEBSITE: &str = "Visit website";
    pub const EMAIL: &str = "E-mail";
    pub const NEXT_STEP: &str = "What you can do next";
    pub const WITHOUT_NEED: &str = "Search again for any kind of support";
    pub const GENERAL_NEAR: &str = "Search again for general support near you";
    pub const ANY_DISTANCE: &str = "Search again however far away";
    pub const ANY_LANGUAGE: &str = "Search again in any language";
    pub const SEE_ONLINE: &str = "See the support you can join online or by phone";
    pub const ASK: &str = "You can also ask your GP, midwife, health visitor or perinatal mental health team about support near you: they can refer you, and some groups take referrals only from them.";
    pub const URGENT: &str = "If you need help now, see who to call for urgent help";
}

/// The ways to get in touch a listing gives, as actions on its card.
pub fn actions(p: &Project) -> Markup {
    let c = &p.contact;
    html! {
        @if !c.is_empty() {
            ul.actions {
                @if let Some(phone) = &c.phone {
                    li { a.button href={ "tel:" (phone.replace(' ', "")) } { (copy::CALL) " " (phone) } }
                }
                @if let Some(site) = &c.website {
                    li { a.button href=(site) rel="noreferrer noopener" { (copy::WEBSITE) } }
                }
                @if let Some(email) = &c.email {
                    li { a.button href={ "mailto:" (email) } { (copy::EMAIL) } }
                }
            }
        }
    }
}

/// How to join, when the listing says: "How to join: you can refer yourself".
fn how_to_join(p: &Project) -> Markup {
    let ways: Vec<String> = p
        .referral
        .iter()
        .map(|r| r.label().to_lowercase())
        .collect();
    html! { @if !ways.is_empty() { p.join { strong { (copy::JOIN) } " " (ways.join("; or ")) "." } } }
}

/// Says so when a card is there as general support rather than for the need asked for.
fn general_note(q: &SearchQuery, p: &Project) -> Markup {
    html! { @if !q.filter.names_need(p) { p.general { (copy::GENERAL) } } }
}

/// An in-person result. `fine_origin`: whether the searcher's point is known to within
/// about a kilometre (see [`distance`]).
pub fn in_person(q: &SearchQuery, n: &Nearby, fine_origin: bool, now: DateTime<Tz>) -> Markup {
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
            h3 { a href={ "/projects/" (p.slug) } { (p.name) } }
            p { strong { (distance(n.distance_m, fine_origin && is_fine(site.precision))) } " away, " (site_place(site)) }
            @match n.reachable {
                Some(Reachable::WithinServiceArea) => p { (copy::SERVICE_AREA) },
                Some(Reachable::WithinChosenDistance) => p { (copy::CHOSEN) },
                None => {},
            }
            (general_note(q, p))
            p { (p.summary) }
            @if remote { p { (copy::ALSO_REMOTE) } }
            @if p.formats.contains(&Format::Group) {
                @if let Some((_, o)) = next {
                    p { "Next group: " (o.starts.format("%A %-d %B, %H:%M")) }
                }
            }
            (how_to_join(p))
            (actions(p))
            (status_badge(p))
            (freshness_note(p, now.date_naive()))
        }
    }
}

/// A listing serving the searcher's area (in `nation`, `council`): which of its areas
/// she is in, and how to get in touch.
pub fn serving(
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
            h3 { a href={ "/projects/" (p.slug) } { (p.name) } }
            p { strong { (copy::SERVES) " " (covering.join(", ")) } ". " (copy::SERVICE_AREA) }
            (general_note(q, p))
            p { (p.summary) }
            @if remote { p { (copy::ALSO_REMOTE) } }
            (how_to_join(p))
            (actions(p))
            (status_badge(p))
            (freshness_note(p, today))
        }
    }
}

/// An online or phone option.
pub fn remote(q: &SearchQuery, p: &Project, today: chrono::NaiveDate) -> Markup {
    html! {
        li.card {
            h3 { a href={ "/projects/" (p.slug) } { (p.name) } }
            p { (p.delivery.iter().map(|d| d.label()).collect::<Vec<_>>().join(", ")) }
            (general_note(q, p))
            p { (p.summary) }
            (how_to_join(p))
            (actions(p))
            (status_badge(p))
            (freshness_note(p, today))
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
pub fn count(found: &Found) -> String {
    let (near, remote) = (
        found.nearby.len() + found.serving.len() + found.across.len(),
        remote_only(found).len(),
    );
    let all = near + remote;
    let s = if all == 1 { "" } else { "s" };
    format!("{all} result{s}: {near} in person or in your area, {remote} online or by phone")
}

/// One-tap ways to widen a search with few results, and what to do meanwhile.
pub fn next_steps(q: &SearchQuery, found: &Found) -> Markup {
    let place = q.place.as_deref().unwrap_or("");
    let widened = |change: &dyn Fn(&mut SearchQuery)| {
        let mut wider = q.clone();
        change(&mut wider);
        wider.link("/search", place)
    };
    let general = crate::domain::GENERAL_NEED;
    html! {
        section.next-steps aria-labelledby="next-step" {
            h2 #next-step { (copy::NEXT_STEP) }
            ul {
                @if !q.filter.needs.is_empty() {
                    li { a href=(widened(&|w| w.filter.needs.clear())) { (copy::WITHOUT_NEED) } }
                    @if q.filter.needs.iter().all(|n| n != general) {
                        li { a href=(widened(&|w| w.filter.needs = vec![general.to_string()])) { (copy::GENERAL_NEAR) } }
                    }
                }
                @if q.within_miles.is_some() {
                    li { a href=(widened(&|w| w.within_miles = None)) { (copy::ANY_DISTANCE) } }
                }
                @if !q.filter.languages.is_empty() {
                    li { a href=(widened(&|w| w.filter.languages.clear())) { (copy::ANY_LANGUAGE) } }
                }
                @if !remote_only(found).is_empty() {
                    li { a href="#online" { (copy::SEE_ONLINE) } }
                }
                li { a href="#crisis-title" { (copy::URGENT) } }
            }
            p { (copy::ASK) }
        }
    }
}

/// A link to the same search drawn on the map, centred on the place.
pub fn map_link(q: &SearchQuery) -> Markup {
    html! {
        p.on-map { a href=(q.link("/map", q.place.as_deref().unwrap_or_default())) { (copy::ON_A_MAP) } }
    }
}
