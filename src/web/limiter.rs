//! Limits on attempts, kept in memory with `governor`, behind [`Limits`] so that they can
//! move into the database later without touching the handlers.
//!
//! - Failed sign-ins are counted per (address, client): a burst of 5, then one a minute;
//!   once over, that client is blocked for that address for a minute. A stranger's wrong
//!   guesses therefore never lock the owner out from her own device. Each client also has
//!   its own, looser budget of failures over all addresses, and each address a much higher
//!   ceiling over all clients (against guesses spread over many clients); an e-mailed
//!   reset link works whatever these say.
//! - Sign-ups, password-reset requests and resent verification links are limited per client
//!   (and resets and resends per address too).
//!
//! A client is its IP address; for IPv6 its /64 network, which one household or machine
//! usually holds whole. Memory is bounded: keys nobody used lately are dropped every
//! minute (`retain_recent`), and a limiter that still holds [`MAX_KEYS`] keys starts
//! afresh rather than grow.

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Most keys one limiter holds.
pub const MAX_KEYS: usize = 50_000;
/// How often keys nobody used lately are dropped.
const SWEEP_EVERY: Duration = Duration::from_secs(60);

/// Who is asking, as far as limits go: the peer's IP address (an IPv6 one cut to its /64),
/// or none for a request that did not come over a socket (in-process tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Client(Option<IpAddr>);

impl Client {
    pub fn new(ip: Option<IpAddr>) -> Self {
        Client(ip.map(|ip| match ip {
            IpAddr::V4(_) => ip,
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let mut seg = v6.segments();
                    seg[4..].fill(0);
                    IpAddr::V6(seg.into())
                }
            },
        }))
    }
}

/// A quota: `burst` at once, then one each `every`.
fn quota(burst: u32, every: Duration) -> Quota {
    Quota::with_period(every)
        .expect("a period above zero")
        .allow_burst(NonZeroU32::new(burst).expect("a burst above zero"))
}

/// One keyed `governor` limiter whose memory stays bounded.
pub struct Keyed<K: Hash + Eq + Clone> {
    quota: Quota,
    inner: Mutex<(DefaultKeyedRateLimiter<K>, Instant)>,
}

impl<K: Hash + Eq + Clone> Keyed<K> {
    pub fn new(quota: Quota) -> Self {
        Keyed {
            quota,
            inner: Mutex::new((RateLimiter::keyed(quota), Instant::now())),
        }
    }

    /// Counts one for `key`; `false` when `key` is over its quota (then nothing is counted).
    pub fn check(&self, key: &K) -> bool {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.1.elapsed() >= SWEEP_EVERY || inner.0.len() >= MAX_KEYS {
            inner.0.retain_recent();
            inner.0.shrink_to_fit();
            inner.1 = Instant::now();
            // Still mostly full of recent keys: start afresh rather than sweep on every call.
            if inner.0.len() >= MAX_KEYS / 4 * 3 {
                tracing::warn!(
                    keys = MAX_KEYS,
                    "an attempt limiter is full of recent keys: it starts afresh"
                );
                inner.0 = RateLimiter::keyed(self.quota);
            }
        }
        inner.0.check_key(key).is_ok()
    }

    /// Keys held now.
    pub fn len(&self) -> usize {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Blocks that last a while once a quota is spent, with the same bound on memory.
struct Blocks<K: Hash + Eq + Clone> {
    until: Mutex<std::collections::HashMap<K, Instant>>,
}

impl<K: Hash + Eq + Clone> Blocks<K> {
    fn new() -> Self {
        Blocks {
            until: Default::default(),
        }
    }

    fn blocked(&self, key: &K) -> bool {
        let until = self.until.lock().unwrap_or_else(|e| e.into_inner());
        until.get(key).is_some_and(|t| *t > Instant::now())
    }

    fn block(&self, key: K, for_: Duration) {
        let mut until = self.until.lock().unwrap_or_else(|e| e.into_inner());
        if until.len() >= MAX_KEYS {
            let now = Instant::now();
            until.retain(|_, t| *t > now);
            if until.len() >= MAX_KEYS {
                until.clear();
            }
        }
        until.insert(key, Instant::now() + for_);
    }

    fn len(&self) -> usize {
        self.until.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// Every limit on attempts, shared by the handlers.
pub struct Limits {
    /// Failed sign-ins per (address, client).
    pair: Keyed<(String, Client)>,
    pair_blocks: Blocks<(String, Client)>,
    /// Failed sign-ins per client, over every address.
    client: Keyed<Client>,
    client_blocks: Blocks<Client>,
    /// Failed sign-ins per address, over every client.
    address: Keyed<String>,
    address_blocks: Blocks<String>,
    signups: Keyed<Client>,
    /// Password-reset requests and resent verification links.
    mail_per_address: Keyed<String>,
    mail_per_client: Keyed<Client>,
}

/// How long a spent sign-in quota blocks.
const BLOCK: Duration = Duration::from_secs(60);

impl Limits {
    pub fn new() -> Self {
        Limits {
            pair: Keyed::new(quota(5, Duration::from_secs(60))),
            pair_blocks: Blocks::new(),
            client: Keyed::new(quota(100, Duration::from_secs(3))),
            client_blocks: Blocks::new(),
            address: Keyed::new(quota(50, Duration::from_secs(60))),
            address_blocks: Blocks::new(),
            signups: Keyed::new(quota(30, Duration::from_secs(60))),
            mail_per_address: Keyed::new(quota(3, Duration::from_secs(10 * 60))),
            mail_per_client: Keyed::new(quota(10, Duration::from_secs(60))),
        }
    }

    /// Whether sign-in for `email` from `client` is blocked just now.
    pub fn sign_in_blocked(&self, email: &str, client: Client) -> bool {
        self.pair_blocks.blocked(&(email.to_string(), client))
            || self.client_blocks.blocked(&client)
            || self.address_blocks.blocked(&email.to_string())
    }

    /// Counts a failed sign-in; blocks what has failed too often.
    pub fn sign_in_failed(&self, email: &str, client: Client) {
        let pair = (email.to_string(), client);
        if !self.pair.check(&pair) {
            self.pair_blocks.block(pair, BLOCK);
        }
        if !self.client.check(&client) {
            self.client_blocks.block(client, BLOCK);
        }
        if !self.address.check(&email.to_string()) {
            self.address_blocks.block(email.to_string(), BLOCK);
        }
    }

    /// Counts a sign-up from `client`; `false` when it has made too many lately.
    pub fn sign_up(&self, client: Client) -> bool {
        self.signups.check(&client)
    }

    /// Counts an e-mailed link (reset or verification) asked for `email` from `client`;
    /// `false` when either has asked too often lately.
    pub fn mail_link(&self, email: &str, client: Client) -> bool {
        // Both counted, so a client cannot spread its requests over addresses.
        let by_client = self.mail_per_client.check(&client);
        let by_address = self.mail_per_address.check(&email.to_string());
        by_client && by_address
    }

    /// Keys held over every limiter, for checking that memory stays bounded.
    pub fn keys(&self) -> usize {
        self.pair.len()
            + self.client.len()
            + self.address.len()
            + self.signups.len()
            + self.mail_per_address.len()
            + self.mail_per_client.len()
            + self.pair_blocks.len()
            + self.client_blocks.len()
            + self.address_blocks.len()
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Client {
        Client::new(Some(s.parse().unwrap()))
    }

    #[test]
    fn a_strangers_guesses_do_not_lock_the_owner_out() {
        let limits = Limits::new();
        let (stranger, owner) = (ip("203.0.113.9"), ip("198.51.100.4"));
        for _ in 0..6 {
            limits.sign_in_failed("owner@x.test", stranger);
        }
        assert!(limits.sign_in_blocked("owner@x.test", stranger));
        assert!(!limits.sign_in_blocked("owner@x.test", owner));
    }

    #[test]
    fn one_client_guessing_many_addresses_is_stopped() {
        let limits = Limits::new();
        let c = ip("203.0.113.9");
        for i in 0..101 {
            limits.sign_in_failed(&format!("a{i}@x.test"), c);
        }
        assert!(limits.sign_in_blocked("fresh@x.test", c));
        assert!(!limits.sign_in_blocked("fresh@x.test", ip("203.0.113.10")));
    }

    #[test]
    fn an_ipv6_network_is_one_client() {
        assert_eq!(ip("2001:db8::1"), ip("2001:db8::ffff:2"));
        assert_ne!(ip("2001:db8::1"), ip("2001:db8:0:1::1"));
        assert_eq!(ip("::ffff:192.0.2.1"), ip("192.0.2.1"));
    }

    #[test]
    fn sign_ups_are_limited_per_client() {
        let limits = Limits::new();
        let c = ip("203.0.113.9");
        assert!((0..30).all(|_| limits.sign_up(c)));
        assert!(!limits.sign_up(c));
        assert!(limits.sign_up(ip("203.0.113.10")));
    }

    /// 200,000 distinct addresses (from as many clients) leave every limiter bounded.
    #[test]
    fn memory_stays_bounded() {
        let limits = Limits::new();
        for i in 0..200_000u32 {
            let client = Client::new(Some(IpAddr::V4(i.into())));
            limits.sign_in_failed(&format!("someone{i}@x.test"), client);
            limits.mail_link(&format!("someone{i}@x.test"), client);
        }
        assert!(
            limits.keys() <= 9 * MAX_KEYS,
            "{} keys held for 200,000 addresses",
            limits.keys()
        );
        assert!(limits.pair.len() <= MAX_KEYS);
        assert!(limits.address.len() <= MAX_KEYS);
    }
}
