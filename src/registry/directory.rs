//! The directory's pages: the order of every listing a filter keeps is read once per
//! generation of the search index (which every committed listing or review change
//! moves on) and kept, so a page is one look-up of its own rows and the total is exact.
//! While the index is still at the order's generation, a page's listings are taken from
//! the index, which holds the same published listings as the store; only their slugs
//! are read, and the few it does not hold (retired from search for age) in full.

use super::Registry;
use crate::domain::{ListingFilter, Page, Project, Slug};
use crate::store::StoreError;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Filters whose order is kept at most (8 bytes a listing each); beyond it the cache
/// starts again.
const MAX_CACHED: usize = 16;

/// The listed order of a filter, as of one generation of the index.
struct Order {
    generation: u64,
    ids: Arc<[i64]>,
}

/// The kept orders, by filter.
#[derive(Default)]
pub struct DirectoryCache {
    orders: Mutex<HashMap<Vec<(&'static str, String)>, Order>>,
}

impl DirectoryCache {
    /// The listings of `filter` in name order, as ids, and the generation of the index
    /// they were read at: from the cache when read at the index's current generation,
    /// else from the store (and kept).
    async fn order(
        &self,
        registry: &Registry,
        filter: &ListingFilter,
    ) -> Result<(Arc<[i64]>, u64), StoreError> {
        // Read before the store is asked: a change committed meanwhile moves the
        // generation on, so what is read now is never kept past it.
        let generation = registry.search().generation();
        let key = filter.pairs();
        let lock = || self.orders.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = lock().get(&key)
            && hit.generation == generation
        {
            return Ok((hit.ids.clone(), generation));
        }
        let ids: Arc<[i64]> = registry.store().listed_ids(filter).await?.into();
        let mut orders = lock();
        orders.retain(|_, o| o.generation >= generation);
        if orders.len() >= MAX_CACHED {
            orders.clear();
        }
        orders.insert(
            key,
            Order {
                generation,
                ids: ids.clone(),
            },
        );
        Ok((ids, generation))
    }

    /// One page of the directory for `filter`, and how many listings it keeps in all:
    /// the same as [`crate::store::Listings::list`].
    pub async fn page(
        &self,
        registry: &Registry,
        filter: &ListingFilter,
        page: Page,
    ) -> Result<(Vec<Project>, u64), StoreError> {
        let (ids, generation) = self.order(registry, filter).await?;
        let from = usize::try_from(page.offset())
            .unwrap_or(usize::MAX)
            .min(ids.len());
        let to = from.saturating_add(page.size as usize).min(ids.len());
        let projects = read(registry, generation, &ids[from..to]).await?;
        Ok((projects, ids.len() as u64))
    }
}

/// The listings with `ids`, in their order, as [`crate::store::Listings::listed_by_ids`]
/// gives them: from the search index while it is at `generation` (when the ids were
/// read, so nothing has changed since), the rest from the store.
async fn read(
    registry: &Registry,
    generation: u64,
    ids: &[i64],
) -> Result<Vec<Project>, StoreError> {
    let store = registry.store();
    if ids.is_empty() || registry.search().generation() != generation {
        return store.listed_by_ids(ids).await;
    }
    let slugs: HashMap<i64, Slug> = store.slugs_of(ids).await?.into_iter().collect();
    let mut held: HashMap<i64, Project> = HashMap::new();
    {
        let index = registry.search();
        if index.generation() == generation {
            for id in ids {
                if let Some(project) = slugs.get(id).and_then(|s| index.by_slug(s)) {
                    held.insert(*id, project.as_ref().clone());
                }
            }
        }
    }
    if held.is_empty() {
        return store.listed_by_ids(ids).await;
    }
    let unheld: Vec<i64> = ids
        .iter()
        .filter(|id| !held.contains_key(id))
        .copied()
        .collect();
    let mut stored: HashMap<Slug, Project> = store
        .listed_by_ids(&unheld)
        .await?
        .into_iter()
        .map(|p| (p.slug.clone(), p))
        .collect();
    Ok(ids
        .iter()
        .filter_map(|id| held.remove(id).or_else(|| stored.remove(slugs.get(id)?)))
        .collect())
}
