//! The reviews aggregate: peer reviews of one project's published reflection by another,
//! with the reviewed project's one reply, and moderators hiding a review with a reason.

use super::StoreError;
use crate::domain::Slug;
use crate::domain::community::{Account, Review, ReviewItem};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// A review with both projects, from `reviews r`.
macro_rules! reviews {
    () => {
        "SELECT r.id, a.slug AS reviewer, a.name AS reviewer_name, b.slug AS reviewed, r.items, \
         r.reply, r.replied_at, r.hidden, r.hidden_reason, r.created_at, r.account_id FROM reviews r \
         JOIN projects a ON a.id = r.reviewer_id JOIN projects b ON b.id = r.reviewed_id"
    };
}

pub(crate) const CREATE_REVIEW: &str = "INSERT INTO reviews (reviewer_id, reviewed_id, account_id, items, \
    hidden, created_at) VALUES ((SELECT id FROM projects WHERE slug = $1), \
    (SELECT id FROM projects WHERE slug = $2), $3, $4, FALSE, $5) RETURNING id";
pub(crate) const VISIBLE_REVIEWS_OF: &str = concat!(
    reviews!(),
    " WHERE b.slug = $1 AND r.hidden = FALSE ORDER BY r.id DESC"
);
pub(crate) const ALL_REVIEWS_OF: &str =
    concat!(reviews!(), " WHERE b.slug = $1 ORDER BY r.id DESC");
pub(crate) const ALL_REVIEWS: &str = concat!(reviews!(), " ORDER BY r.id DESC");
pub(crate) const REVIEW_BY_ID: &str = concat!(reviews!(), " WHERE r.id = $1");
pub(crate) const LATEST_REVIEW: &str = concat!(
    reviews!(),
    " WHERE a.slug = $1 AND b.slug = $2 ORDER BY r.id DESC LIMIT 1"
);
pub(crate) const REPLY: &str =
    "UPDATE reviews SET reply = $1, replied_at = $2 WHERE id = $3 AND reply IS NULL";
pub(crate) const HIDE: &str = "UPDATE reviews SET hidden = TRUE, hidden_reason = $1, hidden_by = $2 \
    WHERE id = $3 AND hidden = FALSE";
pub(crate) const HIDDEN_IN_HISTORY: &str = "INSERT INTO project_history (project_id, at, actor, field, \
    old_value, new_value) VALUES ((SELECT id FROM projects WHERE slug = $1), $2, $3, \
    'peer review hidden', $4, $5)";
pub(crate) const CHANGE_ITEMS: &str = "UPDATE reviews SET items = $1 WHERE id = $2";
pub(crate) const CHANGED_IN_HISTORY: &str = "INSERT INTO project_history (project_id, at, actor, field, \
    old_value, new_value) VALUES ((SELECT id FROM projects WHERE slug = $1), $2, $3, \
    'peer review changed', $4, $5)";
pub(crate) const REVIEWED_SLUGS: &str = "SELECT DISTINCT b.slug FROM reviews r JOIN projects b \
    ON b.id = r.reviewed_id WHERE r.hidden = FALSE ORDER BY b.slug";

#[async_trait]
pub trait Reviews: Send + Sync {
    async fn create_review(
        &self,
        reviewer: &Slug,
        reviewed: &Slug,
        account: i64,
        items: &[ReviewItem],
    ) -> Result<i64, StoreError>;
    /// Reviews of a project, newest first.
    async fn reviews_of(
        &self,
        reviewed: &Slug,
        include_hidden: bool,
    ) -> Result<Vec<Review>, StoreError>;
    /// Every review, hidden ones included, newest first (for moderators).
    async fn all_reviews(&self) -> Result<Vec<Review>, StoreError>;
    async fn review(&self, id: i64) -> Result<Option<Review>, StoreError>;
    /// The newest review of `reviewed` by `reviewer`, hidden or not.
    async fn latest_review(
        &self,
        reviewer: &Slug,
        reviewed: &Slug,
    ) -> Result<Option<Review>, StoreError>;
    /// Sets the reviewed project's one reply; `false` if it already replied.
    async fn reply_review(&self, id: i64, reply: &str) -> Result<bool, StoreError>;
    /// Hides a visible review, keeping the reason and who in the reviewed project's
    /// history (both or neither); `false` when there is no such visible review.
    async fn hide_review(
        &self,
        id: i64,
        moderator: &Account,
        reason: &str,
    ) -> Result<bool, StoreError>;
    /// Projects with at least one visible peer review.
    async fn reviewed_slugs(&self) -> Result<Vec<Slug>, StoreError>;
    /// Replaces what a review says with `items`, keeping what it said before (and
    /// `actor`, who changed it, at `at`) in the reviewed project's history: both or
    /// neither. `false` when there is no such review.
    async fn change_review(
        &self,
        id: i64,
        items: &[ReviewItem],
        actor: &str,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
}

/// Implements [`Reviews`] for each `$t` (with `read()`/`write()` scopes).
macro_rules! impl_reviews {
    ($($t:ty),+) => {$(
        #[async_trait::async_trait]
        impl crate::store::Reviews for $t {
            #[tracing::instrument(skip_all)]
            async fn create_review(&self, reviewer: &Slug, reviewed: &Slug, account: i64, items: &[ReviewItem]) -> Result<i64, StoreError> {
                let items = serde_json::to_string(items)?;
                let mut c = self.write().await?;
                let id = sqlx::query_scalar(reviews::CREATE_REVIEW)
                    .bind(reviewer.as_str()).bind(reviewed.as_str()).bind(account).bind(items).bind(Utc::now())
                    .fetch_one(&mut *c).await?;
                self.note(&mut c, vec![crate::store::changes::Note::reviews()]).await?;
                c.done().await?;
                Ok(id)
            }

            #[tracing::instrument(skip_all)]
            async fn reviews_of(&self, reviewed: &Slug, include_hidden: bool) -> Result<Vec<Review>, StoreError> {
                let sql = if include_hidden { reviews::ALL_REVIEWS_OF } else { reviews::VISIBLE_REVIEWS_OF };
                let mut c = self.read().await?;
                let found: Vec<ReviewRow> = sqlx::query_as(sql).bind(reviewed.as_str()).fetch_all(&mut *c).await?;
                c.done().await?;
                all(found)
            }

            #[tracing::instrument(skip_all)]
            async fn all_reviews(&self) -> Result<Vec<Review>, StoreError> {
                let mut c = self.read().await?;
                let found: Vec<ReviewRow> = sqlx::query_as(reviews::ALL_REVIEWS).fetch_all(&mut *c).await?;
                c.done().await?;
                all(found)
            }

            #[tracing::instrument(skip_all)]
            async fn review(&self, id: i64) -> Result<Option<Review>, StoreError> {
                let mut c = self.read().await?;
                let row: Option<ReviewRow> = sqlx::query_as(reviews::REVIEW_BY_ID).bind(id).fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(Review::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn latest_review(&self, reviewer: &Slug, reviewed: &Slug) -> Result<Option<Review>, StoreError> {
                let mut c = self.read().await?;
                let row: Option<ReviewRow> = sqlx::query_as(reviews::LATEST_REVIEW)
                    .bind(reviewer.as_str()).bind(reviewed.as_str()).fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(Review::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn reply_review(&self, id: i64, reply: &str) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(reviews::REPLY).bind(reply).bind(Utc::now()).bind(id).execute(&mut *c).await?;
                // Other processes' peer-assured marks may differ.
                self.note(&mut c, vec![crate::store::changes::Note::reviews()]).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn hide_review(&self, id: i64, moderator: &Account, reason: &str) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let row: Option<ReviewRow> = sqlx::query_as(reviews::REVIEW_BY_ID).bind(id).fetch_optional(&mut *c).await?;
                let Some(review) = row.map(Review::try_from).transpose()?.filter(|r| !r.hidden) else {
                    return Ok(false);
                };
                sqlx::query(reviews::HIDE).bind(reason).bind(moderator.id).bind(id).execute(&mut *c).await?;
                sqlx::query(reviews::HIDDEN_IN_HISTORY)
                    .bind(review.reviewed.as_str()).bind(Utc::now()).bind(&moderator.email)
                    .bind(serde_json::to_string(&review)?)
                    .bind(serde_json::to_string(&serde_json::json!({ "reason": reason }))?)
                    .execute(&mut *c).await?;
                self.note(&mut c, vec![crate::store::changes::Note::reviews()]).await?;
                c.done().await?;
                Ok(true)
            }

            #[tracing::instrument(skip_all)]
            async fn reviewed_slugs(&self) -> Result<Vec<Slug>, StoreError> {
                let mut c = self.read().await?;
                let found: Vec<String> = sqlx::query_scalar(reviews::REVIEWED_SLUGS).fetch_all(&mut *c).await?;
                c.done().await?;
                found.iter().map(|s| slug(s)).collect()
            }

            #[tracing::instrument(skip_all)]
            async fn change_review(&self, id: i64, items: &[ReviewItem], actor: &str, at: DateTime<Utc>) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let row: Option<ReviewRow> = sqlx::query_as(reviews::REVIEW_BY_ID).bind(id).fetch_optional(&mut *c).await?;
                let Some(review) = row.map(Review::try_from).transpose()? else {
                    return Ok(false);
                };
                sqlx::query(reviews::CHANGE_ITEMS).bind(serde_json::to_string(items)?).bind(id).execute(&mut *c).await?;
                sqlx::query(reviews::CHANGED_IN_HISTORY)
                    .bind(review.reviewed.as_str()).bind(at).bind(actor)
                    .bind(serde_json::to_string(&review.items)?)
                    .bind(serde_json::to_string(items)?)
                    .execute(&mut *c).await?;
                c.done().await?;
                Ok(true)
            }
        }
    )+};
}

pub(crate) use impl_reviews;
