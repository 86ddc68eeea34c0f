//! The front page: what peermap is, and where to start.

use super::layout::{Chrome, page};
use super::search_form::search_form;
use crate::domain::Taxonomy;
use crate::search::SearchQuery;
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Find peer support for your mental health in pregnancy or after birth";
    pub const LEAD: &str = "Peer support means help from people who have been through it too. It can sit alongside care from your GP, midwife, health visitor or perinatal team.";
    pub const WHO: &str = "peermap lists peer support projects across England, Scotland, Wales and Northern Ireland: groups, one-to-one support, online forums and phone lines, for mums, birthing parents, partners and families.";
    pub const FORM_TITLE: &str = "What are you looking for?";
    pub const ABOUT_TITLE: &str = "What peer support is";
    pub const BROWSE: &str = "Or browse the whole directory";
}

pub fn home(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    counts: &crate::search::NeedCounts,
    listed: u64,
) -> Markup {
    // The question and the postcode box come first, inside a phone's first screen; what
    // peer support is comes after.
    let body = html! {
        h1.home-title { (copy::TITLE) }
        h2.form-title { (copy::FORM_TITLE) }
        (search_form(taxonomy, counts, None, &SearchQuery { limit: crate::search::DEFAULT_LIMIT, ..Default::default() }, None))
        p { a href="/projects" { (copy::BROWSE) } }
        h2 { (copy::ABOUT_TITLE) }
        p.lead { (copy::LEAD) }
        p { (copy::WHO) " " (listed) " projects are listed so far." }
    };
    page(copy::TITLE, chrome, body)
}
