//! The partner finder: nearby and online projects ranked by what they add.

use crate::support::{TestApp, html};
use axum::http::StatusCode;

#[tokio::test]
async fn acacia_in_birmingham_finds_approachable_parenting_and_app_with_what_each_adds() {
    let app = TestApp::seeded().await;
    let reply = app
        .get("/api/v1/projects/acacia-family-support/partners")
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let json = reply.json();
    assert_eq!(json["within_miles"], 25);
    let partners = json["partners"].as_array().unwrap();
    let find = |slug: &str| {
        partners
            .iter()
            .find(|p| p["slug"] == slug)
            .unwrap_or_else(|| panic!("{slug} is not a partner: {partners:#?}"))
    };
    assert!(
        partners
            .iter()
            .all(|p| p["slug"] != "acacia-family-support"),
        "not its own partner"
    );

    let ap = find("approachable-parenting");
    assert_eq!(
        ap["adds"]["needs"],
        serde_json::json!(["minority-ethnic-communities"])
    );
    assert_eq!(ap["adds_count"], 1);
    assert!(
        ap["distance_km"].as_f64().unwrap() < 1.0,
        "both meet in Birmingham"
    );
    assert_eq!(ap["near_our_site"], "Birmingham");
    assert!(
        ap["adds_summary"]
            .as_str()
            .unwrap()
            .contains("support for Black, Asian and minority ethnic communities"),
        "{}",
        ap["adds_summary"]
    );

    let app = find("action-on-postpartum-psychosis");
    assert_eq!(
        app["adds"]["needs"],
        serde_json::json!(["fathers-partners", "postpartum-psychosis"])
    );
    assert_eq!(
        app["adds"]["delivery"],
        serde_json::json!(["online"]),
        "Acacia meets in person already; APP adds online"
    );
    assert_eq!(app["adds_count"], 3);
    assert!(
        app["distance_km"].as_f64().unwrap() < 1.0,
        "APP meets in Birmingham too"
    );
    assert_eq!(app["remote_nations"], serde_json::json!(["england"]));

    // Most to add first, then nearest.
    let key = |p: &serde_json::Value| {
        (
            -p["adds_count"].as_i64().unwrap(),
            p["distance_km"].as_f64().unwrap_or(f64::INFINITY),
        )
    };
    for pair in partners.windows(2) {
        let (a, b) = (key(&pair[0]), key(&pair[1]));
        assert!(a <= b, "{pair:#?}");
    }
    let rank = |slug| partners.iter().position(|p| p["slug"] == slug).unwrap();
    assert!(rank("action-on-postpartum-psychosis") < rank("approachable-parenting"));

    // The combined offer covers what each partner adds.
    let combined = &json["combined"]["needs"];
    for need in [
        "postnatal-depression-anxiety",
        "postpartum-psychosis",
        "minority-ethnic-communities",
    ] {
        assert!(
            combined.as_array().unwrap().iter().any(|n| n == need),
            "{need}"
        );
    }

    // Projects that only meet far away are not partners at this distance.
    assert!(
        partners.iter().all(|p| p["slug"] != "quarriers"),
        "Glasgow is not near Birmingham"
    );
}

#[tokio::test]
async fn the_partner_page_says_what_each_adds_and_what_all_would_cover() {
    let app = TestApp::seeded().await;
    let reply = app.get("/projects/acacia-family-support/partners").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let html = &reply.body;
    for slug in ["approachable-parenting", "action-on-postpartum-psychosis"] {
        let cards = html::enclosing(html, &format!("h3 > a[href='/projects/{slug}']"), "li");
        assert_eq!(cards.len(), 1, "{slug} is listed once");
        let card = &cards[0];
        assert!(card.contains("Adds support for"), "{card}");
        assert!(card.contains("Also meets at Birmingham"), "{card}");
    }
    assert!(html.contains("What the offers together would cover"));
    assert!(html.contains("116 123"));
    // The project page links here.
    let project = app.get("/projects/acacia-family-support").await;
    assert!(
        project
            .body
            .contains("href=\"/projects/acacia-family-support/partners\"")
    );
}

#[tokio::test]
async fn a_smaller_distance_finds_fewer_and_bad_input_is_refused() {
    let app = TestApp::seeded().await;
    let near = app
        .get("/api/v1/projects/mrang/partners?within=500")
        .await
        .json();
    let far_partners = near["partners"].as_array().unwrap().len();
    let close = app
        .get("/api/v1/projects/mrang/partners?within=1")
        .await
        .json();
    assert!(close["partners"].as_array().unwrap().len() < far_partners);
    assert_eq!(
        app.get("/api/v1/projects/mrang/partners?within=0")
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        app.get("/projects/no-such-project/partners").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/v1/projects/no-such-project/partners")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
