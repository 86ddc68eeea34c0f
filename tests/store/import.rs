//! Importing is idempotent and keeps the good records of a file with bad ones.

use super::fixtures::*;
use crate::support::TestDb;
use peermap::domain::*;
use peermap::seed;

on_both_backends!(import_is_idempotent_and_keeps_good_records);

async fn import_is_idempotent_and_keeps_good_records(db: TestDb) {
    let taxonomy = Taxonomy::bundled();
    let first = seed::seed_if_empty(db.store.as_ref(), &taxonomy)
        .await
        .unwrap()
        .unwrap();
    let bundled = bundled();
    assert_eq!(first.created, bundled.len());
    assert!(
        seed::seed_if_empty(db.store.as_ref(), &taxonomy)
            .await
            .unwrap()
            .is_none()
    );

    // Loading the same file again changes nothing.
    let again = seed::import(
        db.store.as_ref(),
        peermap::data::BUNDLED_PROJECTS,
        &taxonomy,
        "test",
    )
    .await
    .unwrap();
    assert_eq!(
        (again.created, again.updated, again.unchanged),
        (0, 0, bundled.len())
    );

    // A file with one changed, one new and two bad records.
    let mut changed = bundled[0].clone();
    changed["summary"] = "An updated summary.".into();
    let new = serde_json::to_value(small_project("brand-new", "Brand New")).unwrap();
    let mut bad_need = serde_json::to_value(small_project("bad-need", "Bad")).unwrap();
    bad_need["needs"] = serde_json::json!(["astrology"]);
    let bad_lat = serde_json::json!({"slug": "bad-lat", "name": "B", "organisation": "O", "summary": "s", "source": "t",
        "sites": [{"label": "Nowhere", "lat": 123.0, "lon": 0.0, "precision": "town", "nation": "england"}]});
    let file = serde_json::to_string(&vec![changed, bad_need, new, bad_lat]).unwrap();
    let report = seed::import(db.store.as_ref(), &file, &taxonomy, "test")
        .await
        .unwrap();
    assert_eq!(
        (report.created, report.updated, report.unchanged),
        (1, 1, 0)
    );
    let bad: Vec<_> = report
        .bad
        .iter()
        .map(|b| (b.record, b.slug.clone().unwrap()))
        .collect();
    assert_eq!(
        bad,
        [(2, "bad-need".to_string()), (4, "bad-lat".to_string())]
    );
    assert!(
        report
            .lines()
            .iter()
            .any(|l| l.contains("record 4 (bad-lat)") && l.contains("latitude 123"))
    );
    assert!(db.store.get(&slug("brand-new")).await.unwrap().is_some());
    assert!(db.store.get(&slug("bad-need")).await.unwrap().is_none());
    let counts = db.store.counts().await.unwrap();
    assert_eq!(counts.real as usize, bundled.len() + 1);
}
