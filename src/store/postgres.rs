//! The scale-out backend: PostgreSQL.

use sqlx::postgres::PgPoolOptions;
use sqlx::{PgPool, Postgres};

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
}

super::sql::impl_store!(PgStore, Postgres, "postgres");

super::community::impl_community!(PgStore, sqlx::Postgres);
