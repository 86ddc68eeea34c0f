//! Peer assurance: where a listing stands on the route today (from the registry's clock),
//! and a moderator withdrawing it with a reason.

use super::{Registry, RegistryError};
use crate::domain::assurance::{ReflectionYear, Standing, assess};
use crate::domain::community::{Account, Role};
use crate::domain::{Project, Refusal};
use crate::store::Tx;

/// Where `project` stands, read inside `tx`'s view of the database.
async fn standing_in(
    store: &dyn crate::store::Aggregates,
    project: &Project,
    today: chrono::NaiveDate,
) -> Result<Standing, RegistryError> {
    let reviews = store.reviews_of(&project.slug, false).await?;
    let withdrawals = store.withdrawals_of(&project.slug).await?;
    Ok(assess(
        &project.slug,
        &project.reflections,
        &reviews,
        &withdrawals,
        today,
    ))
}

impl Registry {
    /// Where `project` stands on the peer-assurance route today.
    pub async fn assurance(&self, project: &Project) -> Result<Standing, RegistryError> {
        standing_in(self.store.as_ref(), project, self.clock.today()).await
    }

    /// Each year's published reflection of `project`, newest first.
    pub async fn reflection_years(
        &self,
        project: &Project,
    ) -> Result<Vec<ReflectionYear>, RegistryError> {
        Ok(self.store.reflection_years(&project.slug).await?)
    }

    /// Withdraws the peer assurance of listing `project` for `moderator`, with `reason`:
    /// in one transaction, the withdrawal, the entry in the listing's history and the
    /// change for other processes. Refused when the listing is not peer-assured.
    pub async fn withdraw_assurance(
        &self,
        project: &Project,
        moderator: &Account,
        reason: &str,
    ) -> Result<(), RegistryError> {
        if moderator.role != Role::Moderator {
            return Err(RegistryError::Forbidden(Refusal::OnlyModeratorWithdraws));
        }
        let tx: Box<dyn Tx> = self.store.begin().await?;
        let Some(stored) = tx.get(&project.slug).await? else {
            return Err(RegistryError::NotFound(Refusal::NoSuchListing));
        };
        let standing = standing_in(tx.as_ref(), &stored.project, self.clock.today()).await?;
        if !standing.is_assured() {
            return Err(RegistryError::Conflict(Refusal::NotAssured));
        }
        let at = self.clock.now();
        tx.withdraw_assurance(&project.slug, moderator, reason, at)
            .await?;
        let key = format!(
            "assurance-withdrawn:{}:{}",
            project.slug,
            at.timestamp_millis()
        );
        let to = tx.maintainer_addresses(project.slug.as_str()).await?;
        super::notices::to_each(tx.as_ref(), &to, &key, |lang| {
            crate::mail::letters::assurance_withdrawn(
                self.origin(),
                &stored.project.name,
                reason,
                lang,
            )
        })
        .await?;
        tx.commit().await?;
        self.refresh_assurance().await?;
        Ok(())
    }
}

/// The listings peer-assured on `today`, worked out from the store; recorded there too
/// (`assured_listings`, for the directory's filter) when that differs. Only a listing
/// with a visible review can be assured.
pub(super) async fn assured_now(
    store: &dyn crate::store::Store,
    today: chrono::NaiveDate,
) -> Result<std::collections::HashSet<crate::domain::Slug>, crate::store::StoreError> {
    let candidates = store.reviewed_slugs().await?;
    let mut assured = Vec::new();
    for stored in store.get_many(&candidates).await? {
        let standing = standing_in(store, &stored.project, today)
            .await
            .map_err(|e| match e {
                RegistryError::Store(e) => e,
                other => crate::store::StoreError::Corrupt(other.to_string()),
            })?;
        if stored.project.status == crate::domain::Status::Published && standing.is_assured() {
            assured.push(stored.project.slug);
        }
    }
    assured.sort();
    if store.assured_slugs().await? != assured {
        store.set_assured(&assured).await?;
    }
    Ok(assured.into_iter().collect())
}

impl Registry {
    /// Brings the peer-assured marks (the index's and the store's) up to date: after a
    /// review, a reply or a withdrawal, and every hour for assurance that lapsed.
    pub async fn refresh_assurance(&self) -> Result<(), crate::store::StoreError> {
        let assured = assured_now(self.store.as_ref(), self.clock.today()).await?;
        self.search
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .set_assured(assured);
        Ok(())
    }
}
