//! A static tree of bounding spheres over sites stored in H3 order, and its search.
//!
//! Sites are sorted by their H3 cell, so each cell's sites form one contiguous run. The tree
//! follows the H3 hierarchy down to the density: a cell with at most [`LEAF`] sites is a leaf;
//! a fuller one is split into its child cells (dense towns reach fine resolutions, the
//! countryside stays coarse), small sibling cells sharing a leaf (see `build.rs`). Each node
//! keeps the OR of its sites' masks and a sphere (centre, radius) holding all its sites,
//! measured from the sites themselves, so no H3 geometry (pentagons, distortion, children
//! overhanging their parent) can make a bound wrong.
//!
//! The search is best-first by lower bound: for a site `s` under a node with centre `c` and
//! radius `r`, the triangle inequality gives `|o − s| ≥ |o − c| − r` for chords, and the
//! great-circle distance grows with the chord. Nodes come off a min-heap in order of that bound
//! and the search stops once the bound exceeds the threshold (the `k`-th best distance so far,
//! or the maximum distance): every site not scanned is then provably farther than every result.
//! A greedy probe first scans the leaves nearest the origin so that the threshold is tight
//! before the heap fills. Within a leaf, sites are sorted by latitude: only the latitude band of
//! the threshold is scanned, and each site is screened by a cheap exact lower bound on
//! haversine's `a` and by its mask before the haversine itself.

use super::geom::{distance_m, hav_lower_bound};
use super::limits::{Query, Search};
use super::nodes::{FANOUT, Nodes};
use super::topk::key;
use super::{Mask, Site, passes};
use std::cmp::Reverse;
use std::ops::Range;

/// Most sites in a leaf.
pub(crate) const LEAF: usize = 32;

/// Sites in H3 order (column-wise) plus the sphere tree over them.
#[derive(Debug, Default)]
pub(crate) struct Tree {
    /// (latitude, longitude) in degrees.
    pub(super) coords: Vec<[f64; 2]>,
    /// H3 key of each slot ([`super::site_key`]); in key order but for the latitude order
    /// within each leaf.
    pub(super) keys: Vec<u64>,
    pub(super) ids: Vec<u32>,
    pub(super) projects: Vec<u32>,
    /// Index into `masks` (masks are interned: registries repeat few attribute sets).
    pub(super) mask_of: Vec<u32>,
    pub(super) masks: Vec<Mask>,
    pub(super) nodes: Nodes,
}

impl Tree {
    /// Number of sites stored.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    /// The site in slot `i`.
    pub(crate) fn site(&self, i: usize) -> Site {
        let [lat, lon] = self.coords[i];
        Site {
            id: self.ids[i],
            project: self.projects[i],
            lat,
            lon,
            mask: self.masks[self.mask_of[i] as usize],
        }
    }

    /// Project of the site in slot `i`.
    pub(crate) fn project(&self, i: usize) -> u32 {
        self.projects[i]
    }

    /// Approximate heap bytes held.
    pub(crate) fn memory_bytes(&self) -> usize {
        use std::mem::size_of;
        self.coords.capacity() * size_of::<[f64; 2]>()
            + self.keys.capacity() * size_of::<u64>()
            + (self.ids.capacity() + self.projects.capacity() + self.mask_of.capacity())
                * size_of::<u32>()
            + self.masks.capacity() * size_of::<Mask>()
            + self.nodes.memory_bytes()
    }

    /// Offers to `s` every site that could be among its results, skipping slots set in `dead`.
    pub(crate) fn search(&self, q: &Query<'_>, s: &mut Search, dead: Option<&[u64]>) {
        let Some(top) = self.nodes.top() else {
            return;
        };
        let probed = self.probe(top, q, s, dead);
        s.heap.clear();
        self.push_children(top, q, s);
        while let Some(Reverse(item)) = s.heap.pop() {
            if f32::from_bits((item >> 32) as u32) > s.thr_chord {
                break;
            }
            let node = item as u32;
            let (b, j) = (node as usize / FANOUT, node as usize % FANOUT);
            if !self.nodes.is_leaf(b, j) {
                self.push_children(self.nodes.children(b, j), q, s);
            } else if !probed.contains(&node) {
                self.scan(self.nodes.sites(b, j), q, s, dead);
            }
        }
    }

    /// Descends greedily (nearest sphere centre) to the block holding the nearest leaf and
    /// scans that block's leaves, nearest first, so that the threshold is tight before the
    /// best-first pass (which then queues far fewer nodes). Returns the leaves scanned, as
    /// `block * FANOUT + slot` (`u32::MAX` = none).
    fn probe(
        &self,
        top: usize,
        q: &Query<'_>,
        s: &mut Search,
        dead: Option<&[u64]>,
    ) -> [u32; FANOUT] {
        let mut b = top;
        let bounds = loop {
            let bounds = self.nodes.bounds(b, q.unit);
            let mut nearest = None;
            let mut nearest_d = f32::INFINITY;
            for (j, &bound) in bounds.iter().enumerate().take(self.nodes.count(b)) {
                let d = bound + self.nodes.radius(b, j);
                if d < nearest_d && passes(self.nodes.mask(b, j), q.groups) {
                    nearest = Some(j);
                    nearest_d = d;
                }
            }
            match nearest {
                Some(j) if !self.nodes.is_leaf(b, j) => b = self.nodes.children(b, j),
                _ => break bounds,
            }
        };
        let mut order = [(f32::INFINITY, u32::MAX); FANOUT];
        for (j, (o, &bound)) in order.iter_mut().zip(bounds.iter()).enumerate() {
            if j < self.nodes.count(b)
                && self.nodes.is_leaf(b, j)
                && passes(self.nodes.mask(b, j), q.groups)
            {
                *o = (bound, (b * FANOUT + j) as u32);
            }
        }
        order.sort_unstable_by(|x, y| x.0.total_cmp(&y.0));
        let mut scanned = [u32::MAX; FANOUT];
        for (slot, &(bound, node)) in scanned.iter_mut().zip(order.iter()) {
            if node == u32::MAX || bound > s.thr_chord {
                break;
            }
            self.scan(self.nodes.sites(b, node as usize % FANOUT), q, s, dead);
            *slot = node;
        }
        scanned
    }

    /// Queues the nodes of block `b` that the limits and the filter leave in play.
    #[inline]
    fn push_children(&self, b: usize, q: &Query<'_>, s: &mut Search) {
        let bounds = self.nodes.bounds(b, q.unit);
        for (j, &bound) in bounds.iter().enumerate().take(self.nodes.count(b)) {
            if bound <= s.thr_chord && passes(self.nodes.mask(b, j), q.groups) {
                let bits = u64::from(bound.max(0.0).to_bits());
                s.heap.push(Reverse((bits << 32) | (b * FANOUT + j) as u64));
            }
        }
    }

    /// Scans the sites of a leaf (sorted by latitude) within the latitude band of the
    /// threshold, screening each by a cheap bound before the mask and the haversine.
    #[inline]
    fn scan(&self, range: Range<usize>, q: &Query<'_>, s: &mut Search, dead: Option<&[u64]>) {
        let coords = &self.coords[range.clone()];
        let mask_of = &self.mask_of[range.clone()];
        let from = coords.partition_point(|c| c[0] < q.lat - s.thr_lat);
        for (j, (&[lat, lon], &m)) in coords.iter().zip(mask_of).enumerate().skip(from) {
            let dlat = lat - q.lat;
            if dlat > s.thr_lat {
                break;
            }
            if !self
                .masks
                .get(m as usize)
                .is_some_and(|&m| passes(m, q.groups))
                || hav_lower_bound(dlat, lon - q.lon, s.c1c2).is_some_and(|a| a > s.thr_hav)
            {
                continue;
            }
            let d = distance_m(q.lat, q.lon, lat, lon);
            let i = range.start + j;
            // A NaN distance is dropped (geo's haversine of near-antipodes).
            if d.is_nan()
                || d > s.thr_m
                || dead.is_some_and(|b| b.get(i >> 6).is_some_and(|w| w >> (i & 63) & 1 == 1))
            {
                continue;
            }
            if s.top.offer(key(d, self.projects[i], self.ids[i])) {
                s.refresh(q);
            }
        }
    }
}
