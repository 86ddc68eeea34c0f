//! The outbox aggregate: every e-mail peermap sends, written first here (inside the
//! transaction of the change it tells of, through [`Tx`](super::Tx)) and delivered later
//! by the background sender (`crate::mail`), which claims due messages for a while, then
//! marks each sent, or failed with the time of its next try.

use super::StoreError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// One e-mail to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    /// The plain-text body.
    pub text: String,
    /// The same in simple HTML.
    pub html: String,
    /// When set, a second message with the same key is not queued (the same notice for
    /// the same person about the same thing).
    pub dedupe_key: Option<String>,
}

/// A message as the outbox holds it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Queued {
    pub id: i64,
    #[sqlx(rename = "recipient")]
    pub to: String,
    pub subject: String,
    #[sqlx(rename = "body_text")]
    pub text: String,
    #[sqlx(rename = "body_html")]
    pub html: String,
    pub created_at: DateTime<Utc>,
    /// Tries so far (a claim counts as one).
    pub attempts: i64,
    pub next_attempt_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    /// When the SMTP server refused it for good (a permanent, 5xx, answer): it is never
    /// tried again.
    pub failed_at: Option<DateTime<Utc>>,
}

pub(crate) const ENQUEUE: &str = "INSERT INTO outbox (recipient, subject, body_text, body_html, \
    dedupe_key, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6) \
    ON CONFLICT (dedupe_key) DO NOTHING";
/// Claims up to `$4` due messages for token `$2` until `$1`. The outer conditions repeat
/// the inner ones so that on PostgreSQL a second sender, which waited for the first one's
/// row locks, re-checks them on the claimed rows and skips them.
pub(crate) const CLAIM_DUE: &str = "UPDATE outbox SET claimed_until = $1, claim_token = $2, \
    attempts = attempts + 1 \
    WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $3 \
    AND (claimed_until IS NULL OR claimed_until <= $3) \
    AND id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL \
    AND next_attempt_at <= $3 AND (claimed_until IS NULL OR claimed_until <= $3) ORDER BY id LIMIT $4) \
    RETURNING id, recipient, subject, body_text, body_html, created_at, attempts, \
    next_attempt_at, sent_at, last_error, failed_at";
pub(crate) const MARK_SENT: &str = "UPDATE outbox SET sent_at = $1, claimed_until = NULL, \
    last_error = NULL WHERE id = $2 AND claim_token = $3 AND sent_at IS NULL";
pub(crate) const MARK_FAILED: &str = "UPDATE outbox SET next_attempt_at = $1, last_error = $2, \
    claimed_until = NULL, claim_token = NULL WHERE id = $3 AND claim_token = $4 AND sent_at IS NULL";
pub(crate) const MARK_FAILED_FOR_GOOD: &str = "UPDATE outbox SET failed_at = $1, last_error = $2, \
    claimed_until = NULL, claim_token = NULL WHERE id = $3 AND claim_token = $4 AND sent_at IS NULL";
pub(crate) const MAINTAINER_ADDRESSES: &str = "SELECT a.email FROM maintainers m \
    JOIN projects p ON p.id = m.project_id JOIN accounts a ON a.id = m.account_id \
    WHERE p.slug = $1 ORDER BY a.email";

/// Every message, oldest first.
pub(crate) const ALL: &str = "SELECT id, recipient, subject, body_text, body_html, created_at, \
    attempts, next_attempt_at, sent_at, last_error, failed_at FROM outbox ORDER BY id";

#[async_trait]
pub trait Outbox: Send + Sync {
    /// Queues `mail`, due at once; `false` (and nothing written) when a message with its
    /// dedupe key is queued already.
    async fn enqueue(&self, mail: &Mail) -> Result<bool, StoreError>;
    /// Claims up to `limit` messages due at `now` (unsent, not claimed by another sender
    /// whose claim still holds) for `token` until `until`, counting a try for each.
    async fn claim_due(
        &self,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
        token: &str,
        limit: i64,
    ) -> Result<Vec<Queued>, StoreError>;
    /// Marks message `id` sent, if `token` still holds its claim.
    async fn mark_sent(&self, id: i64, token: &str) -> Result<bool, StoreError>;
    /// Gives back the claim on message `id` with why it failed and when to try again.
    async fn mark_failed(
        &self,
        id: i64,
        token: &str,
        error: &str,
        next_attempt_at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Marks message `id` failed for good with why (the SMTP server refused it
    /// permanently), if `token` still holds its claim: it is never tried again.
    async fn mark_failed_for_good(
        &self,
        id: i64,
        token: &str,
        error: &str,
    ) -> Result<bool, StoreError>;
    /// Every message, sent or not, oldest first.
    async fn outbox(&self) -> Result<Vec<Queued>, StoreError>;
    /// The e-mail addresses of the people who maintain the listing `slug`.
    async fn maintainer_addresses(&self, slug: &str) -> Result<Vec<String>, StoreError>;
}

/// Implements [`Outbox`] for each `$t` (with `read()`/`write()` scopes).
macro_rules! impl_outbox {
    ($($t:ty),+) => {$(
        #[async_trait::async_trait]
        impl crate::store::Outbox for $t {
            #[tracing::instrument(skip_all)]
            async fn enqueue(&self, m: &crate::store::Mail) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(outbox::ENQUEUE)
                    .bind(&m.to).bind(&m.subject).bind(&m.text).bind(&m.html).bind(&m.dedupe_key).bind(Utc::now())
                    .execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn claim_due(&self, now: DateTime<Utc>, until: DateTime<Utc>, token: &str, limit: i64) -> Result<Vec<crate::store::Queued>, StoreError> {
                let mut c = self.write().await?;
                let mut rows: Vec<crate::store::Queued> = sqlx::query_as(outbox::CLAIM_DUE)
                    .bind(until).bind(token).bind(now).bind(limit)
                    .fetch_all(&mut *c).await?;
                c.done().await?;
                rows.sort_by_key(|q| q.id);
                Ok(rows)
            }

            #[tracing::instrument(skip_all)]
            async fn mark_sent(&self, id: i64, token: &str) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(outbox::MARK_SENT).bind(Utc::now()).bind(id).bind(token).execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn mark_failed(&self, id: i64, token: &str, error: &str, next: DateTime<Utc>) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(outbox::MARK_FAILED).bind(next).bind(error).bind(id).bind(token).execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn mark_failed_for_good(&self, id: i64, token: &str, error: &str) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(outbox::MARK_FAILED_FOR_GOOD).bind(Utc::now()).bind(error).bind(id).bind(token).execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn outbox(&self) -> Result<Vec<crate::store::Queued>, StoreError> {
                let mut c = self.read().await?;
                let rows = sqlx::query_as(outbox::ALL).fetch_all(&mut *c).await?;
                c.done().await?;
                Ok(rows)
            }

            #[tracing::instrument(skip_all)]
            async fn maintainer_addresses(&self, slug: &str) -> Result<Vec<String>, StoreError> {
                let mut c = self.read().await?;
                let rows = sqlx::query_scalar(outbox::MAINTAINER_ADDRESSES).bind(slug).fetch_all(&mut *c).await?;
                c.done().await?;
                Ok(rows)
            }
        }
    )+};
}

pub(crate) use impl_outbox;
