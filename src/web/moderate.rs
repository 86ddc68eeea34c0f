//! `/moderate`: moderators approve claims and edits, work through reports, hide reviews,
//! and see every change.

use crate::auth::{Viewer, checked_form};
use crate::domain::community::Decision;
use crate::domain::{Slug, Status};
use crate::error::AppError;
use crate::state::AppState;
use crate::views;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::Utc;
use chrono_tz::Europe::London;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/moderate", get(queue))
        .route("/moderate/claims/{id}", post(decide_claim))
        .route("/moderate/edits/{id}", post(decide_edit))
        .route("/moderate/reports/{id}", post(resolve_report))
        .route("/moderate/reviews/{id}/hide", post(hide_review))
        .route("/moderate/sign-in-links", post(make_sign_in_link))
}

async fn queue(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    if viewer.account.is_none() {
        return Ok(Redirect::to("/account/login").into_response());
    }
    viewer.require_moderator()?;
    let claims = state.store.claims(true).await?;
    let mut edits = Vec::new();
    for e in state.store.pending_edits().await? {
        let current = state.store.get(&e.project).await?.map(|s| s.project);
        edits.push((e, current));
    }
    let reports = state.store.reports(true).await?;
    let mut reviews = Vec::new();
    for slug in state.store.reviewed_slugs().await? {
        reviews.extend(state.store.reviews_of(&slug, true).await?);
    }
    let history = state.store.recent_history(100).await?;
    let q = views::moderate::Queue {
        claims: &claims,
        edits: &edits,
        reports: &reports,
        reviews: &reviews,
        history: &history,
    };
    Ok(views::moderate::queue(state.chrome(None), &viewer.csrf(&state), &q).into_response())
}

/// The decision and reason of a moderator's form, after the usual checks.
fn decision(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    body: &str,
) -> Result<(Decision, Option<String>), AppError> {
    viewer.require_moderator()?;
    let params = checked_form(state, viewer, headers, body)?;
    let decision = match params.one("decision") {
        Some("approve") => Decision::Approved,
        Some("reject") => Decision::Rejected,
        _ => return Err(AppError::bad_request("Choose approve or reject.")),
    };
    let reason = params.text("reason", "The reason", 2_000)?;
    if decision == Decision::Rejected && reason.is_empty() {
        return Err(AppError::bad_request(
            "Give a reason when you reject a request.",
        ));
    }
    Ok((decision, (!reason.is_empty()).then_some(reason)))
}

async fn decide_claim(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: String,
) -> Result<Response, AppError> {
    let (decision, reason) = decision(&state, &viewer, &headers, &body)?;
    let moderator = viewer.require_moderator()?;
    let claim = state
        .store
        .claim(id)
        .await?
        .ok_or_else(|| AppError::not_found("There is no such request."))?;
    if claim.status != Decision::Pending {
        return Err(AppError::Conflict(
            "This request has already been decided.".into(),
        ));
    }
    let today = Utc::now().with_timezone(&London).date_naive();
    let mut listing: Option<Slug> = None;
    if decision == Decision::Approved {
        // An approved claim or proposal makes the listing the project's own: verified,
        // confirmed today, kept by the person who asked.
        let mut project = match (&claim.proposal, &claim.project) {
            (Some(p), _) => {
                if state.store.get(&p.slug).await?.is_some() {
                    return Err(AppError::Conflict(format!(
                        "A listing “{}” exists already: reject this and ask them to claim it.",
                        p.slug
                    )));
                }
                p.clone()
            }
            (None, Some(slug)) => {
                state
                    .store
                    .get(slug)
                    .await?
                    .ok_or_else(|| AppError::not_found("The listing has gone."))?
                    .project
            }
            (None, None) => {
                return Err(AppError::Conflict("This request names no listing.".into()));
            }
        };
        project.status = Status::Published;
        project.verified = true;
        project.last_confirmed = Some(today);
        state.save_project(&project, &moderator.email).await?;
        state
            .store
            .add_maintainer(&project.slug, claim.account.id)
            .await?;
        listing = Some(project.slug);
    }
    state
        .store
        .decide_claim(
            id,
            decision,
            reason.as_deref(),
            moderator.id,
            listing.as_ref(),
        )
        .await?;
    Ok(Redirect::to("/moderate").into_response())
}

async fn decide_edit(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: String,
) -> Result<Response, AppError> {
    let (decision, reason) = decision(&state, &viewer, &headers, &body)?;
    let moderator = viewer.require_moderator()?;
    let edit = state
        .store
        .pending_edit(id)
        .await?
        .ok_or_else(|| AppError::not_found("There is no such change."))?;
    if edit.status != Decision::Pending {
        return Err(AppError::Conflict(
            "This change has already been decided.".into(),
        ));
    }
    if decision == Decision::Approved {
        // Recorded under the maintainer who wrote it; from now on their changes show at once.
        state
            .save_project(&edit.proposal, &edit.account.email)
            .await?;
        state
            .store
            .set_trusted(&edit.project, edit.account.id)
            .await?;
    }
    state
        .store
        .decide_edit(id, decision, reason.as_deref(), moderator.id)
        .await?;
    Ok(Redirect::to("/moderate").into_response())
}

async fn resolve_report(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: String,
) -> Result<Response, AppError> {
    let moderator = viewer.require_moderator()?;
    let params = checked_form(&state, &viewer, &headers, &body)?;
    let note = params.text("note", "The note", 2_000)?;
    if !state.store.resolve_report(id, moderator.id, &note).await? {
        return Err(AppError::not_found("There is no such open report."));
    }
    Ok(Redirect::to("/moderate").into_response())
}

async fn hide_review(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: String,
) -> Result<Response, AppError> {
    let moderator = viewer.require_moderator()?.clone();
    let params = checked_form(&state, &viewer, &headers, &body)?;
    let reason = params.text("reason", "The reason", 2_000)?;
    if reason.is_empty() {
        return Err(AppError::bad_request(
            "Give a reason for hiding the review.",
        ));
    }
    if !state.store.hide_review(id, &moderator, &reason).await? {
        return Err(AppError::not_found("There is no such visible review."));
    }
    state.refresh_reviewed().await?;
    Ok(Redirect::to("/moderate").into_response())
}

/// How long a one-time sign-in link works, in hours.
pub const LINK_HOURS: i64 = 24;

async fn make_sign_in_link(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    body: String,
) -> Result<Response, AppError> {
    let moderator = viewer.require_moderator()?;
    let params = checked_form(&state, &viewer, &headers, &body)?;
    let email = params
        .text("email", "The email address", 254)?
        .to_lowercase();
    let secret: String = {
        use rand::RngCore;
        let mut bytes = [0u8; 24];
        rand::rng().fill_bytes(&mut bytes);
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    };
    let expires = Utc::now() + chrono::Duration::hours(LINK_HOURS);
    if !state
        .store
        .create_sign_in_link(
            &email,
            &super::account::link_hash(&secret),
            moderator.id,
            expires,
        )
        .await?
    {
        return Err(AppError::not_found(format!(
            "There is no account for {email}."
        )));
    }
    let link = format!(
        "{}/account/once/{secret}",
        super::origin::base_url(&headers)
    );
    Ok(views::account::link_made(state.chrome(None), &email, &link, LINK_HOURS).into_response())
}
