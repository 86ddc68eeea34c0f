//! Partner finder: `/projects/{slug}/partners` and `/api/v1/projects/{slug}/partners`.

use super::api::Json;
use super::extract::PublicListing;
use super::query::Params;
use crate::search::MAX_WITHIN_MILES;
use crate::search::partners::{self, Offer, Partners};
use crate::store::Stored;
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use maud::Markup;
use serde::Serialize;

/// How far away, in miles, an in-person partner can be unless `within` says otherwise.
pub const DEFAULT_WITHIN_MILES: u32 = 25;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/projects/{slug}/partners", get(page))
        .route("/api/v1/projects/{slug}/partners", get(api))
}

fn load(
    state: &AppState,
    stored: Stored,
    params: &Params,
) -> Result<(crate::domain::Project, u32, Partners), AppError> {
    let within = params.number("within", DEFAULT_WITHIN_MILES, 1, MAX_WITHIN_MILES)?;
    let found = {
        let index = state.search();
        partners::find(&index, &stored.project, partners::miles_to_m(within))
    };
    Ok((stored.project, within, found))
}

async fn page(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    params: Params,
) -> Result<Markup, AppError> {
    let (project, within, found) = load(&state, stored, &params)?;
    Ok(views::partners::partners(
        state.chrome(None),
        &state.taxonomy,
        &project,
        within,
        &found,
    ))
}

#[derive(Serialize, utoipa::ToSchema)]
pub(super) struct PartnerItem<'a> {
    slug: &'a str,
    name: &'a str,
    /// Nearest site-to-site distance when it meets within the chosen distance.
    distance_km: Option<f64>,
    distance_miles: Option<f64>,
    /// Its nearest site, and ours it is nearest to.
    site: Option<&'a str>,
    near_our_site: Option<&'a str>,
    /// Nations we share that it serves online or by phone.
    remote_nations: Vec<crate::domain::Nation>,
    adds: &'a Offer,
    adds_count: usize,
    /// What it adds, in plain words.
    adds_summary: String,
    verified: bool,
}

/// The partners of a listing, in the API.
#[derive(Serialize, utoipa::ToSchema)]
pub(super) struct PartnersReply<'a> {
    project: &'a str,
    within_miles: u32,
    own: &'a Offer,
    combined: &'a Offer,
    partners: Vec<PartnerItem<'a>>,
}

async fn api(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    params: Params,
) -> Result<Response, AppError> {
    let (project, within, found) = load(&state, stored, &params)?;
    let round = |x: f64| (x * 100.0).round() / 100.0;
    let partners = found
        .partners
        .iter()
        .map(|p| PartnerItem {
            slug: p.project.slug.as_str(),
            name: &p.project.name,
            distance_km: p.distance_m.map(|d| round(d / 1000.0)),
            distance_miles: p
                .distance_m
                .map(|d| round(d / crate::search::METRES_PER_MILE)),
            site: p.site.map(|i| p.project.sites[i].label.as_str()),
            near_our_site: p.near.map(|i| project.sites[i].label.as_str()),
            remote_nations: p.remote_nations.iter().copied().collect(),
            adds: &p.adds,
            adds_count: p.adds.len(),
            adds_summary: views::partners::adds_sentence(
                crate::i18n::Lang::En,
                &state.taxonomy,
                &p.adds,
            ),
            verified: p.project.verified,
        })
        .collect();
    let reply = PartnersReply {
        project: project.slug.as_str(),
        within_miles: within,
        own: &found.own,
        combined: &found.combined,
        partners,
    };
    Ok(Json(&reply).into_response())
}
