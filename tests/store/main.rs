//! The storage backends, one conformance suite for both: a real SQLite file always, and a
//! real PostgreSQL when `PEERMAP_TEST_POSTGRES` names one (always in CI; elsewhere the
//! PostgreSQL half is skipped, said in one line). Use cases (`registry`) are tested here too,
//! against the real databases and without HTTP.

// Tests and benchmarks stop at the first surprise: unwrap() is how they say so.
#![allow(clippy::unwrap_used)]

#[path = "../support/mod.rs"]
mod support;

/// Runs each named `async fn(TestDb)` of the calling module against a fresh SQLite
/// file (`sqlite::name`) and a fresh PostgreSQL database (`postgres::name`).
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $name() {
                super::$name($crate::support::db::sqlite().await).await;
            })+
        }
        mod postgres {
            $(#[tokio::test]
            async fn $name() {
                if let Some(db) = $crate::support::db::postgres().await {
                    super::$name(db).await;
                }
            })+
        }
    };
}

mod assurance;
mod atomic;
mod backup;
mod changes;
mod community;
mod filter;
mod fixtures;
mod history;
mod import;
mod listing;
mod projects;
mod upgrade;
