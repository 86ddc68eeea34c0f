//! The background sender: delivers the outbox's due messages over SMTP (lettre), each
//! marked sent as soon as the server accepts it, or failed with a later try.
//!
//! **Once each.** A sender claims a batch of due messages under a fresh random token for
//! a while (the lease): no other sender, in this process or another, takes them until the
//! lease ends, and a mark only counts with the token that holds the claim. A message the
//! SMTP server refused, or that could not reach it, goes back with its error and the time
//! of its next try, doubling from [`Backoff::first`] up to [`Backoff::max`]. Messages wait
//! in the database, so a restart or an SMTP server that is down loses none.
//!
//! A message the SMTP server refuses for good (a permanent, 5xx, answer such as "no such
//! mailbox") is marked failed with its error and never tried again.
//!
//! **The one edge.** If the process dies (or the database refuses the write) in the
//! moment between the SMTP server's acceptance and the mark, the message is still
//! unsent in the outbox and is sent again when its lease ends: delivery is at least once
//! there, exactly once everywhere else. Each message carries a `Message-ID` made from its
//! outbox id, the same on every try, so a receiving system can tell a repeat.

use crate::store::{Queued, Store, StoreError};
use chrono::Utc;
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// How long to wait before trying a failed message again: `first`, doubling with every
/// failure, never more than `max`.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub first: Duration,
    pub max: Duration,
}

impl Backoff {
    /// The wait after the `attempts`-th failed try (1 for the first).
    pub fn after(&self, attempts: i64) -> Duration {
        let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
        self.first.saturating_mul(1 << doublings).min(self.max)
    }
}

/// How many messages one round claims, how long one SMTP conversation may take, and so
/// how long a claim holds: longer than a whole round could take.
const BATCH: i64 = 10;
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);
const LEASE: Duration = Duration::from_secs(20 * 10 + 60);

/// Delivers the outbox of `store` through one SMTP server.
pub struct Sender {
    store: Arc<dyn Store>,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    backoff: Backoff,
    /// How often to look for due messages.
    poll: Duration,
}

impl Sender {
    /// A sender to the SMTP server at `url` (`smtp://host:port`, `smtps://user:pass@host`,
    /// as lettre reads it) from the address `from` (`peermap <noreply@example.org>`).
    pub fn new(store: Arc<dyn Store>, url: &str, from: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("PEERMAP_SMTP_URL is not an SMTP URL lettre reads: {e}"))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let from = from
            .parse()
            .map_err(|e| anyhow::anyhow!("PEERMAP_MAIL_FROM is not an e-mail address: {e}"))?;
        Ok(Sender {
            store,
            transport,
            from,
            backoff: Backoff {
                first: Duration::from_secs(10),
                max: Duration::from_secs(3600),
            },
            poll: Duration::from_secs(2),
        })
    }

    pub fn with_backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }

    pub fn with_poll(mut self, poll: Duration) -> Self {
        self.poll = poll;
        self
    }

    /// One round: claims the due messages and tries each once. Returns how many the SMTP
    /// server accepted.
    pub async fn deliver_due(&self) -> Result<usize, StoreError> {
        let now = Utc::now();
        let until = now + chrono::Duration::from_std(LEASE).unwrap_or(chrono::Duration::MAX);
        let token = claim_token();
        let mut sent = 0;
        for queued in self.store.claim_due(now, until, &token, BATCH).await? {
            match self.send(&queued).await {
                Ok(()) => {
                    if !self.store.mark_sent(queued.id, &token).await? {
                        tracing::warn!(id = queued.id, "sent, but its claim had lapsed");
                    }
                    sent += 1;
                }
                Err(Failure {
                    error,
                    permanent: true,
                }) => {
                    tracing::warn!(id = queued.id, %error, "e-mail refused for good, not tried again");
                    self.store
                        .mark_failed_for_good(queued.id, &token, &error)
                        .await?;
                }
                Err(Failure { error, .. }) => {
                    let wait = self.backoff.after(queued.attempts);
                    let next = Utc::now()
                        + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX);
                    tracing::warn!(id = queued.id, attempts = queued.attempts, %error, "e-mail not sent, will try again");
                    self.store
                        .mark_failed(queued.id, &token, &error, next)
                        .await?;
                }
            }
        }
        Ok(sent)
    }

    async fn send(&self, q: &Queued) -> Result<(), Failure> {
        let to: Mailbox = q.to.parse().map_err(|e| Failure {
            error: format!("recipient {}: {e}", q.to),
            permanent: true,
        })?;
        let domain = self.from.email.domain().to_string();
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&q.subject)
            .message_id(Some(format!(
                "<outbox-{}-{}@{domain}>",
                q.id,
                q.created_at.timestamp()
            )))
            .multipart(MultiPart::alternative_plain_html(
                q.text.clone(),
                q.html.clone(),
            ))
            .map_err(|e| Failure {
                error: format!("could not build the message: {e}"),
                permanent: true,
            })?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| Failure {
                permanent: e.is_permanent(),
                error: e.to_string(),
            })
    }

    /// Delivers due messages every `poll` until `stop` completes; a round under way
    /// finishes first.
    pub async fn run(self, stop: impl Future<Output = ()>) {
        tokio::pin!(stop);
        loop {
            if let Err(e) = self.deliver_due().await {
                tracing::error!(error = %e, "could not read or mark the outbox");
            }
            tokio::select! {
                () = tokio::time::sleep(self.poll) => {}
                () = &mut stop => break,
            }
        }
    }

    /// Runs the sender on its own task until [`Running::stop`].
    pub fn spawn(self) -> Running {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(self.run(async move {
            let _ = stopped.await;
        }));
        Running { stop, task }
    }
}

/// Why a message was not sent, and whether trying again could help: a permanent
/// refusal (an SMTP 5xx answer, an address or message that cannot be written) never
/// succeeds, so it is not tried again; anything else (a server that is down, a 4xx
/// answer) is tried again later.
struct Failure {
    error: String,
    permanent: bool,
}

/// A sender running in the background.
pub struct Running {
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Asks the sender to stop after the round under way, and waits for it.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

/// The sender `config` asks for: none without `PEERMAP_SMTP_URL` (messages then wait in
/// the outbox), and it says so.
pub fn from_config(
    store: &Arc<dyn Store>,
    config: &crate::config::Config,
) -> anyhow::Result<Option<Sender>> {
    let Some(url) = &config.smtp_url else {
        tracing::info!(
            "no PEERMAP_SMTP_URL: e-mail waits in the outbox (`peermap outbox` lists it)"
        );
        return Ok(None);
    };
    let first = Duration::from_secs(config.mail_retry_secs);
    let backoff = Backoff {
        first,
        max: Duration::from_secs(3600).max(first),
    };
    Ok(Some(
        Sender::new(store.clone(), url, &config.mail_from)?.with_backoff(backoff),
    ))
}

/// A random token for one round's claim.
fn claim_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
