//! The directory: every listing, filtered and paged.

use super::layout::{Chrome, page};
use super::parts::project_card;
use crate::domain::ListingFilter;
use crate::domain::Page;
use crate::domain::{Delivery, Format, Nation, Project, Taxonomy};
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Directory of perinatal peer support";
    pub const INTRO: &str = "Every project we know of. Choose filters to narrow the list.";
    pub const FILTERS: &str = "Filter the list";
    pub const NEED: &str = "Support for";
    pub const FORMAT: &str = "Group or one to one";
    pub const DELIVERY: &str = "How you take part";
    pub const NATION: &str = "Nation";
    pub const LANGUAGE: &str = "Language";
    pub const ANY_LANGUAGE: &str = "Any language";
    pub const APPLY: &str = "Apply filters";
    pub const PRINCIPLES: &str = "Perinatal Peer Support Principles";
    pub const REFLECTED: &str = "Has published its reflection on the principles";
    pub const REVIEWED: &str = "Peer reviewed by another project";
    pub const ASSURED: &str = "Peer-assured";
    pub const CLEAR: &str = "Clear filters";
    pub const NONE: &str = "No projects match all of these filters. Try removing one.";
    pub const PREVIOUS: &str = "Previous page";
    pub const NEXT: &str = "Next page";
}

fn found(total: u64) -> String {
    match total {
        1 => "1 project found".to_string(),
        n => format!("{n} projects found"),
    }
}

fn check(name: &str, value: &str, label: &str, checked: bool) -> Markup {
    let id = format!("{name}-{value}");
    html! {
        div.check {
            input type="checkbox" id=(id) name=(name) value=(value) checked[checked];
            label for=(id) { (label) }
        }
    }
}

fn page_link(filters: &ListingFilter, number: u32, size: u32) -> String {
    let mut pairs = filters.pairs();
    pairs.push(("page", number.to_string()));
    if size != crate::domain::DIRECTORY_PAGE_SIZE {
        pairs.push(("per_page", size.to_string()));
    }
    format!(
        "/projects?{}",
        serde_html_form::to_string(&pairs).unwrap_or_default()
    )
}

pub fn directory(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    filters: &ListingFilter,
    projects: &[Project],
    total: u64,
    paging: Page,
    today: chrono::NaiveDate,
) -> Markup {
    let pages = total.div_ceil(u64::from(paging.size)).max(1) as u32;
    let body = html! {
        h1 { (copy::TITLE) }
        p { (copy::INTRO) }
        details open[!filters.is_empty()] {
            summary { (copy::FILTERS) }
            form.filters method="get" action="/projects" {
                fieldset {
                    legend { (copy::NEED) }
                    @for need in &taxonomy.needs {
                        (check("need", &need.slug, &need.label, filters.needs.contains(&need.slug)))
                    }
                }
                fieldset {
                    legend { (copy::FORMAT) }
                    @for f in Format::ALL { (check("format", f.slug(), f.label(), filters.formats.contains(f))) }
                }
                fieldset {
                    legend { (copy::DELIVERY) }
                    @for d in Delivery::ALL { (check("delivery", d.slug(), d.label(), filters.delivery.contains(d))) }
                }
                fieldset {
                    legend { (copy::NATION) }
                    @for n in Nation::ALL { (check("nation", n.slug(), n.label(), filters.nations.contains(n))) }
                }
                fieldset {
                    legend { (copy::PRINCIPLES) }
                    (check("reflection", "published", copy::REFLECTED, filters.reflected))
                    (check("reviewed", "yes", copy::REVIEWED, filters.reviewed))
                    (check("assured", "yes", copy::ASSURED, filters.assured))
                }
                label.block for="lang" { (copy::LANGUAGE) }
                select #lang name="lang" {
                    option value="" { (copy::ANY_LANGUAGE) }
                    @for l in &taxonomy.languages {
                        option value=(l.code) selected[filters.languages.contains(&l.code)] { (l.name) }
                    }
                }
                p {}
                button type="submit" { (copy::APPLY) }
                " "
                a href="/projects" { (copy::CLEAR) }
            }
        }
        h2 aria-live="polite" { (found(total)) }
        @if projects.is_empty() {
            p { (copy::NONE) }
        } @else {
            ul.results {
                @for p in projects { (project_card(p, taxonomy, 3, today)) }
            }
        }
        @if pages > 1 {
            nav.pagination aria-label="Pages" {
                @if paging.number > 1 {
                    a href=(page_link(filters, paging.number - 1, paging.size)) rel="prev" { "← " (copy::PREVIOUS) }
                }
                span { "Page " (paging.number) " of " (pages) }
                @if paging.number < pages {
                    a href=(page_link(filters, paging.number + 1, paging.size)) rel="next" { (copy::NEXT) " →" }
                }
            }
        }
    };
    page(copy::TITLE, chrome, body)
}
