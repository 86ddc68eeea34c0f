//! Starting from the kept copy of the search index (`peermap::registry::snapshot`): a
//! restart serves the same index as one read from every listing, with each change
//! written after the copy was taken; a copy that does not read back, or is for projects of
//! another shape, is passed over for the listings themselves.

use crate::support::TestApp;
use peermap::domain::{Project, Slug, Status};
use peermap::registry::snapshot::format;
use peermap::store::Snapshot;
use std::collections::BTreeMap;

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";
const APP: &str = "action-on-postpartum-psychosis";

/// The projects `app`'s search index holds, by slug.
fn indexed(app: &TestApp) -> BTreeMap<String, Project> {
    app.state
        .registry
        .search()
        .all()
        .map(|p| (p.slug.to_string(), (*p).clone()))
        .collect()
}

/// Saves `slug` as changed by `change`, as another process would: through the store.
async fn change(app: &TestApp, slug: &str, change: impl FnOnce(&mut Project)) {
    let store = &app.db().store;
    let mut project = store
        .get(&Slug::parse(slug).unwrap())
        .await
        .unwrap()
        .unwrap()
        .project;
    change(&mut project);
    store
        .save(&project, "another process", false)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_restart_from_the_copy_holds_every_change_written_after_it() {
    let app = TestApp::seeded().await;
    let registry = &app.state.registry;
    assert!(registry.keep_snapshot().await.unwrap(), "the first copy");
    assert!(
        !registry.keep_snapshot().await.unwrap(),
        "nothing changed, so the kept copy stands"
    );
    let copied = app.db().store.snapshot_seq().await.unwrap().unwrap();
    assert_eq!(copied, (registry.last_seen(), format().to_string()));

    // Written after the copy, by another process: a rename and an archive.
    change(&app, CIP, |p| p.name = "Renamed After The Copy".into()).await;
    change(&app, QUARRIERS, |p| p.status = Status::Archived).await;

    let restarted = app.restarted().await;
    let held = indexed(&restarted);
    assert_eq!(held[CIP].name, "Renamed After The Copy");
    assert!(!held.contains_key(QUARRIERS), "the archive left search");
    let last = app.db().store.last_change().await.unwrap();
    assert_eq!(restarted.state.registry.last_seen(), last);
    let found = restarted.get("/api/v1/search?where=Portadown").await;
    assert!(
        found.body.contains("Renamed After The Copy"),
        "{}",
        found.excerpt()
    );

    // It was read from the copy: a change made behind the feed's back (no process would)
    // to a listing untouched since the copy is not seen, while a start from every
    // listing reads it.
    let url = app.db().url.clone();
    if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
        let rename = |name: String| {
            sqlx::query("UPDATE projects SET name = $1 WHERE slug = $2")
                .bind(name)
                .bind(APP)
        };
        let before = held[APP].name.clone();
        rename("Behind The Feed".into())
            .execute(&pool)
            .await
            .unwrap();
        let from_copy = app.restarted().await;
        assert_eq!(indexed(&from_copy)[APP].name, before);
        rename(before).execute(&pool).await.unwrap();
        pool.close().await;
    }

    // The same index as one read from every listing: a copy that does not read back
    // (kept as the newest, so it is tried) is passed over for the listings.
    let broken = Snapshot {
        seq: last + 1_000,
        format: format().to_string(),
        taken_on: app.state.registry.clock().today().to_string(),
        data: b"[{\"not\": \"a project\"".to_vec(),
    };
    assert!(app.db().store.write_snapshot(broken).await.unwrap());
    let from_listings = app.restarted().await;
    assert_eq!(indexed(&from_listings), held);
    assert!(!held.is_empty());
    // The copy's site keys ordered its nearest-site index as the listings' own do: the
    // same answers, nearest first, from every place.
    for place in ["Portadown", "Cardiff", "Glasgow", "Truro", "Norwich", "M1"] {
        let uri = format!("/api/v1/search?where={place}&limit=20");
        let (copy, listings) = (restarted.get(&uri).await, from_listings.get(&uri).await);
        assert_eq!(copy.status, 200, "{place}: {}", copy.excerpt());
        assert_eq!(copy.body, listings.body, "{place}");
    }
}

#[tokio::test]
async fn a_copy_for_projects_of_another_shape_is_not_read() {
    let app = TestApp::seeded().await;
    let other = Snapshot {
        seq: i64::MAX,
        format: "index-postcard-1 project-shape-0000000000000000".into(),
        taken_on: app.state.registry.clock().today().to_string(),
        // Were it read, search would hold nothing.
        data: b"[]".to_vec(),
    };
    assert!(app.db().store.write_snapshot(other).await.unwrap());
    let restarted = app.restarted().await;
    assert_eq!(indexed(&restarted), indexed(&app));
    // And the next copy, of this build, takes its place.
    assert!(restarted.state.registry.keep_snapshot().await.unwrap());
    let kept = app.db().store.snapshot_seq().await.unwrap().unwrap();
    assert_eq!(kept.1, format());
}
