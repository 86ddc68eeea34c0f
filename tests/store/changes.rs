//! The change feed: a change row commits or rolls back with its write, numbers become
//! visible in order, and a second registry on the same database (another process) follows
//! a first one's writes by catching up on the feed.

use crate::fixtures::{seed, slug, small_project};
use crate::support::db::TestDb;
use peermap::domain::community::Role;
use peermap::domain::{Status, Taxonomy};
use peermap::registry::Registry;
use peermap::store::{ChangeKind, Since};

on_both_backends!(
    a_change_commits_with_its_write_and_rolls_back_with_it,
    a_second_registry_follows_the_first_ones_writes,
    a_registry_behind_the_pruned_rows_loads_everything_again,
);

async fn after(db: &TestDb, seq: i64) -> Vec<ChangeKind> {
    let Since { changes, .. } = db.store.changes_after(seq, 1000).await.unwrap();
    changes.into_iter().map(|c| c.kind).collect()
}

async fn a_change_commits_with_its_write_and_rolls_back_with_it(db: TestDb) {
    seed(&db).await;
    let start = db.store.last_change().await.unwrap();
    let mut project = small_project("feed-one", "Feed One");

    // Kept until the commit: nobody sees the row before it.
    let tx = db.store.begin().await.unwrap();
    tx.save(&project, "test", false).await.unwrap();
    assert_eq!(after(&db, start).await, []);
    tx.commit().await.unwrap();
    assert_eq!(
        after(&db, start).await,
        [ChangeKind::Listing(slug("feed-one"))]
    );
    let committed = db.store.last_change().await.unwrap();
    assert!(committed > start);

    // Dropped without a commit: neither the write nor its row.
    project.name = "Feed One Renamed".into();
    let tx = db.store.begin().await.unwrap();
    tx.save(&project, "test", false).await.unwrap();
    drop(tx);
    assert_eq!(after(&db, committed).await, []);
    assert_eq!(
        db.store
            .get(&slug("feed-one"))
            .await
            .unwrap()
            .unwrap()
            .project
            .name,
        "Feed One"
    );

    // A save that changes nothing writes no row; one that does, on the store, writes one.
    project.name = "Feed One".into();
    db.store.save(&project, "test", false).await.unwrap();
    assert_eq!(after(&db, committed).await, []);
    project.name = "Feed One Again".into();
    db.store.save(&project, "test", false).await.unwrap();
    assert_eq!(
        after(&db, committed).await,
        [ChangeKind::Listing(slug("feed-one"))]
    );
}

async fn registries(db: &TestDb) -> (Registry, Registry) {
    seed(db).await;
    let taxonomy = Taxonomy::bundled();
    let a = Registry::load(db.store.clone(), &taxonomy).await.unwrap();
    let b = Registry::load(db.store.clone(), &taxonomy).await.unwrap();
    (a, b)
}

fn found(registry: &Registry, s: &str) -> Option<String> {
    registry.search().by_slug(&slug(s)).map(|p| p.name.clone())
}

async fn a_second_registry_follows_the_first_ones_writes(db: TestDb) {
    let (a, b) = registries(&db).await;
    let generation = b.search().generation();

    // An edit on A reaches B's index when B catches up, and only then.
    let mut quarriers = db
        .store
        .get(&slug("quarriers"))
        .await
        .unwrap()
        .unwrap()
        .project;
    quarriers.name = "Quarriers Renamed".into();
    a.save(&quarriers, "test").await.unwrap();
    assert_eq!(found(&a, "quarriers").as_deref(), Some("Quarriers Renamed"));
    assert_eq!(found(&b, "quarriers").as_deref(), Some("Quarriers"));
    let caught = b.catch_up().await.unwrap();
    assert_eq!(caught.changes, 1);
    assert_eq!(found(&b, "quarriers").as_deref(), Some("Quarriers Renamed"));
    assert!(
        b.search().generation() > generation,
        "cached coverage is dropped"
    );
    // Applying again does nothing more.
    assert_eq!(b.catch_up().await.unwrap().changes, 0);

    // An archive takes it out; a listing imported elsewhere comes in.
    quarriers.status = Status::Archived;
    a.save(&quarriers, "test").await.unwrap();
    db.store
        .save_many(&[small_project("feed-new", "Feed New")], "import", false)
        .await
        .unwrap();
    b.catch_up().await.unwrap();
    assert_eq!(found(&b, "quarriers"), None);
    assert_eq!(found(&b, "feed-new").as_deref(), Some("Feed New"));
    assert_eq!(b.last_seen(), db.store.last_change().await.unwrap());

    // A review changes the "peer reviewed" marks.
    let account = db
        .store
        .create_account("reviewer@feed.test", "hash", Role::Maintainer)
        .await
        .unwrap()
        .unwrap()
        .id;
    let reviewed_before = b.search().generation();
    db.store
        .create_review(
            &slug("feed-new"),
            &slug("community-intercultural-programme"),
            account,
            &[],
        )
        .await
        .unwrap();
    b.catch_up().await.unwrap();
    assert!(
        b.search().generation() > reviewed_before,
        "the reviewed listing was indexed again with its mark"
    );
}

async fn a_registry_behind_the_pruned_rows_loads_everything_again(db: TestDb) {
    let (a, b) = registries(&db).await;
    let mut cip = db
        .store
        .get(&slug("community-intercultural-programme"))
        .await
        .unwrap()
        .unwrap()
        .project;
    for name in ["First", "Second", "Third"] {
        cip.name = name.into();
        a.save(&cip, "test").await.unwrap();
    }
    // Every row but the newest is old enough to go.
    let rows = after(&db, 0).await.len() as u64;
    let gone = db
        .store
        .prune_changes(chrono::Utc::now() + chrono::TimeDelta::hours(1))
        .await
        .unwrap();
    assert_eq!(gone, rows - 1);
    assert_eq!(after(&db, 0).await.len(), 1);
    let caught = b.catch_up().await.unwrap();
    assert!(caught.reloaded);
    assert_eq!(
        found(&b, "community-intercultural-programme").as_deref(),
        Some("Third")
    );
    assert_eq!(b.last_seen(), db.store.last_change().await.unwrap());
}

/// On PostgreSQL a writer that has its number but has not committed holds back the next
/// one: a follower catching up all the while never steps over it. (Here the first
/// writer's change row takes a second to insert, as a slow disk or a busy server might.)
#[tokio::test]
async fn postgres_a_follower_never_steps_over_a_change_still_to_commit() {
    use sqlx::Connection;
    let Some(db) = crate::support::db::postgres().await else {
        return;
    };
    let (a, b) = registries(&db).await;
    let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
    for sql in [
        "CREATE FUNCTION slow_change() RETURNS trigger AS $$ BEGIN \
         IF NEW.slug = 'feed-slow' THEN PERFORM pg_sleep(1); END IF; RETURN NEW; END $$ \
         LANGUAGE plpgsql",
        "CREATE TRIGGER slow_change BEFORE INSERT ON changes FOR EACH ROW \
         EXECUTE FUNCTION slow_change()",
    ] {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut c)
            .await
            .unwrap();
    }
    let slow = {
        let a = a.clone();
        tokio::spawn(async move { a.save(&small_project("feed-slow", "Slow"), "test").await })
    };
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let fast = {
        let a = a.clone();
        tokio::spawn(async move { a.save(&small_project("feed-fast", "Fast"), "test").await })
    };
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_millis(1600) {
        b.catch_up().await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    slow.await.unwrap().unwrap();
    fast.await.unwrap().unwrap();
    b.catch_up().await.unwrap();
    assert_eq!(found(&b, "feed-fast").as_deref(), Some("Fast"));
    assert_eq!(
        found(&b, "feed-slow").as_deref(),
        Some("Slow"),
        "the slow change was stepped over"
    );
}
