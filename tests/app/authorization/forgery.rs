//! Forged and cross-site posts are refused; hostile text is refused or stored and shown
//! escaped.

use super::{CIP, world};
use crate::support::TestApp;
use crate::support::app::{MODERATOR, ORIGIN};
use crate::support::form::encode;
use axum::http::StatusCode;

/// What every refused form post says.
const REFUSED: &str =
    "This form has expired or did not come from peermap. Go back, reload the page and try again.";

#[tokio::test]
async fn posts_without_a_valid_token_or_from_another_site_are_refused() {
    let w = world().await;
    let routes = [
        (format!("/manage/{CIP}/confirm"), w.owner.as_str()),
        (format!("/manage/{CIP}/reflection"), &w.owner),
        (format!("/projects/{CIP}/claim"), &w.elsewhere),
        (format!("/moderate/edits/{}", w.edit), MODERATOR),
        ("/account/logout".to_string(), &w.owner),
    ];
    let before = w.app.history(CIP).await.len();
    let token_page = format!("/projects/{CIP}/report");
    for (route, email) in &routes {
        let c = w.app.sign_in(email).await;
        let own = c.get(&token_page).await.csrf();
        let someone_elses = w.app.visitor().get(&token_page).await.csrf();
        for (label, fields, origin) in [
            ("no token", vec![("decision", "approve")], ORIGIN),
            (
                "a forged token",
                vec![("csrf", "1700000000.deadbeef"), ("decision", "approve")],
                ORIGIN,
            ),
            (
                "another visitor's token",
                vec![("csrf", someone_elses.as_str()), ("decision", "approve")],
                ORIGIN,
            ),
            (
                "another site",
                vec![("csrf", own.as_str()), ("decision", "approve")],
                "https://evil.example",
            ),
        ] {
            let got = c
                .post_with(route, &encode(&fields), &[("origin", origin)])
                .await;
            assert_eq!(got.status, StatusCode::FORBIDDEN, "{route} with {label}");
            assert!(
                got.body.contains(REFUSED),
                "{route} with {label}: a clear message in {}",
                got.excerpt()
            );
        }
    }
    // Anonymous forms too: reports, sign-up and sign-in.
    let anyone = w.app.visitor();
    for route in [
        format!("/projects/{CIP}/report"),
        "/account/signup".into(),
        "/account/login".into(),
    ] {
        let got = anyone
            .post(
                &route,
                &encode(&[
                    ("kind", "other"),
                    ("email", "x@y.test"),
                    ("password", "a long enough passphrase"),
                ]),
            )
            .await;
        assert_eq!(got.status, StatusCode::FORBIDDEN, "{route}");
    }
    assert_eq!(before, w.app.history(CIP).await.len(), "nothing changed");
}

#[tokio::test]
async fn hostile_text_is_refused_or_stored_and_shown_escaped() {
    let w = world().await;
    let owner = w.app.sign_in(&w.owner).await;
    let form = format!("/manage/{CIP}/reflection");
    let public = format!("/projects/{CIP}");
    let nasty = "<script>alert('x')</script> \u{202e}evil\u{202c} zero\u{200b}width 🌱 '); DROP TABLE projects;--";
    let r = owner
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", nasty),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = w.app.visitor().get(&public).await.body;
    assert!(!page.contains("<script>alert"), "markup is escaped");
    assert!(page.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
    assert!(page.contains("DROP TABLE projects;--") && page.contains("🌱"));
    assert_eq!(
        w.app
            .visitor()
            .get("/api/v1/projects?per_page=500")
            .await
            .status,
        StatusCode::OK,
        "the table is still there"
    );

    // A 100 KB field is refused with a clear message; nothing is stored.
    let huge = "x".repeat(100 * 1024);
    let r = owner
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", &huge),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("the most is 10000"), "{}", r.excerpt());
    // A body over the limit is refused before it is read.
    let giant = "y".repeat(400 * 1024);
    let r = owner
        .submit(&form, &form, &[("how_safe-and-nurturing", &giant)])
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    // Control characters are refused.
    let r = owner
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", "bell\u{7}"),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let page = w.app.visitor().get(&public).await.body;
    assert!(
        page.contains("&lt;script&gt;"),
        "the last good version is still shown"
    );
}

/// The form-signing secret is kept in the database: a page opened before a restart (or
/// served by another process on the same database) can still be sent.
#[tokio::test]
async fn a_form_opened_before_a_restart_is_still_accepted() {
    let app = TestApp::seeded().await;
    let path = format!("/projects/{CIP}/report");
    let mut form = app.form(&path, &path).await.only_hidden();
    form.set("kind", "closed")
        .set("detail", "Sent after the restart.");
    let restarted = app.restarted().await;
    let sent = restarted.send_form(&form).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    assert_eq!(restarted.open_reports().await.len(), 1);
}
