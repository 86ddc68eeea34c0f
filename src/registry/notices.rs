//! Requests and answers that people hear of by e-mail: a problem report (a safeguarding
//! concern at once, to every moderator; any other to the listing's maintainers), a claim
//! or proposal, and a reply to a peer review. Each is kept with its e-mail in one
//! transaction.

use super::{Registry, RegistryError};
use crate::domain::community::{ReportKind, Role};
use crate::domain::{Project, Refusal, Slug};
use crate::i18n::Lang;
use crate::mail::{Letter, letters};
use crate::store::Tx;

impl Registry {
    /// Keeps a problem report about `listing`. A safeguarding concern also e-mails every
    /// moderator; any other report e-mails the listing's maintainers (nobody more when
    /// there are none: moderators see it in their queue). Queued in the same transaction
    /// as the report.
    pub async fn report_problem(
        &self,
        listing: &Project,
        kind: ReportKind,
        detail: &str,
    ) -> Result<i64, RegistryError> {
        let tx = self.store.begin().await?;
        let id = tx.create_report(&listing.slug, kind, detail).await?;
        if kind == ReportKind::Safeguarding {
            // Each moderator in their own language.
            for moderator in tx.accounts_with_role(Role::Moderator).await? {
                let lang = super::accounts::mail_language(tx.as_ref(), &moderator.email).await?;
                let letter = letters::safeguarding_report(self.origin(), &listing.name, lang);
                tx.enqueue(&letter.to(&moderator.email, &format!("report:{id}")))
                    .await?;
            }
        } else {
            let to = tx.maintainer_addresses(listing.slug.as_str()).await?;
            to_each(tx.as_ref(), &to, &format!("report:{id}"), |lang| {
                letters::problem_reported(
                    self.origin(),
                    &listing.name,
                    listing.slug.as_str(),
                    kind,
                    detail,
                    lang,
                )
            })
            .await?;
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
        to_moderators(tx.as_ref(), &format!("claim:{id}"), |lang| {
            letters::claim_received(self.origin(), name.unwrap_or(""), proposal.is_some(), lang)
        })
        .await?;
        tx.commit().await?;
        Ok(id)
    }
}

impl Registry {
    /// The maintainers of `reviewed` reply, once, to its review `id`; in the same
    /// transaction the maintainers of the project that wrote the review are e-mailed.
    pub async fn reply_to_review(
        &self,
        reviewed: &Project,
        id: i64,
        reply: &str,
    ) -> Result<(), RegistryError> {
        let tx = self.store.begin().await?;
        let review = tx
            .review(id)
            .await?
            .filter(|r| r.reviewed == reviewed.slug)
            .ok_or_else(|| RegistryError::NotFound(Refusal::NoSuchReview))?;
        if !tx.reply_review(review.id, reply).await? {
            return Err(RegistryError::Conflict(Refusal::AlreadyReplied));
        }
        let to = tx.maintainer_addresses(review.reviewer.as_str()).await?;
        to_each(tx.as_ref(), &to, &format!("reply:{id}"), |lang| {
            letters::reply_received(self.origin(), &reviewed.name, reviewed.slug.as_str(), lang)
        })
        .await?;
        tx.commit().await?;
        // An answer to what a reviewer asked may complete peer assurance.
        self.refresh_assurance().await?;
        Ok(())
    }
}

/// Queues for each of `addresses` the letter `write` makes in that address's language
/// (the one its account signed up in).
pub(super) async fn to_each(
    tx: &dyn Tx,
    addresses: &[String],
    key: &str,
    write: impl Fn(Lang) -> Letter,
) -> Result<(), RegistryError> {
    for to in addresses {
        let lang = super::accounts::mail_language(tx, to).await?;
        tx.enqueue(&write(lang).to(to, key)).await?;
    }
    Ok(())
}

/// Queues for every moderator the letter `write` makes in their language.
pub(super) async fn to_moderators(
    tx: &dyn Tx,
    key: &str,
    write: impl Fn(Lang) -> Letter,
) -> Result<(), RegistryError> {
    let moderators: Vec<String> = tx
        .accounts_with_role(Role::Moderator)
        .await?
        .into_iter()
        .map(|a| a.email)
        .collect();
    to_each(tx, &moderators, key, write).await
}
