//! Accounts as their owners use them, through a real SMTP server on 127.0.0.1 where mail is
//! the point: a new account confirms its address by e-mail and returns to the claim it
//! started; "Forgot your password?" e-mails a one-time link that ends every other session;
//! a password change asks for the current one; sign-in limits are per address and client.

use crate::support::app::{MODERATOR, PASSWORD};
use crate::support::smtp::{Received, SmtpSink};
use crate::support::{TestApp, TestDb, db};
use axum::http::StatusCode;
use peermap::mail::{Backoff, Sender};
use std::time::Duration;

const CIP: &str = "community-intercultural-programme";
const ORIGIN: &str = "https://peermap.example";
const FROM: &str = "peermap <noreply@peermap.example>";
const LOGIN: &str = "/account/login";
const NEW_PASSWORD: &str = "another quite long passphrase";

async fn app_over(db: TestDb) -> TestApp {
    TestApp::over_with(db, |c| c.public_origin = Some(ORIGIN.into())).await
}

/// Delivers every message due to `sink`, and returns all it has received.
async fn deliver(app: &TestApp, sink: &SmtpSink) -> Vec<Received> {
    Sender::new(app.state.store.clone(), &sink.url(), FROM)
        .unwrap()
        .with_backoff(Backoff {
            first: Duration::from_millis(200),
            max: Duration::from_millis(400),
        })
        .deliver_due()
        .await
        .unwrap();
    sink.received()
}

/// The one message to `to` whose subject starts `subject`.
fn one<'a>(got: &'a [Received], to: &str, subject: &str) -> &'a Received {
    let found: Vec<_> = got
        .iter()
        .filter(|m| m.to == [to] && m.subject.starts_with(subject))
        .collect();
    assert_eq!(found.len(), 1, "one “{subject}” to {to}: {got:?}");
    found[0]
}

/// The path of this site's link starting `prefix` in a received message.
fn link_in(m: &Received, prefix: &str) -> String {
    let text = m.text.as_deref().unwrap();
    let start = text
        .find(&format!("{ORIGIN}{prefix}"))
        .unwrap_or_else(|| panic!("no {prefix} link: {text}"));
    let url = text[start..].split_whitespace().next().unwrap();
    url[ORIGIN.len()..].to_string()
}

fn signed_out(page: &crate::support::Page) -> bool {
    page.status == StatusCode::SEE_OTHER && page.location.as_deref() == Some(LOGIN)
}

#[tokio::test]
async fn a_new_account_confirms_its_address_by_email_returns_to_its_claim_and_hears_of_the_approval()
 {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app_over(db::seeded_sqlite().await).await;
    app.moderator().await;
    let claim = format!("/projects/{CIP}/claim");
    let alice = app.visitor();
    let why = alice.get(&claim).await;
    assert_eq!(why.status, StatusCode::OK, "{}", why.excerpt());
    assert!(why.body.contains("you need an account"), "{}", why.body);
    let next = format!("next=%2Fprojects%2F{CIP}%2Fclaim");
    let signup = format!("/account/signup?{next}");
    assert!(why.attrs("a", "href").contains(&signup), "{}", why.body);
    assert!(
        why.attrs("a", "href")
            .contains(&format!("/account/login?{next}"))
    );
    let made = alice
        .submit(
            &signup,
            "/account/signup",
            &[("email", "alice@cip.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(made.location.as_deref(), Some(claim.as_str()));
    // Signed in, but not yet able to claim.
    let first = alice.get(&claim).await;
    assert_eq!(first.status, StatusCode::FORBIDDEN);
    assert!(first.body.contains("Confirm your e-mail address first"));
    let refused = alice
        .post_fields(&claim, "/account", &[("statement", "I run it.")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("Confirm your e-mail address first"));

    let got = deliver(&app, &sink).await;
    let mail = one(&got, "alice@cip.test", "Confirm your e-mail address");
    let link = link_in(mail, "/account/verify/");
    let opened = alice.get(&link).await;
    assert_eq!(opened.status, StatusCode::OK);
    let confirmed = alice.submit(&link, &link, &[]).await;
    assert_eq!(confirmed.location.as_deref(), Some(claim.as_str()));
    let again = app.visitor().submit(&link, &link, &[]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "the link works once");

    let empty = alice.submit(&claim, &claim, &[("statement", "  ")]).await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    assert_eq!(empty.attrs("div[role=alert] a", "href"), ["#statement"]);
    assert_eq!(empty.texts("#statement-error").len(), 1, "{}", empty.body);
    let sent = alice
        .submit(&claim, &claim, &[("statement", "I coordinate the group.")])
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    assert!(sent.body.contains("What happens next"));
    let id = app.pending_claim("alice@cip.test", CIP).await;
    app.approve_claim(id).await;
    let got = deliver(&app, &sink).await;
    let approved = one(&got, "alice@cip.test", "Approved: ");
    assert!(
        approved
            .text
            .as_deref()
            .unwrap()
            .contains("Checked by phone")
    );
    one(&got, MODERATOR, "A request to decide");
    let kept = alice.get("/account").await;
    assert!(
        kept.body.contains(&format!("/manage/{CIP}")),
        "{}",
        kept.body
    );
}

/// Forgot password → reset e-mail → the new password works, the link only once, and the
/// account's old sessions are signed out.
async fn a_forgotten_password_is_reset_by_email(db: TestDb) {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app_over(db).await;
    let owner = "owner@cip.test";
    let laptop = app.sign_up(owner).await;
    let phone = app.sign_in(owner).await;
    let forgot = "/account/forgot";
    let login = app.visitor().get(LOGIN).await;
    assert!(login.attrs("a", "href").contains(&forgot.to_string()));
    let person = app.visitor();
    let known = person.submit(forgot, forgot, &[("email", owner)]).await;
    let unknown = app
        .visitor()
        .submit(forgot, forgot, &[("email", "nobody@cip.test")])
        .await;
    assert_eq!(known.status, StatusCode::OK, "{}", known.excerpt());
    assert_eq!(unknown.status, StatusCode::OK);
    assert_eq!(
        known.texts("main p").len(),
        unknown.texts("main p").len(),
        "the same answer"
    );
    assert_eq!(
        known.texts("h1"),
        unknown.texts("h1"),
        "never says whether there is an account"
    );
    let got = deliver(&app, &sink).await;
    assert!(got.iter().all(|m| m.to != ["nobody@cip.test"]), "{got:?}");
    let mail = one(&got, owner, "Set a new password");
    let link = link_in(mail, "/account/reset/");
    let set = person
        .submit(&link, &link, &[("password", NEW_PASSWORD)])
        .await;
    assert_eq!(
        set.location.as_deref(),
        Some("/account"),
        "{}",
        set.excerpt()
    );
    assert_eq!(person.get("/account").await.status, StatusCode::OK);
    assert!(
        signed_out(&laptop.get("/account").await),
        "old sessions end"
    );
    assert!(signed_out(&phone.get("/account").await));
    let old = app
        .visitor()
        .submit(LOGIN, LOGIN, &[("email", owner), ("password", PASSWORD)])
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = app
        .visitor()
        .submit(
            LOGIN,
            LOGIN,
            &[("email", owner), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);
    let twice = app.visitor().get(&link).await;
    assert_eq!(twice.status, StatusCode::BAD_REQUEST, "the link works once");
    let reused = person
        .post_fields(&link, "/account", &[("password", "yet another passphrase")])
        .await;
    assert_eq!(reused.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_email_on_sqlite() {
    a_forgotten_password_is_reset_by_email(db::seeded_sqlite().await).await;
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_email_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    a_forgotten_password_is_reset_by_email(db).await;
}

/// Verification on both backends: unconfirmed accounts cannot propose; the link confirms
/// and returns; sending it again is limited.
async fn an_unconfirmed_account_cannot_propose_until_it_confirms(db: TestDb) {
    let app = TestApp::over(db).await;
    let me = app.sign_up_unconfirmed("new@x.test").await;
    let page = me.get("/account/propose").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("Confirm your e-mail address first"));
    let dashboard = me.get("/account").await;
    assert!(dashboard.body.contains("Send the link again"));
    for _ in 0..3 {
        let sent = me.submit("/account", "/account/verify/resend", &[]).await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    }
    let limited = me.submit("/account", "/account/verify/resend", &[]).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    let link = app.confirmation_link("new@x.test").await;
    let done = me.submit(&link, &link, &[]).await;
    assert_eq!(done.location.as_deref(), Some("/account"));
    let empty = me
        .submit(
            "/account/propose",
            "/account/propose",
            &[("name", "A new group"), ("statement", "")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        empty.attrs("#name", "value"),
        ["A new group"],
        "the typed text is kept"
    );
    assert_eq!(empty.texts("#statement-error").len(), 1);
}

#[tokio::test]
async fn an_unconfirmed_account_cannot_propose_until_it_confirms_on_sqlite() {
    an_unconfirmed_account_cannot_propose_until_it_confirms(db::seeded_sqlite().await).await;
}

#[tokio::test]
async fn an_unconfirmed_account_cannot_propose_until_it_confirms_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    an_unconfirmed_account_cannot_propose_until_it_confirms(db).await;
}

#[tokio::test]
async fn a_password_change_asks_for_the_current_one_and_ends_the_other_sessions() {
    let app = TestApp::seeded().await;
    let me = app.sign_up("me@x.test").await;
    let other = app.sign_in("me@x.test").await;
    let path = "/account/password";
    let wrong = me
        .submit(
            path,
            path,
            &[("current", "not my password"), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    assert!(wrong.body.contains("current password is not right"));
    let changed = me
        .submit(
            path,
            path,
            &[("current", PASSWORD), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(changed.location.as_deref(), Some("/account"));
    assert_eq!(
        me.get("/account").await.status,
        StatusCode::OK,
        "this one stays"
    );
    assert!(signed_out(&other.get("/account").await), "the other ends");
}

#[tokio::test]
async fn a_strangers_guesses_do_not_lock_the_owner_out_and_a_reset_always_works() {
    let app = TestApp::seeded().await;
    app.sign_up("owner@x.test").await;
    let stranger = app.visitor_from("203.0.113.7");
    let guess = [
        ("email", "owner@x.test"),
        ("password", "a wrong guess here"),
    ];
    let mut last = StatusCode::OK;
    for _ in 0..7 {
        last = stranger.submit(LOGIN, LOGIN, &guess).await.status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    let owner = app
        .visitor_from("198.51.100.20")
        .submit(
            LOGIN,
            LOGIN,
            &[("email", "owner@x.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.excerpt());
    // Even blocked on this client, the e-mailed link sets a new password and signs in.
    let forgot = "/account/forgot";
    stranger
        .submit(forgot, forgot, &[("email", "owner@x.test")])
        .await;
    let link = app.mailed_link("owner@x.test", "/account/reset/").await;
    let blocked = app.visitor_from("203.0.113.7");
    let reset = blocked
        .submit(&link, &link, &[("password", NEW_PASSWORD)])
        .await;
    assert_eq!(reset.location.as_deref(), Some("/account"));
    // Sign-ups are limited per client.
    let crowd = app.visitor_from("192.0.2.50");
    let mut status = StatusCode::OK;
    for i in 0..31 {
        status = crowd
            .submit(
                "/account/signup",
                "/account/signup",
                &[("email", &format!("n{i}@x.test")), ("password", PASSWORD)],
            )
            .await
            .status;
    }
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn next_is_only_ever_a_local_path() {
    let app = TestApp::seeded().await;
    app.sign_up("me@x.test").await;
    for (next, to) in [
        ("/projects/mrang", "/projects/mrang"),
        ("//evil.example/x", "/account"),
        ("https://evil.example/", "/account"),
        ("/\\evil.example", "/account"),
        ("javascript:alert(1)", "/account"),
    ] {
        let page = app.visitor().get(LOGIN).await;
        let mut form = page.form(LOGIN).only_hidden();
        form.set("email", "me@x.test");
        form.set("password", PASSWORD);
        let mut body = form.encode();
        body.push_str("&next=");
        body.push_str(&crate::support::form::encode(&[("n", next)])[2..]);
        let signed_in = app.visitor().post(LOGIN, &body).await;
        assert_eq!(signed_in.location.as_deref(), Some(to), "next={next}");
    }
}

/// Over real HTTP, each connection's peer address is the client: guesses from 127.0.0.2
/// do not block the owner signing in from 127.0.0.3.
#[tokio::test]
async fn the_server_tells_clients_apart_by_their_address() {
    let app = TestApp::seeded().await;
    app.sign_up("owner@x.test").await;
    let server = app.serve().await;
    let from = |ip: &str| {
        reqwest::Client::builder()
            .local_address(Some(ip.parse().unwrap()))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    };
    let login = server.url(LOGIN);
    let try_as = |client: reqwest::Client, password: &'static str| {
        let login = login.clone();
        async move {
            let form = client
                .get(&login)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let start = form.find("name=\"csrf\" value=\"").unwrap() + 19;
            let token = &form[start..start + form[start..].find('"').unwrap()];
            let body = crate::support::form::encode(&[
                ("csrf", token),
                ("email", "owner@x.test"),
                ("password", password),
            ]);
            client
                .post(&login)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let stranger = from("127.0.0.2");
    let mut last = 0;
    for _ in 0..7 {
        last = try_as(stranger.clone(), "a wrong guess again").await;
    }
    assert_eq!(last, 429, "the stranger is blocked");
    assert_eq!(
        try_as(from("127.0.0.3"), PASSWORD).await,
        303,
        "the owner is not"
    );
}
