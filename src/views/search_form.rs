//! The search form, on the front page and on every results page, keeping its choices.

use crate::domain::{Delivery, Format, Stage, Taxonomy};
use crate::i18n::{Arg, Lang};
use crate::search::{NeedCounts, SearchQuery};
use maud::{Markup, html};

/// Distances offered, in miles.
const WITHIN_CHOICES: [u32; 6] = [2, 5, 10, 25, 50, 100];

/// A need as offered in the list: its label, how many listings name it (or that none does
/// yet, so only general support would be found), and once a place is known how many of
/// them are near it (`near`).
fn need_option(lang: Lang, label: &str, listed: usize, near: Option<usize>) -> String {
    let args = [
        ("label", Arg::from(label.to_string())),
        ("listed", Arg::from(listed)),
        ("near", Arg::from(near.unwrap_or(0))),
    ];
    match (listed, near) {
        (0, _) => lang.ta("form-need-none-named", &args),
        (_, None) => lang.ta("form-need-listed", &args),
        (_, Some(0)) => lang.ta("form-need-none-near", &args),
        (_, Some(_)) => lang.ta("form-need-near", &args),
    }
}

/// A vocabulary's label in `lang`: `{what}-{slug}` in the catalogue, else its English.
pub fn label_in(lang: Lang, what: &str, slug: &str, english: &str) -> String {
    let id = format!("{what}-{slug}");
    if lang.has(&id) {
        lang.t(&id)
    } else {
        english.to_string()
    }
}

/// The form, with `error` (why the place typed could not be used) shown on its field, and
/// `counts` (listings naming each need, and `near` the place searched, when known) in the
/// need list.
pub fn search_form(
    lang: Lang,
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
        || q.filter.reviewed;
    html! {
        form.search method="get" action=(lang.path("/search")) role="search" {
            div.field-group.field-error[error.is_some()] {
                label.block for="where" { (lang.t("form-where")) }
                p.muted #where-hint { (lang.t("form-where-hint")) }
                @if let Some(message) = error {
                    p.error-message #where-error { span.visually-hidden { (lang.t("form-error-prefix")) " " } (message) }
                }
                input #where type="text" name="where" value=[q.place.as_deref()] autocomplete="postal-code"
                    aria-describedby=(if error.is_some() { "where-hint where-error" } else { "where-hint" })
                    aria-invalid=[error.map(|_| "true")] spellcheck="false";
            }
            p { button.button.secondary #locate type="button" hidden { (lang.t("form-locate")) } }
            label.block for="need" { (lang.t("form-need")) }
            select #need name="need" {
                option value="" { (lang.t("form-any-need")) }
                @for need in &taxonomy.needs {
                    option value=(need.slug) selected[q.filter.needs.contains(&need.slug)] {
                        (need_option(lang,
                            &label_in(lang, "need", &need.slug, &need.label),
                            counts.get(&need.slug).copied().unwrap_or(0),
                            near.map(|n| n.get(&need.slug).copied().unwrap_or(0)),
                        ))
                    }
                }
            }
            details open[more_open] {
                summary { (lang.t("form-more")) }
                label.block for="format" { (lang.t("form-format")) }
                select #format name="format" {
                    option value="" { (lang.t("form-either")) }
                    @for f in Format::ALL { option value=(f.slug()) selected[q.filter.formats.contains(f)] { (label_in(lang, "format", f.slug(), f.label())) } }
                }
                label.block for="delivery" { (lang.t("form-delivery")) }
                select #delivery name="delivery" {
                    option value="" { (lang.t("form-any-way")) }
                    @for d in Delivery::ALL { option value=(d.slug()) selected[q.filter.delivery.contains(d)] { (label_in(lang, "delivery", d.slug(), d.label())) } }
                }
                label.block for="lang" { (lang.t("form-language")) }
                select #lang name="lang" {
                    option value="" { (lang.t("form-any-language")) }
                    @for l in &taxonomy.languages {
                        option value=(l.code) selected[q.filter.languages.contains(&l.code)] { (crate::i18n::filter_label(&l.code, &l.name)) }
                    }
                }
                fieldset {
                    legend { (lang.t("form-principles")) }
                    (super::forms::checkbox("reflection", "published", &lang.t("form-reflected"), q.filter.reflected))
                    (super::forms::checkbox("reviewed", "yes", &lang.t("form-reviewed"), q.filter.reviewed))
                }
                label.block for="stage" { (lang.t("form-stage")) }
                select #stage name="stage" {
                    option value="" { (lang.t("form-any-stage")) }
                    @for s in Stage::ALL { option value=(s.slug()) selected[q.filter.stage == Some(*s)] { (label_in(lang, "stage", s.slug(), s.label())) } }
                }
            }
            label.block for="within" { (lang.t("form-within")) }
            select #within name="within" {
                option value="" { (lang.t("form-any-distance")) }
                @for m in WITHIN_CHOICES {
                    option value=(m) selected[q.within_miles == Some(m)] { (lang.ta("form-within-miles", &[("miles", Arg::from(m)), ("km", Arg::from(format!("{:.0}", f64::from(m) * 1.609_344)))])) }
                }
            }
            p {}
            button type="submit" { (lang.t("form-submit")) }
        }
    }
}
