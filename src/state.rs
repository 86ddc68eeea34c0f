//! What every handler can reach: cheap to clone, no globals.

use crate::auth::csrf::CsrfKey;
use crate::coverage::CoverageCache;
use crate::data::CrisisLines;
use crate::domain::{Nation, Project, Taxonomy};
use crate::geocode::Geocoder;
use crate::map::Outlines;
use crate::search::{MaskLayout, SearchIndex};
use crate::store::{SaveOutcome, Store, StoreError};
use crate::views::Chrome;
use std::sync::{Arc, RwLock};

/// Everything handlers share, behind one `Arc`: cloning the state for a request is a
/// single reference-count increment.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// The contents of [`AppState`].
pub struct Shared {
    pub store: Arc<dyn Store>,
    pub taxonomy: Arc<Taxonomy>,
    pub crisis: Arc<CrisisLines>,
    pub geocoder: Arc<Geocoder>,
    /// Published projects and their sites, in memory; updated by [`AppState::save_project`].
    pub search: Arc<RwLock<SearchIndex>>,
    /// The nations' outlines for the map.
    pub outlines: Arc<Outlines>,
    /// Signs the hidden token of every form.
    pub csrf: CsrfKey,
    /// Sign-in attempts per e-mail address.
    pub login_limiter: Arc<LoginLimiter>,
    /// Mark session cookies `Secure` (when served over https).
    pub secure_cookies: bool,
    /// Coverage per filter, recomputed when the search index changes.
    pub coverage: Arc<CoverageCache>,
}

/// Failed sign-ins allowed per e-mail address: a burst of 5, then one a minute. Once
/// the limit is hit the address is blocked for a minute, whatever password is tried.
pub struct LoginLimiter {
    failures: governor::DefaultKeyedRateLimiter<String>,
    blocked_until: std::sync::Mutex<std::collections::HashMap<String, std::time::Instant>>,
}

impl LoginLimiter {
    pub fn new() -> Self {
        let quota =
            governor::Quota::per_minute(std::num::NonZeroU32::new(1).expect("1 is not zero"))
                .allow_burst(std::num::NonZeroU32::new(5).expect("5 is not zero"));
        LoginLimiter {
            failures: governor::RateLimiter::keyed(quota),
            blocked_until: Default::default(),
        }
    }

    /// Whether sign-in for `email` is blocked just now.
    pub fn blocked(&self, email: &str) -> bool {
        let blocked = self.blocked_until.lock().unwrap_or_else(|e| e.into_inner());
        blocked
            .get(email)
            .is_some_and(|until| *until > std::time::Instant::now())
    }

    /// Counts a failed sign-in; blocks the address once it has failed too often.
    pub fn failed(&self, email: &str) {
        if self.failures.check_key(&email.to_string()).is_err() {
            let until = std::time::Instant::now() + std::time::Duration::from_secs(60);
            self.blocked_until
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(email.to_string(), until);
        }
    }
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::new()
    }
}

impl AppState {
    /// State over `store`: the bundled taxonomy, crisis routes and geodata, and a search
    /// index built from every published project.
    pub async fn load(store: Arc<dyn Store>) -> anyhow::Result<Self> {
        let taxonomy = Taxonomy::bundled();
        let geocoder = Geocoder::bundled()?;
        let published = store.all_published().await?;
        let reviewed = store.reviewed_slugs().await?.into_iter().collect();
        let index = SearchIndex::build(MaskLayout::new(&taxonomy), published, reviewed);
        Ok(Self(Arc::new(Shared {
            store,
            taxonomy: Arc::new(taxonomy),
            crisis: Arc::new(CrisisLines::bundled()),
            geocoder: Arc::new(geocoder),
            search: Arc::new(RwLock::new(index)),
            outlines: Arc::new(Outlines::bundled()),
            csrf: CsrfKey::random(),
            login_limiter: Arc::new(LoginLimiter::new()),
            secure_cookies: std::env::var("PEERMAP_SECURE_COOKIES")
                .is_ok_and(|v| v == "1" || v == "true"),
            coverage: Arc::new(CoverageCache::default()),
        })))
    }

    /// The page frame for a visitor whose nation may be known.
    pub fn chrome(&self, nation: Option<Nation>) -> Chrome<'_> {
        Chrome {
            crisis: &self.crisis,
            nation,
        }
    }

    /// Brings the search index's "peer reviewed" marks up to date after a review is
    /// published or hidden.
    pub async fn refresh_reviewed(&self) -> Result<(), StoreError> {
        let reviewed = self.store.reviewed_slugs().await?.into_iter().collect();
        self.search
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .set_reviewed(reviewed);
        Ok(())
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
