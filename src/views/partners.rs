//! Partner finder: who could widen a project's offer, nearby or online, and what the
//! offers together would cover.

use super::layout::{Chrome, page};
use super::parts::{distance, is_fine, status_badge};
use crate::domain::{Project, Taxonomy};
use crate::search::partners::{Offer, Partners};
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Possible partners for";
    pub const INTRO: &str = "Projects that meet near this project's sites, and online or phone projects serving the same nations. Those that would add most to what this project offers come first, then the nearest.";
    pub const WITHIN: &str = "How far from this project's sites";
    pub const SHOW: &str = "Show partners";
    pub const OWN: &str = "What this project offers now";
    pub const COMBINED: &str = "What the offers together would cover";
    pub const NEW: &str = "New with partners:";
    pub const NOTHING_NEW: &str =
        "Adds nothing this project does not already offer, as far as the listings say.";
    pub const NONE: &str =
        "We do not know of other projects near this project's sites or serving its nations.";
    pub const LIST: &str = "Partners, most to add first";
    pub const NOT_STATED: &str = "The listing does not say.";
    pub const UNVERIFIED_NOTE: &str = "Listings not yet confirmed by their project come from published reports: what they offer may be incomplete.";
    pub const BACK: &str = "Back to the listing";
}

/// "Adds support for postpartum psychosis; online (video, forum or chat), by phone."
pub fn adds_sentence(taxonomy: &Taxonomy, adds: &Offer) -> String {
    if adds.is_empty() {
        copy::NOTHING_NEW.to_string()
    } else {
        format!("Adds {}.", adds.phrases(taxonomy).join("; "))
    }
}

fn offer_list(taxonomy: &Taxonomy, offer: &Offer) -> Markup {
    let phrases = offer.phrases(taxonomy);
    html! {
        @if phrases.is_empty() { p { (copy::NOT_STATED) } }
        @else { ul { @for p in phrases { li { (p) } } } }
    }
}

/// Sites closer than this are in the same place, as far as the listings' town-level
/// locations can tell.
const SAME_PLACE_M: f64 = 100.0;

pub fn partners(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    project: &Project,
    within: u32,
    found: &Partners,
) -> Markup {
    let title = format!("{} {}", copy::TITLE, project.name);
    let new = found.combined.minus(&found.own);
    let body = html! {
        h1 { (title) }
        p.lead { (copy::INTRO) }
        form.search method="get" action={ "/projects/" (project.slug) "/partners" } {
            label.block for="within" { (copy::WITHIN) }
            select #within name="within" {
                @for m in [5u32, 10, 25, 50, 100] {
                    option value=(m) selected[m == within] { (m) " miles (" (format!("{:.0}", f64::from(m) * 1.609_344)) " km)" }
                }
            }
            " " button type="submit" { (copy::SHOW) }
        }
        h2 { (copy::OWN) }
        (offer_list(taxonomy, &found.own))
        h2 { (copy::COMBINED) }
        (offer_list(taxonomy, &found.combined))
        @if !new.is_empty() { p { strong { (copy::NEW) } " " (new.phrases(taxonomy).join("; ")) } }
        h2 { (copy::LIST) }
        @if found.partners.is_empty() { p { (copy::NONE) } }
        ol.cards {
            @for p in &found.partners {
                li.card {
                    h3 { a href={ "/projects/" (p.project.slug) } { (p.project.name) } }
                    p { strong { (adds_sentence(taxonomy, &p.adds)) } }
                    @if let (Some(d), Some(site), Some(near)) = (p.distance_m, p.site, p.near) {
                        @if d < SAME_PLACE_M {
                            p { "Also meets at " (p.project.sites[site].label) "." }
                        } @else {
                            @let (theirs, ours) = (&p.project.sites[site], &project.sites[near]);
                            p { "Meets at " (theirs.label) ", " (distance(d, is_fine(theirs.precision) && is_fine(ours.precision))) " from this project's site at " (ours.label) "." }
                        }
                    }
                    @if !p.remote_nations.is_empty() {
                        p { "Online or by phone for people in " (p.remote_nations.iter().map(|n| n.label()).collect::<Vec<_>>().join(", ")) "." }
                    }
                    (status_badge(&p.project))
                }
            }
        }
        p.muted { (copy::UNVERIFIED_NOTE) }
        p { a href={ "/projects/" (project.slug) } { (copy::BACK) } }
    };
    page(&title, chrome, body)
}
