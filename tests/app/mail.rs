//! E-mail through a real SMTP server on 127.0.0.1: the first notifications reach the
//! right people, with our own absolute links; with the server down messages wait in the
//! outbox and are delivered once each when it is back, across a restart too; and
//! `peermap outbox` lists what waits.

use crate::support::app::MODERATOR;
use crate::support::smtp::{Received, SmtpSink};
use crate::support::{ServeProcess, TestApp, TestDb, db};
use axum::http::StatusCode;
use peermap::mail::{Backoff, Sender};
use peermap::store::Store;
use std::sync::Arc;
use std::time::Duration;

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";
const ORIGIN: &str = "https://peermap.example";
const FROM: &str = "peermap <noreply@peermap.example>";

async fn app_over(db: TestDb) -> TestApp {
    TestApp::over_with(db, |c| c.public_origin = Some(ORIGIN.into())).await
}

async fn app() -> TestApp {
    app_over(db::seeded_sqlite().await).await
}

/// A sender to `sink` over `store` that tries again quickly.
fn sender(store: Arc<dyn Store>, sink: &SmtpSink) -> Sender {
    Sender::new(store, &sink.url(), FROM)
        .unwrap()
        .with_backoff(Backoff {
            first: Duration::from_millis(200),
            max: Duration::from_millis(400),
        })
        .with_poll(Duration::from_millis(50))
}

/// The messages to `to`.
fn to<'a>(got: &'a [Received], to: &str) -> Vec<&'a Received> {
    got.iter().filter(|m| m.to == [to]).collect()
}

/// Our own words only: no images, no other site's links.
fn plain(m: &Received) {
    let html = m.html.as_deref().unwrap();
    assert!(!html.contains("<img"), "{html}");
    for href in html.split("href=\"").skip(1) {
        assert!(href.starts_with(ORIGIN), "{html}");
    }
    assert!(m.from.contains("noreply@peermap.example"));
}

/// An anonymous visitor reports `kind` about CIP.
async fn report(app: &TestApp, kind: &str, detail: &str) {
    let path = format!("/projects/{CIP}/report");
    let sent = app
        .visitor()
        .submit(&path, &path, &[("kind", kind), ("detail", detail)])
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
}

#[tokio::test]
async fn a_safeguarding_report_reaches_every_moderator_at_once() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    app.moderator().await;
    let second = "second-moderator@peermap.test";
    app.create_account(second, peermap::domain::community::Role::Moderator)
        .await;
    report(&app, "closed", "The hall is shut.").await;
    report(&app, "safeguarding", "A volunteer gave out a phone number.").await;
    let sent = sender(app.state.store.clone(), &sink)
        .deliver_due()
        .await
        .unwrap();
    assert_eq!(sent, 2, "one each, and nothing for the other report");
    let got = sink.received();
    for moderator in [MODERATOR, second] {
        let mine = to(&got, moderator);
        assert_eq!(mine.len(), 1, "{got:?}");
        let m = mine[0];
        assert!(
            m.subject.starts_with("Safeguarding concern reported about"),
            "{}",
            m.subject
        );
        let text = m.text.as_deref().unwrap();
        assert!(text.contains(&format!("{ORIGIN}/moderate")), "{text}");
        assert!(
            !text.contains("phone number"),
            "the report's words stay on the site: {text}"
        );
        plain(m);
    }
}

#[tokio::test]
async fn an_approval_reaches_the_person_who_claimed() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    app.moderator().await;
    let keeper = app.maintainer_of(CIP).await;
    sender(app.state.store.clone(), &sink)
        .deliver_due()
        .await
        .unwrap();
    let got = sink.received();
    let asked = to(&got, MODERATOR);
    assert_eq!(asked.len(), 1, "the moderators heard of the claim: {got:?}");
    assert!(asked[0].subject.starts_with("A request to decide"));
    let mine = to(&got, keeper.email());
    assert_eq!(mine.len(), 1, "{got:?}");
    assert!(
        mine[0].subject.starts_with("Approved: "),
        "{}",
        mine[0].subject
    );
    let text = mine[0].text.as_deref().unwrap();
    assert!(
        text.contains("Checked by phone") && text.contains(&format!("{ORIGIN}/account")),
        "{text}"
    );
    plain(mine[0]);
}

#[tokio::test]
async fn a_review_reaches_the_reviewed_projects_maintainers() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    let alice = app
        .reflected(
            CIP,
            &format!("/manage/{CIP}/reflection"),
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                (
                    "how_safe-and-nurturing",
                    "Two trained facilitators at every session.",
                ),
            ],
        )
        .await;
    let bob = app.maintainer_of(QUARRIERS).await;
    let form = format!("/projects/{CIP}/review");
    let fields = [
        ("reviewer", QUARRIERS),
        ("verdict_safe-and-nurturing", "recognise"),
        ("comment_safe-and-nurturing", "We work the same way."),
        ("action", "publish"),
    ];
    let review = bob.submit(&form, &form, &fields).await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{}", review.excerpt());
    sender(app.state.store.clone(), &sink)
        .deliver_due()
        .await
        .unwrap();
    let got = sink.received();
    let reviews: Vec<_> = got
        .iter()
        .filter(|m| m.subject.starts_with("A peer review"))
        .collect();
    assert_eq!(reviews.len(), 1, "{got:?}");
    assert_eq!(reviews[0].to, [alice.email()]);
    let text = reviews[0].text.as_deref().unwrap();
    assert!(
        text.contains("Quarriers") && text.contains(&format!("{ORIGIN}/projects/{CIP}")),
        "{text}"
    );
    plain(reviews[0]);
}

/// Three messages queue while the SMTP server is down (each tried and failed); the
/// sender stops, and a new store and sender over the same database (a restart) deliver
/// each once after the server is back.
async fn queued_while_down_then_delivered_once(db: TestDb) {
    let Some(mut sink) = SmtpSink::start() else {
        return;
    };
    sink.stop();
    let url = db.url.clone();
    let app = app_over(db).await;
    app.moderator().await;
    for n in 1..=3 {
        report(&app, "safeguarding", &format!("Concern {n}")).await;
    }
    let store = app.state.store.clone();
    let first = sender(store.clone(), &sink).spawn();
    let waiting = loop {
        let q = store.outbox().await.unwrap();
        if q.len() == 3 && q.iter().all(|m| m.attempts >= 2 && m.last_error.is_some()) {
            break q;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    first.stop().await;
    assert!(waiting.iter().all(|m| m.sent_at.is_none()), "{waiting:?}");
    assert!(sink.received().is_empty());

    let restarted = peermap::store::connect(&url).await.unwrap();
    sink.resume();
    let second = sender(restarted.clone(), &sink).spawn();
    let got = sink.wait_for(3).await;
    // Long enough for several more rounds: nothing is sent twice.
    tokio::time::sleep(Duration::from_millis(800)).await;
    second.stop().await;
    let got_after = sink.received();
    assert_eq!(got_after.len(), 3, "{got_after:?}");
    let mut ids: Vec<_> = got.iter().map(|m| m.message_id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3, "three different messages: {got:?}");
    assert!(got.iter().all(|m| m.to == [MODERATOR]));
    let outbox = restarted.outbox().await.unwrap();
    assert!(outbox.iter().all(|m| m.sent_at.is_some()), "{outbox:?}");
    assert_eq!(sender(restarted, &sink).deliver_due().await.unwrap(), 0);
}

#[tokio::test]
async fn with_the_smtp_server_down_mail_waits_and_is_delivered_once_on_sqlite() {
    queued_while_down_then_delivered_once(db::seeded_sqlite().await).await;
}

#[tokio::test]
async fn with_the_smtp_server_down_mail_waits_and_is_delivered_once_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    peermap::seed::seed_if_empty(db.store.as_ref(), &peermap::domain::Taxonomy::bundled())
        .await
        .unwrap();
    queued_while_down_then_delivered_once(db).await;
}

#[tokio::test]
async fn two_senders_never_claim_the_same_message() {
    let app = app().await;
    app.moderator().await;
    report(&app, "safeguarding", "Concern").await;
    let store = app.state.store.clone();
    let now = chrono::Utc::now();
    let until = now + chrono::Duration::minutes(5);
    let one = store.claim_due(now, until, "one", 10).await.unwrap();
    assert_eq!(one.len(), 1);
    assert!(
        store
            .claim_due(now, until, "two", 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        !store.mark_sent(one[0].id, "two").await.unwrap(),
        "only the claim's token marks it"
    );
    assert!(store.mark_sent(one[0].id, "one").await.unwrap());
    assert!(
        !store.mark_sent(one[0].id, "one").await.unwrap(),
        "sent once"
    );
    let later = until + chrono::Duration::minutes(1);
    assert!(
        store
            .claim_due(later, later, "three", 10)
            .await
            .unwrap()
            .is_empty(),
        "a sent message is never due"
    );
}

#[tokio::test]
async fn the_outbox_command_lists_waiting_mail_with_its_links() {
    let db = db::seeded_sqlite().await;
    let url = db.url.clone();
    let app = app_over(db).await;
    app.moderator().await;
    report(&app, "safeguarding", "Concern").await;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_peermap"))
        .args(["--database", &url, "outbox"])
        .env_remove("PEERMAP_SMTP_URL")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(
        shown.contains(&format!(
            "to {MODERATOR}: Safeguarding concern reported about"
        )),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("    link: {ORIGIN}/moderate")),
        "{shown}"
    );
    assert!(
        shown.contains("    status: queued, not yet tried"),
        "{shown}"
    );
}

#[tokio::test]
async fn peermap_serve_delivers_the_outbox_through_the_configured_smtp_server() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let db = db::seeded_sqlite().await;
    let url = db.url.clone();
    let app = app_over(db).await;
    app.moderator().await;
    report(&app, "safeguarding", "Concern").await;
    let mut server = ServeProcess::start(
        &url,
        &[
            ("PEERMAP_SMTP_URL", &sink.url()),
            ("PEERMAP_MAIL_FROM", FROM),
        ],
    );
    let got = sink.wait_for(1).await;
    // The mark follows the SMTP server's answer: wait for it before stopping the server.
    let started = std::time::Instant::now();
    let outbox = loop {
        let outbox = app.state.store.outbox().await.unwrap();
        if outbox[0].sent_at.is_some() || started.elapsed() > Duration::from_secs(20) {
            break outbox;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    server.kill();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].to, [MODERATOR]);
    assert!(
        got[0].subject.starts_with("Safeguarding concern"),
        "{got:?}"
    );
    assert!(outbox[0].sent_at.is_some(), "{outbox:?}");
}

#[tokio::test]
async fn a_waiting_change_reaches_the_moderators_and_its_decision_the_maintainer() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = app().await;
    let moderator = app.moderator().await;
    let alice = app.maintainer_of(CIP).await;
    let path = format!("/manage/{CIP}");
    let mut form = alice.form(&path, &path).await;
    form.set("summary", "A weekly group for women new to the UK.");
    let sent = alice.send_form(&form).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.excerpt());
    let id = app.pending_edits().await[0];
    let decided = moderator
        .submit(
            "/moderate",
            &format!("/moderate/edits/{id}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(
        decided.status,
        StatusCode::SEE_OTHER,
        "{}",
        decided.excerpt()
    );
    sender(app.state.store.clone(), &sink)
        .deliver_due()
        .await
        .unwrap();
    let got = sink.received();
    let changes: Vec<_> = to(&got, alice.email())
        .into_iter()
        .filter(|m| m.subject.starts_with("Change approved: "))
        .collect();
    assert_eq!(changes.len(), 1, "{got:?}");
    let text = changes[0].text.as_deref().unwrap();
    assert!(text.contains(&format!("{ORIGIN}/projects/{CIP}")), "{text}");
    plain(changes[0]);
    // The moderators heard that it waited, once.
    let waiting: Vec<_> = to(&got, moderator.email())
        .into_iter()
        .filter(|m| m.subject.starts_with("A change to check: "))
        .collect();
    assert_eq!(waiting.len(), 1, "{got:?}");
    let text = waiting[0].text.as_deref().unwrap();
    assert!(text.contains(&format!("{ORIGIN}/moderate")), "{text}");
    plain(waiting[0]);
}

/// Two senders claiming at the same moment, over and over, share out the due messages:
/// every message is claimed once, by one of them.
async fn concurrent_claims_share_out_messages(store: Arc<dyn Store>) {
    for n in 0..20 {
        let mail = peermap::store::Mail {
            to: format!("person{n}@peermap.test"),
            subject: format!("Message {n}"),
            text: "Hello".into(),
            html: "<p>Hello</p>".into(),
            dedupe_key: None,
        };
        assert!(store.enqueue(&mail).await.unwrap());
    }
    let claimer = |token: &'static str| {
        let store = store.clone();
        tokio::spawn(async move {
            let mut mine = Vec::new();
            loop {
                let now = chrono::Utc::now();
                let until = now + chrono::Duration::minutes(5);
                let got = store.claim_due(now, until, token, 3).await.unwrap();
                if got.is_empty() {
                    return mine;
                }
                mine.extend(got.iter().map(|q| q.id));
            }
        })
    };
    let (one, two) = (claimer("one"), claimer("two"));
    let (one, two) = (one.await.unwrap(), two.await.unwrap());
    let mut all: Vec<i64> = one.iter().chain(&two).copied().collect();
    all.sort();
    let claimed = all.len();
    all.dedup();
    assert_eq!((claimed, all.len()), (20, 20), "one: {one:?}, two: {two:?}");
}

#[tokio::test]
async fn concurrent_senders_claim_each_message_once_on_sqlite() {
    concurrent_claims_share_out_messages(db::sqlite().await.store).await;
}

#[tokio::test]
async fn concurrent_senders_claim_each_message_once_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    concurrent_claims_share_out_messages(db.store.clone()).await;
}
