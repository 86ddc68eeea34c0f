//! For health and care professionals and commissioners: the tools made for them, one tap
//! each.

use super::layout::{Chrome, page};
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "For professionals";
    pub const INTRO: &str = "For midwives, health visitors, GPs, perinatal teams and commissioners: tools to find peer support for someone, and to see where it is missing.";
    pub const SIGNPOST: &str = "Make a signposting sheet";
    pub const SIGNPOST_WHAT: &str = "Peer support near where someone lives, for what they need, to print on A4 or send as a short link. Each listing has a QR code, how to join, and when it was last confirmed.";
    pub const COVERAGE: &str = "See where peer support is missing";
    pub const COVERAGE_WHAT: &str = "A map of how far people live from in-person peer support, for any need, with the towns furthest from it. Downloads as CSV or GeoJSON.";
    pub const DATA: &str = "Open data";
    pub const PROJECTS: &str = "Every listing as JSON";
    pub const TAXONOMY: &str = "The needs and languages listings use";
    pub const DATA_WHAT: &str = "No account is needed. Filter listings by need, format, delivery, nation or language, and page through them with page and per_page (up to 500).";
    pub const EXAMPLE: &str = "/api/v1/projects?need=postpartum-psychosis&nation=wales";
    pub const OPENAPI: &str = "How the API is described, for developers (OpenAPI 3)";
    pub const ORUK: &str = "The listings as Open Referral UK 3.0, for service directories";
    pub const ORUK_OPENAPI: &str = "How that feed is described (OpenAPI 3)";
    pub const URGENT: &str = "Peer support is not an emergency service. The numbers to call for urgent help are at the foot of every page, and on every sheet.";
}

pub fn professionals(chrome: Chrome<'_>) -> Markup {
    let body = html! {
        h1 { (copy::TITLE) }
        p.lead { (copy::INTRO) }
        ul.tools {
            li {
                h2 { a href="/signpost" { (copy::SIGNPOST) } }
                p { (copy::SIGNPOST_WHAT) }
            }
            li {
                h2 { a href="/coverage" { (copy::COVERAGE) } }
                p { (copy::COVERAGE_WHAT) }
            }
            li {
                h2 { (copy::DATA) }
                ul {
                    li { a href="/api/v1/projects" { (copy::PROJECTS) } " (" code { "/api/v1/projects" } ")" }
                    li { a href="/api/v1/taxonomy" { (copy::TAXONOMY) } " (" code { "/api/v1/taxonomy" } ")" }
                    li { a href="/api/v1/openapi.json" { (copy::OPENAPI) } " (" code { "/api/v1/openapi.json" } ")" }
                    li { a href="/api/oruk/v3/" { (copy::ORUK) } " (" code { "/api/oruk/v3/" } ")" }
                    li { a href="/api/oruk/v3/openapi.json" { (copy::ORUK_OPENAPI) } " (" code { "/api/oruk/v3/openapi.json" } ")" }
                }
                p { (copy::DATA_WHAT) " For example: " a href=(copy::EXAMPLE) { code { (copy::EXAMPLE) } } }
            }
        }
        p { strong { (copy::URGENT) } }
    };
    page(copy::TITLE, chrome, body)
}
