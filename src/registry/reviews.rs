//! Peer reviews: publishing one, changing it within 14 days, and a moderator hiding one.

use super::{Registry, RegistryError};
use crate::domain::community::{Account, Review, ReviewItem};
use crate::domain::{Refusal, Slug};
use crate::mail::letters;
use crate::store::Tx;

/// A listing's name, or its slug when it has gone.
async fn name(tx: &dyn Tx, slug: &Slug) -> Result<String, RegistryError> {
    Ok(match tx.get(slug).await? {
        Some(stored) => stored.project.name,
        None => slug.to_string(),
    })
}

/// Why a review can no longer be changed.
pub fn too_late(review: &Review) -> RegistryError {
    RegistryError::Conflict(Refusal::TooLate {
        published: review.created_at.date_naive(),
        again: review.renewable_from().date_naive(),
    })
}

impl Registry {
    /// Publishes a review of `reviewed` by `reviewer` and, in the same transaction, queues
    /// an e-mail to each maintainer of `reviewed`; then marks `reviewed` as peer reviewed
    /// in the search index.
    pub async fn submit_review(
        &self,
        reviewer: &Slug,
        reviewed: &Slug,
        account: &Account,
        items: &[ReviewItem],
    ) -> Result<i64, RegistryError> {
        let tx = self.store.begin().await?;
        let id = tx
            .create_review(reviewer, reviewed, account.id, items)
            .await?;
        let (reviewed_name, reviewer_name) = (
            name(tx.as_ref(), reviewed).await?,
            name(tx.as_ref(), reviewer).await?,
        );
        let to = tx.maintainer_addresses(reviewed.as_str()).await?;
        super::notices::to_each(tx.as_ref(), &to, &format!("review:{id}"), |lang| {
            letters::review_received(
                self.origin(),
                &reviewed_name,
                reviewed.as_str(),
                &reviewer_name,
                lang,
            )
        })
        .await?;
        tx.commit().await?;
        self.refresh_reviewed().await?;
        Ok(id)
    }

    /// Changes what review `id` says, for `account` (a maintainer of the reviewing
    /// project), within [`REVIEW_EDIT_DAYS`](crate::domain::community::REVIEW_EDIT_DAYS) of publishing. In one transaction: the new
    /// items, what it said before in the reviewed project's history, and an e-mail to
    /// each maintainer of the reviewed project.
    pub async fn change_review(
        &self,
        id: i64,
        account: &Account,
        items: &[ReviewItem],
    ) -> Result<(), RegistryError> {
        let now = self.clock.now();
        let tx = self.store.begin().await?;
        let review = tx
            .review(id)
            .await?
            .ok_or_else(|| RegistryError::NotFound(Refusal::NoSuchReview))?;
        if tx
            .maintainer_of(&review.reviewer, account.id)
            .await?
            .is_none()
        {
            return Err(RegistryError::Forbidden(Refusal::OnlyWritersChange));
        }
        if !review.editable(now) {
            return Err(too_late(&review));
        }
        if !tx.change_review(id, items, &account.email, now).await? {
            return Err(RegistryError::NotFound(Refusal::NoSuchReview));
        }
        let reviewed_name = name(tx.as_ref(), &review.reviewed).await?;
        let key = format!("review-changed:{id}:{}", now.timestamp_millis());
        let to = tx.maintainer_addresses(review.reviewed.as_str()).await?;
        super::notices::to_each(tx.as_ref(), &to, &key, |lang| {
            letters::review_changed(
                self.origin(),
                &reviewed_name,
                review.reviewed.as_str(),
                &review.reviewer_name,
                lang,
            )
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Hides a visible review with the moderator's reason (kept in the history in the
    /// same transaction), then updates the index's marks. Nobody hides a review their
    /// own account wrote: another moderator must.
    pub async fn hide_review(
        &self,
        id: i64,
        moderator: &Account,
        reason: &str,
    ) -> Result<(), RegistryError> {
        if let Some(review) = self.store.review(id).await?
            && review.account_id == moderator.id
        {
            return Err(RegistryError::Forbidden(Refusal::OwnReview));
        }
        if !self.store.hide_review(id, moderator, reason).await? {
            return Err(RegistryError::NotFound(Refusal::NoSuchVisibleReview));
        }
        self.refresh_reviewed().await?;
        Ok(())
    }
}
