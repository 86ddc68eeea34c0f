//! Search as people use it: postcode or town plus a need, through the whole router.

use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn birmingham_postcode_finds_app_birmingham_first_and_its_online_offer() {
    let app = TestApp::seeded().await;
    let json = app
        .get("/api/v1/search?where=B15%202TT&need=postpartum-psychosis")
        .await
        .json();
    assert_eq!(json["origin"]["nation"], "england");
    let first = &json["results"][0];
    assert_eq!(first["slug"], "action-on-postpartum-psychosis");
    assert_eq!(first["site"]["label"], "Birmingham");
    assert!(first["distance_km"].as_f64().unwrap() < 5.0, "{first}");
    let online: Vec<_> = json["online"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["slug"].as_str().unwrap())
        .collect();
    assert!(
        online.contains(&"action-on-postpartum-psychosis"),
        "{online:?}"
    );

    // The page says the same, nearest first, with the online offer after.
    let page = app
        .get("/search?where=b152tt&need=postpartum-psychosis")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    let in_person = body.find("<h2>In person</h2>").unwrap();
    let app = body[in_person..]
        .find("Action on Postpartum Psychosis")
        .unwrap()
        + in_person;
    let online = body.find("Online and by phone").unwrap();
    assert!(app < online);
    assert!(
        body[in_person..online]
            .contains("in Birmingham (town centre; the exact place is not given)")
    );
    // The form keeps what was chosen.
    assert!(body.contains("value=\"b152tt\""));
    assert!(body.contains("value=\"postpartum-psychosis\" selected"));
}

#[tokio::test]
async fn portadown_refugee_and_migrant_women_finds_cip() {
    let app = TestApp::seeded().await;
    let json = app
        .get("/api/v1/search?where=Portadown&need=refugee-migrant-women")
        .await
        .json();
    assert_eq!(json["origin"]["nation"], "northern-ireland");
    assert_eq!(
        json["results"][0]["slug"],
        "community-intercultural-programme"
    );
    let page = app
        .get("/search?where=Portadown&need=refugee-migrant-women")
        .await;
    assert!(page.body.contains("Community Intercultural Programme"));
    // Northern Ireland's crisis line comes with a Northern Ireland search.
    assert!(page.body.contains("Lifeline"));
}

#[tokio::test]
async fn unknown_postcode_gets_a_clear_message() {
    let app = TestApp::seeded().await;
    let page = app.get("/search?where=ZZ99%209ZZ").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(
        page.body.contains(
            "We don't recognise the postcode “ZZ99 9ZZ”. Please check it, or try a town or city instead."
        ),
        "{}",
        page.body
    );
    assert!(page.body.contains("116 123"));
    // The error is on the field, with what was typed kept, and the title says so first.
    assert!(
        page.texts("title")[0].starts_with("Error: "),
        "{:?}",
        page.texts("title")
    );
    assert_eq!(page.attrs("input#where", "aria-invalid"), ["true"]);
    assert_eq!(page.attrs("input#where", "value"), ["ZZ99 9ZZ"]);
    assert_eq!(
        page.attrs("input#where", "aria-describedby"),
        ["where-hint where-error"]
    );
    assert!(page.texts("#where-error")[0].starts_with("Error: We don't recognise the postcode"));
    let api = app.get("/api/v1/search?where=ZZ99%209ZZ").await;
    assert_eq!(api.status, StatusCode::BAD_REQUEST);
    assert_eq!(api.content_type, "application/problem+json");
    assert!(api.json()["detail"].as_str().unwrap().contains("ZZ99 9ZZ"));
}

#[tokio::test]
async fn geocoder_api_answers_every_input_form() {
    let app = TestApp::seeded().await;
    for (q, precision, nation) in [
        ("B15%202TT", "sector", "england"),
        ("b152tt", "sector", "england"),
        ("B15%202", "sector", "england"),
        ("B15", "district", "england"),
        ("BT62", "district", "northern-ireland"),
        ("Derry", "place", "northern-ireland"),
        ("Londonderry", "place", "northern-ireland"),
        ("Newham", "authority", "england"),
        ("Cardiff", "place", "wales"),
        ("Glasgow", "place", "scotland"),
        ("52.48,-1.89", "coordinates", "england"),
    ] {
        let reply = app.get(&format!("/api/v1/geocode?q={q}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{q}: {}", reply.body);
        let json = reply.json();
        assert_eq!(json["precision"], precision, "{q}");
        assert_eq!(json["nation"], nation, "{q}");
        assert!(json["lat"].is_f64() && json["lon"].is_f64() && json["label"].is_string());
    }
    let derry = app.get("/api/v1/geocode?q=Derry").await.json();
    let londonderry = app.get("/api/v1/geocode?q=Londonderry").await.json();
    assert_eq!(derry["lat"], londonderry["lat"]);
    for (q, words) in [
        ("JE2%203AB", "does not cover"),
        ("IM1%201AA", "does not cover"),
        ("Newport", "more than one place"),
        ("Brimingham", "Birmingham"),
        ("95,1", "not a place in the UK"),
        ("", "postcode"),
    ] {
        let reply = app.get(&format!("/api/v1/geocode?q={q}")).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{q}");
        let detail = reply.json()["detail"].as_str().unwrap().to_string();
        assert!(detail.contains(words), "{q}: {detail}");
    }
}

#[tokio::test]
async fn an_ambiguous_place_offers_choices_that_each_work() {
    let app = TestApp::seeded().await;
    let page = app
        .get("/search?where=Newport&need=postpartum-psychosis")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Which place do you mean?"));
    let links = page.attrs("a[href^='/search?where=']", "href");
    assert!(links.len() >= 2, "{links:?}");
    for link in links {
        assert!(
            link.contains("need=postpartum-psychosis"),
            "{link} keeps the filters"
        );
        let chosen = app.get(&link).await;
        assert_eq!(chosen.status, StatusCode::OK, "{link}");
        assert!(chosen.body.contains("<h2>In person</h2>"), "{link}");
    }
}

#[tokio::test]
async fn nothing_near_shows_the_nearest_beyond_online_options_and_help() {
    let app = TestApp::seeded().await;
    // Inverness is far from every postpartum psychosis site.
    let page = app
        .get("/search?where=Inverness&need=postpartum-psychosis&within=10")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("The nearest further away"), "{body}");
    assert!(body.contains("Action on Postpartum Psychosis"));
    assert!(
        body.contains("NHS 24"),
        "Scotland's line for a Scottish search"
    );
    assert!(body.contains("href=\"#crisis-title\""));
    let json = app
        .get("/api/v1/search?where=Inverness&need=postpartum-psychosis&within=10")
        .await
        .json();
    assert!(json["results"].as_array().unwrap().is_empty());
    // The nearest is general perinatal support in Dundee, which counts for every need;
    // APP's own peer support is further, on the Beadnell unit in Morpeth.
    assert_eq!(
        json["nearest_beyond"][0]["slug"],
        "home-start-dundee-under-25s-perinatal-group"
    );
    assert_eq!(
        json["nearest_beyond"][0]["reachable"],
        serde_json::Value::Null
    );
}

#[tokio::test]
async fn reachable_says_why() {
    let app = TestApp::seeded().await;
    // No bundled site states how far it serves people, so APP states one for Birmingham.
    let mut listing = app.project("action-on-postpartum-psychosis").await;
    let birmingham = listing
        .sites
        .iter_mut()
        .find(|s| s.label == "Birmingham")
        .unwrap();
    birmingham.radius_km = Some(130.0);
    app.save_project(&listing).await;
    // Oxford is about 95 km from Birmingham: beyond 25 miles, inside APP's stated area.
    let json = app
        .get("/api/v1/search?where=Oxford&need=postpartum-psychosis&within=25")
        .await
        .json();
    assert_eq!(json["results"][0]["slug"], "action-on-postpartum-psychosis");
    assert_eq!(json["results"][0]["reachable"], "within-service-area");
    let json = app
        .get("/api/v1/search?where=B15&need=minority-ethnic-communities&within=10")
        .await
        .json();
    let results = json["results"].as_array().unwrap();
    let ap = results
        .iter()
        .find(|r| r["slug"] == "approachable-parenting")
        .expect("Approachable Parenting is in Birmingham");
    assert_eq!(ap["reachable"], "within-chosen-distance");
    assert!(
        results
            .iter()
            .all(|r| r["reachable"] == "within-chosen-distance"),
        "{results:#?}"
    );
}

#[tokio::test]
async fn bad_search_input_is_a_4xx() {
    let app = TestApp::seeded().await;
    for uri in [
        "/api/v1/search",
        "/api/v1/search?where=B15&within=0",
        "/api/v1/search?where=B15&within=far",
        "/api/v1/search?where=B15&limit=1000",
        "/api/v1/search?where=B15&stage=toddler",
        "/api/v1/search?where=B15&need=astrology",
        "/search?where=B15&within=-3",
    ] {
        let reply = app.get(uri).await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{uri}: {}",
            reply.body
        );
    }
    let long = format!("/search?where={}", "a".repeat(5000));
    assert!(app.get(&long).await.status.is_client_error());
}

#[tokio::test]
async fn a_published_edit_is_searchable_at_once() {
    let app = TestApp::seeded().await;
    let mut q = app.project("quarriers").await;
    let before = app
        .get("/api/v1/search?where=Glasgow&need=perinatal-ocd")
        .await
        .json();
    assert!(
        before["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["slug"] != "quarriers")
    );
    q.needs.insert("perinatal-ocd".into());
    app.save_project(&q).await;
    let after = app
        .get("/api/v1/search?where=Glasgow&need=perinatal-ocd")
        .await
        .json();
    assert_eq!(after["results"][0]["slug"], "quarriers");
    // Archiving takes it out of search at once too.
    q.status = peermap::domain::Status::Archived;
    app.save_project(&q).await;
    let archived = app
        .get("/api/v1/search?where=Glasgow&need=perinatal-ocd")
        .await
        .json();
    assert!(
        archived["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["slug"] != "quarriers")
    );
}
