//! The toolkit for peer support projects: `/toolkit`, the printable workbook
//! `/toolkit/workbook`, the peer-assurance criteria `/toolkit/peer-assurance`, and a
//! project's reflections year by year (`/projects/{slug}/reflections`, printable in the
//! workbook's form). Open to everyone, no sign-in.

use super::error::AppError;
use super::extract::PublicListing;
use crate::views;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use maud::Markup;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/toolkit", get(toolkit))
        .route("/toolkit/workbook", get(workbook))
        .route("/toolkit/peer-assurance", get(peer_assurance))
        .route("/projects/{slug}/reflections", get(reflection_years))
}

async fn toolkit(State(state): State<AppState>) -> Markup {
    views::toolkit::toolkit(state.chrome(None))
}

async fn workbook(State(state): State<AppState>) -> Markup {
    views::workbook::workbook(state.chrome(None))
}

async fn peer_assurance(State(state): State<AppState>) -> Markup {
    views::assurance::criteria(state.chrome(None))
}

async fn reflection_years(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
) -> Result<Markup, AppError> {
    let years = state.registry.reflection_years(&stored.project).await?;
    Ok(views::workbook::reflection_years(
        state.chrome(stored.project.only_nation()),
        &stored.project,
        &years,
    ))
}
