//! The lookup tables the bundled geodata fills, and what a name can refer to.
//!
//! Coordinates are WGS84 degrees; populations are head counts (GeoNames figures for
//! places, the bundled proxies for local authorities, 0 when unknown). Candidates are
//! addressed by index ([`Named`]), so the accessors here index the tables directly and
//! panic only on an index that did not come from the same [`Tables`].

use crate::domain::{LatLng, Nation};
use std::collections::HashMap;

/// The centre of a postcode district or sector: the mean of its postcodes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Centroid {
    pub location: LatLng,
    /// Index into [`Tables::authorities`] of the authority most of its postcodes are in.
    pub authority: usize,
    pub nation: Nation,
}

/// A named place from GeoNames.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlaceRecord {
    pub name: String,
    /// Alternate names, without GeoNames' bracketed forms such as `Newport (Wales)`.
    pub alt_names: Vec<String>,
    pub location: LatLng,
    /// People living there (GeoNames; 0 when unknown).
    pub population: u64,
    pub nation: Nation,
    /// Index into [`Tables::authorities`].
    pub authority: usize,
    /// The postcode district of the nearest live postcode, e.g. `NP20`.
    pub district: String,
}

/// A local authority district (council area).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Authority {
    /// 2025 ONS code, e.g. `E09000025`.
    pub code: String,
    /// The name to show (corrected where the bundled one is not the usual name).
    pub name: String,
    /// Every other name to match: the bundled name and the corrections' extra names.
    pub aliases: Vec<String>,
    /// Centre of its postcodes.
    pub location: LatLng,
    /// Population proxy: the 2011 small-area estimate, else the postcode-count estimate.
    pub population: u64,
    pub nation: Nation,
}

/// Something a name can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Named {
    /// Index into [`Tables::places`].
    Place(usize),
    /// Index into [`Tables::authorities`].
    Authority(usize),
}

/// All bundled geodata, indexed for lookup.
#[derive(Debug, Clone)]
pub(crate) struct Tables {
    pub districts: HashMap<String, Centroid>,
    /// Sector centroids in file order; [`Tables::sector_index`] finds one by key.
    pub sectors: Vec<Centroid>,
    pub sector_index: HashMap<String, usize>,
    pub places: Vec<PlaceRecord>,
    pub authorities: Vec<Authority>,
}

impl Tables {
    /// The centroid of sector `key` (`B15 2`).
    pub(crate) fn sector(&self, key: &str) -> Option<&Centroid> {
        self.sector_index.get(key).map(|&i| &self.sectors[i])
    }

    /// What a candidate is called.
    pub(crate) fn label(&self, n: Named) -> &str {
        match n {
            Named::Place(i) => &self.places[i].name,
            Named::Authority(i) => &self.authorities[i].name,
        }
    }

    /// Where a candidate is.
    pub(crate) fn location(&self, n: Named) -> LatLng {
        match n {
            Named::Place(i) => self.places[i].location,
            Named::Authority(i) => self.authorities[i].location,
        }
    }

    /// How many people live there (head count or proxy; 0 when unknown).
    pub(crate) fn population(&self, n: Named) -> u64 {
        match n {
            Named::Place(i) => self.places[i].population,
            Named::Authority(i) => self.authorities[i].population,
        }
    }

    /// Which nation a candidate is in.
    pub(crate) fn nation(&self, n: Named) -> Nation {
        match n {
            Named::Place(i) => self.places[i].nation,
            Named::Authority(i) => self.authorities[i].nation,
        }
    }

    /// The local authority a candidate is, or lies in (index into `authorities`).
    pub(crate) fn authority_of(&self, n: Named) -> usize {
        match n {
            Named::Place(i) => self.places[i].authority,
            Named::Authority(i) => i,
        }
    }
}
