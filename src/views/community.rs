//! The form to claim a listing. Reports are in `report`, peer reviews in `review`.

use super::account::{errors_summary, textarea_checked, with_next};
use super::forms::csrf;
use super::layout::{Chrome, page};
use crate::domain::Project;
use maud::{Markup, html};

mod copy {
    pub const CLAIM: &str = "This is our project";
    pub const CLAIM_INTRO: &str = "Tell us who you are so a moderator can check you can speak for this project. Once approved you can keep the listing up to date; it is marked as confirmed by the project when you confirm its details.";
    pub const STATEMENT: &str = "Who you are and your role in the project";
    pub const SEND: &str = "Send for checking";
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
