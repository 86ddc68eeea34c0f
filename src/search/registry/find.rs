//! Finding: in-person results nearest first (never across the sea between Great Britain
//! and Northern Ireland), the nearest beyond a chosen distance, the online and phone
//! options for a nation, and a nation searched as a whole.

use super::{Found, Nearby, Reachable, SearchIndex};
use crate::domain::{LatLng, ListingFilter, Nation, Project};
use crate::index::{Filter, Hit};
use crate::search::METRES_PER_MILE;
use crate::search::MaskLayout;
use std::sync::Arc;

/// Which of the distances a person weighs a result falls in: under 10 miles, 10 to 25,
/// 25 to 50, 50 or more (0 to 3).
fn travel_band(distance_m: f64) -> u8 {
    match distance_m / METRES_PER_MILE {
        m if m < 10.0 => 0,
        m if m < 25.0 => 1,
        m if m < 50.0 => 2,
        _ => 3,
    }
}

impl SearchIndex {
    fn nearby(&self, hit: Hit, within_m: Option<f64>) -> Option<Nearby> {
        let at = self.site_at(hit.site)?;
        let project = self.project(at.project)?;
        let site = &project.sites[at.position];
        let reachable = if site.radius_km.is_some_and(|r| hit.distance_m <= r * 1000.0) {
            Some(Reachable::WithinServiceArea)
        } else if within_m.is_some_and(|w| hit.distance_m <= w) {
            Some(Reachable::WithinChosenDistance)
        } else {
            None
        };
        Some(Nearby {
            project,
            site: at.position,
            distance_m: hit.distance_m,
            reachable,
        })
    }

    /// The nearest `limit` projects meeting in person that pass `filter`, one per project
    /// at its nearest site. With `within_m`, only sites within that distance, plus sites
    /// farther away whose own service radius reaches the searcher.
    pub fn in_person(
        &self,
        origin: LatLng,
        filter: &Filter,
        within_m: Option<f64>,
        limit: usize,
    ) -> Vec<Hit> {
        let mut hits = self
            .nearest
            .nearest(origin.lat(), origin.lon(), limit, filter, within_m);
        let Some(w) = within_m else { return hits };
        let mut seen: std::collections::HashSet<u32> = hits.iter().map(|h| h.project).collect();
        let mut extra: Vec<Hit> = Vec::new();
        for &(radius, id) in self.radius_sites.iter().take_while(|(r, _)| *r > w) {
            let Some(site) = self.site_at(id) else {
                continue;
            };
            let Some(entry) = self.entries[site.project as usize].as_ref() else {
                continue;
            };
            if !filter.passes(entry.mask | MaskLayout::island_bit(site.nation)) {
                continue;
            }
            let Some((lat, lon)) = self.site_point(id) else {
                continue;
            };
            let d = origin.distance_m(LatLng::new(lat, lon).unwrap_or(origin));
            if d > w && d <= radius {
                extra.push(Hit {
                    site: id,
                    project: site.project,
                    distance_m: d,
                });
            }
        }
        extra.sort_by(|a, b| {
            a.distance_m
                .total_cmp(&b.distance_m)
                .then(a.project.cmp(&b.project))
                .then(a.site.cmp(&b.site))
        });
        for h in extra {
            if seen.insert(h.project) {
                hits.push(h);
            }
        }
        hits.truncate(limit);
        hits
    }

    /// The index filter for in-person help for someone in `nation`: `filter` plus the
    /// searcher's island, so that no site across the sea between Great Britain and
    /// Northern Ireland passes (see the module docs).
    pub fn same_island(filter: &Filter, nation: Nation) -> Filter {
        let mut groups = filter.groups.clone();
        groups.push(MaskLayout::island_bit(nation));
        Filter { groups }
    }

    /// The online and phone options open to `nation` that pass `filter`, by name.
    fn online_for(&self, filter: &Filter, nation: Nation) -> Vec<Arc<Project>> {
        let mut online: Vec<Arc<Project>> = self
            .remote_numbers(filter, Some(nation))
            .filter_map(|n| self.project(n))
            .collect();
        online.sort_by(|a, b| a.name.cmp(&b.name));
        online
    }

    /// Runs a whole search: in-person results, the nearest beyond when none is within
    /// reach, and the online and phone options for `nation`. In-person results and the
    /// nearest beyond are on the searcher's own island only (see the module docs).
    pub fn search(
        &self,
        origin: LatLng,
        nation: Nation,
        wanted: &ListingFilter,
        within_m: Option<f64>,
        limit: usize,
    ) -> Found {
        let filter = self.layout.filter(wanted);
        let in_person = Self::same_island(&filter, nation);
        let mut nearby: Vec<Nearby> = self
            .in_person(origin, &in_person, within_m, limit)
            .into_iter()
            .filter_map(|h| self.nearby(h, within_m))
            .collect();
        // Nearest first by how far she would travel (under 10, 10 to 25, 25 to 50, 50 or more
        // miles); within one of those, listings naming the need before general support.
        nearby.sort_by_key(|n| (travel_band(n.distance_m), !wanted.names_need(&n.project)));
        let mut online = self.online_for(&filter, nation);
        online.sort_by_key(|p| !wanted.names_need(p));
        let beyond = if nearby.is_empty() && within_m.is_some() {
            self.nearest
                .nearest(origin.lat(), origin.lon(), 3, &in_person, None)
                .into_iter()
                .filter_map(|h| self.nearby(h, within_m))
                .collect()
        } else {
            Vec::new()
        };
        Found {
            nearby,
            beyond,
            online,
            serving: Vec::new(),
            across: Vec::new(),
        }
    }

    /// Searches a nation as a whole: the listings serving it that pass `wanted` (a site
    /// in it, or it among their `nations`; see [`Project::serves`]) and its online and
    /// phone options. A listing that is only an online or phone option for the nation
    /// (no site in it) is listed once, among the options. Nothing has a distance.
    pub fn search_nation(&self, nation: Nation, wanted: &ListingFilter) -> Found {
        let filter = self.layout.filter(wanted);
        let online = self.online_for(&filter, nation);
        let mut serving = wanted.clone();
        serving.nations = vec![nation];
        let mut across: Vec<Arc<Project>> = self
            .matching(&serving)
            .into_iter()
            .filter(|p| {
                p.sites.iter().any(|s| s.nation == nation)
                    || !online.iter().any(|o| o.slug == p.slug)
            })
            .collect();
        across.sort_by(|a, b| a.name.cmp(&b.name));
        Found {
            nearby: Vec::new(),
            beyond: Vec::new(),
            online,
            serving: Vec::new(),
            across,
        }
    }

    /// The search for a geocoded place: [`SearchIndex::search_nation`] for a whole nation,
    /// [`SearchIndex::search`] from its point otherwise.
    pub fn search_place(
        &self,
        place: &crate::geocode::Place,
        wanted: &ListingFilter,
        within_m: Option<f64>,
        limit: usize,
    ) -> Found {
        if place.precision == crate::geocode::PlacePrecision::Nation {
            self.search_nation(place.nation, wanted)
        } else {
            let mut found = self.search(place.location, place.nation, wanted, within_m, limit);
            let council = place.council.as_ref().map(|c| &c.code);
            self.add_serving(&mut found, place.nation, council, wanted);
            found
        }
    }
}
