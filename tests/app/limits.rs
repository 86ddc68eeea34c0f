//! Sign-in and sign-up limits kept in the database: guesses spread over two processes
//! on one database (a SQLite file, PostgreSQL) are stopped at the same count as in one,
//! guesses sent at once get no more through than the quota, keys expire, the table stays
//! under its cap; and behind a trusted reverse proxy clients are told apart by
//! `X-Forwarded-For`, which means nothing from anyone else.

use crate::support::app::PASSWORD;
use crate::support::{TestApp, TestDb, db};
use axum::http::StatusCode;
use peermap::web::limiter::{Client, Limits};
use std::net::IpAddr;

const LOGIN: &str = "/account/login";
const OWNER: &str = "owner@x.test";
const GUESS: [(&str, &str); 2] = [("email", OWNER), ("password", "a wrong guess here")];

/// Another process on `app`'s database: its own pool, state and limits.
async fn second_process(app: &TestApp) -> TestApp {
    let store = peermap::store::connect(&app.db().url).await.unwrap();
    app.over_store(store).await
}

/// Six guesses from one client, alternating between two processes: five are judged, the
/// sixth refused on either; the owner, from her own device, still signs in.
async fn guesses_over_two_processes(db: TestDb) {
    let a = TestApp::over(db).await;
    a.sign_up(OWNER).await;
    let b = second_process(&a).await;
    let from = "203.0.113.7";
    let mut statuses = vec![];
    for i in 0..6 {
        let process = if i % 2 == 0 { &a } else { &b };
        let status = process
            .visitor_from(from)
            .submit(LOGIN, LOGIN, &GUESS)
            .await
            .status;
        statuses.push(status);
    }
    let judged = [StatusCode::UNAUTHORIZED; 5];
    assert_eq!(statuses[..5], judged[..], "{statuses:?}");
    assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS);
    for process in [&a, &b] {
        let again = process
            .visitor_from(from)
            .submit(LOGIN, LOGIN, &GUESS)
            .await;
        assert_eq!(again.status, StatusCode::TOO_MANY_REQUESTS);
    }
    let owner = b
        .visitor_from("198.51.100.20")
        .submit(LOGIN, LOGIN, &[("email", OWNER), ("password", PASSWORD)])
        .await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.excerpt());
}

#[tokio::test]
async fn guesses_spread_over_two_processes_on_one_sqlite_file_are_stopped_as_in_one() {
    guesses_over_two_processes(db::sqlite().await).await;
}

#[tokio::test]
async fn guesses_spread_over_two_processes_on_postgres_are_stopped_as_in_one() {
    let Some(db) = db::postgres().await else {
        return;
    };
    guesses_over_two_processes(db).await;
}

/// Twenty guesses sent at once from one client, over two processes: exactly the burst of
/// five is judged, every other one refused.
async fn guesses_at_once(db: TestDb) {
    let a = TestApp::over(db).await;
    a.sign_up(OWNER).await;
    let b = second_process(&a).await;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..20 {
        let process = if i % 2 == 0 { &a } else { &b };
        let visitor = process.visitor_from("203.0.113.9");
        // Each has its form first, so the posts themselves race.
        let form = visitor.form(LOGIN, LOGIN).await;
        tasks.spawn(async move {
            let mut form = form.only_hidden();
            for (name, value) in GUESS {
                form.set(name, value);
            }
            visitor.send_form(&form).await.status
        });
    }
    let statuses = tasks.join_all().await;
    let judged = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!((judged, refused), (5, 15), "{statuses:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn guesses_sent_at_once_on_sqlite_get_no_more_through_than_the_quota() {
    guesses_at_once(db::sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn guesses_sent_at_once_on_postgres_get_no_more_through_than_the_quota() {
    let Some(db) = db::postgres().await else {
        return;
    };
    guesses_at_once(db).await;
}

/// The right password does not count: a person who signs in again and again is never
/// stopped, and a wrong guess between them counts only itself.
#[tokio::test]
async fn only_failures_count() {
    let app = TestApp::over(db::sqlite().await).await;
    app.sign_up(OWNER).await;
    let me = || app.visitor_from("198.51.100.4");
    for _ in 0..4 {
        assert_eq!(
            me().submit(LOGIN, LOGIN, &GUESS).await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    for _ in 0..8 {
        let ok = me()
            .submit(LOGIN, LOGIN, &[("email", OWNER), ("password", PASSWORD)])
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.excerpt());
    }
    assert_eq!(
        me().submit(LOGIN, LOGIN, &GUESS).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        me().submit(LOGIN, LOGIN, &GUESS).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

/// A blocked client may guess again once its window has passed, and the rows of spent
/// windows are deleted: the next attempt sweeps them, leaving only its own three.
async fn keys_expire(db: TestDb) {
    let (app, clock) = TestApp::over_clock(db).await;
    app.sign_up(OWNER).await;
    let stranger = || app.visitor_from("203.0.113.7");
    for _ in 0..5 {
        stranger().submit(LOGIN, LOGIN, &GUESS).await;
    }
    let blocked = stranger().submit(LOGIN, LOGIN, &GUESS).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    let held = app.state.limits.keys().await.unwrap();
    assert!(held >= 3, "{held} keys");
    clock.advance_months(1);
    let again = stranger().submit(LOGIN, LOGIN, &GUESS).await;
    assert_eq!(
        again.status,
        StatusCode::UNAUTHORIZED,
        "{}",
        again.excerpt()
    );
    assert_eq!(app.state.limits.keys().await.unwrap(), 3);
    clock.advance_months(1);
    app.state.limits.sweep().await.unwrap();
    assert_eq!(app.state.limits.keys().await.unwrap(), 0);
}

#[tokio::test]
async fn keys_expire_on_sqlite() {
    keys_expire(db::sqlite().await).await;
}

#[tokio::test]
async fn keys_expire_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    keys_expire(db).await;
}

fn client(n: u32) -> Client {
    Client::new(Some(IpAddr::V4(n.into())))
}

/// Sign-ups from 2,000 clients against a cap of 400 keys: the table never holds more
/// than the cap and one sweep's worth, and the client that spent its sign-ups before the
/// flood is still refused after it (the flood's fresh keys go first).
async fn the_cap_holds(db: TestDb) {
    let app = TestApp::over(db).await;
    let store = app.state.store.clone();
    let limits = Limits::new(
        store,
        "a test secret of thirty-two characters",
        peermap::domain::Clock::system(),
    )
    .with_cap(400);
    let greedy = client(7);
    for _ in 0..30 {
        assert!(limits.sign_up(greedy).await.unwrap());
    }
    assert!(!limits.sign_up(greedy).await.unwrap());
    let mut most = 0;
    for n in 1_000..3_000 {
        assert!(limits.sign_up(client(n)).await.unwrap());
        most = most.max(limits.keys().await.unwrap());
    }
    assert!(most <= 400 + 100, "{most} keys held");
    assert!(most >= 300, "{most}: the flood was written");
    assert!(
        !limits.sign_up(greedy).await.unwrap(),
        "still refused after the flood"
    );
}

#[tokio::test]
async fn the_cap_holds_on_sqlite() {
    the_cap_holds(db::sqlite().await).await;
}

#[tokio::test]
async fn the_cap_holds_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    the_cap_holds(db).await;
}

/// One client guessing at many addresses is stopped by its own budget over all of them
/// (100 at once), which counts on every process; another client is not.
#[tokio::test]
async fn one_client_guessing_many_addresses_is_stopped_on_every_process() {
    let app = TestApp::over(db::sqlite().await).await;
    let other = second_process(&app).await;
    let c = client(9);
    for i in 0..100 {
        let limits = if i % 2 == 0 {
            &app.state.limits
        } else {
            &other.state.limits
        };
        assert!(
            limits
                .sign_in_attempt(&format!("a{i}@x.test"), c)
                .await
                .unwrap()
        );
    }
    for limits in [&app.state.limits, &other.state.limits] {
        assert!(!limits.sign_in_attempt("fresh@x.test", c).await.unwrap());
        assert!(
            limits
                .sign_in_attempt("fresh@x.test", client(10))
                .await
                .unwrap()
        );
    }
}

/// No e-mail address is stored in the table, in clear or in lower case.
#[tokio::test]
async fn addresses_are_not_stored() {
    let app = TestApp::over(db::sqlite().await).await;
    app.visitor_from("203.0.113.7")
        .submit(
            LOGIN,
            LOGIN,
            &[("email", "Someone@X.test"), ("password", "wrong")],
        )
        .await;
    assert_eq!(app.state.limits.keys().await.unwrap(), 3);
    let file = app.db().url.trim_start_matches("sqlite://").to_string();
    let mut bytes = std::fs::read(&file).unwrap();
    if let Ok(wal) = std::fs::read(format!("{file}-wal")) {
        bytes.extend(wal);
    }
    let text = String::from_utf8_lossy(&bytes).to_lowercase();
    assert!(!text.contains("someone@x.test"));
    assert!(!text.contains("203.0.113.7"));
}

mod proxies;
