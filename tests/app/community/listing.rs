//! A project keeps its listing: claim, approval, edits, reflection, peer review, reply,
//! and a moderator hiding a review.

use super::{CIP, QUARRIERS, edit, public};
use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn claim_approve_edit_reflect_review_and_hide() {
    let app = TestApp::seeded().await;
    let alice = claim_and_edit(&app).await;
    reflect(&app, &alice).await;
    review_and_reply(&app, &alice).await;
}

/// Alice claims CIP; once approved her first edit waits for a moderator, later ones
/// publish at once. Returns her session.
async fn claim_and_edit(app: &TestApp) -> TestApp {
    let moderator = app.moderator().await;
    let alice = app.maintainer_of(CIP).await;

    // Approval makes Alice its keeper; it does not confirm the listing.
    let page = public(app, CIP).await;
    assert!(page.contains("Kept by the project, not yet confirmed by it"));
    assert!(!page.contains("Confirmed by the project"));

    // Alice's first edit waits for a moderator.
    let first = edit(&alice, CIP, |f| {
        f.set(
            "summary",
            "A weekly group for women new to the UK, in Portadown.",
        );
    })
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    assert!(
        !public(app, CIP)
            .await
            .contains("A weekly group for women new")
    );
    let queue = moderator.get("/moderate").await;
    assert!(
        queue.body.contains("A weekly group for women new"),
        "the moderator sees the field-level change"
    );
    let edit_id = app.pending_edits().await[0];
    let ok = moderator
        .submit(
            "/moderate",
            &format!("/moderate/edits/{edit_id}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert!(
        public(app, CIP)
            .await
            .contains("A weekly group for women new")
    );
    // The history says who changed what.
    let history = app.history(CIP).await;
    assert!(
        history
            .iter()
            .any(|h| h.field == "summary" && h.actor == alice.email())
    );

    // Later edits publish at once, and are searchable at once.
    let later = edit(&alice, CIP, |f| {
        f.check("need", "perinatal-ocd");
    })
    .await;
    assert_eq!(later.status, StatusCode::SEE_OTHER);
    let search = app
        .visitor()
        .get("/api/v1/search?where=Portadown&need=perinatal-ocd")
        .await;
    assert!(search.body.contains(CIP), "{}", search.body);
    alice
}

/// Alice publishes a reflection; drafts stay private.
async fn reflect(app: &TestApp, alice: &TestApp) {
    let form = format!("/manage/{CIP}/reflection");
    let fields = |action| {
        [
            ("status_safe-and-nurturing", "we-do-this"),
            (
                "how_safe-and-nurturing",
                "Two trained facilitators at every session.",
            ),
            ("action", action),
        ]
    };
    let draft = alice.submit(&form, &form, &fields("draft")).await;
    assert_eq!(draft.status, StatusCode::SEE_OTHER);
    assert!(!public(app, CIP).await.contains("Two trained facilitators"));
    let published = alice.submit(&form, &form, &fields("publish")).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let page = public(app, CIP).await;
    assert!(page.contains("Two trained facilitators") && page.contains("It is not a score"));
}

/// A maintainer of another project reviews CIP; Alice replies once; a moderator hides
/// the review.
async fn review_and_reply(app: &TestApp, alice: &TestApp) {
    // The review shows on the public page.
    let bob = app.maintainer_of(QUARRIERS).await;
    let form = format!("/projects/{CIP}/review");
    let review = bob
        .submit(
            &form,
            &form,
            &[
                ("reviewer", QUARRIERS),
                ("verdict_safe-and-nurturing", "recognise"),
                ("comment_safe-and-nurturing", "We work the same way."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{}", review.body);
    let page = public(app, CIP).await;
    assert!(
        page.contains("From <a href=\"/projects/quarriers\">Quarriers</a>")
            && page.contains("We work the same way."),
        "{page}"
    );
    // One current review per pair.
    let again = bob
        .submit(
            &form,
            &form,
            &[
                ("reviewer", QUARRIERS),
                ("verdict_safe-and-nurturing", "ask"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    // Nobody reviews their own project.
    let own = alice.get(&form).await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);

    // The directory and search filter on both.
    let dir = app
        .visitor()
        .get("/api/v1/projects?reviewed=yes&reflection=published")
        .await
        .body;
    assert!(dir.contains(CIP) && !dir.contains(QUARRIERS), "{dir}");
    let found = app
        .visitor()
        .get("/api/v1/search?where=Portadown&reviewed=yes")
        .await
        .body;
    assert!(found.contains(CIP));

    // Alice replies once, from her reflection page.
    let id = app.reviews_of(CIP).await[0];
    let reflection = format!("/manage/{CIP}/reflection");
    let reply_to = format!("/manage/{CIP}/reviews/{id}/reply");
    let reply = alice
        .submit(&reflection, &reply_to, &[("reply", "Thank you!")])
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    // Once replied, the form is gone; a second reply (from a page opened before) is
    // refused.
    assert!(
        alice
            .get(&reflection)
            .await
            .attrs(&format!("form[action='{reply_to}']"), "action")
            .is_empty()
    );
    let twice = alice
        .post_fields(&reply_to, &reflection, &[("reply", "Again")])
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);

    // A moderator hides it, with a reason kept in the history.
    let hide = app
        .moderator()
        .await
        .submit(
            "/moderate",
            &format!("/moderate/reviews/{id}/hide"),
            &[("reason", "Names a participant")],
        )
        .await;
    assert_eq!(hide.status, StatusCode::SEE_OTHER);
    assert!(!public(app, CIP).await.contains("We work the same way."));
    let history = app.history(CIP).await;
    assert!(history.iter().any(|h| {
        h.field == "peer review hidden"
            && h.new_value
                .as_deref()
                .unwrap_or("")
                .contains("Names a participant")
    }));
    let dir = app
        .visitor()
        .get("/api/v1/projects?reviewed=yes")
        .await
        .body;
    assert!(!dir.contains(CIP));
}
