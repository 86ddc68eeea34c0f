//! `peermap backup` and `peermap restore`: a consistent copy of the SQLite database taken
//! while the server keeps serving (`VACUUM INTO`, which reads one snapshot in WAL mode and
//! never blocks writers), and putting such a copy back in place of the database.
//!
//! PostgreSQL has its own tools for this (`pg_dump`, `pg_restore`); both commands say so
//! rather than guess. Neither ever overwrites a file it was not asked to replace, and
//! every file is written beside its destination, synced, and only then moved into place,
//! so a copy that stands under its final name is whole.

mod check;
mod files;
mod restore;

pub use restore::restore;

use files::Partial;
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

/// Why a backup or a restore was refused or failed, said for the person at the terminal.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "peermap backup and restore copy a SQLite database; this one is PostgreSQL, so use its own tools: \
         pg_dump -Fc \"$DATABASE_URL\" > peermap.dump to back up, and \
         pg_restore --clean --if-exists -d \"$DATABASE_URL\" peermap.dump to restore (see \"Backups\" in the README)"
    )]
    Postgres,
    #[error("unsupported database URL “{0}”: backup and restore need sqlite://FILE")]
    UnsupportedUrl(String),
    #[error("there is no database at {0}: check --database (or DATABASE_URL)")]
    NoDatabase(PathBuf),
    #[error("there is no file at {0}")]
    NoFile(PathBuf),
    #[error(
        "{0} already exists: peermap backup never overwrites a file, so name a new one (or remove this one first)"
    )]
    Exists(PathBuf),
    #[error("{path} is not a peermap database, so nothing was restored: {why}")]
    NotPeermap { path: PathBuf, why: String },
    #[error(
        "{0} is open in another process: stop `peermap serve` (and any other peermap command using it) \
         before restoring, then run the restore again"
    )]
    InUse(PathBuf),
    #[error("{what} {path}: {source}")]
    Io {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

/// What a backup wrote.
#[derive(Debug)]
pub struct Copied {
    /// The database that was copied.
    pub database: PathBuf,
    /// The size of the copy, in bytes.
    pub bytes: u64,
}

/// Writes a consistent copy of the SQLite database named by `database_url` to `file`,
/// which must not exist yet. Safe while `peermap serve` is writing to the database: the
/// copy holds every write committed before it began and none after.
pub async fn backup(database_url: &str, file: &Path) -> Result<Copied, BackupError> {
    let database = sqlite_file(database_url)?;
    if !database.is_file() {
        return Err(BackupError::NoDatabase(database));
    }
    if files::exists(file) {
        return Err(BackupError::Exists(file.to_path_buf()));
    }
    let partial = Partial::beside(file, "backup")?;
    let target = partial.path().to_str().ok_or_else(|| BackupError::Io {
        what: "SQLite can only write to a path that is valid UTF-8, not",
        path: file.to_path_buf(),
        source: std::io::ErrorKind::InvalidInput.into(),
    })?;
    let mut conn = open(options(database_url)?, Duration::from_secs(10)).await?;
    sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    let bytes = partial.sync()?;
    partial.publish_new(file)?;
    Ok(Copied { database, bytes })
}

/// The file of a `sqlite:` URL; a clear refusal for PostgreSQL or anything else.
fn sqlite_file(database_url: &str) -> Result<PathBuf, BackupError> {
    if database_url.starts_with("postgres://") || database_url.starts_with("postgresql://") {
        return Err(BackupError::Postgres);
    }
    if !database_url.starts_with("sqlite:") {
        return Err(BackupError::UnsupportedUrl(database_url.to_string()));
    }
    Ok(options(database_url)?.get_filename().to_path_buf())
}

/// The connection options of a `sqlite:` URL, as the server reads them.
fn options(database_url: &str) -> Result<SqliteConnectOptions, sqlx::Error> {
    SqliteConnectOptions::from_str(database_url)
}

/// One connection to an existing database (never creating it), waiting up to `busy` for
/// a lock.
async fn open(
    options: SqliteConnectOptions,
    busy: Duration,
) -> Result<SqliteConnection, sqlx::Error> {
    let options = options.create_if_missing(false).busy_timeout(busy);
    SqliteConnection::connect_with(&options).await
}

/// Whether `e` is SQLite saying another connection holds the lock (`SQLITE_BUSY`).
fn is_busy(e: &sqlx::Error) -> bool {
    let sqlx::Error::Database(e) = e else {
        return false;
    };
    e.code()
        .and_then(|c| c.parse::<i32>().ok())
        .is_some_and(|c| c & 0xff == 5)
}
