//! `/still-accurate/{slug}?token=…`: the signed one-click link in the 11-month reminder
//! (see [`crate::registry::Registry::confirm_by_link`]). It works without signing in, for
//! its listing only. The GET only asks; the POST (with the link's token and a form
//! token) confirms the listing as its own maintainer would. A link that was changed,
//! has expired or was used is refused with a page saying so. The pages hold the link's
//! token, so no browser or proxy keeps them.

use super::error::AppError;
use super::extract::{CheckedForm, PathParams, Viewer};
use super::query::Params;
use super::state::AppState;
use crate::domain::Slug;
use crate::views;
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// Kept by nobody: the pages hold the link's token.
const NO_STORE: [(header::HeaderName, &str); 1] = [(header::CACHE_CONTROL, "no-store")];

pub fn router() -> Router<AppState> {
    Router::new().route("/still-accurate/{slug}", get(ask).post(confirm))
}

fn slug(text: &str) -> Result<Slug, AppError> {
    Slug::parse(text)
        .map_err(|_| AppError::not_found(crate::i18n::here().lang.t("manage-no-listing")))
}

async fn ask(
    State(state): State<AppState>,
    viewer: Viewer,
    PathParams(path): PathParams<String>,
    query: Params,
) -> Result<Response, AppError> {
    let slug = slug(&path)?;
    let token = query.one("token").unwrap_or_default();
    let project = state.registry.still_accurate_listing(&slug, token).await?;
    let page =
        views::still_accurate::ask(state.chrome(None), &viewer.csrf(&state), &project, token);
    Ok((NO_STORE, page).into_response())
}

async fn confirm(
    State(state): State<AppState>,
    PathParams(path): PathParams<String>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let slug = slug(&path)?;
    let token = form.params.one("token").unwrap_or_default();
    let project = state.registry.confirm_by_link(&slug, token).await?;
    let page = views::still_accurate::done(state.chrome(None), &project);
    Ok((NO_STORE, page).into_response())
}
