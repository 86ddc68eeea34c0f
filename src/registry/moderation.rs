//! Moderators decide claims, proposals and queued edits: each decision is one
//! transaction, so a failure part-way leaves the request pending and the listing as it was.

use super::{Registry, RegistryError};
use crate::domain::community::{Account, Decision, IMPORTER_EMAIL};
use crate::domain::{Project, Refusal, Status, apply_edit};
use crate::mail::letters;

fn already_decided() -> RegistryError {
    RegistryError::Conflict(Refusal::RequestDecided)
}

/// Nobody decides their own claim, proposal or change: another moderator must.
fn own_request() -> RegistryError {
    RegistryError::Forbidden(Refusal::OwnRequest)
}

impl Registry {
    /// Approves or rejects a pending claim of a listing, or a proposal of a new one. An
    /// approval publishes the listing and makes the person who asked its maintainer; all
    /// of it, or none of it, is kept. It does not mark the listing confirmed: only the
    /// project does that, by confirming its details (`verified`, `last_confirmed`), so
    /// "Confirmed" always means the project itself said so on that date.
    pub async fn decide_claim(
        &self,
        id: i64,
        decision: Decision,
        reason: Option<&str>,
        moderator: &Account,
    ) -> Result<(), RegistryError> {
        let tx = self.store.begin().await?;
        let claim = tx
            .claim(id)
            .await?
            .ok_or_else(|| RegistryError::NotFound(Refusal::NoSuchRequest))?;
        if claim.status != Decision::Pending {
            return Err(already_decided());
        }
        if claim.account.id == moderator.id {
            return Err(own_request());
        }
        let imported = claim.account.email == IMPORTER_EMAIL;
        let mut approved: Option<Project> = None;
        if decision == Decision::Approved {
            let mut project = match (&claim.proposal, &claim.project) {
                (Some(p), _) => {
                    if tx.get(&p.slug).await?.is_some() {
                        return Err(RegistryError::Conflict(Refusal::ListingExists {
                            slug: p.slug.to_string(),
                        }));
                    }
                    p.clone()
                }
                (None, Some(slug)) => {
                    tx.get(slug)
                        .await?
                        .ok_or_else(|| RegistryError::NotFound(Refusal::ListingGone))?
                        .project
                }
                (None, None) => {
                    return Err(RegistryError::Conflict(Refusal::RequestNamesNoListing));
                }
            };
            project.status = Status::Published;
            let feed_ids = super::imported::free_feed_ids(tx.as_ref(), id, &mut project).await?;
            tx.save(&project, &moderator.email, false).await?;
            if let Some(ids) = &feed_ids {
                tx.adopt_feed_ids(&project.slug, ids).await?;
            }
            // An imported listing is kept by nobody until its project claims it.
            if !imported {
                tx.add_maintainer(&project.slug, claim.account.id).await?;
            }
            approved = Some(project);
        }
        let listing = approved.as_ref().map(|p| &p.slug);
        if !tx
            .decide_claim(id, decision, reason, moderator.id, listing)
            .await?
        {
            return Err(already_decided());
        }
        let name = match (&approved, &claim.proposal, &claim.project) {
            (Some(p), _, _) | (None, Some(p), _) => p.name.clone(),
            (None, None, Some(slug)) => tx
                .get(slug)
                .await?
                .map_or(slug.to_string(), |s| s.project.name),
            (None, None, None) => String::new(),
        };
        if !imported {
            let lang = super::accounts::mail_language(tx.as_ref(), &claim.account.email).await?;
            let letter = letters::claim_decided(self.origin(), &name, decision, reason, lang);
            tx.enqueue(&letter.to(&claim.account.email, &format!("claim-decided:{id}")))
                .await?;
        }
        tx.commit().await?;
        if let Some(project) = approved {
            self.reindex(project);
        }
        Ok(())
    }

    /// Approves or rejects a queued edit. An approval applies the fields the edit changed
    /// to the listing as it is now, recorded under the maintainer who wrote it, and lets
    /// their later changes show at once. A field it changes that someone changed since is
    /// refused, naming the field; nothing is written then. An imported change (made by
    /// the importer's account) is applied the same way, but its "author" is told nothing
    /// and is never trusted: the importer keeps no listing.
    pub async fn decide_edit(
        &self,
        id: i64,
        decision: Decision,
        reason: Option<&str>,
        moderator: &Account,
    ) -> Result<(), RegistryError> {
        let tx = self.store.begin().await?;
        let edit = tx
            .pending_edit(id)
            .await?
            .ok_or_else(|| RegistryError::NotFound(Refusal::NoSuchChange))?;
        if edit.status != Decision::Pending {
            return Err(RegistryError::Conflict(Refusal::ChangeDecided));
        }
        if edit.account.id == moderator.id {
            return Err(own_request());
        }
        let imported = edit.account.email == IMPORTER_EMAIL;
        let mut applied = None;
        if decision == Decision::Approved {
            let current = tx
                .get(&edit.project)
                .await?
                .ok_or_else(|| RegistryError::NotFound(Refusal::ListingGone))?
                .project;
            let base = edit.base.as_ref().unwrap_or(&current);
            let project = apply_edit(base, &edit.proposal, &current).map_err(|c| {
                RegistryError::Conflict(Refusal::ChangeConflicts { fields: c.fields })
            })?;
            tx.save(&project, &edit.account.email, false).await?;
            if !imported {
                tx.set_trusted(&edit.project, edit.account.id).await?;
            }
            applied = Some(project);
        }
        if !tx.decide_edit(id, decision, reason, moderator.id).await? {
            return Err(already_decided());
        }
        let name = match &applied {
            Some(p) => p.name.clone(),
            None => tx
                .get(&edit.project)
                .await?
                .map_or(edit.project.to_string(), |s| s.project.name),
        };
        if !imported {
            let slug = edit.project.as_str();
            let to = [edit.account.email.clone()];
            super::notices::to_each(tx.as_ref(), &to, &format!("edit-decided:{id}"), |lang| {
                letters::edit_decided(self.origin(), &name, slug, decision, reason, lang)
            })
            .await?;
        }
        tx.commit().await?;
        if let Some(project) = applied {
            self.reindex(project);
        }
        Ok(())
    }
}
