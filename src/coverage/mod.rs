//! Coverage: how far each part of the UK is from in-person peer support for a need,
//! on H3 cells, with the towns furthest from it. Computed from the search index and
//! cached per filter until the registry changes.

pub mod band;
pub mod grid;

pub use band::Band;
pub use grid::{GridCell, RESOLUTION};

use crate::domain::{Delivery, ListingFilter};
use crate::domain::{LatLng, Nation};
use crate::geocode::Geocoder;
use crate::map::Outlines;
use crate::search::SearchIndex;
use h3o::CellIndex;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// How many towns the table of the furthest lists.
pub const FURTHEST_TOWNS: usize = 20;
/// Cached filters kept at most; the cache starts again beyond this.
const MAX_CACHED: usize = 256;

/// One cell and how far its centre is from the nearest matching site.
#[derive(Debug, Clone, PartialEq)]
pub struct CellDistance {
    pub cell: CellIndex,
    pub nation: Nation,
    /// Centre of the cell (degrees).
    pub lat: f64,
    pub lon: f64,
    /// Straight-line distance to the nearest matching in-person site, metres; `None`
    /// when no site matches at all.
    pub distance_m: Option<f64>,
    pub band: Band,
}

/// A town and how far it is from the nearest matching site.
#[derive(Debug, Clone, PartialEq)]
pub struct TownDistance {
    pub name: String,
    pub population: u64,
    pub nation: Nation,
    pub location: LatLng,
    pub distance_m: Option<f64>,
}

/// Coverage for one filter.
#[derive(Debug, Clone)]
pub struct Coverage {
    /// The search index generation it was computed from.
    pub generation: u64,
    pub cells: Vec<CellDistance>,
    /// Towns furthest from provision first (those with no site at all first of all).
    pub towns: Vec<TownDistance>,
    /// How many in-person sites match.
    pub sites: usize,
    /// Online or phone projects matching, per nation they serve.
    pub online: Vec<(Nation, usize)>,
}

impl Coverage {
    /// How many cells fall in each band, in band order.
    pub fn band_counts(&self) -> Vec<(Band, usize)> {
        Band::ALL
            .iter()
            .map(|b| (*b, self.cells.iter().filter(|c| c.band == *b).count()))
            .collect()
    }
}

/// Computes coverage from the index over `grid` for `wanted`.
pub fn compute(
    index: &SearchIndex,
    grid: &[GridCell],
    geocoder: &Geocoder,
    wanted: &ListingFilter,
) -> Coverage {
    // Distances are to support met in person; the online counts use the filter as asked.
    let asked = index.layout().filter(wanted);
    let filter = index.layout().filter(&ListingFilter {
        delivery: vec![Delivery::InPerson],
        ..wanted.clone()
    });
    let nearest = |lat: f64, lon: f64| {
        index
            .nearest_index()
            .nearest(lat, lon, 1, &filter, None)
            .first()
            .map(|h| h.distance_m)
    };
    let cells = grid
        .iter()
        .map(|g| {
            let distance_m = nearest(g.lat, g.lon);
            CellDistance {
                cell: g.cell,
                nation: g.nation,
                lat: g.lat,
                lon: g.lon,
                distance_m,
                band: Band::of(distance_m),
            }
        })
        .collect();
    let mut towns: Vec<TownDistance> = geocoder
        .towns()
        .map(|(name, population, location, nation)| TownDistance {
            name: name.to_string(),
            population,
            nation,
            location,
            distance_m: nearest(location.lat(), location.lon()),
        })
        .collect();
    towns.sort_by(|a, b| {
        b.distance_m
            .unwrap_or(f64::INFINITY)
            .total_cmp(&a.distance_m.unwrap_or(f64::INFINITY))
            .then(b.population.cmp(&a.population))
            .then(a.name.cmp(&b.name))
    });
    towns.truncate(FURTHEST_TOWNS);
    let sites = index
        .nearest_index()
        .sites()
        .filter(|s| filter.passes(s.mask))
        .count();
    let online = Nation::ALL
        .iter()
        .map(|n| (*n, index.remote_matching(&asked, Some(*n))))
        .collect();
    Coverage {
        generation: index.generation(),
        cells,
        towns,
        sites,
        online,
    }
}

/// The key a filter is cached under: its query pairs, sorted.
fn key(wanted: &ListingFilter) -> String {
    let mut pairs: Vec<String> = wanted
        .pairs()
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    pairs.sort();
    pairs.join("&")
}

/// Coverage per filter, kept until the search index changes.
#[derive(Default)]
pub struct CoverageCache {
    grid: OnceLock<Vec<GridCell>>,
    entries: Mutex<HashMap<String, Arc<Coverage>>>,
}

impl CoverageCache {
    /// The cells of the four nations (tiled once, on first use).
    pub fn grid(&self, outlines: &Outlines) -> &[GridCell] {
        self.grid.get_or_init(|| grid::tile(outlines))
    }

    /// Coverage for `wanted`, from the cache when it was computed from this generation of
    /// the index, else computed now (and cached).
    pub fn get(
        &self,
        index: &SearchIndex,
        outlines: &Outlines,
        geocoder: &Geocoder,
        wanted: &ListingFilter,
    ) -> Arc<Coverage> {
        let key = key(wanted);
        let lock = || self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = lock().get(&key)
            && hit.generation == index.generation()
        {
            return hit.clone();
        }
        let fresh = Arc::new(compute(index, self.grid(outlines), geocoder, wanted));
        let mut entries = lock();
        if entries.len() >= MAX_CACHED {
            entries.clear();
        }
        entries.insert(key, fresh.clone());
        fresh
    }
}
