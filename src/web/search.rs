//! Search: `/search`, `GET /api/v1/search` and `GET /api/v1/geocode`.
//!
//! Nothing here logs what was searched for: the request log holds the path only.

use super::query::Params;
use crate::domain::{Delivery, Nation, Precision, schedule};
use crate::geocode::{GeocodeError, Place, PlacePrecision};
use crate::search::Found;
use crate::search::{METRES_PER_MILE, Nearby, Outcome, Reachable, SearchQuery};
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::BTreeSet;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/search", get(page))
        .route("/api/v1/search", get(api))
        .route("/api/v1/geocode", get(geocode))
}

fn run(state: &AppState, query: &SearchQuery, place: &Place) -> Found {
    state
        .search()
        .search_place(place, &query.filter, query.within_m(), query.limit as usize)
}

async fn page(State(state): State<AppState>, params: Params) -> Result<Response, AppError> {
    let query = params.search(&state.taxonomy)?;
    let (status, outcome) = match query.place.as_deref() {
        None => (StatusCode::OK, Outcome::Form),
        Some(text) => match state.geocoder.lookup(text) {
            Ok(place) => {
                let found = run(&state, &query, &place);
                (StatusCode::OK, Outcome::Found { place, found })
            }
            Err(GeocodeError::Ambiguous { choices, .. }) => {
                let message = views::place_problem::which(crate::i18n::here().lang, text);
                let choices = choices
                    .into_iter()
                    .map(|c| (format!("{}, {}", c.label, c.area), c.query))
                    .collect();
                (StatusCode::OK, Outcome::Choose { message, choices })
            }
            Err(e) => {
                let suggestions = match &e {
                    GeocodeError::NotFound { suggestions, .. } => suggestions.clone(),
                    _ => Vec::new(),
                };
                (
                    StatusCode::BAD_REQUEST,
                    Outcome::Problem {
                        message: views::place_problem::message(crate::i18n::here().lang, &e),
                        suggestions,
                    },
                )
            }
        },
    };
    let (nation, near) = match &outcome {
        Outcome::Found { place, .. } => {
            (Some(place.nation), state.search().need_counts_near(place))
        }
        _ => (None, None),
    };
    let now = state.now();
    let markup = views::search::search(
        state.chrome(nation),
        &state.taxonomy,
        &state.search().need_counts(),
        near.as_ref(),
        &query,
        &outcome,
        now,
    );
    Ok((status, markup).into_response())
}

/// Where a search was made from, as the API reports it.
#[derive(Serialize, utoipa::ToSchema)]
pub(super) struct Origin<'a> {
    label: &'a str,
    lat: f64,
    lon: f64,
    precision: PlacePrecision,
    nation: Nation,
}

impl<'a> From<&'a Place> for Origin<'a> {
    fn from(p: &'a Place) -> Self {
        Origin {
            label: &p.label,
            lat: p.location.lat(),
            lon: p.location.lon(),
            precision: p.precision,
            nation: p.nation,
        }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub(super) struct ResultSite<'a> {
    label: &'a str,
    lat: f64,
    lon: f64,
    precision: Precision,
    radius_km: Option<f64>,
}

/// One in-person result in the API.
#[derive(Serialize, utoipa::ToSchema)]
pub(super) struct ResultItem<'a> {
    slug: &'a str,
    name: &'a str,
    distance_km: f64,
    distance_miles: f64,
    site: ResultSite<'a>,
    reachable: Option<Reachable>,
    verified: bool,
    freshness: crate::domain::FreshnessReport,
    /// The next session at this site, as an RFC 3339 time.
    next_session: Option<String>,
}

impl<'a> ResultItem<'a> {
    fn new(n: &'a Nearby, now: DateTime<Tz>) -> Self {
        let site = &n.project.sites[n.site];
        let next = schedule::next_of(
            n.project
                .sessions
                .iter()
                .filter(|s| s.site.as_deref() == Some(site.label.as_str())),
            now,
        );
        ResultItem {
            slug: n.project.slug.as_str(),
            name: &n.project.name,
            distance_km: (n.distance_m / 10.0).round() / 100.0,
            distance_miles: (n.distance_m / METRES_PER_MILE * 100.0).round() / 100.0,
            site: ResultSite {
                label: &site.label,
                lat: site.lat,
                lon: site.lon,
                precision: site.precision,
                radius_km: site.radius_km,
            },
            reachable: n.reachable,
            verified: n.project.verified,
            freshness: n.project.freshness_report(now.date_naive()),
            next_session: next.map(|(_, o)| o.starts.to_rfc3339()),
        }
    }
}

/// An online or phone option in the API.
#[derive(Serialize, utoipa::ToSchema)]
pub(super) struct OnlineItem<'a> {
    slug: &'a str,
    name: &'a str,
    delivery: &'a BTreeSet<Delivery>,
    nations: &'a BTreeSet<Nation>,
    verified: bool,
    freshness: crate::domain::FreshnessReport,
}

/// A listing serving a nation searched as a whole: no distance.
#[derive(Serialize, utoipa::ToSchema)]
pub(super) struct NationItem<'a> {
    slug: &'a str,
    name: &'a str,
    /// Its sites in the nation.
    sites: Vec<ResultSite<'a>>,
    nations: &'a BTreeSet<Nation>,
    /// The areas it says it serves (nations, council areas by GSS code).
    areas: &'a BTreeSet<crate::domain::ServedArea>,
    verified: bool,
    freshness: crate::domain::FreshnessReport,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(super) struct SearchReply<'a> {
    origin: Origin<'a>,
    within_miles: Option<u32>,
    results: Vec<ResultItem<'a>>,
    nearest_beyond: Vec<ResultItem<'a>>,
    /// For a nation searched as a whole (`origin.precision` is `nation`): the listings
    /// serving it, by name. `results` and `nearest_beyond` are then empty.
    serving_nation: Vec<NationItem<'a>>,
    /// For a search from a point: the listings saying they serve its council area or
    /// nation that are not among `results`, council areas first.
    serving_area: Vec<NationItem<'a>>,
    online: Vec<OnlineItem<'a>>,
}

/// A listing serving a nation or an area, with its sites in `nation`.
fn listed(p: &crate::domain::Project, nation: Nation, today: NaiveDate) -> NationItem<'_> {
    NationItem {
        slug: p.slug.as_str(),
        name: &p.name,
        sites: p
            .sites
            .iter()
            .filter(|s| s.nation == nation)
            .map(|s| ResultSite {
                label: &s.label,
                lat: s.lat,
                lon: s.lon,
                precision: s.precision,
                radius_km: s.radius_km,
            })
            .collect(),
        nations: &p.nations,
        areas: &p.areas,
        verified: p.verified,
        freshness: p.freshness_report(today),
    }
}

async fn api(State(state): State<AppState>, params: Params) -> Result<Response, AppError> {
    let query = params.search(&state.taxonomy)?;
    let text = query.place.as_deref().ok_or_else(|| {
        AppError::bad_request("where: say where to search from: a postcode, a town, or lat,lon")
    })?;
    let place = state.geocoder.lookup(text)?;
    let found = run(&state, &query, &place);
    let now = state.now();
    let reply = SearchReply {
        origin: Origin::from(&place),
        within_miles: query.within_miles,
        results: found
            .nearby
            .iter()
            .map(|n| ResultItem::new(n, now))
            .collect(),
        nearest_beyond: found
            .beyond
            .iter()
            .map(|n| ResultItem::new(n, now))
            .collect(),
        serving_nation: found
            .across
            .iter()
            .map(|p| listed(p, place.nation, now.date_naive()))
            .collect(),
        serving_area: found
            .serving
            .iter()
            .map(|p| listed(p, place.nation, now.date_naive()))
            .collect(),
        online: found
            .online
            .iter()
            .map(|p| OnlineItem {
                slug: p.slug.as_str(),
                name: &p.name,
                delivery: &p.delivery,
                nations: &p.nations,
                verified: p.verified,
                freshness: p.freshness_report(now.date_naive()),
            })
            .collect(),
    };
    json_response(&reply)
}

/// Serialises a reply that borrows from the request's own data.
fn json_response<T: Serialize>(value: &T) -> Result<Response, AppError> {
    let body = super::api::escaped_json(value).map_err(anyhow::Error::from)?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

async fn geocode(State(state): State<AppState>, params: Params) -> Result<Response, AppError> {
    let q = params
        .one("q")
        .ok_or_else(|| AppError::bad_request("q: type a postcode, a town, or lat,lon"))?;
    let place = state.geocoder.lookup(q)?;
    json_response(&Origin::from(&place))
}
