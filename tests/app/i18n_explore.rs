//! Welsh for the map, coverage, the toolkit and its workbook: under `/cy/` each is in
//! Welsh, links to English and shows none of the English catalogues' phrases.

use crate::i18n::{assert_in, assert_no_english};
use axum::http::StatusCode;
use peermap::i18n::Lang;

use crate::support::TestApp;

const WELSH_PAGES: &[&str] = &[
    "/cy/map",
    "/cy/map?where=Wales",
    "/cy/map?where=Caerdydd",
    "/cy/coverage",
    "/cy/coverage?need=postpartum-psychosis",
    "/cy/toolkit",
    "/cy/toolkit/workbook",
    "/cy/projects/community-intercultural-programme/partners",
    "/cy/toolkit/peer-assurance",
];

#[tokio::test]
async fn the_map_coverage_and_toolkit_pages_are_in_welsh() {
    let app = TestApp::seeded().await;
    for uri in WELSH_PAGES {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert_in(&page, uri, Lang::Cy);
        assert_no_english(&page, uri, None);
        let english = uri.strip_prefix("/cy").unwrap();
        assert_eq!(
            page.attrs("a.other-language", "href"),
            vec![english],
            "{uri}"
        );
    }
}

#[tokio::test]
async fn a_welsh_map_has_welsh_titles_and_stays_in_welsh() {
    let app = TestApp::seeded().await;
    let page = app.get("/cy/map").await;
    assert_eq!(page.texts("svg title"), vec![Lang::Cy.t("map-svg-title")]);
    assert_eq!(page.texts("h1"), vec!["Map o gymorth gan gymheiriaid"]);
    assert_eq!(page.texts("nav.breadcrumbs li"), vec!["Y DU"]);
    let areas = page.attrs("ol.areas a", "href");
    assert!(!areas.is_empty());
    assert!(areas.iter().all(|h| h.starts_with("/cy/")), "{areas:?}");
    // The English map is as it was.
    let english = app.get("/map").await;
    assert_eq!(
        english.texts("svg title"),
        vec!["Map of in-person perinatal peer support"]
    );
}

#[tokio::test]
async fn the_welsh_toolkit_asks_the_grid_s_questions_in_welsh() {
    let app = TestApp::seeded().await;
    let page = app.get("/cy/toolkit").await;
    let headings = page.texts("section.principle h3").join("|");
    assert!(
        headings.contains(
            "Egwyddor 1: Mae cymorth amenedigol da gan gymheiriaid yn ddiogel ac yn feithringar"
        ),
        "{headings}"
    );
    let workbook = app.get("/cy/toolkit/workbook").await;
    let columns = workbook.texts("p.column-title").join("|");
    assert!(columns.contains("Sut rydyn ni’n dangos hyn"), "{columns}");
}

/// The list under a Welsh map names each listing as its project wrote it, marked as
/// English (none of the bundled listings has a Welsh name).
#[tokio::test]
async fn the_welsh_map_s_list_marks_the_listings_names_as_english() {
    let app = TestApp::seeded().await;
    let page = app.get("/cy/map?where=Caerdydd").await;
    let names = page.texts("ol.sites a span[lang=en]");
    let items = page.texts("ol.sites a");
    assert!(!items.is_empty(), "{}", page.excerpt());
    assert_eq!(names.len(), items.len(), "{items:?}");
    for (name, item) in names.iter().zip(&items) {
        assert!(item.starts_with(name.as_str()), "{item} / {name}");
        assert!(item.contains("milltir"), "{item}");
    }
}
