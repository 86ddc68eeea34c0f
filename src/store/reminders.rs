//! The reminders aggregate: which listings were reminded that they are due a check, for
//! which day their age counts from (see [`crate::domain::Freshness`]), and the days the
//! moderators' digest of what waits was sent.

use super::StoreError;
use crate::domain::Slug;
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

pub(crate) const RECORD: &str = "INSERT INTO freshness_reminders (project_id, since, sent_at) \
    SELECT p.id, $2, $3 FROM projects p WHERE p.slug = $1 ON CONFLICT (project_id, since) DO NOTHING";
pub(crate) const SENT: &str = "SELECT p.slug, r.since FROM freshness_reminders r \
    JOIN projects p ON p.id = r.project_id ORDER BY p.slug, r.since";

pub(crate) const RECORD_DIGEST: &str = "INSERT INTO moderator_digests (day, sent_at) \
    VALUES ($1, $2) ON CONFLICT (day) DO NOTHING";
pub(crate) const DIGESTS: &str = "SELECT day FROM moderator_digests ORDER BY day";

#[async_trait]
pub trait Reminders: Send + Sync {
    /// Records that the listing `project` was reminded for the age counted from `since`;
    /// `false` (nothing written) when it already was, or there is no such listing.
    async fn record_reminder(
        &self,
        project: &Slug,
        since: NaiveDate,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Every reminder recorded: the listing and the day its age was counted from.
    async fn reminders_sent(&self) -> Result<Vec<(Slug, NaiveDate)>, StoreError>;
    /// Records that the moderators' digest for `day` was sent; `false` (nothing
    /// written) when it already was. In a transaction, a second one waits for the first.
    async fn record_digest(&self, day: NaiveDate, at: DateTime<Utc>) -> Result<bool, StoreError>;
    /// The days a digest was sent, oldest first.
    async fn digests_sent(&self) -> Result<Vec<NaiveDate>, StoreError>;
}

/// Implements [`Reminders`] for each `$t` (with `read()`/`write()` scopes).
macro_rules! impl_reminders {
    ($($t:ty),+) => {$(
        #[async_trait::async_trait]
        impl crate::store::Reminders for $t {
            #[tracing::instrument(skip_all)]
            async fn record_reminder(&self, project: &Slug, since: chrono::NaiveDate, at: DateTime<Utc>) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(crate::store::reminders::RECORD)
                    .bind(project.as_str()).bind(since).bind(at)
                    .execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn reminders_sent(&self) -> Result<Vec<(Slug, chrono::NaiveDate)>, StoreError> {
                let mut c = self.read().await?;
                let rows: Vec<(String, chrono::NaiveDate)> = sqlx::query_as(crate::store::reminders::SENT).fetch_all(&mut *c).await?;
                c.done().await?;
                rows.into_iter()
                    .map(|(s, d)| Ok((Slug::parse(&s).map_err(|e| StoreError::Corrupt(e.to_string()))?, d)))
                    .collect()
            }

            #[tracing::instrument(skip_all)]
            async fn record_digest(&self, day: chrono::NaiveDate, at: DateTime<Utc>) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(crate::store::reminders::RECORD_DIGEST)
                    .bind(day).bind(at)
                    .execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn digests_sent(&self) -> Result<Vec<chrono::NaiveDate>, StoreError> {
                let mut c = self.read().await?;
                let rows = sqlx::query_scalar(crate::store::reminders::DIGESTS).fetch_all(&mut *c).await?;
                c.done().await?;
                Ok(rows)
            }
        }
    )+};
}

pub(crate) use impl_reminders;
