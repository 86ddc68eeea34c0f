//! "Need this in another language?": every language peermap speaks, each in its own
//! script, with how much of the site it covers.

use super::layout::{Chrome, page};
use crate::i18n::Lang;
use maud::{Markup, html};

pub fn languages(chrome: Chrome<'_>) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("languages-title");
    let body = html! {
        h1 { (title) }
        p.lead { (lang.t("languages-intro")) }
        ul.language-list {
            @for l in Lang::ALL {
                li lang=(l.html_lang()) dir=(l.dir()) {
                    a href=(l.path("/")) hreflang=(l.code()) { (l.own_name()) }
                    // What it covers, said in that language.
                    " – " (l.t(if l.is_community() { "languages-scope-core" } else { "languages-scope-all" }))
                    @if l != Lang::En {
                        " " span lang="en" dir="ltr" { "(" (l.english_name()) ")" }
                    }
                }
            }
        }
        p { (lang.t("languages-interpreter")) }
        p { a href=(chrome.link("/about#translations")) { (lang.tm("languages-reviewed")) } }
    };
    page(&title, chrome, body)
}
