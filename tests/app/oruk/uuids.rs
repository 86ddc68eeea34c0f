//! Every project and site has a UUID that never changes: given at creation, kept through
//! updates (a listing's site rows are rewritten on every save) and restarts, and given by
//! migration 0013 to rows that existed before it, on both backends.

use super::fixtures::{self, GROUP};
use crate::support::TestApp;
use crate::support::db;
use peermap::store;
use sqlx::migrate::Migrator;
use std::collections::HashSet;
use uuid::Uuid;

async fn ids_never_change(app: TestApp) {
    let before = fixtures::listing(&app, GROUP).await;
    let all = fixtures::feed(&app).await;
    let unique: HashSet<Uuid> = all
        .iter()
        .map(|l| l.uuid)
        .chain(all.iter().flat_map(|l| l.site_uuids.clone()))
        .collect();
    let count = all.len() + all.iter().map(|l| l.site_uuids.len()).sum::<usize>();
    assert_eq!(unique.len(), count, "every project and site has its own id");
    assert!(all.iter().all(|l| l.uuid.get_version_num() == 4));

    // An update that renames the project, drops nothing and adds a site first.
    let mut edited = before.project.clone();
    edited.name = "Oruk Test Group, renamed".to_string();
    let mut york = edited.sites[0].clone();
    york.label = "York".to_string();
    edited.sites.insert(0, york);
    app.save_project(&edited).await;
    let after = fixtures::listing(&app, GROUP).await;
    assert_eq!(after.uuid, before.uuid, "the project keeps its id");
    assert_eq!(
        after.site_uuids[1..],
        before.site_uuids[..],
        "each site keeps its id, by label"
    );
    assert!(
        !before.site_uuids.contains(&after.site_uuids[0]),
        "a new site gets a new id"
    );

    // Dropping a site and bringing it back keeps its id too; a restart changes nothing.
    edited.sites.remove(1);
    app.save_project(&edited).await;
    app.save_project(&after.project).await;
    let restarted = app.restarted().await;
    assert_eq!(
        fixtures::listing(&restarted, GROUP).await.site_uuids,
        after.site_uuids
    );
}

#[tokio::test]
async fn ids_never_change_on_sqlite() {
    ids_never_change(fixtures::sqlite_app().await).await;
}

#[tokio::test]
async fn ids_never_change_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    ids_never_change(fixtures::app_over(db).await).await;
}

/// The migrations before 0013, copied to a directory of their own.
fn migrations_before_uuids(backend: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = format!("{}/migrations/{backend}", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if name.as_str() < "0013" {
            std::fs::copy(&path, dir.path().join(name)).unwrap();
        }
    }
    dir
}

/// Writes two projects (one with two sites) with the schema before 0013, on `$conn`.
macro_rules! old_rows {
    ($conn:expr) => {{
        for (id, slug) in [(1_i64, "old-one"), (2, "old-two")] {
            sqlx::query(
                "INSERT INTO projects (id, slug, name, organisation, summary, status, source, created_at, updated_at) \
                 VALUES ($1, $2, $2, 'Org', 'Summary.', 'published', 'Test', $3, $3)",
            )
            .bind(id)
            .bind(slug.to_string())
            .bind(chrono::Utc::now())
            .execute(&mut *$conn)
            .await
            .unwrap();
        }
        for (ord, label) in [(0_i64, "Leeds"), (1, "York")] {
            sqlx::query(
                "INSERT INTO sites (project_id, ord, label, lat, lon, loc_precision, nation) \
                 VALUES (1, $1, $2, 53.8, -1.5, 'town', 'england')",
            )
            .bind(ord)
            .bind(label.to_string())
            .execute(&mut *$conn)
            .await
            .unwrap();
        }
    }};
}

/// The store opened over rows written before 0013 (running it): each project got a
/// random UUID, and so did each site.
async fn assert_old_rows_have_ids(url: &str) {
    let store = store::connect(url).await.unwrap();
    let feed = store.feed().await.unwrap();
    assert_eq!(feed.len(), 2);
    let mut ids: Vec<Uuid> = feed.iter().map(|l| l.uuid).collect();
    ids.extend(feed[0].site_uuids.iter());
    assert_eq!(feed[0].site_uuids.len(), 2);
    assert!(ids.iter().all(|u| u.get_version_num() == 4), "{ids:?}");
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 4, "{ids:?}");
    // Opening again (the migration is not run twice) keeps them.
    let again = store::connect(url).await.unwrap().feed().await.unwrap();
    assert_eq!(again, feed);
    // One listing read by its id alone is the same as in the whole feed.
    for l in &feed {
        assert_eq!(store.feed_listing(l.uuid).await.unwrap().as_ref(), Some(l));
    }
    assert_eq!(store.feed_listing(Uuid::new_v4()).await.unwrap(), None);
}

/// Runs the migrations before 0013 on the pool `$pool` to a `backend` database, writes
/// rows as they were then, and checks that opening the store gave them ids.
macro_rules! old_rows_get_ids {
    ($pool:expr, $url:expr, $backend:expr) => {{
        let old = migrations_before_uuids($backend);
        Migrator::new(old.path())
            .await
            .unwrap()
            .run(&$pool)
            .await
            .unwrap();
        let mut conn = $pool.acquire().await.unwrap();
        old_rows!(conn);
        drop(conn);
        $pool.close().await;
        assert_old_rows_have_ids($url).await;
    }};
}

#[tokio::test]
async fn existing_rows_get_ids_from_the_migration_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("old.db").display());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    old_rows_get_ids!(pool, &url, "sqlite");
}

#[tokio::test]
async fn existing_rows_get_ids_from_the_migration_on_postgres() {
    let Some(url) = db::empty_postgres().await else {
        return;
    };
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    old_rows_get_ids!(pool, &url, "postgres");
}
