//! The front page: what peermap is, and where to start.

use super::layout::{Chrome, page};
use crate::domain::{Nation, Taxonomy};
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Find peer support for your mental health in pregnancy or after birth";
    pub const LEAD: &str = "Peer support means help from people who have been through it too. It can sit alongside care from your GP, midwife, health visitor or perinatal team.";
    pub const WHO: &str = "peermap lists peer support projects across England, Scotland, Wales and Northern Ireland: groups, one-to-one support, online forums and phone lines, for mums, birthing parents, partners and families.";
    pub const FORM_TITLE: &str = "What are you looking for?";
    pub const NEED: &str = "Support for";
    pub const ANY_NEED: &str = "Any kind of support";
    pub const NATION: &str = "Where you live";
    pub const ANY_NATION: &str = "Anywhere in the UK";
    pub const SUBMIT: &str = "Show support";
    pub const BROWSE: &str = "Or browse the whole directory";
}

pub fn home(chrome: Chrome<'_>, taxonomy: &Taxonomy, listed: u64) -> Markup {
    let body = html! {
        h1 { (copy::TITLE) }
        p.lead { (copy::LEAD) }
        p { (copy::WHO) " " (listed) " projects are listed so far." }
        form.search method="get" action="/projects" {
            h2 { (copy::FORM_TITLE) }
            label.block for="need" { (copy::NEED) }
            select #need name="need" {
                option value="" { (copy::ANY_NEED) }
                @for need in &taxonomy.needs { option value=(need.slug) { (need.label) } }
            }
            label.block for="nation" { (copy::NATION) }
            select #nation name="nation" {
                option value="" { (copy::ANY_NATION) }
                @for n in Nation::ALL { option value=(n.slug()) { (n.label()) } }
            }
            p {}
            button type="submit" { (copy::SUBMIT) }
        }
        p { a href="/projects" { (copy::BROWSE) } }
    };
    page(copy::TITLE, chrome, body)
}
