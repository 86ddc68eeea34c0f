//! The page shown when something goes wrong; it still shows the crisis routes.

use super::layout::{Chrome, page};
use maud::{Markup, html};

mod copy {
    pub const HOME: &str = "Go to the start page";
    pub const DIRECTORY: &str = "Browse the directory";
    pub const NOT_FOUND_HINT: &str = "If you typed the web address, check it is correct. If you pasted it, check you copied all of it.";
}

/// The error page: its title, what to do, and for a missing page (`not_found`) a hint.
pub fn error(chrome: Chrome<'_>, title: &str, detail: &str, not_found: bool) -> Markup {
    let body = html! {
        h1 { (title) }
        p.lead { (detail) }
        @if not_found { p { (copy::NOT_FOUND_HINT) } }
        ul {
            li { a href="/" { (copy::HOME) } }
            li { a href="/projects" { (copy::DIRECTORY) } }
        }
    };
    page(title, chrome, body)
}
