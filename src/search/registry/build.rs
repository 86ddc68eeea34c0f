//! Building the index from listings one at a time, so that a start-up never holds every
//! listing decoded at once: each is registered and dropped (with its encoding when it
//! came encoded, as from the kept copy), and the nearest index is built once at the end.

use super::{MaskLayout, SearchIndex, Status};
use crate::domain::{Project, Slug};
use crate::index::{NearestIndex, Site};
use std::collections::HashSet;

/// An index being built.
pub struct Builder {
    index: SearchIndex,
    sites: Vec<Site>,
    /// For every listing offered, in order: how many sites it has and whether it was
    /// kept, so that the H3 keys given at the end go with the kept listings' sites.
    offered: Vec<(usize, bool)>,
}

impl Builder {
    /// A builder for `layout`, with the peer-reviewed projects `reviewed`.
    pub fn new(layout: MaskLayout, reviewed: HashSet<Slug>) -> Self {
        Builder {
            index: SearchIndex::empty(layout, reviewed),
            sites: Vec::new(),
            offered: Vec::new(),
        }
    }

    /// Room for `listings` more listings with `sites` sites in all, when it is known how
    /// many will be offered (no growing vectors left behind as holes in the heap).
    pub fn reserve(&mut self, listings: usize, sites: usize) {
        self.sites.reserve_exact(sites);
        self.index.entries.reserve_exact(listings);
        self.index.numbers.reserve(listings);
        self.offered.reserve_exact(listings);
    }

    /// Adds `project` if it is published, held as `packed` when given (its postcard
    /// encoding, exactly as `crate::search::registry` writes it; made here otherwise).
    pub fn push(&mut self, project: &Project, packed: Option<bytes::Bytes>) {
        // Slugs are unique in the store; were one given twice, the first would stand.
        let kept =
            project.status == Status::Published && self.index.numbers.get(&project.slug).is_none();
        self.offered.push((project.sites.len(), kept));
        if !kept {
            return;
        }
        let index = &mut self.index;
        let (number, _) = index.numbers.get_or_add(&project.slug);
        index.entries.push(None);
        let sites = index.entry(number, project, packed);
        self.sites.extend(sites);
    }

    /// Leaves out a listing of `sites` sites (one of those `keys` will still name).
    pub fn skip(&mut self, sites: usize) {
        self.offered.push((sites, false));
    }

    /// The index. `keys`, when given, are the H3 keys (`crate::index::site_key`) of every
    /// site of every listing offered ([`Builder::push`] or [`Builder::skip`]), in order;
    /// those of listings left out are dropped, and keys that do not fit are worked out
    /// again ([`NearestIndex::build_with_keys`]).
    pub fn finish(self, keys: Option<Vec<u64>>) -> SearchIndex {
        let Builder {
            mut index,
            sites,
            offered,
        } = self;
        index.nearest = match keys {
            Some(keys) => {
                let mut given = keys.into_iter();
                let mut kept = Vec::with_capacity(sites.len());
                for (n, keep) in offered {
                    let theirs = given.by_ref().take(n);
                    if keep {
                        kept.extend(theirs);
                    } else {
                        theirs.for_each(drop);
                    }
                }
                NearestIndex::build_with_keys(sites, kept)
            }
            None => NearestIndex::build(sites),
        };
        index.sort_radius_sites();
        index
    }
}
