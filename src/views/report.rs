//! Reporting a problem with a listing, and the thanks after.

use super::forms::{csrf, radio};
use super::layout::{Chrome, page};
use super::review::{error_summary, field_error};
use crate::domain::Project;
use crate::domain::community::{FieldError, ReportKind};
use maud::{Markup, html};

mod copy {
    pub const SEND: &str = "Send for checking";
    pub const REPORT: &str = "Report a problem with this listing";
    pub const REPORT_INTRO: &str = "You do not need an account. A moderator reads every report. If someone is in danger now, call 999.";
    pub const WHAT: &str = "What is wrong?";
    pub const DETAIL: &str = "Tell us more (optional)";
    pub const DETAIL_HINT: &str = "Do not include anyone's name, address or health details.";
    pub const THANKS: &str = "Thank you, we have your report";
    pub const THANKS_BODY: &str = "A moderator will look at it. We do not reply to reports, so we do not ask for your contact details.";
}

/// What someone typed into the report form, and what is wrong with it.
#[derive(Default)]
pub struct Typed<'a> {
    pub kind: Option<ReportKind>,
    pub detail: &'a str,
    pub errors: &'a [FieldError],
}

impl Typed<'_> {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

pub fn report(chrome: Chrome<'_>, token: &str, p: &Project, typed: &Typed<'_>) -> Markup {
    let (kind_error, detail_error) = (typed.error("kind"), typed.error("detail"));
    let body = html! {
        (error_summary(typed.errors))
        h1 { (copy::REPORT) }
        p { "Listing: " strong { (p.name) } }
        p { (copy::REPORT_INTRO) }
        form method="post" action={ "/projects/" (p.slug) "/report" } novalidate {
            (csrf(token))
            div.field-group.field-error[kind_error.is_some()] {
                fieldset aria-describedby=[kind_error.map(|_| "kind-error")] {
                    legend { (copy::WHAT) }
                    (field_error("kind", kind_error))
                    @for k in ReportKind::ALL { (radio("kind", k.slug(), k.label(), typed.kind == Some(k))) }
                }
            }
            div.field-group.field-error[detail_error.is_some()] {
                label.block for="detail" { (copy::DETAIL) }
                p.muted #detail-hint { (copy::DETAIL_HINT) }
                (field_error("detail", detail_error))
                textarea #detail name="detail" rows="5"
                    aria-describedby={ "detail-hint" @if detail_error.is_some() { " detail-error" } } { (typed.detail) }
            }
            button type="submit" { (copy::SEND) }
        }
    };
    page(copy::REPORT, chrome, body)
}

pub fn report_thanks(chrome: Chrome<'_>, p: &Project) -> Markup {
    let body = html! {
        h1 { (copy::THANKS) }
        p { (copy::THANKS_BODY) }
        p { a href={ "/projects/" (p.slug) } { "Back to " (p.name) } }
    };
    page(copy::THANKS, chrome, body)
}
