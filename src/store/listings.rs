//! The listings aggregate: projects with their tags, sites, sessions, reflections and
//! field-level history.

use super::StoreError;
use crate::domain::{Age, HistoryEntry, ListingFilter, Page, Project, Slug};
use async_trait::async_trait;
use serde::Serialize;

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum SaveOutcome {
    Created,
    Updated { fields: Vec<String> },
    Unchanged,
}

/// How many listings a database holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub real: u64,
    pub synthetic: u64,
}

/// A stored project with its database id.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub id: i64,
    pub project: Project,
}

#[async_trait]
pub trait Listings: Send + Sync {
    /// Published, real projects matching `filter` (as [`ListingFilter::matches`] defines
    /// it), ordered by name, and how many match in all.
    async fn list(
        &self,
        filter: &ListingFilter,
        page: Page,
    ) -> Result<(Vec<Project>, u64), StoreError>;
    /// Every published project (real or synthetic), for building the search index.
    async fn all_published(&self) -> Result<Vec<Stored>, StoreError>;
    /// The slug (as stored) of every published project whose age `keep`s, read from the
    /// slugs and ages alone (no other columns) one row at a time: how the freshness rounds
    /// find the few listings they need without holding them all, or all their slugs.
    async fn published_ages_where(
        &self,
        keep: &(dyn Fn(Option<Age>) -> bool + Send + Sync),
    ) -> Result<Vec<String>, StoreError>;
    /// One project by slug, whatever its status.
    async fn get(&self, slug: &Slug) -> Result<Option<Stored>, StoreError>;
    /// The projects with these slugs that exist, in one query, in no particular order.
    async fn get_many(&self, slugs: &[Slug]) -> Result<Vec<Stored>, StoreError>;
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
    /// The ids of every listing [`Listings::list`] would give for `filter`, in its order
    /// (by name): a directory's whole order, read once and paged from memory.
    async fn listed_ids(&self, filter: &ListingFilter) -> Result<Vec<i64>, StoreError>;
    /// The published, real listings with these ids, in the order given (an id no longer
    /// published is left out).
    async fn listed_by_ids(&self, ids: &[i64]) -> Result<Vec<Project>, StoreError>;
    /// The slugs of the listings with these ids (whatever their status), by id: one
    /// short statement, for a page whose content the search index holds.
    async fn slugs_of(&self, ids: &[i64]) -> Result<Vec<(i64, Slug)>, StoreError>;
}

/// Implements [`Listings`] for each `$t` over `$db`. Each type has `read()` and
/// `write()` giving a [`Scope`](super::scope::Scope); `listing_reads!` and
/// `listing_writes!` must be in scope.
macro_rules! impl_listings {
    ($db:ty: $($t:ty),+) => {$(
        #[async_trait::async_trait]
        impl crate::store::Listings for $t {
            #[tracing::instrument(skip_all)]
            async fn list(&self, filter: &ListingFilter, page: crate::domain::Page) -> Result<(Vec<Project>, u64), StoreError> {
                use crate::store::listing_sql::{LISTED, PROJECT_COLUMNS};
                let mut c = self.read().await?;
                let mut count = QueryBuilder::<$db>::new(format!("SELECT COUNT(*) {LISTED}"));
                push_filter(&mut count, filter);
                let total: i64 = count.build_query_scalar().fetch_one(&mut *c).await?;
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {PROJECT_COLUMNS} {LISTED}"));
                push_filter(&mut q, filter);
                q.push(" ORDER BY p.name, p.id LIMIT ").push_bind(i64::from(page.size));
                q.push(" OFFSET ").push_bind(page.offset());
                let found = q.build_query_as::<ProjectRow>().fetch_all(&mut *c).await?;
                let projects = load(&mut c, found).await?.into_iter().map(|s| s.project).collect();
                c.done().await?;
                Ok((projects, total as u64))
            }

            #[tracing::instrument(skip_all)]
            async fn all_published(&self) -> Result<Vec<Stored>, StoreError> {
                let mut c = self.read().await?;
                let out = load_published(&mut c).await?;
                c.done().await?;
                Ok(out)
            }

            #[tracing::instrument(skip_all)]
            async fn published_ages_where(
                &self,
                keep: &(dyn Fn(Option<crate::domain::Age>) -> bool + Send + Sync),
            ) -> Result<Vec<String>, StoreError> {
                use futures_util::TryStreamExt;
                let mut c = self.read().await?;
                let mut kept = Vec::new();
                {
                    let mut rows = sqlx::query_as::<_, crate::store::rows::AgeRow>(
                        crate::store::listing_sql::PUBLISHED_AGES,
                    )
                    .fetch(&mut *c);
                    while let Some(row) = rows.try_next().await? {
                        let (slug, age) = row.into_age();
                        if keep(age) {
                            kept.push(slug);
                        }
                    }
                }
                c.done().await?;
                Ok(kept)
            }

            #[tracing::instrument(skip_all)]
            async fn get(&self, slug: &crate::domain::Slug) -> Result<Option<Stored>, StoreError> {
                let mut c = self.read().await?;
                let out = find(&mut c, slug.as_str()).await?;
                c.done().await?;
                Ok(out)
            }

            #[tracing::instrument(skip_all)]
            async fn get_many(&self, slugs: &[crate::domain::Slug]) -> Result<Vec<Stored>, StoreError> {
                use crate::store::listing_sql::PROJECT_COLUMNS;
                if slugs.is_empty() {
                    return Ok(Vec::new());
                }
                let mut c = self.read().await?;
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {PROJECT_COLUMNS} FROM projects p WHERE p.slug IN ("));
                let mut list = q.separated(", ");
                for s in slugs {
                    list.push_bind(s.to_string());
                }
                q.push(")");
                let found = q.build_query_as::<ProjectRow>().fetch_all(&mut *c).await?;
                let out = load(&mut c, found).await?;
                c.done().await?;
                Ok(out)
            }

            #[tracing::instrument(skip_all)]
            async fn save(&self, project: &Project, actor: &str, synthetic: bool) -> Result<SaveOutcome, StoreError> {
                let mut c = self.write().await?;
                let out = save_in(&mut c, project, actor, synthetic).await?;
                let notes = crate::store::changes::saved(&project.slug, synthetic, &out);
                self.note(&mut c, notes.into_iter().collect()).await?;
                c.done().await?;
                Ok(out)
            }

            #[tracing::instrument(skip_all)]
            async fn save_many(&self, projects: &[Project], actor: &str, synthetic: bool) -> Result<Vec<SaveOutcome>, StoreError> {
                let mut c = self.write().await?;
                let mut out = Vec::with_capacity(projects.len());
                let mut notes = Vec::new();
                for p in projects {
                    let saved = save_in(&mut c, p, actor, synthetic).await?;
                    notes.extend(crate::store::changes::saved(&p.slug, synthetic, &saved));
                    out.push(saved);
                }
                self.note(&mut c, notes).await?;
                c.done().await?;
                Ok(out)
            }

            #[tracing::instrument(skip_all)]
            async fn history(&self, slug: &crate::domain::Slug) -> Result<Vec<crate::domain::HistoryEntry>, StoreError> {
                let mut c = self.read().await?;
                let found: Vec<crate::store::rows::HistoryRow> = sqlx::query_as(crate::store::listing_sql::HISTORY_OF)
                    .bind(slug.as_str()).fetch_all(&mut *c).await?;
                c.done().await?;
                Ok(found.into_iter().map(Into::into).collect())
            }

            #[tracing::instrument(skip_all)]
            async fn counts(&self) -> Result<crate::store::Counts, StoreError> {
                let mut c = self.read().await?;
                let (real, synthetic): (i64, i64) =
                    sqlx::query_as(crate::store::listing_sql::COUNTS).fetch_one(&mut *c).await?;
                c.done().await?;
                Ok(crate::store::Counts { real: real as u64, synthetic: synthetic as u64 })
            }

            #[tracing::instrument(skip_all)]
            async fn listed_ids(&self, filter: &ListingFilter) -> Result<Vec<i64>, StoreError> {
                use crate::store::listing_sql::LISTED;
                let mut c = self.read().await?;
                let mut q = QueryBuilder::<$db>::new(format!("SELECT p.id {LISTED}"));
                push_filter(&mut q, filter);
                q.push(" ORDER BY p.name, p.id");
                let ids: Vec<i64> = q.build_query_scalar().fetch_all(&mut *c).await?;
                c.done().await?;
                Ok(ids)
            }

            #[tracing::instrument(skip_all)]
            async fn listed_by_ids(&self, ids: &[i64]) -> Result<Vec<Project>, StoreError> {
                use crate::store::listing_sql::{LISTED_AMONG, PROJECT_COLUMNS};
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let mut c = self.read().await?;
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {PROJECT_COLUMNS} FROM projects p WHERE p.id IN ("));
                let mut list = q.separated(", ");
                for id in ids {
                    list.push_bind(*id);
                }
                q.push(") ").push(LISTED_AMONG);
                let found = q.build_query_as::<ProjectRow>().fetch_all(&mut *c).await?;
                let mut loaded = load(&mut c, found).await?;
                c.done().await?;
                let at: std::collections::HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
                loaded.sort_by_key(|s| at.get(&s.id).copied().unwrap_or(usize::MAX));
                Ok(loaded.into_iter().map(|s| s.project).collect())
            }

            #[tracing::instrument(skip_all)]
            async fn slugs_of(&self, ids: &[i64]) -> Result<Vec<(i64, Slug)>, StoreError> {
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let mut c = self.read().await?;
                let mut q = QueryBuilder::<$db>::new("SELECT id, slug FROM projects WHERE id IN (");
                let mut list = q.separated(", ");
                for id in ids {
                    list.push_bind(*id);
                }
                q.push(")");
                let found: Vec<(i64, String)> = q.build_query_as().fetch_all(&mut *c).await?;
                c.done().await?;
                found
                    .into_iter()
                    .map(|(id, slug)| {
                        let slug = Slug::parse(&slug).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                        Ok((id, slug))
                    })
                    .collect()
            }
        }
    )+};
}

pub(crate) use impl_listings;
