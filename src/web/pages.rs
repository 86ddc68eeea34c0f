//! The front page, the about page and the page for professionals.

use crate::domain::{ListingFilter, Page};
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use maud::Markup;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/about", get(about))
        .route("/professionals", get(professionals))
}

async fn home(State(state): State<AppState>) -> Result<Markup, AppError> {
    let (_, listed) = state
        .store
        .list(&ListingFilter::default(), Page { number: 1, size: 1 })
        .await?;
    Ok(views::home::home(
        state.chrome(None),
        &state.taxonomy,
        &state.search().need_counts(),
        listed,
    ))
}

/// The list of languages, each in its own script; a route of its own so merges stay small.
pub fn languages_router() -> Router<AppState> {
    Router::new().route("/languages", get(languages))
}

async fn languages(State(state): State<AppState>) -> Markup {
    views::languages::languages(state.chrome(None))
}

async fn about(State(state): State<AppState>) -> Markup {
    views::about::about(state.chrome(None))
}

async fn professionals(State(state): State<AppState>) -> Markup {
    views::professionals::professionals(state.chrome(None))
}
