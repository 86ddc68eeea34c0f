//! Storage for people and their requests: accounts, web sessions, claims, maintainers,
//! edits waiting for a moderator, problem reports and peer reviews.

use super::{HistoryEntry, StoreError};
use crate::domain::community::{
    Account, Claim, Decision, PendingEdit, Report, ReportKind, Review, ReviewItem, Role,
};
use crate::domain::{Project, Slug};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

#[async_trait]
pub trait Community: Send + Sync + 'static {
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

    async fn session_load(&self, id: &str) -> Result<Option<String>, StoreError>;
    async fn session_save(
        &self,
        id: &str,
        data: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn session_delete(&self, id: &str) -> Result<(), StoreError>;

    /// Records a claim of `project`, or a proposal of a new listing.
    async fn create_claim(
        &self,
        account: i64,
        project: Option<&Slug>,
        proposal: Option<&Project>,
        statement: &str,
    ) -> Result<i64, StoreError>;
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
    /// Lets a maintainer's later edits publish at once.
    async fn set_trusted(&self, project: &Slug, account: i64) -> Result<(), StoreError>;
    async fn projects_of(&self, account: i64) -> Result<Vec<Slug>, StoreError>;

    async fn submit_edit(
        &self,
        project: &Slug,
        account: i64,
        proposal: &Project,
    ) -> Result<i64, StoreError>;
    async fn pending_edits(&self) -> Result<Vec<PendingEdit>, StoreError>;
    async fn pending_edit(&self, id: i64) -> Result<Option<PendingEdit>, StoreError>;
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

    async fn create_review(
        &self,
        reviewer: &Slug,
        reviewed: &Slug,
        account: i64,
        items: &[ReviewItem],
    ) -> Result<i64, StoreError>;
    /// Reviews of a project, newest first.
    async fn reviews_of(
        &self,
        reviewed: &Slug,
        include_hidden: bool,
    ) -> Result<Vec<Review>, StoreError>;
    async fn review(&self, id: i64) -> Result<Option<Review>, StoreError>;
    /// The newest review of `reviewed` by `reviewer`, hidden or not.
    async fn latest_review(
        &self,
        reviewer: &Slug,
        reviewed: &Slug,
    ) -> Result<Option<Review>, StoreError>;
    /// Sets the reviewed project's one reply; `false` if it already replied.
    async fn reply_review(&self, id: i64, reply: &str) -> Result<bool, StoreError>;
    /// Hides a review, keeping the reason and who in the reviewed project's history.
    async fn hide_review(
        &self,
        id: i64,
        moderator: &Account,
        reason: &str,
    ) -> Result<bool, StoreError>;
    /// Projects with at least one visible peer review.
    async fn reviewed_slugs(&self) -> Result<Vec<Slug>, StoreError>;

    /// Records a one-time sign-in link (by the hash of its secret) for the account with
    /// `email`; `false` when there is no such account.
    async fn create_sign_in_link(
        &self,
        email: &str,
        token_hash: &str,
        moderator: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Uses a link once: the account it signs in, if the link is unused and unexpired.
    async fn use_sign_in_link(&self, token_hash: &str) -> Result<Option<Account>, StoreError>;
    /// Sets an account's password hash.
    async fn set_password(&self, account: i64, password_hash: &str) -> Result<(), StoreError>;

    /// The latest changes to any project, newest first.
    async fn recent_history(&self, limit: i64) -> Result<Vec<(Slug, HistoryEntry)>, StoreError>;
}

/// Implements `Community` for `$store` (which has `pool: sqlx::Pool<$db>`).
macro_rules! impl_community {
    ($store:ident, $db:ty) => {
        mod community_impl {
            use super::$store;
            use crate::domain::community::{Account, Claim, Decision, PendingEdit, Report, ReportKind, Review, ReviewItem, Role};
            use crate::domain::{Project, Slug};
            use crate::store::community::Community;
            use crate::store::{HistoryEntry, StoreError};
            use chrono::{DateTime, Utc};
            use sqlx::QueryBuilder;

            type AccountRow = (i64, String, String, DateTime<Utc>);

            fn corrupt(what: &str) -> StoreError {
                StoreError::Corrupt(what.to_string())
            }

            fn account_of((id, email, role, created_at): AccountRow) -> Result<Account, StoreError> {
                Ok(Account { id, email, role: Role::parse(&role).ok_or_else(|| corrupt("role"))?, created_at })
            }

            fn slug(s: &str) -> Result<Slug, StoreError> {
                Slug::parse(s).map_err(|e| StoreError::Corrupt(e.to_string()))
            }

            fn json<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, StoreError> {
                serde_json::from_str(s).map_err(|e| StoreError::Corrupt(e.to_string()))
            }

            const ACCOUNT: &str = "a.id, a.email, a.role, a.created_at";

            type ClaimRow = (i64, Option<String>, Option<String>, String, String, Option<String>, DateTime<Utc>, i64, String, String, DateTime<Utc>);
            const CLAIM: &str = "SELECT c.id, p.slug, c.proposal, c.statement, c.status, c.reason, c.created_at, \
                a.id, a.email, a.role, a.created_at FROM claims c JOIN accounts a ON a.id = c.account_id \
                LEFT JOIN projects p ON p.id = c.project_id";

            fn claim_of(r: ClaimRow) -> Result<Claim, StoreError> {
                Ok(Claim {
                    id: r.0,
                    project: r.1.as_deref().map(slug).transpose()?,
                    proposal: r.2.as_deref().map(json).transpose()?,
                    statement: r.3,
                    status: Decision::parse(&r.4).ok_or_else(|| corrupt("claim status"))?,
                    reason: r.5,
                    created_at: r.6,
                    account: account_of((r.7, r.8, r.9, r.10))?,
                })
            }

            type EditRow = (i64, String, String, String, DateTime<Utc>, i64, String, String, DateTime<Utc>);
            const EDIT: &str = "SELECT e.id, p.slug, e.proposal, e.status, e.created_at, a.id, a.email, a.role, a.created_at \
                FROM pending_edits e JOIN accounts a ON a.id = e.account_id JOIN projects p ON p.id = e.project_id";

            fn edit_of(r: EditRow) -> Result<PendingEdit, StoreError> {
                Ok(PendingEdit {
                    id: r.0,
                    project: slug(&r.1)?,
                    proposal: json(&r.2)?,
                    status: Decision::parse(&r.3).ok_or_else(|| corrupt("edit status"))?,
                    created_at: r.4,
                    account: account_of((r.5, r.6, r.7, r.8))?,
                })
            }

            type ReviewRow = (i64, String, String, String, String, Option<String>, bool, Option<String>, DateTime<Utc>);
            const REVIEW: &str = "SELECT r.id, a.slug, a.name, b.slug, r.items, r.reply, r.hidden, r.hidden_reason, r.created_at \
                FROM reviews r JOIN projects a ON a.id = r.reviewer_id JOIN projects b ON b.id = r.reviewed_id";

            fn review_of(r: ReviewRow) -> Result<Review, StoreError> {
                Ok(Review {
                    id: r.0,
                    reviewer: slug(&r.1)?,
                    reviewer_name: r.2,
                    reviewed: slug(&r.3)?,
                    items: json::<Vec<ReviewItem>>(&r.4)?,
                    reply: r.5,
                    hidden: r.6,
                    hidden_reason: r.7,
                    created_at: r.8,
                })
            }

            /// `project_id` of a slug, inside a query: `(SELECT id FROM projects WHERE slug = ?)`.
            fn push_project_id(q: &mut QueryBuilder<$db>, s: &Slug) {
                q.push("(SELECT id FROM projects WHERE slug = ");
                q.push_bind(s.to_string());
                q.push(")");
            }

            #[async_trait::async_trait]
            impl Community for $store {
                async fn create_account(&self, email: &str, password_hash: &str, role: Role) -> Result<Option<Account>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("INSERT INTO accounts (email, password_hash, role, created_at) VALUES (");
                    q.push_bind(email.to_string()).push(", ").push_bind(password_hash.to_string()).push(", ");
                    q.push_bind(role.slug()).push(", ").push_bind(Utc::now());
                    q.push(") ON CONFLICT (email) DO NOTHING RETURNING id, email, role, created_at");
                    let row: Option<AccountRow> = q.build_query_as().fetch_optional(&self.pool).await?;
                    row.map(account_of).transpose()
                }

                async fn login_lookup(&self, email: &str) -> Result<Option<(Account, String)>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(format!("SELECT {ACCOUNT}, a.password_hash FROM accounts a WHERE a.email = "));
                    q.push_bind(email.to_string());
                    let row: Option<(i64, String, String, DateTime<Utc>, String)> = q.build_query_as().fetch_optional(&self.pool).await?;
                    row.map(|(id, e, r, c, h)| Ok((account_of((id, e, r, c))?, h))).transpose()
                }

                async fn account(&self, id: i64) -> Result<Option<Account>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(format!("SELECT {ACCOUNT} FROM accounts a WHERE a.id = "));
                    q.push_bind(id);
                    let row: Option<AccountRow> = q.build_query_as().fetch_optional(&self.pool).await?;
                    row.map(account_of).transpose()
                }

                async fn set_role(&self, email: &str, role: Role) -> Result<bool, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("UPDATE accounts SET role = ");
                    q.push_bind(role.slug()).push(" WHERE email = ").push_bind(email.to_string());
                    Ok(q.build().execute(&self.pool).await?.rows_affected() == 1)
                }

                async fn session_load(&self, id: &str) -> Result<Option<String>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("SELECT data FROM web_sessions WHERE id = ");
                    q.push_bind(id.to_string()).push(" AND expires_at > ").push_bind(Utc::now());
                    Ok(q.build_query_scalar().fetch_optional(&self.pool).await?)
                }

                async fn session_save(&self, id: &str, data: &str, expires_at: DateTime<Utc>) -> Result<(), StoreError> {
                    let mut q = QueryBuilder::<$db>::new("INSERT INTO web_sessions (id, data, expires_at) VALUES (");
                    q.push_bind(id.to_string()).push(", ").push_bind(data.to_string()).push(", ").push_bind(expires_at);
                    q.push(") ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at");
                    q.build().execute(&self.pool).await?;
                    Ok(())
                }

                async fn session_delete(&self, id: &str) -> Result<(), StoreError> {
                    let mut q = QueryBuilder::<$db>::new("DELETE FROM web_sessions WHERE id = ");
                    q.push_bind(id.to_string());
                    q.build().execute(&self.pool).await?;
                    Ok(())
                }

                async fn create_claim(&self, account: i64, project: Option<&Slug>, proposal: Option<&Project>, statement: &str) -> Result<i64, StoreError> {
                    let kind = if proposal.is_some() { "propose" } else { "claim" };
                    let mut q = QueryBuilder::<$db>::new("INSERT INTO claims (kind, account_id, project_id, proposal, statement, status, created_at) VALUES (");
                    q.push_bind(kind).push(", ").push_bind(account).push(", ");
                    match project {
                        Some(s) => push_project_id(&mut q, s),
                        None => drop(q.push("NULL")),
                    }
                    q.push(", ").push_bind(proposal.map(|p| serde_json::to_string(p).unwrap_or_default()));
                    q.push(", ").push_bind(statement.to_string()).push(", 'pending', ").push_bind(Utc::now());
                    q.push(") RETURNING id");
                    Ok(q.build_query_scalar().fetch_one(&self.pool).await?)
                }

                async fn claims(&self, pending_only: bool) -> Result<Vec<Claim>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(CLAIM);
                    if pending_only {
                        q.push(" WHERE c.status = 'pending'");
                    }
                    q.push(" ORDER BY c.id DESC");
                    let rows: Vec<ClaimRow> = q.build_query_as().fetch_all(&self.pool).await?;
                    rows.into_iter().map(claim_of).collect()
                }

                async fn claims_of(&self, account: i64) -> Result<Vec<Claim>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(CLAIM);
                    q.push(" WHERE c.account_id = ").push_bind(account).push(" ORDER BY c.id DESC");
                    let rows: Vec<ClaimRow> = q.build_query_as().fetch_all(&self.pool).await?;
                    rows.into_iter().map(claim_of).collect()
                }

                async fn claim(&self, id: i64) -> Result<Option<Claim>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(CLAIM);
                    q.push(" WHERE c.id = ").push_bind(id);
                    let row: Option<ClaimRow> = q.build_query_as().fetch_optional(&self.pool).await?;
                    row.map(claim_of).transpose()
                }

                async fn decide_claim(&self, id: i64, decision: Decision, reason: Option<&str>, moderator: i64, project: Option<&Slug>) -> Result<bool, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("UPDATE claims SET status = ");
                    q.push_bind(decision.slug()).push(", reason = ").push_bind(reason.map(str::to_string));
                    q.push(", decided_at = ").push_bind(Utc::now()).push(", decided_by = ").push_bind(moderator);
                    if let Some(s) = project {
                        q.push(", project_id = ");
                        push_project_id(&mut q, s);
                    }
                    q.push(" WHERE id = ").push_bind(id).push(" AND status = 'pending'");
                    Ok(q.build().execute(&self.pool).await?.rows_affected() == 1)
                }

                async fn add_maintainer(&self, project: &Slug, account: i64) -> Result<(), StoreError> {
                    let mut q = QueryBuilder::<$db>::new("INSERT INTO maintainers (project_id, account_id, trusted, approved_at) VALUES (");
                    push_project_id(&mut q, project);
                    q.push(", ").push_bind(account).push(", FALSE, ").push_bind(Utc::now());
                    q.push(") ON CONFLICT (project_id, account_id) DO NOTHING");
                    q.build().execute(&self.pool).await?;
                    Ok(())
                }

                async fn maintainer_of(&self, project: &Slug, account: i64) -> Result<Option<bool>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("SELECT m.trusted FROM maintainers m JOIN projects p ON p.id = m.project_id WHERE p.slug = ");
                    q.push_bind(project.to_string()).push(" AND m.account_id = ").push_bind(account);
                    Ok(q.build_query_scalar().fetch_optional(&self.pool).await?)
                }

                async fn set_trusted(&self, project: &Slug, account: i64) -> Result<(), StoreError> {
                    let mut q = QueryBuilder::<$db>::new("UPDATE maintainers SET trusted = TRUE WHERE account_id = ");
                    q.push_bind(account).push(" AND project_id = ");
                    push_project_id(&mut q, project);
                    q.build().execute(&self.pool).await?;
                    Ok(())
                }

                async fn projects_of(&self, account: i64) -> Result<Vec<Slug>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("SELECT p.slug FROM maintainers m JOIN projects p ON p.id = m.project_id WHERE m.account_id = ");
                    q.push_bind(account).push(" ORDER BY p.name");
                    let rows: Vec<String> = q.build_query_scalar().fetch_all(&self.pool).await?;
                    rows.iter().map(|s| slug(s)).collect()
                }

                async fn submit_edit(&self, project: &Slug, account: i64, proposal: &Project) -> Result<i64, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("INSERT INTO pending_edits (project_id, account_id, proposal, status, created_at) VALUES (");
                    push_project_id(&mut q, project);
                    q.push(", ").push_bind(account).push(", ").push_bind(serde_json::to_string(proposal).unwrap_or_default());
                    q.push(", 'pending', ").push_bind(Utc::now()).push(") RETURNING id");
                    Ok(q.build_query_scalar().fetch_one(&self.pool).await?)
                }

                async fn pending_edits(&self) -> Result<Vec<PendingEdit>, StoreError> {
                    let q = format!("{EDIT} WHERE e.status = 'pending' ORDER BY e.id");
                    let rows: Vec<EditRow> = QueryBuilder::<$db>::new(q).build_query_as().fetch_all(&self.pool).await?;
                    rows.into_iter().map(edit_of).collect()
                }

                async fn pending_edit(&self, id: i64) -> Result<Option<PendingEdit>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(format!("{EDIT} WHERE e.id = "));
                    q.push_bind(id);
                    let row: Option<EditRow> = q.build_query_as().fetch_optional(&self.pool).await?;
                    row.map(edit_of).transpose()
                }

                async fn decide_edit(&self, id: i64, decision: Decision, reason: Option<&str>, moderator: i64) -> Result<bool, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("UPDATE pending_edits SET status = ");
                    q.push_bind(decision.slug()).push(", reason = ").push_bind(reason.map(str::to_string));
                    q.push(", decided_at = ").push_bind(Utc::now()).push(", decided_by = ").push_bind(moderator);
                    q.push(" WHERE id = ").push_bind(id).push(" AND status = 'pending'");
                    Ok(q.build().execute(&self.pool).await?.rows_affected() == 1)
                }

                async fn create_report(&self, project: &Slug, kind: ReportKind, detail: &str) -> Result<i64, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("INSERT INTO reports (project_id, kind, detail, status, created_at) VALUES (");
                    push_project_id(&mut q, project);
                    q.push(", ").push_bind(kind.slug()).push(", ").push_bind(detail.to_string());
                    q.push(", 'open', ").push_bind(Utc::now()).push(") RETURNING id");
                    Ok(q.build_query_scalar().fetch_one(&self.pool).await?)
                }

                async fn reports(&self, open_only: bool) -> Result<Vec<Report>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(
                        "SELECT r.id, p.slug, r.kind, r.detail, r.status, r.note, r.created_at FROM reports r JOIN projects p ON p.id = r.project_id",
                    );
                    if open_only {
                        q.push(" WHERE r.status = 'open'");
                    }
                    q.push(" ORDER BY r.id");
                    let rows: Vec<(i64, String, String, String, String, Option<String>, DateTime<Utc>)> =
                        q.build_query_as().fetch_all(&self.pool).await?;
                    rows.into_iter()
                        .map(|r| {
                            Ok(Report {
                                id: r.0,
                                project: slug(&r.1)?,
                                kind: ReportKind::parse(&r.2).ok_or_else(|| corrupt("report kind"))?,
                                detail: r.3,
                                open: r.4 == "open",
                                note: r.5,
                                created_at: r.6,
                            })
                        })
                        .collect()
                }

                async fn resolve_report(&self, id: i64, moderator: i64, note: &str) -> Result<bool, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("UPDATE reports SET status = 'resolved', note = ");
                    q.push_bind(note.to_string()).push(", resolved_at = ").push_bind(Utc::now());
                    q.push(", resolved_by = ").push_bind(moderator).push(" WHERE id = ").push_bind(id).push(" AND status = 'open'");
                    Ok(q.build().execute(&self.pool).await?.rows_affected() == 1)
                }

                async fn create_review(&self, reviewer: &Slug, reviewed: &Slug, account: i64, items: &[ReviewItem]) -> Result<i64, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("INSERT INTO reviews (reviewer_id, reviewed_id, account_id, items, hidden, created_at) VALUES (");
                    push_project_id(&mut q, reviewer);
                    q.push(", ");
                    push_project_id(&mut q, reviewed);
                    q.push(", ").push_bind(account).push(", ").push_bind(serde_json::to_string(items).unwrap_or_default());
                    q.push(", FALSE, ").push_bind(Utc::now()).push(") RETURNING id");
                    Ok(q.build_query_scalar().fetch_one(&self.pool).await?)
                }

                async fn reviews_of(&self, reviewed: &Slug, include_hidden: bool) -> Result<Vec<Review>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(format!("{REVIEW} WHERE b.slug = "));
                    q.push_bind(reviewed.to_string());
                    if !include_hidden {
                        q.push(" AND r.hidden = FALSE");
                    }
                    q.push(" ORDER BY r.id DESC");
                    let rows: Vec<ReviewRow> = q.build_query_as().fetch_all(&self.pool).await?;
                    rows.into_iter().map(review_of).collect()
                }

                async fn review(&self, id: i64) -> Result<Option<Review>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(format!("{REVIEW} WHERE r.id = "));
                    q.push_bind(id);
                    let row: Option<ReviewRow> = q.build_query_as().fetch_optional(&self.pool).await?;
                    row.map(review_of).transpose()
                }

                async fn latest_review(&self, reviewer: &Slug, reviewed: &Slug) -> Result<Option<Review>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(format!("{REVIEW} WHERE a.slug = "));
                    q.push_bind(reviewer.to_string()).push(" AND b.slug = ").push_bind(reviewed.to_string());
                    q.push(" ORDER BY r.id DESC LIMIT 1");
                    let row: Option<ReviewRow> = q.build_query_as().fetch_optional(&self.pool).await?;
                    row.map(review_of).transpose()
                }

                async fn reply_review(&self, id: i64, reply: &str) -> Result<bool, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("UPDATE reviews SET reply = ");
                    q.push_bind(reply.to_string()).push(", replied_at = ").push_bind(Utc::now());
                    q.push(" WHERE id = ").push_bind(id).push(" AND reply IS NULL");
                    Ok(q.build().execute(&self.pool).await?.rows_affected() == 1)
                }

                async fn hide_review(&self, id: i64, moderator: &Account, reason: &str) -> Result<bool, StoreError> {
                    let Some(review) = self.review(id).await? else { return Ok(false) };
                    if review.hidden {
                        return Ok(false);
                    }
                    let mut tx = self.pool.begin().await?;
                    let mut q = QueryBuilder::<$db>::new("UPDATE reviews SET hidden = TRUE, hidden_reason = ");
                    q.push_bind(reason.to_string()).push(", hidden_by = ").push_bind(moderator.id);
                    q.push(" WHERE id = ").push_bind(id).push(" AND hidden = FALSE");
                    if q.build().execute(&mut *tx).await?.rows_affected() != 1 {
                        return Ok(false);
                    }
                    let mut h = QueryBuilder::<$db>::new("INSERT INTO project_history (project_id, at, actor, field, old_value, new_value) VALUES (");
                    push_project_id(&mut h, &review.reviewed);
                    h.push(", ").push_bind(Utc::now()).push(", ").push_bind(moderator.email.clone());
                    h.push(", 'peer review hidden', ").push_bind(serde_json::to_string(&review).ok());
                    h.push(", ").push_bind(serde_json::to_string(&serde_json::json!({ "reason": reason })).ok()).push(")");
                    h.build().execute(&mut *tx).await?;
                    tx.commit().await?;
                    Ok(true)
                }

                async fn reviewed_slugs(&self) -> Result<Vec<Slug>, StoreError> {
                    let rows: Vec<String> = QueryBuilder::<$db>::new(
                        "SELECT DISTINCT b.slug FROM reviews r JOIN projects b ON b.id = r.reviewed_id WHERE r.hidden = FALSE ORDER BY b.slug",
                    )
                    .build_query_scalar()
                    .fetch_all(&self.pool)
                    .await?;
                    rows.iter().map(|s| slug(s)).collect()
                }

                async fn create_sign_in_link(&self, email: &str, token_hash: &str, moderator: i64, expires_at: DateTime<Utc>) -> Result<bool, StoreError> {
                    let mut q = QueryBuilder::<$db>::new("INSERT INTO sign_in_links (token_hash, account_id, created_by, created_at, expires_at) SELECT ");
                    q.push_bind(token_hash.to_string()).push(", a.id, ").push_bind(moderator).push(", ").push_bind(Utc::now());
                    q.push(", ").push_bind(expires_at).push(" FROM accounts a WHERE a.email = ").push_bind(email.to_string());
                    Ok(q.build().execute(&self.pool).await?.rows_affected() == 1)
                }

                async fn use_sign_in_link(&self, token_hash: &str) -> Result<Option<Account>, StoreError> {
                    let now = Utc::now();
                    let mut q = QueryBuilder::<$db>::new("UPDATE sign_in_links SET used_at = ");
                    q.push_bind(now).push(" WHERE token_hash = ").push_bind(token_hash.to_string());
                    q.push(" AND used_at IS NULL AND expires_at > ").push_bind(now).push(" RETURNING account_id");
                    let id: Option<i64> = q.build_query_scalar().fetch_optional(&self.pool).await?;
                    match id {
                        Some(id) => self.account(id).await,
                        None => Ok(None),
                    }
                }

                async fn set_password(&self, account: i64, password_hash: &str) -> Result<(), StoreError> {
                    let mut q = QueryBuilder::<$db>::new("UPDATE accounts SET password_hash = ");
                    q.push_bind(password_hash.to_string()).push(" WHERE id = ").push_bind(account);
                    q.build().execute(&self.pool).await?;
                    Ok(())
                }

                async fn recent_history(&self, limit: i64) -> Result<Vec<(Slug, HistoryEntry)>, StoreError> {
                    let mut q = QueryBuilder::<$db>::new(
                        "SELECT p.slug, h.at, h.actor, h.field, h.old_value, h.new_value FROM project_history h \
                         JOIN projects p ON p.id = h.project_id ORDER BY h.id DESC LIMIT ",
                    );
                    q.push_bind(limit);
                    let rows: Vec<(String, DateTime<Utc>, String, String, Option<String>, Option<String>)> =
                        q.build_query_as().fetch_all(&self.pool).await?;
                    rows.into_iter()
                        .map(|(s, at, actor, field, old_value, new_value)| Ok((slug(&s)?, HistoryEntry { at, actor, field, old_value, new_value })))
                        .collect()
                }
            }
        }
    };
}

pub(crate) use impl_community;
