//! The Open Referral UK 3.0 feed at [`BASE`]: nine open GET endpoints over our
//! listings (the mapping is `crate::oruk`). Every response under `/api/oruk/` allows any
//! origin, sets no cookie, and answers a CORS preflight ([`open_access`]).

use super::api::ApiProblem;
use super::api::Json;
use super::extract::PathParams;
use super::query::Params;
use crate::oruk::model::{About, Page, Service, ServiceAtLocation, Taxonomy, Term};
use crate::oruk::query::{Query, ServiceListParams, TaxonomyListParams, TermListParams};
use crate::oruk::service::Context;
use crate::oruk::{feed, locations, vocab};
use crate::store::{FeedListing, PeerMarks};
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use uuid::Uuid;

/// Where the feed is served.
pub const BASE: &str = "/api/oruk/v3";

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

/// What this API is: the HSDS profile it follows, its OpenAPI description, and the
/// data's licence.
#[utoipa::path(get, path = "/", responses(
    (status = 200, description = "About this feed", body = About),
))]
async fn about(State(state): State<AppState>, headers: HeaderMap) -> Json<About> {
    Json(crate::oruk::about(&base_url(&state, &headers)))
}

/// This document: the feed's OpenAPI description, generated from its handlers and types
/// (with a real service's ids as the examples of the `/{id}` endpoints).
#[utoipa::path(get, path = "/openapi.json", responses(
    (status = 200, description = "The OpenAPI 3 description of this feed", body = Object),
))]
async fn openapi(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<utoipa::openapi::OpenApi>, AppError> {
    // The oldest published listing with a place: its service, and its first place.
    let order = state
        .feed
        .order(state.store.as_ref(), || state.search())
        .await?;
    let example = order
        .example(state.store.as_ref(), || state.search())
        .await?;
    let examples = super::openapi::OrukExamples {
        service: example.map(|(service, _)| service),
        service_at_location: example.map(|(_, place)| place),
    };
    Ok(Json(super::openapi::oruk(
        &base_url(&state, &headers),
        examples,
    )))
}

/// Services by name, each with its own fields and its organization.
#[utoipa::path(get, path = "/services", params(ServiceListParams), responses(
    (status = 200, description = "A page of services", body = Page<Service>),
    (status = 400, description = "A parameter that cannot be read: `detail` says what to send instead", body = ApiProblem, content_type = "application/problem+json"),
))]
async fn services(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<Page<Service>>, AppError> {
    let q = query(&params)?;
    let store = state.store.as_ref();
    let order = state.feed.order(store, || state.search()).await?;
    let kept = order.kept(store, || state.search(), &q).await?;
    let part = feed::page_part(&kept, &q);
    let read = order
        .read(store, || state.search(), part.iter().copied())
        .await?;
    let contents = part
        .iter()
        .filter_map(|at| read.get(at))
        .map(crate::oruk::service::summary)
        .collect();
    Ok(Json(feed::framed(kept.len(), &q, contents)))
}

/// `listing` with its peer marks, as the search index holds them.
fn marked(state: &AppState, mut listing: FeedListing) -> FeedListing {
    let index = state.search();
    let (reviewed, assured) = index.peer_marked();
    listing.marks = PeerMarks {
        reviewed: reviewed.contains(&listing.project.slug),
        assured: assured.contains(&listing.project.slug),
    };
    listing
}

/// A service with everything about it: schedules, areas, places, languages,
/// attributes.
#[utoipa::path(get, path = "/services/{id}", params(("id" = String, Path, format = "uuid", description = "The service's id")), responses(
    (status = 200, description = "The service", body = Service),
    (status = 404, description = "No service has this id", body = ApiProblem, content_type = "application/problem+json"),
))]
async fn service(
    State(state): State<AppState>,
    PathParams(raw): PathParams<String>,
) -> Result<Json<Service>, AppError> {
    let id = id(&raw, "service")?;
    // One row by its id: the whole feed is never read for one service.
    let Some(listing) = state.store.feed_listing(id).await? else {
        return Err(not_found("service"));
    };
    let listing = marked(&state, listing);
    let taxonomies = vocab::all(&state.taxonomy);
    let cx = Context {
        taxonomies: &taxonomies,
        needs: &state.taxonomy,
        today: state.registry.clock().today(),
    };
    Ok(Json(crate::oruk::service::full(&listing, &cx)))
}

/// Where services are offered (a place they meet, or online and by phone), by service
/// name; with `postcode` and `proximity`, nearest first.
#[utoipa::path(get, path = "/service_at_locations", params(Query), responses(
    (status = 200, description = "A page of services at locations", body = Page<ServiceAtLocation>),
    (status = 400, description = "A parameter that cannot be read: `detail` says what to send instead", body = ApiProblem, content_type = "application/problem+json"),
))]
async fn service_at_locations(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<Page<ServiceAtLocation>>, AppError> {
    let q = query(&params)?;
    let near = feed::Near::find(&state.geocoder, &q).map_err(AppError::bad_request)?;
    let store = state.store.as_ref();
    let order = state.feed.order(store, || state.search()).await?;
    let spots = order
        .spots(store, || state.search(), &q, near.as_ref())
        .await?;
    let part = feed::page_part(&spots, &q);
    let read = order
        .read(store, || state.search(), part.iter().map(|s| s.listing))
        .await?;
    let contents = part
        .iter()
        .filter_map(|s| Some(locations::item(read.get(&s.listing)?, s.place())))
        .collect();
    Ok(Json(feed::framed(spots.len(), &q, contents)))
}

/// One service at one location, with the service and its schedules there.
#[utoipa::path(get, path = "/service_at_locations/{id}", params(("id" = String, Path, format = "uuid", description = "The service at location's id")), responses(
    (status = 200, description = "The service at its location", body = ServiceAtLocation),
    (status = 404, description = "No service at location has this id", body = ApiProblem, content_type = "application/problem+json"),
))]
async fn service_at_location(
    State(state): State<AppState>,
    PathParams(raw): PathParams<String>,
) -> Result<Json<ServiceAtLocation>, AppError> {
    let id = id(&raw, "service at location")?;
    let store = state.store.as_ref();
    // A site's id is stored; the online and phone place's is derived from its listing's.
    let owner = match store.feed_site_owner(id).await? {
        Some(owner) => Some(owner),
        None => {
            let order = state.feed.order(store, || state.search()).await?;
            order.remote_owner(id).map(|k| k.uuid)
        }
    };
    let listing = match owner {
        Some(owner) => store.feed_listing(owner).await?,
        None => None,
    };
    let Some(listing) = listing else {
        return Err(not_found("service at location"));
    };
    let listings = [marked(&state, listing)];
    let taxonomies = vocab::all(&state.taxonomy);
    let cx = Context {
        taxonomies: &taxonomies,
        needs: &state.taxonomy,
        today: state.registry.clock().today(),
    };
    feed::service_at_location(&listings, id, &cx)
        .map(Json)
        .ok_or_else(|| not_found("service at location"))
}

/// Our vocabularies as taxonomies, without their terms.
#[utoipa::path(get, path = "/taxonomies", params(TaxonomyListParams), responses(
    (status = 200, description = "A page of taxonomies", body = Page<Taxonomy>),
    (status = 400, description = "A parameter that cannot be read: `detail` says what to send instead", body = ApiProblem, content_type = "application/problem+json"),
))]
async fn taxonomies(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<Page<Taxonomy>>, AppError> {
    let q = query(&params)?;
    Ok(Json(feed::taxonomies(&vocab::all(&state.taxonomy), &q)))
}

/// A taxonomy with its terms.
#[utoipa::path(get, path = "/taxonomies/{id}", params(("id" = String, Path, format = "uuid", description = "The taxonomy's id")), responses(
    (status = 200, description = "The taxonomy", body = Taxonomy),
    (status = 404, description = "No taxonomy has this id", body = ApiProblem, content_type = "application/problem+json"),
))]
async fn taxonomy(
    State(state): State<AppState>,
    PathParams(raw): PathParams<String>,
) -> Result<Json<Taxonomy>, AppError> {
    let id = id(&raw, "taxonomy")?;
    feed::taxonomy(&vocab::all(&state.taxonomy), id)
        .map(Json)
        .ok_or_else(|| not_found("taxonomy"))
}

/// Every term, of every taxonomy or of one.
#[utoipa::path(get, path = "/taxonomy_terms", params(TermListParams), responses(
    (status = 200, description = "A page of taxonomy terms", body = Page<Term>),
    (status = 400, description = "A parameter that cannot be read: `detail` says what to send instead", body = ApiProblem, content_type = "application/problem+json"),
))]
async fn terms(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<Page<Term>>, AppError> {
    let q = query(&params)?;
    Ok(Json(feed::terms(&vocab::all(&state.taxonomy), &q)))
}

/// A taxonomy term.
#[utoipa::path(get, path = "/taxonomy_terms/{id}", params(("id" = String, Path, format = "uuid", description = "The taxonomy term's id")), responses(
    (status = 200, description = "The term", body = Term),
    (status = 404, description = "No taxonomy term has this id", body = ApiProblem, content_type = "application/problem+json"),
))]
async fn term(
    State(state): State<AppState>,
    PathParams(raw): PathParams<String>,
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
