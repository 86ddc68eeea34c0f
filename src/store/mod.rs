//! Storage: a small trait with a SQLite and a PostgreSQL implementation.
//!
//! All SQL lives in this module. Both backends run the same statements (built with
//! `QueryBuilder` and binds, see [`sql`]) over their own migrations folder, and the
//! same conformance tests (`tests/store_conformance.rs`) run against both.

pub mod community;
mod diff;
mod postgres;
mod rows;
mod sql;
mod sqlite;

use crate::domain::{Nation, Project, Slug};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::sync::Arc;

pub use community::Community;
pub use diff::field_changes;
pub use postgres::PgStore;
pub use sqlite::SqliteStore;

/// Which projects to list: every non-empty facet must match (a value in a facet matches
/// if it is any of the listed values).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectFilter {
    pub needs: Vec<String>,
    pub formats: Vec<String>,
    pub delivery: Vec<String>,
    pub nations: Vec<String>,
    pub languages: Vec<String>,
    /// Only projects that have published their reflection on the principles.
    pub reflected: bool,
    /// Only projects another project has peer reviewed.
    pub reviewed: bool,
}

/// A page of results: 1-based page number and page size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub number: u32,
    pub size: u32,
}

impl Page {
    fn offset(self) -> i64 {
        i64::from(self.number.saturating_sub(1)) * i64::from(self.size)
    }
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum SaveOutcome {
    Created,
    Updated { fields: Vec<String> },
    Unchanged,
}

/// One field-level change in a project's history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub field: String,
    /// The old value as JSON text; `None` when the project was created.
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// How many listings a database holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub real: u64,
    pub synthetic: u64,
}

/// A clinician's shortlist of listings, kept at a short random code.
#[derive(Debug, Clone, PartialEq)]
pub struct Shortlist {
    pub code: String,
    pub created_at: DateTime<Utc>,
    /// Where the sheet was made for, as the geocoder named it (never a full postcode).
    pub place: String,
    pub nation: Nation,
    /// The kept listings, in the order shown.
    pub slugs: Vec<Slug>,
}

/// A stored project with its database id (used to key the in-memory index).
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub id: i64,
    pub project: Project,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
    #[error("unsupported database URL “{0}”: use sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
}

/// The registry's storage.
#[async_trait]
pub trait Store: community::Community + Send + Sync + 'static {
    /// `"sqlite"` or `"postgres"`.
    fn backend(&self) -> &'static str;
    /// Checks the database answers.
    async fn ping(&self) -> Result<(), StoreError>;
    /// Published, real projects matching `filter`, ordered by name, and how many match in all.
    async fn list(
        &self,
        filter: &ProjectFilter,
        page: Page,
    ) -> Result<(Vec<Project>, u64), StoreError>;
    /// Every published project (real or synthetic), for building the search index.
    async fn all_published(&self) -> Result<Vec<Stored>, StoreError>;
    /// One project by slug, whatever its status.
    async fn get(&self, slug: &Slug) -> Result<Option<Stored>, StoreError>;
    /// Creates or updates the project with this slug, recording each changed field in the
    /// history under `actor`. Nothing is deleted: the old values stay in the history.
    async fn save(
        &self,
        project: &Project,
        actor: &str,
        synthetic: bool,
    ) -> Result<SaveOutcome, StoreError>;
    /// Saves many projects in one transaction (imports and synthetic data).
    async fn save_many(
        &self,
        projects: &[Project],
        actor: &str,
        synthetic: bool,
    ) -> Result<Vec<SaveOutcome>, StoreError>;
    /// The history of a project, oldest first.
    async fn history(&self, slug: &Slug) -> Result<Vec<HistoryEntry>, StoreError>;
    async fn counts(&self) -> Result<Counts, StoreError>;
    /// Stores a new shortlist; `false` (and nothing written) when its code is taken.
    async fn create_shortlist(&self, shortlist: &Shortlist) -> Result<bool, StoreError>;
    /// The shortlist with this code, if any.
    async fn shortlist(&self, code: &str) -> Result<Option<Shortlist>, StoreError>;
}

/// Opens the database named by `url` (`sqlite://FILE` or `postgres://…`), creating a SQLite
/// file if needed, and runs its migrations.
pub async fn connect(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::connect(url).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PgStore::connect(url).await?))
    } else {
        Err(StoreError::UnsupportedUrl(url.to_string()))
    }
}
