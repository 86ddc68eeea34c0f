//! The moderators' view: a waiting change reads as plain words, and nobody moderates
//! their own review or change.

use super::{CIP, QUARRIERS};
use crate::support::TestApp;
use crate::support::app::MODERATOR;
use axum::http::StatusCode;

#[tokio::test]
async fn a_waiting_change_shows_each_value_as_plain_words() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of(QUARRIERS).await;
    let mut proposal = app.project(QUARRIERS).await;
    proposal.summary = "A group in Govan for new mums.".into();
    proposal
        .languages
        .extend(["en".to_string(), "pl".to_string()]);
    proposal.needs.insert("birth-trauma".into());
    proposal.sites[0].label = "Govan Community Hall".into();
    proposal.sessions.push(
        serde_json::from_value(serde_json::json!({
            "site": "Govan Community Hall", "frequency": "weekly", "day": "tuesday",
            "opens": "10:00:00", "closes": "11:30:00"
        }))
        .unwrap(),
    );
    app.submit_edit(QUARRIERS, keeper.email(), &proposal).await;
    let page = app.moderator().await.get("/moderate").await;
    assert_eq!(page.status, StatusCode::OK);
    let fields = page.texts("dl.changes dt");
    for f in ["languages", "needs", "sessions", "sites", "summary"] {
        assert!(fields.iter().any(|t| t == f), "{f} in {fields:?}");
    }
    let values = page.texts("dl.changes dd");
    assert_eq!(values.len(), 2 * fields.len());
    for v in &values {
        assert!(!v.contains(['[', '{', '"']), "JSON in {v:?}");
    }
    for shown in [
        "Now: Glasgow",
        "Proposed: Govan Community Hall",
        "Proposed: en, pl",
        "Proposed: Every Tuesday, 10:00 to 11:30 at Govan Community Hall",
        "Now: (none)",
        "Proposed: A group in Govan for new mums.",
    ] {
        assert!(values.iter().any(|v| v == shown), "{shown} in {values:?}");
    }
    // Stacked, not a table of three columns.
    assert!(
        page.outer("table")
            .iter()
            .all(|t| !t.contains(">Proposed<"))
    );
}

#[tokio::test]
async fn a_moderator_cannot_hide_their_own_review_nor_decide_their_own_change() {
    let app = TestApp::seeded().await;
    let alice = app.maintainer_of(CIP).await;
    app.set_trusted(CIP, alice.email()).await;
    let reflection = format!("/manage/{CIP}/reflection");
    let published = alice
        .submit(
            &reflection,
            &reflection,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", "Two trained facilitators."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let moderator = app.moderator().await;
    app.add_maintainer(QUARRIERS, MODERATOR).await;
    let form = format!("/projects/{CIP}/review");
    let review = moderator
        .submit(
            &form,
            &form,
            &[
                ("reviewer", QUARRIERS),
                ("verdict_safe-and-nurturing", "recognise"),
                ("comment_safe-and-nurturing", "We do the same."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{}", review.excerpt());
    let id = app.reviews_of(CIP).await[0];
    let hide = format!("/moderate/reviews/{id}/hide");
    let refused = moderator
        .submit("/moderate", &hide, &[("reason", "Mine")])
        .await;
    assert_eq!(
        refused.status,
        StatusCode::FORBIDDEN,
        "{}",
        refused.excerpt()
    );
    assert!(refused.body.contains("another moderator must decide"));
    assert!(
        app.visitor()
            .get(&format!("/projects/{CIP}"))
            .await
            .body
            .contains("We do the same.")
    );
    // Their own change waits for another moderator too.
    let mut proposal = app.project(QUARRIERS).await;
    proposal.summary = "Changed by a moderator who keeps it.".into();
    let edit = app.submit_edit(QUARRIERS, MODERATOR, &proposal).await;
    let decided = moderator
        .submit(
            "/moderate",
            &format!("/moderate/edits/{edit}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(decided.status, StatusCode::FORBIDDEN);
    assert!(decided.body.contains("another moderator must decide it"));
    assert_ne!(app.project(QUARRIERS).await.summary, proposal.summary);
}
