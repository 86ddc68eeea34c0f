//! The town gazetteer: places of at least [`TOWN_POPULATION`] people, used to name an
//! area on the map rather than to resolve a search.
//!
//! Towns are the bundled GeoNames places: populations are GeoNames head counts and
//! locations WGS84 degrees (the GeoNames point). "Nearest" is by distance over the
//! Earth's surface, answered exactly by the nearest-point index built in
//! [`Geocoder::from_sources`]. None of these queries can fail: with no towns in the data
//! they give `None` or nothing.

use super::Geocoder;
use crate::domain::{LatLng, Nation};

/// The smallest population of a place used to name an area on the map.
pub const TOWN_POPULATION: u64 = 5_000;

impl Geocoder {
    /// The name of the town (of at least [`TOWN_POPULATION`] people) nearest to `at`, to
    /// name an area on the map.
    pub fn nearest_town(&self, at: LatLng) -> Option<&str> {
        let all = crate::index::Filter::default();
        let hit = *self
            .town_points
            .nearest(at.lat(), at.lon(), 1, &all, None)
            .first()?;
        self.tables
            .places
            .get(hit.site as usize)
            .map(|p| p.name.as_str())
    }

    /// Up to `k` towns (of at least [`TOWN_POPULATION`] people) nearest to `at`, nearest
    /// first, as (name, population, location).
    pub fn towns_near(&self, at: LatLng, k: usize) -> Vec<(&str, u64, LatLng)> {
        let all = crate::index::Filter::default();
        self.town_points
            .nearest(at.lat(), at.lon(), k, &all, None)
            .iter()
            .filter_map(|hit| self.tables.places.get(hit.site as usize))
            .map(|p| (p.name.as_str(), p.population, p.location))
            .collect()
    }

    /// Every place of at least [`TOWN_POPULATION`] people, as (name, population,
    /// location, nation), in the order of the bundled GeoNames file.
    pub fn towns(&self) -> impl Iterator<Item = (&str, u64, LatLng, Nation)> + '_ {
        self.tables
            .places
            .iter()
            .filter(|p| p.population >= TOWN_POPULATION)
            .map(|p| (p.name.as_str(), p.population, p.location, p.nation))
    }
}
