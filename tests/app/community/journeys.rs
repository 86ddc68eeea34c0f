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
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    let id = app.pending_claim(moderator.email(), "quarriers").await;
    let decided = moderator
        .submit(
            "/moderate",
            &format!("/moderate/claims/{id}"),
            &[("decision", "approve"), ("reason", "It is me")],
        )
        .await;
    assert_eq!(
        decided.status,
        StatusCode::FORBIDDEN,
        "{}",
        decided.excerpt()
    );
    assert!(decided.body.contains("another moderator must decide it"));
    // Still waiting, for another moderator.
    assert_eq!(app.pending_claim(moderator.email(), "quarriers").await, id);
}

#[tokio::test]
async fn archiving_asks_first_and_a_moderator_can_restore() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of("quarriers").await;
    app.set_trusted("quarriers", keeper.email()).await;
    let edit_page = keeper.get("/manage/quarriers").await;
    // One tap away from "Save changes" is a question, not the archiving itself.
    assert!(
        edit_page
            .attrs("form[action='/manage/quarriers/archive']", "action")
            .is_empty()
    );
    assert_eq!(
        edit_page
            .attrs("a[href='/manage/quarriers/archive']", "href")
            .len(),
        1
    );
    let ask = keeper.get("/manage/quarriers/archive").await;
    assert_eq!(ask.status, StatusCode::OK);
    assert_eq!(ask.texts("h1"), ["Archive Quarriers?"]);
    assert!(ask.body.contains("a moderator can restore it"));
    // Without the confirmation, nothing happens.
    let path = "/manage/quarriers/archive";
    let unconfirmed = keeper.post_fields(path, path, &[]).await;
    assert_eq!(unconfirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(unconfirmed.location.as_deref(), Some(path));
    assert_eq!(
        app.project("quarriers").await.status,
        peermap::domain::Status::Published
    );
    let archived = keeper.submit(path, path, &[]).await;
    assert_eq!(
        archived.status,
        StatusCode::SEE_OTHER,
        "{}",
        archived.excerpt()
    );
    assert_eq!(
        app.project("quarriers").await.status,
        peermap::domain::Status::Archived
    );
    let search = app.get("/api/v1/search?where=Glasgow").await;
    assert!(!search.body.contains("\"quarriers\""));
    // Its keeper cannot bring it back; a moderator can.
    let restore = "/manage/quarriers/restore";
    let refused = keeper.post_fields(restore, "/manage/quarriers", &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let moderator = app.moderator().await;
    let back = moderator.submit("/manage/quarriers", restore, &[]).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.excerpt());
    assert_eq!(
        app.project("quarriers").await.status,
        peermap::domain::Status::Published
    );
    let search = app.get("/api/v1/search?where=Glasgow").await;
    assert!(search.body.contains("\"quarriers\""));
}

#[tokio::test]
async fn the_reply_form_shows_the_review_it_answers() {
    let app = TestApp::seeded().await;
    let cip = "community-intercultural-programme";
    let alice = app.maintainer_of(cip).await;
    app.set_trusted(cip, alice.email()).await;
    let form = format!("/manage/{cip}/reflection");
    let published = alice
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", "Two trained facilitators."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let bob = app.maintainer_of("quarriers").await;
    let review = format!("/projects/{cip}/review");
    let sent = bob
        .submit(
            &review,
            &review,
            &[
                ("reviewer", "quarriers"),
                ("verdict_safe-and-nurturing", "recognise"),
                ("comment_safe-and-nurturing", "We work the same way."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.excerpt());
    let page = alice.get(&form).await;
    let shown = page.texts("ul.review li");
    assert_eq!(shown.len(), 1, "{}", page.excerpt());
    assert!(shown[0].contains("We work the same way."), "{shown:?}");
    // The review comes before the box for the reply.
    let review_at = page.body.find("We work the same way.").unwrap();
    let reply_at = page.body.find("name=\"reply\"").unwrap();
    assert!(review_at < reply_at);
}

#[tokio::test]
async fn a_maintainer_sees_their_own_waiting_change() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of("quarriers").await;
    let first = edit(&keeper, "quarriers", |f| {
        f.set("summary", "A group in Glasgow for new mums.");
    })
    .await;
    assert_eq!(
        first.location.as_deref(),
        Some("/projects/quarriers?waiting")
    );
    let account = keeper.get("/account").await;
    assert_eq!(
        account
            .texts("h2")
            .iter()
            .filter(|h| *h == "Your changes waiting for a moderator")
            .count(),
        1,
        "{}",
        account.excerpt()
    );
    let waiting = account.texts("main li");
    assert!(
        waiting.iter().any(|w| w.starts_with("Changes to Quarriers")
            && w.contains("(summary)")
            && w.ends_with("waiting for a moderator")),
        "{waiting:?}"
    );
}
