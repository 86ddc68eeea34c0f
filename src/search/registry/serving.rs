//! "Serves your area": listings whose stated areas ([`crate::domain::ServedArea`]) cover
//! the searcher's council area or nation, whether or not they give a place to meet.
//!
//! Only a stated area makes the claim. A listing with a site near the searcher stays among
//! the in-person results, marked [`Reachable::WithinServiceArea`] when one of its areas
//! covers her; one with no site near (or none at all) joins [`Found::serving`], and leaves
//! the online and phone options so that it shows once.

use super::{Found, Reachable, SearchIndex};
use crate::domain::{AreaCode, ListingFilter, Nation, Project};
use std::sync::Arc;

impl SearchIndex {
    /// The listings passing `wanted` whose areas cover someone in `council` (when known)
    /// in `nation`: council areas before whole nations, listings naming the need first,
    /// then by name.
    pub fn serving(
        &self,
        nation: Nation,
        council: Option<&AreaCode>,
        wanted: &ListingFilter,
    ) -> Vec<Arc<Project>> {
        let filter = self.layout.filter(wanted);
        let mut found: Vec<(bool, Arc<Project>)> = self
            .area_served
            .iter()
            .filter_map(|&n| {
                let entry = self.entries[n as usize].as_ref()?;
                if !filter.passes(entry.mask) {
                    return None;
                }
                let covering = entry.areas.iter().filter(|a| a.covers(nation, council));
                // Whether the nearest claim is a whole nation rather than her council.
                let widest = covering.map(|a| a.code.is_nation()).min()?;
                Some((widest, self.project(n)?))
            })
            .collect();
        found.sort_by(|(wa, a), (wb, b)| {
            (wa, !wanted.names_need(a), &a.name).cmp(&(wb, !wanted.names_need(b), &b.name))
        });
        found.into_iter().map(|(_, p)| p).collect()
    }

    /// Adds to `found` (a search from a point in `nation`, `council`) the listings serving
    /// the searcher's area, and marks the in-person results whose areas cover her.
    pub(super) fn add_serving(
        &self,
        found: &mut Found,
        nation: Nation,
        council: Option<&AreaCode>,
        wanted: &ListingFilter,
    ) {
        let covers = |p: &Project| p.areas.iter().any(|a| a.covers(nation, council));
        for n in found.nearby.iter_mut().chain(found.beyond.iter_mut()) {
            if covers(&n.project) {
                n.reachable = Some(Reachable::WithinServiceArea);
            }
        }
        let near = |p: &Project| found.nearby.iter().any(|n| n.project.slug == p.slug);
        let serving: Vec<Arc<Project>> = self
            .serving(nation, council, wanted)
            .into_iter()
            .filter(|p| !near(p))
            .collect();
        let listed = |p: &Project| serving.iter().any(|s| s.slug == p.slug);
        found.online.retain(|o| !listed(o));
        found.beyond.retain(|b| !listed(&b.project));
        found.serving = serving;
    }
}
