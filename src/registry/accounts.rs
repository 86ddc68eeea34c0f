//! Accounts' use cases that write more than once: signing up (the account and its
//! verification e-mail together), confirming the address, resending that link, asking
//! for a password reset, resetting, and changing a password. Each runs in one transaction,
//! with its e-mail queued in the outbox inside it. Also the moderators' one-time sign-in
//! links.
//!
//! Links carry a random secret; only its SHA-256 hash is stored (`account_tokens`,
//! `sign_in_links`). Every link expires by the registry's clock, so a test can move it.

use super::{Registry, RegistryError};
use crate::domain::community::Account;
use crate::i18n::Lang;
use crate::mail::letters;
use crate::store::TokenPurpose;
use chrono::Duration;

/// How long a verification link works.
pub const VERIFY_HOURS: i64 = 48;
/// How long a password-reset link works.
pub const RESET_HOURS: i64 = 1;

/// The hash under which a one-time link's secret is stored.
pub fn token_hash(secret: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A fresh secret for a link: 32 random bytes, as hex.
pub fn new_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Registry {
    /// Makes an unverified account for `email` and queues, in the same transaction, an
    /// e-mail with a link that confirms the address and then opens `next` (a local path).
    /// `None` when the address already has an account.
    pub async fn sign_up(
        &self,
        email: &str,
        password_hash: &str,
        next: Option<&str>,
        lang: Lang,
    ) -> Result<Option<Account>, RegistryError> {
        let tx = self.store.begin().await?;
        let Some(account) = tx.sign_up_account(email, password_hash).await? else {
            return Ok(None);
        };
        // Its e-mail is written in the language of the page it signed up on.
        tx.set_account_language(account.id, lang.code()).await?;
        self.queue_verification(tx.as_ref(), &account, next).await?;
        tx.commit().await?;
        Ok(Some(account))
    }

    /// Sends `account` a new verification link (which returns to `next`).
    pub async fn resend_verification(
        &self,
        account: &Account,
        next: Option<&str>,
    ) -> Result<(), RegistryError> {
        let tx = self.store.begin().await?;
        self.queue_verification(tx.as_ref(), account, next).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn queue_verification(
        &self,
        tx: &dyn crate::store::Tx,
        account: &Account,
        next: Option<&str>,
    ) -> Result<(), RegistryError> {
        let secret = new_secret();
        let hash = token_hash(&secret);
        let expires = self.clock.now() + Duration::hours(VERIFY_HOURS);
        tx.create_account_token(account.id, &hash, TokenPurpose::Verify, next, expires)
            .await?;
        let lang = mail_language(tx, &account.email).await?;
        let letter = letters::confirm_address(
            self.origin(),
            &lang.path(&format!("/account/verify/{secret}")),
            VERIFY_HOURS,
            lang,
        );
        tx.enqueue(&letter.to(&account.email, &format!("verify:{hash}")))
            .await?;
        Ok(())
    }

    /// Uses a verification link: the account, now verified, and the page to return to;
    /// `None` when the link is unknown, used or expired.
    pub async fn confirm_address(
        &self,
        token_hash: &str,
    ) -> Result<Option<(Account, Option<String>)>, RegistryError> {
        let tx = self.store.begin().await?;
        let Some((id, next)) = tx
            .use_account_token(token_hash, TokenPurpose::Verify, self.clock.now())
            .await?
        else {
            return Ok(None);
        };
        tx.mark_verified(id).await?;
        let account = tx.account(id).await?;
        tx.commit().await?;
        Ok(account.map(|a| (a, next)))
    }

    /// "Forgot your password?": e-mails the account of `email`, if there is one, a link
    /// that sets a new password within [`RESET_HOURS`]. Says nothing of whether there was
    /// one.
    pub async fn request_reset(&self, email: &str) -> Result<(), RegistryError> {
        let tx = self.store.begin().await?;
        let Some((account, _)) = tx.login_lookup(email).await? else {
            return Ok(());
        };
        let secret = new_secret();
        let hash = token_hash(&secret);
        let expires = self.clock.now() + Duration::hours(RESET_HOURS);
        tx.create_account_token(account.id, &hash, TokenPurpose::Reset, None, expires)
            .await?;
        let lang = mail_language(tx.as_ref(), &account.email).await?;
        let letter = letters::reset_password(
            self.origin(),
            &lang.path(&format!("/account/reset/{secret}")),
            lang,
        );
        tx.enqueue(&letter.to(&account.email, &format!("reset:{hash}")))
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The account a reset link is for, while it is unused and younger than
    /// [`RESET_HOURS`] by the registry's clock; the link stays unused.
    pub async fn reset_link_account(
        &self,
        token_hash: &str,
    ) -> Result<Option<Account>, RegistryError> {
        Ok(self
            .store
            .account_token(token_hash, TokenPurpose::Reset, self.clock.now())
            .await?)
    }

    /// Records a moderator's one-time sign-in link for the account with `email`, working
    /// for `hours` by the registry's clock; `false` when there is no such account.
    pub async fn create_sign_in_link(
        &self,
        email: &str,
        token_hash: &str,
        moderator: i64,
        hours: i64,
    ) -> Result<bool, RegistryError> {
        let expires = self.clock.now() + Duration::hours(hours);
        Ok(self
            .store
            .create_sign_in_link(email, token_hash, moderator, expires)
            .await?)
    }

    /// The account a moderator's one-time sign-in link signs in, while it is unused and
    /// unexpired by the registry's clock; the link stays unused.
    pub async fn sign_in_link_account(
        &self,
        token_hash: &str,
    ) -> Result<Option<Account>, RegistryError> {
        Ok(self
            .store
            .sign_in_link(token_hash, self.clock.now())
            .await?)
    }

    /// Uses a moderator's one-time sign-in link, if it is unused and unexpired by the
    /// registry's clock: the account it signs in.
    pub async fn use_sign_in_link(
        &self,
        token_hash: &str,
    ) -> Result<Option<Account>, RegistryError> {
        Ok(self
            .store
            .use_sign_in_link(token_hash, self.clock.now())
            .await?)
    }

    /// Uses a reset link: sets the new password, marks the address verified (the link
    /// reached it) and ends every session of the account but `keep`. `None` when the link
    /// is unknown, used or expired.
    pub async fn reset_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        keep: &str,
    ) -> Result<Option<Account>, RegistryError> {
        let tx = self.store.begin().await?;
        let Some((id, _)) = tx
            .use_account_token(token_hash, TokenPurpose::Reset, self.clock.now())
            .await?
        else {
            return Ok(None);
        };
        tx.set_password(id, password_hash).await?;
        tx.mark_verified(id).await?;
        tx.end_sessions(id, keep).await?;
        let account = tx.account(id).await?;
        tx.commit().await?;
        Ok(account)
    }

    /// Sets `account`'s password and ends its other sessions (all but `keep`).
    pub async fn change_password(
        &self,
        account: i64,
        password_hash: &str,
        keep: &str,
    ) -> Result<(), RegistryError> {
        let tx = self.store.begin().await?;
        tx.set_password(account, password_hash).await?;
        tx.end_sessions(account, keep).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// The language the account with `email` reads its e-mail in: the one it signed up in,
/// English when none is recorded.
pub(crate) async fn mail_language(
    store: &dyn crate::store::Tx,
    email: &str,
) -> Result<Lang, RegistryError> {
    Ok(store
        .account_language(email)
        .await?
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default())
}
