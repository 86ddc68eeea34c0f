//! Shared test helpers: real databases (a SQLite file, a PostgreSQL database) and a
//! router driven with `oneshot`.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use peermap::AppState;
use peermap::domain::Taxonomy;
use peermap::store::{self, Store};
use std::sync::Arc;
use tower::ServiceExt;

pub mod client;

/// A database for one test; the temporary directory lives as long as it does.
pub struct TestDb {
    pub url: String,
    pub store: Arc<dyn Store>,
    _dir: Option<tempfile::TempDir>,
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

/// A fresh PostgreSQL database on the server named by `PEERMAP_TEST_POSTGRES`, or `None`
/// (with a message) when it is not set. Under `CI=true` a missing server fails the test.
pub async fn postgres() -> Option<TestDb> {
    let Ok(admin_url) = std::env::var("PEERMAP_TEST_POSTGRES") else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI=true but PEERMAP_TEST_POSTGRES is not set: .ci/run must start PostgreSQL");
        }
        eprintln!("skipping the PostgreSQL half: set PEERMAP_TEST_POSTGRES (see .ci/postgres.sh)");
        return None;
    };
    use sqlx::Connection;
    let name = format!("peermap_test_{}", uuid_like());
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
    let url = format!("{base}/{name}");
    let store = store::connect(&url).await.unwrap();
    Some(TestDb {
        url,
        store,
        _dir: None,
    })
}

fn uuid_like() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{}_{}_{}", std::process::id(), t % 1_000_000_000, n)
}

/// A state over a fresh SQLite file filled with the starting directory.
pub async fn seeded_state() -> (AppState, TestDb) {
    let db = sqlite().await;
    peermap::seed::seed_if_empty(db.store.as_ref(), &Taxonomy::bundled())
        .await
        .unwrap();
    (AppState::load(db.store.clone()).await.unwrap(), db)
}

/// A response read whole.
pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// Sends a GET through the whole application.
pub async fn get(state: &AppState, uri: &str) -> Reply {
    let response = peermap::app(state.clone())
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let content_type = headers
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        content_type,
        headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}
