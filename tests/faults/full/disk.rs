//! The disk filling up, seen from SQLite: filler rows to the last byte of a table, and
//! every row of every table to compare before and after.

use sqlx::AssertSqlSafe;
use sqlx::sqlite::SqliteConnection;

/// What a statement that could not grow the file says: `SQLITE_FULL`.
fn is_full(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|c| c == "13")
}

/// Fills the last page of `table` to its last byte: rows of `insert` (`$1` a counter,
/// `$2` a length), ever shorter, until three in a row find no room. Returns how many fit.
pub async fn fill(conn: &mut SqliteConnection, table: &str, insert: &str) -> usize {
    let mut n = 0;
    let mut kept = 0;
    for len in [3_000, 800, 200, 50, 12, 0] {
        let mut refused = 0;
        while refused < 3 {
            n += 1;
            match sqlx::query(AssertSqlSafe(insert.to_string()))
                .bind(n)
                .bind(len)
                .execute(&mut *conn)
                .await
            {
                Ok(_) => {
                    kept += 1;
                    refused = 0;
                }
                Err(e) if is_full(&e) => refused += 1,
                Err(e) => panic!("filling {table}: {e}"),
            }
        }
    }
    kept
}

/// Every row of every table, as text, in order: what "nothing changed" compares.
pub async fn dump(conn: &mut SqliteConnection) -> Vec<String> {
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
            .bind(&t)
            .fetch_all(&mut *conn)
            .await
            .unwrap();
        let row = columns
            .iter()
            .map(|c| format!("quote(\"{c}\")"))
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        let sql = format!("SELECT '{t}|' || {row} FROM \"{t}\" ORDER BY rowid");
        out.extend(
            sqlx::query_scalar::<_, String>(AssertSqlSafe(sql))
                .fetch_all(&mut *conn)
                .await
                .unwrap(),
        );
    }
    out
}

pub async fn pragma(conn: &mut SqliteConnection, name: &str) -> String {
    let sql = format!("SELECT CAST({name} AS TEXT) FROM pragma_{name}");
    sqlx::query_scalar(AssertSqlSafe(sql))
        .fetch_one(&mut *conn)
        .await
        .unwrap()
}

/// How many pages of ballast the operator deletes to make room again.
pub const BALLAST_PAGES: usize = 300;

/// The tables small writes add to, each with an insert of filler rows.
pub const FILLERS: [(&str, &str); 5] = [
    (
        "project_history",
        "INSERT INTO project_history (project_id, at, actor, field, old_value, new_value) \
         VALUES ((SELECT min(id) FROM projects), '2000-01-01T00:00:00Z', 'filler', 'filler ' || $1, NULL, \
         substr(hex(zeroblob($2)), 1, $2))",
    ),
    (
        "accounts",
        "INSERT INTO accounts (email, password_hash, role, created_at) VALUES \
         ('filler-' || $1 || '@filler.test', substr(hex(zeroblob($2)), 1, $2), 'maintainer', '2000-01-01T00:00:00Z')",
    ),
    (
        "web_sessions",
        "INSERT INTO web_sessions (id, data, expires_at) VALUES ('filler-' || $1, \
         substr(hex(zeroblob($2)), 1, $2), '2000-01-01T00:00:00Z')",
    ),
    (
        "shortlists",
        "INSERT INTO shortlists (code, created_at, place, nation, slugs) VALUES ('filler-' || $1, \
         '2000-01-01T00:00:00Z', substr(hex(zeroblob($2)), 1, $2), 'england', '[]')",
    ),
    (
        "sign_in_links",
        "INSERT INTO sign_in_links (token_hash, account_id, created_by, created_at, expires_at) \
         VALUES ('filler-' || $1 || substr(hex(zeroblob($2)), 1, $2), (SELECT min(id) FROM accounts), \
         (SELECT min(id) FROM accounts), '2000-01-01T00:00:00Z', '2000-01-01T00:00:00Z')",
    ),
];
