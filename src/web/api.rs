//! The JSON API, version 1.

use super::extract::PublicListing;
use super::query::Params;
use crate::domain::{
    Attendee, Delivery, Format, FreshnessReport, Nation, Precision, Principle, Project, Referral,
    ReflectionStatus,
};
use crate::domain::{DIRECTORY_PAGE_SIZE, MAX_PAGE_SIZE};
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use serde_json::{Value, json};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/projects", get(list))
        .route("/api/v1/projects/{slug}", get(show))
        .route("/api/v1/taxonomy", get(taxonomy))
}

/// A listing in the API: the project, and how current it is today.
#[derive(Serialize)]
struct ApiProject {
    #[serde(flatten)]
    project: Project,
    freshness: FreshnessReport,
}

impl ApiProject {
    fn new(project: Project, state: &AppState) -> Self {
        let project = project.public();
        let freshness = project.freshness_report(state.now().date_naive());
        ApiProject { project, freshness }
    }
}

#[derive(Serialize)]
struct ProjectPage {
    items: Vec<ApiProject>,
    page: u32,
    per_page: u32,
    total: u64,
}

async fn list(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<ProjectPage>, AppError> {
    let filters = params.filters(&state.taxonomy)?;
    let page = params.page(DIRECTORY_PAGE_SIZE, MAX_PAGE_SIZE)?;
    let (items, total) = state.store.list(&filters, page).await?;
    Ok(Json(ProjectPage {
        items: items
            .into_iter()
            .map(|p| ApiProject::new(p, &state))
            .collect(),
        page: page.number,
        per_page: page.size,
        total,
    }))
}

async fn show(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
) -> Json<ApiProject> {
    Json(ApiProject::new(stored.project, &state))
}

fn terms<T: Copy>(all: &[T], slug: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Value {
    all.iter()
        .map(|t| json!({"slug": slug(*t), "label": label(*t)}))
        .collect()
}

async fn taxonomy(State(state): State<AppState>) -> Json<Value> {
    Json(json!({
        "needs": state.taxonomy.needs,
        "languages": state.taxonomy.languages,
        "formats": terms(Format::ALL, Format::slug, Format::label),
        "delivery": terms(Delivery::ALL, Delivery::slug, Delivery::label),
        "nations": terms(Nation::ALL, Nation::slug, Nation::label),
        "referral": terms(Referral::ALL, Referral::slug, Referral::label),
        "attendees": terms(Attendee::ALL, Attendee::slug, Attendee::label),
        "precision": terms(Precision::ALL, Precision::slug, Precision::label),
        "principles": terms(Principle::ALL, Principle::slug, Principle::label),
        "reflection_status": terms(ReflectionStatus::ALL, ReflectionStatus::slug, ReflectionStatus::label),
    }))
}

/// `value` as JSON with `<`, `>` and `&` written `\u003c`, `\u003e` and `\u0026`: the
/// same JSON to any reader, but no text (a listing's, or an error's detail repeating what
/// was asked for) is ever markup, even to a client that pastes it into a page. Outside
/// strings JSON has none of the three, so only string contents change.
pub fn escaped_json<T: Serialize>(value: &T) -> serde_json::Result<Vec<u8>> {
    let json = serde_json::to_vec(value)?;
    let mut out = Vec::with_capacity(json.len());
    for b in json {
        match b {
            b'<' => out.extend_from_slice(b"\\u003c"),
            b'>' => out.extend_from_slice(b"\\u003e"),
            b'&' => out.extend_from_slice(b"\\u0026"),
            b => out.push(b),
        }
    }
    Ok(out)
}

/// A JSON answer written with [`escaped_json`] (`application/json`).
pub struct Json<T>(pub T);

impl<T: Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        match escaped_json(&self.0) {
            Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
            Err(e) => AppError::Internal(e.into()).into_response(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_json_reads_back_the_same_and_holds_no_markup() {
        let text = "<script>alert('x')</script> & co";
        let json = escaped_json(&serde_json::json!({ "detail": text })).unwrap();
        let json = String::from_utf8(json).unwrap();
        assert!(
            !json.contains('<') && !json.contains('>') && !json.contains('&'),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["detail"], text);
    }
}
