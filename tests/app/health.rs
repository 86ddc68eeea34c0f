//! `/healthz` (alive) and `/readyz` (the database takes writes and is sound), over real
//! databases: a SQLite file as served, the same file opened read-only, a damaged copy,
//! and PostgreSQL.

use crate::support::{TestApp, TestDb, db};
use axum::http::StatusCode;
use sqlx::{Connection, SqliteConnection};

/// A secret of our own, so that starting over a read-only database writes nothing.
const SECRET: &str = "a form-signing secret of more than thirty-two characters";

#[tokio::test]
async fn ready_on_a_sound_writable_database_sqlite_and_postgres() {
    let app = TestApp::seeded().await;
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK, "{}", ready.body);
    assert_eq!(ready.json()["status"], "ready");
    assert_eq!(ready.json()["database"], "sqlite");
    if let Some(pg) = db::postgres().await {
        let ready = TestApp::over(pg).await.get("/readyz").await;
        assert_eq!(ready.status, StatusCode::OK, "{}", ready.body);
        assert_eq!(ready.json()["database"], "postgres");
    }
}

#[tokio::test]
async fn not_ready_when_the_database_cannot_be_written() {
    let served = db::seeded_sqlite().await;
    // The same file, opened read-only (`chmod` would not stop a test run as root).
    let url = format!("{}?mode=ro", served.url);
    let store = peermap::store::connect(&url).await.unwrap();
    let read_only = TestDb::new(url, store, None);
    let app = TestApp::over_with(read_only, |c| c.secret = Some(SECRET.into())).await;
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK, "it still reads");
    let alive = app.get("/healthz").await;
    assert_eq!(alive.status, StatusCode::OK, "alive all the same");
    let ready = app.get("/readyz").await;
    assert_eq!(
        ready.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        ready.body
    );
    assert_eq!(ready.json()["status"], "unavailable");
    // For the reason the log gives: the write was refused.
    let why = app.state.store.ready().await.unwrap_err().to_string();
    assert!(why.contains("readonly"), "{why}");
    assert!(
        ready.content_type.starts_with("application/json"),
        "{}",
        ready.content_type
    );
}

#[tokio::test]
async fn not_ready_when_the_database_file_is_damaged() {
    let source = db::seeded_sqlite().await;
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("damaged.db");
    // A table of 300 pages that the application never reads, copied with everything
    // else; then the page at its root overwritten with garbage.
    let mut c = SqliteConnection::connect(&source.url).await.unwrap();
    for sql in [
        "CREATE TABLE ballast (filler BLOB)",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) \
         INSERT INTO ballast SELECT randomblob(3000) FROM n",
    ] {
        sqlx::query(sql).execute(&mut c).await.unwrap();
    }
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "VACUUM INTO '{}'",
        copy.display()
    )))
    .execute(&mut c)
    .await
    .unwrap();
    c.close().await.unwrap();
    let url = format!("sqlite://{}", copy.display());
    let (root, page_size) = {
        let mut c = SqliteConnection::connect(&url).await.unwrap();
        let root: i64 =
            sqlx::query_scalar("SELECT rootpage FROM sqlite_master WHERE name = 'ballast'")
                .fetch_one(&mut c)
                .await
                .unwrap();
        let size: i64 = sqlx::query_scalar("PRAGMA page_size")
            .fetch_one(&mut c)
            .await
            .unwrap();
        c.close().await.unwrap();
        (root as u64, size as u64)
    };
    let at = (root - 1) * page_size;
    assert!(at + page_size < std::fs::metadata(&copy).unwrap().len());
    {
        use std::io::{Seek, SeekFrom, Write};
        let mut file = std::fs::OpenOptions::new().write(true).open(&copy).unwrap();
        file.seek(SeekFrom::Start(at)).unwrap();
        file.write_all(&vec![0xA5; page_size as usize]).unwrap();
        file.sync_all().unwrap();
    }

    let store = peermap::store::connect(&url).await.unwrap();
    let app = TestApp::over(TestDb::new(url, store, Some(dir))).await;
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK, "what it reads is still there");
    let ready = app.get("/readyz").await;
    assert_eq!(
        ready.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        ready.body
    );
    assert_eq!(ready.json()["status"], "unavailable");
    // For the reason the log gives: the integrity check found the damage.
    let why = app.state.store.ready().await.unwrap_err();
    assert!(
        matches!(why, peermap::store::StoreError::Corrupt(_)),
        "{why}"
    );
}
