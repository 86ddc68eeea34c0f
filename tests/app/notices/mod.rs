//! Notices over a real SMTP server on 127.0.0.1: decisions on claims, proposals and
//! changes reach the one who asked, a permanent refusal is not tried again,
//! a reply to a review and a problem report reach the right people, moderators get one
//! daily digest of what waits, the 11-month reminder's one-click "still accurate" link,
//! and places entered by name or postcode on the listing form.

mod decisions;
mod digest;
mod one_click;
mod places;
mod refusals;
mod replies;

use crate::support::TestApp;
use crate::support::smtp::{Received, SmtpSink};
use peermap::mail::{Backoff, Sender};
use peermap::store::Store;
use std::sync::Arc;
use std::time::Duration;

pub const ORIGIN: &str = "https://peermap.example";
pub const FROM: &str = "peermap <noreply@peermap.example>";

/// A sender to `sink` over `store` that tries again quickly.
pub fn sender(store: Arc<dyn Store>, sink: &SmtpSink) -> Sender {
    Sender::new(store, &sink.url(), FROM)
        .unwrap()
        .with_backoff(Backoff {
            first: Duration::from_millis(100),
            max: Duration::from_millis(200),
        })
        .with_poll(Duration::from_millis(50))
}

/// The messages to `to`.
pub fn to<'a>(got: &'a [Received], to: &str) -> Vec<&'a Received> {
    got.iter().filter(|m| m.to == [to]).collect()
}

/// Everything queued so far in `app` is delivered to `sink`.
pub async fn deliver(app: &TestApp, sink: &SmtpSink) {
    sender(app.state.store.clone(), sink)
        .deliver_due()
        .await
        .unwrap();
}
