//! Reporting a problem with a listing: anyone, no account needed.

use super::error::AppError;
use super::extract::{CheckedForm, PublicListing, Viewer};
use super::state::AppState;
use crate::domain::check::FieldError;
use crate::domain::community::ReportKind;
use crate::i18n::{Arg, here};
use crate::views;
use crate::views::report::DETAIL_MAX;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
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
        &views::report::Typed::default(),
    )
    .into_response()
}

async fn report(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let kind = form.params.one("kind").and_then(ReportKind::parse);
    let detail = form.params.one("detail").unwrap_or_default().to_string();
    let lang = here().lang;
    let mut errors = Vec::new();
    if kind.is_none() {
        let first = format!("kind-{}", ReportKind::ALL[0].slug());
        errors.push(FieldError::new("kind", lang.t("report-choose-kind")).linked_to(first));
    }
    let n = detail.chars().count();
    if n > DETAIL_MAX {
        let args = [("n", Arg::from(n)), ("max", Arg::from(DETAIL_MAX))];
        errors.push(FieldError::new("detail", lang.ta("report-too-long", &args)));
    }
    let Some(kind) = kind.filter(|_| errors.is_empty()) else {
        let typed = views::report::Typed {
            kind,
            detail: &detail,
            errors: &errors,
        };
        let page = views::report::report(
            state.chrome(None),
            &form.viewer.csrf(&state),
            &stored.project,
            &typed,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    };
    state
        .registry
        .report_problem(&stored.project, kind, &detail)
        .await?;
    Ok(views::report::report_thanks(state.chrome(None), &stored.project).into_response())
}
