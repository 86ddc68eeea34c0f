//! The Perinatal Peer Support Principles and the self-reflection grid in the page's
//! language: `principle-{n}` and its questions `principle-{n}-{letter}`, the grid's
//! columns and hints, and the vocabularies of reflection and review.

use super::search_form::label_in;
use crate::domain::grid::{COLUMN_HINTS, COLUMNS, GridQuestion};
use crate::domain::{Principle, ReflectionStatus};
use crate::i18n::{Arg, Lang};

/// "Good perinatal peer support is safe and nurturing".
pub fn statement(lang: Lang, p: Principle) -> String {
    label_in(lang, "principle", &p.number().to_string(), p.statement())
}

/// "Principle 1: Good perinatal peer support is safe and nurturing".
pub fn heading(lang: Lang, p: Principle) -> String {
    lang.ta(
        "principle-heading",
        &[
            ("n", Arg::from(p.number())),
            ("statement", Arg::from(statement(lang, p))),
        ],
    )
}

/// The principle's short name: "Safe and nurturing".
pub fn short(lang: Lang, p: Principle) -> String {
    label_in(lang, "principle-short", p.slug(), p.label())
}

/// One of the grid's questions.
pub fn question(lang: Lang, p: Principle, q: &GridQuestion) -> String {
    let slug = format!("{}-{}", p.number(), q.letter.to_ascii_lowercase());
    label_in(lang, "principle", &slug, q.text)
}

/// The grid's three columns' titles.
pub fn columns(lang: Lang) -> [String; 3] {
    [0, 1, 2].map(|i| label_in(lang, "grid-column", &(i + 1).to_string(), COLUMNS[i]))
}

/// What each column asks for.
pub fn hints(lang: Lang) -> [String; 3] {
    [0, 1, 2].map(|i| label_in(lang, "grid-hint", &(i + 1).to_string(), COLUMN_HINTS[i]))
}

/// Where a project is with a principle: "In place", "Working on it" …
pub fn status(lang: Lang, s: ReflectionStatus) -> String {
    label_in(lang, "reflection-status", s.slug(), s.label())
}
