//! Where a list's `postcode` is, and which places of a listing serve it or lie within
//! its `proximity`, by our geocoder and search index.

use super::locations::Place as At;
use super::query::Query;
use crate::domain::{LatLng, Project};
use crate::geocode::{Geocoder, Place, PlacePrecision};
use crate::search::SearchIndex;
use std::collections::HashSet;

/// Where a list's `postcode` is, and the distance asked for. Finding it is a look-up
/// of our geocoder, done for every request (a postcode we do not know is the request's
/// error); which listings are within reach ([`Reach`]) is worked out only when a list
/// is not already remembered for the query.
pub struct Near {
    pub place: Place,
    pub within_m: Option<f64>,
}

/// A [`Near`] with, for a distance asked for, the listings with a site that close by
/// our search index: every site within it is looked at, so this is worked out once
/// per list.
pub struct Reach<'a> {
    pub near: &'a Near,
    /// With `within_m`: the slugs of listings with a site that close.
    candidates: HashSet<String>,
}

impl Near {
    /// Finds the postcode with our geocoder; its message when it cannot.
    pub fn find(geocoder: &Geocoder, q: &Query) -> Result<Option<Near>, String> {
        let Some(postcode) = &q.postcode else {
            return Ok(None);
        };
        let place = geocoder
            .lookup(postcode)
            .map_err(|e| format!("postcode: {e}"))?;
        if place.precision == PlacePrecision::Nation {
            return Err(format!(
                "postcode must name a place, not a whole nation: {postcode:?}"
            ));
        }
        Ok(Some(Near {
            place,
            within_m: q.proximity,
        }))
    }

    /// The listings within reach of the place, by `index`.
    pub fn reach(&self, index: &SearchIndex) -> Reach<'_> {
        let mut candidates = HashSet::new();
        if let Some(within) = self.within_m {
            let (lat, lon) = (self.place.location.lat(), self.place.location.lon());
            let all = crate::index::Filter::default();
            let nearest = index.nearest_index();
            for hit in nearest.nearest(lat, lon, nearest.len(), &all, Some(within)) {
                if let Some(slug) = index.slug_of(hit.project) {
                    candidates.insert(slug.to_string());
                }
            }
        }
        Reach {
            near: self,
            candidates,
        }
    }
}

impl Reach<'_> {
    /// How far the place `at` of `l` is (for a site), if it is kept: within the distance
    /// asked for, or (without one) serving the postcode.
    pub(super) fn keeps(&self, p: &Project, at: At) -> Option<f64> {
        let near = self.near;
        let council = near.place.council.as_ref().map(|c| &c.code);
        let in_area = p.areas.iter().any(|a| a.covers(near.place.nation, council));
        let distance = |i: usize| {
            let s = &p.sites[i];
            LatLng::new(s.lat, s.lon)
                .ok()
                .map(|ll| near.place.location.distance_m(ll))
        };
        match (near.within_m, at) {
            (Some(_), At::Remote) => None,
            (Some(w), At::Site(i)) => {
                if !self.candidates.contains(p.slug.as_str()) {
                    return None;
                }
                distance(i).filter(|d| *d <= w)
            }
            (None, At::Site(i)) => {
                let d = distance(i)?;
                let reach = p.sites[i].radius_km.is_some_and(|r| d <= r * 1000.0);
                (reach || in_area).then_some(d)
            }
            (None, At::Remote) => {
                (in_area || p.nations.contains(&near.place.nation)).then_some(f64::INFINITY)
            }
        }
    }
}
