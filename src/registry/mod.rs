//! Use cases: the rules that change the registry. Each rule that writes more than once
//! runs in one database transaction (all of it or none of it); the in-memory search
//! index follows only after the commit. Nothing here knows about HTTP, so every rule can
//! be tested against a real database alone.

mod listings;
mod moderation;
mod notices;
pub mod password;
mod reviews;

pub use listings::Published;

use crate::domain::{Project, Taxonomy};
use crate::search::{MaskLayout, SearchIndex};
use crate::store::{Store, StoreError};
use std::sync::{Arc, RwLock, RwLockReadGuard};

/// Why a use case refused, in words for the person who asked.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{0}")]
    NotFound(String),
    /// It cannot be done in the state things are in.
    #[error("{0}")]
    Conflict(String),
    /// What was asked is not allowed.
    #[error("{0}")]
    Forbidden(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The registry: its storage and the in-memory search index that mirrors it.
#[derive(Clone)]
pub struct Registry {
    store: Arc<dyn Store>,
    search: Arc<RwLock<SearchIndex>>,
    /// Where the links in e-mail point (`crate::web::origin::link_origin`).
    origin: Option<Arc<str>>,
}

impl Registry {
    /// The registry over `store`, with a search index built from every published listing.
    pub async fn load(store: Arc<dyn Store>, taxonomy: &Taxonomy) -> Result<Self, StoreError> {
        let published = store.all_published().await?;
        let reviewed = store.reviewed_slugs().await?.into_iter().collect();
        let projects = published.into_iter().map(|s| s.project).collect();
        let index = SearchIndex::build(MaskLayout::new(taxonomy), projects, reviewed);
        Ok(Registry {
            store,
            search: Arc::new(RwLock::new(index)),
            origin: None,
        })
    }

    /// The registry, with the links in its e-mail made absolute from `origin`.
    pub fn with_link_origin(mut self, origin: Option<String>) -> Self {
        self.origin = origin.map(Arc::from);
        self
    }

    /// The origin of the links in e-mail.
    fn origin(&self) -> Option<&str> {
        self.origin.as_deref()
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// The search index, for reading.
    pub fn search(&self) -> RwLockReadGuard<'_, SearchIndex> {
        self.search.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Brings a committed listing into the search index.
    fn reindex(&self, project: Project) {
        self.search
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .apply(project);
    }

    /// Brings the index's "peer reviewed" marks up to date after a committed change to
    /// reviews.
    async fn refresh_reviewed(&self) -> Result<(), StoreError> {
        let reviewed = self.store.reviewed_slugs().await?.into_iter().collect();
        self.search
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .set_reviewed(reviewed);
        Ok(())
    }
}
