//! The page shown when something goes wrong; it still shows the crisis routes.

use super::layout::{Chrome, page};
use crate::web::error::Problem;
use maud::{Markup, html};

mod copy {
    pub const HOME: &str = "Go to the start page";
    pub const DIRECTORY: &str = "Browse the directory";
    pub const NOT_FOUND_HINT: &str = "If you typed the web address, check it is correct. If you pasted it, check you copied all of it.";
}

pub fn error(chrome: Chrome<'_>, problem: &Problem) -> Markup {
    let body = html! {
        h1 { (problem.title) }
        p.lead { (problem.detail) }
        @if problem.status.as_u16() == 404 { p { (copy::NOT_FOUND_HINT) } }
        ul {
            li { a href="/" { (copy::HOME) } }
            li { a href="/projects" { (copy::DIRECTORY) } }
        }
    };
    page(problem.title, chrome, body)
}
