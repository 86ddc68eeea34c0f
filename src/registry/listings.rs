//! Keeping a listing: saving it, or queueing a maintainer's change for a moderator.

use super::{Registry, RegistryError};
use crate::domain::Project;
use crate::domain::community::Account;
use crate::mail::letters;
use crate::store::SaveOutcome;

/// What became of a maintainer's change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// It shows now.
    Saved,
    /// It waits for a moderator.
    Waiting,
}

impl Published {
    /// The word the listing page is sent with (`/projects/{slug}?saved`).
    pub fn slug(self) -> &'static str {
        match self {
            Published::Saved => "saved",
            Published::Waiting => "waiting",
        }
    }
}

impl Registry {
    /// Saves a listing (one transaction), then brings the search index up to date: every
    /// change to a listing goes through here, so a published edit is searchable at once.
    pub async fn save(&self, project: &Project, actor: &str) -> Result<SaveOutcome, RegistryError> {
        let outcome = self.store.save(project, actor, false).await?;
        if outcome != SaveOutcome::Unchanged {
            self.reindex(project.clone());
        }
        // A self-assessment published again may renew peer assurance.
        if let SaveOutcome::Updated { fields } = &outcome
            && fields.iter().any(|f| f == "reflections" || f == "status")
        {
            self.refresh_assurance().await?;
        }
        Ok(outcome)
    }

    /// Publishes `edited` at once for a moderator or a trusted maintainer; otherwise keeps
    /// it, with `base` (the listing it was made from), for a moderator to check, and tells
    /// every moderator in the same transaction.
    pub async fn publish_or_queue(
        &self,
        account: &Account,
        trusted: bool,
        edited: &Project,
        base: &Project,
    ) -> Result<Published, RegistryError> {
        if trusted {
            self.save(edited, &account.email).await?;
            Ok(Published::Saved)
        } else {
            let tx = self.store.begin().await?;
            let id = tx
                .submit_edit(&edited.slug, account.id, edited, base)
                .await?;
            super::notices::to_moderators(tx.as_ref(), &format!("edit:{id}"), |lang| {
                letters::edit_waiting(self.origin(), &base.name, lang)
            })
            .await?;
            tx.commit().await?;
            Ok(Published::Waiting)
        }
    }
}
