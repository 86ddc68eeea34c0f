//! Migration 0010 over a database made by the migrations before it: accounts that existed
//! count as verified, and open sessions learn their account (so a password change ends
//! them too). The migration files are run in order as plain SQL, on both backends.

use sqlx::{AssertSqlSafe, Connection};

/// Every migration file of `backend` before 0010, then 0010, in order.
fn migrations(backend: &str) -> (Vec<String>, String) {
    let dir = format!("{}/migrations/{backend}", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let read = |p: &std::path::Path| std::fs::read_to_string(p).unwrap();
    let before = files
        .iter()
        .filter(|p| p.file_name().unwrap().to_str().unwrap() < "0010")
        .map(|p| read(p))
        .collect();
    let tenth = files
        .iter()
        .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with("0010"))
        .map(|p| read(p))
        .unwrap();
    (before, tenth)
}

const OLD_ACCOUNT: &str = "INSERT INTO accounts (email, password_hash, role, created_at) \
    VALUES ('old@x.test', 'h', 'maintainer', '2026-01-01T00:00:00Z')";
const OLD_SESSION: &str = "INSERT INTO web_sessions (id, data, expires_at) \
    VALUES ('s1', '{\"id\":\"s1\",\"data\":{\"account\":1},\"expiry_date\":\"x\"}', '2099-01-01T00:00:00Z')";
const CHECK: &str = "SELECT (SELECT COUNT(*) FROM accounts WHERE verified_at IS NOT NULL), \
    (SELECT account_id FROM web_sessions WHERE id = 's1')";

/// Runs the migrations before 0010 on the connection `$c` to a `backend` database, writes
/// an account and a session as they were then, runs 0010, and checks what it made of them.
macro_rules! upgrade_checked {
    ($c:expr, $backend:expr) => {{
        let (before, tenth) = migrations($backend);
        for sql in before {
            sqlx::raw_sql(AssertSqlSafe(sql))
                .execute(&mut *$c)
                .await
                .unwrap();
        }
        sqlx::query(OLD_ACCOUNT).execute(&mut *$c).await.unwrap();
        sqlx::query(OLD_SESSION).execute(&mut *$c).await.unwrap();
        sqlx::raw_sql(AssertSqlSafe(tenth))
            .execute(&mut *$c)
            .await
            .unwrap();
        let got: (i64, Option<i64>) = sqlx::query_as(CHECK).fetch_one(&mut *$c).await.unwrap();
        assert_eq!(got, (1, Some(1)));
    }};
}

#[tokio::test]
async fn migration_0010_keeps_old_accounts_verified_and_old_sessions_theirs_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("old.db").display());
    let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
    upgrade_checked!(&mut c, "sqlite");
}

#[tokio::test]
async fn migration_0010_keeps_old_accounts_verified_and_old_sessions_theirs_on_postgres() {
    let Some(url) = crate::support::db::empty_postgres().await else {
        return;
    };
    let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
    upgrade_checked!(&mut c, "postgres");
}
