//! Exact, in-memory nearest-site search over the registry's sites, ordered by H3.
//!
//! Coordinates are WGS84 degrees; distances are great-circle metres on a sphere of radius
//! 6,371,008.8 m, always computed by `geo::Haversine`, so [`NearestIndex::nearest`] and
//! [`NearestIndex::brute_force`] return bit-identical results.
//!
//! Layout: the sites of the last full build sit column-wise in one array sorted by H3 cell
//! (resolution 12), under a tree that follows the H3 hierarchy down to the local density, with
//! per-node mask ORs and bounding spheres measured from the sites (see `tree.rs` for the search
//! and why its stop rule is exact). Masks are interned: a registry repeats few attribute sets.
//! Edits from [`NearestIndex::replace_project`] mark the project's old sites dead and put its
//! new sites in a small second tree searched alongside; once edits outgrow about `4·√n` sites
//! the index is rebuilt.
//!
//! Invalid input never panics: sites with a non-finite coordinate or a latitude outside
//! [-90, 90] are dropped (not stored, not counted); a query with such an origin, a NaN or
//! negative `max_distance_m`, `k == 0`, or a filter group equal to 0 returns no hits. Sites
//! whose haversine distance from the origin comes out NaN (geo's formula at almost exactly
//! antipodal points) are not returned, by either search.

mod brute;
mod build;
mod cells;
mod geom;
mod hash;
mod limits;
mod nodes;
mod topk;
mod tree;

#[cfg(test)]
mod tests;

use geom::valid;
use h3o::{LatLng, Resolution};
use limits::{Query, Search};
use topk::{key_distance, key_project, key_site};
use tree::Tree;

/// Attribute bits of a site (needs, formats, delivery, languages, stage... mapped by the caller).
pub type Mask = u128;

/// A site passes iff for every group g: `site.mask & g != 0`. No groups = everything passes.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub groups: Vec<Mask>,
}

impl Filter {
    /// True if a site with `mask` passes.
    pub fn passes(&self, mask: Mask) -> bool {
        passes(mask, &self.groups)
    }
}

#[inline]
pub(crate) fn passes(mask: Mask, groups: &[Mask]) -> bool {
    groups.iter().all(|&g| mask & g != 0)
}

/// One place where a project meets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Site {
    /// Caller's site id, unique.
    pub id: u32,
    pub project: u32,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    pub mask: Mask,
}

/// A project found by a search, at its nearest passing site.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub site: u32,
    pub project: u32,
    /// Great-circle distance from the origin, metres.
    pub distance_m: f64,
}

/// Exact nearest-project search; see the module docs.
#[derive(Debug, Default)]
pub struct NearestIndex {
    /// Sites of the last full build.
    base: Tree,
    /// Bit per `base` slot: the site was replaced or removed since.
    dead: Vec<u64>,
    dead_count: usize,
    /// `base` slots sorted by (project, slot), to find a project's sites.
    by_project: Vec<u32>,
    /// The `base` slot of each site id (`u32::MAX` for ids not in `base`), to find a
    /// site's point: see [`NearestIndex::point`].
    slot_of: Vec<u32>,
    /// Sites added since the last full build, sorted by (H3 key, id).
    added: Vec<(u64, Site)>,
    /// Tree over `added`.
    added_tree: Tree,
}

/// Resolution of the H3 cells that order sites (about 10 m across; finer costs build time).
pub(crate) const KEY_RESOLUTION: Resolution = Resolution::Twelve;

/// H3 key (cell at [`KEY_RESOLUTION`]) that orders sites; callers pass only valid coordinates.
fn h3_key(s: &Site) -> u64 {
    site_key(s.lat, s.lon)
}

/// The H3 key that orders a site at `lat`, `lon` (degrees) in the index: its cell at
/// [`KEY_RESOLUTION`] as a number, or 0 for coordinates that are not a place. A pure
/// function of the two numbers, so a key worked out once (for the kept copy of the
/// index) serves every later build: see [`NearestIndex::build_with_keys`].
pub fn site_key(lat: f64, lon: f64) -> u64 {
    LatLng::new(lat, lon).map_or(0, |ll| u64::from(ll.to_cell(KEY_RESOLUTION)))
}

/// Sites checked against their given key by [`NearestIndex::build_with_keys`]: one in
/// this many, so that keys from another build's rules are found out.
const KEY_CHECK_EVERY: usize = 997;

/// H3 keys of `sites`, on up to two threads.
fn h3_keys(sites: &[Site]) -> Vec<u64> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(2));
    if threads < 2 || sites.len() < 20_000 {
        return keys_of(sites);
    }
    let (a, b) = sites.split_at(sites.len() / 2);
    std::thread::scope(|s| {
        let other = std::thread::Builder::new().spawn_scoped(s, || keys_of(b));
        let mut keys = keys_of(a);
        match other.map(|h| h.join()) {
            Ok(Ok(kb)) => keys.extend(kb),
            _ => keys.extend(keys_of(b)),
        }
        keys
    })
}

fn keys_of(sites: &[Site]) -> Vec<u64> {
    sites.iter().map(h3_key).collect()
}

/// Reorders `items` in place so that `items[j]` becomes the item that was at `from(j)`;
/// `from` must be a permutation of `0..items.len()` (as the sorted order of their keys is).
///
/// Each cycle of the permutation is followed once, moving items by swaps, with one bit per
/// item to mark those already in place: O(n) time and n/8 bytes besides the items.
fn permute<T>(items: &mut [T], from: impl Fn(usize) -> usize) {
    let mut placed = vec![0u64; items.len().div_ceil(64)];
    for start in 0..items.len() {
        let mut j = start;
        while placed[j >> 6] & (1 << (j & 63)) == 0 {
            placed[j >> 6] |= 1 << (j & 63);
            let k = from(j);
            if k == start {
                break;
            }
            // items[j] takes the item from k; what was at `start` moves on to k.
            items.swap(j, k);
            j = k;
        }
    }
}

impl NearestIndex {
    /// Builds the index; invalid sites are dropped (see the module docs).
    pub fn build(mut sites: Vec<Site>) -> Self {
        sites.retain(|s| valid(s.lat, s.lon));
        let keys = h3_keys(&sites);
        Self::build_keyed(sites, keys)
    }

    /// [`NearestIndex::build`] from sites whose keys ([`site_key`]) are known already,
    /// `keys[i]` being the key of `sites[i]`: the H3 cells of a million sites are a fifth of
    /// a start-up. Keys are checked, one site in [`KEY_CHECK_EVERY`]; when the lengths
    /// differ or a checked key is wrong, every key is worked out again, so the index is the
    /// same as `build` would make whatever `keys` holds.
    pub fn build_with_keys(sites: Vec<Site>, keys: Vec<u64>) -> Self {
        let trusted = keys.len() == sites.len()
            && sites
                .iter()
                .zip(&keys)
                .step_by(KEY_CHECK_EVERY)
                .all(|(s, &k)| k == h3_key(s));
        if !trusted {
            tracing::warn!("site keys given to the index do not match its sites; working them out");
            return Self::build(sites);
        }
        let (sites, keys): (Vec<Site>, Vec<u64>) = sites
            .into_iter()
            .zip(keys)
            .filter(|(s, _)| valid(s.lat, s.lon))
            .unzip();
        Self::build_keyed(sites, keys)
    }

    /// Builds the index from valid `sites` and their keys.
    fn build_keyed(mut sites: Vec<Site>, keys: Vec<u64>) -> Self {
        let mut order: Vec<(u64, u32)> = keys
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i as u32))
            .collect();
        drop(keys);
        order.sort_unstable();
        // In place: a sorted copy of a million sites would be 40 MB more at start-up.
        permute(&mut sites, |j| order[j].1 as usize);
        let keys: Vec<u64> = order.iter().map(|&(k, _)| k).collect();
        drop(order);
        let base = Tree::build(keys, sites);
        let mut by_project: Vec<u64> = (0..base.len())
            .map(|i| (u64::from(base.project(i)) << 32) | i as u64)
            .collect();
        by_project.sort_unstable();
        let ids = base.ids.iter().map(|&id| id as usize + 1);
        let mut slot_of = vec![u32::MAX; ids.max().unwrap_or(0)];
        for (slot, &id) in base.ids.iter().enumerate() {
            slot_of[id as usize] = slot as u32;
        }
        NearestIndex {
            slot_of,
            dead: vec![0; base.len().div_ceil(64)],
            dead_count: 0,
            by_project: by_project.into_iter().map(|x| x as u32).collect(),
            added: Vec::new(),
            added_tree: Tree::default(),
            base,
        }
    }

    /// Replaces all sites of `project` by `sites` (empty = remove the project). Each new site's
    /// `project` field is set to `project`; invalid sites are dropped.
    ///
    /// Cost: O(log n + a) for a project with `a` base sites, plus rebuilding the tree of edited
    /// sites (O(e) for `e` sites edited since the last full build). When `e` plus the removed
    /// base sites exceed `4·√n` (clamped to 256..=65,536) the whole index is rebuilt, so a
    /// full rebuild happens once per thousands of edits (about 4,000 edited sites at 1M).
    pub fn replace_project(&mut self, project: u32, sites: Vec<Site>) {
        let from = self
            .by_project
            .partition_point(|&i| self.base.project(i as usize) < project);
        for &slot in &self.by_project[from..] {
            let slot = slot as usize;
            if self.base.project(slot) != project {
                break;
            }
            if let Some(word) = self.dead.get_mut(slot >> 6) {
                let bit = 1u64 << (slot & 63);
                if *word & bit == 0 {
                    *word |= bit;
                    self.dead_count += 1;
                }
            }
        }
        self.added.retain(|(_, s)| s.project != project);
        for mut s in sites {
            if !valid(s.lat, s.lon) {
                continue;
            }
            s.project = project;
            let k = h3_key(&s);
            let at = self
                .added
                .partition_point(|(k2, s2)| (*k2, s2.id) < (k, s.id));
            self.added.insert(at, (k, s));
        }
        let live = self.len();
        let limit = ((live as f64).sqrt() * 4.0).clamp(256.0, 65_536.0) as usize;
        if self.added.len() + self.dead_count > limit {
            self.compact();
        } else {
            let (keys, sites) = self.added.iter().copied().unzip::<_, _, Vec<_>, Vec<_>>();
            self.added_tree = Tree::build(keys, sites);
        }
    }

    /// Rebuilds from the live sites, dropping the cost of past edits.
    pub fn compact(&mut self) {
        let sites: Vec<Site> = self.sites().collect();
        *self = NearestIndex::build(sites);
    }

    /// Number of sites held.
    pub fn len(&self) -> usize {
        self.base.len() - self.dead_count + self.added.len()
    }

    /// True if no site is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Nearest `k` PROJECTS whose sites pass `filter`, each at its nearest passing site,
    /// optionally only within `max_distance_m` (metres, inclusive); sorted by
    /// (distance_m, project, site) ascending. Returns no hits for an invalid origin (NaN,
    /// infinite, |lat| > 90), a NaN or negative `max_distance_m`, or `k == 0`.
    pub fn nearest(
        &self,
        lat: f64,
        lon: f64,
        k: usize,
        filter: &Filter,
        max_distance_m: Option<f64>,
    ) -> Vec<Hit> {
        let Some((q, max_m)) = prepare(lat, lon, k, filter, max_distance_m) else {
            return Vec::new();
        };
        let mut s = Search::new(k, max_m, &q);
        self.base.search(&q, &mut s, Some(&self.dead));
        self.added_tree.search(&q, &mut s, None);
        s.top.into_sorted().into_iter().map(hit).collect()
    }

    /// Same semantics as [`nearest`](Self::nearest) by scanning every site; the reference for
    /// tests and benchmarks.
    pub fn brute_force(
        &self,
        lat: f64,
        lon: f64,
        k: usize,
        filter: &Filter,
        max_distance_m: Option<f64>,
    ) -> Vec<Hit> {
        match prepare(lat, lon, k, filter, max_distance_m) {
            Some((q, max_m)) => brute::nearest(self.sites(), &q, k, max_m),
            None => Vec::new(),
        }
    }

    /// Approximate heap bytes held by the index.
    pub fn memory_bytes(&self) -> usize {
        use std::mem::size_of;
        self.base.memory_bytes()
            + self.added_tree.memory_bytes()
            + self.dead.capacity() * size_of::<u64>()
            + self.by_project.capacity() * size_of::<u32>()
            + self.slot_of.capacity() * size_of::<u32>()
            + self.added.capacity() * size_of::<(u64, Site)>()
    }

    /// The point (latitude, longitude in degrees) of site `id`, exactly as it was given;
    /// `None` when no site of that id is held (never given, dropped as invalid, or
    /// replaced or removed by [`NearestIndex::replace_project`]).
    ///
    /// Cost: O(1) for a site of the last full build, O(e) for one of the `e` sites edited
    /// since (at most about `4·√n`, see [`NearestIndex::replace_project`]).
    pub fn point(&self, id: u32) -> Option<(f64, f64)> {
        let slot = self.slot_of.get(id as usize).copied().unwrap_or(u32::MAX) as usize;
        if slot < self.base.len() && self.live(slot) {
            let [lat, lon] = self.base.coords[slot];
            return Some((lat, lon));
        }
        self.added
            .iter()
            .find(|(_, s)| s.id == id)
            .map(|(_, s)| (s.lat, s.lon))
    }

    /// The H3 key ([`site_key`]) of site `id`, as the index holds it (no cell worked out).
    pub fn key(&self, id: u32) -> Option<u64> {
        let slot = self.slot_of.get(id as usize).copied().unwrap_or(u32::MAX) as usize;
        if slot < self.base.len() && self.live(slot) {
            return Some(self.base.keys[slot]);
        }
        self.added
            .iter()
            .find(|(_, s)| s.id == id)
            .map(|&(key, _)| key)
    }

    /// Whether `base` slot `i` still holds its site (not replaced or removed since).
    fn live(&self, i: usize) -> bool {
        self.dead.get(i >> 6).is_none_or(|w| w >> (i & 63) & 1 == 0)
    }

    /// Every site held, in no particular order. Sites are yielded by value: the index stores
    /// them column-wise (and interns masks) to stay compact.
    pub fn sites(&self) -> impl Iterator<Item = Site> + '_ {
        (0..self.base.len())
            .filter(|&i| self.live(i))
            .map(|i| self.base.site(i))
            .chain(self.added.iter().map(|&(_, s)| s))
    }

    /// Every site held with its H3 key ([`site_key`]), in no particular order: what the
    /// map counts by, without working out a cell for each site again.
    pub fn sites_with_keys(&self) -> impl Iterator<Item = (u64, Site)> + '_ {
        (0..self.base.len())
            .filter(|&i| self.live(i))
            .map(|i| (self.base.keys[i], self.base.site(i)))
            .chain(self.added.iter().copied())
    }

    /// For each H3 cell at `res` holding a site that passes `filter`, the sorted distinct
    /// projects of those sites; cells sorted. With `within`, only cells that are descendants of
    /// it (by H3 index) are returned, so `res` coarser than `within` gives nothing.
    /// A linear scan with an H3 lookup per passing site.
    pub fn count_by_cell(
        &self,
        res: Resolution,
        filter: &Filter,
        within: Option<h3o::CellIndex>,
    ) -> Vec<(h3o::CellIndex, Vec<u32>)> {
        cells::count_by_cell(self.sites(), res, filter, within)
    }
}

/// Validates a query; `None` means "no hits".
fn prepare<'a>(
    lat: f64,
    lon: f64,
    k: usize,
    filter: &'a Filter,
    max_distance_m: Option<f64>,
) -> Option<(Query<'a>, f64)> {
    let max_m = max_distance_m.unwrap_or(f64::INFINITY);
    if k == 0 || !valid(lat, lon) || max_m.is_nan() || max_m < 0.0 {
        return None;
    }
    if filter.groups.contains(&0) {
        return None;
    }
    Some((Query::new(lat, lon, filter), max_m))
}

pub(crate) fn hit(key: u128) -> Hit {
    Hit {
        site: key_site(key),
        project: key_project(key),
        distance_m: key_distance(key),
    }
}
