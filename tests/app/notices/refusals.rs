//! A recipient the SMTP server refuses for good (550) is marked failed with the error and
//! never tried again; `peermap outbox` says so. Other messages still go.

use super::sender;
use crate::support::db;
use crate::support::smtp::SmtpSink;
use peermap::store::{Mail, Store};
use std::sync::Arc;
use std::time::Duration;

const GONE: &str = "gone@peermap.test";
const HERE: &str = "here@peermap.test";

fn mail(to: &str) -> Mail {
    Mail {
        to: to.into(),
        subject: format!("For {to}"),
        text: "Hello".into(),
        html: "<p>Hello</p>".into(),
        dedupe_key: None,
    }
}

async fn refused_for_good(store: Arc<dyn Store>, url: Option<&str>) {
    let Some(sink) = SmtpSink::refusing(&[GONE]) else {
        return;
    };
    assert!(store.enqueue(&mail(GONE)).await.unwrap());
    assert!(store.enqueue(&mail(HERE)).await.unwrap());
    let sender = sender(store.clone(), &sink);
    assert_eq!(sender.deliver_due().await.unwrap(), 1);
    // Well past every backoff: a refused message is not tried again.
    for _ in 0..3 {
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(sender.deliver_due().await.unwrap(), 0);
    }
    let later = chrono::Utc::now() + chrono::Duration::days(30);
    assert!(
        store
            .claim_due(later, later, "any", 10)
            .await
            .unwrap()
            .is_empty(),
        "never due again"
    );
    let got = sink.received();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].to, [HERE]);
    let outbox = store.outbox().await.unwrap();
    let gone = outbox.iter().find(|q| q.to == GONE).unwrap();
    assert_eq!(gone.attempts, 1, "{gone:?}");
    assert!(
        gone.sent_at.is_none() && gone.failed_at.is_some(),
        "{gone:?}"
    );
    let error = gone.last_error.as_deref().unwrap();
    assert!(error.contains("550"), "{error}");

    let Some(url) = url else { return };
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_peermap"))
        .args(["--database", url, "outbox"])
        .env_remove("PEERMAP_SMTP_URL")
        .output()
        .unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    let status = shown
        .lines()
        .skip_while(|l| !l.contains(&format!("to {GONE}")))
        .find(|l| l.trim_start().starts_with("status:"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        status.contains("failed: refused for good") && status.contains("not tried again"),
        "{status}"
    );
    assert!(status.contains("550"), "{status}");
}

#[tokio::test]
async fn a_permanent_refusal_is_failed_for_good_on_sqlite() {
    let db = db::sqlite().await;
    let url = db.url.clone();
    refused_for_good(db.store.clone(), Some(&url)).await;
}

#[tokio::test]
async fn a_permanent_refusal_is_failed_for_good_on_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    refused_for_good(db.store.clone(), None).await;
}

#[tokio::test]
async fn a_server_that_is_down_is_still_tried_again() {
    let Some(mut sink) = SmtpSink::start() else {
        return;
    };
    sink.stop();
    let db = db::sqlite().await;
    let store = db.store.clone();
    assert!(store.enqueue(&mail(HERE)).await.unwrap());
    let sender = sender(store.clone(), &sink);
    assert_eq!(sender.deliver_due().await.unwrap(), 0);
    let waiting = store.outbox().await.unwrap();
    assert!(waiting[0].failed_at.is_none(), "{waiting:?}");
    sink.resume();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(sender.deliver_due().await.unwrap(), 1);
}
