//! The moderators' daily digest: once a day, when something waits (claims and proposals,
//! changes to check, open problem reports, listings not confirmed for a year), every
//! moderator gets one e-mail counting them. Today comes from the registry's clock.

use super::{Registry, RegistryError};
use crate::mail::letters::{self, Waiting};

impl Registry {
    /// What waits for a moderator now.
    pub async fn waiting(&self) -> Result<Waiting, RegistryError> {
        Ok(Waiting {
            claims: self.store.claims(true).await?.len(),
            changes: self.store.pending_edits().await?.len(),
            reports: self.store.reports(true).await?.len(),
            stale: self.stale().await?.len(),
        })
    }

    /// Sends today's digest to every moderator, if something waits and it was not sent
    /// today already: the record of the day and the e-mails go in one transaction, so two
    /// processes (or a restart) never send a day's digest twice. Returns whether it was
    /// sent now.
    pub async fn send_digest(&self) -> Result<bool, RegistryError> {
        let waiting = self.waiting().await?;
        if waiting.is_empty() {
            return Ok(false);
        }
        let day = self.clock.today();
        let tx = self.store.begin().await?;
        if !tx.record_digest(day, self.clock.now()).await? {
            return Ok(false);
        }
        super::notices::to_moderators(tx.as_ref(), &format!("digest:{day}"), |lang| {
            letters::digest(self.origin(), waiting, lang)
        })
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}
