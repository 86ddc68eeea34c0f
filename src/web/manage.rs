//! `/manage/{slug}`: a listing's own maintainers (and moderators) keep it current.

use super::listing_form;
use crate::auth::{Viewer, checked_form};
use crate::domain::{Principle, Project, Reflection, ReflectionStatus, Slug, Status};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::Stored;
use crate::views;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::Utc;
use chrono_tz::Europe::London;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/manage/{slug}", get(edit_form).post(edit))
        .route("/manage/{slug}/confirm", post(confirm))
        .route("/manage/{slug}/archive", post(archive))
        .route(
            "/manage/{slug}/reflection",
            get(reflection_form).post(reflection),
        )
        .route("/manage/{slug}/reviews/{id}/reply", post(reply))
}

async fn listing(state: &AppState, slug: &str) -> Result<(Slug, Stored), AppError> {
    let missing = || AppError::not_found("There is no such listing.");
    let slug = Slug::parse(slug).map_err(|_| missing())?;
    let stored = state.store.get(&slug).await?.ok_or_else(missing)?;
    Ok((slug, stored))
}

/// A checked post about a listing: it exists, the viewer may manage it, and the form
/// carries a valid token from our own site (checked in that order).
struct ManagedPost {
    slug: Slug,
    project: Project,
    /// Whether the viewer's changes publish at once.
    trusted: bool,
    params: crate::web::query::Params,
}

async fn managed_post(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    slug: &str,
    body: &str,
) -> Result<ManagedPost, AppError> {
    let (slug, stored) = listing(state, slug).await?;
    let (_, trusted) = viewer.require_manager(state, &slug).await?;
    let params = checked_form(state, viewer, headers, body)?;
    Ok(ManagedPost {
        slug,
        project: stored.project,
        trusted,
        params,
    })
}

/// Publishes `project` at once for moderators and trusted maintainers; otherwise keeps it
/// for a moderator to check. Says which happened.
async fn publish_or_queue(
    state: &AppState,
    viewer: &Viewer,
    trusted: bool,
    project: &Project,
) -> Result<&'static str, AppError> {
    let account = viewer.require()?;
    if trusted {
        state.save_project(project, &account.email).await?;
        Ok("saved")
    } else {
        state
            .store
            .submit_edit(&project.slug, account.id, project)
            .await?;
        Ok("waiting")
    }
}

async fn edit_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    if viewer.account.is_none() {
        return Ok(Redirect::to("/account/login").into_response());
    }
    let (slug, stored) = listing(&state, &slug).await?;
    let (_, trusted) = viewer.require_manager(&state, &slug).await?;
    Ok(views::manage::edit(
        state.chrome(None),
        &viewer.csrf(&state),
        &state.taxonomy,
        &stored.project,
        trusted,
        None,
    )
    .into_response())
}

async fn edit(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(slug): Path<String>,
    body: String,
) -> Result<Response, AppError> {
    let ManagedPost {
        slug,
        project: current,
        trusted,
        params,
    } = managed_post(&state, &viewer, &headers, &slug, &body).await?;
    let again = |p: &Project, message: String| {
        let page = views::manage::edit(
            state.chrome(None),
            &viewer.csrf(&state),
            &state.taxonomy,
            p,
            trusted,
            Some(&message),
        );
        (StatusCode::BAD_REQUEST, page).into_response()
    };
    let edited = match listing_form::read(&params, &current) {
        Ok(p) => p,
        Err(AppError::BadRequest(m)) => return Ok(again(&current, m)),
        Err(e) => return Err(e),
    };
    let problems = edited.problems(&state.taxonomy);
    if !problems.is_empty() {
        return Ok(again(&edited, problems.join(" ")));
    }
    let done = publish_or_queue(&state, &viewer, trusted, &edited).await?;
    Ok(Redirect::to(&format!("/projects/{slug}?{done}")).into_response())
}

async fn confirm(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(slug): Path<String>,
    body: String,
) -> Result<Response, AppError> {
    let ManagedPost {
        slug, mut project, ..
    } = managed_post(&state, &viewer, &headers, &slug, &body).await?;
    let account = viewer.require()?;
    project.last_confirmed = Some(Utc::now().with_timezone(&London).date_naive());
    state.save_project(&project, &account.email).await?;
    Ok(Redirect::to(&format!("/projects/{slug}")).into_response())
}

async fn archive(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(slug): Path<String>,
    body: String,
) -> Result<Response, AppError> {
    let ManagedPost {
        slug,
        mut project,
        trusted,
        ..
    } = managed_post(&state, &viewer, &headers, &slug, &body).await?;
    project.status = Status::Archived;
    let done = publish_or_queue(&state, &viewer, trusted, &project).await?;
    Ok(Redirect::to(&format!("/projects/{slug}?{done}")).into_response())
}

async fn reflection_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    if viewer.account.is_none() {
        return Ok(Redirect::to("/account/login").into_response());
    }
    let (slug, stored) = listing(&state, &slug).await?;
    viewer.require_manager(&state, &slug).await?;
    let reviews = state.store.reviews_of(&slug, false).await?;
    Ok(views::manage::reflection(
        state.chrome(None),
        &viewer.csrf(&state),
        &stored.project,
        &reviews,
        None,
    )
    .into_response())
}

async fn reflection(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(slug): Path<String>,
    body: String,
) -> Result<Response, AppError> {
    let ManagedPost {
        slug,
        mut project,
        trusted,
        params,
    } = managed_post(&state, &viewer, &headers, &slug, &body).await?;
    let publish = params.one("action") == Some("publish");
    let today = Utc::now().with_timezone(&London).date_naive();
    let mut reflections = Vec::new();
    for p in Principle::ALL {
        let status = params.text(&format!("status_{}", p.slug()), "Where you are", 30)?;
        if status.is_empty() {
            continue;
        }
        let status: ReflectionStatus = status
            .parse()
            .map_err(|e: crate::domain::VocabError| AppError::bad_request(e.to_string()))?;
        reflections.push(Reflection {
            principle: *p,
            status,
            how: params.text(&format!("how_{}", p.slug()), "How you do it", 10_000)?,
            evidence: params.text(&format!("evidence_{}", p.slug()), "How you show it", 10_000)?,
            next_steps: params.text(&format!("next_{}", p.slug()), "What you plan next", 10_000)?,
            published_on: if publish { Some(today) } else { None },
        });
    }
    project.reflections = reflections;
    let done = publish_or_queue(&state, &viewer, trusted, &project).await?;
    Ok(Redirect::to(&format!("/projects/{slug}?{done}")).into_response())
}

async fn reply(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, i64)>,
    body: String,
) -> Result<Response, AppError> {
    let ManagedPost { slug, params, .. } =
        managed_post(&state, &viewer, &headers, &slug, &body).await?;
    let review = state
        .store
        .review(id)
        .await?
        .filter(|r| r.reviewed == slug)
        .ok_or_else(|| AppError::not_found("There is no such review."))?;
    let text = params.text("reply", "Your reply", 2_000)?;
    if text.is_empty() {
        return Err(AppError::bad_request("Write a reply first."));
    }
    if !state.store.reply_review(review.id, &text).await? {
        return Err(AppError::Conflict(
            "You have already replied to this review.".into(),
        ));
    }
    Ok(Redirect::to(&format!("/projects/{slug}")).into_response())
}
