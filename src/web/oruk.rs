//! The Open Referral UK 3.0 feed at [`BASE`]: nine open GET endpoints over our
//! listings (the mapping is `crate::oruk`). Every response under `/api/oruk/` allows any
//! origin, sets no cookie, and answers a CORS preflight ([`open_access`]).

use super::api::Json;
use super::query::Params;
use crate::oruk::model::{About, Page, Service, ServiceAtLocation, Taxonomy, Term};
use crate::oruk::query::Query;
use crate::oruk::service::Context;
use crate::oruk::{feed, vocab};
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::Value;
use uuid::Uuid;

/// Where the feed is served.
pub const BASE: &str = "/api/oruk/v3";

/// The UK profile's OpenAPI description, which our feed implements.
const OPENAPI: &str = include_str!("../../data/oruk-3.0/schema/openapi.json");

pub fn router() -> Router<AppState> {
    Router::new()
        .route(BASE, get(about))
        .route("/api/oruk/v3/", get(about))
        .route("/api/oruk/v3/openapi.json", get(openapi))
        .route("/api/oruk/v3/services", get(services))
        .route("/api/oruk/v3/services/{id}", get(service))
        .route("/api/oruk/v3/taxonomies", get(taxonomies))
        .route("/api/oruk/v3/taxonomies/{id}", get(taxonomy))
        .route("/api/oruk/v3/taxonomy_terms", get(terms))
        .route("/api/oruk/v3/taxonomy_terms/{id}", get(term))
        .route(
            "/api/oruk/v3/service_at_locations",
            get(service_at_locations),
        )
        .route(
            "/api/oruk/v3/service_at_locations/{id}",
            get(service_at_location),
        )
        .route("/api/oruk/v3/{*rest}", get(unknown))
}

/// Open to any page on any site, with no cookie: `Access-Control-Allow-Origin: *` on
/// every response under `/api/oruk/` (errors too), never credentials, and a preflight
/// answered at once. Wraps the whole application, so nothing inside can set a cookie.
pub async fn open_access(request: Request, next: Next) -> Response {
    if !request.uri().path().starts_with("/api/oruk/") {
        return next.run(request).await;
    }
    let mut response = if request.method() == Method::OPTIONS {
        preflight(request.headers())
    } else {
        next.run(request).await
    };
    let headers = response.headers_mut();
    headers.remove(header::SET_COOKIE);
    headers.remove(header::ACCESS_CONTROL_ALLOW_CREDENTIALS);
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

fn preflight(asked: &HeaderMap) -> Response {
    let allow_headers = asked
        .get(header::ACCESS_CONTROL_REQUEST_HEADERS)
        .cloned()
        .unwrap_or_else(|| HeaderValue::from_static("*"));
    (
        StatusCode::NO_CONTENT,
        [
            (
                header::ACCESS_CONTROL_ALLOW_METHODS,
                HeaderValue::from_static("GET, HEAD, OPTIONS"),
            ),
            (header::ACCESS_CONTROL_ALLOW_HEADERS, allow_headers),
            (
                header::ACCESS_CONTROL_MAX_AGE,
                HeaderValue::from_static("86400"),
            ),
        ],
    )
        .into_response()
}

/// The feed's absolute address: our configured origin, else the host asked for.
fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    let origin = super::origin::link_origin(&state.config).unwrap_or_else(|| {
        let host = headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| {
                h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
            })
            .unwrap_or("localhost");
        format!("http://{host}")
    });
    format!("{origin}{BASE}")
}

fn query(params: &Params) -> Result<Query, AppError> {
    Query::parse(|key| params.list(key).into_iter().next()).map_err(AppError::bad_request)
}

/// A path's id, or a 404 naming what was looked for.
fn id(text: &str, what: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(text).map_err(|_| not_found(what))
}

fn not_found(what: &str) -> AppError {
    AppError::not_found(format!("There is no {what} with that id in this feed."))
}

async fn about(State(state): State<AppState>, headers: HeaderMap) -> Json<About> {
    Json(crate::oruk::about(&base_url(&state, &headers)))
}

async fn openapi(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, AppError> {
    let mut doc: Value = serde_json::from_str(OPENAPI).map_err(anyhow::Error::from)?;
    doc["servers"] = serde_json::json!([{ "url": base_url(&state, &headers) }]);
    Ok(Json(doc))
}

async fn services(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<Page<Service>>, AppError> {
    let q = query(&params)?;
    let generation = state.search().generation();
    let listings = state
        .feed
        .listings(state.store.as_ref(), generation)
        .await?;
    Ok(Json(feed::services(&listings, &q)))
}

async fn service(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Service>, AppError> {
    let id = id(&raw, "service")?;
    let generation = state.search().generation();
    let listings = state
        .feed
        .listings(state.store.as_ref(), generation)
        .await?;
    let taxonomies = vocab::all(&state.taxonomy);
    let cx = Context {
        taxonomies: &taxonomies,
        needs: &state.taxonomy,
    };
    feed::service(&listings, id, &cx)
        .map(Json)
        .ok_or_else(|| not_found("service"))
}

async fn service_at_locations(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<Page<ServiceAtLocation>>, AppError> {
    let q = query(&params)?;
    let near = {
        let index = state.search();
        feed::Near::find(&state.geocoder, &index, &q).map_err(AppError::bad_request)?
    };
    let generation = state.search().generation();
    let listings = state
        .feed
        .listings(state.store.as_ref(), generation)
        .await?;
    Ok(Json(feed::service_at_locations(
        &listings,
        &q,
        near.as_ref(),
    )))
}

async fn service_at_location(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<ServiceAtLocation>, AppError> {
    let id = id(&raw, "service at location")?;
    let generation = state.search().generation();
    let listings = state
        .feed
        .listings(state.store.as_ref(), generation)
        .await?;
    let taxonomies = vocab::all(&state.taxonomy);
    let cx = Context {
        taxonomies: &taxonomies,
        needs: &state.taxonomy,
    };
    feed::service_at_location(&listings, id, &cx)
        .map(Json)
        .ok_or_else(|| not_found("service at location"))
}

async fn taxonomies(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<Page<Taxonomy>>, AppError> {
    let q = query(&params)?;
    Ok(Json(feed::taxonomies(&vocab::all(&state.taxonomy), &q)))
}

async fn taxonomy(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Taxonomy>, AppError> {
    let id = id(&raw, "taxonomy")?;
    feed::taxonomy(&vocab::all(&state.taxonomy), id)
        .map(Json)
        .ok_or_else(|| not_found("taxonomy"))
}

async fn terms(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<Page<Term>>, AppError> {
    let q = query(&params)?;
    Ok(Json(feed::terms(&vocab::all(&state.taxonomy), &q)))
}

async fn term(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Term>, AppError> {
    let id = id(&raw, "taxonomy term")?;
    feed::term(&vocab::all(&state.taxonomy), id)
        .map(Json)
        .ok_or_else(|| not_found("taxonomy term"))
}

async fn unknown() -> AppError {
    AppError::not_found(format!(
        "The feed has no such address. Its endpoints are listed in {BASE}/openapi.json."
    ))
}
