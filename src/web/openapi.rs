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
    paths(api::list, api::show, api::taxonomy, v1)
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
