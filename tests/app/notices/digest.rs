//! The moderators' daily digest: sent once a day when something waits (claims, changes,
//! reports, stale listings), never twice for a day (two processes, a restart), nothing
//! when nothing waits; `peermap serve` schedules it.

use super::{FROM, ORIGIN, sender, to};
use crate::support::app::MODERATOR;
use crate::support::smtp::{Received, SmtpSink};
use crate::support::{ServeProcess, TestApp, TestClock, TestDb, db};
use axum::http::StatusCode;
use std::time::Duration;

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";
const SECOND: &str = "second-moderator@peermap.test";
const SUBJECT: &str = "Waiting for a moderator today";

fn digests(got: &[Received]) -> Vec<&Received> {
    got.iter().filter(|m| m.subject == SUBJECT).collect()
}

async fn report(app: &TestApp, slug: &str) {
    let path = format!("/projects/{slug}/report");
    let sent = app
        .visitor()
        .submit(
            &path,
            &path,
            &[("kind", "closed"), ("detail", "It has stopped.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
}

async fn once_a_day(db: TestDb) {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let clock = TestClock::default();
    let app = TestApp::over_with(db, |c| {
        c.clock = clock.clock();
        c.public_origin = Some(ORIGIN.into());
    })
    .await;
    app.moderator().await;
    app.sign_up(SECOND).await;
    app.make_moderator(SECOND).await;
    let registry = &app.state.registry;

    // Nothing waits: no digest, and none recorded, so one can still go today.
    assert!(!registry.send_digest().await.unwrap());

    // A claim and a report wait.
    let asker = app.sign_up("asker@peermap.test").await;
    let claim = format!("/projects/{QUARRIERS}/claim");
    let sent = asker
        .submit(&claim, &claim, &[("statement", "I run the group.")])
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    assert!(
        sent.body.contains("We have your request"),
        "{}",
        sent.excerpt()
    );
    report(&app, CIP).await;

    // Two processes at once, then a restart: one digest for the day.
    let configure = |c: &mut peermap::config::Config| {
        c.clock = clock.clock();
        c.public_origin = Some(ORIGIN.into());
    };
    let other = app.restarted_with(configure).await;
    let (one, two) = tokio::join!(registry.send_digest(), other.state.registry.send_digest());
    assert_eq!(
        [one.unwrap(), two.unwrap()].iter().filter(|s| **s).count(),
        1
    );
    assert!(!registry.send_digest().await.unwrap());
    let restarted = app.restarted_with(configure).await;
    assert!(!restarted.state.registry.send_digest().await.unwrap());

    sender(app.state.store.clone(), &sink)
        .deliver_due()
        .await
        .unwrap();
    let got = sink.received();
    let all = digests(&got);
    assert_eq!(all.len(), 2, "{got:?}");
    for moderator in [MODERATOR, SECOND] {
        let mine: Vec<_> = to(&got, moderator)
            .into_iter()
            .filter(|m| m.subject == SUBJECT)
            .collect();
        assert_eq!(mine.len(), 1, "{moderator}: {got:?}");
        let text = mine[0].text.as_deref().unwrap();
        assert!(
            text.contains("1 request to maintain or add a listing")
                && text.contains("1 problem report")
                && !text.contains("changes to")
                && text.contains(&format!("{ORIGIN}/moderate")),
            "{text}"
        );
    }

    // A year on, the next day's digest counts the listings nobody has confirmed.
    clock.advance_months(12);
    assert!(registry.send_digest().await.unwrap());
    assert!(!registry.send_digest().await.unwrap());
    sender(app.state.store.clone(), &sink)
        .deliver_due()
        .await
        .unwrap();
    let got = sink.received();
    let mine: Vec<_> = to(&got, MODERATOR)
        .into_iter()
        .filter(|m| m.subject == SUBJECT)
        .collect();
    assert_eq!(mine.len(), 2, "{got:?}");
    let text = mine[1].text.as_deref().unwrap();
    assert!(
        text.contains("listings not confirmed for a year or more")
            && text.contains(&format!("{ORIGIN}/moderate/stale")),
        "{text}"
    );
    assert_eq!(app.state.store.digests_sent().await.unwrap().len(), 2);
}

#[tokio::test]
async fn the_moderators_digest_goes_once_a_day_when_something_waits_on_sqlite() {
    once_a_day(db::seeded_sqlite().await).await;
}

#[tokio::test]
async fn the_moderators_digest_goes_once_a_day_when_something_waits_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    peermap::seed::seed_if_empty(db.store.as_ref(), &peermap::domain::Taxonomy::bundled())
        .await
        .unwrap();
    once_a_day(db).await;
}

#[tokio::test]
async fn peermap_serve_sends_the_digest() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let db = db::seeded_sqlite().await;
    let url = db.url.clone();
    let app = TestApp::over(db).await;
    app.moderator().await;
    report(&app, CIP).await;
    let mut server = ServeProcess::start(
        &url,
        &[
            ("PEERMAP_SMTP_URL", &sink.url()),
            ("PEERMAP_MAIL_FROM", FROM),
        ],
    );
    let started = std::time::Instant::now();
    let got = loop {
        let got = sink.received();
        if !digests(&got).is_empty() || started.elapsed() > Duration::from_secs(20) {
            break got;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    server.kill();
    let all = digests(&got);
    assert_eq!(all.len(), 1, "{got:?}");
    assert_eq!(all[0].to, [MODERATOR]);
}
