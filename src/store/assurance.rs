//! The assurance aggregate: each year's published reflection of a listing (written with
//! the listing, see `listing_writes`), and moderators' withdrawals of peer assurance.

use super::StoreError;
use crate::domain::Slug;
use crate::domain::assurance::{ReflectionYear, Withdrawal};
use crate::domain::community::Account;
use crate::domain::support::{OfferPlace, SupportKind, SupportOffer};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// Keeps a published reflection as its year's (replacing that year's, if any).
pub(crate) const KEEP_YEAR: &str = "INSERT INTO reflection_years (project_id, year, principle, \
    status, how, evidence, next_steps, published_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
    ON CONFLICT (project_id, year, principle) DO UPDATE SET status = excluded.status, \
    how = excluded.how, evidence = excluded.evidence, next_steps = excluded.next_steps, \
    published_on = excluded.published_on";
pub(crate) const YEARS_OF: &str = "SELECT y.year, y.project_id, y.principle, y.status, y.how, \
    y.evidence, y.next_steps, y.published_on FROM reflection_years y \
    JOIN projects p ON p.id = y.project_id WHERE p.slug = $1 ORDER BY y.year DESC, y.principle";
pub(crate) const WITHDRAW: &str = "INSERT INTO assurance_withdrawals (project_id, at, actor, reason) \
    VALUES ((SELECT id FROM projects WHERE slug = $1), $2, $3, $4)";
pub(crate) const WITHDRAWN_IN_HISTORY: &str = "INSERT INTO project_history (project_id, at, actor, \
    field, old_value, new_value) VALUES ((SELECT id FROM projects WHERE slug = $1), $2, $3, \
    'peer assurance withdrawn', $4, $5)";
pub(crate) const WITHDRAWALS_OF: &str = "SELECT w.at, w.actor, w.reason FROM assurance_withdrawals w \
    JOIN projects p ON p.id = w.project_id WHERE p.slug = $1 ORDER BY w.at, w.id";

pub(crate) const ASSURED: &str = "SELECT p.slug FROM assured_listings a JOIN projects p \
    ON p.id = a.project_id ORDER BY p.slug";
pub(crate) const CLEAR_ASSURED: &str = "DELETE FROM assured_listings";
pub(crate) const ADD_ASSURED: &str =
    "INSERT INTO assured_listings (project_id) SELECT id FROM projects WHERE slug = $1";

pub(crate) const CLEAR_OFFERS: &str = "DELETE FROM support_offers WHERE project_id = \
    (SELECT id FROM projects WHERE slug = $1)";
pub(crate) const ADD_OFFER: &str = "INSERT INTO support_offers (project_id, kind, place_label, lat, \
    lon, online) VALUES ((SELECT id FROM projects WHERE slug = $1), $2, $3, $4, $5, $6)";
macro_rules! offers {
    () => {
        "SELECT p.slug, p.name, o.kind, o.place_label, o.lat, o.lon, o.online \
         FROM support_offers o JOIN projects p ON p.id = o.project_id"
    };
}
pub(crate) const LIVE_OFFERS: &str = concat!(
    offers!(),
    " WHERE p.status = 'published' ORDER BY p.slug, o.kind"
);
pub(crate) const OFFERS_OF: &str = concat!(offers!(), " WHERE p.slug = $1 ORDER BY o.kind");
pub(crate) const OFFERS_CHANGED: &str = "INSERT INTO project_history (project_id, at, actor, \
    field, old_value, new_value) VALUES ((SELECT id FROM projects WHERE slug = $1), $2, $3, \
    'support offers', $4, $5)";

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct OfferRow {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub place_label: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub online: bool,
}

/// An offer row as the domain has it, with its project's slug and name.
pub(crate) fn offer(r: OfferRow) -> Result<(Slug, String, SupportOffer), StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("support offer {what}"));
    let kind = SupportKind::parse(&r.kind).ok_or_else(|| corrupt("kind"))?;
    let place = match (r.place_label, r.lat, r.lon) {
        (Some(label), Some(lat), Some(lon)) => Some(OfferPlace {
            label,
            location: crate::domain::LatLng::new(lat, lon).map_err(|_| corrupt("point"))?,
        }),
        _ => None,
    };
    let slug = super::community_rows::slug(&r.slug)?;
    Ok((
        slug,
        r.name,
        SupportOffer {
            kind,
            place,
            online: r.online,
        },
    ))
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct YearRow {
    pub year: i32,
    #[sqlx(flatten)]
    pub reflection: super::rows::ReflectionRow,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct WithdrawalRow {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub reason: String,
}

/// Groups rows (newest year first) into years.
pub(crate) fn years(rows: Vec<YearRow>) -> Result<Vec<ReflectionYear>, StoreError> {
    let mut out: Vec<ReflectionYear> = Vec::new();
    for row in rows {
        let reflection = super::rows::reflection_of(row.reflection)?;
        match out.last_mut() {
            Some(y) if y.year == row.year => y.reflections.push(reflection),
            _ => out.push(ReflectionYear {
                year: row.year,
                reflections: vec![reflection],
            }),
        }
    }
    for y in &mut out {
        y.reflections.sort_by_key(|r| r.principle);
    }
    Ok(out)
}

pub(crate) fn withdrawal(r: WithdrawalRow) -> Withdrawal {
    Withdrawal {
        at: r.at,
        actor: r.actor,
        reason: r.reason,
    }
}

#[async_trait]
pub trait Assurance: Send + Sync {
    /// Each year's published reflection of a listing, newest year first.
    async fn reflection_years(&self, slug: &Slug) -> Result<Vec<ReflectionYear>, StoreError>;
    /// Withdraws a listing's peer assurance with the moderator's reason, kept in the
    /// listing's history (both or neither), and notes the change for other processes.
    /// `false` when there is no such listing.
    async fn withdraw_assurance(
        &self,
        slug: &Slug,
        moderator: &Account,
        reason: &str,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// A listing's withdrawals, oldest first.
    async fn withdrawals_of(&self, slug: &Slug) -> Result<Vec<Withdrawal>, StoreError>;
    /// The listings last recorded as peer-assured.
    async fn assured_slugs(&self) -> Result<Vec<Slug>, StoreError>;
    /// Records `slugs` as the listings peer-assured now, in place of those before.
    async fn set_assured(&self, slugs: &[Slug]) -> Result<(), StoreError>;
    /// What a listing offers other projects.
    async fn support_offers_of(&self, slug: &Slug) -> Result<Vec<SupportOffer>, StoreError>;
    /// Replaces what a listing offers, keeping what it offered before (and `actor`) in its
    /// history: both or neither.
    async fn set_support_offers(
        &self,
        slug: &Slug,
        offers: &[SupportOffer],
        actor: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Every published listing's offers, with its slug and name.
    async fn all_support_offers(&self) -> Result<Vec<(Slug, String, SupportOffer)>, StoreError>;
}

/// Implements [`Assurance`] for each `$t` (with `read()`/`write()` scopes).
macro_rules! impl_assurance {
    ($($t:ty),+) => {$(
        #[async_trait::async_trait]
        impl crate::store::Assurance for $t {
            #[tracing::instrument(skip_all)]
            async fn reflection_years(&self, slug: &Slug) -> Result<Vec<crate::domain::assurance::ReflectionYear>, StoreError> {
                use crate::store::assurance as a;
                let mut c = self.read().await?;
                let rows: Vec<a::YearRow> = sqlx::query_as(a::YEARS_OF).bind(slug.as_str()).fetch_all(&mut *c).await?;
                c.done().await?;
                a::years(rows)
            }

            #[tracing::instrument(skip_all)]
            async fn withdraw_assurance(&self, slug: &Slug, moderator: &Account, reason: &str, at: DateTime<Utc>) -> Result<bool, StoreError> {
                use crate::store::assurance as a;
                let mut c = self.write().await?;
                let id: Option<i64> = sqlx::query_scalar(crate::store::listing_sql::ID_BY_SLUG)
                    .bind(slug.as_str()).fetch_optional(&mut *c).await?;
                if id.is_none() {
                    return Ok(false);
                }
                sqlx::query(a::WITHDRAW).bind(slug.as_str()).bind(at).bind(&moderator.email).bind(reason)
                    .execute(&mut *c).await?;
                sqlx::query(a::WITHDRAWN_IN_HISTORY)
                    .bind(slug.as_str()).bind(at).bind(&moderator.email)
                    .bind(Some("peer-assured"))
                    .bind(serde_json::to_string(&serde_json::json!({ "reason": reason }))?)
                    .execute(&mut *c).await?;
                self.note(&mut c, vec![crate::store::changes::Note::reviews()]).await?;
                c.done().await?;
                Ok(true)
            }

            #[tracing::instrument(skip_all)]
            async fn withdrawals_of(&self, slug: &Slug) -> Result<Vec<crate::domain::assurance::Withdrawal>, StoreError> {
                use crate::store::assurance as a;
                let mut c = self.read().await?;
                let rows: Vec<a::WithdrawalRow> = sqlx::query_as(a::WITHDRAWALS_OF).bind(slug.as_str()).fetch_all(&mut *c).await?;
                c.done().await?;
                Ok(rows.into_iter().map(a::withdrawal).collect())
            }

            #[tracing::instrument(skip_all)]
            async fn assured_slugs(&self) -> Result<Vec<Slug>, StoreError> {
                let mut c = self.read().await?;
                let found: Vec<String> = sqlx::query_scalar(crate::store::assurance::ASSURED).fetch_all(&mut *c).await?;
                c.done().await?;
                found.iter().map(|s| slug(s)).collect()
            }

            #[tracing::instrument(skip_all)]
            async fn support_offers_of(&self, slug: &Slug) -> Result<Vec<crate::domain::support::SupportOffer>, StoreError> {
                use crate::store::assurance as a;
                let mut c = self.read().await?;
                let rows: Vec<a::OfferRow> = sqlx::query_as(a::OFFERS_OF)
                    .bind(slug.as_str()).fetch_all(&mut *c).await?;
                c.done().await?;
                rows.into_iter().map(|r| a::offer(r).map(|(_, _, o)| o)).collect()
            }

            #[tracing::instrument(skip_all)]
            async fn set_support_offers(&self, slug: &Slug, offers: &[crate::domain::support::SupportOffer], actor: &str, at: DateTime<Utc>) -> Result<(), StoreError> {
                use crate::store::assurance as a;
                let mut c = self.write().await?;
                let rows: Vec<a::OfferRow> = sqlx::query_as(a::OFFERS_OF)
                    .bind(slug.as_str()).fetch_all(&mut *c).await?;
                let before: Vec<_> = rows.into_iter().map(|r| a::offer(r).map(|(_, _, o)| o)).collect::<Result<_, _>>()?;
                sqlx::query(a::CLEAR_OFFERS).bind(slug.as_str()).execute(&mut *c).await?;
                for o in offers {
                    let (label, lat, lon) = match &o.place {
                        Some(p) => (Some(p.label.clone()), Some(p.location.lat()), Some(p.location.lon())),
                        None => (None, None, None),
                    };
                    sqlx::query(a::ADD_OFFER).bind(slug.as_str()).bind(o.kind.slug()).bind(label).bind(lat).bind(lon).bind(o.online)
                        .execute(&mut *c).await?;
                }
                sqlx::query(a::OFFERS_CHANGED).bind(slug.as_str()).bind(at).bind(actor)
                    .bind(serde_json::to_string(&before)?).bind(serde_json::to_string(offers)?)
                    .execute(&mut *c).await?;
                c.done().await?;
                Ok(())
            }

            #[tracing::instrument(skip_all)]
            async fn all_support_offers(&self) -> Result<Vec<(Slug, String, crate::domain::support::SupportOffer)>, StoreError> {
                use crate::store::assurance as a;
                let mut c = self.read().await?;
                let rows: Vec<a::OfferRow> = sqlx::query_as(a::LIVE_OFFERS).fetch_all(&mut *c).await?;
                c.done().await?;
                rows.into_iter().map(a::offer).collect()
            }

            #[tracing::instrument(skip_all)]
            async fn set_assured(&self, slugs: &[Slug]) -> Result<(), StoreError> {
                use crate::store::assurance as a;
                let mut c = self.write().await?;
                sqlx::query(a::CLEAR_ASSURED).execute(&mut *c).await?;
                for s in slugs {
                    sqlx::query(a::ADD_ASSURED).bind(s.as_str()).execute(&mut *c).await?;
                }
                c.done().await?;
                Ok(())
            }
        }
    )+};
}

pub(crate) use impl_assurance;
