//! Which index number each slug has: every slug the index has been given, in the order it
//! was first given (its number, which [`super::SearchIndex`]'s entries and the nearest
//! index's project ids share), and a hash table of those numbers to find a slug's.
//!
//! Why not `HashMap<Slug, u32>`: that holds every slug a second time, and 32 bytes a bucket
//! where the table of numbers holds 4: at 250,000 listings about 20 MB (see BENCHMARKS.md).

use crate::domain::Slug;
use hashbrown::HashTable;
use std::hash::BuildHasher;

/// Slugs and their numbers.
#[derive(Default)]
pub(super) struct Numbers {
    /// Number → slug.
    slugs: Vec<Slug>,
    /// The numbers, hashed by their slugs.
    table: HashTable<u32>,
    hasher: std::hash::RandomState,
}

impl Numbers {
    /// Room for `more` slugs beyond those held.
    pub fn reserve(&mut self, more: usize) {
        self.slugs.reserve_exact(more);
        let (slugs, hasher) = (&self.slugs, &self.hasher);
        self.table
            .reserve(more, |&n| hasher.hash_one(&slugs[n as usize]));
    }

    /// The number of `slug`, if it was ever given.
    pub fn get(&self, slug: &Slug) -> Option<u32> {
        let hash = self.hasher.hash_one(slug);
        self.table
            .find(hash, |&n| self.slugs[n as usize] == *slug)
            .copied()
    }

    /// The number of `slug`, and whether it is new (given the next number, the count of
    /// slugs held before).
    pub fn get_or_add(&mut self, slug: &Slug) -> (u32, bool) {
        if let Some(n) = self.get(slug) {
            return (n, false);
        }
        let n = self.slugs.len() as u32;
        self.slugs.push(slug.clone());
        let (slugs, hasher) = (&self.slugs, &self.hasher);
        self.table.insert_unique(hasher.hash_one(slug), n, |&m| {
            hasher.hash_one(&slugs[m as usize])
        });
        (n, true)
    }

    /// The slug of number `n`.
    pub fn slug(&self, n: u32) -> Option<&Slug> {
        self.slugs.get(n as usize)
    }

    /// Heap bytes held, roughly (slugs at their length).
    pub fn memory_bytes(&self) -> usize {
        self.slugs.capacity() * std::mem::size_of::<Slug>()
            + self.slugs.iter().map(|s| s.as_str().len()).sum::<usize>()
            + self.table.capacity() * (std::mem::size_of::<u32>() + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slug(s: &str) -> Slug {
        Slug::parse(s).unwrap()
    }

    #[test]
    fn numbers_follow_the_order_slugs_were_first_given_and_are_found_again() {
        let mut numbers = Numbers::default();
        numbers.reserve(2);
        assert_eq!(numbers.get_or_add(&slug("bluebell")), (0, true));
        assert_eq!(numbers.get_or_add(&slug("larne")), (1, true));
        assert_eq!(numbers.get_or_add(&slug("bluebell")), (0, false));
        for i in 0..1_000 {
            numbers.get_or_add(&slug(&format!("project-{i}")));
        }
        assert_eq!(numbers.get(&slug("larne")), Some(1));
        assert_eq!(numbers.get(&slug("project-999")), Some(1_001));
        assert_eq!(numbers.get(&slug("preston")), None);
        assert_eq!(numbers.slug(1_001).map(Slug::as_str), Some("project-999"));
        assert_eq!(numbers.slug(1_002), None);
    }
}
