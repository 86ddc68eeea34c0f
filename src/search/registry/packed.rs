//! How the index holds a listing: in postcard's compact encoding, decoded only when a
//! result, a marker or a page needs the listing itself, next to the few facts the search
//! reads on every query without decoding it (its filter bits, the nations it serves
//! remotely, its age, the areas it says it serves, its sites).
//!
//! Why: a decoded [`Project`] costs about 1.6 KB in memory (600 bytes of fields, a heap
//! allocation per string, tag and site), its encoding a third of that; at 250,000
//! listings that is the difference between 490 MB and the 300 MB a process may hold
//! (see BENCHMARKS.md). The listings decoded most recently are kept decoded
//! ([`Decoded`]), so the hot path of a busy search decodes little.
//!
//! The encoding is the one the kept copy of the index is written in (see
//! `crate::registry::snapshot`), so a copy read at start-up is held as it is read.

use crate::domain::{Age, Nation, Project, ServedArea};
use crate::index::Mask;
use bytes::Bytes;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Listings kept decoded at most; beyond it the memory starts again (about 1.6 KB each).
const DECODED_AT_MOST: usize = 8_192;

/// One listing in the index.
pub(super) struct Entry {
    /// The listing, as [`pack`] encodes it. Listings read from the kept copy share its
    /// buffer (no copy of each made; see `crate::registry::snapshot`).
    packed: Bytes,
    /// Its filter bits ([`crate::search::MaskLayout::project_mask`]) with its peer marks.
    pub mask: Mask,
    /// The nations its online or phone support is open to ([`Project::nations`]), one
    /// bit each in [`Nation::ALL`] order.
    nations: u8,
    /// Whether it offers support online or by phone.
    pub remote: bool,
    /// What its freshness is counted from ([`Project::age`]).
    pub age: Option<Age>,
    /// The areas it says it serves ([`Project::areas`]).
    pub areas: Box<[ServedArea]>,
    /// The index ids of its sites, in the order of [`Project::sites`].
    pub sites: Box<[u32]>,
}

fn nation_bit(n: Nation) -> u8 {
    1 << Nation::ALL.iter().position(|x| *x == n).unwrap_or(0)
}

/// `project` in the encoding an [`Entry`] holds.
pub(super) fn pack(project: &Project) -> Bytes {
    postcard::to_stdvec(project)
        .expect("a listing always encodes (postcard writes every field type it has)")
        .into()
}

impl Entry {
    /// The entry of `project`, held as `packed` (its [`pack`] encoding), with filter
    /// bits `mask` and sites `sites`.
    pub fn new(project: &Project, packed: Bytes, mask: Mask, sites: Vec<u32>) -> Self {
        Entry {
            packed,
            mask,
            nations: project.nations.iter().fold(0, |m, n| m | nation_bit(*n)),
            remote: super::is_remote(project),
            age: project.age(),
            areas: project.areas.iter().cloned().collect(),
            sites: sites.into_boxed_slice(),
        }
    }

    /// The listing itself.
    pub fn decode(&self) -> Project {
        postcard::from_bytes(&self.packed)
            .expect("a listing the index encoded decodes (the same build wrote it)")
    }

    /// Its encoding, as the kept copy of the index holds it (shared, not copied).
    pub fn packed(&self) -> &Bytes {
        &self.packed
    }

    /// Whether its online or phone support is open to `nation` ([`Project::nations`]).
    pub fn serves_remotely(&self, nation: Nation) -> bool {
        self.nations & nation_bit(nation) != 0
    }

    /// Bytes it holds on the heap and in place, roughly (strings at their length).
    pub fn memory_bytes(&self) -> usize {
        std::mem::size_of::<Self>()
            + self.packed.len()
            + self.sites.len() * 4
            + self
                .areas
                .iter()
                .map(|a| std::mem::size_of::<ServedArea>() + a.name.len())
                .sum::<usize>()
    }
}

/// The listings decoded most recently, by index number.
#[derive(Default)]
pub(super) struct Decoded {
    kept: Mutex<HashMap<u32, Arc<Project>>>,
}

impl Decoded {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u32, Arc<Project>>> {
        self.kept.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Listing `number`, held as `entry`: decoded once, then from memory.
    pub fn get(&self, number: u32, entry: &Entry) -> Arc<Project> {
        if let Some(p) = self.lock().get(&number) {
            return p.clone();
        }
        let project = Arc::new(entry.decode());
        let mut kept = self.lock();
        if kept.len() >= DECODED_AT_MOST {
            kept.clear();
        }
        kept.insert(number, project.clone());
        project
    }

    /// Forgets listing `number` (it changed or left the index).
    pub fn forget(&self, number: u32) {
        self.lock().remove(&number);
    }
}
