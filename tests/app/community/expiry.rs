//! E-mailed and passed-on links last as long as they say, by the application's clock: a
//! password-reset link an hour, an address-confirmation link 48 hours, a moderator's
//! one-time sign-in link 24 hours. Past that each is refused with a page that says why and
//! what to do, and changes nothing.

use crate::support::app::PASSWORD;
use crate::support::{TestApp, TestClock, db};
use axum::http::StatusCode;

const OWNER: &str = "owner@cip.test";
const NEW_PASSWORD: &str = "another long passphrase";

async fn app() -> (TestApp, TestClock) {
    TestApp::over_clock(db::seeded_sqlite().await).await
}

/// [`OWNER`] asks for a password reset: the path of the link e-mailed.
async fn reset_link(app: &TestApp) -> String {
    let forgot = "/account/forgot";
    let asked = app
        .visitor()
        .submit(forgot, forgot, &[("email", OWNER)])
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.excerpt());
    app.mailed_link(OWNER, "/account/reset/").await
}

/// Whether `password` signs [`OWNER`] in.
async fn signs_in(app: &TestApp, password: &str) -> bool {
    let login = "/account/login";
    let page = app
        .visitor()
        .submit(login, login, &[("email", OWNER), ("password", password)])
        .await;
    page.status == StatusCode::SEE_OTHER
}

#[tokio::test]
async fn a_reset_link_works_within_the_hour_and_is_refused_after_it() {
    let (app, clock) = app().await;
    app.sign_up(OWNER).await;

    let late = reset_link(&app).await;
    clock.advance_minutes(61);
    let person = app.visitor();
    let opened = person.get(&late).await;
    assert_eq!(
        opened.status,
        StatusCode::BAD_REQUEST,
        "{}",
        opened.excerpt()
    );
    assert!(
        opened
            .body
            .contains("This link has been used or has expired"),
        "{}",
        opened.excerpt()
    );
    assert!(opened.body.contains("Forgot your password?"));
    assert!(opened.attrs("input[name=password]", "name").is_empty());
    // Sent anyway (a form opened in time), it still changes nothing.
    let sent = person
        .post_fields(&late, "/account/login", &[("password", NEW_PASSWORD)])
        .await;
    assert_eq!(sent.status, StatusCode::BAD_REQUEST, "{}", sent.excerpt());
    assert!(sent.body.contains("has expired"), "{}", sent.excerpt());
    assert!(signs_in(&app, PASSWORD).await, "the password is unchanged");

    let fresh = reset_link(&app).await;
    clock.advance_minutes(59);
    let set = app
        .visitor()
        .submit(&fresh, &fresh, &[("password", NEW_PASSWORD)])
        .await;
    assert_eq!(
        set.location.as_deref(),
        Some("/account"),
        "{}",
        set.excerpt()
    );
    assert!(signs_in(&app, NEW_PASSWORD).await);
}

#[tokio::test]
async fn a_confirmation_link_is_refused_after_48_hours() {
    let (app, clock) = app().await;
    let me = app.sign_up_unconfirmed(OWNER).await;
    let link = app.confirmation_link(OWNER).await;
    clock.advance_minutes(48 * 60 + 1);
    let refused = me.submit(&link, &link, &[]).await;
    assert_eq!(
        refused.status,
        StatusCode::BAD_REQUEST,
        "{}",
        refused.excerpt()
    );
    assert!(
        refused
            .body
            .contains("This link has been used or has expired"),
        "{}",
        refused.excerpt()
    );
    let propose = me.get("/account/propose").await;
    assert_eq!(propose.status, StatusCode::FORBIDDEN, "still unconfirmed");
}

#[tokio::test]
async fn a_moderators_sign_in_link_is_refused_after_24_hours() {
    let (app, clock) = app().await;
    let moderator = app.moderator().await;
    app.sign_up(OWNER).await;
    let links = "/moderate/sign-in-links";
    let made = moderator
        .submit("/moderate", links, &[("email", OWNER)])
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.excerpt());
    let shown = made.texts("main code");
    let start = shown[0].find("/account/once/").expect("a sign-in link");
    let path = shown[0][start..].to_string();
    clock.advance_minutes(24 * 60 + 1);
    let person = app.visitor();
    let used = person.submit(&path, &path, &[]).await;
    assert_eq!(used.status, StatusCode::BAD_REQUEST, "{}", used.excerpt());
    assert!(
        used.body
            .contains("This sign-in link has been used or has expired"),
        "{}",
        used.excerpt()
    );
    assert!(!used.set_cookie, "nobody is signed in");
}
