//! Which listings the latest generations of the index changed: what lets a cache kept
//! per generation (the open-data feed's order, `crate::oruk::lists`) bring itself up to
//! date by reading those listings again instead of every listing.

use crate::domain::Slug;
use std::collections::VecDeque;

/// Changes remembered at most; a cache older than the oldest reads everything again.
const REMEMBERED: usize = 4096;

/// The listings changed in each generation after `floor`.
#[derive(Debug, Default)]
pub(super) struct Changed {
    /// Generations up to this one are forgotten (or were never seen: a fresh index).
    floor: u64,
    /// (generation, listing), oldest first.
    recent: VecDeque<(u64, Slug)>,
}

impl Changed {
    /// Forgets everything up to and including `generation` (the index was built again).
    pub(super) fn starting_at(generation: u64) -> Changed {
        Changed {
            floor: generation,
            recent: VecDeque::new(),
        }
    }

    /// Listing `slug` changed in `generation` (in search or not).
    pub(super) fn record(&mut self, generation: u64, slug: &Slug) {
        if self.recent.len() == REMEMBERED
            && let Some((oldest, _)) = self.recent.pop_front()
        {
            self.floor = oldest;
        }
        self.recent.push_back((generation, slug.clone()));
    }

    /// The listings changed after `generation`, each once; `None` when some of those
    /// generations are forgotten.
    pub(super) fn since(&self, generation: u64) -> Option<Vec<Slug>> {
        if generation < self.floor {
            return None;
        }
        let from = self.recent.partition_point(|(g, _)| *g <= generation);
        let mut slugs: Vec<Slug> = self.recent.range(from..).map(|(_, s)| s.clone()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        Some(slugs)
    }
}

#[cfg(test)]
mod tests {
    // Tests stop at the first surprise: unwrap() is how they say so.
    #![allow(clippy::unwrap_used)]

    use super::{Changed, REMEMBERED};
    use crate::domain::Slug;

    fn slug(s: &str) -> Slug {
        Slug::parse(s).unwrap()
    }

    fn slugs(all: &[&str]) -> Option<Vec<Slug>> {
        Some(all.iter().map(|s| slug(s)).collect())
    }

    #[test]
    fn gives_the_listings_changed_after_a_generation_until_it_is_forgotten() {
        let mut changed = Changed::starting_at(3);
        assert_eq!(changed.since(2), None);
        assert_eq!(changed.since(3), Some(vec![]));
        changed.record(4, &slug("mums-north"));
        changed.record(5, &slug("dads-east"));
        changed.record(6, &slug("mums-north"));
        assert_eq!(changed.since(3), slugs(&["dads-east", "mums-north"]));
        assert_eq!(changed.since(4), slugs(&["dads-east", "mums-north"]));
        assert_eq!(changed.since(5), slugs(&["mums-north"]));
        assert_eq!(changed.since(6), slugs(&[]));
        // Full, then one more: the oldest change (generation 4) goes.
        for g in 0..REMEMBERED as u64 - 3 {
            changed.record(7 + g, &slug("bumps-west"));
        }
        assert_eq!(
            changed.since(3),
            slugs(&["bumps-west", "dads-east", "mums-north"])
        );
        changed.record(7 + REMEMBERED as u64, &slug("bumps-west"));
        // A cache as of 3 missed generation 4's change; one as of 4 has all it needs.
        assert_eq!(changed.since(3), None);
        assert_eq!(
            changed.since(4),
            slugs(&["bumps-west", "dads-east", "mums-north"])
        );
        assert_eq!(changed.since(6), slugs(&["bumps-west"]));
    }
}
