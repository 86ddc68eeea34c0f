//! Limits on attempts, kept in the database ([`LimitStore`], table `attempt_limits`) so
//! that every process on it counts the same attempts: guesses spread over several
//! processes behind a proxy are stopped at the same count as in one.
//!
//! - Sign-ins are counted per (address, client): a burst of 5, then one a minute. A
//!   stranger's wrong guesses therefore never lock the owner out from her own device.
//!   Each client also has its own, looser budget over all addresses (100, then one each
//!   3 seconds), and each address a much higher ceiling over all clients (50, then one a
//!   minute: against guesses spread over many clients). An e-mailed reset link works
//!   whatever these say.
//! - A sign-in takes its slot in all three before the password is checked, all or none,
//!   in one transaction; the right password gives the slots back. So only failures
//!   count, and N guesses sent at once get no more through than N sent one by one.
//! - Sign-ups are limited per client (30, then one a minute); password-reset requests and
//!   resent verification links per client (10, then one a minute) and per address (3,
//!   then one each 10 minutes), each counted whatever the other says.
//!
//! Each quota is a GCRA, as `governor` computes it (see `crate::store::limits`). Keys
//! are HMAC-SHA256 tags of the limit's name and what it limits, under a key derived
//! from the server's secret: no e-mail or IP address is stored. A client is its IP
//! address, an IPv6 one cut to its /64 (see [`super::client`]).
//!
//! The table stays bounded: every minute, and every [`SWEEP_WRITES`] attempts, a
//! process deletes the keys whose window has passed (they allow what a missing key
//! does), and when more than the cap ([`MAX_ROWS`]) remain it deletes the ones nearest to
//! the end of their window until three quarters of the cap remain; those keys start
//! afresh. A flood of new keys is nearest to its end first (a fresh key ends one period
//! on, a blocked one several), so it mostly clears itself out, not the keys it would
//! need gone. Between sweeps each attempt adds at most three rows.

pub use super::client::Client;
use crate::domain::Clock;
use crate::store::{Store, StoreError, Take, Taking};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::sync::{Arc, Mutex};

/// Most keys the table holds at a sweep (a row is under 100 bytes).
pub const MAX_ROWS: i64 = 200_000;
/// Attempts a process counts between sweeps, at most.
pub const SWEEP_WRITES: u32 = 1_000;
/// Milliseconds between sweeps, at most.
const SWEEP_MS: i64 = 60_000;

/// A limit: its name (part of every key) and its quota.
#[derive(Debug, Clone, Copy)]
struct Quota {
    kind: &'static str,
    burst: i64,
    period_ms: i64,
}

const fn quota(kind: &'static str, burst: i64, period_secs: i64) -> Quota {
    Quota {
        kind,
        burst,
        period_ms: period_secs * 1000,
    }
}

/// Sign-ins per (address, client), per client, and per address.
const SIGN_IN_PAIR: Quota = quota("sign-in", 5, 60);
const SIGN_IN_CLIENT: Quota = quota("sign-in-client", 100, 3);
const SIGN_IN_ADDRESS: Quota = quota("sign-in-address", 50, 60);
const SIGN_UP: Quota = quota("sign-up", 30, 60);
/// Password-reset requests and resent verification links.
const MAIL_ADDRESS: Quota = quota("mail-address", 3, 10 * 60);
const MAIL_CLIENT: Quota = quota("mail-client", 10, 60);

/// Every limit on attempts, shared by the handlers and, through the database, by every
/// process.
pub struct Limits {
    store: Arc<dyn Store>,
    /// The HMAC key of the rows' keys.
    key: [u8; 32],
    clock: Clock,
    cap: i64,
    sweep_writes: u32,
    /// When this process last swept, and the attempts it counted since.
    swept: Mutex<(i64, u32)>,
}

impl Limits {
    /// Limits in `store`'s database, keyed by a key derived from `secret` (the server's
    /// secret: every process with the same one counts the same keys), on `clock`.
    pub fn new(store: Arc<dyn Store>, secret: &str, clock: Clock) -> Self {
        let mut h = Sha256::new();
        h.update(b"attempt-limits|");
        h.update(secret.as_bytes());
        let now = clock.now().timestamp_millis();
        Limits {
            store,
            key: h.finalize().into(),
            clock,
            cap: MAX_ROWS,
            sweep_writes: SWEEP_WRITES,
            swept: Mutex::new((now, 0)),
        }
    }

    /// The same with a smaller cap on the table (and a sweep at least each quarter of it).
    pub fn with_cap(mut self, cap: i64) -> Self {
        self.cap = cap.max(1);
        self.sweep_writes = u32::try_from(self.cap / 4)
            .unwrap_or(SWEEP_WRITES)
            .clamp(1, SWEEP_WRITES);
        self
    }

    fn take(&self, quota: Quota, parts: &[&[u8]]) -> Take {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(quota.kind.as_bytes());
        for part in parts {
            // Each part's length first, so no two lists of parts read the same.
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        Take {
            key: mac.finalize().into_bytes().into(),
            kind: quota.kind,
            period_ms: quota.period_ms,
            burst: quota.burst,
        }
    }

    fn sign_in_takes(&self, email: &str, client: Client) -> [Take; 3] {
        let (email, client) = (normal(email), client.key_bytes());
        [
            self.take(SIGN_IN_PAIR, &[email.as_bytes(), &client]),
            self.take(SIGN_IN_CLIENT, &[&client]),
            self.take(SIGN_IN_ADDRESS, &[email.as_bytes()]),
        ]
    }

    async fn take_slots(&self, takes: &[Take], taking: Taking) -> Result<Vec<bool>, StoreError> {
        let now = self.clock.now().timestamp_millis();
        let had_room = self.store.take_slots(takes, now, taking).await?;
        self.maybe_sweep(now).await?;
        Ok(had_room)
    }

    /// Counts a sign-in attempt for `email` from `client` before its password is
    /// checked; `false` (nothing counted) when any of its limits is spent. Give the slot
    /// back with [`Limits::sign_in_succeeded`] when the password was right.
    pub async fn sign_in_attempt(&self, email: &str, client: Client) -> Result<bool, StoreError> {
        let takes = self.sign_in_takes(email, client);
        let had_room = self.take_slots(&takes, Taking::Together).await?;
        Ok(had_room.iter().all(|r| *r))
    }

    /// The attempt counted by [`Limits::sign_in_attempt`] succeeded: it does not count.
    pub async fn sign_in_succeeded(&self, email: &str, client: Client) -> Result<(), StoreError> {
        self.store
            .give_back(&self.sign_in_takes(email, client))
            .await
    }

    /// Counts a sign-up from `client`; `false` when it has made too many lately.
    pub async fn sign_up(&self, client: Client) -> Result<bool, StoreError> {
        let take = self.take(SIGN_UP, &[&client.key_bytes()]);
        Ok(self.take_slots(&[take], Taking::Each).await? == [true])
    }

    /// Counts an e-mailed link (reset or verification) asked for `email` from `client`;
    /// `false` when either has asked too often lately. Both are counted, so a client
    /// cannot spread its requests over addresses.
    pub async fn mail_link(&self, email: &str, client: Client) -> Result<bool, StoreError> {
        let takes = [
            self.take(MAIL_CLIENT, &[&client.key_bytes()]),
            self.take(MAIL_ADDRESS, &[normal(email).as_bytes()]),
        ];
        let had_room = self.take_slots(&takes, Taking::Each).await?;
        Ok(had_room == [true, true])
    }

    /// Deletes the keys whose window has passed, and the table's excess over the cap
    /// (see the module's notes); the rows deleted.
    pub async fn sweep(&self) -> Result<u64, StoreError> {
        let now = self.clock.now().timestamp_millis();
        self.store
            .prune_limits(now, self.cap, self.cap / 4 * 3)
            .await
    }

    async fn maybe_sweep(&self, now: i64) -> Result<(), StoreError> {
        let due = {
            let mut swept = self.swept.lock().unwrap_or_else(|e| e.into_inner());
            swept.1 += 1;
            let due = swept.1 >= self.sweep_writes || now - swept.0 >= SWEEP_MS;
            if due {
                *swept = (now, 0);
            }
            due
        };
        if due {
            let deleted = self.sweep().await?;
            tracing::debug!(deleted, "attempt limits swept");
        }
        Ok(())
    }

    /// Keys held in the database, over every limit and process.
    pub async fn keys(&self) -> Result<i64, StoreError> {
        self.store.limit_rows().await
    }
}

/// An e-mail address as it is counted: trimmed and in lower case.
fn normal(email: &str) -> String {
    email.trim().to_lowercase()
}
