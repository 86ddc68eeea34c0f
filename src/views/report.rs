//! Reporting a problem with a listing, and the thanks after.

use super::forms::{csrf, error_summary, radio, textarea};
use super::layout::{Chrome, page};
use crate::domain::Project;
use crate::domain::community::ReportKind;
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

pub fn report(chrome: Chrome<'_>, token: &str, p: &Project, error: Option<&str>) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::REPORT) }
        p { "Listing: " strong { (p.name) } }
        p { (copy::REPORT_INTRO) }
        form method="post" action={ "/projects/" (p.slug) "/report" } {
            (csrf(token))
            fieldset {
                legend { (copy::WHAT) }
                @for k in ReportKind::ALL { (radio("kind", k.slug(), k.label(), false)) }
            }
            (textarea("detail", copy::DETAIL, copy::DETAIL_HINT, ""))
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
