//! A feed with bad records: each is reported with its reason, the good ones queued.

use super::round_trip::import_dir;
use crate::support::TestApp;
use crate::support::db;
use serde_json::{Value, json};

/// The HSDS example service, put in scope by a term the crosswalk knows.
fn example() -> Value {
    let text = include_str!("../../../data/oruk-3.0/examples/organization_full.json");
    let org: Value = serde_json::from_str(text).unwrap();
    let mut s = org["services"][0].clone();
    s["attributes"] = json!([{"id": "a1", "taxonomy_term": {"id": "t1", "taxonomy": "esdNeeds", "term": "Birth trauma", "name": "Birth trauma"}}]);
    s
}

fn good() -> Value {
    json!({
        "id": "9d2a6f1e-0000-4000-8000-000000000001", "name": "Sheffield Bumps and Babies Peer Group",
        "status": "active",
        "description": "A peer support group for parents with perinatal anxiety, run by parents who have been there.",
        "url": "https://bumps.example.org/", "email": "hello@bumps.example.org",
        "organization": {"id": "o1", "name": "Bumps Sheffield"},
        "service_at_locations": [{"id": "sal1", "location": {"id": "l1", "location_type": "physical",
            "name": "Sheffield", "latitude": 53.3811, "longitude": -1.4701}}],
        "attributes": [{"id": "a2", "taxonomy_term": {"id": "t2", "taxonomy": "esdNeeds", "term": "Perinatal mental health"}}],
        "schedules": [
            {"id": "s1", "service_at_location_id": "sal1", "freq": "WEEKLY", "interval": 1,
             "byday": "MO,WE", "opens_at": "10:00", "closes_at": "11:30", "notes": "Bring the baby."},
            {"id": "s2", "description": "Also open on bank holidays."}
        ]
    })
}

#[tokio::test]
async fn bad_records_are_reported_with_reasons_and_the_rest_kept() {
    let app = TestApp::over(db::sqlite().await).await;
    let dir = tempfile::tempdir().unwrap();
    let mut off_the_map = example();
    // The example's own coordinates (100, 101) are off the map: left as they are.
    off_the_map["name"] = json!("Example Birth Trauma Circle");
    let mut nameless = good();
    nameless["id"] = json!("nameless");
    nameless.as_object_mut().unwrap().remove("name");
    let mut abroad = good();
    abroad["name"] = json!("Paris Peer Parents");
    abroad["service_at_locations"][0]["location"]["latitude"] = json!(48.8566);
    abroad["service_at_locations"][0]["location"]["longitude"] = json!(2.3522);
    let mut bad_age = good();
    bad_age["name"] = json!("Ageless Group");
    bad_age["url"] = json!("https://ageless.example.org/");
    bad_age["email"] = json!("a@ageless.example.org");
    bad_age["minimum_age"] = json!(-4);
    let mut bad_schedule = good();
    bad_schedule["name"] = json!("Daily Drop In");
    bad_schedule["url"] = json!("https://daily.example.org/");
    bad_schedule["email"] = json!("a@daily.example.org");
    bad_schedule["schedules"] =
        json!([{"id": "s3", "freq": "DAILY", "opens_at": "10:00", "closes_at": "12:00"}]);
    let mut not_ours = good();
    not_ours["name"] = json!("Tuesday Chess Club");
    not_ours["description"] = json!("Chess for everyone.");
    not_ours["attributes"] = json!([]);
    let page = json!({"total_items": 8, "contents": [off_the_map, good(), nameless, abroad, bad_age, bad_schedule, not_ours, "not a service"]});
    let file = dir.path().join("feed.json");
    std::fs::write(&file, page.to_string()).unwrap();

    let report = import_dir(&app, &file).await;
    assert_eq!(
        report.proposed,
        vec!["sheffield-bumps-and-babies-peer-group".to_string()],
        "{:?}",
        report.lines()
    );
    assert_eq!(report.skipped.len(), 1, "{:?}", report.lines());
    assert_eq!(
        report.skipped[0].1,
        "it is not perinatal mental health peer support"
    );
    let reasons: Vec<String> = report.bad.iter().map(|(_, r)| r.join("; ")).collect();
    assert_eq!(reasons.len(), 6, "{reasons:?}");
    assert!(reasons[0].contains("off the map"), "{reasons:?}");
    assert!(reasons[1].contains("no name"), "{reasons:?}");
    assert!(reasons[2].contains("not in the UK"), "{reasons:?}");
    assert!(reasons[3].contains("minimum_age"), "{reasons:?}");
    assert!(
        reasons[4].contains("schedule 1 cannot be read") && reasons[4].contains("DAILY"),
        "{reasons:?}"
    );
    assert!(reasons[5].contains("not a JSON object"), "{reasons:?}");
    assert!(report.bad[0].0.contains("record 1"), "{:?}", report.bad[0]);

    let claims = app.state.store.claims(true).await.unwrap();
    assert_eq!(claims.len(), 1);
    let p = claims[0].proposal.as_ref().unwrap();
    assert_eq!(
        p.needs.iter().collect::<Vec<_>>(),
        ["perinatal-mental-health"]
    );
    assert_eq!(p.sites[0].label, "Sheffield");
    // Its schedule is two sessions at its place; the words-only one is its note.
    let days: Vec<_> = p
        .sessions
        .iter()
        .map(|s| (s.day, s.site.as_deref()))
        .collect();
    assert_eq!(
        days,
        [
            (peermap::domain::Day::Monday, Some("Sheffield")),
            (peermap::domain::Day::Wednesday, Some("Sheffield"))
        ]
    );
    assert_eq!(p.sessions[0].closes.to_string(), "11:30:00");
    assert_eq!(p.sessions[1].note.as_deref(), Some("Bring the baby."));
    assert_eq!(
        p.schedule_note.as_deref(),
        Some("Also open on bank holidays.")
    );
    assert!(!p.verified);
    // Twice: the good one waits already, the bad ones are bad again.
    let again = import_dir(&app, &file).await;
    assert!(again.proposed.is_empty());
    assert_eq!(again.bad.len(), 6);
    assert_eq!(app.state.store.claims(true).await.unwrap().len(), 1);
}
