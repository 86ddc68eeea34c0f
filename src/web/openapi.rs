//! The OpenAPI 3 description of `/api/v1`, generated (utoipa) from the handlers' own
//! annotations and the response types, and served at `/api/v1/openapi.json`.

use super::api;
use super::api::Json;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "peermap API",
        description = "Perinatal mental health peer support in the UK: the listings and their vocabularies. Open, read-only, no key."
    ),
    paths(
        api::list,
        api::show,
        api::taxonomy,
        v1,
        search,
        geocode,
        partners,
        version
    )
)]
pub struct ApiDoc;

/// The document.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", responses(
    (status = 200, description = "The OpenAPI 3 description of /api/v1", body = Object),
))]
pub async fn v1() -> Json<utoipa::openapi::OpenApi> {
    Json(document())
}

// The routes below are served by other modules (search, partners, health) whose answers
// have no derived schema yet: they are named here, with their statuses, as JSON objects.

/// Listings near a place and for a need, nearest first.
#[utoipa::path(get, path = "/api/v1/search", responses(
    (status = 200, description = "The results", body = Object),
    (status = 400, description = "A query that cannot be read", body = api::ApiProblem, content_type = "application/problem+json"),
))]
#[allow(dead_code)]
fn search() {}

/// Where a place or postcode is, as our geocoder reads it.
#[utoipa::path(get, path = "/api/v1/geocode", responses(
    (status = 200, description = "The place", body = Object),
    (status = 400, description = "A place that cannot be found", body = api::ApiProblem, content_type = "application/problem+json"),
))]
#[allow(dead_code)]
fn geocode() {}

/// The listing's partner organisations.
#[utoipa::path(get, path = "/api/v1/projects/{slug}/partners", params(
    ("slug" = String, Path, description = "The listing's id"),
    ("within" = Option<u32>, Query, minimum = 1, maximum = 500, description = "Miles, default 25"),
), responses(
    (status = 200, description = "Its partners", body = Object),
    (status = 404, description = "No published listing has this id", body = api::ApiProblem, content_type = "application/problem+json"),
))]
#[allow(dead_code)]
fn partners() {}

/// The version of peermap serving.
#[utoipa::path(get, path = "/api/v1/version", responses(
    (status = 200, description = "The version", body = Object),
))]
#[allow(dead_code)]
fn version() {}
