//! What every handler can reach: cheap to clone, no globals.

use super::csrf::CsrfKey;
use super::health::Readiness;
use super::hygiene::Turns;
use super::limiter::Limits;
use crate::config::Config;
use crate::coverage::CoverageCache;
use crate::data::CrisisLines;
use crate::domain::{Nation, Taxonomy};
use crate::geocode::Geocoder;
use crate::map::Outlines;
use crate::registry::Registry;
use crate::search::SearchIndex;
use crate::store::Store;
use crate::views::Chrome;
use std::sync::{Arc, RwLockReadGuard};

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
    /// The use cases, and the search index they keep current.
    pub registry: Registry,
    /// Storage, for reads (writes that take more than one step go through `registry`).
    pub store: Arc<dyn Store>,
    pub taxonomy: Arc<Taxonomy>,
    pub crisis: Arc<CrisisLines>,
    pub geocoder: Arc<Geocoder>,
    /// The nations' outlines for the map.
    pub outlines: Arc<Outlines>,
    /// The NHS health areas' outlines, for the map's closer views.
    pub health_areas: Arc<Outlines<String>>,
    /// Signs the hidden token of every form.
    pub csrf: CsrfKey,
    /// Limits on sign-ins, sign-ups and e-mailed links.
    pub limits: Limits,
    /// Coverage per filter, recomputed when the search index changes.
    pub coverage: CoverageCache,
    /// Places for reads and writes being handled.
    pub turns: Turns,
    /// The last readiness check, reused for a moment.
    pub readiness: Readiness,
    pub config: Config,
    /// The map's counts per filter, recounted when the search index changes.
    pub map: crate::map::MapCache,
    /// The directory's order per filter, read again when the search index changes.
    pub directory: crate::registry::directory::DirectoryCache,
    /// The open data feed's listings, read again when the search index changes.
    pub feed: crate::oruk::lists::FeedCache,
}

/// The name the generated form-signing secret is kept under in `settings`.
const SECRET_SETTING: &str = "form_secret";

impl AppState {
    /// State over `store` as `config` says: the bundled taxonomy, crisis routes and
    /// geodata, and a search index built from every published project.
    pub async fn load(store: Arc<dyn Store>, config: Config) -> anyhow::Result<Self> {
        let taxonomy = Taxonomy::bundled();
        let geocoder = Geocoder::bundled()?;
        let secret = match &config.secret {
            Some(secret) if secret.chars().count() >= 32 => secret.clone(),
            Some(_) => anyhow::bail!("PEERMAP_SECRET must be at least 32 characters long"),
            None => stored_secret(store.as_ref()).await?,
        };
        let csrf = CsrfKey::from_secret(&secret);
        let registry = Registry::load_with(store.clone(), &taxonomy, config.clock.clone())
            .await?
            .with_link_origin(super::origin::link_origin(&config))
            .with_link_key(crate::registry::LinkKey::from_secret(&secret));
        let limits = Limits::new(store.clone(), &secret, config.clock.clone());
        Ok(Self(Arc::new(Shared {
            registry,
            store,
            taxonomy: Arc::new(taxonomy),
            crisis: Arc::new(CrisisLines::bundled()),
            geocoder: Arc::new(geocoder),
            outlines: Arc::new(Outlines::bundled()),
            health_areas: Arc::new(Outlines::health_areas()),
            csrf,
            limits,
            coverage: CoverageCache::default(),
            map: crate::map::MapCache::default(),
            directory: Default::default(),
            feed: Default::default(),
            turns: Turns::new(config.limits.max_reads, config.limits.max_writes),
            readiness: Readiness::default(),
            config,
        })))
    }

    /// The page frame for a visitor whose nation may be known.
    pub fn chrome(&self, nation: Option<Nation>) -> Chrome<'_> {
        Chrome {
            crisis: &self.crisis,
            nation,
            // The language of the request's URL (see `web::lang`).
            lang: crate::i18n::here().lang,
        }
    }

    /// The search index, for reading.
    /// Now, in the UK, from the registry's clock: the only source of today for pages.
    pub fn now(&self) -> chrono::DateTime<chrono_tz::Tz> {
        self.registry
            .clock()
            .now()
            .with_timezone(&chrono_tz::Europe::London)
    }

    pub fn search(&self) -> RwLockReadGuard<'_, SearchIndex> {
        self.registry.search()
    }
}

/// The form-signing secret kept in the database, made (once, by whichever process comes
/// first) when there is none.
async fn stored_secret(store: &dyn Store) -> anyhow::Result<String> {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let fresh: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(store.setting_or_insert(SECRET_SETTING, &fresh).await?)
}
