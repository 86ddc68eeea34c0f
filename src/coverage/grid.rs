//! The cells the coverage map is drawn in: H3 resolution 5 (about 17 km across) over the
//! four nations' outlines.

use crate::domain::Nation;
use crate::map::Outlines;
use h3o::geom::{ContainmentMode, TilerBuilder};
use h3o::{CellIndex, Resolution};

/// About 17 km across: fine enough to show a town's gap, light enough for one page.
pub const RESOLUTION: Resolution = Resolution::Five;

/// One cell of the grid and the nation its centre is in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridCell {
    pub cell: CellIndex,
    pub nation: Nation,
    pub lat: f64,
    pub lon: f64,
}

/// Every cell whose centre falls inside a nation's outline, sorted by cell.
pub fn tile(outlines: &Outlines) -> Vec<GridCell> {
    let mut out = Vec::new();
    for (nation, shape) in outlines.shapes() {
        let mut tiler = TilerBuilder::new(RESOLUTION)
            .containment_mode(ContainmentMode::ContainsCentroid)
            .build();
        for polygon in shape.iter() {
            // A broken ring in the bundled data would only lose that island.
            let _ = tiler.add(polygon.clone());
        }
        out.extend(tiler.into_coverage().map(|cell| {
            let centre = h3o::LatLng::from(cell);
            GridCell {
                cell,
                nation: *nation,
                lat: centre.lat(),
                lon: centre.lng(),
            }
        }));
    }
    out.sort_by_key(|g| g.cell);
    out.dedup_by_key(|g| g.cell);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_covers_all_four_nations_in_about_a_thousand_cells() {
        let grid = tile(&Outlines::bundled());
        for n in Nation::ALL {
            assert!(grid.iter().any(|g| g.nation == *n), "{n:?}");
        }
        assert!((600..2_000).contains(&grid.len()), "{} cells", grid.len());
        assert!(grid.iter().all(|g| g.cell.resolution() == RESOLUTION));
    }
}
