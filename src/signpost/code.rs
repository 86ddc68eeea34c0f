//! Short codes for shortlists: random, and easy to read aloud or copy by hand.

use rand::Rng;

/// Letters and digits that cannot be mistaken for each other (no 0/o, 1/l/i).
pub const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
/// Characters in a code: 31⁸ ≈ 850 billion codes, so they cannot be guessed in bulk.
pub const LENGTH: usize = 8;

/// A new random code.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..LENGTH)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// Whether `text` has the shape of a code (so that anything else is a 404 at once).
pub fn is_code(text: &str) -> bool {
    text.len() == LENGTH && text.bytes().all(|b| ALPHABET.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_eight_unambiguous_characters_and_differ() {
        let a = new_code();
        let b = new_code();
        assert!(is_code(&a) && is_code(&b), "{a} {b}");
        assert_ne!(a, b);
        assert!(!is_code("k7f3q2a0"), "0 is not in the alphabet");
        assert!(!is_code("k7f3q2"), "too short");
        assert!(!is_code("../../etc"));
    }
}
