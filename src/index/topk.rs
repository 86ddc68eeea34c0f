//! The best `k` distinct projects seen so far, each at its best site.
//!
//! A candidate is packed into one `u128` key, `(distance bits, project, site)`, so the order
//! of keys is the result order. Distances are non-negative and not NaN, whose IEEE bit patterns
//! sort like the numbers.

use std::collections::{BTreeSet, HashMap};

/// Up to this `k` a sorted `Vec` with linear project look-up beats a tree and a map.
const SMALL_K: usize = 32;

/// Packs a candidate into its sort key.
#[inline]
pub(crate) fn key(distance_m: f64, project: u32, site: u32) -> u128 {
    // `+ 0.0` turns a -0.0 into 0.0 so that bits order like values.
    let bits = (distance_m + 0.0).to_bits();
    (u128::from(bits) << 64) | (u128::from(project) << 32) | u128::from(site)
}

/// Distance of a key, in metres.
#[inline]
pub(crate) fn key_distance(key: u128) -> f64 {
    f64::from_bits((key >> 64) as u64)
}

/// Project of a key.
#[inline]
pub(crate) fn key_project(key: u128) -> u32 {
    (key >> 32) as u32
}

/// Site id of a key.
#[inline]
pub(crate) fn key_site(key: u128) -> u32 {
    key as u32
}

/// The best `k` projects offered so far.
pub(crate) enum TopK {
    /// Sorted keys, projects distinct.
    Small { k: usize, keys: Vec<u128> },
    /// Sorted keys, projects distinct, with each project's key.
    Large {
        k: usize,
        keys: BTreeSet<u128>,
        by_project: HashMap<u32, u128>,
    },
}

impl TopK {
    /// An empty collector for `k` projects.
    pub(crate) fn new(k: usize) -> Self {
        if k <= SMALL_K {
            TopK::Small {
                k,
                keys: Vec::with_capacity(k + 1),
            }
        } else {
            TopK::Large {
                k,
                keys: BTreeSet::new(),
                by_project: HashMap::new(),
            }
        }
    }

    /// The `k`-th best key once `k` projects are held.
    pub(crate) fn worst_if_full(&self) -> Option<u128> {
        match self {
            TopK::Small { k, keys } => (keys.len() >= *k).then(|| keys.last().copied())?,
            TopK::Large { k, keys, .. } => (keys.len() >= *k).then(|| keys.last().copied())?,
        }
    }

    /// Offers a candidate; true if the held set changed.
    pub(crate) fn offer(&mut self, candidate: u128) -> bool {
        if matches!(self, TopK::Small { k: 0, .. }) {
            return false;
        }
        if self.worst_if_full().is_some_and(|w| candidate >= w) {
            return false;
        }
        let project = key_project(candidate);
        match self {
            TopK::Small { k, keys } => {
                // Insertion sort step: the slot to fill is the project's old slot, or a new
                // last slot (dropping the k-th when full); then sift the candidate up.
                let mut j = match keys.iter().position(|&c| key_project(c) == project) {
                    Some(i) if candidate >= keys[i] => return false,
                    Some(i) => i,
                    None if keys.len() >= *k => keys.len() - 1,
                    None => {
                        keys.push(candidate);
                        keys.len() - 1
                    }
                };
                while j > 0 && keys[j - 1] > candidate {
                    keys[j] = keys[j - 1];
                    j -= 1;
                }
                keys[j] = candidate;
                true
            }
            TopK::Large {
                k,
                keys,
                by_project,
            } => {
                if let Some(&old) = by_project.get(&project) {
                    if candidate >= old {
                        return false;
                    }
                    keys.remove(&old);
                }
                keys.insert(candidate);
                by_project.insert(project, candidate);
                if keys.len() > *k
                    && let Some(dropped) = keys.pop_last()
                {
                    by_project.remove(&key_project(dropped));
                }
                true
            }
        }
    }

    /// The held keys, best first.
    pub(crate) fn into_sorted(self) -> Vec<u128> {
        match self {
            TopK::Small { keys, .. } => keys,
            TopK::Large { keys, .. } => keys.into_iter().collect(),
        }
    }
}
