//! Peer reviews: publishing one, and a moderator hiding one.

use super::{Registry, RegistryError};
use crate::domain::Slug;
use crate::domain::community::{Account, ReviewItem};

impl Registry {
    /// Publishes a review of `reviewed` by `reviewer`, then marks `reviewed` as peer
    /// reviewed in the search index.
    pub async fn submit_review(
        &self,
        reviewer: &Slug,
        reviewed: &Slug,
        account: &Account,
        items: &[ReviewItem],
    ) -> Result<i64, RegistryError> {
        let id = self
            .store
            .create_review(reviewer, reviewed, account.id, items)
            .await?;
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
