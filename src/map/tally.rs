//! The map's counts for one filter, worked out once per generation of the search index
//! and kept, so a map page reads a few dozen numbers instead of every site.
//!
//! Every matching site is placed in its finest hexagon ([`site_cell`]), and the sites are
//! kept sorted by that hexagon. H3 indexes of one resolution sort by their ancestors
//! (the resolution bits come before the digits, coarse digits first), so the sites under
//! any coarser hexagon form one contiguous run: a view finds its sites, and the projects
//! it would list, by two binary searches. Each level keeps the number of distinct
//! projects per hexagon, sorted the same way, and the one nation all of its sites are
//! in (when they are in one), for the view's breadcrumb: a resolution-3 hexagon can
//! hold a hundred thousand sites, too many to look at on every request.

use super::model::{LEVELS, site_cell};
use super::towns::Towns;
use crate::domain::Nation;
use crate::geocode::Geocoder;
use crate::index::Filter;
use crate::search::SearchIndex;
use h3o::{CellIndex, Resolution};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Filters kept at most (each holds about 12 bytes a matching site); beyond it the
/// cache starts again.
const MAX_CACHED: usize = 6;

/// Names kept at most; beyond it the names are worked out again.
const MAX_NAMES: usize = 50_000;

/// The counts of one filter at one generation of the index.
pub struct Tally {
    pub generation: u64,
    /// Finest hexagon of each matching site, sorted (parallel to `sites`).
    cells: Vec<CellIndex>,
    /// Site ids of the index, in the order of `cells`.
    sites: Vec<u32>,
    /// Per level of [`LEVELS`]: (hexagon, distinct matching projects), sorted by hexagon.
    levels: Vec<Vec<(CellIndex, u32)>>,
    /// Per level, parallel to `levels`: the one nation of every site in the hexagon.
    nations: Vec<Vec<Option<Nation>>>,
    /// Hexagon names worked out for this filter (they follow the matching sites).
    names: Mutex<HashMap<CellIndex, Arc<str>>>,
}

impl Tally {
    /// Counts every site of `index` passing `filter`, each placed in its hexagon by the
    /// H3 key the index holds for it ([`site_cell`] is the ancestor of that key).
    pub fn count(index: &SearchIndex, filter: &Filter) -> Tally {
        let finest = LEVELS[LEVELS.len() - 1];
        let placed = index
            .nearest_index()
            .sites_with_keys()
            .filter(|(_, s)| filter.passes(s.mask))
            .filter_map(|(key, s)| Some((CellIndex::try_from(key).ok()?.parent(finest)?, s.id)))
            .collect();
        Tally::of_placed(index, placed)
    }

    /// The same counts as [`Tally::count`], placing every site from its point with
    /// [`site_cell`]: the reference for tests and benchmarks.
    pub fn count_by_points(index: &SearchIndex, filter: &Filter) -> Tally {
        let finest = LEVELS[LEVELS.len() - 1];
        let placed = index
            .nearest_index()
            .sites()
            .filter(|s| filter.passes(s.mask))
            .filter_map(|s| Some((site_cell(s.lat, s.lon, finest)?, s.id)))
            .collect();
        Tally::of_placed(index, placed)
    }

    /// The counts of the matching sites `placed` in their finest hexagons (in any order).
    fn of_placed(index: &SearchIndex, placed: Vec<(CellIndex, u32)>) -> Tally {
        // One number per site sorts faster than a pair: hexagon, then site id.
        let mut keyed: Vec<u128> = placed
            .into_iter()
            .map(|(cell, site)| (u128::from(u64::from(cell)) << 32) | u128::from(site))
            .collect();
        keyed.sort_unstable();
        let (cells, sites): (Vec<CellIndex>, Vec<u32>) = keyed
            .into_iter()
            .filter_map(|k| Some((CellIndex::try_from((k >> 32) as u64).ok()?, k as u32)))
            .unzip();
        // Each site's project (u32::MAX if the index has none) and nation, looked up once.
        let owners: Vec<(u32, Option<Nation>)> = sites
            .iter()
            .map(|&site| match index.site_at(site) {
                Some(at) => (at.project, Some(at.nation)),
                None => (u32::MAX, None),
            })
            .collect();
        let mut distinct = Distinct::for_projects(owners.iter().map(|&(p, _)| p));
        let (levels, nations) = LEVELS
            .iter()
            .map(|&res| {
                let mut out = Vec::new();
                let mut nations = Vec::new();
                let mut i = 0;
                while i < cells.len() {
                    let Some(cell) = cells[i].parent(res) else {
                        i += 1;
                        continue;
                    };
                    distinct.next_hexagon();
                    let mut common = Common::Empty;
                    while i < cells.len() && cells[i].parent(res) == Some(cell) {
                        let (project, nation) = owners[i];
                        distinct.see(project);
                        common = common.with(nation);
                        i += 1;
                    }
                    out.push((cell, distinct.count));
                    nations.push(common.nation());
                }
                (out, nations)
            })
            .unzip();
        Tally {
            generation: index.generation(),
            cells,
            sites,
            levels,
            nations,
            names: Mutex::default(),
        }
    }

    /// The hexagons at `res` with matching projects, and how many, sorted by hexagon.
    pub fn level(&self, res: Resolution) -> &[(CellIndex, u32)] {
        LEVELS
            .iter()
            .position(|r| *r == res)
            .map_or(&[][..], |i| self.levels[i].as_slice())
    }

    /// The hexagons at `res` inside `within` (a coarser hexagon), with their counts.
    pub fn inside(&self, res: Resolution, within: CellIndex) -> &[(CellIndex, u32)] {
        let level = self.level(res);
        let wres = within.resolution();
        if wres > res {
            return &[];
        }
        let from = level.partition_point(|(c, _)| c.parent(wres) < Some(within));
        let to = level.partition_point(|(c, _)| c.parent(wres) <= Some(within));
        &level[from..to]
    }

    /// The number of distinct matching projects in `cell` (at one of the levels).
    pub fn projects_in(&self, cell: CellIndex) -> u32 {
        let level = self.level(cell.resolution());
        level
            .binary_search_by(|(c, _)| c.cmp(&cell))
            .map_or(0, |i| level[i].1)
    }

    /// The one nation every matching site in `cell` (at one of the levels) is in, if
    /// they are all in one; none for a hexagon without matching sites. Sites whose
    /// nation the index does not know are passed over.
    pub fn nation_in(&self, cell: CellIndex) -> Option<Nation> {
        let at = LEVELS.iter().position(|r| *r == cell.resolution())?;
        let level = &self.levels[at];
        let found = level.binary_search_by(|(c, _)| c.cmp(&cell)).ok()?;
        self.nations[at][found]
    }

    /// The name of `cell`, worked out by `name` the first time.
    pub fn name(&self, cell: CellIndex, name: impl FnOnce() -> String) -> Arc<str> {
        let lock = || self.names.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = lock().get(&cell) {
            return hit.clone();
        }
        let fresh: Arc<str> = name().into();
        let mut names = lock();
        if names.len() >= MAX_NAMES {
            names.clear();
        }
        names.insert(cell, fresh.clone());
        fresh
    }

    /// The site ids of the matching sites inside `cell`, by their finest hexagon.
    pub fn sites_in(&self, cell: CellIndex) -> &[u32] {
        let res = cell.resolution();
        let from = self.cells.partition_point(|c| c.parent(res) < Some(cell));
        let to = self.cells.partition_point(|c| c.parent(res) <= Some(cell));
        &self.sites[from..to]
    }
}

/// Counts the distinct projects of one hexagon's sites at a time without sorting them:
/// each project remembers the last hexagon it was counted in.
struct Distinct {
    /// Per project (the last place for "no project", `u32::MAX`): the hexagon it was
    /// last counted in, numbered from 1.
    seen_in: Vec<u32>,
    hexagon: u32,
    /// Distinct projects of the current hexagon so far.
    count: u32,
}

impl Distinct {
    fn for_projects(projects: impl Iterator<Item = u32>) -> Distinct {
        let most = projects
            .filter(|&p| p != u32::MAX)
            .max()
            .map_or(0, |p| p as usize + 1);
        Distinct {
            seen_in: vec![0; most + 1],
            hexagon: 0,
            count: 0,
        }
    }

    /// Starts counting the next hexagon.
    fn next_hexagon(&mut self) {
        self.hexagon += 1;
        self.count = 0;
    }

    /// One more site, of `project`.
    fn see(&mut self, project: u32) {
        let last = self.seen_in.len() - 1;
        let at = if project == u32::MAX {
            last
        } else {
            (project as usize).min(last)
        };
        if self.seen_in[at] != self.hexagon {
            self.seen_in[at] = self.hexagon;
            self.count += 1;
        }
    }
}

/// The nations of a hexagon's sites so far: none yet, all one, or more than one.
#[derive(Clone, Copy)]
enum Common {
    Empty,
    One(Nation),
    Mixed,
}

impl Common {
    /// With one more site, in `nation` (`None`: not known, so passed over).
    fn with(self, nation: Option<Nation>) -> Common {
        match (self, nation) {
            (any, None) => any,
            (Common::Empty, Some(n)) => Common::One(n),
            (Common::One(m), Some(n)) if m == n => Common::One(m),
            (Common::One(_) | Common::Mixed, Some(_)) => Common::Mixed,
        }
    }

    fn nation(self) -> Option<Nation> {
        match self {
            Common::One(n) => Some(n),
            Common::Empty | Common::Mixed => None,
        }
    }
}

/// Tallies per filter, and the towns, for the map pages.
#[derive(Default)]
pub struct MapCache {
    tallies: Mutex<HashMap<Vec<u128>, Arc<Tally>>>,
    towns: OnceLock<Towns>,
}

impl MapCache {
    /// The tally of `filter` for this generation of `index`, counted now if it is not kept.
    pub fn tally(&self, index: &SearchIndex, filter: &Filter) -> Arc<Tally> {
        let lock = || self.tallies.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = lock().get(&filter.groups)
            && hit.generation == index.generation()
        {
            return hit.clone();
        }
        let fresh = Arc::new(Tally::count(index, filter));
        let mut tallies = lock();
        tallies.retain(|_, t| t.generation == fresh.generation);
        if tallies.len() >= MAX_CACHED {
            tallies.clear();
        }
        tallies.insert(filter.groups.clone(), fresh.clone());
        fresh
    }

    /// The towns of `geocoder`, sorted the first time.
    pub fn towns(&self, geocoder: &Geocoder) -> &Towns {
        self.towns.get_or_init(|| Towns::from_geocoder(geocoder))
    }
}

#[cfg(test)]
mod tests {
    // Tests stop at the first surprise: unwrap() is how they say so.
    #![allow(clippy::unwrap_used)]

    use super::{LEVELS, Tally, site_cell};
    use crate::domain::{ListingFilter, Taxonomy};
    use crate::search::{MaskLayout, SearchIndex};
    use h3o::CellIndex;
    use std::collections::HashSet;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each level's hexagons with their distinct projects, counted the plain way.
    fn plain_levels(
        index: &SearchIndex,
        filter: &crate::index::Filter,
    ) -> Vec<Vec<(CellIndex, u32)>> {
        LEVELS
            .iter()
            .map(|&res| {
                let mut cells: BTreeMap<CellIndex, BTreeSet<u32>> = BTreeMap::new();
                for s in index
                    .nearest_index()
                    .sites()
                    .filter(|s| filter.passes(s.mask))
                {
                    let cell = site_cell(s.lat, s.lon, res).unwrap();
                    cells
                        .entry(cell)
                        .or_default()
                        .insert(index.site_at(s.id).unwrap().project);
                }
                cells
                    .into_iter()
                    .map(|(c, p)| (c, p.len() as u32))
                    .collect()
            })
            .collect()
    }

    fn same(a: &Tally, b: &Tally) {
        assert_eq!(a.generation, b.generation);
        assert_eq!(a.cells, b.cells);
        assert_eq!(a.sites, b.sites);
        assert_eq!(a.levels, b.levels);
        assert_eq!(a.nations, b.nations);
    }

    /// Counting from the keys the index holds gives what placing every site from its
    /// point gives, after a full build and after edits (sites moved, projects withdrawn).
    #[test]
    fn counts_from_index_keys_equal_counts_from_points() {
        let projects = crate::synth::generate(6_000, 7);
        let mut index = SearchIndex::build(
            MaskLayout::new(&Taxonomy::bundled()),
            projects.clone(),
            HashSet::new(),
        );
        let filters = [
            ListingFilter::default(),
            ListingFilter {
                needs: vec!["postpartum-psychosis".into()],
                ..ListingFilter::default()
            },
        ];
        let check = |index: &SearchIndex| {
            for wanted in &filters {
                let filter = index.layout().filter(wanted);
                let by_keys = Tally::count(index, &filter);
                same(&by_keys, &Tally::count_by_points(index, &filter));
                assert_eq!(by_keys.levels, plain_levels(index, &filter));
                assert!(!by_keys.cells.is_empty());
            }
        };
        check(&index);
        for mut p in projects.iter().step_by(40).cloned() {
            for s in &mut p.sites {
                s.lat += 0.013;
                s.lon -= 0.021;
            }
            index.apply(p);
        }
        for p in projects.iter().skip(3).step_by(97) {
            index.withdraw(&p.slug);
        }
        check(&index);
    }
}
