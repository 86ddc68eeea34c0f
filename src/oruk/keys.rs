//! The feed's keys in the feed's order (by name ignoring case, then id, as
//! [`super::feed::in_feed_order`] orders listings), read in full or brought up to date
//! from the listings changed since they were read.

use crate::domain::Slug;
use crate::store::FeedKey;
use std::collections::HashSet;
use std::sync::Arc;
use uuid::Uuid;

/// What the feed's order sorts a key by.
fn place(key: &FeedKey) -> (String, Uuid) {
    (key.name.to_lowercase(), key.uuid)
}

/// Every key of the feed, in the feed's order.
pub fn in_order(mut keys: Vec<FeedKey>) -> Vec<Arc<FeedKey>> {
    keys.sort_by_cached_key(place);
    keys.into_iter().map(Arc::new).collect()
}

/// `old` (keys in the feed's order) after the listings with slugs `changed` were saved:
/// `fresh` is what the feed now holds of those listings (read after they changed; one
/// that left the feed is missing). The old keys of those listings go (found by slug, or
/// by row id for one whose slug changed), and the fresh ones take their places in order:
/// the same as reading every key again, at the cost of the changed ones.
pub fn patched(old: &[Arc<FeedKey>], changed: &[Slug], fresh: Vec<FeedKey>) -> Vec<Arc<FeedKey>> {
    let slugs: HashSet<&Slug> = changed.iter().collect();
    let ids: HashSet<i64> = fresh.iter().map(|k| k.id).collect();
    let rest: Vec<&Arc<FeedKey>> = old
        .iter()
        .filter(|k| !slugs.contains(&k.slug) && !ids.contains(&k.id))
        .collect();
    let mut out = Vec::with_capacity(rest.len() + fresh.len());
    let mut from = 0;
    for key in in_order(fresh) {
        let at = place(&key);
        let to = from + rest[from..].partition_point(|k| place(k) < at);
        out.extend(rest[from..to].iter().map(|k| Arc::clone(k)));
        out.push(key);
        from = to;
    }
    out.extend(rest[from..].iter().map(|k| Arc::clone(k)));
    out
}

#[cfg(test)]
mod tests {
    // Tests stop at the first surprise: unwrap() is how they say so.
    #![allow(clippy::unwrap_used)]

    use super::{in_order, patched};
    use crate::domain::Slug;
    use crate::store::FeedKey;
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    fn key(id: i64, slug: &str, name: &str) -> FeedKey {
        FeedKey {
            id,
            uuid: Uuid::from_u128(id as u128),
            slug: Slug::parse(slug).unwrap(),
            name: name.to_string(),
            modified: Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap(),
            archived: false,
        }
    }

    fn names(keys: &[std::sync::Arc<FeedKey>]) -> Vec<(i64, String)> {
        keys.iter().map(|k| (k.id, k.name.clone())).collect()
    }

    /// Bringing the order up to date gives what reading every key again gives: a listing
    /// renamed moves, one archived stays, one gone leaves, one new comes in, one whose
    /// slug changed is not listed twice, and ties of name keep their order by id.
    #[test]
    fn patched_order_equals_the_order_read_again() {
        let before = vec![
            key(1, "acorn-mums", "Acorn Mums"),
            key(2, "bumps-and-beyond", "Bumps and Beyond"),
            key(3, "cradle", "Cradle"),
            key(4, "doula-friends", "doula friends"),
            key(5, "echo-peer", "Echo Peer"),
            key(6, "echo-peer-north", "Echo Peer"),
        ];
        let old = in_order(before.clone());
        let mut after = before.clone();
        after[0].name = "Zest Mums".into(); // renamed: moves to the end
        after[2].archived = true;
        after.remove(3); // left the feed
        after.push(key(7, "bloom", "bloom")); // new
        after[3].slug = Slug::parse("echo-peer-south").unwrap(); // id 5, slug changed
        let changed: Vec<Slug> = [
            "acorn-mums",
            "cradle",
            "doula-friends",
            "bloom",
            "echo-peer-south",
        ]
        .iter()
        .map(|s| Slug::parse(s).unwrap())
        .collect();
        let fresh: Vec<FeedKey> = after
            .iter()
            .filter(|k| changed.contains(&k.slug))
            .cloned()
            .collect();
        let got = patched(&old, &changed, fresh);
        let want = in_order(after);
        assert_eq!(names(&got), names(&want));
        assert_eq!(
            got.iter().map(|k| (**k).clone()).collect::<Vec<_>>(),
            want.iter().map(|k| (**k).clone()).collect::<Vec<_>>()
        );
        assert_eq!(
            names(&got),
            vec![
                (7, "bloom".to_string()),
                (2, "Bumps and Beyond".to_string()),
                (3, "Cradle".to_string()),
                (5, "Echo Peer".to_string()),
                (6, "Echo Peer".to_string()),
                (1, "Zest Mums".to_string()),
            ]
        );
    }
}
