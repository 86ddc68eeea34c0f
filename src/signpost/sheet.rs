//! What a sheet or a shortlist lists: one card per project, in person (nearest first)
//! or online and by phone.

use crate::domain::{Delivery, LatLng, Nation, Project, Slug};
use crate::geocode::{Place, PlacePrecision};
use crate::search::{Found, SearchIndex};
use std::sync::Arc;

/// One listing on a sheet: a project at one of its sites, or its online and phone offer.
#[derive(Debug, Clone)]
pub struct Listing {
    pub project: Arc<Project>,
    /// Index into `project.sites` for an in-person listing; `None` for online or phone.
    pub site: Option<usize>,
    /// Straight-line distance from the place the sheet is for, metres.
    pub distance_m: Option<f64>,
    /// Its online or phone offer also serves the person: listed here once, not again
    /// among the online and phone options.
    pub also_remote: bool,
}

impl Listing {
    fn new(project: Arc<Project>, site: Option<usize>, distance_m: Option<f64>) -> Self {
        Listing {
            project,
            site,
            distance_m,
            also_remote: false,
        }
    }
}

/// What a sheet or a shortlist lists, for one place.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The place, as the geocoder named it.
    pub place: String,
    pub nation: Nation,
    /// How precisely the place is known (`None` for a shortlist whose place is no longer
    /// found): distances are shown to a tenth of a mile only from a fine one
    /// ([`PlacePrecision::is_fine`]), and a whole nation has none.
    pub precision: Option<PlacePrecision>,
    /// One card per project: those meeting in person, then those serving the area.
    pub in_person: Vec<Listing>,
    /// Nothing met in person within the chosen distance: `in_person` starts with the
    /// nearest beyond it.
    pub beyond: bool,
    /// Online and phone options of projects not already in `in_person`.
    pub online: Vec<Listing>,
}

impl Sheet {
    /// A sheet from a search: the in-person results (the nearest beyond the chosen
    /// distance when none is within it), then the listings serving the place's area (for
    /// a whole nation, those serving it instead of in-person results: each at its first
    /// site in the nation, if any, with no distance), then the online and phone options.
    /// A project both met in person and online is listed once, in person.
    pub fn from_search(place: &Place, found: Found) -> Self {
        let beyond = found.nearby.is_empty() && !found.beyond.is_empty();
        let nearest = if found.nearby.is_empty() {
            found.beyond
        } else {
            found.nearby
        };
        let across = found
            .serving
            .into_iter()
            .chain(found.across)
            .map(|project| {
                let site = project.sites.iter().position(|s| s.nation == place.nation);
                Listing::new(project, site, None)
            });
        let mut in_person: Vec<Listing> = nearest
            .into_iter()
            .map(|n| Listing::new(n.project, Some(n.site), Some(n.distance_m)))
            .chain(across)
            .collect();
        let mut seen = std::collections::HashSet::new();
        in_person.retain(|l| seen.insert(l.project.slug.clone()));
        let mut online = Vec::new();
        for project in found.online {
            match in_person
                .iter_mut()
                .find(|l| l.project.slug == project.slug)
            {
                Some(card) => card.also_remote = true,
                None => online.push(Listing::new(project, None, None)),
            }
        }
        Sheet {
            place: place.label.clone(),
            nation: place.nation,
            precision: Some(place.precision),
            in_person,
            beyond,
            online,
        }
    }

    /// A shortlist's sheet: each kept project still published, once. One meeting in
    /// person is listed at its site nearest to `origin`, noting an online or phone offer
    /// that serves `nation`; but one with such an offer whose nearest site is farther
    /// than `within_m` is listed with the online and phone options instead. One that
    /// does neither (it serves the nation some other way) is listed with no site. With no
    /// `origin` (a whole nation, or a place no longer found) nothing has a distance.
    /// Slugs no longer published are returned apart.
    pub fn from_slugs(
        index: &SearchIndex,
        place: String,
        nation: Nation,
        origin: Option<(LatLng, PlacePrecision)>,
        within_m: Option<f64>,
        slugs: &[Slug],
    ) -> (Self, Vec<Slug>) {
        let precision = origin.map(|(_, p)| p);
        let origin = origin
            .filter(|(_, p)| *p != PlacePrecision::Nation)
            .map(|(at, _)| at);
        let mut sheet = Sheet {
            place,
            nation,
            precision,
            in_person: Vec::new(),
            beyond: false,
            online: Vec::new(),
        };
        let mut gone = Vec::new();
        for slug in slugs {
            let Some(project) = index.by_slug(slug) else {
                gone.push(slug.clone());
                continue;
            };
            let remote = project.nations.contains(&nation)
                && (project.delivery.contains(&Delivery::Online)
                    || project.delivery.contains(&Delivery::Phone));
            let project = project.clone();
            match nearest_site(&project, origin) {
                Some((site, d)) if !remote || d.zip(within_m).is_none_or(|(d, w)| d <= w) => {
                    let mut card = Listing::new(project, Some(site), d);
                    card.also_remote = remote;
                    sheet.in_person.push(card);
                }
                _ if remote => sheet.online.push(Listing::new(project, None, None)),
                _ => sheet.in_person.push(Listing::new(project, None, None)),
            }
        }
        sheet.in_person.sort_by(|a, b| {
            a.distance_m
                .unwrap_or(f64::INFINITY)
                .total_cmp(&b.distance_m.unwrap_or(f64::INFINITY))
        });
        (sheet, gone)
    }
}

/// The project's site nearest to `origin` and how far it is (the first site, with no
/// distance, when there is no origin or no site is placed); `None` with no site.
fn nearest_site(project: &Project, origin: Option<LatLng>) -> Option<(usize, Option<f64>)> {
    project
        .sites
        .iter()
        .enumerate()
        .map(|(i, s)| (i, origin.zip(s.location()).map(|(o, at)| o.distance_m(at))))
        .min_by(|a, b| {
            a.1.unwrap_or(f64::INFINITY)
                .total_cmp(&b.1.unwrap_or(f64::INFINITY))
        })
}
