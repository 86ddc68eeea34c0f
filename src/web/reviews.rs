//! Peer reviews: another project's maintainer reviews a listing's published reflection.

use super::error::AppError;
use super::extract::{CheckedForm, PublicListing, SignedIn};
use super::query::Params;
use super::state::AppState;
use crate::domain::community::{Account, REVIEW_RENEWAL_DAYS, ReviewItem, Verdict};
use crate::domain::{Principle, Slug};
use crate::views;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chrono::{Duration, Utc};

pub fn router() -> Router<AppState> {
    Router::new().route("/projects/{slug}/review", get(review_form).post(review))
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
    Ok(views::review::review(
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
