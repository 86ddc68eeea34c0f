//! Reporting a problem with a listing: anyone, no account needed.

use super::error::AppError;
use super::extract::{CheckedForm, PublicListing, Viewer};
use super::state::AppState;
use crate::domain::community::ReportKind;
use crate::views;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new().route("/projects/{slug}/report", get(report_form).post(report))
}

async fn report_form(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    viewer: Viewer,
) -> Response {
    views::report::report(
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
    Ok(views::report::report_thanks(state.chrome(None), &stored.project).into_response())
}
