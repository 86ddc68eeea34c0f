//! The reliability proofs of issue 11, against real parts: a real SQLite file (filled to
//! its last page), a real PostgreSQL, and the real built binary killed with SIGKILL.
//!
//! - [`full`]: with the disk full every write route answers an error page, none answers
//!   success, and nothing already stored changes;
//! - [`contention`]: writers and readers together on one application get no errors and
//!   lose no acknowledged write, on SQLite and on PostgreSQL;
//! - [`crash`]: the server killed at random moments during acknowledged writes keeps
//!   every one of them, leaves no use case half done and an intact database;
//! - [`hostile`]: hostile values in every query parameter and form field get no 5xx, a
//!   message with every 4xx, and are never reflected unescaped;
//! - [`migrate`]: two processes starting on one new database both come up.

// Tests and benchmarks stop at the first surprise: unwrap() is how they say so.
#![allow(clippy::unwrap_used)]

#[path = "../support/mod.rs"]
mod support;

mod binary;
mod contention;
mod crash;
mod full;
mod hostile;
mod migrate;
mod world;

/// Sends the application's error log to the test's output (shown when a test fails).
fn log_errors() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_env_filter("error")
            .try_init();
    });
}
