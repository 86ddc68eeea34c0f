//! Every endpoint walked as the official validator walks it: `/`, then each list at
//! page 1, a middle page and the last page with `per_page=5`, then up to 10 random ids
//! of each `/{id}` endpoint; every body checked against the profile's schema, with no
//! empty field and UUID ids, and every response open to any origin without a cookie.

use super::fixtures::{self, BASE, GROUP, get_json};
use super::schemas::{SCHEMAS, assert_document, assert_no_empties};
use crate::support::TestApp;
use crate::support::db;
use rand::seq::IndexedRandom;
use serde_json::Value;

/// The envelope's seven fields agree with each other and with `contents`.
fn assert_envelope(page: &Value, number: u64, per_page: u64, uri: &str) -> u64 {
    let n = |k: &str| {
        page[k]
            .as_u64()
            .unwrap_or_else(|| panic!("{uri}: {k} missing: {page}"))
    };
    let b = |k: &str| {
        page[k]
            .as_bool()
            .unwrap_or_else(|| panic!("{uri}: {k} missing: {page}"))
    };
    let (total, pages, size) = (n("total_items"), n("total_pages"), n("size"));
    let contents = page["contents"]
        .as_array()
        .unwrap_or_else(|| panic!("{uri}: no contents"));
    assert_eq!(n("page_number"), number, "{uri}");
    assert_eq!(
        size,
        contents.len() as u64,
        "{uri}: size is the items on this page"
    );
    assert_eq!(pages, total.div_ceil(per_page).max(1), "{uri}: total_pages");
    assert_eq!(b("first_page"), number == 1, "{uri}");
    assert_eq!(b("last_page"), number >= pages, "{uri}");
    assert_eq!(b("empty"), size == 0, "{uri}");
    let expected = total.saturating_sub((number - 1) * per_page).min(per_page);
    assert_eq!(size, expected, "{uri}: per_page honoured");
    pages
}

/// Walks the list at `path` as the validator does; returns every id it lists (all pages).
async fn walk_list(app: &TestApp, path: &str, item: &jsonschema::Validator) -> Vec<String> {
    let uri = |page: u64| format!("{BASE}/{path}?per_page=5&page={page}");
    let first = get_json(app, &uri(1)).await;
    let pages = assert_envelope(&first, 1, 5, &uri(1));
    let mut ids = Vec::new();
    for number in 1..=pages {
        let page = if number == 1 {
            first.clone()
        } else {
            get_json(app, &uri(number)).await
        };
        assert_envelope(&page, number, 5, &uri(number));
        for doc in page["contents"].as_array().unwrap() {
            assert_document(item, doc, &format!("{path} page {number}"));
            ids.push(doc["id"].as_str().unwrap().to_string());
        }
    }
    // The validator's middle and last pages, asked for by themselves.
    for number in [pages.div_ceil(2), pages] {
        let page = get_json(app, &uri(number)).await;
        assert_envelope(&page, number, 5, &uri(number));
    }
    // Beyond the last page: still all seven fields, and empty.
    let beyond = get_json(app, &uri(pages + 1)).await;
    assert_envelope(&beyond, pages + 1, 5, &uri(pages + 1));
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{path}: an id is listed twice");
    ids
}

/// Checks up to 10 random ids of `path/{id}`, and `always` besides.
async fn walk_ids(
    app: &TestApp,
    path: &str,
    ids: &[String],
    always: &[String],
    schema: &jsonschema::Validator,
) {
    let mut chosen: Vec<&String> = ids.choose_multiple(&mut rand::rng(), 10).collect();
    chosen.extend(always);
    assert!(!chosen.is_empty(), "{path}: nothing to check");
    for id in chosen {
        let uri = format!("{BASE}/{path}/{id}");
        let doc = get_json(app, &uri).await;
        assert_document(schema, &doc, &uri);
        assert_eq!(doc["id"], id.as_str(), "{uri}");
    }
}

async fn walk(app: &TestApp) {
    let root = get_json(app, BASE).await;
    assert_no_empties(&root, "/");
    assert_eq!(root["version"], "HSDS-UK-3.0");
    for key in ["profile", "openapi_url"] {
        let url = root[key].as_str().unwrap();
        assert!(
            url.starts_with("http://") || url.starts_with("https://"),
            "{key}: {url}"
        );
    }
    assert!(
        root["openapi_url"]
            .as_str()
            .unwrap()
            .ends_with("/api/oruk/v3/openapi.json")
    );
    assert_eq!(root["license"]["name"], "CC BY 4.0");
    let openapi = get_json(app, &format!("{BASE}/openapi.json")).await;
    assert!(openapi["paths"]["/service_at_locations/{id}"].is_object());

    let s = &*SCHEMAS;
    let group = fixtures::listing(app, GROUP).await;
    let services = walk_list(app, "services", &s.service_list).await;
    assert!(services.contains(&group.uuid.to_string()));
    walk_ids(
        app,
        "services",
        &services,
        &[group.uuid.to_string()],
        &s.service,
    )
    .await;

    let sals = walk_list(app, "service_at_locations", &s.service_at_location_list).await;
    let group_sites: Vec<String> = group.site_uuids.iter().map(|u| u.to_string()).collect();
    // The specification checks this endpoint against the service schema.
    walk_ids(app, "service_at_locations", &sals, &group_sites, &s.service).await;

    let taxonomies = walk_list(app, "taxonomies", &s.taxonomy).await;
    walk_ids(app, "taxonomies", &taxonomies, &[], &s.taxonomy).await;
    let terms = walk_list(app, "taxonomy_terms", &s.taxonomy_term).await;
    walk_ids(app, "taxonomy_terms", &terms, &[], &s.taxonomy_term).await;
}

#[tokio::test]
async fn the_validators_walk_passes_on_sqlite() {
    walk(&fixtures::sqlite_app().await).await;
}

#[tokio::test]
async fn the_validators_walk_passes_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    walk(&fixtures::app_over(db).await).await;
}

#[tokio::test]
async fn a_full_service_carries_the_mapping() {
    let app = fixtures::sqlite_app().await;
    let group = fixtures::listing(&app, GROUP).await;
    let doc = get_json(&app, &format!("{BASE}/services/{}", group.uuid)).await;
    assert_eq!(doc["name"], "Oruk Test Group");
    assert_eq!(doc["status"], "active");
    assert_eq!(
        (doc["minimum_age"].as_u64(), doc["maximum_age"].as_u64()),
        (Some(16), Some(45))
    );
    assert_eq!(doc["assured_date"], "2026-11-01");
    assert_eq!(doc["organization"]["name"], "Test Mums Together");
    // Two sites and the online offer; no street address anywhere.
    let sals = doc["service_at_locations"].as_array().unwrap();
    let types: Vec<&str> = sals
        .iter()
        .map(|s| s["location"]["location_type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["physical", "physical", "virtual"]);
    assert!(
        sals.iter()
            .all(|s| s["location"].get("addresses").is_none())
    );
    assert_eq!(sals[0]["location"]["latitude"].as_f64(), Some(53.7997));
    // Sessions as RFC 5545 schedules, UK wall-clock times without an offset.
    let schedules = doc["schedules"].as_array().unwrap();
    assert_eq!(schedules[0]["freq"], "WEEKLY");
    assert_eq!(schedules[0]["byday"], "TU");
    assert_eq!(schedules[0]["opens_at"], "10:00");
    assert_eq!(schedules[1]["byday"], "2TH");
    assert_eq!(
        schedules[1]["service_at_location_id"],
        group.site_uuids[1].to_string()
    );
    assert_eq!(schedules[2]["description"], "Closed in August.");
    // Languages with HSDS name and code; phone and cost.
    let languages: Vec<&str> = doc["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .collect();
    assert_eq!(languages, ["en", "pl"]);
    assert_eq!(doc["phones"][0]["number"], "0113 000 0000");
    assert_eq!(doc["cost_options"][0]["amount_description"], "Free");
    // Areas: England remotely, and 15 km around Leeds.
    let areas: Vec<&str> = doc["service_areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(areas, ["England", "Within 15 km of Leeds"]);
    // Vocabularies as attributes, the published reflection as a status, never the draft.
    let terms: Vec<String> = doc["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            format!(
                "{}:{}",
                a["taxonomy_term"]["taxonomy"].as_str().unwrap(),
                a["taxonomy_term"]["term"].as_str().unwrap()
            )
        })
        .collect();
    for expected in [
        "Needs:birth-trauma",
        "Formats:group",
        "Delivery:online",
        "Referral routes:self",
        "Who may come:babies-welcome",
        "Perinatal stage:pregnant",
        "Perinatal stage:up-to-2-years",
        "Verification:verified",
        "Principle reflections:safe-and-nurturing/we-do-this",
    ] {
        assert!(
            terms.contains(&expected.to_string()),
            "{expected} in {terms:?}"
        );
    }
    assert!(
        !terms.iter().any(|t| t.contains("benefits-everyone")),
        "a draft is private: {terms:?}"
    );
    let text = doc.to_string();
    assert!(
        !text.contains("score") && !text.contains("review"),
        "{text}"
    );
}

#[tokio::test]
async fn the_about_page_states_the_data_licence() {
    let app = fixtures::sqlite_app().await;
    let page = app.get("/about").await;
    assert_eq!(page.status, 200);
    let text = page.texts("#open-data").join(" ");
    assert!(
        text.contains("CC BY 4.0") && text.contains("/api/oruk/v3"),
        "{text}"
    );
}
