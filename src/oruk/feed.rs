//! The feed's lists and documents, from the stored listings: which listings a query
//! keeps (its filters combine as AND), in which order, and the page of them asked for.

use super::locations::{self, Place as At};
use super::model::{Page, Service, ServiceAtLocation, Taxonomy, Term};
use super::query::Query;
use super::service::{self, Context};
use crate::domain::{LatLng, Slug, Status};
use crate::geocode::{Geocoder, Place, PlacePrecision};
use crate::search::SearchIndex;
use crate::store::{Feed, FeedListing, PeerMarks, StoreError};
use std::collections::HashSet;
use std::sync::Arc;
use uuid::Uuid;

/// The page `q` asks for of `all` (every match, in order).
pub fn page<T>(all: Vec<T>, q: &Query) -> Page<T> {
    page_of(all, q, |t| t)
}

/// The page `q` asks for of `all` (every match, in order), each item of it made by
/// `make`: only the page's own items are made.
fn page_of<S, T>(all: Vec<S>, q: &Query, make: impl FnMut(S) -> T) -> Page<T> {
    let total_items = all.len() as u64;
    let total_pages = total_items.div_ceil(q.per_page).max(1);
    let contents: Vec<T> = all
        .into_iter()
        .skip(usize::try_from(q.offset()).unwrap_or(usize::MAX))
        .take(q.per_page as usize)
        .map(make)
        .collect();
    Page {
        total_items,
        total_pages,
        page_number: q.page,
        size: contents.len() as u64,
        first_page: q.page == 1,
        last_page: q.page >= total_pages,
        empty: contents.is_empty(),
        contents,
    }
}

/// `listings` in the feed's order: by name (ignoring case), then id. Every list below
/// takes its listings in this order.
pub fn in_feed_order(mut listings: Vec<FeedListing>) -> Vec<FeedListing> {
    listings.sort_by_cached_key(|l| (l.project.name.to_lowercase(), l.uuid));
    listings
}

/// The feed's listings, in feed order, read once per generation of the search index
/// (which every committed listing change moves on) rather than on every request.
#[derive(Default)]
pub struct FeedCache {
    kept: tokio::sync::Mutex<Option<(u64, Arc<Vec<FeedListing>>)>>,
}

impl FeedCache {
    /// The listings as of `generation` of the index (read before calling, so a change
    /// committed meanwhile moves it on), read from `store` if the ones kept are older,
    /// each with its peer marks from `marks` (the slugs peer reviewed, and peer-assured,
    /// asked for only when the listings are read again; a change to either moves the
    /// generation on). One request reads at a time; the others wait for it.
    pub async fn listings(
        &self,
        store: &dyn Feed,
        generation: u64,
        marks: impl FnOnce() -> (HashSet<Slug>, HashSet<Slug>),
    ) -> Result<Arc<Vec<FeedListing>>, StoreError> {
        let mut kept = self.kept.lock().await;
        if let Some((g, listings)) = kept.as_ref()
            && *g == generation
        {
            return Ok(listings.clone());
        }
        let (reviewed, assured) = marks();
        let mut all = store.feed().await?;
        for l in &mut all {
            l.marks = PeerMarks {
                reviewed: reviewed.contains(&l.project.slug),
                assured: assured.contains(&l.project.slug),
            };
        }
        let fresh = Arc::new(in_feed_order(all));
        *kept = Some((generation, fresh.clone()));
        Ok(fresh)
    }
}

/// Whether listing `l` passes every filter of `q` that applies to a service. An archived
/// listing is only listed when `modified_after` is given (to tell a copy it has gone).
pub fn matches(l: &FeedListing, q: &Query) -> bool {
    let p = &l.project;
    if p.status == Status::Archived && q.modified_after.is_none() {
        return false;
    }
    if q.modified_after.is_some_and(|t| l.modified < t) {
        return false;
    }
    if let Some(words) = &q.search {
        let haystack = format!(
            "{} {} {} {}",
            p.name, p.organisation, p.summary, p.description
        )
        .to_lowercase();
        if !words.split_whitespace().all(|w| haystack.contains(w)) {
            return false;
        }
    }
    if q.taxonomy_term_id.is_some() || q.taxonomy_id.is_some() {
        let ids = service::term_ids(l);
        if q.taxonomy_term_id
            .is_some_and(|t| !ids.iter().any(|(term, _)| *term == t))
        {
            return false;
        }
        if q.taxonomy_id
            .is_some_and(|t| !ids.iter().any(|(_, tax)| *tax == t))
        {
            return false;
        }
    }
    let (min, max) = (
        p.eligibility.min_age.map(f64::from),
        p.eligibility.max_age.map(f64::from),
    );
    if q.minimum_age.is_some_and(|a| !min.is_some_and(|m| m >= a)) {
        return false;
    }
    if q.maximum_age.is_some_and(|a| !max.is_some_and(|m| m <= a)) {
        return false;
    }
    if q.day.is_some() || q.start_time.is_some() || q.end_time.is_some() {
        let fits = p.sessions.iter().any(|s| {
            q.day.is_none_or(|d| s.day == d)
                && q.start_time.is_none_or(|t| s.opens >= t)
                && q.end_time.is_none_or(|t| s.closes <= t)
        });
        if !fits {
            return false;
        }
    }
    true
}

/// The listings `q` keeps, in feed order ([`in_feed_order`]).
fn kept<'a>(listings: &'a [FeedListing], q: &Query) -> Vec<&'a FeedListing> {
    listings.iter().filter(|l| matches(l, q)).collect()
}

/// The services `q` asks for; `listings` in feed order.
pub fn services(listings: &[FeedListing], q: &Query) -> Page<Service> {
    page_of(kept(listings, q), q, service::summary)
}

/// A listing by its id, archived ones included.
pub fn service(listings: &[FeedListing], id: Uuid, cx: &Context<'_>) -> Option<Service> {
    listings
        .iter()
        .find(|l| l.uuid == id)
        .map(|l| service::full(l, cx))
}

/// Where `postcode` is, and (with `proximity`) which listings have a site within reach
/// of it by our search index.
pub struct Near {
    pub place: Place,
    pub within_m: Option<f64>,
    /// With `within_m`: the slugs of listings with a site that close.
    candidates: HashSet<String>,
}

impl Near {
    /// Finds the postcode with our geocoder; its message when it cannot.
    pub fn find(
        geocoder: &Geocoder,
        index: &SearchIndex,
        q: &Query,
    ) -> Result<Option<Near>, String> {
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
        let mut candidates = HashSet::new();
        if let Some(within) = q.proximity {
            let (lat, lon) = (place.location.lat(), place.location.lon());
            let all = crate::index::Filter::default();
            let nearest = index.nearest_index();
            for hit in nearest.nearest(lat, lon, nearest.len(), &all, Some(within)) {
                if let Some(p) = index.project(hit.project) {
                    candidates.insert(p.slug.to_string());
                }
            }
        }
        Ok(Some(Near {
            place,
            within_m: q.proximity,
            candidates,
        }))
    }

    /// How far the place `at` of `l` is (for a site), if it is kept: within the distance
    /// asked for, or (without one) serving the postcode.
    fn keeps(&self, l: &FeedListing, at: At) -> Option<f64> {
        let p = &l.project;
        let council = self.place.council.as_ref().map(|c| &c.code);
        let in_area = p.areas.iter().any(|a| a.covers(self.place.nation, council));
        let distance = |i: usize| {
            let s = &p.sites[i];
            LatLng::new(s.lat, s.lon)
                .ok()
                .map(|ll| self.place.location.distance_m(ll))
        };
        match (self.within_m, at) {
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
                (in_area || p.nations.contains(&self.place.nation)).then_some(f64::INFINITY)
            }
        }
    }
}

/// The services at locations `q` asks for; `listings` in feed order.
pub fn service_at_locations(
    listings: &[FeedListing],
    q: &Query,
    near: Option<&Near>,
) -> Page<ServiceAtLocation> {
    let mut found: Vec<(f64, &FeedListing, At)> = Vec::new();
    for l in kept(listings, q) {
        let sites = (0..l.project.sites.len()).map(At::Site);
        let remote = locations::is_remote(l).then_some(At::Remote);
        for at in sites.chain(remote) {
            let distance = match near {
                None => 0.0,
                Some(near) => match near.keeps(l, at) {
                    Some(d) => d,
                    None => continue,
                },
            };
            found.push((distance, l, at));
        }
    }
    if near.is_some_and(|n| n.within_m.is_some()) {
        // Nearest first; the sort is stable, so ties keep the order by name.
        found.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    page_of(found, q, |(_, l, at)| locations::item(l, at))
}

/// One place of a listing by its id.
pub fn service_at_location(
    listings: &[FeedListing],
    id: Uuid,
    cx: &Context<'_>,
) -> Option<ServiceAtLocation> {
    listings.iter().find_map(|l| {
        locations::places(l)
            .into_iter()
            .find(|at| locations::place_id(l, *at) == id)
            .map(|at| locations::full(l, at, cx))
    })
}

/// The taxonomies, without their terms.
pub fn taxonomies(all: &[Taxonomy], q: &Query) -> Page<Taxonomy> {
    let items = all
        .iter()
        .map(|t| Taxonomy {
            taxonomy_terms: Vec::new(),
            ..t.clone()
        })
        .collect();
    page(items, q)
}

pub fn taxonomy(all: &[Taxonomy], id: Uuid) -> Option<Taxonomy> {
    all.iter().find(|t| t.id == id).cloned()
}

/// Every term (of one taxonomy, with `taxonomy_id`).
pub fn terms(all: &[Taxonomy], q: &Query) -> Page<Term> {
    let items = all
        .iter()
        .filter(|t| q.taxonomy_id.is_none_or(|id| id == t.id))
        .flat_map(|t| t.taxonomy_terms.iter().cloned())
        .collect();
    page(items, q)
}

pub fn term(all: &[Taxonomy], id: Uuid) -> Option<Term> {
    all.iter()
        .flat_map(|t| &t.taxonomy_terms)
        .find(|t| t.id == id)
        .cloned()
}
