//! The moderators' view: a waiting change reads as plain words, whole, with every part of
//! a place, and nobody moderates their own review or change.

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
    for f in [
        "Languages",
        "What it helps with",
        "Sessions",
        "Where it meets",
        "Summary",
    ] {
        assert!(fields.iter().any(|t| t == f), "{f} in {fields:?}");
    }
    let values = page.texts("dl.changes dd");
    assert_eq!(values.len(), 2 * fields.len());
    for v in &values {
        assert!(!v.contains(['[', '{', '"']), "JSON in {v:?}");
    }
    for shown in [
        "Now: Glasgow, Scotland (shown at town level: the exact venue is not confirmed). No distance given.",
        "Proposed: Govan Community Hall, Scotland (shown at town level: the exact venue is not confirmed). No distance given.",
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
    // In Welsh, the session is in Welsh words too (the place keeps its own name).
    let welsh = app.moderator().await.get("/cy/moderate").await;
    let values = welsh.texts("dl.changes dd");
    let session = values
        .iter()
        .find(|v| v.contains("Govan Community Hall") && v.contains("10:00"))
        .unwrap_or_else(|| panic!("the session in {values:?}"));
    assert!(
        !session.contains(" at ") && !session.contains("Every"),
        "{session}"
    );
    assert!(session.contains("yn Govan Community Hall"), "{session}");
}

/// A long description is shown whole, its paragraphs kept; a place's precision and the
/// distance it serves are shown, so a change of either alone is seen; field names are
/// plain words in the moderator's language.
#[tokio::test]
async fn a_waiting_change_shows_whole_values_and_every_part_of_a_place() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of(QUARRIERS).await;
    let mut proposal = app.project(QUARRIERS).await;
    let first = "We meet every week. ".repeat(20);
    let last = "The end of a long description, far past 300 characters.";
    proposal.description = format!("{}\n\n{last}", first.trim_end());
    assert!(proposal.description.chars().count() > 400);
    let site = &mut proposal.sites[0];
    site.precision = peermap::domain::Precision::Exact;
    site.radius_km = Some(16.0);
    let label = site.label.clone();
    app.submit_edit(QUARRIERS, keeper.email(), &proposal).await;
    let moderator = app.moderator().await;
    let page = moderator.get("/moderate").await;
    assert_eq!(page.status, StatusCode::OK);
    let values = page.texts("dl.changes dd .value");
    let whole = proposal.description.split_whitespace().collect::<Vec<_>>();
    assert!(
        values.iter().any(|v| v == &whole.join(" ")),
        "the whole description: {values:?}"
    );
    let marked = page.outer("dl.changes dd .value");
    assert!(
        marked
            .iter()
            .any(|m| m.contains(&format!("week.\n\n{last}"))),
        "its paragraphs kept: {marked:?}"
    );
    assert!(!values.iter().any(|v| v.ends_with('…')), "{values:?}");
    let sites =
        format!("{label}, Scotland (exact place). Serves people within about 10 miles (16 km)");
    assert!(values.contains(&sites), "{sites} in {values:?}");
    assert_eq!(
        page.texts("dl.changes dt"),
        ["Description", "Where it meets"]
    );

    let welsh = moderator.get("/cy/moderate").await;
    assert_eq!(welsh.status, StatusCode::OK);
    assert_eq!(
        welsh.texts("dl.changes dt"),
        ["Disgrifiad", "Ble mae’n cyfarfod"]
    );
    let values = welsh.texts("dl.changes dd .value");
    assert!(
        values.iter().any(|v| v.contains("(union leoliad)")
            && v.contains("Yn gwasanaethu pobl o fewn tua 10 milltir (16 km)")),
        "{values:?}"
    );
}

#[tokio::test]
async fn a_moderator_cannot_hide_their_own_review_nor_decide_their_own_change() {
    let app = TestApp::seeded().await;
    app.reflected(
        CIP,
        &format!("/manage/{CIP}/reflection"),
        &[
            ("status_safe-and-nurturing", "we-do-this"),
            ("how_safe-and-nurturing", "Two trained facilitators."),
        ],
    )
    .await;
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
