//! The registry as the search sees it: published projects in memory, their sites in an
//! exact H3 nearest index, kept current by every write.
//!
//! **In person never crosses the sea.** Great Britain and Northern Ireland are different
//! islands: a searcher in Northern Ireland is offered no site in England, Scotland or Wales
//! as nearby in-person help, nor as the nearest beyond the chosen distance, however close
//! in a straight line (the Mull of Kintyre is 20 km from County Antrim), and the other way
//! round. Each site carries its island's bit ([`MaskLayout::island_bit`]) and the search
//! asks for the searcher's. Those projects still appear among the online and phone
//! options when they serve the searcher's nation remotely.
//!
//! **A nation searched as a whole** ([`SearchIndex::search_nation`]) has no point to
//! measure from: it lists the listings serving the nation and its online and phone
//! options, with no distances.

use super::mask::MaskLayout;
use crate::domain::{Delivery, ListingFilter, Nation, Project, Slug, Status};
use crate::index::{Filter, NearestIndex, Site};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Listings naming each need, by need slug.
pub type NeedCounts = std::collections::BTreeMap<String, usize>;

/// Metres in a statute mile.
pub const METRES_PER_MILE: f64 = 1_609.344;

/// Why an in-person result is within reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Reachable {
    /// The searcher is inside an area the listing says it serves: within the radius a
    /// site states (`radius_km`), or in a council area or nation among its `areas`. A
    /// listing that states neither is never said to serve anyone's area.
    WithinServiceArea,
    /// The site is within the distance the searcher chose.
    WithinChosenDistance,
}

/// One in-person result: a project at its nearest matching site.
#[derive(Debug, Clone)]
pub struct Nearby {
    pub project: Arc<Project>,
    /// Index of the matched site in `project.sites`.
    pub site: usize,
    /// Great-circle distance from the searcher, metres.
    pub distance_m: f64,
    pub reachable: Option<Reachable>,
}

/// What a search found.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// In-person results, nearest first (within the chosen distance, or reachable by
    /// service area, when a distance was chosen).
    pub nearby: Vec<Nearby>,
    /// When a distance was chosen and nothing is within it: the nearest beyond it.
    pub beyond: Vec<Nearby>,
    /// Online and phone options open to the searcher's nation, by name.
    pub online: Vec<Arc<Project>>,
    /// Listings that say they serve the searcher's council area or nation
    /// ([`crate::domain::ServedArea`]) and are not among `nearby`: council areas first,
    /// then whole nations; listings naming the need first within each. Empty for a
    /// nation searched as a whole (see `across`).
    pub serving: Vec<Arc<Project>>,
    /// For a nation searched as a whole: the listings serving it (a site there, or the
    /// nation among its `nations`) that are not only an online or phone option in
    /// `online`, by name. Empty for a search from a point.
    pub across: Vec<Arc<Project>>,
}

struct Entry {
    project: Arc<Project>,
    /// Site ids, parallel to `project.sites`.
    sites: Vec<u32>,
}

/// Published projects and the nearest-site index over their sites.
pub struct SearchIndex {
    layout: MaskLayout,
    nearest: NearestIndex,
    entries: Vec<Option<Entry>>,
    by_slug: HashMap<Slug, u32>,
    /// Site id → (project number, position in its `sites`).
    site_owner: Vec<(u32, u32)>,
    /// Sites that state a service radius, largest first: (radius in metres, site id).
    radius_sites: Vec<(f64, u32)>,
    /// Projects offering online or phone support.
    remote: Vec<u32>,
    /// Projects that say they serve an area ([`Project::areas`]).
    area_served: Vec<u32>,
    /// Projects another project has peer reviewed (a visible review).
    reviewed: HashSet<Slug>,
    /// Projects peer-assured today ([`crate::domain::assurance`]).
    assured: HashSet<Slug>,
    /// Bumped by every [`SearchIndex::apply`]: results cached from an older generation
    /// are out of date.
    generation: u64,
    /// [`SearchIndex::need_counts`], kept with the generation it was counted at.
    need_counts: std::sync::Mutex<Option<(u64, Arc<NeedCounts>)>>,
}

fn is_remote(p: &Project) -> bool {
    p.delivery.contains(&Delivery::Online) || p.delivery.contains(&Delivery::Phone)
}

impl SearchIndex {
    /// Builds the index from every published project.
    pub fn build(layout: MaskLayout, published: Vec<Project>, reviewed: HashSet<Slug>) -> Self {
        Self::build_with_keys(layout, published, reviewed, None)
    }

    /// [`SearchIndex::build`], given the H3 key of every site (`crate::index::site_key`)
    /// of `published` in order, project after project, site after site: the kept copy of
    /// the index holds them. Keys that do not fit are worked out again.
    pub fn build_with_keys(
        layout: MaskLayout,
        published: Vec<Project>,
        reviewed: HashSet<Slug>,
        keys: Option<Vec<u64>>,
    ) -> Self {
        let mut index = SearchIndex {
            layout,
            nearest: NearestIndex::default(),
            entries: Vec::with_capacity(published.len()),
            by_slug: HashMap::with_capacity(published.len()),
            site_owner: Vec::new(),
            radius_sites: Vec::new(),
            remote: Vec::new(),
            area_served: Vec::new(),
            reviewed,
            assured: HashSet::new(),
            generation: 0,
            need_counts: Default::default(),
        };
        let mut sites = Vec::new();
        let mut site_keys = Vec::with_capacity(keys.as_ref().map_or(0, Vec::len));
        let mut given = keys.unwrap_or_default().into_iter();
        for project in published {
            let theirs = given.by_ref().take(project.sites.len());
            if project.status != Status::Published {
                theirs.for_each(drop);
                continue;
            }
            site_keys.extend(theirs);
            let number = index.entries.len() as u32;
            let (entry, entry_sites) = index.entry(number, project);
            sites.extend(entry_sites);
            index.by_slug.insert(entry.project.slug.clone(), number);
            if is_remote(&entry.project) {
                index.remote.push(number);
            }
            if !entry.project.areas.is_empty() {
                index.area_served.push(number);
            }
            index.entries.push(Some(entry));
        }
        index.nearest = if site_keys.is_empty() {
            NearestIndex::build(sites)
        } else {
            NearestIndex::build_with_keys(sites, site_keys)
        };
        index.sort_radius_sites();
        index
    }

    /// Registers the sites of `project` (number `number`) and returns its entry and index sites.
    fn entry(&mut self, number: u32, project: Project) -> (Entry, Vec<Site>) {
        let mask = self.layout.project_mask(&project) | self.reviewed_mask(&project);
        let mut ids = Vec::with_capacity(project.sites.len());
        let mut sites = Vec::with_capacity(project.sites.len());
        for (i, s) in project.sites.iter().enumerate() {
            let id = self.site_owner.len() as u32;
            self.site_owner.push((number, i as u32));
            ids.push(id);
            if let Some(r) = s.radius_km {
                self.radius_sites.push((r * 1000.0, id));
            }
            sites.push(Site {
                id,
                project: number,
                lat: s.lat,
                lon: s.lon,
                mask: mask | MaskLayout::island_bit(s.nation),
            });
        }
        (
            Entry {
                project: Arc::new(project),
                sites: ids,
            },
            sites,
        )
    }

    fn reviewed_mask(&self, p: &Project) -> crate::index::Mask {
        let mut m = 0;
        if self.reviewed.contains(&p.slug) {
            m |= MaskLayout::reviewed_bit();
        }
        if self.assured.contains(&p.slug) {
            m |= MaskLayout::assured_bit();
        }
        m
    }

    /// The attributes of a project's online offer, as filters see them.
    fn remote_mask(&self, p: &Project) -> crate::index::Mask {
        self.layout.project_mask(p) | self.reviewed_mask(p)
    }

    /// The projects another project has peer reviewed, and those peer-assured today.
    pub fn peer_marked(&self) -> (&HashSet<Slug>, &HashSet<Slug>) {
        (&self.reviewed, &self.assured)
    }

    /// Replaces the set of peer-assured projects and re-indexes those that changed.
    pub fn set_assured(&mut self, assured: HashSet<Slug>) {
        let changed: Vec<Slug> = assured
            .symmetric_difference(&self.assured)
            .cloned()
            .collect();
        self.assured = assured;
        self.remark(changed);
    }

    /// Replaces the set of peer-reviewed projects and re-indexes those that changed.
    pub fn set_reviewed(&mut self, reviewed: HashSet<Slug>) {
        let changed: Vec<Slug> = reviewed
            .symmetric_difference(&self.reviewed)
            .cloned()
            .collect();
        self.reviewed = reviewed;
        self.remark(changed);
    }

    /// Re-indexes the projects whose marks changed.
    fn remark(&mut self, changed: Vec<Slug>) {
        if !changed.is_empty() {
            // Also for listings not in search (retired for age): what is cached per
            // generation (the directory's order under "peer reviewed") is out of date.
            self.generation += 1;
        }
        for slug in changed {
            let current = self
                .by_slug
                .get(&slug)
                .and_then(|&n| self.project(n))
                .map(|p| (**p).clone());
            if let Some(p) = current {
                self.apply(p);
            }
        }
    }

    fn sort_radius_sites(&mut self) {
        self.radius_sites
            .sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    }

    /// Applies a stored change: a published project is (re)indexed, any other is removed.
    /// Runs on every write, so an edit is searchable at once.
    pub fn apply(&mut self, project: Project) {
        self.generation += 1;
        let number = match self.by_slug.get(&project.slug) {
            Some(&n) => n,
            None => {
                let n = self.entries.len() as u32;
                self.entries.push(None);
                self.by_slug.insert(project.slug.clone(), n);
                n
            }
        };
        if let Some(old) = self.entries[number as usize].take() {
            let dead: std::collections::HashSet<u32> = old.sites.into_iter().collect();
            self.radius_sites.retain(|(_, id)| !dead.contains(id));
        }
        self.remote.retain(|&n| n != number);
        self.area_served.retain(|&n| n != number);
        if project.status != Status::Published {
            self.nearest.replace_project(number, Vec::new());
            return;
        }
        let (entry, sites) = self.entry(number, project);
        if is_remote(&entry.project) {
            self.remote.push(number);
        }
        if !entry.project.areas.is_empty() {
            self.area_served.push(number);
        }
        self.entries[number as usize] = Some(entry);
        self.nearest.replace_project(number, sites);
        self.sort_radius_sites();
    }

    /// Takes the place of this index with `fresh` (built again from the database), at a
    /// newer generation, so nothing cached from this one is taken for `fresh`'s.
    pub fn replace(&mut self, mut fresh: SearchIndex) {
        fresh.generation = self.generation + 1;
        *self = fresh;
    }

    /// Takes a published project out of search (it is retired for age, see
    /// [`crate::domain::Freshness`]); its listing stays in the directory.
    pub fn withdraw(&mut self, slug: &Slug) {
        // Even when it is not in search: a listing retired for age was saved, and what is
        // cached per generation (the directory's order) is out of date.
        self.generation += 1;
        let Some(&number) = self.by_slug.get(slug) else {
            return;
        };
        let Some(old) = self.entries[number as usize].take() else {
            return;
        };
        let dead: HashSet<u32> = old.sites.into_iter().collect();
        self.radius_sites.retain(|(_, id)| !dead.contains(id));
        self.remote.retain(|&n| n != number);
        self.area_served.retain(|&n| n != number);
        self.nearest.replace_project(number, Vec::new());
    }

    /// Every indexed project.
    pub fn all(&self) -> impl Iterator<Item = &Arc<Project>> + '_ {
        self.entries.iter().flatten().map(|e| &e.project)
    }

    /// The project number and site position of an index site id.
    pub fn site_owner(&self, site: u32) -> Option<(u32, usize)> {
        self.site_owner
            .get(site as usize)
            .map(|&(n, p)| (n, p as usize))
    }

    /// How many online or phone projects pass `filter` (and serve `nation`, if given).
    pub fn remote_matching(&self, filter: &Filter, nation: Option<Nation>) -> usize {
        self.remote_passing(filter, nation).count()
    }

    /// The online or phone projects that pass `filter` (and serve `nation`, if given),
    /// in index order: only those projects are looked at, never every listing.
    pub fn remote_passing<'a>(
        &'a self,
        filter: &'a Filter,
        nation: Option<Nation>,
    ) -> impl Iterator<Item = &'a Arc<Project>> + 'a {
        self.remote
            .iter()
            .filter_map(|&n| self.project(n))
            .filter(move |p| nation.is_none_or(|n| p.nations.contains(&n)))
            .filter(|p| filter.passes(self.remote_mask(p)))
    }

    /// Every indexed listing that passes `filter`, in index order: the search's answer to
    /// "which listings match", wherever they are.
    pub fn matching(&self, filter: &ListingFilter) -> Vec<&Arc<Project>> {
        let filter = self.layout.filter(filter);
        self.entries
            .iter()
            .flatten()
            .filter(|e| filter.passes(self.remote_mask(&e.project)))
            .map(|e| &e.project)
            .collect()
    }

    /// How many published listings name each need themselves (general support not
    /// counted), so the need list can say which needs have nothing behind them yet.
    /// Counted once per generation of the index.
    pub fn need_counts(&self) -> Arc<NeedCounts> {
        let mut cached = self.need_counts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((generation, counts)) = cached.as_ref()
            && *generation == self.generation
        {
            return counts.clone();
        }
        let mut counts = NeedCounts::new();
        for e in self.entries.iter().flatten() {
            for need in &e.project.needs {
                *counts.entry(need.clone()).or_default() += 1;
            }
        }
        let counts = Arc::new(counts);
        *cached = Some((self.generation, counts.clone()));
        counts
    }

    /// How many times the index has changed since it was built.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// A published project by its slug.
    pub fn by_slug(&self, slug: &Slug) -> Option<&Arc<Project>> {
        self.project(*self.by_slug.get(slug)?)
    }

    /// The published projects offering online or phone support.
    pub fn remote_projects(&self) -> impl Iterator<Item = &Arc<Project>> + '_ {
        self.remote.iter().filter_map(|&n| self.project(n))
    }

    /// How many published projects are indexed.
    pub fn projects(&self) -> usize {
        self.entries.iter().flatten().count()
    }

    /// How many sites the nearest index holds.
    pub fn sites(&self) -> usize {
        self.nearest.len()
    }

    /// The nearest-site index itself (for the map and benchmarks).
    pub fn nearest_index(&self) -> &NearestIndex {
        &self.nearest
    }

    pub fn layout(&self) -> &MaskLayout {
        &self.layout
    }

    /// A published project by its index number.
    pub fn project(&self, number: u32) -> Option<&Arc<Project>> {
        self.entries
            .get(number as usize)?
            .as_ref()
            .map(|e| &e.project)
    }
}

mod find;
mod near;
mod serving;

pub use near::NEAR_MILES;

#[cfg(test)]
mod tests;
