//! The page shown when something goes wrong; it still shows the crisis routes.

use super::layout::{Chrome, page};
use maud::{Markup, html};

/// The error page: its title, what to do, and for a missing page (`not_found`) a hint.
/// On a page in another language, a title and detail our catalogue does not have (the
/// use cases' own words) are marked as English.
pub fn error(chrome: Chrome<'_>, title: &str, detail: &str, not_found: bool) -> Markup {
    let lang = chrome.lang;
    // A missing page is told in the page's language; other problems in the use cases'
    // own (English) words.
    let (title, detail, english) = if not_found && lang != crate::i18n::Lang::En {
        (
            lang.t("error-not-found-title"),
            lang.t("error-not-found"),
            false,
        )
    } else {
        (
            title.to_string(),
            detail.to_string(),
            lang != crate::i18n::Lang::En,
        )
    };
    let body = html! {
        h1 lang=[english.then_some("en")] { (title) }
        p.lead lang=[english.then_some("en")] { (detail) }
        @if not_found { p { (lang.t("error-not-found-hint")) } }
        ul {
            li { a href=(chrome.link("/")) { (lang.t("error-home")) } }
            li { a href=(chrome.link("/projects")) { (lang.tm("error-directory")) } }
        }
    };
    page(&title, chrome, body)
}
