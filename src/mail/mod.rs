//! E-mail: what peermap writes ([`letters`]) and how it is delivered ([`sender`]).
//!
//! Nothing is sent directly. A use case writes each message into the outbox
//! ([`crate::store::Outbox`]) inside the transaction of the change it tells of, so a
//! notice exists exactly when its change does. The background [`sender::Sender`] (started
//! by `peermap serve` when `PEERMAP_SMTP_URL` is set) claims due messages, hands each to
//! the SMTP server, and marks it sent at once, or failed with a later try (exponential
//! backoff). With no SMTP server configured the messages wait in the outbox, and
//! `peermap outbox` lists them with their links.

pub mod letters;
pub mod listing;
pub mod sender;

pub use letters::Letter;
pub use sender::{Backoff, Sender};
