//! The reference search: scan every site.

use super::geom::distance_m;
use super::hash::IntHash;
use super::limits::Query;
use super::topk::key;
use super::{Hit, Site, hit, passes};
use std::collections::HashMap;

/// Nearest `k` projects among `sites` for a validated query, by exhaustive scan.
pub(crate) fn nearest(
    sites: impl Iterator<Item = Site>,
    q: &Query<'_>,
    k: usize,
    max_m: f64,
) -> Vec<Hit> {
    let mut best: HashMap<u32, u128, IntHash> = HashMap::default();
    for s in sites {
        if !passes(s.mask, q.groups) {
            continue;
        }
        let d = distance_m(q.lat, q.lon, s.lat, s.lon);
        // Also drops a NaN distance, as the index does.
        if d.is_nan() || d > max_m {
            continue;
        }
        let candidate = key(d, s.project, s.id);
        best.entry(s.project)
            .and_modify(|b| *b = (*b).min(candidate))
            .or_insert(candidate);
    }
    let mut keys: Vec<u128> = best.into_values().collect();
    keys.sort_unstable();
    keys.truncate(k);
    keys.into_iter().map(hit).collect()
}
