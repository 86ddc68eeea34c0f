//! A copy of the search index's listings in the database (table `index_snapshots`,
//! migration 0021, its bytes in `index_snapshot_parts`, migration 0022), so that a process
//! starts by reading the copy and then the change feed after it, instead of every
//! listing's rows. See `crate::registry::snapshot` for what the copy holds and when it is
//! used.
//!
//! The bytes are kept in parts of about a megabyte, each written as it is made: a value is
//! held whole while it is written, by us, by the driver's bound copy and by SQLite's record,
//! so one row of 112 MB (250,000 listings) held a writing process 330 MB over its usual
//! size for a moment (see BENCHMARKS.md).

use super::StoreError;
use async_trait::async_trait;
use chrono::NaiveDate;
use futures_util::stream::BoxStream;

/// The one copy kept.
pub(crate) const NAME: &str = "search";

/// Writes the copy's row unless the one kept already holds a later change of the feed
/// (its bytes are in its parts; the row's own `data` is left empty).
pub(crate) const WRITE: &str = "INSERT INTO index_snapshots (name, seq, format, taken_on, data) \
    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, \
    format = excluded.format, taken_on = excluded.taken_on, data = excluded.data \
    WHERE index_snapshots.seq < excluded.seq OR index_snapshots.format <> excluded.format";
pub(crate) const DROP_PARTS: &str = "DELETE FROM index_snapshot_parts WHERE name = $1";
pub(crate) const WRITE_PART: &str =
    "INSERT INTO index_snapshot_parts (name, part, data) VALUES ($1, $2, $3)";
pub(crate) const READ: &str = "SELECT seq, format, taken_on FROM index_snapshots WHERE name = $1";
pub(crate) const PARTS: &str =
    "SELECT data FROM index_snapshot_parts WHERE name = $1 ORDER BY part";
pub(crate) const SEQ: &str = "SELECT seq, format FROM index_snapshots WHERE name = $1";

/// What a copy is, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SnapshotHead {
    /// Every change of the feed up to this one is in it (and perhaps some later ones).
    pub seq: i64,
    pub format: String,
    /// The day it was taken, `YYYY-MM-DD`.
    pub taken_on: String,
}

impl SnapshotHead {
    /// The day it was taken; `None` if the column does not read as a date.
    pub fn taken_on(&self) -> Option<NaiveDate> {
        self.taken_on.parse().ok()
    }
}

/// A copy as stored: what it is, and its bytes in the parts they were written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub head: SnapshotHead,
    pub parts: Vec<Vec<u8>>,
}

/// A copy's parts as they are made, in order; an error ends the write with nothing kept.
pub type SnapshotParts = BoxStream<'static, Result<Vec<u8>, StoreError>>;

#[async_trait]
pub trait Snapshots: Send + Sync {
    /// The copy kept, if any.
    async fn read_snapshot(&self) -> Result<Option<Snapshot>, StoreError>;
    /// The change number and format of the copy kept, without its data.
    async fn snapshot_seq(&self) -> Result<Option<(i64, String)>, StoreError>;
    /// Keeps a copy `head` with the bytes of `parts`, in one transaction, unless the copy
    /// kept, of the same format, holds a later change; whether it was written. Each part
    /// goes to the database as it comes (by value: no copy of ours), so no more than one
    /// or two are held at once. If `parts` fails, the copy kept before stays.
    async fn write_snapshot(
        &self,
        head: SnapshotHead,
        parts: SnapshotParts,
    ) -> Result<bool, StoreError>;
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
                use crate::store::snapshots::{NAME, PARTS, READ};
                let mut c = self.read().await?;
                let head: Option<crate::store::SnapshotHead> = sqlx::query_as(READ)
                    .bind(NAME)
                    .fetch_optional(&mut *c)
                    .await?;
                let Some(head) = head else {
                    c.done().await?;
                    return Ok(None);
                };
                let parts = sqlx::query_scalar(PARTS)
                    .bind(NAME)
                    .fetch_all(&mut *c)
                    .await?;
                c.done().await?;
                Ok(Some(crate::store::Snapshot { head, parts }))
            }

            #[tracing::instrument(skip_all)]
            async fn snapshot_seq(
                &self,
            ) -> Result<Option<(i64, String)>, crate::store::StoreError> {
                let mut c = self.read().await?;
                let found = sqlx::query_as(crate::store::snapshots::SEQ)
                    .bind(crate::store::snapshots::NAME)
                    .fetch_optional(&mut *c)
                    .await?;
                c.done().await?;
                Ok(found)
            }

            #[tracing::instrument(skip_all, fields(seq = head.seq))]
            async fn write_snapshot(
                &self,
                head: crate::store::SnapshotHead,
                mut parts: crate::store::SnapshotParts,
            ) -> Result<bool, crate::store::StoreError> {
                use crate::store::snapshots::{DROP_PARTS, NAME, WRITE, WRITE_PART};
                use futures_util::StreamExt;
                let mut c = self.write().await?;
                let written = sqlx::query(WRITE)
                    .bind(NAME)
                    .bind(head.seq)
                    .bind(&head.format)
                    .bind(&head.taken_on)
                    .bind(Vec::<u8>::new())
                    .execute(&mut *c)
                    .await?
                    .rows_affected();
                if written == 0 {
                    // The kept copy is as late: nothing written (the transaction ends unused).
                    c.done().await?;
                    return Ok(false);
                }
                sqlx::query(DROP_PARTS).bind(NAME).execute(&mut *c).await?;
                let mut number: i32 = 0;
                while let Some(part) = parts.next().await {
                    sqlx::query(WRITE_PART)
                        .bind(NAME)
                        .bind(number)
                        // By value: a borrowed slice would be copied first.
                        .bind(part?)
                        .execute(&mut *c)
                        .await?;
                    number += 1;
                }
                c.done().await?;
                tracing::debug!(parts = number, "index copy written");
                Ok(true)
            }
        }
    };
}

pub(crate) use impl_snapshots;
