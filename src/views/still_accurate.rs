//! `/still-accurate/{slug}`: the page the one-click link in the 11-month reminder opens.
//! Opening it changes nothing; the one big button confirms the listing.

use super::forms::csrf as csrf_field;
use super::layout::{Chrome, page};
use crate::domain::Project;
use crate::i18n::Lang;
use maud::{Markup, html};

/// The question, with the listing's name and its page, and the button that confirms it.
pub fn ask(chrome: Chrome<'_>, csrf: &str, p: &Project, token: &str) -> Markup {
    let lang = chrome.lang;
    let (name, name_lang) = p.name_in(lang);
    let (summary, summary_lang) = p.summary_in(lang);
    let title = lang.t("still-title");
    let body = html! {
        h1 { (title) }
        p.lead { a lang=[mark(lang, name_lang)] href=(lang.path(&format!("/projects/{}", p.slug))) { (name) } }
        @if !summary.is_empty() { p lang=[mark(lang, summary_lang)] { (summary) } }
        p { (lang.t("still-ask")) }
        form method="post" action=(lang.path(&format!("/still-accurate/{}", p.slug))) {
            (csrf_field(csrf))
            input type="hidden" name="token" value=(token);
            button.button.large type="submit" { (lang.t("still-yes")) }
        }
        p { a href=(lang.path(&format!("/manage/{}", p.slug))) { (lang.t("still-changed")) } }
    };
    page(&title, chrome, body)
}

/// `lang` for text in `text_lang` on a page in `page`, when they differ.
fn mark(page: Lang, text_lang: Lang) -> Option<&'static str> {
    (page != text_lang).then_some(text_lang.code())
}

/// After the button: what it did.
pub fn done(chrome: Chrome<'_>, p: &Project) -> Markup {
    let lang = chrome.lang;
    let (name, name_lang) = p.name_in(lang);
    let title = lang.t("still-done");
    let body = html! {
        div.notice.confirmation {
            h1 { (title) }
            p { (lang.t("still-done-means")) }
        }
        p { a href=(lang.path(&format!("/projects/{}", p.slug))) { (lang.t("still-see")) ": " span lang=[mark(lang, name_lang)] { (name) } } }
    };
    page(&title, chrome, body)
}
