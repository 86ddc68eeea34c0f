//! Welsh for the signposting sheet's own tools and the shortlist, the calendar, the
//! map's errors and names, the checks on forms and reviews, the geocoder's messages and
//! the error pages.

use crate::i18n::{assert_in, assert_no_english};
use crate::oruk::fixtures::{self, GROUP, REMOTE};
use crate::support::{Page, TestApp};
use axum::http::StatusCode;
use peermap::i18n::Lang;

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";

/// `page` (at `uri`, under `/cy/`) is wholly in Welsh, with none of the English of
/// `signposting.ftl` and `listing.ftl` (nor of any other catalogue), and links to the
/// same page in English.
fn welsh(page: &Page, uri: &str) {
    assert_in(page, uri, Lang::Cy);
    for file in ["signposting.ftl", "listing.ftl"] {
        assert_no_english(page, uri, Some(file));
    }
    assert_no_english(page, uri, None);
    let english = uri.strip_prefix("/cy").unwrap();
    assert_eq!(
        page.attrs("a.other-language", "href"),
        vec![english.to_string()],
        "{uri}"
    );
}

async fn got(app: &TestApp, uri: &str, status: StatusCode) -> Page {
    let page = app.get(uri).await;
    assert_eq!(page.status, status, "{uri}: {}", page.excerpt());
    welsh(&page, uri);
    page
}

#[tokio::test]
async fn the_sheets_tools_and_the_shortlist_are_in_welsh_and_stay_on_welsh_pages() {
    let app = TestApp::seeded().await;
    let ask = got(&app, "/cy/signpost", StatusCode::OK).await;
    assert_eq!(ask.texts("h1"), vec!["Llunio taflen gyfeirio"]);
    assert_eq!(ask.attrs("form.search", "action"), vec!["/cy/signpost"]);

    let uri = "/cy/signpost?where=CV1&need=postpartum-psychosis";
    let sheet = got(&app, uri, StatusCode::OK).await;
    let reach = sheet.texts("p#reach").join(" ");
    assert!(
        reach.starts_with("Mae’r daflen yn edrych 25 milltir o amgylch CV1"),
        "{reach}"
    );
    assert!(reach.contains("Newid y daflen"), "{reach}");
    assert_eq!(sheet.attrs("form.search", "action"), vec!["/cy/signpost"]);
    let options = sheet.texts("select#within option").join("|");
    assert!(
        options.contains("O fewn 25 milltir (40 km), y pellter arferol"),
        "{options}"
    );
    // Nothing in the tools is marked English any more.
    assert!(sheet.attrs(".no-print[lang]", "lang").is_empty());
    // Who may come is in Welsh on each card (a project's own note stays as written).
    let facts = sheet.texts("dl.facts dd").join("|");
    assert!(facts.contains("Yn ystod beichiogrwydd"), "{facts}");
    for english in ["During pregnancy", "Ages ", "Aged ", "Not stated"] {
        assert!(!facts.contains(english), "{english}: {facts}");
    }

    // Unticked, the shortlist comes back to the Welsh sheet with the problem in Welsh.
    let mut none = sheet.form("/cy/shortlists");
    for slug in sheet.attrs("input[name=keep]", "value") {
        none.uncheck("keep", &slug);
    }
    let back = app.send_form(&none).await;
    assert_eq!(back.status, StatusCode::BAD_REQUEST, "{}", back.excerpt());
    assert_in(&back, "/cy/shortlists", Lang::Cy);
    assert_no_english(&back, "/cy/shortlists", None);
    assert!(
        back.texts("#keep-error")[0].contains("Ticiwch o leiaf un rhestriad i’w gadw"),
        "{:?}",
        back.texts("#keep-error")
    );
    assert!(back.texts("title")[0].starts_with("Gwall: "));

    // Made, it is kept at a Welsh address and shown in Welsh.
    let made = app.send_form(&sheet.form("/cy/shortlists")).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.excerpt());
    let to = made.location.unwrap();
    assert!(to.starts_with("/cy/s/"), "{to}");
    let list = got(&app, &to, StatusCode::OK).await;
    assert_eq!(
        list.texts("h1"),
        vec!["Cymorth gan gymheiriaid ar gyfer seicosis ôl-enedigol yn agos at CV1"]
    );
    assert_eq!(
        list.texts("#made-title"),
        vec!["Mae’r rhestr fer wedi’i llunio"]
    );
    assert_eq!(list.texts("#send-title"), vec!["Anfon y rhestr fer hon"]);

    // In a community language (the printed sheet only), the tools are English, marked so.
    let urdu = app
        .get("/ur/signpost?where=CV1&need=postpartum-psychosis")
        .await;
    assert_eq!(urdu.attrs("p#reach", "lang"), vec!["en"]);
    assert_eq!(urdu.attrs("h2#change span", "lang"), vec!["en"]);

    // The English sheet is as it was.
    let english = app
        .get("/signpost?where=CV1&need=postpartum-psychosis")
        .await;
    assert!(english.texts("p#reach")[0].starts_with("The sheet looks 25 miles around CV1"));
    assert_eq!(english.attrs("form.search", "action"), vec!["/signpost"]);
}

#[tokio::test]
async fn a_welsh_place_that_cannot_be_found_is_said_in_welsh_with_what_was_typed_kept() {
    let app = TestApp::seeded().await;
    let typed = "Nowhere At All Xyz";
    let said = format!("Ni allem ddod o hyd i “{typed}”.");
    for (uri, css) in [
        (
            "/cy/signpost?where=Nowhere%20At%20All%20Xyz",
            "#where-error",
        ),
        ("/cy/search?where=Nowhere%20At%20All%20Xyz", "#where-error"),
        ("/cy/map?where=Nowhere%20At%20All%20Xyz", "div.notice"),
    ] {
        let page = got(&app, uri, StatusCode::BAD_REQUEST).await;
        let message = page.texts(css).join(" ");
        assert!(message.contains(&said), "{uri}: {message}");
        assert_eq!(page.attrs("input#where", "value"), vec![typed], "{uri}");
        // Said in Welsh, so not marked as English.
        assert!(
            page.attrs("div.notice [lang=en]", "lang").is_empty(),
            "{uri}"
        );
    }
    // A postcode that does not exist, in Welsh too.
    let page = got(
        &app,
        "/cy/signpost?where=ZZ99%209ZZ",
        StatusCode::BAD_REQUEST,
    )
    .await;
    assert!(
        page.texts("#where-error")[0].contains("Nid ydym yn adnabod y cod post “ZZ99 9ZZ”"),
        "{:?}",
        page.texts("#where-error")
    );
    // English as it was.
    let english = app.get("/signpost?where=Nowhere%20At%20All%20Xyz").await;
    assert!(
        english.texts("#where-error")[0].contains(
            "We couldn't find “Nowhere At All Xyz”. Try a nearby town or city, or a postcode."
        ),
        "{:?}",
        english.texts("#where-error")
    );
}

#[tokio::test]
async fn error_pages_are_in_welsh_on_welsh_paths() {
    let app = TestApp::seeded().await;
    let missing = got(&app, "/cy/no-such-page", StatusCode::NOT_FOUND).await;
    assert_eq!(missing.texts("h1"), vec!["Heb ddod o hyd i’r dudalen"]);

    let listing = got(
        &app,
        "/cy/projects/no-such-listing-xyz",
        StatusCode::NOT_FOUND,
    )
    .await;
    assert_eq!(
        listing.texts("p.lead"),
        vec!["Nid oes rhestriad o’r enw “no-such-listing-xyz”."]
    );
    let shortlist = got(&app, "/cy/s/bcdfghjk", StatusCode::NOT_FOUND).await;
    assert!(shortlist.texts("p.lead")[0].starts_with("Nid oes rhestr fer yn y cyfeiriad hwn."));

    let bad = got(
        &app,
        "/cy/search?where=Caerdydd&within=abc",
        StatusCode::BAD_REQUEST,
    )
    .await;
    assert_eq!(bad.texts("h1"), vec!["Mae problem gyda’ch cais"]);
    assert_eq!(
        bad.texts("p.lead"),
        vec!["within: rhaid i “abc” fod yn rhif cyfan rhwng 1 a 500"]
    );
    assert!(bad.attrs("p.lead[lang]", "lang").is_empty());
    let cell = got(&app, "/cy/map?cell=nothing", StatusCode::BAD_REQUEST).await;
    assert_eq!(
        cell.texts("p.lead"),
        vec!["cell: nid yw “nothing” yn un o ardaloedd y map hwn. Dechreuwch eto o fap y DU."]
    );

    // English error pages are as they were.
    let english = app.get("/search?where=Cardiff&within=abc").await;
    assert_eq!(english.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        english.texts("h1"),
        vec!["There is a problem with your request"]
    );
    assert_eq!(
        english.texts("p.lead"),
        vec!["within: “abc” must be a whole number from 1 to 500"]
    );
    let english = app.get("/no-such-page").await;
    assert_eq!(english.texts("h1"), vec!["Page not found"]);
    assert_eq!(
        english.texts("p.lead"),
        vec!["We could not find the page you asked for."]
    );
}

#[tokio::test]
async fn the_calendar_is_in_welsh_from_a_welsh_page() {
    let app = fixtures::sqlite_app().await;
    let page = app.get(&format!("/cy/projects/{GROUP}")).await;
    let links = page.attrs("a.calendar", "href");
    assert_eq!(links, [format!("/cy/projects/{GROUP}/sessions.ics")]);
    let ics = app.get(&links[0]).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics.content_type.starts_with("text/calendar"));
    // Online, not at a site: said in Welsh.
    let remote = app
        .get(&format!("/cy/projects/{REMOTE}/sessions.ics"))
        .await;
    assert_eq!(remote.status, StatusCode::OK);
    assert!(
        remote.body.contains("LOCATION:Ar-lein neu dros y ffôn"),
        "{}",
        remote.body
    );
    let english = app.get(&format!("/projects/{REMOTE}/sessions.ics")).await;
    assert!(english.body.contains("LOCATION:Online or by phone"));
    // Nothing to add: a Welsh page says so.
    let uri = "/cy/projects/acacia-bame-project/sessions.ics";
    let none = got(&app, uri, StatusCode::NOT_FOUND).await;
    assert!(
        none.texts("p.lead")[0].ends_with("sesiynau i ddod."),
        "{:?}",
        none.texts("p.lead")
    );
}

#[tokio::test]
async fn the_map_of_wales_names_its_towns_and_nation_in_welsh() {
    let app = TestApp::seeded().await;
    let page = got(&app, "/cy/map", StatusCode::OK).await;
    let towns = page.texts("text.town");
    let nations = page.texts("text.nation");
    assert!(towns.iter().any(|t| t == "Caerdydd"), "{towns:?}");
    assert!(!towns.iter().any(|t| t == "Cardiff"), "{towns:?}");
    assert!(nations.iter().any(|t| t == "Cymru"), "{nations:?}");
    assert!(nations.iter().any(|t| t == "Lloegr"), "{nations:?}");
    let english = app.get("/map").await;
    assert!(english.texts("text.town").iter().any(|t| t == "Cardiff"));
    assert!(english.texts("text.nation").iter().any(|t| t == "Wales"));
}

#[tokio::test]
async fn a_welsh_form_with_a_bad_value_shows_the_welsh_check_with_what_was_typed_kept() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of(CIP).await;
    let uri = format!("/cy/manage/{CIP}");
    let page = keeper.get(&uri).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    let mut form = page.form(&uri);
    form.set("website", "www.example.org");
    let again = keeper.send_form(&form).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.excerpt());
    welsh(&again, &uri);
    let problem = again.texts("#website-error").join(" ");
    assert!(
        problem.contains("Rhaid i’r wefan “www.example.org” ddechrau gyda https://"),
        "{problem}"
    );
    assert_eq!(
        again.attrs("input#website", "value"),
        vec!["www.example.org"]
    );

    // In English, the check's words are as they were.
    let english = format!("/manage/{CIP}");
    let mut form = keeper.get(&english).await.form(&english);
    form.set("website", "www.example.org");
    let again = keeper.send_form(&form).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.excerpt());
    assert!(
        again
            .texts("#website-error")
            .join(" ")
            .contains("website “www.example.org” must start with https://")
    );
}

#[tokio::test]
async fn a_welsh_review_with_a_verdict_and_no_comment_is_told_why_in_welsh() {
    let app = TestApp::seeded().await;
    app.reflected(
        CIP,
        &format!("/cy/manage/{CIP}/reflection"),
        &[
            ("status_safe-and-nurturing", "we-do-this"),
            ("how_safe-and-nurturing", "Two trained facilitators."),
        ],
    )
    .await;
    let bob = app.maintainer_of(QUARRIERS).await;
    let uri = format!("/cy/projects/{CIP}/review");
    let form = bob.get(&uri).await;
    let mut sent = form.form(&uri);
    sent.set("verdict_safe-and-nurturing", "recognise")
        .set("action", "preview");
    let again = bob.send_form(&sent).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.excerpt());
    welsh(&again, &uri);
    let said = again.texts(".error-message").join(" ");
    assert!(
        said.contains("Dywedwch mewn sylw pam y dewisoch hyn ar gyfer “Diogel a meithringar”."),
        "{said}"
    );
}
