//! Signposting: the listings a clinician prints or sends for one person, and the
//! shortlists kept from them at a short code.

pub mod code;
pub mod qr;

use crate::domain::{Delivery, LatLng, Nation, Project, Slug};
use crate::geocode::PlacePrecision;
use crate::search::{Found, SearchIndex};
use std::sync::Arc;

/// The most listings one shortlist keeps.
pub const MAX_SHORTLIST: usize = 20;

/// One listing on a sheet: a project at one of its sites, or its online and phone offer.
#[derive(Debug, Clone)]
pub struct Listing {
    pub project: Arc<Project>,
    /// Index into `project.sites` for an in-person listing; `None` for online or phone.
    pub site: Option<usize>,
    /// Straight-line distance from the place the sheet is for, metres.
    pub distance_m: Option<f64>,
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
    pub in_person: Vec<Listing>,
    pub online: Vec<Listing>,
}

impl Sheet {
    /// A sheet from a search: the in-person results (the nearest beyond the chosen
    /// distance when none is within it) and the online and phone options. For a nation
    /// searched as a whole, the listings serving it instead of in-person results, each at
    /// its first site in the nation (if any), with no distance.
    pub fn from_search(place: &crate::geocode::Place, found: Found) -> Self {
        let in_person = if found.nearby.is_empty() {
            found.beyond
        } else {
            found.nearby
        };
        // Listings serving the place's area, and for a whole nation those serving it: at
        // their first site in the nation (if any), with no distance.
        let across = found
            .serving
            .into_iter()
            .chain(found.across)
            .map(|project| Listing {
                site: project.sites.iter().position(|s| s.nation == place.nation),
                project,
                distance_m: None,
            });
        Sheet {
            place: place.label.clone(),
            nation: place.nation,
            precision: Some(place.precision),
            in_person: in_person
                .into_iter()
                .map(|n| Listing {
                    project: n.project,
                    site: Some(n.site),
                    distance_m: Some(n.distance_m),
                })
                .chain(across)
                .collect(),
            online: found
                .online
                .into_iter()
                .map(|project| Listing {
                    project,
                    site: None,
                    distance_m: None,
                })
                .collect(),
        }
    }

    /// A shortlist's sheet: each kept project still published, at its site nearest to
    /// `origin` (when it meets in person) and with its online or phone offer (when that
    /// serves `nation`); one that does neither (it serves the nation some other way) is
    /// listed with no site. With no `origin` (a whole nation, or a place no longer found)
    /// nothing has a distance. Slugs no longer published are returned apart.
    pub fn from_slugs(
        index: &SearchIndex,
        place: String,
        nation: Nation,
        origin: Option<(LatLng, PlacePrecision)>,
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
            online: Vec::new(),
        };
        let mut gone = Vec::new();
        for slug in slugs {
            let Some(project) = index.by_slug(slug) else {
                gone.push(slug.clone());
                continue;
            };
            let nearest = project
                .sites
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let d = origin.zip(s.location()).map(|(o, at)| o.distance_m(at));
                    (i, d)
                })
                .min_by(|a, b| {
                    a.1.unwrap_or(f64::INFINITY)
                        .total_cmp(&b.1.unwrap_or(f64::INFINITY))
                });
            if let Some((site, distance_m)) = nearest {
                sheet.in_person.push(Listing {
                    project: project.clone(),
                    site: Some(site),
                    distance_m,
                });
            }
            let remote = project.delivery.contains(&Delivery::Online)
                || project.delivery.contains(&Delivery::Phone);
            if remote && project.nations.contains(&nation) {
                sheet.online.push(Listing {
                    project: project.clone(),
                    site: None,
                    distance_m: None,
                });
            } else if nearest.is_none() {
                sheet.in_person.push(Listing {
                    project: project.clone(),
                    site: None,
                    distance_m: None,
                });
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

/// The place a shortlist keeps: no finer than a postcode sector, so that a stored
/// shortlist never holds someone's full postcode or exact position.
pub fn stored_place(place: &crate::geocode::Place) -> String {
    use crate::geocode::PlacePrecision;
    match place.precision {
        PlacePrecision::Coordinates => {
            format!("{:.2},{:.2}", place.location.lat(), place.location.lon())
        }
        PlacePrecision::Sector => {
            // "B15 2TT" → "B15 2"; a sector typed as such is kept whole.
            let label = place.label.trim();
            match label.split_once(' ') {
                Some((outward, inward)) if inward.len() == 3 => {
                    format!("{outward} {}", &inward[..1])
                }
                _ => label.to_string(),
            }
        }
        _ => place.label.clone(),
    }
}
