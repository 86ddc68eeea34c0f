//! The cells the coverage map is drawn in: H3 resolution 5 (about 17 km across) over the
//! four nations' outlines.
//!
//! A cell belongs to the nation whose outline holds its centre (as h3o's tiler does in
//! its `ContainsCentroid` mode). Candidates come from a lattice of points finer than a
//! cell over the nations' box, and each centre is tested against the outlines simplified
//! to about 1 km: this takes milliseconds where tiling every island of the full
//! coastline took seconds.

use crate::domain::Nation;
use crate::map::Outlines;
use geo::{BoundingRect, Contains, Point, Polygon, Rect, Simplify};
use h3o::{CellIndex, Resolution};
use std::collections::BTreeSet;

/// About 17 km across: fine enough to show a town's gap, light enough for one page.
pub const RESOLUTION: Resolution = Resolution::Five;

/// Outline detail kept, in degrees (about 1 km): far finer than a cell.
const DETAIL_DEGREES: f64 = 0.01;
/// Lattice spacing in degrees (at most 4.5 km), well under a cell's inner radius (~8 km),
/// so every cell over the nations holds a lattice point.
const STEP_DEGREES: f64 = 0.04;

/// One cell of the grid and the nation its centre is in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridCell {
    pub cell: CellIndex,
    pub nation: Nation,
    pub lat: f64,
    pub lon: f64,
}

/// A nation's polygons, each with its bounding box to skip it quickly.
type Boxed = (Nation, Vec<(Rect<f64>, Polygon<f64>)>);

/// Every cell whose centre falls inside a nation's outline, sorted by cell.
pub fn tile(outlines: &Outlines) -> Vec<GridCell> {
    let shapes: Vec<Boxed> = outlines
        .shapes()
        .iter()
        .map(|(nation, shape)| {
            let polygons = shape
                .simplify(DETAIL_DEGREES)
                .0
                .into_iter()
                .filter_map(|p| Some((p.bounding_rect()?, p)))
                .collect();
            (*nation, polygons)
        })
        .collect();
    let Some(bounds) = shapes
        .iter()
        .flat_map(|(_, ps)| ps.iter().map(|(r, _)| *r))
        .reduce(|a, b| {
            Rect::new(
                (a.min().x.min(b.min().x), a.min().y.min(b.min().y)),
                (a.max().x.max(b.max().x), a.max().y.max(b.max().y)),
            )
        })
    else {
        return Vec::new();
    };
    let mut candidates = BTreeSet::new();
    let rows = ((bounds.height() / STEP_DEGREES).ceil() as usize) + 1;
    let cols = ((bounds.width() / STEP_DEGREES).ceil() as usize) + 1;
    for row in 0..=rows {
        for col in 0..=cols {
            let lat = bounds.min().y + row as f64 * STEP_DEGREES;
            let lon = bounds.min().x + col as f64 * STEP_DEGREES;
            if let Ok(ll) = h3o::LatLng::new(lat, lon) {
                candidates.insert(ll.to_cell(RESOLUTION));
            }
        }
    }
    candidates
        .into_iter()
        .filter_map(|cell| {
            let centre = h3o::LatLng::from(cell);
            let point = Point::new(centre.lng(), centre.lat());
            let nation = shapes.iter().find_map(|(nation, polygons)| {
                polygons
                    .iter()
                    .any(|(rect, p)| rect.contains(&point) && p.contains(&point))
                    .then_some(*nation)
            })?;
            Some(GridCell {
                cell,
                nation,
                lat: centre.lat(),
                lon: centre.lng(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_covers_the_four_nations_and_not_the_sea() {
        let grid = tile(&Outlines::bundled());
        assert!((900..1_300).contains(&grid.len()), "{} cells", grid.len());
        assert!(grid.iter().all(|g| g.cell.resolution() == RESOLUTION));
        assert!(
            grid.windows(2).all(|w| w[0].cell < w[1].cell),
            "sorted, no repeats"
        );
        let nation_at = |lat: f64, lon: f64| {
            let cell = h3o::LatLng::new(lat, lon).unwrap().to_cell(RESOLUTION);
            grid.iter().find(|g| g.cell == cell).map(|g| g.nation)
        };
        assert_eq!(
            nation_at(52.4814, -1.8998),
            Some(Nation::England),
            "Birmingham"
        );
        // Inland places: a coastal town's cell may have its centre in the sea.
        assert_eq!(
            nation_at(52.2420, -3.3790),
            Some(Nation::Wales),
            "Llandrindod Wells"
        );
        assert_eq!(
            nation_at(57.1950, -3.8260),
            Some(Nation::Scotland),
            "Aviemore"
        );
        assert_eq!(
            nation_at(54.3503, -6.6528),
            Some(Nation::NorthernIreland),
            "Armagh"
        );
        assert_eq!(nation_at(55.0, 2.0), None, "the North Sea");
        assert_eq!(
            nation_at(54.2, -4.55),
            None,
            "the Isle of Man is not in the UK"
        );
    }
}
