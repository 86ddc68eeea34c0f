//! The freshness loop: confirming a listing, and the listings due a reminder or gone
//! stale (see [`crate::domain::Freshness`]). Today comes from the registry's clock.

use super::{Registry, RegistryError};
use crate::domain::{Freshness, Project};

impl Registry {
    /// "Nothing has changed: the listing is still accurate". From one of the project's own
    /// maintainers (`own`) it confirms the listing: confirmed by the project (`verified`),
    /// today (`last_confirmed`). Anyone else who may keep it (a moderator) records only the
    /// date the details were last checked, and only on a listing the project has not
    /// confirmed, so "confirmed by the project on" a date is always the project's own
    /// date. A listing retired from search for age is back in it at once.
    pub async fn confirm(
        &self,
        mut project: Project,
        own: bool,
        actor: &str,
    ) -> Result<(), RegistryError> {
        if own || !project.verified {
            project.verified |= own;
            project.last_confirmed = Some(self.clock.today());
            self.save(&project, actor).await?;
        }
        Ok(())
    }

    /// Published listings 11 months or more from their last confirmation (or, never
    /// confirmed, from the day they were added) and not yet retired: the ones whose
    /// maintainers should be asked "is this still right?". Nothing is sent from here: the
    /// caller hands each to the mail outbox.
    pub async fn reminders_due(&self) -> Result<Vec<Project>, RegistryError> {
        self.published_where(|f| f == Freshness::ReminderDue || f == Freshness::Stale)
            .await
    }

    /// Published listings 12 months or more without confirmation, oldest first, with their
    /// state: what moderators see as the stale list.
    pub async fn stale(&self) -> Result<Vec<(Project, Freshness)>, RegistryError> {
        let today = self.clock.today();
        let mut found: Vec<(Project, Freshness)> = self
            .published_where(Freshness::is_stale)
            .await?
            .into_iter()
            .map(|p| {
                let f = p.freshness(today);
                (p, f)
            })
            .collect();
        found.sort_by_key(|(p, _)| p.age().map(|a| a.since));
        Ok(found)
    }

    async fn published_where(
        &self,
        keep: impl Fn(Freshness) -> bool,
    ) -> Result<Vec<Project>, RegistryError> {
        let today = self.clock.today();
        Ok(self
            .store
            .all_published()
            .await?
            .into_iter()
            .map(|s| s.project)
            .filter(|p| keep(p.freshness(today)))
            .collect())
    }
}
