//! The search form, on the front page and on every results page, keeping its choices.

use crate::domain::{Delivery, Format, Stage, Taxonomy};
use crate::search::{NeedCounts, SearchQuery};
use maud::{Markup, html};

mod copy {
    pub const WHERE: &str = "Postcode, town or city";
    pub const WHERE_HINT: &str = "For example, B15 2TT, Preston or Portadown";
    pub const LOCATE: &str = "Use my location";
    pub const NEED: &str = "Support for";
    pub const ANY_NEED: &str = "Any kind of support";
    pub const NONE_NAMED: &str = "none listed yet: general support shown";
    pub const NEAR: &str = "near you";
    pub const NONE_NEAR: &str = "none near you";
    pub const MORE: &str = "More options";
    pub const FORMAT: &str = "Group or one to one";
    pub const EITHER: &str = "Either";
    pub const DELIVERY: &str = "How you would like to take part";
    pub const ANY_WAY: &str = "Any way";
    pub const LANGUAGE: &str = "Language";
    pub const ANY_LANGUAGE: &str = "Any language";
    pub const STAGE: &str = "Are you pregnant or has your baby arrived?";
    pub const ANY_STAGE: &str = "Prefer not to say";
    pub const WITHIN: &str = "How far can you travel?";
    pub const ANY_DISTANCE: &str = "Show the nearest, however far";
    pub const SUBMIT: &str = "Search";
    pub const PRINCIPLES: &str = "Perinatal Peer Support Principles";
    pub const REFLECTED: &str = "Has published its reflection on the principles";
    pub const REVIEWED: &str = "Peer reviewed by another project";
    pub const ASSURED: &str = "Peer-assured";
}

/// Distances offered, in miles.
const WITHIN_CHOICES: [u32; 6] = [2, 5, 10, 25, 50, 100];

/// A need as offered in the list: its label, how many listings name it (or that none does
/// yet, so only general support would be found), and once a place is known how many of
/// them are near it (`near`).
fn need_option(label: &str, listed: usize, near: Option<usize>) -> String {
    let near = match near {
        None => String::new(),
        Some(0) => format!(", {}", copy::NONE_NEAR),
        Some(n) => format!(", {n} {}", copy::NEAR),
    };
    match listed {
        0 => format!("{label} ({})", copy::NONE_NAMED),
        1 => format!("{label} (1 listing{near})"),
        n => format!("{label} ({n} listings{near})"),
    }
}

/// The form, with `error` (why the place typed could not be used) shown on its field, and
/// `counts` (listings naming each need, and `near` the place searched, when known) in the
/// need list.
pub fn search_form(
    taxonomy: &Taxonomy,
    counts: &NeedCounts,
    near: Option<&NeedCounts>,
    q: &SearchQuery,
    error: Option<&str>,
) -> Markup {
    let more_open = !q.filter.formats.is_empty()
        || !q.filter.delivery.is_empty()
        || !q.filter.languages.is_empty()
        || q.filter.stage.is_some()
        || q.filter.reflected
        || q.filter.reviewed
        || q.filter.assured;
    html! {
        form.search method="get" action="/search" role="search" {
            div.field-group.field-error[error.is_some()] {
                label.block for="where" { (copy::WHERE) }
                p.muted #where-hint { (copy::WHERE_HINT) }
                @if let Some(message) = error {
                    p.error-message #where-error { span.visually-hidden { "Error: " } (message) }
                }
                input #where type="text" name="where" value=[q.place.as_deref()] autocomplete="postal-code"
                    aria-describedby=(if error.is_some() { "where-hint where-error" } else { "where-hint" })
                    aria-invalid=[error.map(|_| "true")] spellcheck="false";
            }
            p { button.button.secondary #locate type="button" hidden { (copy::LOCATE) } }
            label.block for="need" { (copy::NEED) }
            select #need name="need" {
                option value="" { (copy::ANY_NEED) }
                @for need in &taxonomy.needs {
                    option value=(need.slug) selected[q.filter.needs.contains(&need.slug)] {
                        (need_option(
                            &need.label,
                            counts.get(&need.slug).copied().unwrap_or(0),
                            near.map(|n| n.get(&need.slug).copied().unwrap_or(0)),
                        ))
                    }
                }
            }
            details open[more_open] {
                summary { (copy::MORE) }
                label.block for="format" { (copy::FORMAT) }
                select #format name="format" {
                    option value="" { (copy::EITHER) }
                    @for f in Format::ALL { option value=(f.slug()) selected[q.filter.formats.contains(f)] { (f.label()) } }
                }
                label.block for="delivery" { (copy::DELIVERY) }
                select #delivery name="delivery" {
                    option value="" { (copy::ANY_WAY) }
                    @for d in Delivery::ALL { option value=(d.slug()) selected[q.filter.delivery.contains(d)] { (d.label()) } }
                }
                label.block for="lang" { (copy::LANGUAGE) }
                select #lang name="lang" {
                    option value="" { (copy::ANY_LANGUAGE) }
                    @for l in &taxonomy.languages {
                        option value=(l.code) selected[q.filter.languages.contains(&l.code)] { (l.name) }
                    }
                }
                fieldset {
                    legend { (copy::PRINCIPLES) }
                    (super::forms::checkbox("reflection", "published", copy::REFLECTED, q.filter.reflected))
                    (super::forms::checkbox("reviewed", "yes", copy::REVIEWED, q.filter.reviewed))
                    (super::forms::checkbox("assured", "yes", copy::ASSURED, q.filter.assured))
                }
                label.block for="stage" { (copy::STAGE) }
                select #stage name="stage" {
                    option value="" { (copy::ANY_STAGE) }
                    @for s in Stage::ALL { option value=(s.slug()) selected[q.filter.stage == Some(*s)] { (s.label()) } }
                }
            }
            label.block for="within" { (copy::WITHIN) }
            select #within name="within" {
                option value="" { (copy::ANY_DISTANCE) }
                @for m in WITHIN_CHOICES {
                    option value=(m) selected[q.within_miles == Some(m)] { "Within " (m) " miles (" (format!("{:.0}", f64::from(m) * 1.609_344)) " km)" }
                }
            }
            p {}
            button type="submit" { (copy::SUBMIT) }
        }
    }
}
