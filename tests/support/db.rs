//! Real databases for tests: a fresh SQLite file, or a fresh PostgreSQL database on the
//! server named by `PEERMAP_TEST_POSTGRES`.

use super::skip::{Tool, require};
use peermap::domain::Taxonomy;
use peermap::store::{self, Store};
use std::sync::Arc;

/// A database for one test; the temporary directory lives as long as it does.
pub struct TestDb {
    pub url: String,
    pub store: Arc<dyn Store>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    /// The database at `url`, opened as `store`; `dir`, if any, lives as long as it does.
    pub fn new(url: String, store: Arc<dyn Store>, dir: Option<tempfile::TempDir>) -> TestDb {
        TestDb {
            url,
            store,
            _dir: dir,
        }
    }
}

/// A fresh SQLite file in a temporary directory.
pub async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("peermap.db").display());
    let store = store::connect(&url).await.unwrap();
    TestDb {
        url,
        store,
        _dir: Some(dir),
    }
}

/// A fresh SQLite file filled with the starting directory.
pub async fn seeded_sqlite() -> TestDb {
    let db = sqlite().await;
    peermap::seed::seed_if_empty(db.store.as_ref(), &Taxonomy::bundled())
        .await
        .unwrap();
    db
}

/// A fresh PostgreSQL database, or `None` (the test is skipped, see [`require`]) when
/// `PEERMAP_TEST_POSTGRES` is not set.
pub async fn postgres() -> Option<TestDb> {
    let url = empty_postgres().await?;
    let store = store::connect(&url).await.unwrap();
    Some(TestDb {
        url,
        store,
        _dir: None,
    })
}

/// A fresh PostgreSQL database filled with the starting directory, or `None` as for
/// [`postgres`].
pub async fn seeded_postgres() -> Option<TestDb> {
    let db = postgres().await?;
    peermap::seed::seed_if_empty(db.store.as_ref(), &Taxonomy::bundled())
        .await
        .unwrap();
    Some(db)
}

/// The URL of a fresh, empty (not yet migrated) PostgreSQL database, or `None` as for
/// [`postgres`].
pub async fn empty_postgres() -> Option<String> {
    let admin_url = require(&[Tool::Postgres])?.remove(0);
    use sqlx::Connection;
    let name = format!("peermap_test_{}", unique());
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .expect("PostgreSQL is reachable");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .unwrap();
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b.to_string())
        .unwrap();
    Some(format!("{base}/{name}"))
}

/// A name no other test in any process uses at the same time.
fn unique() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{}_{}_{}", std::process::id(), t % 1_000_000_000, n)
}
