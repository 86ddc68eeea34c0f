//! Reading the index: listings by slug and number, the sites' places, the online and
//! phone options, every listing passing a filter, and the need counts. A listing is
//! decoded when it is asked for (see [`super::packed`]); what only counts or filters
//! reads the facts kept beside it.

use super::{NeedCounts, SearchIndex, SiteAt};
use crate::domain::{ListingFilter, Nation, Project, Slug};
use crate::index::{Filter, NearestIndex};
use crate::search::MaskLayout;
use std::sync::Arc;

impl SearchIndex {
    /// Every indexed project, decoded one by one (not kept decoded: for whole passes).
    pub fn all(&self) -> impl Iterator<Item = Arc<Project>> + '_ {
        self.entries.iter().flatten().map(|e| Arc::new(e.decode()))
    }

    /// Every indexed listing as the kept copy of the index holds it: its encoding, and
    /// the H3 key (`crate::index::site_key`) of each of its sites, in order, as the nearest
    /// index holds them.
    pub fn packed(
        &self,
    ) -> impl Iterator<Item = (&bytes::Bytes, impl ExactSizeIterator<Item = u64>)> + '_ {
        self.entries.iter().flatten().map(|e| {
            // A site the nearest index does not hold is not a place (its key is 0).
            let keys = e.sites.iter().map(|&id| self.nearest.key(id).unwrap_or(0));
            (e.packed(), keys)
        })
    }

    /// The project number and site position of an index site id.
    pub fn site_owner(&self, site: u32) -> Option<(u32, usize)> {
        self.site_at(site).map(|s| (s.project, s.position))
    }

    /// Where index site `site` is, without decoding its listing.
    pub fn site_at(&self, site: u32) -> Option<SiteAt> {
        let &(project, position) = self.site_rows.get(site as usize)?;
        Some(SiteAt {
            project,
            position: position as usize,
            nation: self.site_nations[site as usize],
        })
    }

    /// The point (latitude, longitude in degrees) of index site `site`, if it is a place
    /// in search: see [`NearestIndex::point`].
    pub fn site_point(&self, site: u32) -> Option<(f64, f64)> {
        self.nearest.point(site)
    }

    /// The slug of project `number`, without decoding it.
    pub fn slug_of(&self, number: u32) -> Option<&Slug> {
        self.entries.get(number as usize)?.as_ref()?;
        self.numbers.slug(number)
    }

    /// How many online or phone projects pass `filter` (and serve `nation`, if given).
    pub fn remote_matching(&self, filter: &Filter, nation: Option<Nation>) -> usize {
        self.remote_numbers(filter, nation).count()
    }

    /// The numbers of the online or phone projects that pass `filter` (and serve
    /// `nation`, if given), in index order: only those projects are looked at.
    pub(super) fn remote_numbers<'a>(
        &'a self,
        filter: &'a Filter,
        nation: Option<Nation>,
    ) -> impl Iterator<Item = u32> + 'a {
        self.remote.iter().copied().filter(move |&n| {
            self.entries[n as usize].as_ref().is_some_and(|e| {
                nation.is_none_or(|x| e.serves_remotely(x)) && filter.passes(e.mask)
            })
        })
    }

    /// The online or phone projects that pass `filter` (and serve `nation`, if given),
    /// in index order.
    pub fn remote_passing<'a>(
        &'a self,
        filter: &'a Filter,
        nation: Option<Nation>,
    ) -> impl Iterator<Item = Arc<Project>> + 'a {
        self.remote_numbers(filter, nation)
            .filter_map(|n| self.project(n))
    }

    /// Every indexed listing that passes `filter`, in index order: the search's answer to
    /// "which listings match", wherever they are.
    pub fn matching(&self, filter: &ListingFilter) -> Vec<Arc<Project>> {
        let filter = self.layout.filter(filter);
        self.entries
            .iter()
            .flatten()
            .filter(|e| filter.passes(e.mask))
            .map(|e| Arc::new(e.decode()))
            .collect()
    }

    /// How many published listings name each need themselves (general support not
    /// counted), so the need list can say which needs have nothing behind them yet.
    /// Counted once per generation of the index.
    pub fn need_counts(&self) -> Arc<NeedCounts> {
        let mut cached = self.need_counts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((generation, counts)) = cached.as_ref()
            && *generation == self.generation
        {
            return counts.clone();
        }
        let mut counts = NeedCounts::new();
        for e in self.entries.iter().flatten() {
            for need in self.layout.needs_of(e.mask) {
                *counts.entry(need.to_string()).or_default() += 1;
            }
        }
        let counts = Arc::new(counts);
        *cached = Some((self.generation, counts.clone()));
        counts
    }

    /// How many times the index has changed since it was built.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// A published project by its slug.
    pub fn by_slug(&self, slug: &Slug) -> Option<Arc<Project>> {
        self.project(self.numbers.get(slug)?)
    }

    /// The published project with this slug, decoded afresh and not kept decoded: for
    /// passes over many listings, which would only crowd out the ones kept.
    pub fn decode(&self, slug: &Slug) -> Option<Project> {
        let n = self.numbers.get(slug)?;
        Some(self.entries[n as usize].as_ref()?.decode())
    }

    /// Whether the published project with this slug has a place: a site, or support
    /// online or by phone (without decoding it). `false` when it is not in search.
    pub fn has_place(&self, slug: &Slug) -> bool {
        self.numbers
            .get(slug)
            .and_then(|n| self.entries[n as usize].as_ref())
            .is_some_and(|e| !e.sites.is_empty() || e.remote)
    }

    /// Whether a published project with this slug is in search (without decoding it).
    pub fn holds(&self, slug: &Slug) -> bool {
        self.numbers
            .get(slug)
            .is_some_and(|n| self.entries[n as usize].is_some())
    }

    /// The published projects offering online or phone support.
    pub fn remote_projects(&self) -> impl Iterator<Item = Arc<Project>> + '_ {
        self.remote.iter().filter_map(|&n| self.project(n))
    }

    /// How many published projects are indexed.
    pub fn projects(&self) -> usize {
        self.entries.iter().flatten().count()
    }

    /// How many sites the nearest index holds.
    pub fn sites(&self) -> usize {
        self.nearest.len()
    }

    /// The nearest-site index itself (for the map and benchmarks).
    pub fn nearest_index(&self) -> &NearestIndex {
        &self.nearest
    }

    pub fn layout(&self) -> &MaskLayout {
        &self.layout
    }

    /// A published project by its index number (decoded once, then kept a while).
    pub fn project(&self, number: u32) -> Option<Arc<Project>> {
        let entry = self.entries.get(number as usize)?.as_ref()?;
        Some(self.decoded.get(number, entry))
    }

    /// Bytes the listings take in the index, roughly: their entries and encodings, and
    /// the rows of their sites (the nearest index has [`NearestIndex::memory_bytes`]).
    pub fn memory_bytes(&self) -> usize {
        let entries: usize = self
            .entries
            .iter()
            .flatten()
            .map(|e| e.memory_bytes())
            .sum();
        entries
            + self.numbers.memory_bytes()
            + self.site_rows.capacity() * std::mem::size_of::<(u32, u32)>()
    }
}
