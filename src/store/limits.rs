//! Limits on attempts, kept in the database so that every process on it counts the same
//! attempts (table `attempt_limits`, migration 0015).
//!
//! Each key holds one number, its theoretical arrival time (`tat`), as the generic cell
//! rate algorithm (GCRA) that `governor` uses computes it: a quota of `burst` attempts,
//! then one each `period`, allows an attempt at `now` when
//! `max(tat, now) + period - now <= burst * period`, and then sets `tat` to
//! `max(tat, now) + period`. One conditional upsert does both, so two processes (or two
//! connections) can never both take the last slot: on PostgreSQL the second waits for the
//! first one's row lock and re-checks the row it committed; on SQLite writes take the
//! database's write lock in turn. A row whose `tat` has passed allows exactly what a
//! missing row does, so it is deleted with nothing lost.

use super::StoreError;
use async_trait::async_trait;

/// Takes one slot for a key, or nothing when its quota is spent: no row comes back then.
/// `$3` is now, `$4` the period and `$5` the burst times the period, in milliseconds.
pub(crate) const TAKE: &str = "INSERT INTO attempt_limits (limit_key, kind, tat) \
    VALUES ($1, $2, $3 + $4) ON CONFLICT (limit_key) DO UPDATE SET tat = \
    (CASE WHEN attempt_limits.tat > $3 THEN attempt_limits.tat ELSE $3 END) + $4 \
    WHERE (CASE WHEN attempt_limits.tat > $3 THEN attempt_limits.tat ELSE $3 END) + $4 - $3 <= $5 \
    RETURNING tat";
/// Gives one slot back (`$2` is the period).
pub(crate) const GIVE_BACK: &str = "UPDATE attempt_limits SET tat = tat - $2 WHERE limit_key = $1";
pub(crate) const DELETE_PAST: &str = "DELETE FROM attempt_limits WHERE tat <= $1";
pub(crate) const COUNT: &str = "SELECT COUNT(*) FROM attempt_limits";
/// Deletes the `$1` rows nearest to the end of their window.
pub(crate) const DELETE_NEAREST: &str = "DELETE FROM attempt_limits WHERE limit_key IN \
    (SELECT limit_key FROM attempt_limits ORDER BY tat LIMIT $1)";

/// One slot to take: a key (a keyed hash of what is limited, never the address itself),
/// the name of its limit, and the limit's quota.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Take {
    pub key: [u8; 32],
    pub kind: &'static str,
    /// Milliseconds between attempts once the burst is spent.
    pub period_ms: i64,
    /// Attempts allowed at once.
    pub burst: i64,
}

/// Whether a call's slots are taken together (all or none) or each on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taking {
    /// All of them, or none when any quota is spent.
    Together,
    /// Each one that has room, whatever the others say.
    Each,
}

#[async_trait]
pub trait LimitStore: Send + Sync {
    /// Takes one slot of each of `takes` at `now_ms` (milliseconds since 1970), in one
    /// transaction; whether each had room. Taken [`Taking::Together`], a spent quota
    /// leaves every count as it was, and the answers stop at the first spent one.
    async fn take_slots(
        &self,
        takes: &[Take],
        now_ms: i64,
        taking: Taking,
    ) -> Result<Vec<bool>, StoreError>;
    /// Gives back one slot of each of `takes` (taken for an attempt that did not count).
    async fn give_back(&self, takes: &[Take]) -> Result<(), StoreError>;
    /// Deletes every key whose window has passed at `now_ms`; then, if more than `cap`
    /// remain, the ones nearest to the end of their window until `keep` remain (those
    /// start afresh). The rows deleted.
    async fn prune_limits(&self, now_ms: i64, cap: i64, keep: i64) -> Result<u64, StoreError>;
    /// The keys held.
    async fn limit_rows(&self) -> Result<i64, StoreError>;
}

/// Implements [`LimitStore`] for the store type `$t` (with its `read()`/`write()` scopes).
macro_rules! impl_limits {
    ($t:ty) => {
        #[async_trait::async_trait]
        impl crate::store::LimitStore for $t {
            #[tracing::instrument(skip_all)]
            async fn take_slots(
                &self,
                takes: &[crate::store::Take],
                now_ms: i64,
                taking: crate::store::Taking,
            ) -> Result<Vec<bool>, crate::store::StoreError> {
                let mut c = self.write().await?;
                let mut had_room = Vec::with_capacity(takes.len());
                for t in takes {
                    let tat: Option<i64> = sqlx::query_scalar(crate::store::limits::TAKE)
                        .bind(&t.key[..])
                        .bind(t.kind)
                        .bind(now_ms)
                        .bind(t.period_ms)
                        .bind(t.period_ms * t.burst)
                        .fetch_optional(&mut *c)
                        .await?;
                    had_room.push(tat.is_some());
                    if tat.is_none() && taking == crate::store::Taking::Together {
                        // Dropped without commit: the slots taken so far are rolled back.
                        return Ok(had_room);
                    }
                }
                c.done().await?;
                Ok(had_room)
            }

            #[tracing::instrument(skip_all)]
            async fn give_back(
                &self,
                takes: &[crate::store::Take],
            ) -> Result<(), crate::store::StoreError> {
                let mut c = self.write().await?;
                for t in takes {
                    sqlx::query(crate::store::limits::GIVE_BACK)
                        .bind(&t.key[..])
                        .bind(t.period_ms)
                        .execute(&mut *c)
                        .await?;
                }
                c.done().await?;
                Ok(())
            }

            #[tracing::instrument(skip_all)]
            async fn prune_limits(
                &self,
                now_ms: i64,
                cap: i64,
                keep: i64,
            ) -> Result<u64, crate::store::StoreError> {
                let mut c = self.write().await?;
                let mut deleted = sqlx::query(crate::store::limits::DELETE_PAST)
                    .bind(now_ms)
                    .execute(&mut *c)
                    .await?
                    .rows_affected();
                let held: i64 = sqlx::query_scalar(crate::store::limits::COUNT)
                    .fetch_one(&mut *c)
                    .await?;
                if held > cap {
                    deleted += sqlx::query(crate::store::limits::DELETE_NEAREST)
                        .bind(held - keep.min(cap))
                        .execute(&mut *c)
                        .await?
                        .rows_affected();
                }
                c.done().await?;
                Ok(deleted)
            }

            #[tracing::instrument(skip_all)]
            async fn limit_rows(&self) -> Result<i64, crate::store::StoreError> {
                let mut c = self.read().await?;
                let held = sqlx::query_scalar(crate::store::limits::COUNT)
                    .fetch_one(&mut *c)
                    .await?;
                c.done().await?;
                Ok(held)
            }
        }
    };
}

pub(crate) use impl_limits;
