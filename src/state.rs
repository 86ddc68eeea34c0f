//! What every handler can reach: cheap to clone, no globals.

use crate::coverage::CoverageCache;
use crate::data::CrisisLines;
use crate::domain::{Nation, Project, Taxonomy};
use crate::geocode::Geocoder;
use crate::map::Outlines;
use crate::search::{MaskLayout, SearchIndex};
use crate::store::{SaveOutcome, Store, StoreError};
use crate::views::Chrome;
use std::sync::{Arc, RwLock};

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub taxonomy: Arc<Taxonomy>,
    pub crisis: Arc<CrisisLines>,
    pub geocoder: Arc<Geocoder>,
    /// Published projects and their sites, in memory; updated by [`AppState::save_project`].
    pub search: Arc<RwLock<SearchIndex>>,
    /// The nations' outlines for the map.
    pub outlines: Arc<Outlines>,
    /// Coverage per filter, recomputed when the search index changes.
    pub coverage: Arc<CoverageCache>,
}

impl AppState {
    /// State over `store`: the bundled taxonomy, crisis routes and geodata, and a search
    /// index built from every published project.
    pub async fn load(store: Arc<dyn Store>) -> anyhow::Result<Self> {
        let taxonomy = Taxonomy::bundled();
        let geocoder = Geocoder::bundled()?;
        let published = store.all_published().await?;
        let index = SearchIndex::build(MaskLayout::new(&taxonomy), published);
        Ok(Self {
            store,
            taxonomy: Arc::new(taxonomy),
            crisis: Arc::new(CrisisLines::bundled()),
            geocoder: Arc::new(geocoder),
            search: Arc::new(RwLock::new(index)),
            outlines: Arc::new(Outlines::bundled()),
            coverage: Arc::new(CoverageCache::default()),
        })
    }

    /// The page frame for a visitor whose nation may be known.
    pub fn chrome(&self, nation: Option<Nation>) -> Chrome<'_> {
        Chrome {
            crisis: &self.crisis,
            nation,
        }
    }

    /// Saves a project and brings the search index up to date in the same step: every
    /// write goes through here, so a published edit is searchable at once.
    pub async fn save_project(
        &self,
        project: &Project,
        actor: &str,
    ) -> Result<SaveOutcome, StoreError> {
        let outcome = self.store.save(project, actor, false).await?;
        if outcome != SaveOutcome::Unchanged
            && let Some(stored) = self.store.get(&project.slug).await?
        {
            self.search
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .apply(stored.project);
        }
        Ok(outcome)
    }
}
