//! Requests from the public that moderators hear of by e-mail: a problem report (a
//! safeguarding concern at once, to every moderator) and a claim or proposal. Each is
//! kept with its e-mail in one transaction.

use super::{Registry, RegistryError};
use crate::domain::community::{ReportKind, Role};
use crate::domain::{Project, Slug};
use crate::mail::{Letter, letters};
use crate::store::Tx;

impl Registry {
    /// Keeps a problem report about `listing`. A safeguarding concern also e-mails every
    /// moderator, queued in the same transaction as the report.
    pub async fn report_problem(
        &self,
        listing: &Project,
        kind: ReportKind,
        detail: &str,
    ) -> Result<i64, RegistryError> {
        let tx = self.store.begin().await?;
        let id = tx.create_report(&listing.slug, kind, detail).await?;
        if kind == ReportKind::Safeguarding {
            let letter = letters::safeguarding_report(self.origin(), &listing.name);
            to_moderators(tx.as_ref(), &letter, &format!("report:{id}")).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Keeps a request by `account` to maintain `listing`, or a proposal of a new one,
    /// and e-mails the moderators that it is waiting.
    pub async fn request_listing(
        &self,
        account: i64,
        listing: Option<(&Slug, &str)>,
        proposal: Option<&Project>,
        statement: &str,
    ) -> Result<i64, RegistryError> {
        let tx = self.store.begin().await?;
        let id = tx
            .create_claim(account, listing.map(|(slug, _)| slug), proposal, statement)
            .await?;
        let name = proposal
            .map(|p| p.name.as_str())
            .or(listing.map(|(_, name)| name));
        let letter = letters::claim_received(self.origin(), name.unwrap_or(""), proposal.is_some());
        to_moderators(tx.as_ref(), &letter, &format!("claim:{id}")).await?;
        tx.commit().await?;
        Ok(id)
    }
}

/// Queues `letter` for every moderator.
async fn to_moderators(tx: &dyn Tx, letter: &Letter, key: &str) -> Result<(), RegistryError> {
    for moderator in tx.accounts_with_role(Role::Moderator).await? {
        tx.enqueue(&letter.to(&moderator.email, key)).await?;
    }
    Ok(())
}
