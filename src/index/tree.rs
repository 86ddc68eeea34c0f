//! A static tree of bounding spheres over sites stored in H3 order.
//!
//! Sites are sorted by their resolution-15 H3 cell, so every H3 cell's sites are one contiguous
//! run. Leaves are runs of at most [`LEAF`] sites, cut preferably where the H3 cell changes at
//! the coarsest resolution (so a leaf is a whole cell or a few sibling cells: dense towns get
//! small cells, the countryside large ones). Parents group at most [`FANOUT`] consecutive nodes
//! the same way, up to one root. Each node keeps the OR of its sites' masks and a sphere
//! (centre, radius) that holds all its sites, measured from the sites themselves at build time.
//!
//! The search is best-first by lower bound: for a site `s` in a node with centre `c` and radius
//! `r`, the triangle inequality gives `|o − s| ≥ |o − c| − r` for chords, and the great-circle
//! distance grows with the chord. Nodes come off a min-heap in order of that bound; the search
//! stops once the bound exceeds the current threshold (the `k`-th best distance, or the maximum
//! distance), so every site not scanned is provably farther than every result.

use super::geom::{chord, chord_limit, distance_m, f32_down, f32_up, lat_limit_deg, unit};
use super::topk::{TopK, key, key_distance};
use super::{Mask, Site, passes};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
pub static C: [AtomicUsize; 6] = [const { AtomicUsize::new(0) }; 6];

/// Most sites in a leaf.
const LEAF: usize = 32;
/// Most children of an inner node.
const FANOUT: usize = 4;
/// A cut between two keys whose first difference is at this many leading zero bits or fewer
/// (a different base cell, or a different cell at resolution 4 or coarser) is taken even if it
/// leaves a small group: such neighbours can be far apart.
const COARSE_BREAK: u32 = 30;

/// One node: a sphere around its sites, their mask OR, and its range.
#[derive(Clone, Copy, Debug)]
struct Node {
    /// Sphere centre (unit-sphere coordinates; need not lie on the sphere).
    centre: [f32; 3],
    /// Sphere radius on the unit sphere, rounded up.
    radius: f32,
    /// OR of the masks of the sites below, low and high halves.
    mask: [u64; 2],
    /// Leaves: site range. Inner nodes: child node range.
    lo: u32,
    hi: u32,
}

/// Sites in H3 order plus the sphere tree over them. Nodes `0..leaves` are leaves; the last
/// node is the root.
#[derive(Debug, Default)]
pub(crate) struct Tree {
    /// (latitude, longitude) in degrees.
    coords: Vec<[f64; 2]>,
    ids: Vec<u32>,
    projects: Vec<u32>,
    /// Index into `masks` (masks are interned: registries repeat few attribute sets).
    mask_of: Vec<u32>,
    masks: Vec<Mask>,
    nodes: Vec<Node>,
    leaves: usize,
}

/// A validated query.
pub(crate) struct Query<'a> {
    pub lat: f64,
    pub lon: f64,
    pub unit: [f64; 3],
    pub groups: &'a [Mask],
}

/// Search state shared by the trees searched for one query.
pub(crate) struct Search {
    pub top: TopK,
    heap: BinaryHeap<Reverse<u64>>,
    max_m: f64,
    /// No site farther than this (metres) can enter the results.
    thr_m: f64,
    /// Chord form of `thr_m`, with margin.
    thr_chord: f64,
    /// Latitude-difference form of `thr_m`, degrees, with margin.
    thr_lat: f64,
}

impl Search {
    pub(crate) fn new(k: usize, max_m: f64) -> Self {
        let mut s = Search {
            top: TopK::new(k),
            heap: BinaryHeap::new(),
            max_m,
            thr_m: max_m,
            thr_chord: 0.0,
            thr_lat: 0.0,
        };
        s.refresh();
        s
    }

    fn refresh(&mut self) {
        let kth = self.top.worst_if_full().map_or(f64::INFINITY, key_distance);
        self.thr_m = kth.min(self.max_m);
        self.thr_chord = chord_limit(self.thr_m);
        self.thr_lat = lat_limit_deg(self.thr_m);
    }
}

impl Tree {
    /// Builds from `n` sites already sorted by H3 key: `keys[i]` is the key of `site(i)`.
    pub(crate) fn build(keys: &[u64], site: impl Fn(usize) -> Site) -> Tree {
        let n = keys.len();
        let mut t = Tree {
            coords: Vec::with_capacity(n),
            ids: Vec::with_capacity(n),
            projects: Vec::with_capacity(n),
            mask_of: Vec::with_capacity(n),
            ..Tree::default()
        };
        let mut interned: HashMap<Mask, u32> = HashMap::new();
        let mut units = Vec::with_capacity(n);
        for i in 0..n {
            let s = site(i);
            t.coords.push([s.lat, s.lon]);
            t.ids.push(s.id);
            t.projects.push(s.project);
            let next = t.masks.len() as u32;
            let m = *interned.entry(s.mask).or_insert(next);
            if m == next {
                t.masks.push(s.mask);
            }
            t.mask_of.push(m);
            units.push(unit(s.lat, s.lon));
        }
        t.masks.shrink_to_fit();
        if n == 0 {
            return t;
        }

        // Leaves.
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for g in groups(keys, LEAF) {
            let mask = t.mask_of[g.clone()]
                .iter()
                .fold(0, |acc, &m| acc | t.masks[m as usize]);
            t.nodes
                .push(sphere(&units[g.clone()], mask, g.start, g.end));
            ranges.push(g);
        }
        t.leaves = t.nodes.len();

        // Inner levels until one root.
        let mut level = 0..t.nodes.len();
        while level.len() > 1 {
            let firsts: Vec<u64> = ranges[level.clone()]
                .iter()
                .map(|r| keys[r.start])
                .collect();
            let start = t.nodes.len();
            for g in groups(&firsts, FANOUT) {
                let (a, b) = (level.start + g.start, level.start + g.end);
                let sites = ranges[a].start..ranges[b - 1].end;
                let mask = t.nodes[a..b].iter().fold(0, |acc, n| acc | node_mask(n));
                t.nodes.push(sphere(&units[sites.clone()], mask, a, b));
                ranges.push(sites);
            }
            level = start..t.nodes.len();
        }
        t.nodes.shrink_to_fit();
        t
    }

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
            + (self.ids.capacity() + self.projects.capacity() + self.mask_of.capacity())
                * size_of::<u32>()
            + self.masks.capacity() * size_of::<Mask>()
            + self.nodes.capacity() * size_of::<Node>()
    }

    /// Offers to `s` every site that could be among its results, skipping slots set in `dead`.
    pub(crate) fn search(&self, q: &Query<'_>, s: &mut Search, dead: Option<&[u64]>) {
        let Some(root) = self.nodes.len().checked_sub(1) else {
            return;
        };
        s.heap.clear();
        self.push(root, q, s);
        while let Some(Reverse(item)) = s.heap.pop() {
            let bound = f32::from_bits((item >> 32) as u32);
            if f64::from(bound) > s.thr_chord {
                break;
            }
            let i = (item & 0xffff_ffff) as usize;
            C[1].fetch_add(1, Relaxed);
            let node = self.nodes[i];
            let range = node.lo as usize..node.hi as usize;
            if i < self.leaves {
                self.scan(range, q, s, dead);
            } else {
                for child in range {
                    self.push(child, q, s);
                }
            }
        }
    }

    /// Queues node `i` unless its mask or its bound rules it out.
    #[inline]
    fn push(&self, i: usize, q: &Query<'_>, s: &mut Search) {
        let n = &self.nodes[i];
        if !passes(node_mask(n), q.groups) {
            return;
        }
        C[0].fetch_add(1, Relaxed);
        let c = n.centre.map(f64::from);
        let bound = (chord(q.unit, c) - f64::from(n.radius)).max(0.0);
        if bound > s.thr_chord {
            return;
        }
        let bits = u64::from(f32_down(bound).to_bits());
        s.heap.push(Reverse((bits << 32) | i as u64));
    }

    #[inline]
    fn scan(&self, range: Range<usize>, q: &Query<'_>, s: &mut Search, dead: Option<&[u64]>) {
        let coords = &self.coords[range.clone()];
        let mask_of = &self.mask_of[range.clone()];
        for (j, (&[lat, lon], &m)) in coords.iter().zip(mask_of).enumerate() {
            C[2].fetch_add(1, Relaxed);
            if (lat - q.lat).abs() > s.thr_lat {
                continue;
            }
            C[3].fetch_add(1, Relaxed);
            if !passes(self.masks[m as usize], q.groups) {
                continue;
            }
            C[4].fetch_add(1, Relaxed);
            let d = distance_m(q.lat, q.lon, lat, lon);
            // `!(d <= …)` also drops a NaN distance (geo's haversine of near-antipodes).
            if !(d <= s.thr_m) {
                continue;
            }
            let i = range.start + j;
            if dead.is_some_and(|b| b.get(i >> 6).is_some_and(|w| w >> (i & 63) & 1 == 1)) {
                continue;
            }
            C[5].fetch_add(1, Relaxed);
            if s.top.offer(key(d, self.projects[i], self.ids[i])) {
                s.refresh();
            }
        }
    }
}

fn node_mask(n: &Node) -> Mask {
    (Mask::from(n.mask[1]) << 64) | Mask::from(n.mask[0])
}

/// A node whose sphere holds `units` (the unit vectors of its sites).
fn sphere(units: &[[f64; 3]], mask: Mask, lo: usize, hi: usize) -> Node {
    let sum = units
        .iter()
        .fold([0.0; 3], |a, u| [a[0] + u[0], a[1] + u[1], a[2] + u[2]]);
    let norm = chord(sum, [0.0; 3]);
    let centre = if norm > 1e-9 {
        sum.map(|x| x / norm)
    } else {
        units[0]
    };
    // Radii are measured from the centre exactly as stored, so rounding the centre is harmless.
    let centre = centre.map(|x| x as f32);
    let c = centre.map(f64::from);
    let radius = units.iter().fold(0.0f64, |r, &u| r.max(chord(u, c)));
    Node {
        centre,
        radius: f32_up(radius),
        mask: [mask as u64, (mask >> 64) as u64],
        lo: lo as u32,
        hi: hi as u32,
    }
}

/// Splits `0..keys.len()` (sorted keys) into consecutive groups of at most `cap`, cutting where
/// neighbouring keys first differ at the coarsest H3 resolution, and not below `cap / 2` unless
/// the break is coarse (see [`COARSE_BREAK`]).
fn groups(keys: &[u64], cap: usize) -> Vec<Range<usize>> {
    let n = keys.len();
    let mut out = Vec::with_capacity(n / (cap / 2).max(1) + 1);
    let mut i = 0;
    while i < n {
        let j = (i + cap).min(n);
        let mut cut = j;
        if j < n {
            let mut best = (keys[j - 1] ^ keys[j]).leading_zeros();
            for m in (i + 1..j).rev() {
                let lz = (keys[m - 1] ^ keys[m]).leading_zeros();
                if lz < best && (m - i >= cap / 2 || lz <= COARSE_BREAK) {
                    best = lz;
                    cut = m;
                }
            }
        }
        out.push(i..cut);
        i = cut;
    }
    out
}
