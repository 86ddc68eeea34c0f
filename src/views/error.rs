//! The page shown when something goes wrong; it still shows the crisis routes.

use super::layout::{Chrome, page};
use crate::i18n::Lang;
use maud::{Markup, html};

/// What went wrong, as the web layer tells it: the status, its English title, and the
/// detail in the page's language.
#[derive(Debug, Clone, Copy)]
pub struct Trouble<'a> {
    pub status: u16,
    pub title: &'a str,
    pub detail: &'a str,
}

/// The error page: its title, what to do, and for a missing page a hint. On a page in
/// another language the title is the catalogue's for the status; a detail that is not
/// in the page's language is marked as English, or for a missing page on a page in a
/// community language (whose catalogue has only the moment of need) told in general.
pub fn error(chrome: Chrome<'_>, trouble: &Trouble<'_>) -> Markup {
    let lang = chrome.lang;
    let not_found = trouble.status == 404;
    let title_id = if not_found {
        "error-not-found-title".to_string()
    } else {
        format!("error-title-{}", trouble.status)
    };
    let title = if lang == Lang::En || !lang.has(&title_id) {
        trouble.title.to_string()
    } else {
        lang.t(&title_id)
    };
    let title_english = lang != Lang::En && !lang.has(&title_id);
    let own_detail = lang == Lang::En || !lang.is_community();
    let (detail, detail_english) = match (own_detail, not_found) {
        (true, _) => (trouble.detail.to_string(), false),
        (false, true) => (lang.t("error-not-found"), false),
        (false, false) => (trouble.detail.to_string(), true),
    };
    let en = |english: bool| english.then_some("en");
    let body = html! {
        h1 lang=[en(title_english)] { (title) }
        p.lead lang=[en(detail_english)] { (detail) }
        @if not_found { p { (lang.t("error-not-found-hint")) } }
        ul {
            li { a href=(chrome.link("/")) { (lang.t("error-home")) } }
            li { a href=(chrome.link("/projects")) { (lang.tm("error-directory")) } }
        }
    };
    page(&title, chrome, body)
}
