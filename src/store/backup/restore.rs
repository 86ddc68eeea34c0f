//! Putting a backup in place of the configured SQLite database.

use super::files::{self, Partial, SIDECARS, io};
use super::{BackupError, check, is_busy, open, options};
use sqlx::Connection;
use sqlx::sqlite::SqliteLockingMode;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What a restore replaced.
#[derive(Debug)]
pub struct Restored {
    /// The database now holding the backup.
    pub database: PathBuf,
    /// The size of the restored database, in bytes.
    pub bytes: u64,
}

/// Replaces the SQLite database named by `database_url` (created if it is missing) with
/// the backup `file`, after checking `file` is a whole peermap database. The server must
/// be stopped first: a database another process has open is refused.
///
/// The backup is copied beside the database, checked, synced, and renamed over it; the
/// old database's write-ahead log and journal are removed first, so nothing of it is ever
/// applied to the new one. `peermap serve` then applies any migrations newer than the
/// backup.
pub async fn restore(database_url: &str, file: &Path) -> Result<Restored, BackupError> {
    let database = super::sqlite_file(database_url)?;
    if !file.is_file() {
        return Err(BackupError::NoFile(file.to_path_buf()));
    }
    let not_peermap = |why: String| BackupError::NotPeermap {
        path: file.to_path_buf(),
        why,
    };
    let log = files::with_suffix(file, "-wal");
    if std::fs::metadata(&log).is_ok_and(|m| m.len() > 0) {
        return Err(not_peermap(format!(
            "{} beside it holds writes not yet in the file, so it is a database in use or \
             not closed cleanly, not a backup: make one with `peermap backup`",
            log.display()
        )));
    }
    let partial = Partial::beside(&database, "restore")?;
    std::fs::copy(file, partial.path()).map_err(|e| {
        io(
            "could not copy the backup beside the database at",
            &database,
            e,
        )
    })?;
    check::peermap_database(partial.path())
        .await?
        .map_err(not_peermap)?;
    let bytes = partial.sync()?;
    if database.is_file() {
        unused(database_url, &database).await?;
    }
    for suffix in SIDECARS {
        files::remove(&files::with_suffix(&database, suffix))?;
    }
    partial.publish_over(&database)?;
    Ok(Restored { database, bytes })
}

/// Refuses with [`BackupError::InUse`] when another connection has the database open:
/// every connection to a WAL database holds a shared lock on it while open, so the
/// exclusive lock is not to be had. Best effort: a server idle long enough to have
/// closed its connections is not seen, which is why the server must be stopped first.
async fn unused(database_url: &str, database: &Path) -> Result<(), BackupError> {
    let options = options(database_url)?.locking_mode(SqliteLockingMode::Exclusive);
    let mut conn = match open(options, Duration::ZERO).await {
        Ok(conn) => conn,
        Err(e) if is_busy(&e) => return Err(BackupError::InUse(database.to_path_buf())),
        // Not a database we can open (corrupt, say): nothing of it to keep.
        Err(_) => return Ok(()),
    };
    let locked = sqlx::query("BEGIN EXCLUSIVE; COMMIT")
        .execute(&mut conn)
        .await;
    let _ = conn.close().await;
    match locked {
        Err(e) if is_busy(&e) => Err(BackupError::InUse(database.to_path_buf())),
        _ => Ok(()),
    }
}
