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
use crate::domain::{Delivery, Nation, Project, Slug, Status};
use crate::index::{NearestIndex, Site};
use std::collections::HashSet;
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

/// Where an index site is: its listing's number and place in that listing's `sites`, its
/// point (degrees) and nation, read without decoding the listing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SiteAt {
    pub project: u32,
    pub position: usize,
    pub nation: Nation,
}

/// A site with a stated service radius: (radius in metres, site id).
type RadiusSite = (f64, u32);

/// Published projects and the nearest-site index over their sites.
pub struct SearchIndex {
    layout: MaskLayout,
    nearest: NearestIndex,
    /// The listings by number, as [`packed`] holds them.
    entries: Vec<Option<Entry>>,
    /// Listings decoded lately, by number.
    decoded: Decoded,
    /// Every slug given and its number.
    numbers: Numbers,
    /// Site id → (project number, position in its `sites`); its point is the nearest
    /// index's ([`NearestIndex::point`]).
    site_rows: Vec<(u32, u32)>,
    /// Site id → its nation.
    site_nations: Vec<Nation>,
    /// Sites that state a service radius, largest first.
    radius_sites: Vec<RadiusSite>,
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
    /// The listings each recent generation changed: see [`SearchIndex::changed_since`].
    changed: Changed,
}

fn is_remote(p: &Project) -> bool {
    p.delivery.contains(&Delivery::Online) || p.delivery.contains(&Delivery::Phone)
}

impl SearchIndex {
    /// An empty index for `layout`, with the peer-reviewed projects `reviewed`.
    fn empty(layout: MaskLayout, reviewed: HashSet<Slug>) -> Self {
        SearchIndex {
            layout,
            nearest: NearestIndex::default(),
            entries: Vec::new(),
            decoded: Decoded::default(),
            numbers: Numbers::default(),
            site_rows: Vec::new(),
            site_nations: Vec::new(),
            radius_sites: Vec::new(),
            remote: Vec::new(),
            area_served: Vec::new(),
            reviewed,
            assured: HashSet::new(),
            generation: 0,
            need_counts: Default::default(),
            changed: Changed::default(),
        }
    }

    /// Builds the index from every published project.
    pub fn build(layout: MaskLayout, published: Vec<Project>, reviewed: HashSet<Slug>) -> Self {
        let mut builder = Builder::new(layout, reviewed);
        for project in published {
            builder.push(&project, None);
        }
        builder.finish(None)
    }

    /// Registers `project` as number `number`, held as `packed` (its encoding, made here
    /// when `None`): its entry, and its sites for the nearest index.
    fn entry(&mut self, number: u32, project: &Project, packed: Option<bytes::Bytes>) -> Vec<Site> {
        let mask = self.layout.project_mask(project) | self.reviewed_mask(&project.slug);
        let mut ids = Vec::with_capacity(project.sites.len());
        let mut sites = Vec::with_capacity(project.sites.len());
        for (i, s) in project.sites.iter().enumerate() {
            let id = self.site_rows.len() as u32;
            self.site_rows.push((number, i as u32));
            self.site_nations.push(s.nation);
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
        if is_remote(project) {
            self.remote.push(number);
        }
        if !project.areas.is_empty() {
            self.area_served.push(number);
        }
        let packed = packed.unwrap_or_else(|| packed::pack(project));
        self.entries[number as usize] = Some(Entry::new(project, packed, mask, ids));
        sites
    }

    /// Takes listing `number` out: its entry, radius sites and lists.
    fn remove(&mut self, number: u32) {
        self.decoded.forget(number);
        if let Some(old) = self.entries[number as usize].take() {
            let dead: HashSet<u32> = old.sites.into_iter().collect();
            self.radius_sites.retain(|(_, id)| !dead.contains(id));
        }
        self.remote.retain(|&n| n != number);
        self.area_served.retain(|&n| n != number);
    }

    fn reviewed_mask(&self, slug: &Slug) -> crate::index::Mask {
        let mut m = 0;
        if self.reviewed.contains(slug) {
            m |= MaskLayout::reviewed_bit();
        }
        if self.assured.contains(slug) {
            m |= MaskLayout::assured_bit();
        }
        m
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
                .numbers
                .get(&slug)
                .and_then(|n| self.entries.get(n as usize)?.as_ref())
                .map(Entry::decode);
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
        let (number, new) = self.numbers.get_or_add(&project.slug);
        if new {
            self.entries.push(None);
        }
        self.changed.record(self.generation, &project.slug);
        self.remove(number);
        if project.status != Status::Published {
            self.nearest.replace_project(number, Vec::new());
            return;
        }
        let sites = self.entry(number, &project, None);
        self.nearest.replace_project(number, sites);
        self.sort_radius_sites();
    }

    /// The listings changed after `generation` of this index (saved in any way, in search
    /// or not), each once; `None` when the index does not remember back that far (it was
    /// built again since, or more than a few thousand changes have passed): then anything
    /// may have changed.
    pub fn changed_since(&self, generation: u64) -> Option<Vec<Slug>> {
        self.changed.since(generation)
    }

    /// Takes the place of this index with `fresh` (built again from the database), at a
    /// newer generation, so nothing cached from this one is taken for `fresh`'s.
    pub fn replace(&mut self, mut fresh: SearchIndex) {
        fresh.generation = self.generation + 1;
        fresh.changed = Changed::starting_at(fresh.generation);
        *self = fresh;
    }

    /// Takes a published project out of search (it is retired for age, see
    /// [`crate::domain::Freshness`]); its listing stays in the directory.
    pub fn withdraw(&mut self, slug: &Slug) {
        // Even when it is not in search: a listing retired for age was saved, and what is
        // cached per generation (the directory's order) is out of date.
        self.generation += 1;
        self.changed.record(self.generation, slug);
        let Some(number) = self.numbers.get(slug) else {
            return;
        };
        if self.entries[number as usize].is_none() {
            return;
        }
        self.remove(number);
        self.nearest.replace_project(number, Vec::new());
    }

    /// Takes out of search every listing retired for age on `today` (see
    /// [`crate::domain::Freshness`]); how many left.
    pub fn withdraw_retired(&mut self, today: chrono::NaiveDate) -> usize {
        let retired: Vec<Slug> = (0..self.entries.len() as u32)
            .filter(|&n| {
                self.entries[n as usize]
                    .as_ref()
                    .is_some_and(|e| e.age.is_some_and(|a| a.freshness(today).is_retired()))
            })
            .filter_map(|n| self.numbers.slug(n).cloned())
            .collect();
        for slug in &retired {
            self.withdraw(slug);
        }
        retired.len()
    }
}

mod build;
mod changed;
mod find;
mod listings;
mod near;
mod numbers;
mod packed;
mod serving;

pub use build::Builder;
use changed::Changed;
use numbers::Numbers;
use packed::{Decoded, Entry};

pub use near::NEAR_MILES;

#[cfg(test)]
mod tests;
