//! Failed sign-ins allowed per e-mail address: a burst of 5, then one a minute. Once the
//! limit is hit the address is blocked for a minute, whatever password is tried.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct LoginLimiter {
    failures: governor::DefaultKeyedRateLimiter<String>,
    blocked_until: Mutex<HashMap<String, Instant>>,
}

impl LoginLimiter {
    pub fn new() -> Self {
        let quota = governor::Quota::per_minute(NonZeroU32::new(1).expect("1 is not zero"))
            .allow_burst(NonZeroU32::new(5).expect("5 is not zero"));
        LoginLimiter {
            failures: governor::RateLimiter::keyed(quota),
            blocked_until: Default::default(),
        }
    }

    /// Whether sign-in for `email` is blocked just now.
    pub fn blocked(&self, email: &str) -> bool {
        let blocked = self.blocked_until.lock().unwrap_or_else(|e| e.into_inner());
        blocked
            .get(email)
            .is_some_and(|until| *until > Instant::now())
    }

    /// Counts a failed sign-in; blocks the address once it has failed too often.
    pub fn failed(&self, email: &str) {
        if self.failures.check_key(&email.to_string()).is_err() {
            let until = Instant::now() + Duration::from_secs(60);
            self.blocked_until
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(email.to_string(), until);
        }
    }
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::new()
    }
}
