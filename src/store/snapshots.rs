//! A copy of the search index's listings in the database (table `index_snapshots`,
//! migration 0021, with its bytes in `index_snapshot_parts`, migration 0022), so that a
//! process starts by reading one copy and then the change feed after it, instead of every
//! listing's rows. See `crate::registry::snapshot` for what the copy holds and when it is
//! used.
//!
//! The bytes are kept in parts of [`PART_BYTES`]: a row is held whole in memory while it
//! is read, by the database and again by the reader, so one row of 112 MB (250,000
//! listings) made a start-up's peak 100 MB higher than parts do (see BENCHMARKS.md).

use super::StoreError;
use async_trait::async_trait;
use chrono::NaiveDate;

/// The one copy kept.
pub(crate) const NAME: &str = "search";

/// The most bytes one part holds.
pub const PART_BYTES: usize = 4 << 20;

/// Writes the copy's row (its bytes go in parts) unless the one kept already holds a later
/// change of the feed.
pub(crate) const WRITE: &str = "INSERT INTO index_snapshots (name, seq, format, taken_on, data) \
    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, \
    format = excluded.format, taken_on = excluded.taken_on, data = excluded.data \
    WHERE index_snapshots.seq < excluded.seq OR index_snapshots.format <> excluded.format";
pub(crate) const READ: &str =
    "SELECT seq, format, taken_on, data FROM index_snapshots WHERE name = $1";
/// How many bytes the parts of a copy hold, to make room for them at once.
pub(crate) const PARTS_LENGTH: &str =
    "SELECT COALESCE(SUM(LENGTH(data)), 0) FROM index_snapshot_parts WHERE name = $1";
pub(crate) const PARTS: &str =
    "SELECT data FROM index_snapshot_parts WHERE name = $1 ORDER BY part";
pub(crate) const DROP_PARTS: &str = "DELETE FROM index_snapshot_parts WHERE name = $1";
pub(crate) const WRITE_PART: &str =
    "INSERT INTO index_snapshot_parts (name, part, data) VALUES ($1, $2, $3)";
pub(crate) const SEQ: &str = "SELECT seq, format FROM index_snapshots WHERE name = $1";

/// A copy as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Snapshot {
    /// Every change of the feed up to this one is in it (and perhaps some later ones).
    pub seq: i64,
    pub format: String,
    /// The day it was taken, `YYYY-MM-DD`.
    pub taken_on: String,
    /// Its bytes, whole (as stored: the row's own, then its parts').
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
    /// whether it was written.
    async fn write_snapshot(&self, snapshot: &Snapshot) -> Result<bool, StoreError>;
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
                use crate::store::snapshots::{NAME, PARTS, PARTS_LENGTH, READ};
                use futures_util::TryStreamExt;
                let mut c = self.read().await?;
                let found: Option<crate::store::Snapshot> =
                    sqlx::query_as(READ).bind(NAME).fetch_optional(&mut *c).await?;
                let Some(mut snapshot) = found else {
                    c.done().await?;
                    return Ok(None);
                };
                let (length,): (i64,) = sqlx::query_as(PARTS_LENGTH).bind(NAME).fetch_one(&mut *c).await?;
                snapshot.data.reserve_exact(usize::try_from(length).unwrap_or(0));
                {
                    let mut parts = sqlx::query_scalar::<_, Vec<u8>>(PARTS).bind(NAME).fetch(&mut *c);
                    while let Some(part) = parts.try_next().await? {
                        snapshot.data.extend_from_slice(&part);
                    }
                }
                c.done().await?;
                Ok(Some(snapshot))
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
                snapshot: &crate::store::Snapshot,
            ) -> Result<bool, crate::store::StoreError> {
                use crate::store::snapshots::{DROP_PARTS, NAME, PART_BYTES, WRITE, WRITE_PART};
                let mut c = self.write().await?;
                let written = sqlx::query(WRITE)
                    .bind(NAME)
                    .bind(snapshot.seq)
                    .bind(&snapshot.format)
                    .bind(&snapshot.taken_on)
                    .bind(&[] as &[u8])
                    .execute(&mut *c)
                    .await?
                    .rows_affected();
                if written == 0 {
                    // The kept copy is later: nothing to write (the transaction ends unused).
                    c.done().await?;
                    return Ok(false);
                }
                sqlx::query(DROP_PARTS).bind(NAME).execute(&mut *c).await?;
                for (part, bytes) in snapshot.data.chunks(PART_BYTES).enumerate() {
                    sqlx::query(WRITE_PART)
                        .bind(NAME)
                        .bind(part as i32)
                        .bind(bytes)
                        .execute(&mut *c)
                        .await?;
                }
                c.done().await?;
                Ok(true)
            }
        }
    };
}

pub(crate) use impl_snapshots;
