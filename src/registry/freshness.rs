//! The freshness loop: confirming a listing, and the listings due a reminder or gone
//! stale (see [`crate::domain::Freshness`]). Today comes from the registry's clock.

use super::{Registry, RegistryError};
use crate::domain::{Age, Freshness, Project, Slug};
use chrono::NaiveDate;
use std::collections::HashSet;

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
    /// confirmed, from the day they were added), not yet retired and not yet reminded for
    /// that day: the ones whose maintainers should be asked "is this still right?".
    /// Nothing is sent from here: the caller hands each to the mail outbox, then calls
    /// [`Registry::record_reminder`] so it is not asked again until it is confirmed.
    pub async fn reminders_due(&self) -> Result<Vec<Project>, RegistryError> {
        let sent: HashSet<(Slug, NaiveDate)> =
            self.store.reminders_sent().await?.into_iter().collect();
        let due = self
            .published_where(|f| f == Freshness::ReminderDue || f == Freshness::Stale)
            .await?;
        Ok(due
            .into_iter()
            .filter(|p| {
                p.age()
                    .is_some_and(|a| !sent.contains(&(p.slug.clone(), a.since)))
            })
            .collect())
    }

    /// Asks the maintainers of each listing due a reminder whether it is still right, with
    /// a signed one-click "still accurate" link (see [`Registry::confirm_by_link`]): the
    /// e-mails and the record that it was asked go in one transaction per listing, so it
    /// is asked once per confirmation. A listing nobody keeps has nobody to ask and is
    /// left (it still goes stale and out of search). Returns how many listings were asked.
    pub async fn send_reminders(&self) -> Result<usize, RegistryError> {
        let mut asked = 0;
        for project in self.reminders_due().await? {
            let Some(age) = project.age() else { continue };
            let tx = self.store.begin().await?;
            let to = tx.maintainer_addresses(project.slug.as_str()).await?;
            if to.is_empty() {
                continue;
            }
            let Some(one_click) = self.still_accurate_link(&project) else {
                continue;
            };
            let key = format!("reminder:{}:{}", project.slug, age.since);
            super::notices::to_each(tx.as_ref(), &to, &key, |lang| {
                crate::mail::letters::still_right(
                    self.origin(),
                    &project.name,
                    project.slug.as_str(),
                    &one_click,
                    lang,
                )
            })
            .await?;
            tx.record_reminder(&project.slug, age.since, self.clock.now())
                .await?;
            tx.commit().await?;
            asked += 1;
        }
        Ok(asked)
    }

    /// Records that `project` was reminded for the age it has now; `false` when it
    /// already was (or there is no such listing).
    pub async fn record_reminder(&self, project: &Project) -> Result<bool, RegistryError> {
        let Some(age) = project.age() else {
            return Ok(false);
        };
        let at = self.clock.now();
        Ok(self
            .store
            .record_reminder(&project.slug, age.since, at)
            .await?)
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

    /// Published listings whose freshness today `keep`s: their ages are read first (one
    /// narrow query, only the chosen slugs kept), then only the chosen listings are
    /// loaded, a batch at a time.
    async fn published_where(
        &self,
        keep: impl Fn(Freshness) -> bool + Send + Sync,
    ) -> Result<Vec<Project>, RegistryError> {
        const BATCH: usize = 1_000;
        let today = self.clock.today();
        let kept = |age: Option<Age>| keep(age.map_or(Freshness::Fresh, |a| a.freshness(today)));
        let chosen: Vec<Slug> = self
            .store
            .published_ages_where(&kept)
            .await?
            .iter()
            .filter_map(|slug| Slug::parse(slug).ok())
            .collect();
        let mut found = Vec::with_capacity(chosen.len());
        for batch in chosen.chunks(BATCH) {
            let stored = self.store.get_many(batch).await?;
            found.extend(stored.into_iter().map(|s| s.project).filter(|p| {
                p.status == crate::domain::Status::Published && keep(p.freshness(today))
            }));
        }
        Ok(found)
    }
}
