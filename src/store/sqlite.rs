//! The embedded default backend: a SQLite file in WAL mode with foreign keys on.

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

/// The registry in a SQLite file.
#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the file named by `url` (`sqlite://peermap.db`) and
    /// migrates it.
    pub async fn connect(url: &str) -> Result<Self, super::StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(Self { pool })
    }

    /// A write transaction that holds SQLite's write lock from its first statement, so it
    /// waits (up to the busy timeout) rather than failing when it comes to write.
    async fn write(&self) -> Result<super::scope::Scope<'_, sqlx::Sqlite>, sqlx::Error> {
        Ok(super::scope::Scope::Own(
            self.pool.begin_with("BEGIN IMMEDIATE").await?,
        ))
    }
}

super::backend::backend!(SqliteStore, SqliteTx, sqlx::Sqlite, "sqlite");
