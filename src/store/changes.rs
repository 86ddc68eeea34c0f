//! The change feed: a numbered row (table `changes`, migration 0014) for every committed
//! write that a process's in-memory state mirrors, so every process sharing the database
//! can apply what the others (and `peermap import`) wrote. See `crate::registry::follow`
//! for the reader.
//!
//! Rows are written by the store itself, in the writing transaction, so no writer can
//! forget them: a listing saved (any status, so a publish, an edit and an archive alike),
//! a review published or hidden (the "peer reviewed" marks), and "everything" for
//! synthetic data written in bulk. A call on the [`Store`](super::Store) writes its rows
//! just before its own commit; a call on a [`Tx`](super::Tx) keeps them until
//! [`Tx::commit`](super::Tx::commit), which writes them last, just before committing.
//!
//! Order. A reader asks for the rows after the last number it saw, so a number must never
//! become visible after a higher one. SQLite has one writer at a time (`BEGIN
//! IMMEDIATE`), so numbers are given in commit order. PostgreSQL gives identity numbers
//! when asked, not at commit, so two writers could commit 8 before 7 and a reader that saw
//! 8 would never look at 7. Each writer therefore takes one transaction-scoped advisory
//! lock ([`LOCK_KEY`]) before its rows and holds it until its commit: the rows of one
//! transaction are numbered and committed before the next can take a number. Writes that
//! touch the feed are rare (edits, reviews, imports), and the lock is taken last in the
//! transaction, after every row lock it needs, so it is held only for the insert and the
//! commit, and it cannot be part of a deadlock (a holder waits for nothing else). Tracking
//! gaps instead would need a reader to wait out every number a rolled-back writer left.
//!
//! On PostgreSQL the same transaction runs `pg_notify('peermap_changes', '')`, delivered
//! to the listeners when (and only if) it commits; see [`Signal`].
//!
//! Old rows are pruned ([`Changes::prune_changes`]); the highest number pruned is kept in
//! `settings` (`changes_pruned_through`), so a reader that was further behind knows it
//! missed rows and loads everything again.

use super::StoreError;
use crate::domain::Slug;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// The PostgreSQL channel the change notices go to.
pub const CHANNEL: &str = "peermap_changes";

/// The advisory lock that orders the writers of change rows on PostgreSQL ("peermap" in
/// ASCII).
pub(crate) const LOCK_KEY: i64 = 0x0070_6565_726d_6170;

/// Beyond this many listings in one transaction, one "everything" row is written instead.
const MANY: usize = 500;

/// What changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeKind {
    /// The listing with this slug was saved: load it again.
    Listing(Slug),
    /// A review was published or hidden: the "peer reviewed" marks may differ.
    Reviews,
    /// Too much to name (synthetic data, a large import): load everything again.
    All,
}

/// One row of the feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub kind: ChangeKind,
}

/// The rows after a number, and how far old rows have been pruned.
#[derive(Debug, Clone, Default)]
pub struct Since {
    pub changes: Vec<Change>,
    /// Every row up to this number may be gone: a reader that had seen less must load
    /// everything again.
    pub pruned_through: i64,
}

/// The change feed, read by every process's follower.
#[async_trait]
pub trait Changes: Send + Sync {
    /// The highest number written so far (0 for none).
    async fn last_change(&self) -> Result<i64, StoreError>;
    /// Up to `limit` rows after `seq`, oldest first.
    async fn changes_after(&self, seq: i64, limit: u32) -> Result<Since, StoreError>;
    /// Deletes rows written before `before`, always keeping the newest; returns how many.
    async fn prune_changes(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;
    /// A wake-up on each committed change, where the backend has one (PostgreSQL's
    /// `LISTEN`); `None` means "poll".
    async fn change_signal(&self) -> Result<Option<Signal>, StoreError>;
}

/// A change to write in the feed, before it has its number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Note {
    pub kind: &'static str,
    pub slug: Option<String>,
}

impl Note {
    pub fn listing(slug: &Slug) -> Note {
        Note {
            kind: "listing",
            slug: Some(slug.to_string()),
        }
    }
    pub fn reviews() -> Note {
        Note {
            kind: "reviews",
            slug: None,
        }
    }
    pub fn all() -> Note {
        Note {
            kind: "all",
            slug: None,
        }
    }
}

/// The note of a listing's save: none when nothing changed; "everything" for synthetic
/// data (written in bulk, and which keeps no history of what changed).
pub(crate) fn saved(slug: &Slug, synthetic: bool, outcome: &super::SaveOutcome) -> Option<Note> {
    if synthetic {
        Some(Note::all())
    } else if *outcome == super::SaveOutcome::Unchanged {
        None
    } else {
        Some(Note::listing(slug))
    }
}

/// The notes of one transaction as they are written: each once, and one "everything"
/// row in place of very many listings.
pub(crate) fn condense(mut notes: Vec<Note>) -> Vec<Note> {
    notes.sort();
    notes.dedup();
    if notes.iter().any(|n| n.kind == "all")
        || notes.iter().filter(|n| n.kind == "listing").count() > MANY
    {
        let reviews = notes.iter().any(|n| n.kind == "reviews");
        notes = vec![Note::all()];
        if reviews {
            notes.push(Note::reviews());
        }
    }
    notes
}

pub(crate) const INSERT: &str = "INSERT INTO changes (kind, slug, at) ";
pub(crate) const AFTER: &str =
    "SELECT seq, kind, slug FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2";
pub(crate) const LAST: &str = "SELECT COALESCE(MAX(seq), 0) FROM changes";
pub(crate) const PRUNE_UPTO: &str = "SELECT MAX(seq) FROM changes WHERE at < $1 \
    AND seq < (SELECT MAX(seq) FROM changes)";
pub(crate) const PRUNE: &str = "DELETE FROM changes WHERE seq <= $1";
pub(crate) const PRUNED_SETTING: &str = "changes_pruned_through";
pub(crate) const PRUNED: &str = "SELECT value FROM settings WHERE name = 'changes_pruned_through'";
pub(crate) const SET_PRUNED: &str = "INSERT INTO settings (name, value) VALUES ($1, $2) \
    ON CONFLICT (name) DO UPDATE SET value = excluded.value";

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ChangeRow {
    pub seq: i64,
    pub kind: String,
    pub slug: Option<String>,
}

impl TryFrom<ChangeRow> for Change {
    type Error = StoreError;
    fn try_from(row: ChangeRow) -> Result<Change, StoreError> {
        let kind = match (row.kind.as_str(), row.slug) {
            ("listing", Some(slug)) => ChangeKind::Listing(
                Slug::parse(&slug)
                    .map_err(|e| StoreError::Corrupt(format!("change {}: {e}", row.seq)))?,
            ),
            ("reviews", _) => ChangeKind::Reviews,
            ("all", _) => ChangeKind::All,
            (other, _) => {
                return Err(StoreError::Corrupt(format!(
                    "change {} has kind {other:?}",
                    row.seq
                )));
            }
        };
        Ok(Change { seq: row.seq, kind })
    }
}

/// Wakes a follower when a change commits (PostgreSQL `LISTEN peermap_changes`).
pub struct Signal(pub(crate) sqlx::postgres::PgListener);

impl Signal {
    /// Waits for the next notice: `true` for one, `false` when the connection was lost
    /// (and made again, listening): notices sent meanwhile are lost, so catch up then.
    pub async fn next(&mut self) -> Result<bool, StoreError> {
        let got = self.0.try_recv().await?.is_some();
        // Notices that came together need one catch-up, not one each.
        while self.0.next_buffered().is_some() {}
        Ok(got)
    }
}

/// For one backend (`$name`, over `$db`): `record`, which writes notes in an open
/// transaction; `note` on the store (written at once, before the call's own commit) and
/// on its transaction (kept for [`Tx::commit`](super::Tx::commit)); and [`Changes`] on
/// the store. `$store` has `signal()`, its backend's [`Changes::change_signal`].
macro_rules! impl_changes {
    ($db:ty, $name:literal: $store:ty, $tx:ty) => {
        /// Writes `notes` (condensed) as change rows inside an open transaction; on
        /// PostgreSQL under the feed's lock, with a notice sent at commit.
        pub(crate) async fn record(
            conn: &mut <$db as sqlx::Database>::Connection,
            notes: Vec<crate::store::changes::Note>,
        ) -> Result<(), StoreError> {
            use crate::store::changes::{CHANNEL, INSERT, LOCK_KEY, condense};
            let notes = condense(notes);
            if notes.is_empty() {
                return Ok(());
            }
            let postgres = $name == "postgres";
            if postgres {
                sqlx::query("SELECT pg_advisory_xact_lock($1)")
                    .bind(LOCK_KEY)
                    .execute(&mut *conn)
                    .await?;
            }
            let now = Utc::now();
            let mut q = QueryBuilder::<$db>::new(INSERT);
            q.push_values(notes, |mut b, n| {
                b.push_bind(n.kind).push_bind(n.slug).push_bind(now);
            });
            q.build().execute(&mut *conn).await?;
            if postgres {
                sqlx::query("SELECT pg_notify($1, '')")
                    .bind(CHANNEL)
                    .execute(&mut *conn)
                    .await?;
            }
            Ok(())
        }

        impl $store {
            /// Writes `notes` in this call's own transaction, which commits next.
            pub(crate) async fn note(
                &self,
                c: &mut crate::store::scope::Scope<'_, $db>,
                notes: Vec<crate::store::changes::Note>,
            ) -> Result<(), StoreError> {
                record(&mut **c, notes).await
            }
        }

        impl $tx {
            /// Keeps `notes` for the commit, which writes them last.
            pub(crate) async fn note(
                &self,
                _c: &mut crate::store::scope::Scope<'_, $db>,
                notes: Vec<crate::store::changes::Note>,
            ) -> Result<(), StoreError> {
                self.0.note(notes);
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl crate::store::changes::Changes for $store {
            async fn last_change(&self) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar(crate::store::changes::LAST)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn changes_after(
                &self,
                seq: i64,
                limit: u32,
            ) -> Result<crate::store::changes::Since, StoreError> {
                use crate::store::changes::{AFTER, Change, ChangeRow, PRUNED, Since};
                // The rows first, then the mark: a prune in between shows in the mark.
                let rows: Vec<ChangeRow> = sqlx::query_as(AFTER)
                    .bind(seq)
                    .bind(i64::from(limit))
                    .fetch_all(&self.pool)
                    .await?;
                let pruned: Option<String> = sqlx::query_scalar(PRUNED)
                    .fetch_optional(&self.pool)
                    .await?;
                let pruned_through = match pruned {
                    Some(v) => v.parse().map_err(|e| {
                        StoreError::Corrupt(format!("changes_pruned_through {v:?}: {e}"))
                    })?,
                    None => 0,
                };
                let changes = rows
                    .into_iter()
                    .map(Change::try_from)
                    .collect::<Result<_, _>>()?;
                Ok(Since {
                    changes,
                    pruned_through,
                })
            }

            async fn prune_changes(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
                use crate::store::changes::{PRUNE, PRUNE_UPTO, PRUNED_SETTING, SET_PRUNED};
                let mut c = self.write().await?;
                let upto: Option<i64> = sqlx::query_scalar(PRUNE_UPTO)
                    .bind(before)
                    .fetch_one(&mut *c)
                    .await?;
                let Some(upto) = upto else {
                    return Ok(0);
                };
                let gone = sqlx::query(PRUNE)
                    .bind(upto)
                    .execute(&mut *c)
                    .await?
                    .rows_affected();
                sqlx::query(SET_PRUNED)
                    .bind(PRUNED_SETTING)
                    .bind(upto.to_string())
                    .execute(&mut *c)
                    .await?;
                c.done().await?;
                Ok(gone)
            }

            async fn change_signal(
                &self,
            ) -> Result<Option<crate::store::changes::Signal>, StoreError> {
                self.signal().await
            }
        }
    };
}

pub(crate) use impl_changes;
