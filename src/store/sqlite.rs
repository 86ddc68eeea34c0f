//! The embedded default backend: a SQLite file in WAL mode with foreign keys on.

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

/// How long a write waits for another connection's (or process's) write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The registry in a SQLite file.
#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the file named by `url` (`sqlite://peermap.db`) and
    /// migrates it.
    pub async fn connect(url: &str) -> Result<Self, super::StoreError> {
        Self::connect_with(SqliteConnectOptions::from_str(url)?).await
    }

    /// Opens the file `options` names, with the store's own settings (WAL, foreign keys,
    /// the busy timeout) over whatever else `options` sets, and migrates it. Every
    /// connection of the pool gets the same options: a test sets `max_page_count` here to
    /// fill the disk.
    pub async fn connect_with(options: SqliteConnectOptions) -> Result<Self, super::StoreError> {
        let options = options
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(BUSY_TIMEOUT);
        // Turning a new file to WAL takes a lock the busy timeout does not wait for: a
        // second process starting at the same moment is told "database is locked", so it
        // tries again until the timeout.
        let started = std::time::Instant::now();
        let pool = loop {
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .after_release(|conn, _| Box::pin(still_usable(conn)))
                .connect_with(options.clone())
                .await;
            match pool {
                Err(sqlx::Error::Database(e))
                    if is_busy(e.as_ref()) && started.elapsed() < BUSY_TIMEOUT =>
                {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                other => break other?,
            }
        };
        migrate(&pool).await?;
        Ok(Self { pool })
    }

    /// No wake-up on SQLite: followers poll the change feed.
    async fn signal(&self) -> Result<Option<super::changes::Signal>, super::StoreError> {
        Ok(None)
    }

    /// A write transaction that holds SQLite's write lock from its first statement, so it
    /// waits (up to the busy timeout) rather than failing when it comes to write.
    async fn write(&self) -> Result<super::scope::Scope<'_, sqlx::Sqlite>, sqlx::Error> {
        Ok(super::scope::Scope::Own(
            self.pool.begin_with("BEGIN IMMEDIATE").await?,
        ))
    }
}

/// Whether a connection given back to the pool may be used again. When a statement fails
/// for want of space (or memory, or with an I/O error) SQLite may roll the whole
/// transaction back itself; sqlx's ROLLBACK on drop then fails and it goes on counting a
/// transaction open, so the connection would refuse every later `BEGIN` ("begin_with at
/// non-zero transaction depth") long after there is room again. Such a connection is
/// closed instead. (The ping waits for that ROLLBACK, queued before it, to have run.)
async fn still_usable(conn: &mut sqlx::SqliteConnection) -> Result<bool, sqlx::Error> {
    use sqlx::Connection;
    conn.ping().await?;
    Ok(!conn.is_in_transaction())
}

/// Whether SQLite said "database is locked" (`SQLITE_BUSY`, or one of its extended codes).
fn is_busy(e: &dyn sqlx::error::DatabaseError) -> bool {
    const SQLITE_BUSY: i32 = 5;
    e.code()
        .and_then(|c| c.parse::<i32>().ok())
        .is_some_and(|c| c & 0xff == SQLITE_BUSY)
}

/// Runs the migrations inside one transaction holding the write lock. sqlx locks only
/// PostgreSQL while migrating; here a second process starting on the same file waits
/// for the first to finish, then finds every migration applied, instead of running them
/// again ("table projects already exists"). Each migration is a savepoint inside it.
async fn migrate(pool: &SqlitePool) -> Result<(), super::StoreError> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    sqlx::migrate!("./migrations/sqlite").run(&mut *tx).await?;
    tx.commit().await?;
    Ok(())
}

super::backend::backend!(SqliteStore, SqliteTx, sqlx::Sqlite, "sqlite");
super::limits::impl_limits!(SqliteStore);
super::snapshots::impl_snapshots!(SqliteStore);
