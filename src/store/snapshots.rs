//! A copy of the search index's listings in the database (table `index_snapshots`,
//! migration 0021), so that a process starts by reading one row and then the change feed
//! after it, instead of every listing's rows. See `crate::registry::snapshot` for what the
//! copy holds and when it is used.

use super::StoreError;
use async_trait::async_trait;
use chrono::NaiveDate;

/// The one copy kept.
pub(crate) const NAME: &str = "search";

/// Writes the copy unless the one kept already holds a later change of the feed.
pub(crate) const WRITE: &str = "INSERT INTO index_snapshots (name, seq, format, taken_on, data) \
    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, \
    format = excluded.format, taken_on = excluded.taken_on, data = excluded.data \
    WHERE index_snapshots.seq < excluded.seq OR index_snapshots.format <> excluded.format";
pub(crate) const READ: &str =
    "SELECT seq, format, taken_on, data FROM index_snapshots WHERE name = $1";
pub(crate) const SEQ: &str = "SELECT seq, format FROM index_snapshots WHERE name = $1";

/// A copy as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Snapshot {
    /// Every change of the feed up to this one is in it (and perhaps some later ones).
    pub seq: i64,
    pub format: String,
    /// The day it was taken, `YYYY-MM-DD`.
    pub taken_on: String,
    pub data: Vec<u8>,
}

impl Snapshot {
    /// The day it was taken; `None` if the column does not read as a date.
    pub fn taken_on(&self) -> Option<NaiveDate> {
        self.taken_on.parse().ok()
    }
}

#[async_trait]
pub trait Snapshots: Send + Sync {
    /// The copy kept, if any.
    async fn read_snapshot(&self) -> Result<Option<Snapshot>, StoreError>;
    /// The change number and format of the copy kept, without its data.
    async fn snapshot_seq(&self) -> Result<Option<(i64, String)>, StoreError>;
    /// Keeps `snapshot` unless the copy kept, of the same format, holds a later change;
    /// whether it was written. Taken by value: its bytes go to the database without a
    /// copy of ours.
    async fn write_snapshot(&self, snapshot: Snapshot) -> Result<bool, StoreError>;
}

/// Implements [`Snapshots`] for the store type `$t` (with its `read()`/`write()` scopes).
macro_rules! impl_snapshots {
    ($t:ty) => {
        #[async_trait::async_trait]
        impl crate::store::Snapshots for $t {
            #[tracing::instrument(skip_all)]
            async fn read_snapshot(
                &self,
            ) -> Result<Option<crate::store::Snapshot>, crate::store::StoreError> {
                let mut c = self.read().await?;
                let found = sqlx::query_as(crate::store::snapshots::READ)
                    .bind(crate::store::snapshots::NAME)
                    .fetch_optional(&mut *c)
                    .await?;
                c.done().await?;
                Ok(found)
            }

            #[tracing::instrument(skip_all)]
            async fn snapshot_seq(&self) -> Result<Option<(i64, String)>, crate::store::StoreError> {
                let mut c = self.read().await?;
                let found = sqlx::query_as(crate::store::snapshots::SEQ)
                    .bind(crate::store::snapshots::NAME)
                    .fetch_optional(&mut *c)
                    .await?;
                c.done().await?;
                Ok(found)
            }

            #[tracing::instrument(skip_all, fields(seq = snapshot.seq, bytes = snapshot.data.len()))]
            async fn write_snapshot(
                &self,
                snapshot: crate::store::Snapshot,
            ) -> Result<bool, crate::store::StoreError> {
                let mut c = self.write().await?;
                let written = sqlx::query(crate::store::snapshots::WRITE)
                    .bind(crate::store::snapshots::NAME)
                    .bind(snapshot.seq)
                    .bind(&snapshot.format)
                    .bind(&snapshot.taken_on)
                    // By value: a borrowed slice would be copied first.
                    .bind(snapshot.data)
                    .execute(&mut *c)
                    .await?
                    .rows_affected();
                c.done().await?;
                Ok(written > 0)
            }
        }
    };
}

pub(crate) use impl_snapshots;
