//! The accounts aggregate: accounts, their web sessions, one-time sign-in links and
//! passwords.

use super::StoreError;
use crate::domain::community::{Account, Role};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

pub(crate) const CREATE_ACCOUNT: &str = "INSERT INTO accounts (email, password_hash, role, created_at, verified_at) \
    VALUES ($1, $2, $3, $4, $4) ON CONFLICT (email) DO NOTHING \
    RETURNING id AS account_id, email, role, created_at AS account_created_at";
pub(crate) const LOGIN_LOOKUP: &str = "SELECT a.id AS account_id, a.email, a.role, \
    a.created_at AS account_created_at, a.password_hash FROM accounts a WHERE a.email = $1";
pub(crate) const ACCOUNT_BY_ID: &str = "SELECT a.id AS account_id, a.email, a.role, \
    a.created_at AS account_created_at FROM accounts a WHERE a.id = $1";
pub(crate) const SET_ROLE: &str = "UPDATE accounts SET role = $1 WHERE email = $2";
pub(crate) const WITH_ROLE: &str = "SELECT a.id AS account_id, a.email, a.role, \
    a.created_at AS account_created_at FROM accounts a WHERE a.role = $1 ORDER BY a.email";
pub(crate) const SESSION_LOAD: &str =
    "SELECT data FROM web_sessions WHERE id = $1 AND expires_at > $2";
pub(crate) const SESSION_SAVE: &str = "INSERT INTO web_sessions (id, data, expires_at, account_id) \
    VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET data = excluded.data, \
    expires_at = excluded.expires_at, account_id = excluded.account_id";
pub(crate) const SESSION_DELETE: &str = "DELETE FROM web_sessions WHERE id = $1";
pub(crate) const CREATE_LINK: &str = "INSERT INTO sign_in_links (token_hash, account_id, created_by, \
    created_at, expires_at) SELECT $1, a.id, $2, $3, $4 FROM accounts a WHERE a.email = $5";
pub(crate) const USE_LINK: &str = "UPDATE sign_in_links SET used_at = $1 WHERE token_hash = $2 \
    AND used_at IS NULL AND expires_at > $1 RETURNING account_id";
pub(crate) const LINK_ACCOUNT: &str = "SELECT a.id AS account_id, a.email, a.role, \
    a.created_at AS account_created_at FROM sign_in_links l JOIN accounts a ON a.id = l.account_id \
    WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > $2";
pub(crate) const SET_PASSWORD: &str = "UPDATE accounts SET password_hash = $1 WHERE id = $2";
pub(crate) const SIGN_UP: &str = "INSERT INTO accounts (email, password_hash, role, created_at) \
    VALUES ($1, $2, 'maintainer', $3) ON CONFLICT (email) DO NOTHING \
    RETURNING id AS account_id, email, role, created_at AS account_created_at";
pub(crate) const IS_VERIFIED: &str =
    "SELECT COUNT(*) FROM accounts WHERE id = $1 AND verified_at IS NOT NULL";
pub(crate) const MARK_VERIFIED: &str =
    "UPDATE accounts SET verified_at = $1 WHERE id = $2 AND verified_at IS NULL";
pub(crate) const CREATE_TOKEN: &str = "INSERT INTO account_tokens (token_hash, account_id, purpose, \
    next_path, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)";
pub(crate) const TOKEN_ACCOUNT: &str = "SELECT a.id AS account_id, a.email, a.role, \
    a.created_at AS account_created_at FROM account_tokens t JOIN accounts a ON a.id = t.account_id \
    WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > $3";
pub(crate) const USE_TOKEN: &str = "UPDATE account_tokens SET used_at = $1 WHERE token_hash = $2 \
    AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING account_id, next_path";
pub(crate) const SET_LANGUAGE: &str = "UPDATE accounts SET language = $1 WHERE id = $2";
pub(crate) const LANGUAGE_OF: &str = "SELECT language FROM accounts WHERE email = $1";
pub(crate) const END_SESSIONS: &str = "DELETE FROM web_sessions WHERE account_id = $1 AND id <> $2";

/// What a one-time link e-mailed to an account's address is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Confirms the address (sent at sign-up, and again on request).
    Verify,
    /// Sets a new password ("Forgot your password?").
    Reset,
}

impl TokenPurpose {
    pub fn slug(self) -> &'static str {
        match self {
            TokenPurpose::Verify => "verify",
            TokenPurpose::Reset => "reset",
        }
    }
}

#[async_trait]
pub trait Accounts: Send + Sync {
    /// Creates an account; `None` when the e-mail address is taken.
    async fn create_account(
        &self,
        email: &str,
        password_hash: &str,
        role: Role,
    ) -> Result<Option<Account>, StoreError>;
    /// The account and its password hash, for signing in.
    async fn login_lookup(&self, email: &str) -> Result<Option<(Account, String)>, StoreError>;
    async fn account(&self, id: i64) -> Result<Option<Account>, StoreError>;
    /// Gives an existing account a role; `false` when there is no such account.
    async fn set_role(&self, email: &str, role: Role) -> Result<bool, StoreError>;
    /// Every account with `role`, by e-mail address.
    async fn accounts_with_role(&self, role: Role) -> Result<Vec<Account>, StoreError>;
    async fn session_load(&self, id: &str) -> Result<Option<String>, StoreError>;
    /// Saves a session, recording the account it is of (if any).
    async fn session_save(
        &self,
        id: &str,
        data: &str,
        expires_at: DateTime<Utc>,
        account: Option<i64>,
    ) -> Result<(), StoreError>;
    async fn session_delete(&self, id: &str) -> Result<(), StoreError>;
    /// Records a one-time sign-in link (by the hash of its secret) for the account with
    /// `email`; `false` when there is no such account.
    async fn create_sign_in_link(
        &self,
        email: &str,
        token_hash: &str,
        moderator: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// The account an unused link, unexpired at `now`, signs in, without using the link.
    async fn sign_in_link(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Account>, StoreError>;
    /// Uses a link once, at `now`: the account it signs in, if the link is unused and
    /// unexpired.
    async fn use_sign_in_link(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Account>, StoreError>;
    async fn set_password(&self, account: i64, password_hash: &str) -> Result<(), StoreError>;
    /// Creates an account by sign-up: a maintainer whose address is not yet verified;
    /// `None` when the address is taken. ([`Accounts::create_account`] makes verified
    /// accounts, as an operator does.)
    async fn sign_up_account(
        &self,
        email: &str,
        password_hash: &str,
    ) -> Result<Option<Account>, StoreError>;
    /// Whether the account's e-mail address is verified.
    async fn is_verified(&self, account: i64) -> Result<bool, StoreError>;
    /// Marks the account's address verified (if it was not).
    async fn mark_verified(&self, account: i64) -> Result<(), StoreError>;
    /// Records a one-time link (by the hash of its secret) for `account`.
    async fn create_account_token(
        &self,
        account: i64,
        token_hash: &str,
        purpose: TokenPurpose,
        next_path: Option<&str>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// The account an unused link, unexpired at `now`, is for, without using the link.
    async fn account_token(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
        now: DateTime<Utc>,
    ) -> Result<Option<Account>, StoreError>;
    /// Uses a link once, at `now`: the account and the page to return to, if the link
    /// is unused and unexpired.
    async fn use_account_token(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
        now: DateTime<Utc>,
    ) -> Result<Option<(i64, Option<String>)>, StoreError>;
    /// Ends every session of `account` but the one with id `except`; how many ended.
    async fn end_sessions(&self, account: i64, except: &str) -> Result<u64, StoreError>;
    /// Records the language (its code, `cy`) `account`'s e-mail is written in.
    async fn set_account_language(&self, account: i64, code: &str) -> Result<(), StoreError>;
    /// The language (its code) the e-mail of the account with `email` is written in;
    /// `None` when not recorded (English) or there is no such account.
    async fn account_language(&self, email: &str) -> Result<Option<String>, StoreError>;
}

/// Implements [`Accounts`] for each `$t` (with `read()`/`write()` scopes).
macro_rules! impl_accounts {
    ($($t:ty),+) => {$(
        #[async_trait::async_trait]
        impl crate::store::Accounts for $t {
            #[tracing::instrument(skip_all)]
            async fn create_account(&self, email: &str, password_hash: &str, role: Role) -> Result<Option<Account>, StoreError> {
                let mut c = self.write().await?;
                let row: Option<AccountRow> = sqlx::query_as(accounts::CREATE_ACCOUNT)
                    .bind(email).bind(password_hash).bind(role.slug()).bind(Utc::now())
                    .fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(Account::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn login_lookup(&self, email: &str) -> Result<Option<(Account, String)>, StoreError> {
                let mut c = self.read().await?;
                let row: Option<LoginRow> = sqlx::query_as(accounts::LOGIN_LOOKUP).bind(email).fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(|r| Ok((r.account.try_into()?, r.password_hash))).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn account(&self, id: i64) -> Result<Option<Account>, StoreError> {
                let mut c = self.read().await?;
                let row: Option<AccountRow> = sqlx::query_as(accounts::ACCOUNT_BY_ID).bind(id).fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(Account::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn set_role(&self, email: &str, role: Role) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(accounts::SET_ROLE).bind(role.slug()).bind(email).execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn accounts_with_role(&self, role: Role) -> Result<Vec<Account>, StoreError> {
                let mut c = self.read().await?;
                let rows: Vec<AccountRow> = sqlx::query_as(accounts::WITH_ROLE).bind(role.slug()).fetch_all(&mut *c).await?;
                c.done().await?;
                rows.into_iter().map(Account::try_from).collect()
            }

            #[tracing::instrument(skip_all)]
            async fn session_load(&self, id: &str) -> Result<Option<String>, StoreError> {
                let mut c = self.read().await?;
                let data = sqlx::query_scalar(accounts::SESSION_LOAD).bind(id).bind(Utc::now()).fetch_optional(&mut *c).await?;
                c.done().await?;
                Ok(data)
            }

            #[tracing::instrument(skip_all)]
            async fn session_save(&self, id: &str, data: &str, expires_at: DateTime<Utc>, account: Option<i64>) -> Result<(), StoreError> {
                let mut c = self.write().await?;
                sqlx::query(accounts::SESSION_SAVE).bind(id).bind(data).bind(expires_at).bind(account).execute(&mut *c).await?;
                Ok(c.done().await?)
            }

            #[tracing::instrument(skip_all)]
            async fn session_delete(&self, id: &str) -> Result<(), StoreError> {
                let mut c = self.write().await?;
                sqlx::query(accounts::SESSION_DELETE).bind(id).execute(&mut *c).await?;
                Ok(c.done().await?)
            }

            #[tracing::instrument(skip_all)]
            async fn create_sign_in_link(&self, email: &str, token_hash: &str, moderator: i64, expires_at: DateTime<Utc>) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(accounts::CREATE_LINK)
                    .bind(token_hash).bind(moderator).bind(Utc::now()).bind(expires_at).bind(email)
                    .execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn sign_in_link(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<Account>, StoreError> {
                let mut c = self.read().await?;
                let row: Option<AccountRow> = sqlx::query_as(accounts::LINK_ACCOUNT).bind(token_hash).bind(now).fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(Account::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn use_sign_in_link(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<Account>, StoreError> {
                let mut c = self.write().await?;
                let id: Option<i64> = sqlx::query_scalar(accounts::USE_LINK).bind(now).bind(token_hash).fetch_optional(&mut *c).await?;
                let row: Option<AccountRow> = match id {
                    Some(id) => sqlx::query_as(accounts::ACCOUNT_BY_ID).bind(id).fetch_optional(&mut *c).await?,
                    None => None,
                };
                c.done().await?;
                row.map(Account::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn set_password(&self, account: i64, password_hash: &str) -> Result<(), StoreError> {
                let mut c = self.write().await?;
                sqlx::query(accounts::SET_PASSWORD).bind(password_hash).bind(account).execute(&mut *c).await?;
                Ok(c.done().await?)
            }

            #[tracing::instrument(skip_all)]
            async fn sign_up_account(&self, email: &str, password_hash: &str) -> Result<Option<Account>, StoreError> {
                let mut c = self.write().await?;
                let row: Option<AccountRow> = sqlx::query_as(accounts::SIGN_UP)
                    .bind(email).bind(password_hash).bind(Utc::now())
                    .fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(Account::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn is_verified(&self, account: i64) -> Result<bool, StoreError> {
                let mut c = self.read().await?;
                let n: i64 = sqlx::query_scalar(accounts::IS_VERIFIED).bind(account).fetch_one(&mut *c).await?;
                c.done().await?;
                Ok(n == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn mark_verified(&self, account: i64) -> Result<(), StoreError> {
                let mut c = self.write().await?;
                sqlx::query(accounts::MARK_VERIFIED).bind(Utc::now()).bind(account).execute(&mut *c).await?;
                Ok(c.done().await?)
            }

            #[tracing::instrument(skip_all)]
            async fn create_account_token(&self, account: i64, token_hash: &str, purpose: accounts::TokenPurpose, next_path: Option<&str>, expires_at: DateTime<Utc>) -> Result<(), StoreError> {
                let mut c = self.write().await?;
                sqlx::query(accounts::CREATE_TOKEN)
                    .bind(token_hash).bind(account).bind(purpose.slug()).bind(next_path).bind(Utc::now()).bind(expires_at)
                    .execute(&mut *c).await?;
                Ok(c.done().await?)
            }

            #[tracing::instrument(skip_all)]
            async fn account_token(&self, token_hash: &str, purpose: accounts::TokenPurpose, now: DateTime<Utc>) -> Result<Option<Account>, StoreError> {
                let mut c = self.read().await?;
                let row: Option<AccountRow> = sqlx::query_as(accounts::TOKEN_ACCOUNT)
                    .bind(token_hash).bind(purpose.slug()).bind(now)
                    .fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(Account::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn use_account_token(&self, token_hash: &str, purpose: accounts::TokenPurpose, now: DateTime<Utc>) -> Result<Option<(i64, Option<String>)>, StoreError> {
                let mut c = self.write().await?;
                let used: Option<(i64, Option<String>)> = sqlx::query_as(accounts::USE_TOKEN)
                    .bind(now).bind(token_hash).bind(purpose.slug())
                    .fetch_optional(&mut *c).await?;
                c.done().await?;
                Ok(used)
            }

            #[tracing::instrument(skip_all)]
            async fn set_account_language(&self, account: i64, code: &str) -> Result<(), StoreError> {
                let mut c = self.write().await?;
                sqlx::query(accounts::SET_LANGUAGE).bind(code).bind(account).execute(&mut *c).await?;
                Ok(c.done().await?)
            }

            #[tracing::instrument(skip_all)]
            async fn account_language(&self, email: &str) -> Result<Option<String>, StoreError> {
                let mut c = self.read().await?;
                let code: Option<Option<String>> = sqlx::query_scalar(accounts::LANGUAGE_OF).bind(email).fetch_optional(&mut *c).await?;
                c.done().await?;
                Ok(code.flatten())
            }

            #[tracing::instrument(skip_all)]
            async fn end_sessions(&self, account: i64, except: &str) -> Result<u64, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(accounts::END_SESSIONS).bind(account).bind(except).execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected())
            }
        }
    )+};
}

pub(crate) use impl_accounts;
