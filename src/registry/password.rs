//! Passwords: hashed with Argon2id, judged by length and a list of common passwords
//! (as NCSC and NIST advise), never by rules about symbols or capitals.
//!
//! [`hash`] and [`verify`] are async and do the Argon2 work on Tokio's blocking pool, so
//! a sign-in never stalls the async workers. Lengths are counted in characters (Unicode
//! scalar values). [`verify`] takes the same time for an address with no account as for
//! one with a wrong password, so sign-in timing does not tell which addresses exist.

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use std::sync::LazyLock;

/// Fewest characters a password may have.
pub const MIN_CHARS: usize = 10;
/// Most characters a password may have (hashing longer input is wasted work).
pub const MAX_CHARS: usize = 200;

/// Common passwords, one a line, lower-case (`data/common_passwords.txt`).
const COMMON: &str = include_str!("../../data/common_passwords.txt");

/// Why a new password was refused, in words a person can act on.
pub fn problem(password: &str, email: &str) -> Option<String> {
    use crate::i18n::Arg;
    // In the language of the page it was typed on (English outside a request).
    let lang = crate::i18n::here().lang;
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Some(lang.ta("acct-password-short", &[("n", Arg::from(MIN_CHARS))]));
    }
    if chars > MAX_CHARS {
        return Some(lang.ta("acct-password-long", &[("n", Arg::from(MAX_CHARS))]));
    }
    let lower = password.to_lowercase();
    if COMMON.lines().any(|c| c.trim() == lower) {
        return Some(lang.t("acct-password-common"));
    }
    if lower == email.to_lowercase()
        || email.to_lowercase().split('@').next() == Some(lower.as_str())
    {
        return Some(lang.t("acct-password-email"));
    }
    None
}

/// Hashes `password` with Argon2id (the `argon2` crate's defaults: 19 MiB, 2 passes, one
/// lane, a fresh 16-byte salt) into a PHC string such as `$argon2id$v=19$m=19456,…`.
///
/// The work (tens of milliseconds of CPU) runs on Tokio's blocking pool, never on an
/// async worker. Errors when hashing fails (it does not for input of at most
/// [`MAX_CHARS`] characters) or the blocking task cannot run, e.g. while the runtime
/// shuts down.
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(|e| anyhow::anyhow!("password hashing task failed: {e}"))?
}

/// Whether `password` matches `stored`, the PHC string kept for the account.
///
/// Pass `None` for an address with no account: the password is then checked against a
/// fixed dummy hash made with the same parameters and the answer is `false`, so an
/// existing and an unknown address take the same time to refuse. A `stored` string that
/// is not a valid hash is treated the same way. Runs on Tokio's blocking pool; if that
/// task cannot run the answer is `false`.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || verify_now(&password, stored.as_deref()))
        .await
        .unwrap_or(false)
}

/// The one Argon2 configuration for every hash, real or dummy.
fn argon2() -> Argon2<'static> {
    Argon2::default()
}

/// A hash no account has, made once with [`argon2()`]'s parameters, to verify against when
/// there is no real one.
static DUMMY: LazyLock<String> = LazyLock::new(|| {
    hash_now("peermap: no account has this password")
        .expect("Argon2 with its default parameters hashes a short password")
});

/// The blocking body of [`hash`].
fn hash_now(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
}

/// The blocking body of [`verify`]: always runs one Argon2 verification.
fn verify_now(password: &str, stored: Option<&str>) -> bool {
    // Forced on every call, so the first sign-in after start-up pays for making the dummy
    // whether or not its address has an account.
    let dummy = DUMMY.as_str();
    let real = stored.and_then(|s| PasswordHash::new(s).ok());
    let (target, genuine) = match real {
        Some(h) => (h, true),
        None => match PasswordHash::new(dummy) {
            Ok(h) => (h, false),
            Err(_) => return false,
        },
    };
    let matched = argon2()
        .verify_password(password.as_bytes(), &target)
        .is_ok();
    genuine && matched
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_and_common_passwords_decide() {
        assert!(problem("short", "a@b.org").unwrap().contains("at least 10"));
        assert!(
            problem("password123", "a@b.org")
                .unwrap()
                .contains("most common")
        );
        assert!(problem("correct horse battery", "a@b.org").is_none());
        assert!(
            problem("alllowercaseletters", "a@b.org").is_none(),
            "no composition rules"
        );
        assert!(problem("someone@example.org", "Someone@example.org").is_some());
    }

    #[tokio::test]
    async fn hashes_are_argon2id_and_verify() {
        let h = hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery".into(), Some(h.clone())).await);
        assert!(!verify("correct horse batterx".into(), Some(h)).await);
        assert!(!verify("anything".into(), Some("not a hash".into())).await);
    }

    #[tokio::test]
    async fn unknown_accounts_never_verify() {
        assert!(!verify(String::new(), None).await);
        assert!(!verify("peermap: no account has this password".into(), None).await);
        assert!(DUMMY.starts_with("$argon2id$"));
        let real = PasswordHash::new(&hash_now("x").unwrap())
            .unwrap()
            .params
            .to_string();
        let dummy = PasswordHash::new(&DUMMY).unwrap().params.to_string();
        assert_eq!(real, dummy, "the dummy costs what a real hash costs");
    }

    /// The median of a set of durations.
    fn median(mut times: Vec<std::time::Duration>) -> std::time::Duration {
        times.sort();
        times[times.len() / 2]
    }

    /// Compares two medians over many tries, interleaved so that a busy machine slows
    /// both alike; not a timing assertion on any one call.
    #[tokio::test]
    async fn unknown_address_takes_as_long_as_a_wrong_password() {
        const TRIES: usize = 25;
        let stored = hash("correct horse battery".into()).await.unwrap();
        verify("warm up".into(), None).await;
        let (mut known, mut unknown) = (Vec::new(), Vec::new());
        for _ in 0..TRIES {
            let start = std::time::Instant::now();
            assert!(!verify("wrong password".into(), Some(stored.clone())).await);
            known.push(start.elapsed());
            let start = std::time::Instant::now();
            assert!(!verify("wrong password".into(), None).await);
            unknown.push(start.elapsed());
        }
        let (known, unknown) = (median(known), median(unknown));
        let ratio = unknown.as_secs_f64() / known.as_secs_f64();
        assert!(
            (0.5..=2.0).contains(&ratio),
            "median known {known:?}, unknown {unknown:?}"
        );
    }
}
