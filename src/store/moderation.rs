//! The moderation aggregate: claims and proposals, maintainers, edits waiting for a
//! moderator, problem reports, and the history moderators read.

use super::StoreError;
use crate::domain::community::{Claim, Decision, PendingEdit, Report, ReportKind};
use crate::domain::{HistoryEntry, Project, Slug};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The public identifiers an imported listing had in its feed: the service's id, and the
/// id of each place (its `service_at_location`) by the label of the site it became.
/// Approving the proposal gives the new listing these ids when they are free here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedIds {
    #[serde(default)]
    pub service: Option<Uuid>,
    #[serde(default)]
    pub sites: Vec<(String, Uuid)>,
}

/// The columns of a claim with its account, from `claims c`.
macro_rules! claims {
    () => {
        "SELECT c.id, p.slug, c.proposal, c.statement, c.status, c.reason, c.created_at, \
         a.id AS account_id, a.email, a.role, a.created_at AS account_created_at FROM claims c \
         JOIN accounts a ON a.id = c.account_id LEFT JOIN projects p ON p.id = c.project_id"
    };
}

/// The columns of a queued edit with its account, from `pending_edits e`.
macro_rules! edits {
    () => {
        "SELECT e.id, p.slug, e.proposal, e.base, e.status, e.created_at, a.id AS account_id, \
         a.email, a.role, a.created_at AS account_created_at FROM pending_edits e \
         JOIN accounts a ON a.id = e.account_id JOIN projects p ON p.id = e.project_id"
    };
}

pub(crate) const ALL_CLAIMS: &str = concat!(claims!(), " ORDER BY c.id DESC");
pub(crate) const PENDING_CLAIMS: &str =
    concat!(claims!(), " WHERE c.status = 'pending' ORDER BY c.id DESC");
pub(crate) const CLAIMS_OF: &str =
    concat!(claims!(), " WHERE c.account_id = $1 ORDER BY c.id DESC");
pub(crate) const CLAIM_BY_ID: &str = concat!(claims!(), " WHERE c.id = $1");
pub(crate) const CREATE_CLAIM: &str = "INSERT INTO claims (kind, account_id, project_id, proposal, statement, \
    status, created_at) VALUES ($1, $2, (SELECT id FROM projects WHERE slug = $3), $4, $5, 'pending', $6) \
    RETURNING id";
pub(crate) const CREATE_IMPORTED_CLAIM: &str = "INSERT INTO claims (kind, account_id, proposal, \
    statement, status, created_at, feed_ids) VALUES ('propose', $1, $2, $3, 'pending', $4, $5) RETURNING id";
pub(crate) const FEED_IDS_OF_CLAIM: &str = "SELECT feed_ids FROM claims WHERE id = $1";
pub(crate) const PROJECT_UUID_TAKEN: &str = "SELECT COUNT(*) FROM projects WHERE uuid = $1";
pub(crate) const SITE_UUID_TAKEN: &str = "SELECT COUNT(*) FROM site_uuids WHERE uuid = $1";
/// Gives a project the id `$1` unless another project has it.
pub(crate) const ADOPT_PROJECT_UUID: &str = "UPDATE projects SET uuid = $1 WHERE slug = $2 \
    AND NOT EXISTS (SELECT 1 FROM projects o WHERE o.uuid = $1)";
/// Gives a project's site (by label) the id `$1` unless another site has it.
pub(crate) const ADOPT_SITE_UUID: &str = "UPDATE site_uuids SET uuid = $1 \
    WHERE project_id = (SELECT id FROM projects WHERE slug = $2) AND label = $3 \
    AND NOT EXISTS (SELECT 1 FROM site_uuids o WHERE o.uuid = $1)";
pub(crate) const DECIDE_CLAIM: &str = "UPDATE claims SET status = $1, reason = $2, decided_at = $3, \
    decided_by = $4, project_id = COALESCE((SELECT id FROM projects WHERE slug = $5), project_id) \
    WHERE id = $6 AND status = 'pending'";
pub(crate) const ADD_MAINTAINER: &str = "INSERT INTO maintainers (project_id, account_id, trusted, approved_at) \
    VALUES ((SELECT id FROM projects WHERE slug = $1), $2, FALSE, $3) \
    ON CONFLICT (project_id, account_id) DO NOTHING";
pub(crate) const MAINTAINER_OF: &str = "SELECT m.trusted FROM maintainers m JOIN projects p \
    ON p.id = m.project_id WHERE p.slug = $1 AND m.account_id = $2";
pub(crate) const COUNT_MAINTAINERS: &str = "SELECT COUNT(*) FROM maintainers m JOIN projects p \
    ON p.id = m.project_id WHERE p.slug = $1";
pub(crate) const SET_TRUSTED: &str = "UPDATE maintainers SET trusted = TRUE WHERE account_id = $1 \
    AND project_id = (SELECT id FROM projects WHERE slug = $2)";
pub(crate) const PROJECTS_OF: &str = "SELECT p.slug, p.name FROM maintainers m JOIN projects p \
    ON p.id = m.project_id WHERE m.account_id = $1 ORDER BY p.name, p.slug";
pub(crate) const SUBMIT_EDIT: &str = "INSERT INTO pending_edits (project_id, account_id, proposal, base, \
    status, created_at) VALUES ((SELECT id FROM projects WHERE slug = $1), $2, $3, $4, 'pending', $5) \
    RETURNING id";
pub(crate) const PENDING_EDITS: &str =
    concat!(edits!(), " WHERE e.status = 'pending' ORDER BY e.id");
pub(crate) const EDIT_BY_ID: &str = concat!(edits!(), " WHERE e.id = $1");
pub(crate) const PENDING_EDITS_OF: &str = concat!(
    edits!(),
    " WHERE e.account_id = $1 AND e.status = 'pending' ORDER BY e.id"
);
pub(crate) const DECIDE_EDIT: &str = "UPDATE pending_edits SET status = $1, reason = $2, decided_at = $3, \
    decided_by = $4 WHERE id = $5 AND status = 'pending'";
pub(crate) const CREATE_REPORT: &str = "INSERT INTO reports (project_id, kind, detail, status, created_at) \
    VALUES ((SELECT id FROM projects WHERE slug = $1), $2, $3, 'open', $4) RETURNING id";
macro_rules! reports {
    () => {
        "SELECT r.id, p.slug, r.kind, r.detail, r.status, r.note, r.created_at FROM reports r \
         JOIN projects p ON p.id = r.project_id"
    };
}
pub(crate) const ALL_REPORTS: &str = concat!(reports!(), " ORDER BY r.id");
pub(crate) const OPEN_REPORTS: &str = concat!(reports!(), " WHERE r.status = 'open' ORDER BY r.id");
pub(crate) const RESOLVE_REPORT: &str = "UPDATE reports SET status = 'resolved', note = $1, resolved_at = $2, \
    resolved_by = $3 WHERE id = $4 AND status = 'open'";
pub(crate) const RECENT_HISTORY: &str = "SELECT p.slug, h.at, h.actor, h.field, h.old_value, h.new_value \
    FROM project_history h JOIN projects p ON p.id = h.project_id ORDER BY h.id DESC LIMIT $1";

#[async_trait]
pub trait Moderation: Send + Sync {
    /// Records a claim of `project`, or a proposal of a new listing.
    async fn create_claim(
        &self,
        account: i64,
        project: Option<&Slug>,
        proposal: Option<&Project>,
        statement: &str,
    ) -> Result<i64, StoreError>;
    /// Records the proposal of a new listing read from another directory's feed, with the
    /// ids it had there.
    async fn propose_imported(
        &self,
        account: i64,
        proposal: &Project,
        statement: &str,
        ids: &FeedIds,
    ) -> Result<i64, StoreError>;
    /// The feed ids claim `id` was proposed with, if it was imported.
    async fn feed_ids(&self, id: i64) -> Result<Option<FeedIds>, StoreError>;
    /// Which of `ids` a listing or site here has already.
    async fn taken_feed_ids(&self, ids: &FeedIds) -> Result<Vec<Uuid>, StoreError>;
    /// Gives the listing `project` (just created) the ids in `ids` that are free.
    async fn adopt_feed_ids(&self, project: &Slug, ids: &FeedIds) -> Result<(), StoreError>;
    /// Claims, newest first; only pending ones when asked.
    async fn claims(&self, pending_only: bool) -> Result<Vec<Claim>, StoreError>;
    async fn claims_of(&self, account: i64) -> Result<Vec<Claim>, StoreError>;
    async fn claim(&self, id: i64) -> Result<Option<Claim>, StoreError>;
    /// Decides a pending claim (linking the new listing for an approved proposal);
    /// `false` if it was not pending.
    async fn decide_claim(
        &self,
        id: i64,
        decision: Decision,
        reason: Option<&str>,
        moderator: i64,
        project: Option<&Slug>,
    ) -> Result<bool, StoreError>;
    async fn add_maintainer(&self, project: &Slug, account: i64) -> Result<(), StoreError>;
    /// `Some(trusted)` when `account` maintains `project`.
    async fn maintainer_of(&self, project: &Slug, account: i64)
    -> Result<Option<bool>, StoreError>;
    /// Whether anyone keeps `project` (a claim or proposal of it was approved).
    async fn has_maintainers(&self, project: &Slug) -> Result<bool, StoreError>;
    /// Lets a maintainer's later edits publish at once.
    async fn set_trusted(&self, project: &Slug, account: i64) -> Result<(), StoreError>;
    /// The listings `account` keeps, as (slug, name), by name.
    async fn projects_of(&self, account: i64) -> Result<Vec<(Slug, String)>, StoreError>;
    /// Queues `proposal` for a moderator; `base` is the listing it was made from.
    async fn submit_edit(
        &self,
        project: &Slug,
        account: i64,
        proposal: &Project,
        base: &Project,
    ) -> Result<i64, StoreError>;
    /// Edits waiting for a moderator, oldest first.
    async fn pending_edits(&self) -> Result<Vec<PendingEdit>, StoreError>;
    /// The changes `account` made that wait for a moderator, oldest first.
    async fn pending_edits_of(&self, account: i64) -> Result<Vec<PendingEdit>, StoreError>;
    async fn pending_edit(&self, id: i64) -> Result<Option<PendingEdit>, StoreError>;
    /// Decides a pending edit; `false` if it was not pending.
    async fn decide_edit(
        &self,
        id: i64,
        decision: Decision,
        reason: Option<&str>,
        moderator: i64,
    ) -> Result<bool, StoreError>;
    async fn create_report(
        &self,
        project: &Slug,
        kind: ReportKind,
        detail: &str,
    ) -> Result<i64, StoreError>;
    async fn reports(&self, open_only: bool) -> Result<Vec<Report>, StoreError>;
    async fn resolve_report(&self, id: i64, moderator: i64, note: &str)
    -> Result<bool, StoreError>;
    /// The latest changes to any project, newest first.
    async fn recent_history(&self, limit: i64) -> Result<Vec<(Slug, HistoryEntry)>, StoreError>;
}
