//! How many listings near a searcher name each need, for the need list once a place is
//! known: "Postpartum psychosis (3 listings, 1 near you)".

use super::{NeedCounts, SearchIndex};
use crate::domain::ListingFilter;
use crate::geocode::{Place, PlacePrecision};
use crate::index::Filter;
use crate::search::METRES_PER_MILE;
use std::collections::{BTreeSet, HashMap};

/// "Near you" for the need list: meeting within this many miles (on her own island), or
/// saying it serves her council area or nation.
pub const NEAR_MILES: f64 = 25.0;

/// The most sites looked at within [`NEAR_MILES`]: enough for any real city, and a bound
/// on the work at a million synthetic sites.
const NEAR_SITES: usize = 2_000;

impl SearchIndex {
    /// For each need, how many listings near `place` name it (general support not
    /// counted, as in [`SearchIndex::need_counts`]). `None` for a nation searched whole,
    /// which has no "near".
    pub fn need_counts_near(&self, place: &Place) -> Option<NeedCounts> {
        if place.precision == PlacePrecision::Nation {
            return None;
        }
        let island = Self::same_island(&Filter::default(), place.nation);
        let within_m = NEAR_MILES * METRES_PER_MILE;
        let (lat, lon) = (place.location.lat(), place.location.lon());
        let mut near: BTreeSet<u32> = self
            .nearest
            .nearest(lat, lon, NEAR_SITES, &island, Some(within_m))
            .into_iter()
            .map(|h| h.project)
            .collect();
        let council = place.council.as_ref().map(|c| &c.code);
        let serving = self.serving(place.nation, council, &ListingFilter::default());
        near.extend(serving.iter().filter_map(|p| self.numbers.get(&p.slug)));
        // Counted on borrowed names; each need's name is copied once, at the end.
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for entry in near
            .into_iter()
            .filter_map(|n| self.entries[n as usize].as_ref())
        {
            for need in self.layout.needs_of(entry.mask) {
                *counts.entry(need).or_default() += 1;
            }
        }
        Some(
            counts
                .into_iter()
                .map(|(need, n)| (need.to_string(), n))
                .collect(),
        )
    }
}
