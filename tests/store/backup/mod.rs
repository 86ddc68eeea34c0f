//! `peermap backup` and `peermap restore`, run as the real binary on real files: a copy
//! taken while another connection writes holds every write acknowledged before it began,
//! restores in a new place and is served; and every refusal leaves the files as they were.

mod run;

use crate::support::{db, records};
use run::*;
use std::path::Path;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_while_writing_holds_every_acknowledged_write_and_restores_elsewhere() {
    let db = db::seeded_sqlite().await;
    let dir = tempfile::tempdir().unwrap();
    let import = dir.path().join("import.json");
    std::fs::write(
        &import,
        r#"[{"slug": "kept-by-backup", "name": "Kept By Backup", "organisation": "Org", "summary": "Fine.", "source": "test"}]"#,
    )
    .unwrap();
    succeeded(&peermap(&db.url, &["import", import.to_str().unwrap()]));

    let writer = Writer::start(&db);
    while writer.acked().len() < 20 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let before = writer.acked().len();
    let copy = dir.path().join("copy.db");
    let (url, file) = (db.url.clone(), copy.to_str().unwrap().to_string());
    let backup = tokio::task::spawn_blocking(move || peermap(&url, &["backup", &file]))
        .await
        .unwrap();
    let during = writer.acked().len() - before;
    let acked = writer.stop().await;
    let said = succeeded(&backup);
    assert!(said.contains("wrote a consistent copy"), "{said}");
    assert!(during > 0, "no write was acknowledged while the backup ran");

    // Restored into a new place, it is whole and holds a prefix of the writes: all
    // acknowledged before the backup began, none made up, none missing in between.
    let restored = dir.path().join("elsewhere").join("peermap.db");
    std::fs::create_dir(restored.parent().unwrap()).unwrap();
    let said = succeeded(&peermap(
        &sqlite_url(&restored),
        &["restore", &copy.to_string_lossy()],
    ));
    assert!(said.contains("restored"), "{said}");
    assert_eq!(integrity(&restored).await, ["ok"]);
    let served = serve_and_get(&sqlite_url(&restored), "/projects/kept-by-backup").await;
    assert!(served.contains("Kept By Backup"), "{served}");

    let store = peermap::store::connect(&sqlite_url(&restored))
        .await
        .unwrap();
    let kept: Vec<String> = {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&sqlite_url(&restored))
            .await
            .unwrap();
        sqlx::query_scalar("SELECT email FROM accounts WHERE email LIKE 'writer-%' ORDER BY email")
            .fetch_all(&mut conn)
            .await
            .unwrap()
    };
    assert!(
        kept.len() >= before,
        "{} of the {before} acknowledged before the backup",
        kept.len()
    );
    assert_eq!(
        kept[..],
        acked[..kept.len()],
        "the copy is not one moment's state"
    );
    for email in &acked[..before] {
        assert!(
            records::account_id(store.as_ref(), email).await.is_some(),
            "{email} lost"
        );
    }
}

#[tokio::test]
async fn backup_never_overwrites_a_file() {
    let db = db::seeded_sqlite().await;
    let dir = tempfile::tempdir().unwrap();
    let there = dir.path().join("there.db");
    std::fs::write(&there, "keep me").unwrap();
    let said = refused(&peermap(&db.url, &["backup", there.to_str().unwrap()]));
    assert!(
        said.contains("already exists") && said.contains("never overwrites"),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(&there).unwrap(), "keep me");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(
        left.len(),
        1,
        "the refused backup left files behind: {left:?}"
    );
}

#[tokio::test]
async fn restore_refuses_what_is_not_a_peermap_database_and_keeps_the_database() {
    let db = db::seeded_sqlite().await;
    let target = Path::new(path_of(&db)).to_path_buf();
    let kept = db.store.counts().await.unwrap().real;
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = dir.path().join("peermap.db");

    let junk = dir.path().join("notes.txt");
    std::fs::write(
        &junk,
        "not a database at all, though long enough to look like a header",
    )
    .unwrap();
    let other = dir.path().join("other.db");
    {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&format!("{}?mode=rwc", sqlite_url(&other)))
            .await
            .unwrap();
        sqlx::query("CREATE TABLE projects (id INTEGER PRIMARY KEY)")
            .execute(&mut conn)
            .await
            .unwrap();
    }
    for (file, why) in [
        (&junk, "is not a SQLite database"),
        (&other, "no _sqlx_migrations table"),
    ] {
        let said = refused(&peermap(
            &sqlite_url(&elsewhere),
            &["restore", file.to_str().unwrap()],
        ));
        assert!(
            said.contains("is not a peermap database") && said.contains(why),
            "{said}"
        );
    }
    // A database with writes still in its log beside it is a live one, not a backup.
    let live = dir.path().join("live.db");
    std::fs::copy(&target, &live).unwrap();
    std::fs::write(
        dir.path().join("live.db-wal"),
        "frames not yet checkpointed",
    )
    .unwrap();
    let said = refused(&peermap(
        &sqlite_url(&elsewhere),
        &["restore", live.to_str().unwrap()],
    ));
    assert!(said.contains("holds writes not yet in the file"), "{said}");
    assert!(!elsewhere.exists(), "a refused restore made a database");
    let said = refused(&peermap(
        &sqlite_url(&elsewhere),
        &["restore", "/nowhere/peermap.db"],
    ));
    assert!(
        said.contains("there is no file at /nowhere/peermap.db"),
        "{said}"
    );

    // Over a database, a refused restore leaves it as it was.
    let said = refused(&peermap(&db.url, &["restore", junk.to_str().unwrap()]));
    assert!(said.contains("is not a peermap database"), "{said}");
    assert_eq!(db.store.counts().await.unwrap().real, kept);
    assert_eq!(integrity(&target).await, ["ok"]);
}

#[tokio::test]
async fn restore_refuses_a_database_in_use_and_replaces_one_left_by_a_killed_server() {
    let db = db::seeded_sqlite().await;
    let dir = tempfile::tempdir().unwrap();
    let import = dir.path().join("import.json");
    std::fs::write(
        &import,
        r#"[{"slug": "only-in-backup", "name": "Only In Backup", "organisation": "Org", "summary": "Fine.", "source": "test"}]"#,
    )
    .unwrap();
    succeeded(&peermap(&db.url, &["import", import.to_str().unwrap()]));
    let copy = dir.path().join("copy.db");
    succeeded(&peermap(&db.url, &["backup", copy.to_str().unwrap()]));

    // This process has the database open, as a running server would.
    let said = refused(&peermap(&db.url, &["restore", copy.to_str().unwrap()]));
    assert!(
        said.contains("is open in another process") && said.contains("stop `peermap serve`"),
        "{said}"
    );
    assert_eq!(integrity(Path::new(path_of(&db))).await, ["ok"]);

    // A server killed while serving leaves its write-ahead log; the restore replaces the
    // database and the log both, and the server serves the backup.
    let target = dir.path().join("served.db");
    let home = serve_and_get(&sqlite_url(&target), "/").await;
    assert!(home.contains("projects are listed"), "{home}");
    let log = dir.path().join("served.db-wal");
    assert!(log.exists(), "the killed server left no write-ahead log");
    let said = succeeded(&peermap(
        &sqlite_url(&target),
        &["restore", copy.to_str().unwrap()],
    ));
    assert!(said.contains("restored"), "{said}");
    for sidecar in ["served.db-wal", "served.db-shm", "served.db-journal"] {
        assert!(
            !dir.path().join(sidecar).exists(),
            "{sidecar} left beside the restored database"
        );
    }
    assert_eq!(integrity(&target).await, ["ok"]);
    let page = serve_and_get(&sqlite_url(&target), "/projects/only-in-backup").await;
    assert!(page.contains("Only In Backup"), "{page}");
}

#[tokio::test]
async fn an_older_backup_is_migrated_when_served_and_a_newer_one_refused() {
    use sqlx::Connection;
    let dir = tempfile::tempdir().unwrap();
    let migrations = sqlx::migrate!("./migrations/sqlite");
    let latest = migrations.iter().map(|m| m.version).max().unwrap();
    let old = dir.path().join("old.db");
    let mut conn = sqlx::SqliteConnection::connect(&format!("{}?mode=rwc", sqlite_url(&old)))
        .await
        .unwrap();
    migrations.run_to(latest - 1, &mut conn).await.unwrap();
    conn.close().await.unwrap();

    let restored = dir.path().join("peermap.db");
    succeeded(&peermap(
        &sqlite_url(&restored),
        &["restore", old.to_str().unwrap()],
    ));
    let store = peermap::store::connect(&sqlite_url(&restored))
        .await
        .unwrap();
    store.ping().await.unwrap();
    let mut conn = sqlx::SqliteConnection::connect(&sqlite_url(&restored))
        .await
        .unwrap();
    let applied: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    assert_eq!(
        applied.last(),
        Some(&latest),
        "serving did not migrate the restored database"
    );

    // A database from a peermap with a migration this one lacks is refused.
    let newer = dir.path().join("newer.db");
    std::fs::copy(&restored, &newer).unwrap();
    let mut conn = sqlx::SqliteConnection::connect(&sqlite_url(&newer))
        .await
        .unwrap();
    sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES ($1, 'from the future', TRUE, x'00', 0)")
        .bind(latest + 1)
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    let elsewhere = dir.path().join("elsewhere.db");
    let said = refused(&peermap(
        &sqlite_url(&elsewhere),
        &["restore", newer.to_str().unwrap()],
    ));
    assert!(
        said.contains(&format!("migration {}", latest + 1)) && said.contains("newer"),
        "{said}"
    );
}

#[test]
fn postgres_is_pointed_at_pg_dump() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("peermap.dump");
    let url = "postgres://nobody@127.0.0.1:9/peermap";
    let said = refused(&peermap(url, &["backup", file.to_str().unwrap()]));
    assert!(
        said.contains("pg_dump -Fc \"$DATABASE_URL\" > peermap.dump"),
        "{said}"
    );
    assert!(!file.exists());
    std::fs::write(&file, "a dump").unwrap();
    let said = refused(&peermap(url, &["restore", file.to_str().unwrap()]));
    assert!(said.contains("pg_restore --clean"), "{said}");
}
