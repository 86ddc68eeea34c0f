//! Search state: the results so far and the pruning limits derived from them.

use super::geom::{chord_limit, f32_up, hav_limit, lat_limit_deg, unit};
use super::topk::{TopK, key_distance};
use super::{Filter, Mask};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A validated query.
pub(crate) struct Query<'a> {
    /// Origin, degrees.
    pub lat: f64,
    pub lon: f64,
    /// Origin on the unit sphere.
    pub unit: [f32; 3],
    /// cos of the origin's latitude.
    pub cos_lat: f64,
    pub groups: &'a [Mask],
}

impl<'a> Query<'a> {
    pub(crate) fn new(lat: f64, lon: f64, filter: &'a Filter) -> Self {
        Query {
            lat,
            lon,
            unit: unit(lat, lon).map(|x| x as f32),
            cos_lat: lat.to_radians().cos(),
            groups: &filter.groups,
        }
    }
}

/// State shared by the trees searched for one query. Every limit derives from `thr_m` and may
/// lag behind it: a larger limit only prunes less.
pub(crate) struct Search {
    pub top: TopK,
    /// Nodes to visit: (f32 bits of the chord lower bound) << 32 | node.
    pub heap: BinaryHeap<Reverse<u64>>,
    max_m: f64,
    /// No site farther than this (metres) can enter the results.
    pub thr_m: f64,
    /// Chord form of `thr_m` (unit sphere), with margin.
    pub thr_chord: f32,
    /// Latitude-difference form of `thr_m`, degrees, with margin.
    pub thr_lat: f64,
    /// Limit on haversine's `a`, with margin.
    pub thr_hav: f64,
    /// A lower bound on cos φ1·cos φ2 for sites within `lat_at_c1c2` degrees of latitude.
    pub c1c2: f64,
    lat_at_c1c2: f64,
}

impl Search {
    pub(crate) fn new(k: usize, max_m: f64, q: &Query<'_>) -> Self {
        let mut s = Search {
            top: TopK::new(k),
            heap: BinaryHeap::with_capacity(256),
            max_m,
            thr_m: max_m,
            thr_chord: 0.0,
            thr_lat: 0.0,
            thr_hav: 0.0,
            c1c2: 0.0,
            lat_at_c1c2: f64::INFINITY,
        };
        s.set_threshold(max_m);
        s.update_c1c2(q);
        s
    }

    fn set_threshold(&mut self, thr_m: f64) {
        self.thr_m = thr_m;
        self.thr_chord = f32_up(chord_limit(thr_m));
        self.thr_lat = lat_limit_deg(thr_m);
        self.thr_hav = hav_limit(thr_m);
    }

    /// Tightens the limits after the results changed.
    pub(crate) fn refresh(&mut self, q: &Query<'_>) {
        let kth = self.top.worst_if_full().map_or(f64::INFINITY, key_distance);
        let thr_m = kth.min(self.max_m);
        if thr_m < self.thr_m {
            self.set_threshold(thr_m);
        }
        self.update_c1c2(q);
    }

    fn update_c1c2(&mut self, q: &Query<'_>) {
        // cos φ2 ≥ cos(|φ1| + Δφmax): recomputed only when the band has halved (a cos costs).
        if self.thr_lat < self.lat_at_c1c2 * 0.5 {
            let far = (q.lat.abs() + self.thr_lat).min(90.0);
            self.c1c2 = (q.cos_lat * far.to_radians().cos()).max(0.0) * (1.0 - 1e-9);
            self.lat_at_c1c2 = self.thr_lat;
        }
    }
}
