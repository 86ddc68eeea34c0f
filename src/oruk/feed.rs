//! The feed's lists and documents, from the stored listings: which listings a query
//! keeps (its filters combine as AND), in which order, and the page of them asked for.
//!
//! A list looks at [`Entry`]s: each listing's content and change time, in feed order
//! ([`in_feed_order`]). The command line's export has every listing in full; a server
//! keeps only the feed's keys and takes the content from its search index
//! (`super::lists`), reading in full only the page it answers.

use super::locations::{self, Place as At};
use super::model::{Page, Service, ServiceAtLocation, Taxonomy, Term};
pub use super::near::{Near, Reach};
use super::query::Query;
use super::service::{self, Context};
use crate::domain::{Project, Status};
use crate::store::{FeedListing, PeerMarks};
use chrono::{DateTime, Utc};
use std::borrow::Cow;
use uuid::Uuid;

/// What a list looks at of one listing: where it stands in the feed's order, when it
/// last changed, and its content.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub at: u32,
    pub modified: DateTime<Utc>,
    pub project: Cow<'a, Project>,
    pub marks: PeerMarks,
}

impl<'a> Entry<'a> {
    /// The entries of listings already read in full, in their order.
    pub fn of_listings(listings: &'a [FeedListing]) -> Vec<Entry<'a>> {
        (0u32..)
            .zip(listings)
            .map(|(at, l)| Entry {
                at,
                modified: l.modified,
                project: Cow::Borrowed(&l.project),
                marks: l.marks,
            })
            .collect()
    }
}

/// One item of `/service_at_locations`: a listing (its place in the feed's order) at
/// one of its places, in eight bytes (a list of a million is kept per query).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spot {
    pub listing: u32,
    /// The site's index, or [`Spot::REMOTE`].
    place: u32,
}

impl Spot {
    const REMOTE: u32 = u32::MAX;

    fn new(listing: u32, at: At) -> Self {
        let place = match at {
            At::Site(i) => u32::try_from(i).unwrap_or(Self::REMOTE - 1),
            At::Remote => Self::REMOTE,
        };
        Spot { listing, place }
    }

    pub fn place(self) -> At {
        match self.place {
            Self::REMOTE => At::Remote,
            i => At::Site(i as usize),
        }
    }
}

/// The page `q` asks for of `all` (every match, in order).
pub fn page<T>(all: Vec<T>, q: &Query) -> Page<T> {
    let total = all.len();
    let contents = all
        .into_iter()
        .skip(usize::try_from(q.offset()).unwrap_or(usize::MAX))
        .take(q.per_page as usize)
        .collect();
    framed(total, q, contents)
}

/// The part of `all` (every match, in order) on the page `q` asks for.
pub fn page_part<'a, T>(all: &'a [T], q: &Query) -> &'a [T] {
    let start = usize::try_from(q.offset())
        .unwrap_or(usize::MAX)
        .min(all.len());
    let end = start.saturating_add(q.per_page as usize).min(all.len());
    &all[start..end]
}

/// The page `q` asks for, of `total_items` matches, holding `contents`.
pub fn framed<T>(total_items: usize, q: &Query, contents: Vec<T>) -> Page<T> {
    let total_items = total_items as u64;
    let total_pages = total_items.div_ceil(q.per_page).max(1);
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

/// Whether a listing passes every filter of `q` that applies to a service ([`listed`],
/// then its content).
pub fn matches(e: &Entry<'_>, q: &Query) -> bool {
    let p = &*e.project;
    if !listed(p.status == Status::Archived, e.modified, q) {
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
        let ids = service::term_ids(p, e.marks);
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

/// Whether a listing, archived or not and last changed at `modified`, passes the
/// filters of `q` on status and change time: an archived listing only when
/// `modified_after` is given (to tell a copy it has gone).
pub fn listed(archived: bool, modified: DateTime<Utc>, q: &Query) -> bool {
    (!archived || q.modified_after.is_some()) && q.modified_after.is_none_or(|t| modified >= t)
}

/// Whether `q` filters on a listing's content (more than its change time and status).
pub fn reads_content(q: &Query) -> bool {
    q.search.is_some()
        || q.taxonomy_term_id.is_some()
        || q.taxonomy_id.is_some()
        || q.minimum_age.is_some()
        || q.maximum_age.is_some()
        || q.day.is_some()
        || q.start_time.is_some()
        || q.end_time.is_some()
}

/// The listings `q` keeps (their places in the feed's order), in feed order.
pub fn kept(entries: &[Entry<'_>], q: &Query) -> Vec<u32> {
    entries
        .iter()
        .filter(|e| matches(e, q))
        .map(|e| e.at)
        .collect()
}

/// The services `q` asks for; `listings` in feed order.
pub fn services(listings: &[FeedListing], q: &Query) -> Page<Service> {
    let all = kept(&Entry::of_listings(listings), q);
    let contents = page_part(&all, q)
        .iter()
        .map(|at| service::summary(&listings[*at as usize]))
        .collect();
    framed(all.len(), q, contents)
}

/// A listing by its id, archived ones included.
pub fn service(listings: &[FeedListing], id: Uuid, cx: &Context<'_>) -> Option<Service> {
    listings
        .iter()
        .find(|l| l.uuid == id)
        .map(|l| service::full(l, cx))
}

/// Every service at a location `q` keeps, in the list's order: by name, or with
/// `postcode` and `proximity` nearest first.
pub fn spots(entries: &[Entry<'_>], q: &Query, near: Option<&Reach<'_>>) -> Vec<Spot> {
    let mut found: Vec<(f64, Spot)> = Vec::new();
    for e in entries.iter().filter(|e| matches(e, q)) {
        let sites = (0..e.project.sites.len()).map(At::Site);
        let remote = locations::is_remote(&e.project).then_some(At::Remote);
        for at in sites.chain(remote) {
            let distance = match near {
                None => 0.0,
                Some(near) => match near.keeps(&e.project, at) {
                    Some(d) => d,
                    None => continue,
                },
            };
            found.push((distance, Spot::new(e.at, at)));
        }
    }
    if near.is_some_and(|n| n.near.within_m.is_some()) {
        // Nearest first; the sort is stable, so ties keep the order by name.
        found.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    found.into_iter().map(|(_, s)| s).collect()
}

/// The services at locations `q` asks for; `listings` in feed order.
pub fn service_at_locations(
    listings: &[FeedListing],
    q: &Query,
    near: Option<&Reach<'_>>,
) -> Page<ServiceAtLocation> {
    let all = spots(&Entry::of_listings(listings), q, near);
    let contents = page_part(&all, q)
        .iter()
        .map(|s| locations::item(&listings[s.listing as usize], s.place()))
        .collect();
    framed(all.len(), q, contents)
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
