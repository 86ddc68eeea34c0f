//! Starting from the kept copy of the search index (`peermap::registry::snapshot`): a
//! restart serves the same index as one read from every listing, with each change
//! written after the copy was taken; a copy that does not read back, or is for projects of
//! another shape, is passed over for the listings themselves. The copy is kept in parts: many
//! parts read back as one, and a copy whose parts fail while written leaves the one before.

use crate::support::{TestApp, db};
use peermap::domain::{Project, Slug, Status};
use peermap::registry::snapshot::format;
use peermap::store::{SnapshotHead, StoreError};
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

/// Offers `parts` as the copy of change `seq` and `format`, taken today; whether it was kept.
async fn offer(
    app: &TestApp,
    seq: i64,
    format: &str,
    parts: Vec<Result<Vec<u8>, StoreError>>,
) -> Result<bool, StoreError> {
    use futures_util::StreamExt;
    let head = SnapshotHead {
        seq,
        format: format.into(),
        taken_on: app.state.registry.clock().today().to_string(),
    };
    let parts = futures_util::stream::iter(parts).boxed();
    app.db().store.write_snapshot(head, parts).await
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
    let broken = vec![Ok(b"[{\"not\": \"a project\"".to_vec())];
    assert!(offer(&app, last + 1_000, format(), broken).await.unwrap());
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
    let other = "index-postcard-1 project-shape-0000000000000000";
    // Were it read, search would hold nothing.
    let nothing = vec![Ok(vec![0, 0, 0])];
    assert!(offer(&app, i64::MAX, other, nothing).await.unwrap());
    let restarted = app.restarted().await;
    assert_eq!(indexed(&restarted), indexed(&app));
    // And the next copy, of this build, takes its place.
    assert!(restarted.state.registry.keep_snapshot().await.unwrap());
    let kept = app.db().store.snapshot_seq().await.unwrap().unwrap();
    assert_eq!(kept.1, format());
}

#[tokio::test]
async fn a_copy_in_many_parts_reads_back_as_the_index_and_a_smaller_one_replaces_it_sqlite() {
    many_parts_then_one(TestApp::seeded().await).await;
}

#[tokio::test]
async fn a_copy_in_many_parts_reads_back_as_the_index_and_a_smaller_one_replaces_it_postgres() {
    let Some(db) = db::seeded_postgres().await else {
        return;
    };
    many_parts_then_one(TestApp::over(db).await).await;
}

async fn many_parts_then_one(app: TestApp) {
    let registry = &app.state.registry;
    // Parts of about 2 KB: most listings end a part.
    assert!(registry.keep_snapshot_in_parts_of(2_000).await.unwrap());
    let many = app.db().store.read_snapshot().await.unwrap().unwrap();
    assert!(many.parts.len() > 10, "{} parts", many.parts.len());
    let restarted = app.restarted().await;
    assert!(!indexed(&app).is_empty());
    assert_eq!(indexed(&restarted), indexed(&app));
    for place in ["Portadown", "Cardiff", "Glasgow", "M1"] {
        let uri = format!("/api/v1/search?where={place}&limit=20");
        assert_eq!(
            restarted.get(&uri).await.body,
            app.get(&uri).await.body,
            "{place}"
        );
    }

    // After a change, the next copy in one part: none of the earlier parts is left over.
    change(&app, CIP, |p| p.name = "Renamed Between Copies".into()).await;
    let restarted = app.restarted().await;
    assert!(restarted.state.registry.keep_snapshot().await.unwrap());
    let one = app.db().store.read_snapshot().await.unwrap().unwrap();
    assert_eq!(one.parts.len(), 1);
    assert_eq!(one.head.seq, app.db().store.last_change().await.unwrap());
    let again = app.restarted().await;
    assert_eq!(indexed(&again), indexed(&restarted));
    assert_eq!(indexed(&again)[CIP].name, "Renamed Between Copies");
}

#[tokio::test]
async fn a_copy_that_fails_while_it_is_written_leaves_the_one_kept_sqlite() {
    failed_copy(TestApp::seeded().await).await;
}

#[tokio::test]
async fn a_copy_that_fails_while_it_is_written_leaves_the_one_kept_postgres() {
    let Some(db) = db::seeded_postgres().await else {
        return;
    };
    failed_copy(TestApp::over(db).await).await;
}

async fn failed_copy(app: TestApp) {
    assert!(app.state.registry.keep_snapshot().await.unwrap());
    let kept = app.db().store.read_snapshot().await.unwrap().unwrap();

    // A later copy whose second part never comes.
    let failing = vec![
        Ok(b"a first part".to_vec()),
        Err(StoreError::Corrupt("the maker failed".into())),
    ];
    let offered = offer(&app, kept.head.seq + 1, format(), failing).await;
    assert!(offered.is_err(), "{offered:?}");
    assert_eq!(app.db().store.read_snapshot().await.unwrap().unwrap(), kept);
    let restarted = app.restarted().await;
    assert_eq!(indexed(&restarted), indexed(&app));
}
