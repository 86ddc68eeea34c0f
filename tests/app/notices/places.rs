//! The listing form takes each place as a town, city, postcode or council area, found by
//! the same geocoder as search and kept at the precision it is known to; saved places
//! come back unchanged; an unknown place is an inline error with what was typed kept; the
//! labels are plain words.

use crate::support::TestApp;
use axum::http::StatusCode;
use peermap::domain::{Nation, Precision, Site};

const CIP: &str = "community-intercultural-programme";
const MANAGE: &str = "/manage/community-intercultural-programme";

fn exact() -> Site {
    Site {
        label: "Church hall, 12 High Street, Portadown".into(),
        lat: 54.423_123_456,
        lon: -6.443_210_987,
        precision: Precision::Exact,
        radius_km: Some(7.5),
        nation: Nation::NorthernIreland,
    }
}

/// CIP with a second, exact, saved place that serves people within 7.5 km.
async fn app() -> (TestApp, TestApp) {
    let app = TestApp::seeded().await;
    let mut project = app.project(CIP).await;
    project.sites.push(exact());
    app.state.registry.save(&project, "test").await.unwrap();
    let moderator = app.moderator().await;
    (app, moderator)
}

#[tokio::test]
async fn places_are_found_by_name_or_postcode_and_saved_ones_come_back_unchanged() {
    let (app, moderator) = app().await;
    let before = app.project(CIP).await;
    assert_eq!(before.sites.len(), 2);
    let mut form = moderator.form(MANAGE, MANAGE).await;
    assert_eq!(form.value("site_place_1"), Some(exact().label.as_str()));
    assert_eq!(form.value("site_miles_1"), Some("4.7"), "7.5 km in miles");
    form.set("site_place_2", "CV1 2");
    form.set("site_miles_2", "10");
    let saved = moderator.send_form(&form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.excerpt());
    let after = app.project(CIP).await;
    assert_eq!(after.sites.len(), 3, "{:?}", after.sites);
    assert_eq!(after.sites[..2], before.sites[..], "saved places unchanged");
    let new = &after.sites[2];
    assert_eq!(new.precision, Precision::Postcode, "{new:?}");
    assert_eq!(new.nation, Nation::England);
    assert!(
        (new.lat - 52.4).abs() < 0.1 && (new.lon + 1.5).abs() < 0.1,
        "{new:?}"
    );
    assert!((new.radius_km.unwrap() - 16.093_44).abs() < 1e-9, "{new:?}");

    // A town and a whole council area, each at its own precision; the rest unchanged.
    let three = after.sites.clone();
    for (i, place) in [(3, "Coventry"), (4, "Cheshire East")] {
        let mut form = moderator.form(MANAGE, MANAGE).await;
        form.set(&format!("site_place_{i}"), place);
        let saved = moderator.send_form(&form).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.excerpt());
    }
    let after = app.project(CIP).await;
    let precisions: Vec<_> = after.sites.iter().map(|s| s.precision).collect();
    assert_eq!(
        precisions,
        [
            Precision::Town,
            Precision::Exact,
            Precision::Postcode,
            Precision::Town,
            Precision::Region
        ],
        "{:?}",
        after.sites
    );
    assert_eq!(after.sites[3].label, "Coventry");
    assert_eq!(after.sites[4].label, "Cheshire East");
    assert_eq!(after.sites[..3], three[..], "saved places unchanged");
}

#[tokio::test]
async fn an_unknown_place_is_an_inline_error_with_the_typed_text_kept() {
    let (app, moderator) = app().await;
    let before = app.project(CIP).await;
    let mut form = moderator.form(MANAGE, MANAGE).await;
    form.set("summary", "A changed summary that must not be lost.");
    form.set("site_place_2", "Qwxzyville");
    form.set("site_miles_2", "3");
    let page = moderator.send_form(&form).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.excerpt());
    let again = page.form(MANAGE);
    assert_eq!(again.value("site_place_2"), Some("Qwxzyville"));
    assert_eq!(again.value("site_miles_2"), Some("3"));
    assert_eq!(again.value("site_place_1"), Some(exact().label.as_str()));
    assert!(
        page.body
            .contains("A changed summary that must not be lost."),
        "{}",
        page.excerpt()
    );
    let inline = page.texts("p.error-message");
    assert_eq!(inline.len(), 1, "{inline:?}");
    assert!(inline[0].contains("Place 3"), "{inline:?}");
    assert_eq!(page.texts("#error-title"), vec!["There is a problem"]);
    assert_eq!(
        page.attrs("#site_place_2", "aria-invalid"),
        vec!["true".to_string()]
    );
    assert_eq!(app.project(CIP).await, before, "nothing saved");

    // A whole nation is not a place to meet.
    let mut form = moderator.form(MANAGE, MANAGE).await;
    form.set("site_place_2", "Wales");
    let page = moderator.send_form(&form).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let inline = page.texts("p.error-message").join(" ");
    assert!(inline.contains("whole nation"), "{inline}");
    assert_eq!(page.form(MANAGE).value("site_place_2"), Some("Wales"));
    assert_eq!(app.project(CIP).await, before);
}

#[tokio::test]
async fn the_listing_form_speaks_plainly() {
    let (_app, moderator) = app().await;
    let page = moderator.get(MANAGE).await;
    assert_eq!(page.status, StatusCode::OK);
    for jargon in [
        "Latitude",
        "Longitude",
        "(km",
        "-1 for the last",
        "HH:MM",
        "How exact",
    ] {
        assert!(!page.body.contains(jargon), "{jargon} on the form");
    }
    let labels = page.texts("label");
    assert!(
        labels.iter().any(|l| l == "Town, city or postcode"),
        "{labels:?}"
    );
    assert!(labels.iter().any(|l| l.contains("in miles")), "{labels:?}");
    assert!(
        !labels.iter().any(|l| l == "Every how many weeks or months"),
        "{labels:?}"
    );
    let weeks = page.texts("#session_week_0 option");
    assert_eq!(
        weeks,
        [
            "It does not meet monthly",
            "First week",
            "Second week",
            "Third week",
            "Fourth week",
            "Last week"
        ]
    );
}

#[tokio::test]
async fn a_session_meets_at_the_place_as_typed() {
    let (app, moderator) = app().await;
    let mut form = moderator.form(MANAGE, MANAGE).await;
    form.set("site_place_2", "coventry");
    form.set("session_site_0", "coventry");
    form.set("session_day_0", "tuesday");
    form.set("session_frequency_0", "weekly");
    form.set("session_opens_0", "10:00");
    form.set("session_closes_0", "12:00");
    let saved = moderator.send_form(&form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.excerpt());
    let after = app.project(CIP).await;
    assert_eq!(after.sites[2].label, "Coventry");
    assert_eq!(after.sessions.len(), 1, "{:?}", after.sessions);
    assert_eq!(after.sessions[0].site.as_deref(), Some("Coventry"));
}
