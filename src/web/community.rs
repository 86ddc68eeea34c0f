//! Acting on a listing: claim it (signed in), report a problem (anyone), review its
//! reflection (another project's maintainer).

use super::directory::find_public;
use crate::auth::{Viewer, checked_form};
use crate::domain::community::{REVIEW_RENEWAL_DAYS, ReportKind, ReviewItem, Verdict};
use crate::domain::{Principle, Slug};
use crate::error::AppError;
use crate::state::AppState;
use crate::views;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chrono::{Duration, Utc};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/projects/{slug}/claim", get(claim_form).post(claim))
        .route("/projects/{slug}/report", get(report_form).post(report))
        .route("/projects/{slug}/review", get(review_form).post(review))
}

async fn claim_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    if viewer.account.is_none() {
        return Ok(Redirect::to("/account/signup").into_response());
    }
    let stored = find_public(&state, &slug).await?;
    Ok(views::community::claim(
        state.chrome(None),
        &viewer.csrf(&state),
        &stored.project,
        None,
    )
    .into_response())
}

async fn claim(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(slug): Path<String>,
    body: String,
) -> Result<Response, AppError> {
    let stored = find_public(&state, &slug).await?;
    let account = viewer.require()?;
    let params = checked_form(&state, &viewer, &headers, &body)?;
    if state
        .store
        .maintainer_of(&stored.project.slug, account.id)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict("You already keep this listing.".into()));
    }
    let statement = params.text("statement", "Who you are", 2_000)?;
    if statement.is_empty() {
        return Err(AppError::bad_request(
            "Say who you are and your role in the project.",
        ));
    }
    state
        .store
        .create_claim(account.id, Some(&stored.project.slug), None, &statement)
        .await?;
    Ok(Redirect::to("/account").into_response())
}

async fn report_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let stored = find_public(&state, &slug).await?;
    Ok(views::community::report(
        state.chrome(None),
        &viewer.csrf(&state),
        &stored.project,
        None,
    )
    .into_response())
}

async fn report(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(slug): Path<String>,
    body: String,
) -> Result<Response, AppError> {
    let stored = find_public(&state, &slug).await?;
    let params = checked_form(&state, &viewer, &headers, &body)?;
    let kind = params
        .one("kind")
        .and_then(ReportKind::parse)
        .ok_or_else(|| AppError::bad_request("Choose what is wrong with the listing."))?;
    let detail = params.text("detail", "Your report", 5_000)?;
    state
        .store
        .create_report(&stored.project.slug, kind, &detail)
        .await?;
    Ok(views::community::report_thanks(state.chrome(None), &stored.project).into_response())
}

/// The viewer's projects that may review `reviewed`: never the project itself.
async fn reviewers(
    state: &AppState,
    viewer: &Viewer,
    reviewed: &Slug,
) -> Result<Vec<(Slug, String)>, AppError> {
    let account = viewer.require()?;
    let mut out = Vec::new();
    for slug in state.store.projects_of(account.id).await? {
        if &slug != reviewed
            && let Some(s) = state.store.get(&slug).await?
        {
            out.push((slug, s.project.name));
        }
    }
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
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    if viewer.account.is_none() {
        return Ok(Redirect::to("/account/login").into_response());
    }
    let stored = find_public(&state, &slug).await?;
    let choices = reviewers(&state, &viewer, &stored.project.slug).await?;
    Ok(views::community::review(
        state.chrome(None),
        &viewer.csrf(&state),
        &stored.project,
        &choices,
        None,
    )
    .into_response())
}

async fn review(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(slug): Path<String>,
    body: String,
) -> Result<Response, AppError> {
    let stored = find_public(&state, &slug).await?;
    let choices = reviewers(&state, &viewer, &stored.project.slug).await?;
    let account = viewer.require()?;
    let params = checked_form(&state, &viewer, &headers, &body)?;
    let reviewer = params
        .one("reviewer")
        .and_then(|s| choices.iter().find(|(c, _)| c.as_str() == s))
        .map(|(s, _)| s.clone())
        .ok_or_else(|| AppError::Forbidden("You can only review as a project you keep.".into()))?;
    let published: Vec<Principle> = stored
        .project
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
    if let Some(last) = state
        .store
        .latest_review(&reviewer, &stored.project.slug)
        .await?
        && last.created_at > Utc::now() - Duration::days(REVIEW_RENEWAL_DAYS)
    {
        return Err(AppError::Conflict("Your project reviewed this one less than 12 months ago. You can review again after a year.".into()));
    }
    let mut items = Vec::new();
    for p in &published {
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
    state
        .store
        .create_review(&reviewer, &stored.project.slug, account.id, &items)
        .await?;
    state.refresh_reviewed().await?;
    Ok(Redirect::to(&format!("/projects/{}", stored.project.slug)).into_response())
}
