//! What every handler can reach: cheap to clone, no globals.

use crate::data::CrisisLines;
use crate::domain::{Nation, Taxonomy};
use crate::store::Store;
use crate::views::Chrome;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub taxonomy: Arc<Taxonomy>,
    pub crisis: Arc<CrisisLines>,
}

impl AppState {
    /// State over `store` with the taxonomy and crisis routes bundled in `data/`.
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self {
            store,
            taxonomy: Arc::new(Taxonomy::bundled()),
            crisis: Arc::new(CrisisLines::bundled()),
        }
    }

    /// The page frame for a visitor whose nation may be known.
    pub fn chrome(&self, nation: Option<Nation>) -> Chrome<'_> {
        Chrome {
            crisis: &self.crisis,
            nation,
        }
    }
}
