//! `/still-accurate/{slug}`: the page the one-click link in the 11-month reminder opens.
//! Opening it changes nothing; the one big button confirms the listing.

use super::forms::csrf as csrf_field;
use super::layout::{Chrome, page};
use crate::domain::Project;
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Is this listing still accurate?";
    pub const ASK: &str = "If the details of this listing are still right, press the button. You do not need to sign in.";
    pub const YES: &str = "Yes, it is still accurate";
    pub const CHANGED: &str = "Something has changed? Sign in and correct the listing";
    pub const DONE: &str = "Thank you: the listing is confirmed";
    pub const DONE_MEANS: &str = "It now says it was confirmed by the project today, and it shows in search results. We will ask again in about a year.";
    pub const SEE: &str = "See the listing";
}

/// The question, with the listing's name and its page, and the button that confirms it.
pub fn ask(chrome: Chrome<'_>, csrf: &str, p: &Project, token: &str) -> Markup {
    let body = html! {
        h1 { (copy::TITLE) }
        p.lead { a href={ "/projects/" (p.slug) } { (p.name) } }
        @if !p.summary.is_empty() { p { (p.summary) } }
        p { (copy::ASK) }
        form method="post" action={ "/still-accurate/" (p.slug) } {
            (csrf_field(csrf))
            input type="hidden" name="token" value=(token);
            button.button.large type="submit" { (copy::YES) }
        }
        p { a href={ "/manage/" (p.slug) } { (copy::CHANGED) } }
    };
    page(copy::TITLE, chrome, body)
}

/// After the button: what it did.
pub fn done(chrome: Chrome<'_>, p: &Project) -> Markup {
    let body = html! {
        div.notice.confirmation {
            h1 { (copy::DONE) }
            p { (copy::DONE_MEANS) }
        }
        p { a href={ "/projects/" (p.slug) } { (copy::SEE) ": " (p.name) } }
    };
    page(copy::DONE, chrome, body)
}
