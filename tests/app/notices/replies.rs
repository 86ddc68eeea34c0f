//! A reply to a review e-mails the maintainers of the project that wrote it; a problem
//! report that is not a safeguarding concern e-mails the listing's maintainers, and
//! nobody when it has none.

use super::{ORIGIN, deliver, to};
use crate::support::records::slug;
use crate::support::smtp::SmtpSink;
use crate::support::{TestApp, db};
use axum::http::StatusCode;
use peermap::domain::Principle;
use peermap::domain::community::{ReviewItem, Verdict};

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";

async fn app() -> TestApp {
    TestApp::over_with(db::seeded_sqlite().await, |c| {
        c.public_origin = Some(ORIGIN.into())
    })
    .await
}

#[tokio::test]
async fn a_reply_to_a_review_reaches_the_reviewing_projects_maintainers() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    let alice = app.maintainer_of(CIP).await;
    let bob = app.maintainer_of(QUARRIERS).await;
    let store = app.state.store.clone();
    let bob_id = app.account_id(bob.email()).await.unwrap();
    let items = [ReviewItem {
        principle: Principle::ALL[0],
        verdict: Verdict::Recognise,
        comment: "We work the same way.".into(),
    }];
    let id = store
        .create_review(&slug(QUARRIERS), &slug(CIP), bob_id, &items)
        .await
        .unwrap();
    deliver(&app, &sink).await;
    let before = sink.received().len();

    let page = format!("/manage/{CIP}/reflection");
    let uri = format!("/manage/{CIP}/reviews/{id}/reply");
    let replied = alice
        .post_fields(
            &uri,
            &page,
            &[("reply", "Thank you, we would like to visit.")],
        )
        .await;
    assert_eq!(
        replied.status,
        StatusCode::SEE_OTHER,
        "{}",
        replied.excerpt()
    );
    deliver(&app, &sink).await;
    let got = sink.received();
    let new = &got[before..];
    let mine = to(new, bob.email());
    assert_eq!(mine.len(), 1, "{new:?}");
    assert!(
        mine[0].subject.contains("replied to your peer review"),
        "{}",
        mine[0].subject
    );
    let text = mine[0].text.as_deref().unwrap();
    assert!(text.contains(&format!("{ORIGIN}/projects/{CIP}")), "{text}");
    assert!(to(new, alice.email()).is_empty(), "{new:?}");

    // A second reply is refused, and nothing more is sent.
    let again = alice
        .post_fields(&uri, &page, &[("reply", "And again.")])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    deliver(&app, &sink).await;
    assert_eq!(sink.received().len(), got.len());
}

#[tokio::test]
async fn a_problem_report_reaches_the_listings_maintainers() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    app.moderator().await;
    let alice = app.maintainer_of(CIP).await;
    deliver(&app, &sink).await;
    let before = sink.received().len();
    let report = |slug: &'static str, kind: &'static str, detail: &'static str| {
        let app = &app;
        async move {
            let path = format!("/projects/{slug}/report");
            let sent = app
                .visitor()
                .submit(&path, &path, &[("kind", kind), ("detail", detail)])
                .await;
            assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
        }
    };
    report(CIP, "wrong-details", "The phone number is out of date.").await;
    // Nobody keeps Quarriers: moderators see it in the queue, and no e-mail goes.
    report(QUARRIERS, "closed", "It stopped in the summer.").await;
    deliver(&app, &sink).await;
    let got = sink.received();
    let new = &got[before..];
    assert_eq!(new.len(), 1, "{new:?}");
    assert_eq!(new[0].to, [alice.email()]);
    assert!(
        new[0].subject.starts_with("A problem reported with"),
        "{}",
        new[0].subject
    );
    let text = new[0].text.as_deref().unwrap();
    assert!(
        text.contains("some details are wrong")
            && text.contains("The phone number is out of date.")
            && text.contains(&format!("{ORIGIN}/manage/{CIP}")),
        "{text}"
    );
}
