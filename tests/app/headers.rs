//! Headers that keep people's pages to themselves: `no-store` for whatever a signed-in
//! person sees, HSTS over https, and one-time sign-in links from the configured origin,
//! never from the `Host` a request names.

use crate::support::{Page, TestApp};
use axum::http::StatusCode;

fn cache_control(page: &Page) -> Option<&str> {
    page.headers
        .get("cache-control")
        .map(|v| v.to_str().unwrap())
}

#[tokio::test]
async fn nothing_a_signed_in_person_sees_is_stored() {
    let app = TestApp::seeded().await;
    let anonymous = app.visitor();
    assert_eq!(
        cache_control(&anonymous.get("/projects").await),
        None,
        "public pages may be cached for visitors"
    );
    for own in ["/account/login", "/account/signup", "/moderate"] {
        assert_eq!(
            cache_control(&anonymous.get(own).await),
            Some("no-store"),
            "{own}"
        );
    }
    let keeper = app.sign_up("keeper@peermap.test").await;
    for uri in [
        "/",
        "/projects",
        "/projects/action-on-postpartum-psychosis",
        "/search?where=B15",
        "/account",
        "/no-such-page",
    ] {
        assert_eq!(
            cache_control(&keeper.get(uri).await),
            Some("no-store"),
            "{uri}"
        );
    }
    let moderator = app.moderator().await;
    assert_eq!(
        cache_control(&moderator.get("/moderate").await),
        Some("no-store")
    );
    // Our static files are the same for everyone and stay cacheable.
    assert_eq!(
        cache_control(&keeper.get("/assets/site.css").await),
        Some("public, max-age=3600")
    );
}

#[tokio::test]
async fn hsts_is_sent_when_cookies_are_secure_and_only_then() {
    let plain = TestApp::seeded().await;
    assert!(
        !plain
            .get("/")
            .await
            .headers
            .contains_key("strict-transport-security")
    );
    let https = TestApp::seeded_with(|c| c.secure_cookies = true).await;
    for uri in ["/", "/no-such-page", "/api/v1/taxonomy"] {
        let page = https.get(uri).await;
        assert_eq!(
            page.headers["strict-transport-security"], "max-age=31536000",
            "{uri}"
        );
    }
}

/// Makes a sign-in link for `forgot@x.test` as `app`'s moderator, in a request naming
/// `Host: peermap.test` (as every test request does).
async fn make_link(app: &TestApp) -> Page {
    let moderator = app.moderator().await;
    app.sign_up("forgot@x.test").await;
    let token = moderator.get("/moderate").await.csrf();
    moderator
        .post(
            "/moderate/sign-in-links",
            &format!("csrf={token}&email=forgot%40x.test"),
        )
        .await
}

/// The link a page shows to pass on.
fn link(page: &Page) -> String {
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    page.texts("main code").remove(0)
}

#[tokio::test]
async fn sign_in_links_come_from_the_configured_origin_never_the_host() {
    let configured =
        TestApp::seeded_with(|c| c.public_origin = Some("https://peermap.example/".into())).await;
    let made = link(&make_link(&configured).await);
    assert!(
        made.starts_with("https://peermap.example/account/once/"),
        "{made}"
    );
    // Unconfigured, serving on this machine's own address: that address.
    let local = TestApp::seeded().await;
    let made = link(&make_link(&local).await);
    assert!(
        made.starts_with("http://127.0.0.1:8080/account/once/"),
        "{made}"
    );
    assert!(!made.contains("peermap.test"), "not the Host: {made}");
    // Unconfigured, serving on a public address: no link, and why.
    let public = TestApp::seeded_with(|c| c.listen = "0.0.0.0:8080".parse().unwrap()).await;
    let refused = make_link(&public).await;
    assert_eq!(
        refused.status,
        StatusCode::CONFLICT,
        "{}",
        refused.excerpt()
    );
    assert!(
        refused.body.contains("PEERMAP_ORIGIN"),
        "{}",
        refused.excerpt()
    );
    assert!(refused.texts("main code").is_empty());
}
