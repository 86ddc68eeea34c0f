//! A server's lists of the feed, at any size. What a server keeps is the feed's keys in
//! feed order (no content: a few dozen bytes a listing), brought up to date when the
//! search index's generation moves on (every committed listing change moves it) by
//! reading again only the listings changed since (every key, after the index was built
//! again or a few thousand changes on). A list's
//! filters read each listing's content from the search index, which holds every
//! published listing in search; the few it does not hold (archived, or out of search for
//! age) are read when a query first needs them and carried over to the next generation
//! (only the changed ones read again). What a query keeps
//! is remembered for the generation, so the next page of the same list is a slice.
//! Only the page a request answers is read from the database in full.

use super::feed::{self, Entry, Near, Spot};
use super::query::Query;
use super::{keys, locations};
use crate::domain::Project;
use crate::search::SearchIndex;
use crate::store::{Feed, FeedKey, FeedListing, PeerMarks, StoreError, feed_listing};
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Deref;
use std::sync::{Arc, Mutex, OnceLock};
use uuid::Uuid;

/// Queries of each kind remembered per generation; beyond this the memory is cleared.
const REMEMBERED: usize = 32;

/// Changed listings read again, at most, to bring a kept order up to date; beyond it
/// every key is read again.
const PATCH_AT_MOST: usize = 2000;

/// The feed's order of the latest generation asked for.
#[derive(Default)]
pub struct FeedCache {
    kept: tokio::sync::Mutex<Option<Arc<Order>>>,
}

impl FeedCache {
    /// The feed's order as of the search index's generation now (read before the store,
    /// so a change committed meanwhile moves it on). An older order kept is brought up
    /// to date by reading again only the listings changed since, when the index
    /// remembers them ([`SearchIndex::changed_since`]); else every key is read. One
    /// request reads at a time; the others wait for it.
    pub async fn order<G: Deref<Target = SearchIndex>>(
        &self,
        store: &dyn Feed,
        search: impl Fn() -> G,
    ) -> Result<Arc<Order>, StoreError> {
        let mut kept = self.kept.lock().await;
        let (generation, changed) = {
            let index = search();
            let since = kept.as_ref().map(|o| o.generation);
            (
                index.generation(),
                since.and_then(|g| index.changed_since(g)),
            )
        };
        if let Some(order) = kept.as_ref()
            && order.generation == generation
        {
            return Ok(order.clone());
        }
        let (keys, outside) = match (kept.as_ref(), changed) {
            (Some(old), Some(slugs)) if slugs.len() <= PATCH_AT_MOST => {
                let fresh = store.feed_keys_of(&slugs).await?;
                let outside = match old.outside.get() {
                    Some(before) => {
                        Some(outside_patched(store, &search, before, old, &slugs, &fresh).await?)
                    }
                    None => None,
                };
                (keys::patched(&old.keys, &slugs, fresh), outside)
            }
            _ => (keys::in_order(store.feed_keys().await?), None),
        };
        let fresh = Arc::new(Order {
            generation,
            keys,
            outside: tokio::sync::OnceCell::new_with(outside),
            kept: Mutex::default(),
            spots: Mutex::default(),
            remote: OnceLock::new(),
            example: tokio::sync::OnceCell::new(),
        });
        *kept = Some(fresh.clone());
        Ok(fresh)
    }
}

/// The listings the index does not hold, as `before` (of the order `old`) had them, after
/// the listings with slugs `changed` were saved (`fresh`: their keys now): those go, and
/// the ones of them the index does not hold now are read again. Whether the index holds a
/// listing changes only when it is saved or taken out of search, each a change the index
/// remembers, so the others stand.
async fn outside_patched<G: Deref<Target = SearchIndex>>(
    store: &dyn Feed,
    search: &impl Fn() -> G,
    before: &HashMap<Uuid, Arc<Project>>,
    old: &Order,
    changed: &[crate::domain::Slug],
    fresh: &[FeedKey],
) -> Result<HashMap<Uuid, Arc<Project>>, StoreError> {
    let slugs: std::collections::HashSet<&crate::domain::Slug> = changed.iter().collect();
    let mut outside = before.clone();
    for k in old.keys.iter().filter(|k| slugs.contains(&k.slug)) {
        outside.remove(&k.uuid);
    }
    let missing: Vec<FeedKey> = {
        let index = search();
        fresh
            .iter()
            .inspect(|k| {
                outside.remove(&k.uuid);
            })
            .filter(|k| k.archived || !index.holds(&k.slug))
            .cloned()
            .collect()
    };
    for l in store.feed_listings(&missing).await? {
        outside.insert(l.uuid, Arc::new(l.project));
    }
    Ok(outside)
}

/// The feed in order as of one generation, and what was worked out from it.
pub struct Order {
    generation: u64,
    /// Every listing of the feed, in feed order.
    pub keys: Vec<Arc<FeedKey>>,
    /// The content of the listings the index does not hold, by id.
    outside: tokio::sync::OnceCell<HashMap<Uuid, Arc<Project>>>,
    /// What each query of `/services` keeps (places in `keys`).
    kept: Mutex<HashMap<String, Arc<Vec<u32>>>>,
    /// What each query of `/service_at_locations` keeps.
    spots: Mutex<HashMap<String, Arc<Vec<Spot>>>>,
    /// The id of each listing's online and phone place, to its place in `keys`.
    remote: OnceLock<HashMap<Uuid, u32>>,
    /// The service and place the OpenAPI document gives as examples.
    example: tokio::sync::OnceCell<Option<(Uuid, Uuid)>>,
}

/// A query without its paging: what a list is remembered by.
fn list_key(q: &Query) -> String {
    let mut unpaged = q.clone();
    unpaged.page = 1;
    unpaged.per_page = 1;
    format!("{unpaged:?}")
}

fn remembered<T>(memory: &Mutex<HashMap<String, Arc<T>>>, key: &str) -> Option<Arc<T>> {
    memory
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(key)
        .cloned()
}

fn remember<T>(memory: &Mutex<HashMap<String, Arc<T>>>, key: String, value: Arc<T>) {
    let mut memory = memory.lock().unwrap_or_else(|e| e.into_inner());
    if memory.len() >= REMEMBERED {
        memory.clear();
    }
    memory.insert(key, value);
}

/// The peer marks of the listing with `slug`, as the index holds them.
fn marks_in(index: &SearchIndex, slug: &crate::domain::Slug) -> PeerMarks {
    let (reviewed, assured) = index.peer_marked();
    PeerMarks {
        reviewed: reviewed.contains(slug),
        assured: assured.contains(slug),
    }
}

impl Order {
    /// The listings a query of `/services` keeps, in feed order (places in `keys`).
    /// `search` gives the search index.
    pub async fn kept<G: Deref<Target = SearchIndex>>(
        &self,
        store: &dyn Feed,
        search: impl Fn() -> G,
        q: &Query,
    ) -> Result<Arc<Vec<u32>>, StoreError> {
        let key = list_key(q);
        if let Some(found) = remembered(&self.kept, &key) {
            return Ok(found);
        }
        let found = if feed::reads_content(q) {
            let outside = self.outside(store, &search).await?;
            let index = search();
            feed::kept(&self.entries(&index, outside), q)
        } else {
            (0u32..)
                .zip(&self.keys)
                .filter(|(_, k)| feed::listed(k.archived, k.modified, q))
                .map(|(at, _)| at)
                .collect()
        };
        let found = Arc::new(found);
        remember(&self.kept, key, found.clone());
        Ok(found)
    }

    /// The services at locations a query of `/service_at_locations` keeps, in the
    /// list's order. Which listings are within reach of `near` is worked out only here,
    /// for a list not remembered.
    pub async fn spots<G: Deref<Target = SearchIndex>>(
        &self,
        store: &dyn Feed,
        search: impl Fn() -> G,
        q: &Query,
        near: Option<&Near>,
    ) -> Result<Arc<Vec<Spot>>, StoreError> {
        let key = list_key(q);
        if let Some(found) = remembered(&self.spots, &key) {
            return Ok(found);
        }
        let outside = self.outside(store, &search).await?;
        let found = {
            let index = search();
            let reach = near.map(|n| n.reach(&index));
            Arc::new(feed::spots(
                &self.entries(&index, outside),
                q,
                reach.as_ref(),
            ))
        };
        remember(&self.spots, key, found.clone());
        Ok(found)
    }

    /// The listings at these places of `keys`, in full, with their peer marks, by place
    /// (one gone from the feed since is missing). Their content comes from the search
    /// index while it is still at this order's generation (the same listings, as the
    /// store holds them), or from the listings read once that it does not hold; only
    /// their sites' ids are read then. Otherwise they are read from the store.
    pub async fn read<G: Deref<Target = SearchIndex>>(
        &self,
        store: &dyn Feed,
        search: impl Fn() -> G,
        at: impl IntoIterator<Item = u32>,
    ) -> Result<HashMap<u32, FeedListing>, StoreError> {
        let mut places: Vec<u32> = at.into_iter().collect();
        places.sort_unstable();
        places.dedup();
        let mut held: Vec<(u32, Project)> = Vec::new();
        let mut unheld: Vec<FeedKey> = Vec::new();
        {
            let index = search();
            let current = index.generation() == self.generation;
            for &at in &places {
                let Some(key) = self.keys.get(at as usize) else {
                    continue;
                };
                let content = if current {
                    index
                        .by_slug(&key.slug)
                        .filter(|_| !key.archived)
                        .map(Arc::unwrap_or_clone)
                        .or_else(|| Some(Project::clone(self.outside.get()?.get(&key.uuid)?)))
                } else {
                    None
                };
                match content {
                    Some(project) => held.push((at, project)),
                    None => unheld.push(FeedKey::clone(key)),
                }
            }
        }
        let ids: Vec<i64> = held
            .iter()
            .map(|(at, _)| self.keys[*at as usize].id)
            .collect();
        let sites = store.feed_site_ids(&ids).await?;
        let mut read: HashMap<Uuid, FeedListing> = store
            .feed_listings(&unheld)
            .await?
            .into_iter()
            .map(|l| (l.uuid, l))
            .collect();
        for (at, project) in held {
            let key = &self.keys[at as usize];
            let listing = feed_listing(key.id, key.uuid, key.modified, project, &sites)?;
            read.insert(key.uuid, listing);
        }
        let index = search();
        Ok(places
            .into_iter()
            .filter_map(|at| {
                let key = self.keys.get(at as usize)?;
                let mut listing = read.remove(&key.uuid)?;
                listing.marks = marks_in(&index, &listing.project.slug);
                Some((at, listing))
            })
            .collect())
    }

    /// The ids of the oldest published listing with a place and of its first place, the
    /// examples of the OpenAPI document: worked out once per generation (finding it looks
    /// at every listing of the feed).
    pub async fn example<G: Deref<Target = SearchIndex>>(
        &self,
        store: &dyn Feed,
        search: impl Fn() -> G,
    ) -> Result<Option<(Uuid, Uuid)>, StoreError> {
        let found = self
            .example
            .get_or_try_init(|| async {
                let oldest = {
                    let index = search();
                    self.keys
                        .iter()
                        .filter(|k| !k.archived)
                        .filter(|k| index.has_place(&k.slug))
                        .min_by_key(|k| k.id)
                        .map(|k| k.uuid)
                };
                let listing = match oldest {
                    Some(uuid) => store.feed_listing(uuid).await?,
                    None => None,
                };
                Ok::<_, StoreError>(listing.as_ref().and_then(|l| {
                    let first = *locations::places(l).first()?;
                    Some((l.uuid, locations::place_id(l, first)))
                }))
            })
            .await?;
        Ok(*found)
    }

    /// The listing whose online and phone place has this id.
    pub fn remote_owner(&self, id: Uuid) -> Option<&FeedKey> {
        let remote = self.remote.get_or_init(|| {
            (0u32..)
                .zip(&self.keys)
                .map(|(at, k)| (locations::virtual_id_of(k.uuid), at))
                .collect()
        });
        remote.get(&id).map(|at| &*self.keys[*at as usize])
    }

    /// Every listing's entry: its content from the index, or else from `outside`.
    fn entries<'a>(
        &'a self,
        index: &'a SearchIndex,
        outside: &'a HashMap<Uuid, Arc<Project>>,
    ) -> Vec<Entry<'a>> {
        (0u32..)
            .zip(&self.keys)
            .filter_map(|(at, k)| {
                let project = match index.decode(&k.slug).filter(|_| !k.archived) {
                    Some(p) => Cow::Owned(p),
                    None => Cow::Borrowed(outside.get(&k.uuid)?.as_ref()),
                };
                Some(Entry {
                    at,
                    modified: k.modified,
                    project,
                    marks: marks_in(index, &k.slug),
                })
            })
            .collect()
    }

    /// The content of the listings the index does not hold, read once (or carried over
    /// from the order before, see [`outside_patched`]).
    async fn outside<G: Deref<Target = SearchIndex>>(
        &self,
        store: &dyn Feed,
        search: &impl Fn() -> G,
    ) -> Result<&HashMap<Uuid, Arc<Project>>, StoreError> {
        self.outside
            .get_or_try_init(|| async {
                let missing: Vec<FeedKey> = {
                    let index = search();
                    self.keys
                        .iter()
                        .filter(|k| k.archived || !index.holds(&k.slug))
                        .map(|k| FeedKey::clone(k))
                        .collect()
                };
                let read = store.feed_listings(&missing).await?;
                Ok(read
                    .into_iter()
                    .map(|l| (l.uuid, Arc::new(l.project)))
                    .collect())
            })
            .await
    }
}
