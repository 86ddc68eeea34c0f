//! The JSON API, version 1.

use super::extract::PublicListing;
use super::query::Params;
use crate::domain::{
    Attendee, Delivery, Format, Nation, Precision, Principle, Project, Referral, ReflectionStatus,
};
use crate::domain::{DIRECTORY_PAGE_SIZE, MAX_PAGE_SIZE};
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use serde_json::{Value, json};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/projects", get(list))
        .route("/api/v1/projects/{slug}", get(show))
        .route("/api/v1/taxonomy", get(taxonomy))
}

#[derive(Serialize)]
struct ProjectPage {
    items: Vec<Project>,
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
        items: items.into_iter().map(Project::public).collect(),
        page: page.number,
        per_page: page.size,
        total,
    }))
}

async fn show(PublicListing(stored): PublicListing) -> Json<Project> {
    Json(stored.project.public())
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
