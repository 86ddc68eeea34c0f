//! The sheet's own form: where, what for, how far, how they would take part and in which
//! language; on the ask page and on the sheet to change it. The same query keys as the
//! search (`where`, `need`, `within`, `delivery`, `lang`).

use super::super::search_form::label_in;
use crate::domain::{Delivery, Taxonomy};
use crate::i18n::{Arg, Lang};
use crate::search::DEFAULT_LIMIT;
use crate::signpost::{Ask, Reach, USUAL_WITHIN_MILES};
use maud::{Markup, html};

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

fn miles(lang: Lang, m: u32) -> String {
    let km = format!("{:.0}", f64::from(m) * 1.609_344);
    let within = lang.ta(
        "form-within-miles",
        &[("miles", Arg::from(m)), ("km", Arg::from(km))],
    );
    if m == USUAL_WITHIN_MILES {
        lang.ta("sp-within-usual", &[("within", Arg::from(within))])
    } else {
        within
    }
}

fn within(lang: Lang, reach: Reach) -> Markup {
    let chosen = reach.miles();
    let odd = chosen.filter(|m| !WITHIN_CHOICES.contains(m));
    html! {
        label.block for="within" { (lang.tm("sp-within")) }
        p.muted #within-hint { (lang.tm("sp-within-hint")) }
        select #within name="within" aria-describedby="within-hint" {
            @if let Some(m) = odd { option value=(m) selected { (miles(lang, m)) } }
            @for m in WITHIN_CHOICES {
                option value=(m) selected[chosen == Some(m)] { (miles(lang, m)) }
            }
            option value="any" selected[reach == Reach::Any] lang=[super::english_unless(lang, "sp-any-distance")] { (lang.tm("sp-any-distance")) }
        }
    }
}

/// The fields, with `error` (why the place typed could not be used) on the place's.
pub(super) fn fields(lang: Lang, taxonomy: &Taxonomy, ask: &Ask, error: Option<&str>) -> Markup {
    let q = &ask.query;
    let f = &q.filter;
    html! {
        div.field-group.field-error[error.is_some()] {
            label.block for="where" { (lang.tm("sp-where")) }
            p.muted #where-hint { (lang.t("form-where-hint")) }
            @if let Some(message) = error {
                p.error-message #where-error { span.visually-hidden { (lang.t("form-error-prefix")) " " } (message) }
            }
            input #where type="text" name="where" value=[q.place.as_deref()] spellcheck="false"
                aria-describedby=(if error.is_some() { "where-hint where-error" } else { "where-hint" })
                aria-invalid=[error.map(|_| "true")];
        }
        label.block for="need" { (lang.t("form-need")) }
        select #need name="need" {
            option value="" { (lang.t("form-any-need")) }
            @for need in &taxonomy.needs {
                option value=(need.slug) selected[f.needs.contains(&need.slug)] { (label_in(lang, "need", &need.slug, &need.label)) }
            }
        }
        (within(lang, ask.reach))
        label.block for="delivery" { (lang.tm("sp-delivery")) }
        select #delivery name="delivery" {
            option value="" { (lang.t("form-any-way")) }
            @for d in Delivery::ALL { option value=(d.slug()) selected[f.delivery.contains(d)] { (label_in(lang, "delivery", d.slug(), d.label())) } }
        }
        label.block for="lang" { (lang.t("form-language")) }
        select #lang name="lang" {
            option value="" { (lang.t("form-any-language")) }
            @for l in &taxonomy.languages {
                option value=(l.code) selected[f.languages.contains(&l.code)] { (language_name(lang, &l.code, &l.name)) }
            }
        }
    }
}

/// A language's name in the list: as the taxonomy has it in English; on a page in another
/// language, in its own script and in English, as the search's list has it.
fn language_name(lang: Lang, code: &str, name: &str) -> String {
    if lang == Lang::En {
        name.to_string()
    } else {
        crate::i18n::filter_label(code, name)
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
