//! The front page: what peermap is, and where to start.

use super::layout::{Chrome, page};
use super::search_form::search_form;
use crate::domain::Taxonomy;
use crate::i18n::Arg;
use crate::search::SearchQuery;
use maud::{Markup, html};

pub fn home(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    counts: &crate::search::NeedCounts,
    listed: u64,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("home-title");
    // The question and the postcode box come first, inside a phone's first screen; what
    // peer support is comes after.
    let body = html! {
        h1.home-title { (title) }
        h2.form-title { (lang.t("home-form-title")) }
        (search_form(lang, taxonomy, counts, None, &SearchQuery { limit: crate::search::DEFAULT_LIMIT, ..Default::default() }, None))
        p { a href=(chrome.link("/projects")) { (lang.tm("home-browse")) } }
        h2 { (lang.t("home-about-title")) }
        p.lead { (lang.t("home-lead")) }
        p { (lang.tm("home-who")) " " (lang.ta("home-listed", &[("n", Arg::from(listed))])) }
    };
    page(&title, chrome, body)
}
