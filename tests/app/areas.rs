//! Areas a listing serves: a search from inside a council area or nation a listing says it
//! serves finds it under "Serves your area", even with no place to meet, and a keeper adds
//! an area by its name.

use crate::support::TestApp;
use axum::http::StatusCode;

/// The slugs of the API's `serving_area` list for `query`.
async fn serving(app: &TestApp, query: &str) -> Vec<String> {
    let json = app.get(&format!("/api/v1/search?{query}")).await.json();
    json["serving_area"]
        .as_array()
        .unwrap_or_else(|| panic!("no serving_area in {json}"))
        .iter()
        .map(|p| p["slug"].as_str().unwrap().to_string())
        .collect()
}

/// Why the in-person result `slug` of `query` is within reach (`null`: not stated).
async fn reachable(app: &TestApp, query: &str, slug: &str) -> serde_json::Value {
    let json = app.get(&format!("/api/v1/search?{query}")).await.json();
    json["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == slug)
        .map(|r| r["reachable"].clone())
        .unwrap_or_else(|| panic!("{slug} is not among {json}"))
}

/// The cards under the "Serves your area" heading of a results page.
fn serving_cards(page: &crate::support::Page) -> Vec<String> {
    let body = &page.body;
    let Some(start) = body.find("<h2 id=\"serving\">") else {
        return Vec::new();
    };
    let end = body[start..]
        .find("<h2 id=\"online\"")
        .map_or(body.len(), |e| start + e);
    crate::support::html::outer(&body[start..end], "li.card")
}

#[tokio::test]
async fn cardiff_lists_the_welsh_projects_that_serve_wales() {
    let app = TestApp::seeded().await;
    // Relate Cymru gives no place to meet; it says it serves Wales.
    for query in ["where=Cardiff", "where=CF10+1EP"] {
        assert!(
            serving(&app, query)
                .await
                .contains(&"relate-cymru".to_string()),
            "{query}"
        );
    }
    let page = app.get("/search?where=Cardiff").await;
    assert_eq!(page.status, StatusCode::OK);
    let cards = serving_cards(&page);
    let relate = cards
        .iter()
        .find(|c| c.contains("Relate Cymru"))
        .unwrap_or_else(|| panic!("{}", page.excerpt()));
    assert!(relate.contains("Serves Wales"), "{relate}");
    assert!(relate.contains("You are inside the area it serves."));
    // Conwy's Birth Story Listeners serve Conwy only, not Cardiff.
    assert!(!cards.iter().any(|c| c.contains("Birth Story Listeners")));
    assert!(
        serving(&app, "where=Llandudno")
            .await
            .contains(&"birth-story-listeners".to_string())
    );
    // Counted with the results.
    assert!(
        page.texts("p strong")
            .iter()
            .any(|t| t.contains("in person or in your area"))
    );
}

#[tokio::test]
async fn belfast_finds_mindwise_and_manchester_the_greater_manchester_services() {
    let app = TestApp::seeded().await;
    assert!(
        serving(&app, "where=Belfast")
            .await
            .contains(&"mindwise".to_string())
    );
    // Not across the sea, and not elsewhere in the UK.
    assert!(
        !serving(&app, "where=Glasgow")
            .await
            .contains(&"mindwise".to_string())
    );
    for query in ["where=Manchester", "where=Stockport", "where=M1+1AE"] {
        let found = serving(&app, query).await;
        for slug in [
            "dad-matters-greater-manchester",
            "greater-manchester-doulas",
        ] {
            assert!(found.contains(&slug.to_string()), "{query}: {found:?}");
        }
    }
    // Preston is in Lancashire, not Greater Manchester.
    let preston = serving(&app, "where=Preston").await;
    assert!(!preston.contains(&"dad-matters-greater-manchester".to_string()));
    let page = app.get("/search?where=Stockport").await;
    let dad = serving_cards(&page)
        .into_iter()
        .find(|c| c.contains("Dad Matters"))
        .unwrap();
    // The card names her own council area, not the whole list.
    assert!(dad.contains("Serves Stockport"), "{dad}");
    assert!(!dad.contains("Wigan"));
}

#[tokio::test]
async fn an_area_served_is_added_by_its_name_and_a_town_is_refused_with_its_council() {
    let app = TestApp::seeded().await;
    let moderator = app.moderator().await;
    const SLUG: &str = "quarriers";
    let path = format!("/manage/{SLUG}");
    let mut form = moderator.form(&path, &path).await;
    form.set("add_area", "Paisley");
    let refused = moderator.send_form(&form).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused
            .body
            .contains("is a place, not an area. Give its council area (“Renfrewshire”)"),
        "{}",
        refused.excerpt()
    );
    form.set("add_area", "Renfrewshire");
    let saved = moderator.send_form(&form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.excerpt());
    let listing = app.visitor().get(&format!("/projects/{SLUG}")).await;
    assert!(
        listing
            .body
            .contains("Says it serves people in Renfrewshire.")
    );
    // Quarriers meets in Glasgow, near Paisley: it stays among the in-person results,
    // now marked as serving Paisley's council area.
    assert_eq!(
        reachable(&app, "where=Paisley", SLUG).await,
        "within-service-area"
    );

    // Unticking the area removes it.
    let form = moderator.form(&path, &path).await;
    assert_eq!(form.value("area"), Some("S12000038"));
    let mut form = form;
    form.uncheck("area", "S12000038");
    let saved = moderator.send_form(&form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.excerpt());
    assert!(
        !serving(&app, "where=Paisley")
            .await
            .contains(&SLUG.to_string())
    );
}
