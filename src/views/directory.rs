//! The directory: every listing, filtered and paged.

use super::layout::nation_name;
use super::layout::{Chrome, page};
use super::parts::project_card;
use super::search_form::label_in;
use crate::domain::ListingFilter;
use crate::domain::Page;
use crate::domain::{Delivery, Format, Nation, Project, Taxonomy};
use crate::i18n::{Arg, Lang};
use maud::{Markup, html};

fn found(lang: Lang, total: u64) -> String {
    lang.ta("directory-found", &[("n", Arg::from(total))])
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
    crate::i18n::here().lang.path(&format!(
        "/projects?{}",
        serde_html_form::to_string(&pairs).unwrap_or_default()
    ))
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
    let lang = chrome.lang;
    let title = lang.t("directory-title");
    let body = html! {
        h1 { (title) }
        p { (lang.t("directory-intro")) }
        details open[!filters.is_empty()] {
            summary { (lang.t("directory-filters")) }
            form.filters method="get" action=(chrome.link("/projects")) {
                fieldset {
                    legend { (lang.t("form-need")) }
                    @for need in &taxonomy.needs {
                        (check("need", &need.slug, &label_in(lang, "need", &need.slug, &need.label), filters.needs.contains(&need.slug)))
                    }
                }
                fieldset {
                    legend { (lang.t("form-format")) }
                    @for f in Format::ALL { (check("format", f.slug(), &label_in(lang, "format", f.slug(), f.label()), filters.formats.contains(f))) }
                }
                fieldset {
                    legend { (lang.t("directory-delivery")) }
                    @for d in Delivery::ALL { (check("delivery", d.slug(), &label_in(lang, "delivery", d.slug(), d.label()), filters.delivery.contains(d))) }
                }
                fieldset {
                    legend { (lang.t("directory-nation")) }
                    @for n in Nation::ALL { (check("nation", n.slug(), &nation_name(lang, *n), filters.nations.contains(n))) }
                }
                fieldset {
                    legend { (lang.t("form-principles")) }
                    (check("reflection", "published", &lang.t("form-reflected"), filters.reflected))
                    (check("reviewed", "yes", &lang.t("form-reviewed"), filters.reviewed))
                }
                label.block for="lang" { (lang.t("form-language")) }
                select #lang name="lang" {
                    option value="" { (lang.t("form-any-language")) }
                    @for l in &taxonomy.languages {
                        option value=(l.code) selected[filters.languages.contains(&l.code)] { (crate::i18n::filter_label(&l.code, &l.name)) }
                    }
                }
                p {}
                button type="submit" { (lang.t("directory-apply")) }
                " "
                a href=(chrome.link("/projects")) { (lang.t("directory-clear")) }
            }
        }
        h2 aria-live="polite" { (found(lang, total)) }
        @if projects.is_empty() {
            p { (lang.t("directory-none")) }
        } @else {
            ul.results {
                @for p in projects { (project_card(lang, p, taxonomy, 3, today)) }
            }
        }
        @if pages > 1 {
            nav.pagination aria-label=(lang.t("directory-pages")) {
                @if paging.number > 1 {
                    a href=(page_link(filters, paging.number - 1, paging.size)) rel="prev" { "← " (lang.t("directory-previous")) }
                }
                span { (lang.ta("directory-page-of", &[("page", Arg::from(paging.number)), ("pages", Arg::from(pages))])) }
                @if paging.number < pages {
                    a href=(page_link(filters, paging.number + 1, paging.size)) rel="next" { (lang.t("directory-next")) " →" }
                }
            }
        }
    };
    page(&title, chrome, body)
}
