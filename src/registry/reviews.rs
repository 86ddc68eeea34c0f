//! Peer reviews: publishing one, and a moderator hiding one.

use super::{Registry, RegistryError};
use crate::domain::Slug;
use crate::domain::community::{Account, ReviewItem};
use crate::mail::letters;

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
        let name = |slug: &Slug| {
            let tx = &tx;
            let slug = slug.clone();
            async move {
                Ok::<_, RegistryError>(match tx.get(&slug).await? {
                    Some(stored) => stored.project.name,
                    None => slug.to_string(),
                })
            }
        };
        let letter = letters::review_received(
            self.origin(),
            &name(reviewed).await?,
            reviewed.as_str(),
            &name(reviewer).await?,
        );
        for to in tx.maintainer_addresses(reviewed.as_str()).await? {
            tx.enqueue(&letter.to(&to, &format!("review:{id}"))).await?;
        }
        tx.commit().await?;
        self.refresh_reviewed().await?;
        Ok(id)
    }

    /// Hides a visible review with the moderator's reason (kept in the history in the
    /// same transaction), then updates the index's marks.
    pub async fn hide_review(
        &self,
        id: i64,
        moderator: &Account,
        reason: &str,
    ) -> Result<(), RegistryError> {
        if !self.store.hide_review(id, moderator, reason).await? {
            return Err(RegistryError::NotFound(
                "There is no such visible review.".into(),
            ));
        }
        self.refresh_reviewed().await?;
        Ok(())
    }
}
