//! The feed's identifiers. A project's and a site's UUIDs are stored (and never change);
//! everything else is derived from them, or from a fixed namespace and our vocabulary
//! slugs, as a name-based (version 5) UUID: the same input gives the same id on every
//! server, every day.

use uuid::Uuid;

/// The namespace of every derived identifier (a random UUID chosen once for peermap).
pub const NAMESPACE: Uuid = Uuid::from_u128(0x5d0c_1f4e_7a2b_4c61_9e83_b1f0_62d4_a7c9);

/// A taxonomy (one of our vocabularies) by its slug.
pub fn taxonomy(slug: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("taxonomy/{slug}").as_bytes())
}

/// A term of a vocabulary: the vocabulary's slug and the term's.
pub fn term(taxonomy: &str, term: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("term/{taxonomy}/{term}").as_bytes())
}

/// A part of a listing, derived from the listing's (or site's) UUID and what the part is.
pub fn part(of: Uuid, what: &str) -> Uuid {
    Uuid::new_v5(&of, what.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_stable_and_distinct() {
        assert_eq!(term("needs", "baby-loss"), term("needs", "baby-loss"));
        assert_ne!(term("needs", "baby-loss"), term("needs", "birth-trauma"));
        assert_ne!(taxonomy("needs"), term("needs", "needs"));
        // Pinned: a changed derivation would change every published id.
        assert_eq!(
            taxonomy("needs").to_string(),
            "2d892de4-2d2c-510c-b912-e5e9a99848fb"
        );
        assert_eq!(
            term("formats", "group").to_string(),
            "20196c1c-9172-564e-b78a-45b75d0821aa"
        );
    }
}
