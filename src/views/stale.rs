//! `/moderate/stale`: the listings nobody has confirmed for 12 months or more.

use super::layout::{Chrome, page};
use super::parts::date;
use crate::domain::{Freshness, Project};
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Listings that may be out of date";
    pub const INTRO: &str = "Nobody has confirmed these listings for 12 months or more. After 18 months a listing leaves search results, the map and printed sheets until the project confirms it. Oldest first.";
    pub const NONE: &str = "Every listing has been confirmed in the last 12 months.";
    pub const RETIRED: &str = "Not in search results";
    pub const STALE: &str = "Still in search results, marked as possibly out of date";
}

/// The stale list, oldest first, each listing with its state.
pub fn stale(chrome: Chrome<'_>, listings: &[(Project, Freshness)]) -> Markup {
    let body = html! {
        h1 { (copy::TITLE) }
        p { (copy::INTRO) }
        @if listings.is_empty() { p { (copy::NONE) } }
        @else {
            ul.stale-list {
                @for (p, state) in listings {
                    li {
                        a href={ "/projects/" (p.slug) } { (p.name) }
                        @if let Some(age) = p.age() {
                            @if age.confirmed { " — last confirmed on " (date(age.since)) }
                            @else { " — added on " (date(age.since)) ", never confirmed" }
                        }
                        ". "
                        @if state.is_retired() { strong { (copy::RETIRED) } } @else { (copy::STALE) }
                        "."
                    }
                }
            }
        }
    };
    page(copy::TITLE, chrome, body)
}
