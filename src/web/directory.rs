//! The directory pages: `/projects` and `/projects/{slug}`.

use super::query::Params;
use super::{DIRECTORY_PAGE_SIZE, MAX_PAGE_SIZE};
use crate::domain::Slug;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::Stored;
use crate::views;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::routing::get;
use chrono::Utc;
use chrono_tz::Europe::London;
use maud::Markup;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/projects", get(list))
        .route("/projects/{slug}", get(show))
}

async fn list(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Markup, AppError> {
    let params = Params::parse(raw.as_deref())?;
    let filters = params.filters(&state.taxonomy)?;
    let page = params.page(DIRECTORY_PAGE_SIZE, MAX_PAGE_SIZE)?;
    let (projects, total) = state.store.list(&filters.to_store(), page).await?;
    Ok(views::directory::directory(
        state.chrome(None),
        &state.taxonomy,
        &filters,
        &projects,
        total,
        page,
    ))
}

/// Finds a listing the public may see (published or archived), or a 404.
pub async fn find_public(state: &AppState, slug: &str) -> Result<Stored, AppError> {
    let missing = || {
        AppError::not_found(format!(
            "There is no listing called “{}”.",
            slug.chars().take(80).collect::<String>()
        ))
    };
    let slug = Slug::parse(slug).map_err(|_| missing())?;
    match state.store.get(&slug).await? {
        Some(s) if s.project.status != crate::domain::Status::Pending => Ok(s),
        _ => Err(missing()),
    }
}

async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Markup, AppError> {
    let stored = find_public(&state, &slug).await?;
    let reviews = state.store.reviews_of(&stored.project.slug, false).await?;
    let now = Utc::now().with_timezone(&London);
    // After a maintainer's change: say whether it shows now or waits for a moderator.
    let after = match raw.as_deref() {
        Some("saved") => Some(views::project::AfterChange::Saved),
        Some("waiting") => Some(views::project::AfterChange::Waiting),
        _ => None,
    };
    Ok(views::project::project(
        state.chrome(None),
        &state.taxonomy,
        &stored.project,
        &reviews,
        after,
        now,
    ))
}
