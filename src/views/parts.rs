//! Small pieces several views share.

use crate::domain::{Project, Taxonomy};
use chrono::NaiveDate;
use maud::{Markup, html};

mod copy {
    pub const UNVERIFIED: &str = "Not yet confirmed by the project";
    pub const VERIFIED: &str = "Confirmed by the project";
    pub const ONLINE_ONLY: &str = "Online or by phone";
    pub const NO_PLACE: &str = "Place not yet known";
}

/// A date as people write it in the UK: "3 March 2026".
pub fn date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// The trust badge of a listing.
pub fn status_badge(p: &Project) -> Markup {
    html! {
        @if p.verified {
            span.status.verified { (copy::VERIFIED) }
        } @else {
            span.status.unverified { (copy::UNVERIFIED) }
        }
    }
}

/// Where a project meets, in a few words.
pub fn places(p: &Project) -> String {
    if p.sites.is_empty() {
        if p.nations.is_empty() {
            copy::NO_PLACE.to_string()
        } else {
            copy::ONLINE_ONLY.to_string()
        }
    } else {
        p.sites
            .iter()
            .map(|s| s.label.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A project in a list: name, organisation, summary, needs, places and trust.
pub fn project_card(p: &Project, taxonomy: &Taxonomy, heading_level: u8) -> Markup {
    let link = html! { a href={ "/projects/" (p.slug) } { (p.name) } };
    html! {
        li.card {
            @if heading_level == 2 { h2 { (link) } } @else { h3 { (link) } }
            @if p.organisation != p.name { p.org { (p.organisation) } }
            p { (p.summary) }
            ul.tags aria-label="Support for" {
                @for need in &p.needs { li { (taxonomy.need_label(need)) } }
            }
            p.muted { "Where: " (places(p)) }
            (status_badge(p))
        }
    }
}
