//! The shortlists aggregate: a clinician's kept listings at a short random code.

use super::StoreError;
use crate::domain::{Delivery, Nation, Slug};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A clinician's shortlist of listings, kept at a short random code.
#[derive(Debug, Clone, PartialEq)]
pub struct Shortlist {
    pub code: String,
    pub created_at: DateTime<Utc>,
    /// Where the sheet was made for, as the geocoder named it (never a full postcode).
    pub place: String,
    pub nation: Nation,
    /// The kept listings, in the order shown.
    pub slugs: Vec<Slug>,
    /// What the sheet was for besides the place.
    pub asked: Asked,
}

/// What the sheet a shortlist was made from was for, besides the place, so that the
/// shortlist can say it ("Peer support for postpartum psychosis near B15 2"). Empty for
/// shortlists kept before this was (migration 0007).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Asked {
    /// Need slugs, as the taxonomy names them.
    pub needs: Vec<String>,
    pub delivery: Vec<Delivery>,
    /// Language codes.
    pub languages: Vec<String>,
    /// The distance the sheet looked within, in miles; `None` for however far.
    pub within_miles: Option<u32>,
}

pub(crate) const CREATE: &str = "INSERT INTO shortlists (code, created_at, place, nation, slugs, asked) \
    VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING";
pub(crate) const BY_CODE: &str =
    "SELECT code, created_at, place, nation, slugs, asked FROM shortlists WHERE code = $1";

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ShortlistRow {
    code: String,
    created_at: DateTime<Utc>,
    place: String,
    nation: String,
    slugs: String,
    asked: String,
}

impl TryFrom<ShortlistRow> for Shortlist {
    type Error = StoreError;
    fn try_from(r: ShortlistRow) -> Result<Self, StoreError> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("shortlist {}: {what}", r.code));
        let nation = r.nation.parse().map_err(|_| corrupt("nation"))?;
        let texts: Vec<String> = serde_json::from_str(&r.slugs).map_err(|_| corrupt("slugs"))?;
        let slugs = texts
            .iter()
            .map(|t| Slug::parse(t).map_err(|_| corrupt("slug")))
            .collect::<Result<Vec<_>, _>>()?;
        let asked = serde_json::from_str(&r.asked).map_err(|_| corrupt("asked"))?;
        Ok(Shortlist {
            code: r.code.clone(),
            created_at: r.created_at,
            place: r.place,
            nation,
            slugs,
            asked,
        })
    }
}

#[async_trait]
pub trait Shortlists: Send + Sync {
    /// Stores a new shortlist; `false` (and nothing written) when its code is taken.
    async fn create_shortlist(&self, shortlist: &Shortlist) -> Result<bool, StoreError>;
    /// The shortlist with this code, if any.
    async fn shortlist(&self, code: &str) -> Result<Option<Shortlist>, StoreError>;
}

/// Implements [`Shortlists`] for each `$t` (with `read()`/`write()` scopes).
macro_rules! impl_shortlists {
    ($($t:ty),+) => {$(
        #[async_trait::async_trait]
        impl crate::store::Shortlists for $t {
            #[tracing::instrument(skip_all)]
            async fn create_shortlist(&self, s: &crate::store::Shortlist) -> Result<bool, StoreError> {
                let slugs: Vec<&str> = s.slugs.iter().map(|slug| slug.as_str()).collect();
                let slugs = serde_json::to_string(&slugs)?;
                let asked = serde_json::to_string(&s.asked)?;
                let mut c = self.write().await?;
                let done = sqlx::query(shortlists::CREATE)
                    .bind(&s.code).bind(s.created_at).bind(&s.place).bind(s.nation.slug()).bind(slugs).bind(asked)
                    .execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn shortlist(&self, code: &str) -> Result<Option<crate::store::Shortlist>, StoreError> {
                let mut c = self.read().await?;
                let row: Option<shortlists::ShortlistRow> = sqlx::query_as(shortlists::BY_CODE).bind(code).fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(TryFrom::try_from).transpose()
            }
        }
    )+};
}

pub(crate) use impl_shortlists;
