//! Reporting a problem with a listing, and the thanks after.

use super::forms::{csrf, described_by, error_summary, field_error, has_error, invalid, radio};
use super::layout::{Chrome, page};
use super::search_form::label_in;
use crate::domain::Project;
use crate::domain::check::FieldError;
use crate::domain::community::ReportKind;
use crate::i18n::Lang;
use maud::{Markup, html};

/// What someone typed into the report form, and what is wrong with it.
#[derive(Default)]
pub struct Typed<'a> {
    pub kind: Option<ReportKind>,
    pub detail: &'a str,
    pub errors: &'a [FieldError],
}

/// The most a report's detail may hold, in characters.
pub const DETAIL_MAX: usize = 5_000;

pub fn report(chrome: Chrome<'_>, token: &str, p: &Project, typed: &Typed<'_>) -> Markup {
    let errors = typed.errors;
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let title = lang.t("project-report");
    let body = html! {
        div lang=[en.filter(|_| !typed.errors.is_empty())] { (error_summary(typed.errors)) }
        h1 { (title) }
        p { (lang.t("report-listing")) " " strong lang=[en] { (p.name) } }
        p { (lang.t("report-intro")) }
        form method="post" action=(lang.path(&format!("/projects/{}/report", p.slug))) novalidate {
            (csrf(token))
            div.field-group.field-error[has_error(errors, "kind")] {
                fieldset aria-describedby=[described_by(errors, "kind", None)] {
                    legend { (lang.t("report-what")) }
                    (field_error(errors, "kind"))
                    @for k in ReportKind::ALL { (radio("kind", k.slug(), &label_in(lang, "report-kind", k.slug(), k.label()), typed.kind == Some(k))) }
                }
            }
            div.field-group.field-error[has_error(errors, "detail")] {
                label.block for="detail" { (lang.t("report-detail")) }
                p.muted #detail-hint { (lang.t("report-detail-hint")) }
                (field_error(errors, "detail"))
                textarea #detail name="detail" rows="5" maxlength=(DETAIL_MAX)
                    aria-invalid=[invalid(errors, "detail")]
                    aria-describedby=[described_by(errors, "detail", Some("detail-hint"))] { (typed.detail) }
            }
            button type="submit" { (lang.t("report-send")) }
        }
    };
    page(&title, chrome, body)
}

pub fn report_thanks(chrome: Chrome<'_>, p: &Project) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("report-thanks");
    let body = html! {
        h1 { (title) }
        p { (lang.t("report-thanks-body")) }
        p { a href=(lang.path(&format!("/projects/{}", p.slug))) { (lang.ta("report-back", &[("name", crate::i18n::Arg::from(p.name.clone()))])) } }
    };
    page(&title, chrome, body)
}
