//! The freshness loop: confirming a listing, and the listings due a reminder or gone
//! stale (see [`crate::domain::Freshness`]). Today comes from the registry's clock.

use super::{Registry, RegistryError};
use crate::domain::{Age, Freshness, Project, Slug};
use chrono::NaiveDate;
use std::collections::HashSet;

/// Listings read from the store at a time.
const BATCH: usize = 1_000;

/// Whether a listing of this freshness is due a reminder (or past it: stale).
fn reminder_due(f: Freshness) -> bool {
    f == Freshness::ReminderDue || f == Freshness::Stale
}

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
        let sent = self.reminders_sent().await?;
        let mut due = Vec::new();
        for batch in self.slugs_where(reminder_due).await?.chunks(BATCH) {
            due.extend(self.reminders_due_among(batch, &sent).await?);
        }
        Ok(due)
    }

    /// The (listing, day) pairs already reminded.
    async fn reminders_sent(&self) -> Result<HashSet<(Slug, NaiveDate)>, RegistryError> {
        Ok(self.store.reminders_sent().await?.into_iter().collect())
    }

    /// The listings among `batch` due a reminder and not yet reminded (`sent`), read now.
    async fn reminders_due_among(
        &self,
        batch: &[Slug],
        sent: &HashSet<(Slug, NaiveDate)>,
    ) -> Result<Vec<Project>, RegistryError> {
        Ok(self
            .published_among(batch, reminder_due)
            .await?
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
    /// The listings are read [`BATCH`] at a time, so a registry with many due holds only
    /// one batch in memory.
    pub async fn send_reminders(&self) -> Result<usize, RegistryError> {
        let sent = self.reminders_sent().await?;
        let mut asked = 0;
        for batch in self.slugs_where(reminder_due).await?.chunks(BATCH) {
            for project in self.reminders_due_among(batch, &sent).await? {
                asked += usize::from(self.remind(&project).await?);
            }
        }
        Ok(asked)
    }

    /// Asks the maintainers of `project` whether it is still right; `false` when it has
    /// none (or no link can be made).
    async fn remind(&self, project: &Project) -> Result<bool, RegistryError> {
        let Some(age) = project.age() else {
            return Ok(false);
        };
        let tx = self.store.begin().await?;
        let to = tx.maintainer_addresses(project.slug.as_str()).await?;
        if to.is_empty() {
            return Ok(false);
        }
        let Some(one_click) = self.still_accurate_link(project) else {
            return Ok(false);
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
        Ok(true)
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
        let mut found = Vec::new();
        for batch in self.slugs_where(&keep).await?.chunks(BATCH) {
            found.extend(self.published_among(batch, &keep).await?);
        }
        Ok(found)
    }

    /// The slugs of the published listings whose freshness today `keep`s, by their
    /// stored ages (one narrow query).
    async fn slugs_where(
        &self,
        keep: impl Fn(Freshness) -> bool + Send + Sync,
    ) -> Result<Vec<Slug>, RegistryError> {
        let today = self.clock.today();
        let kept = |age: Option<Age>| keep(age.map_or(Freshness::Fresh, |a| a.freshness(today)));
        Ok(self
            .store
            .published_ages_where(&kept)
            .await?
            .iter()
            .filter_map(|slug| Slug::parse(slug).ok())
            .collect())
    }

    /// The listings of `batch` still published and kept by `keep`, read now.
    async fn published_among(
        &self,
        batch: &[Slug],
        keep: impl Fn(Freshness) -> bool,
    ) -> Result<Vec<Project>, RegistryError> {
        let today = self.clock.today();
        let stored = self.store.get_many(batch).await?;
        Ok(stored
            .into_iter()
            .map(|s| s.project)
            .filter(|p| p.status == crate::domain::Status::Published && keep(p.freshness(today)))
            .collect())
    }
}
