//! A full disk: the SQLite file may not grow by a page (`PRAGMA max_page_count` at its
//! size, on every connection of the application's pool). Every write route, as the role
//! that can reach it, answers an error page and none answers success; nothing stored
//! before changes and none of the refused writes appears; once there is room again, the
//! very same requests succeed. Writes that need no new page (a new password, signing out)
//! still succeed, and are kept.

mod cases;
mod disk;

use crate::support::form::encode;
use crate::support::{Page, TestApp, db};
use crate::world::{Who, World};
use axum::http::StatusCode;
use disk::{BALLAST_PAGES, FILLERS, dump, fill, pragma};
use peermap::store::SqliteStore;
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use std::str::FromStr;
use std::sync::Arc;

/// One write as a person makes it: who, the page the form is on (none: a post a page
/// makes without a form of ours), the form's action, the fields set, whether the form's
/// other values are kept (the whole listing form) or only its hidden ones, and what it
/// answers when there is room.
pub struct Case {
    pub name: &'static str,
    pub who: Who,
    pub page: Option<String>,
    pub action: String,
    pub fields: Vec<(&'static str, String)>,
    pub whole: bool,
    pub ok: StatusCode,
}

async fn send(c: &TestApp, case: &Case) -> Page {
    let Some(page) = &case.page else {
        let fields: Vec<(&str, &str)> = case.fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        return c.post(&case.action, &encode(&fields)).await;
    };
    let mut form = c.form(page, &case.action).await;
    if !case.whole {
        form = form.only_hidden();
    }
    for (k, v) in &case.fields {
        form.set(k, v);
    }
    c.send_form(&form).await
}

#[tokio::test]
async fn on_a_full_disk_every_write_is_refused_and_nothing_stored_changes() {
    crate::log_errors();
    let w = World::over(db::seeded_sqlite().await).await;
    // One account to change its password, and another session of it that the change ends.
    let spare = w.app.sign_up("spare@faults.test").await;
    let spare_too = w.app.sign_in("spare@faults.test").await;
    let url = w.app.db().url.clone();
    let mut plain = SqliteConnection::connect(&url).await.unwrap();
    // Ballast (a table of the test's own) that an operator will delete to make room.
    sqlx::query("CREATE TABLE ballast (x BLOB NOT NULL)")
        .execute(&mut plain)
        .await
        .unwrap();
    for _ in 0..BALLAST_PAGES {
        sqlx::query("INSERT INTO ballast (x) VALUES (zeroblob(3000))")
            .execute(&mut plain)
            .await
            .unwrap();
    }
    let pages: u64 = pragma(&mut plain, "page_count").await.parse().unwrap();
    let limited = SqliteConnectOptions::from_str(&url)
        .unwrap()
        .pragma("max_page_count", pages.to_string());

    // The disk fills: the file reaches its last page, and the tables small writes add to
    // their last byte.
    let mut filler = SqliteConnection::connect_with(&limited).await.unwrap();
    for (table, insert) in FILLERS {
        fill(&mut filler, table, insert).await;
    }
    assert_eq!(
        pragma(&mut filler, "freelist_count").await,
        "0",
        "no free page is left"
    );
    filler.close().await.unwrap();
    let before = dump(&mut plain).await;

    // The application over the full file: every write refused, with a page that says so.
    let store = SqliteStore::connect_with(limited).await.unwrap();
    let full = w.app.over_store(Arc::new(store)).await;
    let cases = cases::cases(&w);
    let mut acknowledged = Vec::new();
    for case in &cases {
        let got = send(&w.session(case.who, &full), case).await;
        if got.status.is_success() || got.status.is_redirection() {
            acknowledged.push(format!("{} answered {}", case.name, got.status));
            continue;
        }
        assert_eq!(
            got.status,
            StatusCode::INTERNAL_SERVER_ERROR,
            "{}: {}",
            case.name,
            got.excerpt()
        );
        assert_eq!(
            got.texts("h1"),
            ["Sorry, something went wrong on our side"],
            "{}: a page that says so, not {:?}",
            case.name,
            got.excerpt()
        );
    }
    assert!(acknowledged.is_empty(), "on a full disk: {acknowledged:#?}");
    let search = full.visitor().get("/api/v1/search?where=Portadown").await;
    assert!(!search.body.contains("🌱"), "no refused edit is searchable");

    // Writes that need no new page still succeed.
    let new_password = "another long enough passphrase";
    let changed = spare
        .moved_to(&full)
        .submit(
            "/account/password",
            "/account/password",
            &[
                ("current", crate::support::app::PASSWORD),
                ("password", new_password),
            ],
        )
        .await;
    assert_eq!(
        changed.status,
        StatusCode::SEE_OTHER,
        "{}",
        changed.excerpt()
    );
    // The change ended the account's other session (a delete, which needs no new page).
    let out = spare_too.moved_to(&full).get("/account").await;
    assert_eq!(
        out.location.as_deref(),
        Some("/account/login"),
        "{}",
        out.excerpt()
    );

    // Nothing stored before changed, none of the refused writes is there, and the file is
    // sound; the two writes that succeeded are kept.
    let after = dump(&mut plain).await;
    // The password change counted as an attempt (sign-in limits, `attempt_limits`): a
    // counter, not something stored by a person, so it is left out.
    let counted = |r: &&String| !r.starts_with("attempt_limits|");
    let new: Vec<_> = after
        .iter()
        .filter(|r| !before.contains(r))
        .filter(counted)
        .collect();
    let gone: Vec<_> = before
        .iter()
        .filter(|r| !after.contains(r))
        .filter(counted)
        .collect();
    let spare_row = |r: &&String| r.starts_with("accounts|") && r.contains("'spare@faults.test'");
    assert!(
        new.len() == 1 && spare_row(&new[0]),
        "only the new password is new: {new:#?}"
    );
    assert!(
        gone.len() == 2
            && gone.iter().any(spare_row)
            && gone.iter().any(|r| r.starts_with("web_sessions|")),
        "only the old password and the signed-out session are gone: {gone:#?}"
    );
    assert_eq!(pragma(&mut plain, "integrity_check").await, "ok");
    // Readiness tells the truth about it (liveness stays up).
    let ready = full.visitor().get("/readyz").await;
    assert_eq!(
        ready.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        ready.excerpt()
    );
    assert_eq!(full.visitor().get("/healthz").await.status, StatusCode::OK);

    // Room is made while it runs (the ballast deleted): the same application takes the
    // very same requests now, so it was the full disk that refused them, and a full disk
    // leaves nothing behind that stops it writing again.
    sqlx::query("DELETE FROM ballast")
        .execute(&mut plain)
        .await
        .unwrap();
    // Past the 2 s for which /readyz keeps its last answer.
    tokio::time::sleep(std::time::Duration::from_millis(2_100)).await;
    let ready = full.visitor().get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK, "{}", ready.excerpt());
    for case in &cases {
        let got = send(&w.session(case.who, &full), case).await;
        assert_eq!(
            got.status,
            case.ok,
            "{} once there is room: {}",
            case.name,
            got.excerpt()
        );
    }
    let signed_in = full
        .visitor()
        .submit(
            "/account/login",
            "/account/login",
            &[("email", "spare@faults.test"), ("password", new_password)],
        )
        .await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "the new password works"
    );
    let out = spare_too.moved_to(&full).get("/account").await;
    assert_eq!(
        out.location.as_deref(),
        Some("/account/login"),
        "signed out for good"
    );
    assert_eq!(pragma(&mut plain, "integrity_check").await, "ok");
}
