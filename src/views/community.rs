//! Forms anyone or another project can use on a listing: claim it, report a problem,
//! review its reflection.

use super::account::{errors_summary, textarea_checked, with_next};
use super::forms::{csrf, error_summary, radio, textarea};
use super::layout::{Chrome, page};
use crate::domain::community::ReportKind;
use crate::domain::{Project, Slug};
use maud::{Markup, html};

mod copy {
    pub const CLAIM: &str = "This is our project";
    pub const CLAIM_INTRO: &str = "Tell us who you are so a moderator can check you can speak for this project. Once approved you can keep the listing up to date; it is marked as confirmed by the project when you confirm its details.";
    pub const STATEMENT: &str = "Who you are and your role in the project";
    pub const SEND: &str = "Send for checking";
    pub const REPORT: &str = "Report a problem with this listing";
    pub const REPORT_INTRO: &str = "You do not need an account. A moderator reads every report. If someone is in danger now, call 999.";
    pub const WHAT: &str = "What is wrong?";
    pub const DETAIL: &str = "Tell us more (optional)";
    pub const DETAIL_HINT: &str = "Do not include anyone's name, address or health details.";
    pub const THANKS: &str = "Thank you, we have your report";
    pub const THANKS_BODY: &str = "A moderator will look at it. We do not reply to reports, so we do not ask for your contact details.";
    pub const REVIEW: &str = "Review this project's reflection";
    pub const REVIEW_INTRO: &str = "Say, for each principle, whether you recognise what the project describes or would ask about it. This is a conversation between peers, not a score.";
    pub const AS: &str = "Reviewing as";
}

pub fn claim(
    chrome: Chrome<'_>,
    token: &str,
    p: &Project,
    statement: &str,
    errors: &[(&str, String)],
) -> Markup {
    let body = html! {
        (errors_summary(errors))
        h1 { (copy::CLAIM) ": " (p.name) }
        p { (copy::CLAIM_INTRO) }
        form method="post" action={ "/projects/" (p.slug) "/claim" } {
            (csrf(token))
            (textarea_checked(errors, "statement", copy::STATEMENT, "", statement))
            button type="submit" { (copy::SEND) }
        }
    };
    page(copy::CLAIM, chrome, body)
}

/// "This is our project" for someone not signed in: why an account is needed, and the
/// ways to one that come back to the claim (`here`).
pub fn claim_needs_account(chrome: Chrome<'_>, p: &Project, here: &str) -> Markup {
    let body = html! {
        h1 { (copy::CLAIM) ": " (p.name) }
        p { "To keep a listing up to date you need an account, so that we know who is changing it and can tell you when a moderator has checked your request." }
        p { "An account takes a minute: your e-mail address and a password. We e-mail you a link to confirm the address, then you come back here to say who you are." }
        p { a.button href=(with_next("/account/signup", Some(here))) { "Create an account" } }
        p { "Already have one? " a href=(with_next("/account/login", Some(here))) { "Sign in" } }
        p { a href={ "/projects/" (p.slug) } { "Back to " (p.name) } }
    };
    page(copy::CLAIM, chrome, body)
}

/// After a claim: what happens next.
pub fn claim_sent(chrome: Chrome<'_>, p: &Project) -> Markup {
    let body = html! {
        div.confirmation { h1 { "We have your request" } }
        p { "Thank you. You asked to keep the listing for " strong { (p.name) } "." }
        h2 { "What happens next" }
        p { "A moderator will check that you can speak for the project, usually within a few days. They may contact you to confirm." }
        p { "We will e-mail you when it has been decided. Once approved, you can keep the listing up to date from your account." }
        p { a href="/account" { "Go to your account" } }
        p { a href={ "/projects/" (p.slug) } { "Back to " (p.name) } }
    };
    page("We have your request", chrome, body)
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

pub fn review(
    chrome: Chrome<'_>,
    token: &str,
    p: &Project,
    reviewers: &[(Slug, String)],
    error: Option<&str>,
) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::REVIEW) ": " (p.name) }
        p { (copy::REVIEW_INTRO) }
        form method="post" action={ "/projects/" (p.slug) "/review" } {
            (csrf(token))
            label.block for="reviewer" { (copy::AS) }
            select #reviewer name="reviewer" {
                @for (slug, name) in reviewers { option value=(slug) { (name) } }
            }
            @for r in p.reflections.iter().filter(|r| r.published_on.is_some()) {
                fieldset {
                    legend { h2 { (r.principle.label()) } }
                    p { strong { "They say: " (r.status.label()) } }
                    @if !r.how.is_empty() { p { (r.how) } }
                    (radio(&format!("verdict_{}", r.principle.slug()), "recognise", "We recognise this", false))
                    (radio(&format!("verdict_{}", r.principle.slug()), "ask", "We would ask about this", false))
                    (textarea(&format!("comment_{}", r.principle.slug()), "Your comment", "", ""))
                }
            }
            button type="submit" { "Publish review" }
        }
    };
    page(copy::REVIEW, chrome, body)
}
