//! What both backends share: the transaction type, [`Store`](super::Store) and
//! [`Tx`](super::Tx), and every aggregate implemented for the store and its transaction.

pub(crate) const SETTING: &str = "SELECT value FROM settings WHERE name = $1";
pub(crate) const INSERT_SETTING: &str =
    "INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING";
/// The readiness check's write: the time of the last check, in a row of its own.
pub(crate) const READY_PROBE: &str = "INSERT INTO settings (name, value) VALUES ('ready_probe', $1) \
     ON CONFLICT (name) DO UPDATE SET value = excluded.value";

/// Room to grow: the same row written with [`ROOM_PROBE_BYTES`], then rolled back. A full
/// disk (or a SQLite file at its `max_page_count`) refuses it, while an update of the small
/// probe row in place might still succeed.
pub(crate) const ROOM_PROBE: &str = "INSERT INTO settings (name, value) VALUES ('ready_room', $1) \
     ON CONFLICT (name) DO UPDATE SET value = excluded.value";

/// How much the room probe writes: a few pages, as a small real write would need.
pub(crate) const ROOM_PROBE_BYTES: usize = 64 * 1024;

/// The backend's check that its file is sound, where it has a cheap one: SQLite's
/// `quick_check` (the page structure, without matching indexes to their tables).
pub(crate) fn integrity_check(backend: &str) -> Option<&'static str> {
    (backend == "sqlite").then_some("PRAGMA quick_check")
}

/// For a store type `$store` (with `pool`, `connect`, and `write()` beginning its write
/// transactions) over `$db`: defines the transaction type `$tx` and implements `Store`,
/// `Tx` and every aggregate for both.
macro_rules! backend {
    ($store:ident, $tx:ident, $db:ty, $name:literal) => {
        /// A write transaction shared by the calls of one use case.
        pub struct $tx(crate::store::scope::SharedTx<$db>);

        impl $store {
            /// A transaction of its own for one read.
            async fn read(&self) -> Result<crate::store::scope::Scope<'_, $db>, sqlx::Error> {
                Ok(crate::store::scope::Scope::Own(self.pool.begin().await?))
            }
        }

        impl $tx {
            async fn read(&self) -> Result<crate::store::scope::Scope<'_, $db>, sqlx::Error> {
                Ok(self.0.scope().await)
            }
            async fn write(&self) -> Result<crate::store::scope::Scope<'_, $db>, sqlx::Error> {
                Ok(self.0.scope().await)
            }
        }

        #[async_trait::async_trait]
        impl crate::store::Store for $store {
            fn backend(&self) -> &'static str {
                $name
            }

            async fn ping(&self) -> Result<(), crate::store::StoreError> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }

            async fn ready(&self) -> Result<(), crate::store::StoreError> {
                if let Some(check) = crate::store::backend::integrity_check($name) {
                    let found: Vec<String> = sqlx::query_scalar(check).fetch_all(&self.pool).await?;
                    if found != ["ok"] {
                        return Err(crate::store::StoreError::Corrupt(found.join("; ")));
                    }
                }
                let mut c = self.write().await?;
                sqlx::query(crate::store::backend::READY_PROBE)
                    .bind(chrono::Utc::now().to_rfc3339())
                    .execute(&mut *c)
                    .await?;
                c.done().await?;
                // Dropped without a commit: rolled back, so it leaves nothing behind.
                let mut room = self.write().await?;
                sqlx::query(crate::store::backend::ROOM_PROBE)
                    .bind("0".repeat(crate::store::backend::ROOM_PROBE_BYTES))
                    .execute(&mut *room)
                    .await?;
                drop(room);
                Ok(())
            }

            async fn begin(&self) -> Result<Box<dyn crate::store::Tx>, crate::store::StoreError> {
                let crate::store::scope::Scope::Own(tx) = self.write().await? else {
                    unreachable!("a store's write scope is its own transaction")
                };
                Ok(Box::new($tx(crate::store::scope::SharedTx::new(tx))))
            }

            async fn setting_or_insert(&self, name: &str, value: &str) -> Result<String, crate::store::StoreError> {
                let mut c = self.write().await?;
                sqlx::query(crate::store::backend::INSERT_SETTING).bind(name).bind(value).execute(&mut *c).await?;
                let stands = sqlx::query_scalar(crate::store::backend::SETTING).bind(name).fetch_one(&mut *c).await?;
                c.done().await?;
                Ok(stands)
            }
        }

        #[async_trait::async_trait]
        impl crate::store::Tx for $tx {
            async fn commit(self: Box<Self>) -> Result<(), crate::store::StoreError> {
                let (mut tx, notes) = self.0.into_parts();
                aggregates::record(&mut *tx, notes).await?;
                Ok(tx.commit().await?)
            }
        }

        mod aggregates {
            use super::{$store, $tx};
            use crate::domain::community::{Account, Claim, Decision, PendingEdit, Report, ReportKind, Review, ReviewItem, Role};
            use crate::domain::{HistoryEntry, Slug};
            use crate::store::community_rows::{all, slug, AccountRow, ClaimRow, EditRow, LoginRow, ReportRow, ReviewRow, SlugHistoryRow};
            use crate::store::{accounts, moderation, outbox, reviews, shortlists};
            use chrono::{DateTime, Utc};

            crate::store::listing_sql::listing_reads!($db);
            crate::store::listing_writes::listing_writes!($db);
            crate::store::listings::impl_listings!($db: $store, $tx);
            crate::store::accounts::impl_accounts!($store, $tx);
            crate::store::moderation_impl::impl_moderation!($store, $tx);
            crate::store::reviews::impl_reviews!($store, $tx);
            crate::store::shortlists::impl_shortlists!($store, $tx);
            crate::store::outbox::impl_outbox!($store, $tx);
            crate::store::reminders::impl_reminders!($store, $tx);
            crate::store::feed::impl_feed!($db: $store, $tx);
            crate::store::changes::impl_changes!($db, $name: $store, $tx);
            crate::store::assurance::impl_assurance!($store, $tx);
        }
    };
}

pub(crate) use backend;
