//! The toolkit (`/toolkit`): the five principles with the self-reflection grid's
//! questions, what the sources say helps, and how a small group can find training and
//! supervision. Open to everyone; nothing on it scores or ranks a project.

use super::about::PRINCIPLES_URL;
use super::layout::{Chrome, page};
use super::principles::{heading, question};
use crate::domain::Principle;
use crate::i18n::Lang;
use maud::{Markup, html};

/// What helps: the keys of each term and what it means.
const HELPS: [&str; 7] = [
    "safeguarding",
    "ground-rules",
    "moderated",
    "easy",
    "links",
    "led",
    "supervision",
];

/// Training and supervision for small groups: the keys of each way.
const SMALL: [&str; 5] = ["training", "larger", "peer", "pairs", "clinical"];

/// A principle's questions as a list lettered A, B, … as in the grid.
pub fn principle_questions(p: Principle) -> Markup {
    principle_questions_in(Lang::En, p)
}

/// [`principle_questions`] in `lang`.
pub fn principle_questions_in(lang: Lang, p: Principle) -> Markup {
    html! {
        ol.grid-questions type="A" {
            @for q in p.questions() {
                li value=(u32::from(q.letter) - u32::from('A') + 1) { (question(lang, p, q)) }
            }
        }
    }
}

/// Terms and what each means, from the catalogue: `{prefix}-{key}` and its `-what`.
fn terms(lang: Lang, prefix: &str, keys: &[&str]) -> Markup {
    html! {
        dl.helps {
            @for key in keys {
                dt { (lang.t(&format!("{prefix}-{key}"))) }
                dd { (lang.t(&format!("{prefix}-{key}-what"))) }
            }
        }
    }
}

/// The toolkit's front page.
pub fn toolkit(chrome: Chrome<'_>) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("toolkit-title");
    let to = |path: &str| lang.path(path);
    let body = html! {
        h1 { (title) }
        p.lead { (lang.t("toolkit-lead")) }
        nav aria-labelledby="contents-title" {
            h2 #contents-title { (lang.t("toolkit-contents")) }
            ul {
                li { a href="#principles" { (lang.t("toolkit-principles-title")) } }
                li { a href="#helps" { (lang.t("toolkit-helps-title")) } }
                li { a href="#small-groups" { (lang.t("toolkit-small-title")) } }
                li { a href=(to("/toolkit/workbook")) { (lang.t("toolkit-workbook")) } }
                li { a href=(to("/toolkit/support")) { (lang.t("toolkit-support")) } }
                li { a href=(to("/toolkit/peer-assurance")) { (lang.t("toolkit-assurance")) } }
            }
        }
        h2 #principles { (lang.t("toolkit-principles-title")) }
        p { (lang.t("toolkit-principles-intro")) }
        p { a href=(PRINCIPLES_URL) rel="noreferrer noopener" { (lang.t("toolkit-official")) } }
        @for p in Principle::ALL {
            section.principle aria-labelledby=(format!("principle-{}", p.number())) {
                h3 id=(format!("principle-{}", p.number())) { (heading(lang, *p)) }
                (principle_questions_in(lang, *p))
            }
        }
        h3 { (lang.t("toolkit-how-title")) }
        ul { @for i in 1..=4 { li { (lang.t(&format!("toolkit-how-{i}"))) } } }
        p { a.button href=(to("/toolkit/workbook")) { (lang.t("toolkit-workbook")) } }
        p { (lang.t("toolkit-listed")) }
        h2 #helps { (lang.t("toolkit-helps-title")) }
        p { (lang.t("toolkit-helps-intro")) }
        (terms(lang, "toolkit-helps", &HELPS))
        h2 #small-groups { (lang.t("toolkit-small-title")) }
        p { (lang.t("toolkit-small-intro")) }
        (terms(lang, "toolkit-small", &SMALL))
        p { a href=(to("/toolkit/support")) { (lang.t("toolkit-support")) } }
        p { a href=(to("/")) { (lang.t("toolkit-partners")) } " " (lang.t("toolkit-partners-hint")) }
        h2 { (lang.t("toolkit-sources-title")) }
        p { (lang.t("toolkit-sources")) }
    };
    page(&title, chrome, body)
}
