//! Peer reviews: another project's maintainer reviews a listing's published reflection.
//! The form posts to a preview of exactly what will be published; only "Publish this
//! review" stores it. The reviewing project can change it for 14 days.

use super::error::AppError;
use super::extract::{CheckedForm, PathParams, PublicListing, SignedIn, Verified};
use super::query::Params;
use super::state::AppState;
use crate::domain::check::FieldError;
use crate::domain::community::{
    Account, COMMENT_MAX, NOT_REVIEWED, Review, ReviewAnswer, ReviewItem, answers_of, check_review,
};
use crate::domain::{Principle, Project, Slug};
use crate::i18n::{Arg, here};
use crate::views;
use crate::views::review::ReviewForm;
use axum::Router;
use axum::extract::{FromRequestParts, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/projects/{slug}/review", get(review_form).post(review))
        .route(
            "/projects/{slug}/reviews/{id}/edit",
            get(change_form).post(change),
        )
        .route("/projects/{slug}/reviews/{id}/published", get(published))
}

/// The projects `account` keeps that may review `reviewed`: never the project itself.
async fn reviewers(
    state: &AppState,
    account: &Account,
    reviewed: &Slug,
) -> Result<Vec<(Slug, String)>, AppError> {
    let mut out = state.store.projects_of(account.id).await?;
    out.retain(|(s, _)| s != reviewed);
    if out.is_empty() {
        return Err(AppError::Forbidden(here().lang.t("review-only-peers")));
    }
    Ok(out)
}

/// The principles `p` has published a reflection on: what a review answers.
fn published_principles(p: &Project) -> Result<Vec<Principle>, AppError> {
    let published: Vec<Principle> = p
        .reflections
        .iter()
        .filter(|r| r.published_on.is_some())
        .map(|r| r.principle)
        .collect();
    if published.is_empty() {
        return Err(AppError::Conflict(here().lang.t("review-nothing-yet")));
    }
    Ok(published)
}

/// What the form holds, as typed: the reviewing project, an answer per principle, and
/// what is wrong with the text as typed (a comment too long).
struct Draft {
    reviewer: String,
    answers: Vec<ReviewAnswer>,
    errors: Vec<FieldError>,
}

fn read_draft(params: &Params, published: &[Principle]) -> Draft {
    let mut answers = Vec::new();
    let mut errors = Vec::new();
    for p in published {
        answers.push(ReviewAnswer {
            principle: *p,
            choice: params
                .one(&format!("verdict_{}", p.slug()))
                .map(str::to_string),
            comment: params.text_checked(
                &format!("comment_{}", p.slug()),
                &here().lang.t("review-comment"),
                COMMENT_MAX,
                &mut errors,
            ),
        });
    }
    Draft {
        reviewer: params.one("reviewer").unwrap_or_default().to_string(),
        answers,
        errors,
    }
}

/// The review's items, or every problem with the form as typed.
fn checked(draft: &Draft) -> Result<Vec<ReviewItem>, Vec<FieldError>> {
    let mut errors = draft.errors.clone();
    match check_review(&draft.answers) {
        Ok(items) if errors.is_empty() => Ok(items),
        Ok(_) => Err(errors),
        Err(problems) => {
            errors.extend(crate::views::checks::review_errors(here().lang, &problems));
            Err(errors)
        }
    }
}

/// What the form page needs besides the draft.
struct Screen<'a> {
    state: &'a AppState,
    token: String,
    project: &'a Project,
    action: String,
    reviewers: &'a [(Slug, String)],
    changing: bool,
}

impl Screen<'_> {
    fn form<'a>(
        &'a self,
        draft: &'a Draft,
        errors: &'a [FieldError],
        change_link: Option<&'a str>,
    ) -> ReviewForm<'a> {
        ReviewForm {
            project: self.project,
            action: &self.action,
            reviewers: self.reviewers,
            reviewer: &draft.reviewer,
            answers: &draft.answers,
            errors,
            change_link,
            changing: self.changing,
        }
    }

    fn page(
        &self,
        status: StatusCode,
        draft: &Draft,
        errors: &[FieldError],
        link: Option<&str>,
    ) -> Response {
        let form = self.form(draft, errors, link);
        let page = views::review::review(self.state.chrome(None), &self.token, &form);
        (status, page).into_response()
    }

    /// The preview of `items` as the reviewer's project will publish them.
    fn preview(&self, draft: &Draft, items: Vec<ReviewItem>, reviewer_name: &str) -> Response {
        let shown = Review {
            id: 0,
            reviewer: self.reviewers[0].0.clone(),
            reviewer_name: reviewer_name.to_string(),
            reviewed: self.project.slug.clone(),
            items,
            reply: None,
            replied_at: None,
            hidden: false,
            hidden_reason: None,
            created_at: self.state.registry.clock().now(),
            account_id: 0,
        };
        let left_out: Vec<&str> = draft
            .answers
            .iter()
            .filter(|a| a.choice.as_deref() == Some(NOT_REVIEWED))
            .map(|a| a.principle.label())
            .collect();
        let form = self.form(draft, &[], None);
        views::review::preview(
            self.state.chrome(None),
            &self.token,
            &form,
            &shown,
            &left_out,
        )
        .into_response()
    }
}

async fn review_form(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    signed_in: Verified,
) -> Result<Response, AppError> {
    let reviewed = &stored.project;
    let choices = reviewers(&state, &signed_in.account, &reviewed.slug).await?;
    let published = published_principles(reviewed)?;
    let draft = Draft {
        reviewer: choices[0].0.to_string(),
        answers: answers_of(&[], &published)
            .into_iter()
            .map(|a| ReviewAnswer { choice: None, ..a })
            .collect(),
        errors: Vec::new(),
    };
    let screen = Screen {
        state: &state,
        token: signed_in.viewer.csrf(&state),
        project: reviewed,
        action: format!("/projects/{}/review", reviewed.slug),
        reviewers: &choices,
        changing: false,
    };
    // With one project to review as, say at once if it reviewed this one lately.
    if choices.len() == 1
        && let Some((error, link)) = standing(&state, &choices[0], reviewed).await?
    {
        return Ok(screen.page(StatusCode::OK, &draft, &[error], link.as_deref()));
    }
    Ok(screen.page(StatusCode::OK, &draft, &[], None))
}

/// A review by `reviewer` of `reviewed` within the last 12 months, as the reviewer
/// field's error, with the link to change it while that can be done.
async fn standing(
    state: &AppState,
    (reviewer, name): &(Slug, String),
    reviewed: &Project,
) -> Result<Option<(FieldError, Option<String>)>, AppError> {
    let Some(last) = state.store.latest_review(reviewer, &reviewed.slug).await? else {
        return Ok(None);
    };
    let now = state.registry.clock().now();
    if last.renewable_from() <= now {
        return Ok(None);
    }
    let lang = here().lang;
    let date = |at: chrono::DateTime<chrono::Utc>| Arg::from(lang.date(at.date_naive()));
    let name = || ("name", Arg::from(name.clone()));
    let (message, link) = if last.editable(now) {
        let args = [
            name(),
            ("on", date(last.created_at)),
            ("until", date(last.editable_until())),
        ];
        (
            lang.ta("review-lately-changeable", &args),
            Some(format!(
                "/projects/{}/reviews/{}/edit",
                reviewed.slug, last.id
            )),
        )
    } else {
        let args = [
            name(),
            ("on", date(last.created_at)),
            ("again", date(last.renewable_from())),
        ];
        (lang.ta("review-lately", &args), None)
    };
    Ok(Some((FieldError::new("reviewer", message), link)))
}

async fn review(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    signed_in: Verified,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let reviewed = &stored.project;
    let choices = reviewers(&state, &signed_in.account, &reviewed.slug).await?;
    let published = published_principles(reviewed)?;
    let draft = read_draft(&form.params, &published);
    let reviewer = choices
        .iter()
        .find(|(c, _)| c.as_str() == draft.reviewer)
        .cloned()
        .ok_or_else(|| AppError::Forbidden(here().lang.t("review-only-yours")))?;
    let chosen = [reviewer.clone()];
    let screen = Screen {
        state: &state,
        token: signed_in.viewer.csrf(&state),
        project: reviewed,
        action: format!("/projects/{}/review", reviewed.slug),
        reviewers: &choices,
        changing: false,
    };
    if let Some((error, link)) = standing(&state, &reviewer, reviewed).await? {
        return Ok(screen.page(StatusCode::CONFLICT, &draft, &[error], link.as_deref()));
    }
    if form.params.one("action") == Some("change") {
        return Ok(screen.page(StatusCode::OK, &draft, &[], None));
    }
    let items = match checked(&draft) {
        Ok(items) => items,
        Err(errors) => return Ok(screen.page(StatusCode::BAD_REQUEST, &draft, &errors, None)),
    };
    if form.params.one("action") != Some("publish") {
        let preview = Screen {
            reviewers: &chosen,
            ..screen
        };
        return Ok(preview.preview(&draft, items, &reviewer.1));
    }
    let id = state
        .registry
        .submit_review(&reviewer.0, &reviewed.slug, &signed_in.account, &items)
        .await?;
    Ok(Redirect::to(&format!(
        "/projects/{}/reviews/{id}/published",
        reviewed.slug
    ))
    .into_response())
}

#[derive(serde::Deserialize)]
struct ReviewId {
    id: i64,
}

/// A review of the path's listing that the signed-in person may change: she keeps the
/// project that wrote it.
struct OwnReview {
    signed_in: SignedIn,
    reviewed: Project,
    review: Review,
}

impl FromRequestParts<AppState> for OwnReview {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let refuse = |e: AppError| e.into_response();
        let PublicListing(stored) = PublicListing::from_request_parts(parts, state)
            .await
            .map_err(refuse)?;
        let PathParams(ReviewId { id }) = PathParams::from_request_parts(parts, state)
            .await
            .map_err(refuse)?;
        let signed_in = SignedIn::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let review = state
            .store
            .review(id)
            .await
            .map_err(|e| refuse(e.into()))?
            .filter(|r| r.reviewed == stored.project.slug && !r.hidden)
            .ok_or_else(|| refuse(AppError::not_found(here().lang.t("review-no-such"))))?;
        let keeps = state
            .store
            .maintainer_of(&review.reviewer, signed_in.account.id)
            .await
            .map_err(|e| refuse(e.into()))?;
        if keeps.is_none() {
            return Err(refuse(AppError::Forbidden(
                here().lang.t("review-only-writers"),
            )));
        }
        if !review.editable(state.registry.clock().now()) {
            return Err(refuse(crate::registry::too_late(&review).into()));
        }
        Ok(OwnReview {
            signed_in,
            reviewed: stored.project,
            review,
        })
    }
}

impl OwnReview {
    fn screen<'a>(&'a self, state: &'a AppState, reviewers: &'a [(Slug, String)]) -> Screen<'a> {
        Screen {
            state,
            token: self.signed_in.viewer.csrf(state),
            project: &self.reviewed,
            action: format!(
                "/projects/{}/reviews/{}/edit",
                self.reviewed.slug, self.review.id
            ),
            reviewers,
            changing: true,
        }
    }

    fn reviewer(&self) -> [(Slug, String); 1] {
        [(
            self.review.reviewer.clone(),
            self.review.reviewer_name.clone(),
        )]
    }
}

async fn change_form(State(state): State<AppState>, own: OwnReview) -> Result<Response, AppError> {
    let published = published_principles(&own.reviewed)?;
    let draft = Draft {
        reviewer: own.review.reviewer.to_string(),
        answers: answers_of(&own.review.items, &published),
        errors: Vec::new(),
    };
    let reviewer = own.reviewer();
    Ok(own
        .screen(&state, &reviewer)
        .page(StatusCode::OK, &draft, &[], None))
}

async fn change(
    State(state): State<AppState>,
    own: OwnReview,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let published = published_principles(&own.reviewed)?;
    let mut draft = read_draft(&form.params, &published);
    draft.reviewer = own.review.reviewer.to_string();
    let reviewer = own.reviewer();
    let screen = own.screen(&state, &reviewer);
    if form.params.one("action") == Some("change") {
        return Ok(screen.page(StatusCode::OK, &draft, &[], None));
    }
    let items = match checked(&draft) {
        Ok(items) => items,
        Err(errors) => return Ok(screen.page(StatusCode::BAD_REQUEST, &draft, &errors, None)),
    };
    if form.params.one("action") != Some("publish") {
        return Ok(screen.preview(&draft, items, &own.review.reviewer_name));
    }
    state
        .registry
        .change_review(own.review.id, &own.signed_in.account, &items)
        .await?;
    Ok(Redirect::to(&format!(
        "/projects/{}/reviews/{}/published?changed",
        own.reviewed.slug, own.review.id
    ))
    .into_response())
}

/// After publishing or changing: what happens next. Only for the reviewing project's
/// maintainers (the edit window is checked too, so an old link says why).
async fn published(
    State(state): State<AppState>,
    own: OwnReview,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let changed = query.as_deref() == Some("changed");
    views::review::published(
        state.chrome(None),
        &own.reviewed,
        &own.review,
        own.review.editable_until(),
        changed,
    )
    .into_response()
}
