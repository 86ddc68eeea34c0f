//! Rows of the community tables as the database returns them, and their domain types.

use super::StoreError;
use crate::domain::community::{
    Account, Claim, Decision, PendingEdit, Report, ReportKind, Review, ReviewItem, Role,
};
use crate::domain::{HistoryEntry, Slug};
use chrono::{DateTime, Utc};

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

pub(crate) fn slug(s: &str) -> Result<Slug, StoreError> {
    Slug::parse(s).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn json<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, StoreError> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(e.to_string()))
}

#[derive(Debug, sqlx::FromRow)]
pub struct AccountRow {
    pub account_id: i64,
    pub email: String,
    pub role: String,
    pub account_created_at: DateTime<Utc>,
}

impl TryFrom<AccountRow> for Account {
    type Error = StoreError;
    fn try_from(r: AccountRow) -> Result<Self, StoreError> {
        Ok(Account {
            id: r.account_id,
            email: r.email,
            role: Role::parse(&r.role).ok_or_else(|| corrupt("role"))?,
            created_at: r.account_created_at,
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct LoginRow {
    #[sqlx(flatten)]
    pub account: AccountRow,
    pub password_hash: String,
}

#[derive(Debug, sqlx::FromRow)]
pub struct ClaimRow {
    pub id: i64,
    pub slug: Option<String>,
    pub proposal: Option<String>,
    pub statement: String,
    pub status: String,
    pub reason: Option<String>,
    pub created_at: DateTime<Utc>,
    #[sqlx(flatten)]
    pub account: AccountRow,
}

impl TryFrom<ClaimRow> for Claim {
    type Error = StoreError;
    fn try_from(r: ClaimRow) -> Result<Self, StoreError> {
        Ok(Claim {
            id: r.id,
            project: r.slug.as_deref().map(slug).transpose()?,
            proposal: r.proposal.as_deref().map(json).transpose()?,
            statement: r.statement,
            status: Decision::parse(&r.status).ok_or_else(|| corrupt("claim status"))?,
            reason: r.reason,
            created_at: r.created_at,
            account: r.account.try_into()?,
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct EditRow {
    pub id: i64,
    pub slug: String,
    pub proposal: String,
    pub base: Option<String>,
    pub status: String,
    pub created_at: DateTime<Utc>,
    #[sqlx(flatten)]
    pub account: AccountRow,
}

impl TryFrom<EditRow> for PendingEdit {
    type Error = StoreError;
    fn try_from(r: EditRow) -> Result<Self, StoreError> {
        Ok(PendingEdit {
            id: r.id,
            project: slug(&r.slug)?,
            proposal: json(&r.proposal)?,
            base: r.base.as_deref().map(json).transpose()?,
            status: Decision::parse(&r.status).ok_or_else(|| corrupt("edit status"))?,
            created_at: r.created_at,
            account: r.account.try_into()?,
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct ReviewRow {
    pub id: i64,
    pub reviewer: String,
    pub reviewer_name: String,
    pub reviewed: String,
    pub items: String,
    pub reply: Option<String>,
    pub replied_at: Option<DateTime<Utc>>,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub account_id: i64,
}

impl TryFrom<ReviewRow> for Review {
    type Error = StoreError;
    fn try_from(r: ReviewRow) -> Result<Self, StoreError> {
        Ok(Review {
            id: r.id,
            reviewer: slug(&r.reviewer)?,
            reviewer_name: r.reviewer_name,
            reviewed: slug(&r.reviewed)?,
            items: json::<Vec<ReviewItem>>(&r.items)?,
            reply: r.reply,
            replied_at: r.replied_at,
            hidden: r.hidden,
            hidden_reason: r.hidden_reason,
            created_at: r.created_at,
            account_id: r.account_id,
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct ReportRow {
    pub id: i64,
    pub slug: String,
    pub kind: String,
    pub detail: String,
    pub status: String,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<ReportRow> for Report {
    type Error = StoreError;
    fn try_from(r: ReportRow) -> Result<Self, StoreError> {
        Ok(Report {
            id: r.id,
            project: slug(&r.slug)?,
            kind: ReportKind::parse(&r.kind).ok_or_else(|| corrupt("report kind"))?,
            detail: r.detail,
            open: r.status == "open",
            note: r.note,
            created_at: r.created_at,
        })
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct SlugHistoryRow {
    pub slug: String,
    #[sqlx(flatten)]
    pub entry: super::rows::HistoryRow,
}

impl TryFrom<SlugHistoryRow> for (Slug, HistoryEntry) {
    type Error = StoreError;
    fn try_from(r: SlugHistoryRow) -> Result<Self, StoreError> {
        Ok((slug(&r.slug)?, r.entry.into()))
    }
}

/// Converts every row, failing on the first that cannot be read.
pub(crate) fn all<R, T: TryFrom<R, Error = StoreError>>(
    rows: Vec<R>,
) -> Result<Vec<T>, StoreError> {
    rows.into_iter().map(T::try_from).collect()
}
