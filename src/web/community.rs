//! Acting on a listing: claim it (signed in), report a problem (anyone), review its
//! reflection (another project's maintainer).

use super::error::AppError;
use super::extract::{CheckedForm, PublicListing, SignedIn, Verified, Viewer};
use super::query::Params;
use super::state::AppState;
use crate::domain::community::{Account, REVIEW_RENEWAL_DAYS, ReportKind, ReviewItem, Verdict};
use crate::domain::{Principle, Slug};
use crate::views;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chrono::{Duration, Utc};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/projects/{slug}/claim", get(claim_form).post(claim))
        .route("/projects/{slug}/report", get(report_form).post(report))
        .route("/projects/{slug}/review", get(review_form).post(review))
}

/// "This is our project": the claim form, for a verified account. Someone not signed in
/// is told why an account is needed, with links that bring her back here; an account
/// whose address is not confirmed yet is asked to confirm it.
async fn claim_form(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    viewer: Viewer,
) -> Result<Response, AppError> {
    let here = format!("/projects/{}/claim", stored.project.slug);
    let Some(account) = &viewer.account else {
        return Ok(views::community::claim_needs_account(
            state.chrome(None),
            &stored.project,
            &here,
        )
        .into_response());
    };
    if !state.store.is_verified(account.id).await? {
        let page =
            views::account::unverified(state.chrome(None), &viewer.csrf(&state), Some(&here));
        return Ok((StatusCode::FORBIDDEN, page).into_response());
    }
    Ok(views::community::claim(
        state.chrome(None),
        &viewer.csrf(&state),
        &stored.project,
        "",
        &[],
    )
    .into_response())
}

async fn claim(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    verified: Verified,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let account = &verified.account;
    if state
        .store
        .maintainer_of(&stored.project.slug, account.id)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict("You already keep this listing.".into()));
    }
    let statement = form.params.text("statement", "Who you are", 2_000)?;
    if statement.is_empty() {
        let errors = [(
            "statement",
            "Say who you are and your role in the project.".to_string(),
        )];
        let page = views::community::claim(
            state.chrome(None),
            &form.viewer.csrf(&state),
            &stored.project,
            &statement,
            &errors,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    let listing = (&stored.project.slug, stored.project.name.as_str());
    state
        .registry
        .request_listing(account.id, Some(listing), None, &statement)
        .await?;
    Ok(views::community::claim_sent(state.chrome(None), &stored.project).into_response())
}

async fn report_form(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    viewer: Viewer,
) -> Response {
    views::community::report(
        state.chrome(None),
        &viewer.csrf(&state),
        &stored.project,
        None,
    )
    .into_response()
}

async fn report(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let kind = form
        .params
        .one("kind")
        .and_then(ReportKind::parse)
        .ok_or_else(|| AppError::bad_request("Choose what is wrong with the listing."))?;
    let detail = form.params.text("detail", "Your report", 5_000)?;
    state
        .registry
        .report_problem(&stored.project, kind, &detail)
        .await?;
    Ok(views::community::report_thanks(state.chrome(None), &stored.project).into_response())
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
        return Err(AppError::Forbidden(
            "Only maintainers of another peer support project can review a project's reflection."
                .into(),
        ));
    }
    Ok(out)
}

async fn review_form(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    signed_in: SignedIn,
) -> Result<Response, AppError> {
    let choices = reviewers(&state, &signed_in.account, &stored.project.slug).await?;
    Ok(views::community::review(
        state.chrome(None),
        &signed_in.viewer.csrf(&state),
        &stored.project,
        &choices,
        None,
    )
    .into_response())
}

/// The verdicts and comments of a review form, for the principles `published`.
fn read_items(params: &Params, published: &[Principle]) -> Result<Vec<ReviewItem>, AppError> {
    let mut items = Vec::new();
    for p in published {
        let Some(verdict) = params
            .one(&format!("verdict_{}", p.slug()))
            .and_then(Verdict::parse)
        else {
            continue;
        };
        items.push(ReviewItem {
            principle: *p,
            verdict,
            comment: params.text(&format!("comment_{}", p.slug()), "A comment", 2_000)?,
        });
    }
    if items.is_empty() {
        return Err(AppError::bad_request(
            "Choose “we recognise this” or “we would ask about this” for at least one principle.",
        ));
    }
    Ok(items)
}

async fn review(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    signed_in: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let reviewed = &stored.project;
    let choices = reviewers(&state, &signed_in.account, &reviewed.slug).await?;
    let reviewer = form
        .params
        .one("reviewer")
        .and_then(|s| choices.iter().find(|(c, _)| c.as_str() == s))
        .map(|(s, _)| s.clone())
        .ok_or_else(|| AppError::Forbidden("You can only review as a project you keep.".into()))?;
    let published: Vec<Principle> = reviewed
        .reflections
        .iter()
        .filter(|r| r.published_on.is_some())
        .map(|r| r.principle)
        .collect();
    if published.is_empty() {
        return Err(AppError::Conflict(
            "This project has not published a reflection to review yet.".into(),
        ));
    }
    if let Some(last) = state.store.latest_review(&reviewer, &reviewed.slug).await?
        && last.created_at > Utc::now() - Duration::days(REVIEW_RENEWAL_DAYS)
    {
        return Err(AppError::Conflict("Your project reviewed this one less than 12 months ago. You can review again after a year.".into()));
    }
    let items = read_items(&form.params, &published)?;
    state
        .registry
        .submit_review(&reviewer, &reviewed.slug, &signed_in.account, &items)
        .await?;
    Ok(Redirect::to(&format!("/projects/{}", reviewed.slug)).into_response())
}
