//! Decisions reach the person who asked: a proposal of a new listing reaches the
//! moderators, and its approval or refusal the proposer; a refused claim reaches the one
//! who claimed; a refused change the maintainer who made it. Each with the moderator's
//! reason and our own absolute links.

use super::{ORIGIN, deliver, to};
use crate::support::app::MODERATOR;
use crate::support::smtp::{Received, SmtpSink};
use crate::support::{TestApp, db};
use axum::http::StatusCode;

const CIP: &str = "community-intercultural-programme";
const CIP_NAME: &str = "Community Intercultural Programme";
const PROPOSER: &str = "proposer@new-group.test";
const NEW_NAME: &str = "Bump and Beyond in Preston";
const REASON: &str = "We could not reach the group by phone.";

async fn app() -> TestApp {
    TestApp::over_with(db::seeded_sqlite().await, |c| {
        c.public_origin = Some(ORIGIN.into())
    })
    .await
}

/// The one message to `who` whose subject starts with `subject`, or the test fails.
fn the_one<'a>(got: &'a [Received], who: &str, subject: &str) -> &'a Received {
    let mine: Vec<_> = to(got, who)
        .into_iter()
        .filter(|m| m.subject.starts_with(subject))
        .collect();
    assert_eq!(mine.len(), 1, "one “{subject}” to {who}: {got:?}");
    let html = mine[0].html.as_deref().unwrap();
    for href in html.split("href=\"").skip(1) {
        assert!(href.starts_with(ORIGIN), "only our own links: {html}");
    }
    mine[0]
}

/// [`PROPOSER`] signs up and proposes [`NEW_NAME`]: the id of the proposal.
async fn propose(app: &TestApp) -> i64 {
    let fields = [
        ("name", NEW_NAME),
        ("organisation", "Bump and Beyond"),
        ("summary", "A weekly group for new mums in Preston."),
        ("town", "Preston"),
        ("statement", "I run the group."),
    ];
    app.proposal(PROPOSER, &fields).await
}

/// A moderator refuses the claim or proposal (`what` = `claims`) or change (`edits`)
/// `id`, giving [`REASON`].
async fn refuse(app: &TestApp, what: &str, id: i64) {
    let refused = app
        .moderator()
        .await
        .submit(
            "/moderate",
            &format!("/moderate/{what}/{id}"),
            &[("decision", "reject"), ("reason", REASON)],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::SEE_OTHER,
        "{}",
        refused.excerpt()
    );
}

#[tokio::test]
async fn a_proposal_reaches_the_moderators_and_its_approval_the_proposer() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    app.moderator().await;
    let id = propose(&app).await;
    deliver(&app, &sink).await;
    let got = sink.received();
    let asked = the_one(&got, MODERATOR, &format!("A request to decide: {NEW_NAME}"));
    let text = asked.text.as_deref().unwrap();
    assert!(
        text.contains(&format!("Someone has proposed a new listing, “{NEW_NAME}”")),
        "{text}"
    );
    assert!(text.contains(&format!("{ORIGIN}/moderate")), "{text}");
    assert!(
        to(&got, PROPOSER)
            .iter()
            .all(|m| !m.subject.contains(NEW_NAME))
    );

    app.approve_claim(id).await;
    deliver(&app, &sink).await;
    let got = sink.received();
    let approved = the_one(&got, PROPOSER, &format!("Approved: {NEW_NAME}"));
    let text = approved.text.as_deref().unwrap();
    assert!(text.contains("was approved"), "{text}");
    assert!(
        text.contains("The moderator wrote: Checked by phone"),
        "{text}"
    );
    assert!(text.contains(&format!("{ORIGIN}/account")), "{text}");
}

#[tokio::test]
async fn a_refused_proposal_reaches_the_proposer_with_the_reason() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    let id = propose(&app).await;
    refuse(&app, "claims", id).await;
    deliver(&app, &sink).await;
    let got = sink.received();
    let refused = the_one(&got, PROPOSER, &format!("Not approved: {NEW_NAME}"));
    let text = refused.text.as_deref().unwrap();
    assert!(
        text.contains(&format!("Your request about “{NEW_NAME}” was not approved")),
        "{text}"
    );
    assert!(
        text.contains(&format!("The moderator wrote: {REASON}")),
        "{text}"
    );
    let page = app
        .visitor()
        .get("/projects/bump-and-beyond-in-preston")
        .await;
    assert_eq!(
        page.status,
        StatusCode::NOT_FOUND,
        "a refused proposal is not listed"
    );
}

#[tokio::test]
async fn a_refused_claim_reaches_the_one_who_claimed_with_the_reason() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    let email = "claimant@cip.test";
    app.create_account(email, peermap::domain::community::Role::Maintainer)
        .await;
    let claimant = app.sign_in(email).await;
    let id = app.claimed(&claimant, CIP).await;
    refuse(&app, "claims", id).await;
    deliver(&app, &sink).await;
    let got = sink.received();
    let refused = the_one(&got, email, &format!("Not approved: {CIP_NAME}"));
    let text = refused.text.as_deref().unwrap();
    assert!(
        text.contains(&format!(
            "Your request about “{CIP_NAME}” was not approved, so nothing has changed."
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("The moderator wrote: {REASON}")),
        "{text}"
    );
    assert!(text.contains(&format!("{ORIGIN}/account")), "{text}");
    assert!(
        to(&got, email)
            .iter()
            .all(|m| !m.subject.starts_with("Approved"))
    );
}

#[tokio::test]
async fn a_refused_change_reaches_its_maintainer_with_the_reason() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    let alice = app.maintainer_of(CIP).await;
    let path = format!("/manage/{CIP}");
    let mut form = alice.form(&path, &path).await;
    form.set("summary", "A weekly group for women new to the UK.");
    let sent = alice.send_form(&form).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.excerpt());
    let id = app.pending_edits().await[0];
    refuse(&app, "edits", id).await;
    deliver(&app, &sink).await;
    let got = sink.received();
    let refused = the_one(
        &got,
        alice.email(),
        &format!("Change not approved: {CIP_NAME}"),
    );
    let text = refused.text.as_deref().unwrap();
    assert!(
        text.contains(&format!(
            "Your change to “{CIP_NAME}” was not approved, so the listing is as it was."
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("The moderator wrote: {REASON}")),
        "{text}"
    );
    assert!(text.contains(&format!("{ORIGIN}/projects/{CIP}")), "{text}");
    assert_ne!(
        app.project(CIP).await.summary,
        "A weekly group for women new to the UK.",
        "the listing is as it was"
    );
}
