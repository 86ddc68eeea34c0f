//! Whether a file is a whole peermap database this build can serve.

use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use std::path::Path;

/// Checks the SQLite file at `path` passes its integrity check and was made by peermap
/// with migrations this build knows (later ones are applied when `peermap serve` opens
/// it); why not, said for a person, otherwise.
pub(super) async fn peermap_database(path: &Path) -> Result<Result<(), String>, sqlx::Error> {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false);
    let mut conn = match SqliteConnection::connect_with(&options).await {
        Ok(conn) => conn,
        Err(e) => return Ok(Err(format!("SQLite cannot open it ({e})"))),
    };
    let verdict = match integrity(&mut conn).await {
        Ok(Ok(())) => migrations(&mut conn).await?,
        Ok(Err(why)) => Err(why),
        // "file is not a database", "database disk image is malformed", …
        Err(sqlx::Error::Database(e)) => Err(format!(
            "it is not a SQLite database (SQLite says “{}”)",
            e.message()
        )),
        Err(e) => return Err(e),
    };
    conn.close().await?;
    Ok(verdict)
}

/// `PRAGMA integrity_check` says "ok".
async fn integrity(conn: &mut SqliteConnection) -> Result<Result<(), String>, sqlx::Error> {
    let found: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut *conn)
        .await?;
    if found == ["ok"] {
        Ok(Ok(()))
    } else {
        let shown: Vec<&str> = found.iter().take(3).map(String::as_str).collect();
        Ok(Err(format!(
            "its integrity check failed: {}",
            shown.join("; ")
        )))
    }
}

/// peermap's tables are there, and every migration applied to it is one of this build's,
/// unchanged and complete.
async fn migrations(conn: &mut SqliteConnection) -> Result<Result<(), String>, sqlx::Error> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('_sqlx_migrations', 'projects')",
    )
    .fetch_all(&mut *conn)
    .await?;
    for table in ["_sqlx_migrations", "projects"] {
        if !tables.iter().any(|t| t == table) {
            return Ok(Err(format!("it has no {table} table")));
        }
    }
    let applied: Vec<(i64, Vec<u8>, bool)> =
        sqlx::query_as("SELECT version, checksum, success FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut *conn)
            .await?;
    let ours = sqlx::migrate!("./migrations/sqlite");
    for (version, checksum, success) in &applied {
        let known = ours
            .iter()
            .find(|m| m.version == *version && !m.migration_type.is_down_migration());
        let why = match known {
            None => "which this peermap does not have: it was made by a newer or different version",
            Some(m) if *m.checksum != checksum[..] => "which differs from this peermap's",
            Some(_) if !success => "which did not complete",
            Some(_) => continue,
        };
        return Ok(Err(format!("it has migration {version}, {why}")));
    }
    if applied.is_empty() {
        return Ok(Err("no migration was ever applied to it".to_string()));
    }
    Ok(Ok(()))
}
