//! The four nations as places: where each is (from its postcode sector centres), a
//! nation typed as a place, and the nation nearest a point.

use super::tables::Centroid;
use super::{Geocoder, Place, PlacePrecision};
use crate::domain::{LatLng, Nation};

/// Where a nation is, from its postcode sector centres (WGS84 degrees).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NationExtent {
    /// The mean of its sector centres: a point to frame a map on, not to measure from.
    pub centre: LatLng,
    pub south_west: LatLng,
    pub north_east: LatLng,
}

/// The extent of each nation's sector centres, in [`Nation::ALL`] order (`None` for a
/// nation with no sector in the data, which the bundled data never lacks).
pub(super) fn nation_extents(sectors: &[Centroid]) -> [Option<NationExtent>; 4] {
    std::array::from_fn(|i| {
        let mut points = sectors
            .iter()
            .filter(|c| c.nation == Nation::ALL[i])
            .map(|c| c.location);
        let first = points.next()?;
        let (mut sum_lat, mut sum_lon, mut n) = (first.lat(), first.lon(), 1.0);
        let (mut south, mut west, mut north, mut east) =
            (first.lat(), first.lon(), first.lat(), first.lon());
        for p in points {
            sum_lat += p.lat();
            sum_lon += p.lon();
            n += 1.0;
            south = south.min(p.lat());
            north = north.max(p.lat());
            west = west.min(p.lon());
            east = east.max(p.lon());
        }
        Some(NationExtent {
            centre: LatLng::new(sum_lat / n, sum_lon / n).ok()?,
            south_west: LatLng::new(south, west).ok()?,
            north_east: LatLng::new(north, east).ok()?,
        })
    })
}

/// Points for the nearest-point index, one per item; the site id is the item's position.
pub(super) fn points<T>(
    items: &[T],
    keep: impl Fn(&T) -> bool,
    at: impl Fn(&T) -> LatLng,
) -> crate::index::NearestIndex {
    let sites = items
        .iter()
        .enumerate()
        .filter(|(_, item)| keep(item))
        .map(|(i, item)| crate::index::Site {
            id: i as u32,
            project: i as u32,
            lat: at(item).lat(),
            lon: at(item).lon(),
            mask: 1,
        })
        .collect();
    crate::index::NearestIndex::build(sites)
}

impl Geocoder {
    /// Where `nation` is: its centre (for framing a map) and the corners of its extent.
    /// `None` only for a nation with no postcode sector in the data.
    pub fn nation_extent(&self, nation: Nation) -> Option<NationExtent> {
        let i = Nation::ALL.iter().position(|n| *n == nation)?;
        self.nations[i]
    }

    /// The nation as a whole, as a [`Place`] of [`PlacePrecision::Nation`].
    pub(super) fn nation_place(&self, nation: Nation) -> Option<Place> {
        Some(Place {
            label: nation.label().to_string(),
            location: self.nation_extent(nation)?.centre,
            precision: PlacePrecision::Nation,
            nation,
            council: None,
        })
    }

    /// The nation of the postcode sector centre nearest to `at`, and its distance in metres.
    pub fn nearest_nation(&self, at: LatLng) -> (Nation, f64) {
        let all = crate::index::Filter::default();
        self.sector_points
            .nearest(at.lat(), at.lon(), 1, &all, None)
            .first()
            .and_then(|hit| {
                Some((
                    self.tables.sectors.get(hit.site as usize)?.nation,
                    hit.distance_m,
                ))
            })
            .unwrap_or((Nation::England, f64::INFINITY))
    }
}
