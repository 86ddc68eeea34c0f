//! Reports without an account, sign-up and sign-in, the session cookie, and one-time
//! sign-in links.

use super::CIP;
use crate::support::app::PASSWORD;
use crate::support::form::encode;
use crate::support::{Page, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn reports_need_no_account_and_set_no_cookie() {
    let app = TestApp::seeded().await;
    let anyone = app.visitor();
    let path = format!("/projects/{CIP}/report");
    let form = anyone.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(!form.set_cookie, "no cookie for anonymous visitors");
    let sent = anyone
        .submit(
            &path,
            &path,
            &[("kind", "closed"), ("detail", "The hall is shut.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    assert!(!sent.set_cookie);
    let moderator = app.moderator().await;
    assert!(
        moderator
            .get("/moderate")
            .await
            .body
            .contains("The hall is shut.")
    );
    let id = app.open_reports().await[0];
    let done = moderator
        .submit(
            "/moderate",
            &format!("/moderate/reports/{id}"),
            &[("note", "Called them; still open.")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(app.open_reports().await.is_empty());
}

/// The error summary's words.
fn problem(page: &Page) -> String {
    let alerts = page.texts("div[role=alert]");
    assert_eq!(alerts.len(), 1, "one error summary: {}", page.excerpt());
    assert!(alerts[0].starts_with("There is a problem"), "{}", alerts[0]);
    alerts[0].clone()
}

#[tokio::test]
async fn sign_in_is_generic_rate_limited_and_passwords_are_judged_by_length_and_commonness() {
    let app = TestApp::seeded().await;
    let (signup, login) = ("/account/signup", "/account/login");
    let c = app.visitor();
    let weak = c
        .submit(
            signup,
            signup,
            &[("email", "a@b.test"), ("password", "password123")],
        )
        .await;
    assert_eq!(weak.status, StatusCode::BAD_REQUEST);
    assert!(weak.body.contains("most common"));
    let short = c
        .submit(
            signup,
            signup,
            &[("email", "a@b.test"), ("password", "short")],
        )
        .await;
    assert!(short.body.contains("at least 10 characters"));
    assert!(!c.has_cookie());
    app.sign_up("real@b.test").await;
    let d = app.visitor();
    let wrong = d
        .submit(
            login,
            login,
            &[("email", "real@b.test"), ("password", "not the right one")],
        )
        .await;
    let unknown = d
        .submit(
            login,
            login,
            &[
                ("email", "nobody@b.test"),
                ("password", "not the right one"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(problem(&wrong), problem(&unknown), "one generic message");
    let mut last = StatusCode::OK;
    for _ in 0..6 {
        last = d
            .submit(
                login,
                login,
                &[("email", "real@b.test"), ("password", "guess guess guess")],
            )
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    let ok = app
        .visitor()
        .submit(
            login,
            login,
            &[("email", "other@b.test"), ("password", "x")],
        )
        .await;
    assert_eq!(
        ok.status,
        StatusCode::UNAUTHORIZED,
        "the limit is per address"
    );
}

#[tokio::test]
async fn session_cookie_is_http_only_and_same_site() {
    let app = TestApp::seeded().await;
    let c = app.visitor();
    let token = c.get("/account/signup").await.csrf();
    let body = encode(&[
        ("csrf", token.as_str()),
        ("email", "c@d.test"),
        ("password", PASSWORD),
    ]);
    // Sent as a script would: no Origin, no Sec-Fetch-Site.
    let response = c.post_with("/account/signup", &body, &[]).await;
    let cookie = response
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("peermap_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

#[tokio::test]
async fn a_moderator_passes_on_a_one_time_sign_in_link_that_works_once() {
    let app = TestApp::seeded().await;
    let moderator = app.moderator().await;
    app.sign_up("forgot@x.test").await;
    let links = "/moderate/sign-in-links";
    let made = moderator
        .submit("/moderate", links, &[("email", "forgot@x.test")])
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let shown = made.texts("main code");
    assert_eq!(shown.len(), 1, "the link is shown to pass on");
    let start = shown[0].find("/account/once/").expect("a sign-in link");
    let path = &shown[0][start..];
    let missing = moderator
        .submit("/moderate", links, &[("email", "nobody@x.test")])
        .await;
    // No account: said on the queue by the address, which is kept.
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert!(
        missing
            .field_problem("email-sign-in-links")
            .contains("nobody@x.test")
    );

    let person = app.visitor();
    let opened = person.get(path).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert!(!opened.set_cookie, "opening the link alone signs nobody in");
    let used = person.submit(path, path, &[]).await;
    assert_eq!(used.location.as_deref(), Some("/account/password"));
    let set = person
        .submit(
            "/account/password",
            "/account/password",
            &[("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    let again = app.visitor().submit(path, path, &[]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "a link works once");
    let login = app
        .visitor()
        .submit(
            "/account/login",
            "/account/login",
            &[
                ("email", "forgot@x.test"),
                ("password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
}

/// Refusing a wrong password takes as long for an address with an account as for one
/// without, so the time taken does not tell who has one. Medians of interleaved tries
/// are compared (each address is tried once, under the sign-in limit); without the dummy
/// hash an unknown address was refused about 17 times faster.
#[tokio::test]
async fn sign_in_takes_as_long_for_an_unknown_address_as_for_a_known_one() {
    use crate::support::records::create_account;
    use peermap::domain::community::Role;
    const TRIES: usize = 25;
    let app = TestApp::seeded().await;
    let hash = peermap::registry::password::hash(PASSWORD.to_string())
        .await
        .unwrap();
    for i in 0..TRIES {
        let email = format!("known{i}@b.test");
        create_account(app.state.store.as_ref(), &email, &hash, Role::Maintainer).await;
    }
    let visitor = app.visitor();
    let token = visitor.get("/account/login").await.csrf();
    let time = |email: String| {
        let (visitor, token) = (&visitor, &token);
        async move {
            let body = encode(&[
                ("csrf", token),
                ("email", &email),
                ("password", "not this one"),
            ]);
            let started = std::time::Instant::now();
            let refused = visitor.post("/account/login", &body).await;
            assert_eq!(
                refused.status,
                StatusCode::UNAUTHORIZED,
                "{}",
                refused.excerpt()
            );
            started.elapsed()
        }
    };
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    for i in 0..TRIES {
        known.push(time(format!("known{i}@b.test")).await);
        unknown.push(time(format!("nobody{i}@b.test")).await);
    }
    known.sort();
    unknown.sort();
    let ratio = known[TRIES / 2].as_secs_f64() / unknown[TRIES / 2].as_secs_f64();
    assert!(
        (0.5..=2.0).contains(&ratio),
        "median known {:?} vs unknown {:?}",
        known[TRIES / 2],
        unknown[TRIES / 2]
    );
}
