//! The scale-out backend: PostgreSQL.

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

/// The registry in a PostgreSQL database.
#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to `url` (`postgres://user@host/db`) and migrates the database.
    pub async fn connect(url: &str) -> Result<Self, super::StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect(url)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(Self { pool })
    }

    /// A listener on the change feed's channel, on a connection of its own from the pool.
    async fn signal(&self) -> Result<Option<super::changes::Signal>, super::StoreError> {
        let mut listener = sqlx::postgres::PgListener::connect_with(&self.pool).await?;
        listener.listen(super::changes::CHANNEL).await?;
        Ok(Some(super::changes::Signal(listener)))
    }

    async fn write(&self) -> Result<super::scope::Scope<'_, sqlx::Postgres>, sqlx::Error> {
        Ok(super::scope::Scope::Own(self.pool.begin().await?))
    }
}

super::backend::backend!(PgStore, PgTx, sqlx::Postgres, "postgres");
super::limits::impl_limits!(PgStore);
super::snapshots::impl_snapshots!(PgStore);
