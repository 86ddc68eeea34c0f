//! The freshness loop with the clock moved: a reminder is due at 11 months, the listing is
//! marked as possibly out of date at 12 (page, result and directory cards, sheet, API,
//! ORUK feed), leaves search, the map and sheets at 18, and one confirmation brings it
//! back at once. The starting listings age from the day they were added, kept or not.

use crate::support::{TestApp, TestClock, TestDb, db};
use axum::http::StatusCode;
use serde_json::Value;

/// A listing found by the search and on the sheet below; nobody keeps it at first.
const APP: &str = "action-on-postpartum-psychosis";
/// A listing nobody keeps, all along.
const CIP: &str = "community-intercultural-programme";
const SEARCH: &str = "/search?where=CV1&need=postpartum-psychosis";
const SEARCH_API: &str = "/api/v1/search?where=CV1&need=postpartum-psychosis";
const SHEET: &str = "/signpost?where=CV1&need=postpartum-psychosis";

/// Every object in `json` whose `slug` is `slug`.
fn items<'a>(json: &'a Value, slug: &str, out: &mut Vec<&'a Value>) {
    match json {
        Value::Object(map) => {
            if map.get("slug").and_then(Value::as_str) == Some(slug) {
                out.push(json);
            }
            map.values().for_each(|v| items(v, slug, out));
        }
        Value::Array(all) => all.iter().for_each(|v| items(v, slug, out)),
        _ => {}
    }
}

async fn api_items(app: &TestApp, uri: &str, slug: &str) -> Vec<Value> {
    let page = app.get(uri).await;
    assert_eq!(page.status, StatusCode::OK, "GET {uri}: {}", page.excerpt());
    let json = page.json();
    let mut found = Vec::new();
    items(&json, slug, &mut found);
    found.into_iter().cloned().collect()
}

/// The HTML of the result card or sheet box linking to `slug` on `uri`.
async fn card(app: &TestApp, uri: &str, css: &str, slug: &str) -> Option<String> {
    let page = app.get(uri).await;
    assert_eq!(page.status, StatusCode::OK, "GET {uri}: {}", page.excerpt());
    let link = format!("href=\"/projects/{slug}\"");
    page.outer(css).into_iter().find(|h| h.contains(&link))
}

async fn due(app: &TestApp) -> Vec<String> {
    let due = app.state.registry.reminders_due().await.unwrap();
    due.into_iter().map(|p| p.slug.to_string()).collect()
}

fn added_note(clock_start: chrono::NaiveDate) -> String {
    format!(
        "May be out of date: added on {} and not confirmed since.",
        clock_start.format("%-d %B %Y")
    )
}

async fn the_loop(db: TestDb) {
    let (app, clock): (TestApp, TestClock) = TestApp::over_clock(db).await;
    let added = clock.today();
    let note = added_note(added);
    let moderator = app.moderator().await;
    let keeper = app.maintainer_of(APP).await;

    // Fresh: no reminder, no label.
    assert!(due(&app).await.is_empty(), "{:?}", due(&app).await);
    let page = app.get(&format!("/projects/{APP}")).await;
    assert!(
        !page.body.contains("May be out of date"),
        "{}",
        page.excerpt()
    );

    // 11 months on: the reminder is due, for kept and unkept listings alike; no label yet.
    clock.advance_months(11);
    let listed = due(&app).await;
    assert!(listed.iter().any(|s| s == APP), "{listed:?}");
    assert!(listed.iter().any(|s| s == CIP), "{listed:?}");
    let page = app.get(&format!("/projects/{APP}")).await;
    assert!(
        !page.body.contains("May be out of date"),
        "{}",
        page.excerpt()
    );

    // Once handed to the outbox and recorded, it is not due again; the others still are.
    let reminded = app.project(APP).await;
    assert!(app.state.registry.record_reminder(&reminded).await.unwrap());
    assert!(!app.state.registry.record_reminder(&reminded).await.unwrap());
    let listed = due(&app).await;
    assert!(!listed.iter().any(|s| s == APP), "{listed:?}");
    assert!(listed.iter().any(|s| s == CIP), "{listed:?}");

    // 12 months on: marked on the page, the result card, the sheet and in the API.
    clock.advance_months(1);
    for slug in [APP, CIP] {
        let page = app.get(&format!("/projects/{slug}")).await;
        assert_eq!(page.texts("p.stale"), vec![note.clone()], "{slug}");
        let api = app.get(&format!("/api/v1/projects/{slug}")).await.json();
        assert_eq!(api["freshness"]["state"], "stale", "{api}");
        assert_eq!(api["freshness"]["stale"], true);
        assert_eq!(api["freshness"]["since"], added.to_string());
    }
    let result = card(&app, SEARCH, "li", APP)
        .await
        .expect("APP is a result");
    assert!(result.contains(&note), "{result}");
    let boxed = card(&app, SHEET, "li.listing", APP)
        .await
        .expect("APP is on the sheet");
    assert!(boxed.contains(&note), "{boxed}");
    let found = api_items(&app, SEARCH_API, APP).await;
    assert!(!found.is_empty(), "APP is in the search API");
    assert!(
        found.iter().all(|i| i["freshness"]["stale"] == true),
        "{found:?}"
    );
    let stale = moderator.get("/moderate/stale").await;
    assert_eq!(stale.status, StatusCode::OK);
    let links = stale.attrs("ul.stale-list a", "href");
    assert!(links.contains(&format!("/projects/{APP}")), "{links:?}");
    assert!(links.contains(&format!("/projects/{CIP}")), "{links:?}");
    assert!(app.get("/moderate/stale").await.status != StatusCode::OK);

    // 18 months on: out of search, its API and the sheet; the page stays and says why.
    clock.advance_months(6);
    assert!(
        due(&app).await.is_empty(),
        "a retired listing is past reminding"
    );
    assert!(api_items(&app, SEARCH_API, APP).await.is_empty());
    assert!(card(&app, SEARCH, "li", APP).await.is_none());
    assert!(card(&app, SHEET, "li.listing", APP).await.is_none());
    for slug in [APP, CIP] {
        let page = app.get(&format!("/projects/{slug}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let why = page.texts("div.retired h2");
        assert_eq!(
            why,
            vec!["This listing is not shown in search results"],
            "{slug}"
        );
        let api = app.get(&format!("/api/v1/projects/{slug}")).await.json();
        assert_eq!(api["freshness"]["retired"], true, "{api}");
    }
    let stale = moderator.get("/moderate/stale").await;
    assert!(
        stale.body.contains("Not in search results"),
        "{}",
        stale.excerpt()
    );

    // One confirmation by the project brings it back at once, fresh.
    let manage = format!("/manage/{APP}");
    let confirm = format!("form[action='/manage/{APP}/confirm']");
    let sent = keeper.submit(&manage, &confirm, &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.excerpt());
    let found = api_items(&app, SEARCH_API, APP).await;
    assert!(!found.is_empty(), "APP is back in the search API");
    assert!(
        found.iter().all(|i| i["freshness"]["state"] == "fresh"),
        "{found:?}"
    );
    assert!(card(&app, SEARCH, "li", APP).await.is_some());
    assert!(card(&app, SHEET, "li.listing", APP).await.is_some());
    let page = app.get(&format!("/projects/{APP}")).await;
    assert!(page.texts("div.retired").is_empty(), "{}", page.excerpt());
    assert!(page.texts("p.stale").is_empty(), "{}", page.excerpt());
    let api = app.get(&format!("/api/v1/projects/{APP}")).await.json();
    assert_eq!(api["last_confirmed"], clock.today().to_string());
    // Confirmed, it is not due; 11 months after the confirmation it is due again.
    assert!(!due(&app).await.iter().any(|s| s == APP));
    // The one nobody keeps stays out until someone confirms it.
    assert!(api_items(&app, SEARCH_API, CIP).await.is_empty());
    let links = moderator
        .get("/moderate/stale")
        .await
        .attrs("ul.stale-list a", "href");
    assert!(!links.contains(&format!("/projects/{APP}")), "{links:?}");
    assert!(links.contains(&format!("/projects/{CIP}")), "{links:?}");
    clock.advance_months(11);
    assert!(due(&app).await.iter().any(|s| s == APP));
}

#[tokio::test]
async fn a_listing_goes_stale_then_out_of_search_and_one_confirmation_brings_it_back() {
    the_loop(db::seeded_sqlite().await).await;
}

#[tokio::test]
async fn the_freshness_loop_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    peermap::seed::seed_if_empty(db.store.as_ref(), &peermap::domain::Taxonomy::bundled())
        .await
        .unwrap();
    the_loop(db).await;
}

#[tokio::test]
async fn a_restart_keeps_a_retired_listing_out_of_search() {
    let (app, clock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    assert!(!api_items(&app, SEARCH_API, APP).await.is_empty());
    clock.advance_months(18);
    let again = app.restarted_with(|c| c.clock = clock.clock()).await;
    assert!(api_items(&again, SEARCH_API, APP).await.is_empty());
}

#[tokio::test]
async fn at_eleven_months_the_keepers_are_asked_once_by_email() {
    let (app, clock): (TestApp, TestClock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    let keeper = app.maintainer_of(APP).await;
    let queued = |app: &TestApp| {
        let store = app.state.store.clone();
        async move { store.outbox().await.unwrap() }
    };
    let before = queued(&app).await.len();
    assert_eq!(
        app.state.registry.send_reminders().await.unwrap(),
        0,
        "fresh"
    );
    clock.advance_months(11);
    // Only APP has someone to ask; the listings nobody keeps are left to go stale.
    assert_eq!(app.state.registry.send_reminders().await.unwrap(), 1);
    let all = queued(&app).await;
    let asked: Vec<_> = all[before..].iter().collect();
    assert_eq!(asked.len(), 1, "{asked:#?}");
    assert_eq!(asked[0].to, keeper.email());
    assert!(
        asked[0].subject.contains("still right"),
        "{}",
        asked[0].subject
    );
    assert!(
        asked[0].text.contains(&format!("/manage/{APP}")),
        "{}",
        asked[0].text
    );
    // Asked once: not again until it is confirmed.
    assert_eq!(app.state.registry.send_reminders().await.unwrap(), 0);
    assert_eq!(queued(&app).await.len(), before + 1);
}

/// The ORUK service of the listing named `name`, as `/services/{id}` gives it.
async fn oruk_service(app: &TestApp, name: &str) -> Value {
    let list = app.get("/api/oruk/v3/services?per_page=500").await.json();
    let id = list["contents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("{name} is in the feed"))["id"]
        .as_str()
        .unwrap()
        .to_string();
    let one = app.get(&format!("/api/oruk/v3/services/{id}")).await;
    assert_eq!(one.status, StatusCode::OK, "{}", one.excerpt());
    let doc = one.json();
    crate::oruk::schemas::assert_document(&crate::oruk::schemas::SCHEMAS.service, &doc, name);
    doc
}

/// The terms of the vocabulary "Listing freshness" among a service's attributes.
fn freshness_terms(service: &Value) -> Vec<String> {
    service["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["taxonomy_term"]["taxonomy"] == "Listing freshness")
        .map(|a| a["taxonomy_term"]["term"].as_str().unwrap().to_string())
        .collect()
}

/// Stale everywhere it appears: the ORUK feed says so as an attribute, the directory's
/// card as a note; at 18 months the feed says it is out of search, and it leaves the map.
#[tokio::test]
async fn the_feed_the_directory_and_the_map_show_how_current_a_listing_is() {
    const NAME: &str = "Community Intercultural Programme";
    const MAP: &str = "/map?where=Portadown";
    let (app, clock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    let note = added_note(clock.today());
    assert!(freshness_terms(&oruk_service(&app, NAME).await).is_empty());
    let terms = app
        .get("/api/oruk/v3/taxonomy_terms?per_page=500")
        .await
        .json();
    let named: Vec<&str> = terms["contents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["taxonomy"] == "Listing freshness")
        .map(|t| t["term"].as_str().unwrap())
        .collect();
    assert_eq!(named, ["stale", "out-of-search"]);
    assert!(
        card(&app, MAP, "a.marker", CIP).await.is_some(),
        "on the map"
    );

    clock.advance_months(12);
    assert_eq!(freshness_terms(&oruk_service(&app, NAME).await), ["stale"]);
    let listed = card(&app, "/projects", "li", CIP)
        .await
        .expect("CIP is in the directory");
    assert!(listed.contains(&note), "{listed}");
    assert!(
        card(&app, MAP, "a.marker", CIP).await.is_some(),
        "still on the map"
    );

    clock.advance_months(6);
    assert_eq!(
        freshness_terms(&oruk_service(&app, NAME).await),
        ["out-of-search"]
    );
    assert!(
        card(&app, MAP, "a.marker", CIP).await.is_none(),
        "off the map"
    );
}
