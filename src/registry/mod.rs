//! Use cases: the rules that change the registry. Each rule that writes more than once
//! runs in one database transaction (all of it or none of it); the in-memory search
//! index follows only after the commit. Nothing here knows about HTTP, so every rule can
//! be tested against a real database alone.

pub mod accounts;
mod assurance;
mod digest;
pub mod directory;
mod follow;
mod freshness;
mod imported;
mod listings;
mod moderation;
mod notices;
mod one_click;
pub mod password;
mod reviews;
pub mod snapshot;
pub mod support;

pub use listings::Published;
pub use one_click::LinkKey;
pub use reviews::too_late;

use crate::domain::{Clock, Project, Refusal, Taxonomy};
use crate::search::{Builder, MaskLayout, SearchIndex};
use crate::store::{Store, StoreError};
use chrono::{Datelike, NaiveDate};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, RwLock, RwLockReadGuard};

/// Why a use case refused: its kind (the status on the web) and the reason, as data
/// (its English words are its `Display`; the views word it per language).
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{0}")]
    NotFound(Refusal),
    /// It cannot be done in the state things are in.
    #[error("{0}")]
    Conflict(Refusal),
    /// What was asked is not allowed.
    #[error("{0}")]
    Forbidden(Refusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl RegistryError {
    /// The reason, unless the store failed.
    pub fn refusal(&self) -> Option<&Refusal> {
        match self {
            RegistryError::NotFound(r)
            | RegistryError::Conflict(r)
            | RegistryError::Forbidden(r) => Some(r),
            RegistryError::Store(_) => None,
        }
    }
}

/// The registry: its storage and the in-memory search index that mirrors it.
#[derive(Clone)]
pub struct Registry {
    store: Arc<dyn Store>,
    search: Arc<RwLock<SearchIndex>>,
    /// Where the links in e-mail point (`crate::web::origin::link_origin`).
    origin: Option<Arc<str>>,
    clock: Clock,
    /// The day the index last withdrew listings retired for age, as days from the common
    /// era (an atomic, so the check on every search takes no lock).
    swept: Arc<AtomicI32>,
    /// Signs the one-click "still accurate" links in reminders.
    link_key: LinkKey,
    /// The last change of the feed the index holds (see [`follow`]).
    seen: Arc<std::sync::atomic::AtomicI64>,
    /// Held while applying changes from the feed, so two catch-ups never interleave.
    following: Arc<tokio::sync::Mutex<()>>,
}

impl Registry {
    /// The registry over `store`, with a search index built from every published listing,
    /// on the system clock.
    pub async fn load(store: Arc<dyn Store>, taxonomy: &Taxonomy) -> Result<Self, StoreError> {
        Registry::load_with(store, taxonomy, Clock::system()).await
    }

    /// [`Registry::load`] on `clock`: listings retired for age on its day stay out of search.
    pub async fn load_with(
        store: Arc<dyn Store>,
        taxonomy: &Taxonomy,
        clock: Clock,
    ) -> Result<Self, StoreError> {
        let today = clock.today();
        let layout = MaskLayout::new(taxonomy);
        let copied = snapshot::from_snapshot(store.as_ref(), &layout, today).await?;
        let from_copy = copied.is_some();
        let (index, seen) = match copied {
            Some(found) => found,
            None => {
                // Before loading: a change committed while loading is applied again, never lost.
                let seen = store.last_change().await?;
                (build_index(store.as_ref(), layout, today).await?, seen)
            }
        };
        let registry = Registry {
            store,
            search: Arc::new(RwLock::new(index)),
            origin: None,
            clock,
            swept: Arc::new(AtomicI32::new(today.num_days_from_ce())),
            link_key: LinkKey::random(),
            seen: Arc::new(seen.into()),
            following: Arc::default(),
        };
        if from_copy {
            // What was written since the copy was taken, before anything is served.
            registry.catch_up().await?;
        }
        Ok(registry)
    }

    /// The registry, with the links in its e-mail made absolute from `origin`.
    pub fn with_link_origin(mut self, origin: Option<String>) -> Self {
        self.origin = origin.map(Arc::from);
        self
    }

    /// The registry, with its one-click links signed by `key`.
    pub fn with_link_key(mut self, key: LinkKey) -> Self {
        self.link_key = key;
        self
    }

    /// The origin of the links in e-mail.
    fn origin(&self) -> Option<&str> {
        self.origin.as_deref()
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// What time it is for every rule.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The search index, for reading; on a new day, listings that reached 18 months
    /// without confirmation leave it first.
    pub fn search(&self) -> RwLockReadGuard<'_, SearchIndex> {
        self.sweep();
        self.search.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Withdraws from search the listings retired for age, once a day.
    fn sweep(&self) {
        let today = self.clock.today();
        let day = today.num_days_from_ce();
        let last = self.swept.load(Ordering::Relaxed);
        // Only the caller that moves the day on sweeps.
        if last == day
            || self
                .swept
                .compare_exchange(last, day, Ordering::AcqRel, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        let mut index = self.search.write().unwrap_or_else(|e| e.into_inner());
        index.withdraw_retired(today);
    }

    /// Brings a committed listing into the search index (or keeps it out, retired for age).
    fn reindex(&self, project: Project) {
        let retired = project.freshness(self.clock.today()).is_retired();
        let mut index = self.search.write().unwrap_or_else(|e| e.into_inner());
        if retired {
            index.withdraw(&project.slug);
        } else {
            index.apply(project);
        }
    }

    /// Brings the index's "peer reviewed" marks up to date after a committed change to
    /// reviews.
    async fn refresh_reviewed(&self) -> Result<(), StoreError> {
        let reviewed = self.store.reviewed_slugs().await?.into_iter().collect();
        self.search
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .set_reviewed(reviewed);
        self.refresh_assurance().await
    }
}

/// The search index of every published listing in `store` not retired for age on `today`.
async fn build_index(
    store: &dyn Store,
    layout: MaskLayout,
    today: NaiveDate,
) -> Result<SearchIndex, StoreError> {
    let published = store.all_published().await?;
    let projects = published.into_iter().map(|s| s.project).collect();
    index_of(store, layout, today, projects).await
}

/// Whether `project` belongs in search on `today` (not retired for age).
fn in_search(project: &Project, today: NaiveDate) -> bool {
    !project.freshness(today).is_retired()
}

/// The search index of the published listings `published` (those retired for age on
/// `today` left out), each dropped once registered, with the peer marks from `store`.
async fn index_of(
    store: &dyn Store,
    layout: MaskLayout,
    today: NaiveDate,
    published: Vec<Project>,
) -> Result<SearchIndex, StoreError> {
    let reviewed = store.reviewed_slugs().await?.into_iter().collect();
    let mut builder = Builder::new(layout, reviewed);
    for p in published {
        if in_search(&p, today) {
            builder.push(&p, None);
        }
    }
    with_assured(store, today, builder.finish(None)).await
}

/// `index` with today's peer-assured marks from `store`.
async fn with_assured(
    store: &dyn Store,
    today: NaiveDate,
    mut index: SearchIndex,
) -> Result<SearchIndex, StoreError> {
    index.set_assured(assurance::assured_now(store, today).await?);
    Ok(index)
}
