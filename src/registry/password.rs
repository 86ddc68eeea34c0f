//! Passwords: hashed with Argon2id, judged by length and a list of common passwords
//! (as NCSC and NIST advise), never by rules about symbols or capitals.

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};

/// Fewest characters a password may have.
pub const MIN_CHARS: usize = 10;
/// Most characters a password may have (hashing longer input is wasted work).
pub const MAX_CHARS: usize = 200;

/// Common passwords, one a line, lower-case (`data/common_passwords.txt`).
const COMMON: &str = include_str!("../../data/common_passwords.txt");

/// Why a new password was refused, in words a person can act on.
pub fn problem(password: &str, email: &str) -> Option<String> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Some(format!(
            "Your password must be at least {MIN_CHARS} characters long. A few ordinary words together work well."
        ));
    }
    if chars > MAX_CHARS {
        return Some(format!(
            "Your password must be {MAX_CHARS} characters or fewer."
        ));
    }
    let lower = password.to_lowercase();
    if COMMON.lines().any(|c| c.trim() == lower) {
        return Some(
            "That password is one of the most common ones, so it is easy to guess. Choose another."
                .to_string(),
        );
    }
    if lower == email.to_lowercase()
        || email.to_lowercase().split('@').next() == Some(lower.as_str())
    {
        return Some("Your password must not be your e-mail address.".to_string());
    }
    None
}

/// An Argon2id hash of `password` in PHC string form.
pub fn hash(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
}

/// Whether `password` matches `stored` (a PHC string).
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
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

    #[test]
    fn hashes_are_argon2id_and_verify() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &h));
        assert!(!verify("correct horse batterx", &h));
        assert!(!verify("anything", "not a hash"));
    }
}
