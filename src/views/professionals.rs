//! For health and care professionals and commissioners: the tools made for them, one tap
//! each.

use super::layout::{Chrome, page};
use maud::{Markup, html};

/// An example of the API's filters, the same in every language.
const EXAMPLE: &str = "/api/v1/projects?need=postpartum-psychosis&nation=wales";

pub fn professionals(chrome: Chrome<'_>) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("professionals-title");
    let body = html! {
        h1 { (title) }
        p.lead { (lang.t("professionals-intro")) }
        ul.tools {
            li {
                h2 { a href=(chrome.link("/signpost")) { (lang.t("professionals-signpost")) } }
                p { (lang.t("professionals-signpost-what")) }
            }
            li {
                h2 { a href=(chrome.link("/coverage")) { (lang.t("professionals-coverage")) } }
                p { (lang.t("professionals-coverage-what")) }
            }
            li {
                h2 { (lang.t("professionals-data")) }
                ul {
                    li { a href="/api/v1/projects" { (lang.t("professionals-projects")) } " (" code { "/api/v1/projects" } ")" }
                    li { a href="/api/v1/taxonomy" { (lang.t("professionals-taxonomy")) } " (" code { "/api/v1/taxonomy" } ")" }
                    li { a href="/api/v1/openapi.json" { (lang.t("professionals-openapi")) } " (" code { "/api/v1/openapi.json" } ")" }
                    li { a href="/api/oruk/v3/" { (lang.t("professionals-oruk")) } " (" code { "/api/oruk/v3/" } ")" }
                    li { a href="/api/oruk/v3/openapi.json" { (lang.t("professionals-oruk-openapi")) } " (" code { "/api/oruk/v3/openapi.json" } ")" }
                }
                p { (lang.t("professionals-data-what")) " " (lang.t("professionals-example")) " " a href=(EXAMPLE) { code { (EXAMPLE) } } }
            }
        }
        p { strong { (lang.t("professionals-urgent")) } }
    };
    page(&title, chrome, body)
}
