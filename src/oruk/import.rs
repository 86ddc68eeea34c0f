//! `peermap import-oruk URL-or-FILE`: another directory's ORUK 3.0 feed, read into the
//! moderation queue. Each service in scope ([`super::import_map`]) that is new becomes a
//! proposal of a new listing, and each that changes one of ours a queued edit of it, both
//! made by the importer's account ([`IMPORTER`]); nothing shows until a moderator
//! approves it. A service already listed with the same facts, or already waiting, is left
//! alone, so a second run queues nothing. Bad records are reported and the rest kept.

use super::import_map::{self, Crosswalk, Read};
use super::import_match::{keys, overlay, same_facts, same_project};
use crate::domain::community::{Account, Role};
use crate::domain::{Project, Slug, Taxonomy as Needs};
use crate::geocode::Geocoder;
use crate::store::{FeedIds, Store, StoreError};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::Value;
use std::collections::HashMap;

/// The account imported proposals and edits are made by (it has no usable password).
pub use crate::domain::community::IMPORTER_EMAIL as IMPORTER;

/// One record of a feed, as read.
#[derive(Debug, Clone)]
pub struct Record {
    /// Where it was read: its http(s) address, or a file.
    pub at: String,
    /// The record, or why it could not be read.
    pub value: Result<Value, String>,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Report {
    pub proposed: Vec<String>,
    pub edits: Vec<String>,
    pub unchanged: usize,
    pub waiting: usize,
    pub skipped: Vec<(String, String)>,
    pub bad: Vec<(String, Vec<String>)>,
}

impl Report {
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![format!(
            "{} new listings proposed, {} changes queued, {} unchanged, {} already waiting, \
             {} not in scope, {} not loaded",
            self.proposed.len(),
            self.edits.len(),
            self.unchanged,
            self.waiting,
            self.skipped.len(),
            self.bad.len()
        )];
        for (id, reason) in &self.skipped {
            out.push(format!("skipped {id}: {reason}"));
        }
        for (at, reasons) in &self.bad {
            out.push(format!("not loaded {at}: {}", reasons.join("; ")));
        }
        out
    }
}

/// The importer's account, made the first time.
async fn importer(store: &dyn Store) -> Result<Account, StoreError> {
    if let Some((a, _)) = store.login_lookup(IMPORTER).await? {
        return Ok(a);
    }
    match store
        .create_account(IMPORTER, "!", Role::Maintainer)
        .await?
    {
        Some(a) => Ok(a),
        None => store
            .login_lookup(IMPORTER)
            .await?
            .map(|(a, _)| a)
            .ok_or_else(|| StoreError::Corrupt("the importer's account vanished".into())),
    }
}

/// What the queue and the directory already hold.
struct Known {
    listings: Vec<Project>,
    proposals: Vec<Project>,
    /// Queued edits, by the listing they change.
    edits: Vec<(Slug, Project)>,
}

impl Known {
    async fn load(store: &dyn Store) -> Result<Known, StoreError> {
        let listings = store.feed().await?.into_iter().map(|l| l.project).collect();
        let proposals = store
            .claims(true)
            .await?
            .into_iter()
            .filter_map(|c| c.proposal)
            .collect();
        let edits = store
            .pending_edits()
            .await?
            .into_iter()
            .map(|e| (e.project, e.proposal))
            .collect();
        Ok(Known {
            listings,
            proposals,
            edits,
        })
    }

    /// A slug for a new listing: its own, or with a part of their id when taken.
    fn free_slug(&self, p: &Project, their_id: &str) -> Slug {
        let taken = |s: &Slug| {
            self.listings
                .iter()
                .chain(&self.proposals)
                .any(|o| &o.slug == s)
        };
        if !taken(&p.slug) {
            return p.slug.clone();
        }
        let tail: String = their_id
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(8)
            .collect();
        Slug::parse(&format!("{}-{}", p.slug, tail.to_lowercase())).unwrap_or(p.slug.clone())
    }
}

/// Reads `records` of the feed `feed` (fetched `at`) into the moderation queue.
pub async fn import(
    store: &dyn Store,
    records: Vec<Record>,
    feed: &str,
    fetched: DateTime<Utc>,
    cw: &Crosswalk,
    needs: &Needs,
    geocoder: &Geocoder,
) -> Result<Report, StoreError> {
    let account = importer(store).await?;
    let mut known = Known::load(store).await?;
    let mut report = Report::default();
    let when = fetched.to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut read: Vec<(String, Project, FeedIds)> = Vec::new();
    for r in records {
        let value = match r.value {
            Ok(v) => v,
            Err(why) => {
                report.bad.push((r.at, vec![why]));
                continue;
            }
        };
        let their_id = value.get("id").and_then(Value::as_str).unwrap_or("?");
        let provenance =
            format!("Open Referral UK feed {feed}, service {their_id}, fetched {when}");
        let url = r.at.starts_with("http").then_some(r.at.as_str());
        match import_map::read(&value, cw, needs, geocoder, &provenance, url) {
            Err(reasons) => report.bad.push((r.at.clone(), reasons)),
            Ok(Read::Skipped { id, reason }) => report.skipped.push((id, reason)),
            Ok(Read::Listing { id, project, ids }) => read.push((id, *project, ids)),
        }
    }
    // How many of our listings, and of the feed's, have each key.
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for p in &known.listings {
        for k in keys(p) {
            counts.entry(k).or_default().0 += 1;
        }
    }
    for (_, p, _) in &read {
        for k in keys(p) {
            counts.entry(k).or_default().1 += 1;
        }
    }
    let unique = |k: &str| counts.get(k).is_some_and(|c| c.0 <= 1 && c.1 <= 1);
    for (their_id, mut project, ids) in read {
        let their_id = their_id.as_str();
        if let Some(ours) = known
            .listings
            .iter()
            .find(|o| same_project(o, &project, unique))
            .cloned()
        {
            if same_facts(&ours, &project) {
                report.unchanged += 1;
                continue;
            }
            let edited = overlay(&ours, &project);
            let waiting = known
                .edits
                .iter()
                .any(|(slug, e)| *slug == ours.slug && same_facts(e, &edited));
            if waiting {
                report.waiting += 1;
                continue;
            }
            store
                .submit_edit(&ours.slug, account.id, &edited, &ours)
                .await?;
            known.edits.push((ours.slug.clone(), edited));
            report.edits.push(ours.slug.to_string());
            continue;
        }
        if known
            .proposals
            .iter()
            .any(|o| same_project(o, &project, |_| false))
        {
            report.waiting += 1;
            continue;
        }
        project.slug = known.free_slug(&project, their_id);
        let statement = format!(
            "Imported from the Open Referral UK feed {feed} (their service {their_id}, fetched \
             {when}). Check it against the project's own pages before approving."
        );
        store
            .propose_imported(account.id, &project, &statement, &ids)
            .await?;
        report.proposed.push(project.slug.to_string());
        known.proposals.push(project);
    }
    Ok(report)
}
