//! Matching projects per H3 cell (for the map).

use super::{Filter, Site};
use h3o::{CellIndex, LatLng, Resolution};
use std::collections::HashMap;

/// See [`super::NearestIndex::count_by_cell`].
pub(crate) fn count_by_cell(
    sites: impl Iterator<Item = Site>,
    res: Resolution,
    filter: &Filter,
    within: Option<CellIndex>,
) -> Vec<(CellIndex, Vec<u32>)> {
    let mut by_cell: HashMap<CellIndex, Vec<u32>> = HashMap::new();
    for s in sites {
        if !filter.passes(s.mask) {
            continue;
        }
        let Ok(ll) = LatLng::new(s.lat, s.lon) else {
            continue;
        };
        let cell = ll.to_cell(res);
        if within.is_some_and(|w| cell.parent(w.resolution()) != Some(w)) {
            continue;
        }
        by_cell.entry(cell).or_default().push(s.project);
    }
    let mut out: Vec<(CellIndex, Vec<u32>)> = by_cell
        .into_iter()
        .map(|(c, mut p)| {
            p.sort_unstable();
            p.dedup();
            (c, p)
        })
        .collect();
    out.sort_unstable_by_key(|(c, _)| *c);
    out
}
