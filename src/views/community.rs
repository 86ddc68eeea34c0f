//! The form to claim a listing. Reports are in `report`, peer reviews in `review`.

use super::forms::{csrf, error_summary, textarea};
use super::layout::{Chrome, page};
use crate::domain::Project;
use maud::{Markup, html};

mod copy {
    pub const CLAIM: &str = "This is our project";
    pub const CLAIM_INTRO: &str = "Tell us who you are so a moderator can check you can speak for this project. Once approved you can keep the listing up to date; it is marked as confirmed by the project when you confirm its details.";
    pub const STATEMENT: &str = "Who you are and your role in the project";
    pub const SEND: &str = "Send for checking";
}

pub fn claim(chrome: Chrome<'_>, token: &str, p: &Project, error: Option<&str>) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::CLAIM) ": " (p.name) }
        p { (copy::CLAIM_INTRO) }
        form method="post" action={ "/projects/" (p.slug) "/claim" } {
            (csrf(token))
            (textarea("statement", copy::STATEMENT, "", ""))
            button type="submit" { (copy::SEND) }
        }
    };
    page(copy::CLAIM, chrome, body)
}
