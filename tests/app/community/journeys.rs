//! Journeys without traps for the people who keep a listing.

use super::{edit, public};
use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn paragraph_breaks_sent_by_a_browser_survive_saving() {
    let app = TestApp::seeded().await;
    let moderator = app.moderator().await;
    // A browser sends a textarea's line breaks as CRLF.
    let saved = edit(&moderator, "quarriers", |f| {
        f.set(
            "description",
            "We meet on Tuesdays.\r\n\r\nBring your baby if you like.",
        );
    })
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.excerpt());
    assert_eq!(
        app.project("quarriers").await.description,
        "We meet on Tuesdays.\n\nBring your baby if you like."
    );
    let page = public(&app, "quarriers").await;
    assert!(page.contains("<p>We meet on Tuesdays.</p>"), "{page}");
    assert!(page.contains("<p>Bring your baby if you like.</p>"));
}

#[tokio::test]
async fn a_saved_draft_is_never_said_to_show_on_the_page() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of("quarriers").await;
    app.set_trusted("quarriers", keeper.email()).await;
    let form = "/manage/quarriers/reflection";
    let fields = |action| {
        [
            ("status_safe-and-nurturing", "we-do-this"),
            ("how_safe-and-nurturing", "Two trained facilitators."),
            ("action", action),
        ]
    };
    let draft = keeper.submit(form, form, &fields("draft")).await;
    assert_eq!(draft.status, StatusCode::SEE_OTHER);
    let to = draft.location.clone().unwrap();
    assert_eq!(to, "/projects/quarriers?draft");
    let page = keeper.get(&to).await;
    let notice = page.texts("div.notice.ok");
    assert_eq!(notice.len(), 1, "{}", page.excerpt());
    assert!(
        notice[0].contains("Your draft is saved. It is not public"),
        "{notice:?}"
    );
    assert!(!page.body.contains("show on this page now"));
    // Publishing says it shows.
    let published = keeper.submit(form, form, &fields("publish")).await;
    assert_eq!(
        published.location.as_deref(),
        Some("/projects/quarriers?saved")
    );
}

#[tokio::test]
async fn a_moderator_cannot_decide_their_own_claim() {
    let app = TestApp::seeded().await;
    let moderator = app.moderator().await;
    let claim = "/projects/quarriers/claim";
    let sent = moderator
        .submit(claim, claim, &[("statement", "I also run this group.")])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.excerpt());
    let id = app.pending_claim(moderator.email(), "quarriers").await;
    let decided = moderator
        .submit(
            "/moderate",
            &format!("/moderate/claims/{id}"),
            &[("decision", "approve"), ("reason", "It is me")],
        )
        .await;
    assert_eq!(decided.status, StatusCode::FORBIDDEN, "{}", decided.excerpt());
    assert!(decided.body.contains("another moderator must decide it"));
    // Still waiting, for another moderator.
    assert_eq!(app.pending_claim(moderator.email(), "quarriers").await, id);
}
