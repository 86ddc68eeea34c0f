//! Following the change feed (`crate::store::changes`): how a process's search index, its
//! "peer reviewed" marks, and what is cached from them (coverage, need counts, keyed by
//! the index's generation) learn of writes made by other processes on the same database,
//! and by `peermap import`.
//!
//! A change names what to look at, not what it became: a listing's slug, "the reviews",
//! or "everything". Applying one reads the current state from the database (a listing
//! published and not retired for age goes into search, any other comes out), so applying
//! a change twice, or late, or after a newer one, does no harm, and the process that made
//! a write may show it at once (its own use case does) and again from the feed. Every
//! write commits a change, so a stale read is always followed by a later change that
//! corrects it.
//!
//! When to look: on PostgreSQL, on every `NOTIFY peermap_changes` (sent by the writing
//! transaction at commit), after every reconnect of the listener (notices sent while it
//! was away are lost, the rows are not), and every [`SAFETY_NET`] in case one goes
//! missing; on SQLite, every poll interval (`PEERMAP_FEED_POLL_MS`, a query on the
//! primary key that finds nothing most of the time).
//!
//! Start-up records the last change before loading, so nothing committed between the load
//! and the first catch-up is lost; a process that was stopped simply loads everything when
//! it starts. Rows older than [`RETENTION_HOURS`] are pruned; a process further behind than that
//! (asleep for a day) loads everything again.

use super::{Registry, build_index};
use crate::domain::Slug;
use crate::store::{ChangeKind, StoreError};
use std::collections::BTreeSet;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Rows read at a time.
const BATCH: u32 = 500;
/// How long change rows are kept, in hours.
pub const RETENTION_HOURS: i64 = 24;
/// On PostgreSQL, a catch-up this often even without a notice.
pub const SAFETY_NET: Duration = Duration::from_secs(5);
/// How often old rows are pruned.
const PRUNE_EVERY: Duration = Duration::from_secs(60 * 60);
/// The wait before trying again after the database failed.
const RETRY: Duration = Duration::from_secs(1);

/// What one catch-up did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CaughtUp {
    /// Change rows read.
    pub changes: usize,
    /// Whether the whole index was loaded again.
    pub reloaded: bool,
}

impl Registry {
    /// The last change of the feed this process's index holds.
    pub fn last_seen(&self) -> i64 {
        self.seen.load(Ordering::SeqCst)
    }

    /// Applies every change after the last one seen, oldest first.
    pub async fn catch_up(&self) -> Result<CaughtUp, StoreError> {
        let _one_at_a_time = self.following.lock().await;
        let mut done = CaughtUp::default();
        loop {
            let last = self.last_seen();
            let since = self.store.changes_after(last, BATCH).await?;
            if last < since.pruned_through {
                self.reload().await?;
                done.reloaded = true;
                continue;
            }
            let Some(newest) = since.changes.last().map(|c| c.seq) else {
                return Ok(done);
            };
            done.changes += since.changes.len();
            let mut slugs = BTreeSet::new();
            let (mut reviews, mut all) = (false, false);
            for change in since.changes.iter() {
                match &change.kind {
                    ChangeKind::Listing(slug) => {
                        slugs.insert(slug.clone());
                    }
                    ChangeKind::Reviews => reviews = true,
                    ChangeKind::All => all = true,
                }
            }
            if all {
                self.reload().await?;
                done.reloaded = true;
            } else {
                let listings = !slugs.is_empty();
                self.apply_listings(slugs).await?;
                if reviews {
                    self.refresh_reviewed().await?;
                } else if listings {
                    // A self-assessment published elsewhere may renew peer assurance.
                    self.refresh_assurance().await?;
                }
            }
            self.seen.fetch_max(newest, Ordering::SeqCst);
            if since.changes.len() < BATCH as usize {
                return Ok(done);
            }
        }
    }

    /// Reads these listings as they are now and brings each into search, or out of it.
    async fn apply_listings(&self, slugs: BTreeSet<Slug>) -> Result<(), StoreError> {
        if slugs.is_empty() {
            return Ok(());
        }
        let wanted: Vec<Slug> = slugs.iter().cloned().collect();
        let found = self.store.get_many(&wanted).await?;
        let mut gone = slugs;
        for stored in found {
            gone.remove(&stored.project.slug);
            self.reindex(stored.project);
        }
        // Nothing deletes a listing; were one gone, it leaves search too.
        let mut index = self.search.write().unwrap_or_else(|e| e.into_inner());
        for slug in &gone {
            index.withdraw(slug);
        }
        Ok(())
    }

    /// Loads the whole index again, from the change before the load.
    async fn reload(&self) -> Result<(), StoreError> {
        let seen = self.store.last_change().await?;
        let layout = self.search().layout().clone();
        let fresh = build_index(self.store.as_ref(), layout, self.clock.today()).await?;
        self.search
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .replace(fresh);
        self.seen.store(seen, Ordering::SeqCst);
        tracing::info!(seen, "loaded the whole registry again from the change feed");
        Ok(())
    }

    /// Follows the change feed for as long as the process runs: woken by PostgreSQL's
    /// notices, or polling SQLite every `poll`. Errors are logged and tried again; this
    /// never returns.
    pub async fn follow(self, poll: Duration) {
        let mut pruned = None;
        loop {
            match self.store.change_signal().await {
                Ok(Some(mut signal)) => loop {
                    self.catch_up_logged(&mut pruned).await;
                    match tokio::time::timeout(SAFETY_NET, signal.next()).await {
                        Ok(Ok(_)) | Err(_) => {}
                        Ok(Err(e)) => {
                            tracing::warn!(error = %e, "lost the change feed's listener; listening again");
                            tokio::time::sleep(RETRY).await;
                            break;
                        }
                    }
                },
                Ok(None) => {
                    let mut every = tokio::time::interval(poll);
                    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                    loop {
                        every.tick().await;
                        self.catch_up_logged(&mut pruned).await;
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "could not listen for changes; trying again");
                    tokio::time::sleep(RETRY).await;
                }
            }
        }
    }

    /// [`Registry::catch_up`], with any error logged (the next round tries again), and
    /// old rows pruned once every [`PRUNE_EVERY`].
    async fn catch_up_logged(&self, pruned: &mut Option<Instant>) {
        if let Err(e) = self.catch_up().await {
            tracing::error!(error = %e, "could not apply the change feed; trying again");
            tokio::time::sleep(RETRY).await;
        }
        if pruned.is_none_or(|at| at.elapsed() >= PRUNE_EVERY) {
            *pruned = Some(Instant::now());
            let before = self.clock.now() - chrono::TimeDelta::hours(RETENTION_HOURS);
            match self.store.prune_changes(before).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(rows = n, "pruned old rows of the change feed"),
                Err(e) => tracing::warn!(error = %e, "could not prune the change feed"),
            }
        }
    }
}
