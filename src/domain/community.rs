//! People and their requests: accounts, claims, edits waiting for a moderator, problem
//! reports and peer reviews between projects.

use super::{Principle, Project, Slug};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Keeps the listings it has been approved for.
    Maintainer,
    /// Approves claims and edits, works through reports, can hide reviews.
    Moderator,
}

impl Role {
    pub fn slug(self) -> &'static str {
        match self {
            Role::Maintainer => "maintainer",
            Role::Moderator => "moderator",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "maintainer" => Some(Role::Maintainer),
            "moderator" => Some(Role::Moderator),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub created_at: DateTime<Utc>,
}

/// Where a request for a moderator stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    Pending,
    Approved,
    Rejected,
}

impl Decision {
    pub fn slug(self) -> &'static str {
        match self {
            Decision::Pending => "pending",
            Decision::Approved => "approved",
            Decision::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Decision> {
        match s {
            "pending" => Some(Decision::Pending),
            "approved" => Some(Decision::Approved),
            "rejected" => Some(Decision::Rejected),
            _ => None,
        }
    }
}

/// A request to keep an existing listing, or to add a new one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub id: i64,
    pub account: Account,
    /// The listing claimed; for a proposal, the new listing once approved.
    pub project: Option<Slug>,
    /// A proposed new listing.
    pub proposal: Option<Project>,
    /// Who they are and their role in the project, in their words.
    pub statement: String,
    pub status: Decision,
    pub reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// An edit by a newly approved maintainer, waiting for a moderator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PendingEdit {
    pub id: i64,
    pub project: Slug,
    pub account: Account,
    pub proposal: Project,
    /// The listing as it was when the edit was made (`None` for edits queued before this
    /// was kept): approving applies only the fields that differ from it.
    pub base: Option<Project>,
    pub status: Decision,
    pub created_at: DateTime<Utc>,
}

/// What is wrong with a listing, as someone reported it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    Closed,
    WrongDetails,
    Safeguarding,
    Other,
}

impl ReportKind {
    pub const ALL: [ReportKind; 4] = [
        ReportKind::Closed,
        ReportKind::WrongDetails,
        ReportKind::Safeguarding,
        ReportKind::Other,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ReportKind::Closed => "closed",
            ReportKind::WrongDetails => "wrong-details",
            ReportKind::Safeguarding => "safeguarding",
            ReportKind::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ReportKind::Closed => "It has closed or stopped running",
            ReportKind::WrongDetails => "Some details are wrong",
            ReportKind::Safeguarding => "I have a safeguarding concern",
            ReportKind::Other => "Something else",
        }
    }

    pub fn parse(s: &str) -> Option<ReportKind> {
        ReportKind::ALL.into_iter().find(|k| k.slug() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub id: i64,
    pub project: Slug,
    pub kind: ReportKind,
    pub detail: String,
    pub open: bool,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// How a reviewing project sees another's account of one principle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// "We recognise this."
    Recognise,
    /// "We would ask about this."
    Ask,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Recognise => "We recognise this",
            Verdict::Ask => "We would ask about this",
        }
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        match s {
            "recognise" => Some(Verdict::Recognise),
            "ask" => Some(Verdict::Ask),
            _ => None,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Verdict::Recognise => "recognise",
            Verdict::Ask => "ask",
        }
    }
}

/// One principle in a peer review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub principle: Principle,
    pub verdict: Verdict,
    pub comment: String,
}

/// A review of one project's published reflection by another project.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    pub id: i64,
    pub reviewer: Slug,
    pub reviewer_name: String,
    pub reviewed: Slug,
    pub items: Vec<ReviewItem>,
    pub reply: Option<String>,
    /// When the reviewed project replied.
    pub replied_at: Option<DateTime<Utc>>,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The account that wrote it (never shown or sent out).
    #[serde(skip)]
    pub account_id: i64,
}

/// How long a review stands before the same project may review again, in days.
pub const REVIEW_RENEWAL_DAYS: i64 = 365;

/// How long after publishing the reviewing project can change its review, in days.
pub const REVIEW_EDIT_DAYS: i64 = 14;

impl Review {
    /// The last moment the reviewing project can change this review.
    pub fn editable_until(&self) -> DateTime<Utc> {
        self.created_at + chrono::Duration::days(REVIEW_EDIT_DAYS)
    }

    /// Whether the reviewing project can still change this review at `now`.
    pub fn editable(&self, now: DateTime<Utc>) -> bool {
        now < self.editable_until()
    }

    /// The first moment the same project can review the same listing again.
    pub fn renewable_from(&self) -> DateTime<Utc> {
        self.created_at + chrono::Duration::days(REVIEW_RENEWAL_DAYS)
    }
}

/// The most a claim's or a proposal's statement may hold, in characters.
pub const STATEMENT_MAX: usize = 2_000;

/// The most a review's comment on one principle, or a reply to a review, may hold, in
/// characters.
pub const COMMENT_MAX: usize = 2_000;

/// The choice on a review form that says a principle was left out on purpose.
pub const NOT_REVIEWED: &str = "not-reviewed";

/// What a reviewer put on the form for one principle, before it is checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewAnswer {
    pub principle: Principle,
    /// `recognise`, `ask`, [`NOT_REVIEWED`], or nothing chosen.
    pub choice: Option<String>,
    pub comment: String,
}

/// What is wrong with a review form's answer for one principle, or with the whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReviewCheck {
    #[error("Say in a comment why you chose this for “{}”.", .0.label())]
    CommentNeeded(Principle),
    #[error(
        "Choose “we recognise this”, “we would ask about this” or “not reviewed” for “{}”.",
        .0.label()
    )]
    VerdictNeeded(Principle),
    #[error("Review at least one principle: all of them are marked “not reviewed”.")]
    NoneReviewed,
}

/// A problem with one field of a review form: the field's name and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewProblem {
    pub field: String,
    pub check: ReviewCheck,
}

impl ReviewProblem {
    fn new(field: String, check: ReviewCheck) -> ReviewProblem {
        ReviewProblem { field, check }
    }
}

/// The answers of an existing review, for its form: one per principle in `published`,
/// [`NOT_REVIEWED`] for those it left out.
pub fn answers_of(items: &[ReviewItem], published: &[Principle]) -> Vec<ReviewAnswer> {
    published
        .iter()
        .map(|p| match items.iter().find(|i| i.principle == *p) {
            Some(i) => ReviewAnswer {
                principle: *p,
                choice: Some(i.verdict.slug().to_string()),
                comment: i.comment.clone(),
            },
            None => ReviewAnswer {
                principle: *p,
                choice: Some(NOT_REVIEWED.to_string()),
                comment: String::new(),
            },
        })
        .collect()
}

/// Checks a review form: every principle has a verdict with a comment, or is marked
/// not reviewed, and at least one is reviewed. The items to publish, or each problem by
/// its field (`verdict_{principle}`, `comment_{principle}`).
pub fn check_review(answers: &[ReviewAnswer]) -> Result<Vec<ReviewItem>, Vec<ReviewProblem>> {
    let mut items = Vec::new();
    let mut errors = Vec::new();
    let mut left_out = 0;
    for a in answers {
        let slug = a.principle.slug();
        let comment = a.comment.trim();
        match a.choice.as_deref() {
            Some(NOT_REVIEWED) => left_out += 1,
            Some(choice) if Verdict::parse(choice).is_some() => {
                if comment.is_empty() {
                    errors.push(ReviewProblem::new(
                        format!("comment_{slug}"),
                        ReviewCheck::CommentNeeded(a.principle),
                    ));
                } else if let Some(verdict) = Verdict::parse(choice) {
                    items.push(ReviewItem {
                        principle: a.principle,
                        verdict,
                        comment: comment.to_string(),
                    });
                }
            }
            _ => errors.push(ReviewProblem::new(
                format!("verdict_{slug}"),
                ReviewCheck::VerdictNeeded(a.principle),
            )),
        }
    }
    if errors.is_empty()
        && left_out == answers.len()
        && let Some(first) = answers.first()
    {
        errors.push(ReviewProblem::new(
            format!("verdict_{}", first.principle.slug()),
            ReviewCheck::NoneReviewed,
        ));
    }
    if errors.is_empty() {
        Ok(items)
    } else {
        Err(errors)
    }
}

/// The account imported proposals and edits are made by (`peermap import-oruk`). It
/// cannot sign in, receives no mail, and never becomes a listing's maintainer: an
/// approved import is a listing nobody keeps until its project claims it.
pub const IMPORTER_EMAIL: &str = "oruk-import@peermap.invalid";
