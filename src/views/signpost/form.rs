//! The sheet's own form: where, what for, how far, how they would take part and in which
//! language; on the ask page and on the sheet to change it. The same query keys as the
//! search (`where`, `need`, `within`, `delivery`, `lang`).

use crate::domain::{Delivery, Taxonomy};
use crate::search::DEFAULT_LIMIT;
use crate::signpost::{Ask, Reach, USUAL_WITHIN_MILES};
use maud::{Markup, html};

mod copy {
    pub const WHERE: &str = "Their postcode, town or city";
    pub const WHERE_HINT: &str = "For example, B15 2TT, Preston or Portadown";
    pub const NEED: &str = "Support for";
    pub const ANY_NEED: &str = "Any kind of support";
    pub const WITHIN: &str = "How far can they travel?";
    pub const WITHIN_HINT: &str =
        "For meeting in person. Online and phone support is listed wherever they are.";
    pub const USUAL: &str = "the usual distance";
    pub const ANY_DISTANCE: &str = "However far: the nearest first";
    pub const DELIVERY: &str = "How they would like to take part";
    pub const ANY_WAY: &str = "Any way";
    pub const LANGUAGE: &str = "Language";
    pub const ANY_LANGUAGE: &str = "Any language";
}

/// Distances offered, in miles.
const WITHIN_CHOICES: [u32; 4] = [5, 10, 25, 50];

/// The value of the `within` field for `reach`: empty for the usual distance.
pub(super) fn within_value(reach: Reach) -> String {
    match reach {
        Reach::Usual => String::new(),
        Reach::Chosen(m) => m.to_string(),
        Reach::Any => "any".to_string(),
    }
}

fn miles(m: u32) -> String {
    let km = format!("{:.0}", f64::from(m) * 1.609_344);
    if m == USUAL_WITHIN_MILES {
        format!("Within {m} miles ({km} km), {}", copy::USUAL)
    } else {
        format!("Within {m} miles ({km} km)")
    }
}

fn within(reach: Reach) -> Markup {
    let chosen = reach.miles();
    let odd = chosen.filter(|m| !WITHIN_CHOICES.contains(m));
    html! {
        label.block for="within" { (copy::WITHIN) }
        p.muted #within-hint { (copy::WITHIN_HINT) }
        select #within name="within" aria-describedby="within-hint" {
            @if let Some(m) = odd { option value=(m) selected { (miles(m)) } }
            @for m in WITHIN_CHOICES {
                option value=(m) selected[chosen == Some(m)] { (miles(m)) }
            }
            option value="any" selected[reach == Reach::Any] { (copy::ANY_DISTANCE) }
        }
    }
}

/// The fields, with `error` (why the place typed could not be used) on the place's.
pub(super) fn fields(taxonomy: &Taxonomy, ask: &Ask, error: Option<&str>) -> Markup {
    let q = &ask.query;
    let f = &q.filter;
    html! {
        div.field-group.field-error[error.is_some()] {
            label.block for="where" { (copy::WHERE) }
            p.muted #where-hint { (copy::WHERE_HINT) }
            @if let Some(message) = error {
                p.error-message #where-error { span.visually-hidden { "Error: " } (message) }
            }
            input #where type="text" name="where" value=[q.place.as_deref()] spellcheck="false"
                aria-describedby=(if error.is_some() { "where-hint where-error" } else { "where-hint" })
                aria-invalid=[error.map(|_| "true")];
        }
        label.block for="need" { (copy::NEED) }
        select #need name="need" {
            option value="" { (copy::ANY_NEED) }
            @for need in &taxonomy.needs {
                option value=(need.slug) selected[f.needs.contains(&need.slug)] { (need.label) }
            }
        }
        (within(ask.reach))
        label.block for="delivery" { (copy::DELIVERY) }
        select #delivery name="delivery" {
            option value="" { (copy::ANY_WAY) }
            @for d in Delivery::ALL { option value=(d.slug()) selected[f.delivery.contains(d)] { (d.label()) } }
        }
        label.block for="lang" { (copy::LANGUAGE) }
        select #lang name="lang" {
            option value="" { (copy::ANY_LANGUAGE) }
            @for l in &taxonomy.languages {
                option value=(l.code) selected[f.languages.contains(&l.code)] { (l.name) }
            }
        }
    }
}

/// Hidden fields carrying what the sheet was asked for that [`fields`] does not show (a
/// format, a stage, the principles, a number of results, from a search's link), or, with
/// `all`, everything, so that a shortlist's form can remake its sheet.
pub(super) fn hidden(ask: &Ask, all: bool) -> Markup {
    let q = &ask.query;
    let shown = ["need", "delivery", "lang"];
    let pairs: Vec<(&str, String)> = q
        .filter
        .pairs()
        .into_iter()
        .filter(|(k, _)| all || !shown.contains(k))
        .collect();
    let within = within_value(ask.reach);
    html! {
        @if all {
            @if let Some(w) = &q.place { input type="hidden" name="where" value=(w); }
            @if !within.is_empty() { input type="hidden" name="within" value=(within); }
        }
        @for (k, v) in &pairs { input type="hidden" name=(k) value=(v); }
        @if q.limit != DEFAULT_LIMIT { input type="hidden" name="limit" value=(q.limit); }
    }
}
