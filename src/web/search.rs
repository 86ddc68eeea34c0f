//! Search: `/search`, `GET /api/v1/search` and `GET /api/v1/geocode`.
//!
//! Nothing here logs what was searched for: the request log holds the path only.

use super::query::{Filters, Params};
use crate::domain::{Delivery, Nation, Precision, Stage, schedule};
use crate::error::AppError;
use crate::geocode::{GeocodeError, Place, PlacePrecision};
use crate::search::{Found, METRES_PER_MILE, Nearby, Reachable, Wanted};
use crate::state::AppState;
use crate::views;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::BTreeSet;

/// Results per search unless `limit` says otherwise.
pub const DEFAULT_LIMIT: u32 = 10;
/// The most in-person results one search returns.
pub const MAX_LIMIT: u32 = 50;
/// The largest distance a searcher can choose, in miles.
pub const MAX_WITHIN_MILES: u32 = 500;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/search", get(page))
        .route("/api/v1/search", get(api))
        .route("/api/v1/geocode", get(geocode))
}

/// A search as asked: where, what, and how far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchQuery {
    pub place: Option<String>,
    pub filters: Filters,
    pub stage: Option<Stage>,
    pub within_miles: Option<u32>,
    pub limit: u32,
}

impl SearchQuery {
    pub fn parse(params: &Params, state: &AppState) -> Result<Self, AppError> {
        let place = params.one("where").map(|w| w.chars().take(200).collect());
        let within_miles = match params.one("within") {
            None | Some("any") => None,
            Some(_) => Some(params.number("within", 0, 1, MAX_WITHIN_MILES)?),
        };
        Ok(SearchQuery {
            place,
            filters: params.filters(&state.taxonomy)?,
            stage: params.vocab::<Stage>("stage")?.into_iter().next(),
            within_miles,
            limit: params.number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)?,
        })
    }

    pub fn wanted(&self) -> Wanted {
        Wanted {
            needs: self.filters.needs.clone(),
            formats: self.filters.formats.clone(),
            delivery: self.filters.delivery.clone(),
            languages: self.filters.languages.clone(),
            stage: self.stage,
            reflected: self.filters.reflected,
            reviewed: self.filters.reviewed,
        }
    }

    /// The chosen distance in metres.
    pub fn within_m(&self) -> Option<f64> {
        self.within_miles.map(|m| f64::from(m) * METRES_PER_MILE)
    }

    /// A link to `path` with this search, its place replaced by `place`.
    pub fn link(&self, path: &str, place: &str) -> String {
        let mut pairs: Vec<(&str, String)> = vec![("where", place.to_string())];
        pairs.extend(
            self.filters
                .pairs()
                .into_iter()
                .filter(|(k, _)| *k != "nation"),
        );
        if let Some(s) = self.stage {
            pairs.push(("stage", s.slug().to_string()));
        }
        if let Some(w) = self.within_miles {
            pairs.push(("within", w.to_string()));
        }
        if self.limit != DEFAULT_LIMIT {
            pairs.push(("limit", self.limit.to_string()));
        }
        format!(
            "{path}?{}",
            serde_html_form::to_string(&pairs).unwrap_or_default()
        )
    }
}

/// What became of the place typed in.
pub enum Outcome {
    /// Nothing typed yet: show the form.
    Form,
    Found {
        place: Place,
        found: Found,
    },
    /// The place could mean several: links to each.
    Choose {
        message: String,
        choices: Vec<(String, String)>,
    },
    /// The place could not be used: a message and close matches to try.
    Problem {
        message: String,
        suggestions: Vec<String>,
    },
}

fn run(state: &AppState, query: &SearchQuery, place: Place) -> Found {
    let index = state.search.read().unwrap_or_else(|e| e.into_inner());
    index.search(
        place.location,
        place.nation,
        &query.wanted(),
        query.within_m(),
        query.limit as usize,
    )
}

async fn page(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let params = Params::parse(raw.as_deref())?;
    let query = SearchQuery::parse(&params, &state)?;
    let (status, outcome) = match query.place.as_deref() {
        None => (StatusCode::OK, Outcome::Form),
        Some(text) => match state.geocoder.lookup(text) {
            Ok(place) => {
                let found = run(&state, &query, place.clone());
                (StatusCode::OK, Outcome::Found { place, found })
            }
            Err(GeocodeError::Ambiguous { choices, .. }) => {
                let message =
                    format!("There is more than one place called “{text}”. Which do you mean?");
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
                        message: e.to_string(),
                        suggestions,
                    },
                )
            }
        },
    };
    let nation = match &outcome {
        Outcome::Found { place, .. } => Some(place.nation),
        _ => None,
    };
    let now = Utc::now().with_timezone(&London);
    let markup =
        views::search::search(state.chrome(nation), &state.taxonomy, &query, &outcome, now);
    Ok((status, markup).into_response())
}

/// Where a search was made from, as the API reports it.
#[derive(Serialize)]
struct Origin<'a> {
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

#[derive(Serialize)]
struct ResultSite<'a> {
    label: &'a str,
    lat: f64,
    lon: f64,
    precision: Precision,
    radius_km: Option<f64>,
}

/// One in-person result in the API.
#[derive(Serialize)]
struct ResultItem<'a> {
    slug: &'a str,
    name: &'a str,
    distance_km: f64,
    distance_miles: f64,
    site: ResultSite<'a>,
    reachable: Option<Reachable>,
    verified: bool,
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
            next_session: next.map(|(_, o)| o.starts.to_rfc3339()),
        }
    }
}

/// An online or phone option in the API.
#[derive(Serialize)]
struct OnlineItem<'a> {
    slug: &'a str,
    name: &'a str,
    delivery: &'a BTreeSet<Delivery>,
    nations: &'a BTreeSet<Nation>,
    verified: bool,
}

#[derive(Serialize)]
struct SearchReply<'a> {
    origin: Origin<'a>,
    within_miles: Option<u32>,
    results: Vec<ResultItem<'a>>,
    nearest_beyond: Vec<ResultItem<'a>>,
    online: Vec<OnlineItem<'a>>,
}

fn geocode_error(e: GeocodeError) -> AppError {
    AppError::bad_request(e.to_string())
}

async fn api(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let params = Params::parse(raw.as_deref())?;
    let query = SearchQuery::parse(&params, &state)?;
    let text = query.place.as_deref().ok_or_else(|| {
        AppError::bad_request("where: say where to search from: a postcode, a town, or lat,lon")
    })?;
    let place = state.geocoder.lookup(text).map_err(geocode_error)?;
    let found = run(&state, &query, place.clone());
    let now = Utc::now().with_timezone(&London);
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
        online: found
            .online
            .iter()
            .map(|p| OnlineItem {
                slug: p.slug.as_str(),
                name: &p.name,
                delivery: &p.delivery,
                nations: &p.nations,
                verified: p.verified,
            })
            .collect(),
    };
    json_response(&reply)
}

/// Serialises a reply that borrows from the request's own data.
fn json_response<T: Serialize>(value: &T) -> Result<Response, AppError> {
    let body = serde_json::to_vec(value).map_err(anyhow::Error::from)?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

async fn geocode(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let params = Params::parse(raw.as_deref())?;
    let q = params
        .one("q")
        .ok_or_else(|| AppError::bad_request("q: type a postcode, a town, or lat,lon"))?;
    let place = state.geocoder.lookup(q).map_err(geocode_error)?;
    json_response(&Origin::from(&place))
}
