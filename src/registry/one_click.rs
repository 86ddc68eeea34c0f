//! The signed one-click "still accurate" link in the 11-month reminder: it works without
//! signing in, for one listing only, for one purpose only, and expires.
//!
//! The link carries when it expires, the day the listing's age counted from when it was
//! sent (its last confirmation, or the day it was added), and an HMAC-SHA256 tag over
//! both with the listing's slug and the purpose, under a key derived from the server's
//! secret. So it cannot be moved to another listing or used for anything else, and once
//! the listing is confirmed (by the link or otherwise) its age counts from a new day and
//! the link no longer fits: it is used once.

use super::{Registry, RegistryError};
use crate::domain::{Project, Refusal, Slug, Status};
use chrono::{DateTime, NaiveDate, Utc};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// How long a link works after it was sent: long enough to bring back a listing that
/// left search at 18 months, seven months after the reminder at 11.
pub const LIFETIME_DAYS: i64 = 240;

/// What the tag is for, so no other signed value of ours can pass for a link.
const PURPOSE: &str = "still-accurate";

/// The key that signs the links.
#[derive(Clone)]
pub struct LinkKey([u8; 32]);

impl LinkKey {
    /// The key derived from the server's secret (the one that signs forms, kept apart by
    /// its purpose): the same secret gives the same key, across restarts and processes.
    pub fn from_secret(secret: &str) -> Self {
        let mut h = Sha256::new();
        h.update(PURPOSE.as_bytes());
        h.update(b"|");
        h.update(secret.as_bytes());
        LinkKey(h.finalize().into())
    }

    /// A key only this process knows (links from it work until it stops).
    pub fn random() -> Self {
        use rand::RngCore;
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        LinkKey(bytes)
    }

    fn mac(&self, slug: &Slug, since: NaiveDate, expires: i64) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(format!("{PURPOSE}|{slug}|{since}|{expires}").as_bytes());
        mac
    }

    /// The token for `slug` whose age counts from `since`, sent at `now`.
    pub fn issue(&self, slug: &Slug, since: NaiveDate, now: DateTime<Utc>) -> String {
        let expires = (now + chrono::Duration::days(LIFETIME_DAYS)).timestamp();
        let tag = self.mac(slug, since, expires).finalize().into_bytes();
        let hex: String = tag.iter().map(|b| format!("{b:02x}")).collect();
        format!("{expires}.{since}.{hex}")
    }

    /// The day the age counted from, when `token` is ours, for `slug`, and not expired at
    /// `now`.
    fn verify(&self, slug: &Slug, token: &str, now: DateTime<Utc>) -> Result<NaiveDate, Refused> {
        let mut parts = token.splitn(3, '.');
        let (Some(expires), Some(since), Some(hex)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(Refused::Invalid);
        };
        let (Ok(expires), Ok(since)) = (expires.parse::<i64>(), since.parse::<NaiveDate>()) else {
            return Err(Refused::Invalid);
        };
        let tag: Option<Vec<u8>> = (hex.len() == 64)
            .then(|| {
                (0..32)
                    .map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
                    .collect()
            })
            .flatten();
        let Some(tag) = tag else {
            return Err(Refused::Invalid);
        };
        if self.mac(slug, since, expires).verify_slice(&tag).is_err() {
            return Err(Refused::Invalid);
        }
        if now.timestamp() > expires {
            return Err(Refused::Expired);
        }
        Ok(since)
    }
}

enum Refused {
    Invalid,
    Expired,
}

impl Registry {
    /// The absolute address of the one-click link for `project` as it is now.
    pub(crate) fn still_accurate_link(&self, project: &Project) -> Option<String> {
        let since = project.age()?.since;
        let token = self.link_key.issue(&project.slug, since, self.clock.now());
        Some(crate::mail::letters::link(
            self.origin(),
            &format!("/still-accurate/{}?token={token}", project.slug),
        ))
    }

    /// The listing a one-click link is for, when the link is good: signed by us for it,
    /// not expired, and not used (the listing not confirmed since it was sent).
    pub async fn still_accurate_listing(
        &self,
        slug: &Slug,
        token: &str,
    ) -> Result<Project, RegistryError> {
        let since = self
            .link_key
            .verify(slug, token, self.clock.now())
            .map_err(|r| {
                RegistryError::Forbidden(match r {
                    Refused::Invalid => Refusal::LinkInvalid,
                    Refused::Expired => Refusal::LinkExpired,
                })
            })?;
        let project = self
            .store
            .get(slug)
            .await?
            .map(|s| s.project)
            .ok_or_else(|| RegistryError::NotFound(Refusal::NoSuchListing))?;
        if project.status != Status::Published {
            return Err(RegistryError::Conflict(Refusal::LinkListingHidden));
        }
        if project.age().map(|a| a.since) != Some(since) {
            return Err(RegistryError::Conflict(Refusal::LinkAlreadyUsed));
        }
        Ok(project)
    }

    /// Confirms the listing a good one-click link is for, as its own maintainer would.
    pub async fn confirm_by_link(
        &self,
        slug: &Slug,
        token: &str,
    ) -> Result<Project, RegistryError> {
        let project = self.still_accurate_listing(slug, token).await?;
        self.confirm(
            project.clone(),
            true,
            "the project, by the link in the reminder",
        )
        .await?;
        Ok(project)
    }
}
