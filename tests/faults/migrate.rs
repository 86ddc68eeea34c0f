//! Two processes starting together on one new database both come up: SQLite migrates
//! under its write lock (sqlx locks only PostgreSQL), and the first connection waits
//! while the other process turns the new file to WAL.

use crate::binary::Served;
use crate::support::db;
use peermap::store;

const ROUNDS: usize = 20;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_stores_opening_a_new_sqlite_file_together_both_migrate_it() {
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("new.db").display());
        // Each connection runs on a thread of its own: the two really open it at once.
        let (a, b) = tokio::join!(store::connect(&url), store::connect(&url));
        for (which, opened) in [("first", a), ("second", b)] {
            let store = opened.unwrap_or_else(|e| panic!("round {round}: the {which} store: {e}"));
            assert_eq!(
                store
                    .setting_or_insert("round", &round.to_string())
                    .await
                    .unwrap(),
                round.to_string()
            );
        }
    }
}

#[tokio::test]
async fn two_servers_started_together_on_a_new_sqlite_file_both_serve() {
    for round in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("new.db").display());
        let (a, b) = tokio::join!(
            Served::start(&url, dir.path()),
            Served::start(&url, dir.path())
        );
        let (a, b) = (
            a.unwrap_or_else(|e| panic!("round {round}: the first server: {e}")),
            b.unwrap_or_else(|e| panic!("round {round}: the second server: {e}")),
        );
        for server in [&a, &b] {
            let got = reqwest::get(server.url("/api/v1/projects?per_page=1"))
                .await
                .unwrap();
            assert_eq!(got.status(), 200);
            let page: serde_json::Value = got.json().await.unwrap();
            let bundled: Vec<serde_json::Value> =
                serde_json::from_str(peermap::data::BUNDLED_PROJECTS).unwrap();
            assert_eq!(
                page["total"],
                bundled.len(),
                "seeded once, whoever came first"
            );
        }
    }
}

#[tokio::test]
async fn two_stores_opening_a_new_postgres_database_together_both_migrate_it() {
    for _ in 0..3 {
        let Some(url) = db::empty_postgres().await else {
            return;
        };
        let (a, b) = tokio::join!(store::connect(&url), store::connect(&url));
        a.unwrap();
        b.unwrap();
    }
}
