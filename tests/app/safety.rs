//! The moment of need, through the whole application on a real SQLite file with the
//! starting directory: crisis routes fitted to the searcher's nation, emergency advice
//! before anything else for postpartum psychosis, and the way in for professionals.

use crate::support::{Page, TestApp, html};
use axum::http::StatusCode;

/// Pages of every kind, with the status each answers.
const PAGES: &[(&str, StatusCode)] = &[
    ("/", StatusCode::OK),
    ("/search", StatusCode::OK),
    ("/search?where=B15+2TT", StatusCode::OK),
    ("/search?where=ZZ99+9ZZ", StatusCode::BAD_REQUEST),
    ("/projects", StatusCode::OK),
    ("/projects/action-on-postpartum-psychosis", StatusCode::OK),
    (
        "/projects/community-intercultural-programme",
        StatusCode::OK,
    ),
    ("/map", StatusCode::OK),
    ("/signpost", StatusCode::OK),
    ("/signpost?where=Cardiff", StatusCode::OK),
    ("/coverage", StatusCode::OK),
    ("/about", StatusCode::OK),
    ("/professionals", StatusCode::OK),
    ("/toolkit", StatusCode::OK),
    ("/toolkit/workbook", StatusCode::OK),
    ("/account/login", StatusCode::OK),
    ("/no/such/page", StatusCode::NOT_FOUND),
];

const APP: &str = "/projects/action-on-postpartum-psychosis";
const PSYCHOSIS_SEARCH: &str = "/search?where=B15+2TT&need=postpartum-psychosis";

/// The links of the crisis strip at the top of the page, as they read.
fn strip(page: &Page) -> Vec<String> {
    page.texts(".crisis-strip a")
}

/// The lines at the top of the crisis box (before "Elsewhere in the UK").
fn first_lines(page: &Page) -> Vec<String> {
    page.texts("aside.crisis > ul.crisis-lines:not(.elsewhere) > li > a")
}

/// Where `needle` first occurs in the page, for saying what comes before what.
fn position(page: &Page, needle: &str) -> usize {
    page.body
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle} in {}", page.excerpt()))
}

#[tokio::test]
async fn a_search_in_each_nation_shows_that_nations_routes_first() {
    let app = TestApp::seeded().await;
    let cases: [(&str, &[&str], &[&str]); 4] = [
        (
            "Cardiff",
            &[
                "Emergency 999",
                "NHS 111 Wales: call 111 and press 2",
                "Samaritans 116 123",
                "Text SHOUT to 85258",
            ],
            &[
                "Emergency: 999",
                "NHS 111 Wales: 111",
                "Samaritans: 116 123",
                "Shout: text SHOUT to 85258",
            ],
        ),
        (
            "Glasgow",
            &[
                "Emergency 999",
                "NHS 24: call 111",
                "Breathing Space 0800 83 85 87",
                "Samaritans 116 123",
                "Text SHOUT to 85258",
            ],
            &[
                "Emergency: 999",
                "NHS 24: 111",
                "Breathing Space: 0800 83 85 87",
                "Samaritans: 116 123",
                "Shout: text SHOUT to 85258",
            ],
        ),
        (
            "Belfast",
            &[
                "Emergency 999",
                "Lifeline 0808 808 8000",
                "Samaritans 116 123",
                "Text SHOUT to 85258",
            ],
            &[
                "Emergency: 999",
                "Lifeline: 0808 808 8000",
                "Samaritans: 116 123",
                "Shout: text SHOUT to 85258",
            ],
        ),
        (
            "B15+2TT",
            &[
                "Emergency 999",
                "NHS 111: call 111 and choose the mental health option",
                "Samaritans 116 123",
                "Text SHOUT to 85258",
            ],
            &[
                "Emergency: 999",
                "NHS 111: 111",
                "Samaritans: 116 123",
                "Shout: text SHOUT to 85258",
            ],
        ),
    ];
    for (place, strip_lines, box_lines) in cases {
        let page = app.get(&format!("/search?where={place}")).await;
        assert_eq!(page.status, StatusCode::OK, "{place}");
        let mut want: Vec<String> = strip_lines.iter().map(|s| s.to_string()).collect();
        want.push("More ways to get help".into());
        assert_eq!(strip(&page), want, "{place}: the strip");
        assert_eq!(first_lines(&page), box_lines, "{place}: the crisis box");
    }

    // Wales: "press 2"; the rest of the UK's routes follow, each labelled.
    let cardiff = app.get("/search?where=Cardiff").await;
    assert_eq!(
        cardiff.texts("aside.crisis h3"),
        ["Elsewhere in the UK"],
        "{}",
        cardiff.excerpt()
    );
    assert_eq!(
        cardiff.texts("aside.crisis > ul.elsewhere > li > a"),
        [
            "NHS 111: 111",
            "NHS 24: 111",
            "Breathing Space: 0800 83 85 87",
            "Lifeline: 0808 808 8000"
        ]
    );
    assert_eq!(
        cardiff.texts("aside.crisis > ul.elsewhere > li > .where"),
        [
            "(England)",
            "(Scotland)",
            "(Scotland)",
            "(Northern Ireland)"
        ]
    );
    assert_eq!(
        cardiff.texts("aside.crisis > ul.elsewhere > li > .how"),
        ["Call 111 and choose the mental health option.", "Call 111."]
    );
    assert_eq!(
        cardiff.texts("aside.crisis > ul.crisis-lines:not(.elsewhere) > li > .how"),
        ["Call 111 and press 2."]
    );

    // The links call the right numbers.
    let glasgow = app.get("/search?where=Glasgow").await;
    assert_eq!(
        glasgow.attrs(".crisis-strip a[href^='tel:']", "href"),
        ["tel:999", "tel:111", "tel:0800838587", "tel:116123"]
    );
    let belfast = app.get("/search?where=Belfast").await;
    assert_eq!(
        belfast.attrs(".crisis-strip a[href^='tel:']", "href"),
        ["tel:999", "tel:08088088000", "tel:116123"]
    );
}

#[tokio::test]
async fn without_a_nation_every_route_shows_labelled_by_nation() {
    let app = TestApp::seeded().await;
    let home = app.get("/").await;
    assert_eq!(
        strip(&home),
        [
            "Emergency 999",
            "Samaritans 116 123",
            "Text SHOUT to 85258",
            "More ways to get help"
        ]
    );
    assert_eq!(
        first_lines(&home),
        [
            "Emergency: 999",
            "Samaritans: 116 123",
            "Shout: text SHOUT to 85258"
        ]
    );
    assert_eq!(home.texts("aside.crisis h3"), ["Where you live"]);
    let labels: Vec<String> = home
        .texts("aside.crisis > ul.elsewhere > li .where")
        .into_iter()
        .collect();
    assert_eq!(
        labels,
        [
            "(England)",
            "(Scotland)",
            "(Scotland)",
            "(Wales)",
            "(Northern Ireland)"
        ]
    );
    // A listing that serves the whole UK does not pick a nation either.
    let app_page = app.get(APP).await;
    assert_eq!(strip(&app_page), strip(&home));
    // A listing in one nation shows that nation's routes first.
    let cip = app.get("/projects/community-intercultural-programme").await;
    assert_eq!(
        strip(&cip),
        [
            "Emergency 999",
            "Lifeline 0808 808 8000",
            "Samaritans 116 123",
            "Text SHOUT to 85258",
            "More ways to get help"
        ]
    );
}

#[tokio::test]
async fn every_page_offers_shout_by_text_and_the_way_in_for_professionals() {
    let app = TestApp::seeded().await;
    for &(uri, status) in PAGES {
        let page = app.get(uri).await;
        assert_eq!(page.status, status, "{uri}");
        // Shout: one sms: link in the strip and one in the box.
        assert_eq!(
            page.attrs(".crisis-strip a[href='sms:85258']", "href")
                .len(),
            1,
            "{uri}: the strip's Shout link"
        );
        assert_eq!(
            page.texts("aside.crisis a[href='sms:85258']"),
            ["Shout: text SHOUT to 85258"],
            "{uri}: the box's Shout link"
        );
        // 999 and Samaritans stay.
        assert_eq!(
            page.attrs(".crisis-strip a[href='tel:999']", "href").len(),
            1,
            "{uri}"
        );
        assert_eq!(
            page.attrs(".crisis-strip a[href='tel:116123']", "href")
                .len(),
            1,
            "{uri}"
        );
        assert_eq!(
            page.texts("footer a[href='/professionals']"),
            ["For professionals"],
            "{uri}: the footer's link for professionals"
        );
        // The quick exit is the first thing on the page after the skip link.
        assert_eq!(
            page.attrs("body > .exit-bar a#exit", "href"),
            ["https://www.bbc.co.uk/weather"],
            "{uri}"
        );
    }
}

#[tokio::test]
async fn the_page_for_professionals_links_each_tool_in_one_tap() {
    let app = TestApp::seeded().await;
    let page = app.get("/professionals").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["For professionals"]);
    for (href, words) in [
        ("/signpost", "Make a signposting sheet"),
        ("/coverage", "See where peer support is missing"),
        ("/api/v1/projects", "Every listing as JSON"),
        ("/api/v1/taxonomy", "The needs and languages listings use"),
    ] {
        assert_eq!(
            page.texts(&format!("main a[href='{href}']")),
            [words],
            "{href}"
        );
        let target = app.get(href).await;
        assert_eq!(target.status, StatusCode::OK, "{href}");
    }
    // The tools are one tap from the home page too, in its footer.
    let home = app.get("/").await;
    for href in [
        "/professionals",
        "/signpost",
        "/coverage",
        "/api/v1/projects",
    ] {
        assert_eq!(
            home.attrs(&format!("footer a[href='{href}']"), "href")
                .len(),
            1,
            "{href}"
        );
    }
    let projects = app.get("/api/v1/projects").await;
    assert!(projects.content_type.starts_with("application/json"));
    let example = page.attrs("main a[href^='/api/v1/projects?']", "href");
    assert_eq!(
        example,
        ["/api/v1/projects?need=postpartum-psychosis&nation=wales"]
    );
    assert_eq!(app.get(&example[0]).await.status, StatusCode::OK);
}

#[tokio::test]
async fn search_results_link_a_sheet_of_the_same_search_to_print_or_share() {
    let app = TestApp::seeded().await;
    let page = app.get(PSYCHOSIS_SEARCH).await;
    let links = page.attrs("main a", "href");
    let texts = page.texts("main a");
    let share: Vec<_> = links
        .iter()
        .zip(&texts)
        .filter(|(_, t)| *t == "Print or share these results")
        .map(|(h, _)| h.clone())
        .collect();
    assert_eq!(share, ["/signpost?where=B15+2TT&need=postpartum-psychosis"]);
    let sheet = app.get(&share[0]).await;
    assert_eq!(sheet.status, StatusCode::OK);
    assert_eq!(
        sheet.texts("h1"),
        ["Peer support for B15 2TT: Postpartum psychosis"]
    );
    // Other choices are kept too.
    let page = app
        .get("/search?where=Cardiff&need=birth-trauma&format=group&within=25")
        .await;
    assert_eq!(
        page.attrs("p.share a", "href"),
        ["/signpost?where=Cardiff&need=birth-trauma&format=group&within=25"]
    );
    // No results yet, nothing to share.
    assert!(
        app.get("/search")
            .await
            .attrs("p.share a", "href")
            .is_empty()
    );
}

#[tokio::test]
async fn postpartum_psychosis_opens_with_emergency_advice_before_any_result() {
    let app = TestApp::seeded().await;
    let page = app.get(PSYCHOSIS_SEARCH).await;
    assert_eq!(page.status, StatusCode::OK);
    let advice = page.texts("main section.emergency");
    assert_eq!(advice.len(), 1, "{}", page.excerpt());
    let advice = &advice[0];
    for words in [
        "Postpartum psychosis is an emergency",
        "Call 999 or go to A&E now",
        "confusion",
        "hallucinations",
        "thoughts of harming herself or her baby",
        "perinatal mental health team, midwife or GP the same day",
        "Do not wait for peer support",
    ] {
        assert!(advice.contains(words), "no “{words}” in {advice}");
    }
    assert_eq!(page.attrs("section.emergency a", "href"), ["tel:999"]);
    let first_result = position(&page, "<li class=\"card\"");
    // Action on Postpartum Psychosis is there, with a way to reach it from the card.
    let cards = page.outer("ol.results > li.card");
    let app_card = cards
        .iter()
        .find(|c| c.contains("Action on Postpartum Psychosis"))
        .unwrap_or_else(|| panic!("{}", page.excerpt()));
    assert_eq!(
        crate::support::html::attrs(app_card, "ul.actions a", "href")[0],
        "https://www.app-network.org/"
    );
    assert_eq!(
        crate::support::html::texts(app_card, "ul.actions a")[0],
        "Visit website"
    );
    assert!(position(&page, "id=\"emergency\"") < first_result);
    // Straight after the heading: nothing else comes first.
    let h1_end = position(&page, "</h1>");
    assert_eq!(
        page.body[h1_end + "</h1>".len()..].find("<section class=\"emergency\""),
        Some(0)
    );

    // The listing of a project for postpartum psychosis, and the sheet for it.
    let listing = app.get(APP).await;
    assert_eq!(
        listing.texts("section.emergency h2"),
        ["Postpartum psychosis is an emergency"]
    );
    assert!(position(&listing, "id=\"emergency\"") < position(&listing, "What it offers"));
    let sheet = app
        .get("/signpost?where=B15+2TT&need=postpartum-psychosis")
        .await;
    assert_eq!(
        sheet.texts("section.emergency h2"),
        ["Postpartum psychosis is an emergency"]
    );
    assert!(position(&sheet, "id=\"emergency\"") < position(&sheet, "<li class=\"listing\""));
    let ask = app.get("/signpost?need=postpartum-psychosis").await;
    assert_eq!(
        ask.texts("section.emergency h2"),
        ["Postpartum psychosis is an emergency"]
    );

    // Other needs and other listings do not.
    for uri in [
        "/search?where=B15+2TT",
        "/search?where=B15+2TT&need=birth-trauma",
        "/signpost?where=B15+2TT&need=birth-trauma",
        "/projects/community-intercultural-programme",
        "/",
    ] {
        let page = app.get(uri).await;
        assert_eq!(html::count(&page.body, "section.emergency"), 0, "{uri}");
    }
}
