//! The directory pages: `/projects` and `/projects/{slug}`.

use super::extract::PublicListing;
use super::query::Params;
use crate::domain::{DIRECTORY_PAGE_SIZE, MAX_PAGE_SIZE};
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::routing::get;
use maud::Markup;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/projects", get(list))
        .route("/projects/{slug}", get(show))
}

async fn list(State(state): State<AppState>, params: Params) -> Result<Markup, AppError> {
    let filters = params.filters(&state.taxonomy)?;
    let page = params.page(DIRECTORY_PAGE_SIZE, MAX_PAGE_SIZE)?;
    let (projects, total) = state
        .directory
        .page(&state.registry, &filters, page)
        .await?;
    Ok(views::directory::directory(
        state.chrome(None),
        &state.taxonomy,
        &filters,
        &projects,
        total,
        page,
        state.now().date_naive(),
    ))
}

async fn show(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    RawQuery(raw): RawQuery,
) -> Result<Markup, AppError> {
    let reviews = state.store.reviews_of(&stored.project.slug, false).await?;
    let kept = state.store.has_maintainers(&stored.project.slug).await?;
    let now = state.now();
    let assurance = state.registry.assurance(&stored.project).await?;
    // After a maintainer's change: say whether it shows now or waits for a moderator.
    let after = match raw.as_deref() {
        Some("saved") => Some(views::project::AfterChange::Saved),
        Some("waiting") => Some(views::project::AfterChange::Waiting),
        Some("draft") => Some(views::project::AfterChange::Draft),
        _ => None,
    };
    // A listing in one nation shows that nation's crisis routes first.
    Ok(views::project::project(
        state.chrome(stored.project.only_nation()),
        &state.taxonomy,
        &stored.project,
        kept,
        views::project::Peers {
            reviews: &reviews,
            assurance: &assurance,
        },
        after,
        now,
    ))
}
