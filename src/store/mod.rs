//! Storage: one trait per aggregate, a SQLite and a PostgreSQL implementation of each.
//!
//! All SQL lives in this module, written once: both backends run the same statement texts
//! (`$1`-style placeholders, which SQLite accepts as well), each over its own migrations
//! folder, and the same conformance tests run against both.
//!
//! The aggregates are [`Listings`], [`Accounts`], [`Moderation`], [`Reviews`],
//! [`Shortlists`] and the [`Outbox`] of e-mail. Each is implemented twice per backend by one macro: on the [`Store`]
//! itself, where every call is its own transaction, and on a [`Tx`] from
//! [`Store::begin`], where calls share one transaction until [`Tx::commit`]. A `Tx`
//! dropped without commit rolls back: a rule that writes more than once (a use case)
//! does all of it or none of it. [`LimitStore`], the limits on attempts, is on the store
//! only: each of its calls is one transaction of its own.

mod accounts;
pub(crate) mod assurance;
mod backend;
pub mod backup;
pub mod changes;
mod community_rows;
pub mod feed;
mod limits;
mod listing_sql;
mod listing_writes;
mod listings;
mod moderation;
mod moderation_impl;
mod outbox;
mod postgres;
mod reminders;
mod reviews;
mod rows;
mod scope;
mod shortlists;
mod snapshots;
mod sqlite;

pub use accounts::{Accounts, TokenPurpose};
pub use assurance::Assurance;
pub use changes::{Change, ChangeKind, Changes, Since};
pub use feed::{Feed, FeedKey, FeedListing, PeerMarks, SiteIds, feed_listing};
pub use limits::{LimitStore, Take, Taking};
pub use listings::{Counts, Listings, SaveOutcome, Stored};
pub use moderation::{FeedIds, Moderation};
pub use outbox::{Mail, Outbox, Queued};
pub use postgres::{PgStore, PgTx};
pub use reminders::Reminders;
pub use reviews::Reviews;
pub use shortlists::{Asked, Shortlist, Shortlists};
pub use snapshots::{Snapshot, SnapshotHead, SnapshotParts, Snapshots};
pub use sqlite::{SqliteStore, SqliteTx};

use async_trait::async_trait;
use std::sync::Arc;

/// Every aggregate trait, for `use crate::store::prelude::*`.
pub mod prelude {
    pub use super::{
        Accounts, Assurance, Changes, Feed, Listings, Moderation, Outbox, Reminders, Reviews,
        Shortlists, Store, Tx,
    };
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
    #[error("data could not be written as JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("unsupported database URL “{0}”: use sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
}

/// Every aggregate over one database: what a transaction and the store both offer.
pub trait Aggregates:
    Listings + Accounts + Moderation + Reviews + Shortlists + Outbox + Reminders + Feed + Assurance
{
}
impl<
    T: Listings + Accounts + Moderation + Reviews + Shortlists + Outbox + Reminders + Feed + Assurance,
> Aggregates for T
{
}

/// The registry's storage.
#[async_trait]
pub trait Store: Aggregates + Changes + LimitStore + Snapshots + Send + Sync + 'static {
    /// `"sqlite"` or `"postgres"`.
    fn backend(&self) -> &'static str;
    /// Checks the database answers.
    async fn ping(&self) -> Result<(), StoreError>;
    /// Checks the database can do its work: on SQLite it passes `PRAGMA quick_check`, and
    /// on both a write (to its own row in `settings`) commits.
    async fn ready(&self) -> Result<(), StoreError>;
    /// Starts a write transaction (on SQLite it takes the write lock at once, so it never
    /// fails half-way for want of it).
    async fn begin(&self) -> Result<Box<dyn Tx>, StoreError>;
    /// A value the application keeps for itself (table `settings`): sets `name` to
    /// `value` unless it is set already, and returns the value that stands.
    async fn setting_or_insert(&self, name: &str, value: &str) -> Result<String, StoreError>;
}

/// One write transaction across every aggregate.
#[async_trait]
pub trait Tx: Aggregates + Send + Sync {
    /// Makes every write of the transaction durable; until then none of them is.
    async fn commit(self: Box<Self>) -> Result<(), StoreError>;
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
