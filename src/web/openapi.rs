//! The OpenAPI 3 descriptions, generated (utoipa) from the handlers' own annotations and
//! their response types: of `/api/v1`, served at `/api/v1/openapi.json`, and of the Open
//! Referral UK feed, served at `/api/oruk/v3/openapi.json`.

use super::api::Json;
use super::{api, oruk};
use utoipa::OpenApi;
use utoipa::openapi::path::{Parameter, ParameterBuilder};
use uuid::Uuid;

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

#[derive(OpenApi)]
#[openapi(
    info(
        title = "peermap: Open Referral UK 3.0 feed",
        description = "Perinatal mental health peer support in the UK as Open Referral UK 3.0 (the UK profile of HSDS 3.0): open, read-only, no key. Lists are paged (page from 1, per_page up to 500); filters combine as AND; a field without a value is left out, never null. Data: CC BY 4.0, with the attributions given at /."
    ),
    paths(
        oruk::about,
        oruk::openapi,
        oruk::services,
        oruk::service,
        oruk::service_at_locations,
        oruk::service_at_location,
        oruk::taxonomies,
        oruk::taxonomy,
        oruk::terms,
        oruk::term
    )
)]
pub struct OrukDoc;

/// Real ids a reader (or a test tool) can try the feed's `/{id}` endpoints with.
#[derive(Debug, Clone, Copy, Default)]
pub struct OrukExamples {
    pub service: Option<Uuid>,
    pub service_at_location: Option<Uuid>,
}

/// The feed's document for a feed served at `base` (absolute, without a final `/`): its
/// paths are relative to that one server.
pub fn oruk(base: &str, examples: OrukExamples) -> utoipa::openapi::OpenApi {
    let mut doc = OrukDoc::openapi();
    doc.servers = Some(vec![utoipa::openapi::Server::new(base)]);
    let taxonomy = crate::oruk::ids::taxonomy(crate::oruk::vocab::NEEDS);
    let term = crate::oruk::ids::term(crate::oruk::vocab::FORMATS, "group");
    for (path, id) in [
        ("/services/{id}", examples.service),
        ("/service_at_locations/{id}", examples.service_at_location),
        ("/taxonomies/{id}", Some(taxonomy)),
        ("/taxonomy_terms/{id}", Some(term)),
    ] {
        let Some(id) = id else { continue };
        let operation = doc.paths.paths.get_mut(path).and_then(|p| p.get.as_mut());
        if let Some(params) = operation.and_then(|o| o.parameters.as_mut()) {
            for p in params.iter_mut().filter(|p| p.name == "id") {
                *p = with_example(p.clone(), id.to_string());
            }
        }
    }
    doc
}

fn with_example(p: Parameter, example: String) -> Parameter {
    ParameterBuilder::from(p)
        .example(Some(serde_json::Value::String(example)))
        .build()
}

// The routes below are served by other modules (search, partners, health): they are
// described here, with the types those modules answer with.

/// Listings near a place and for a need, nearest first; then those serving its area or
/// nation, and the online and phone options there.
#[utoipa::path(get, path = "/api/v1/search", params(
    ("where" = String, Query, description = "Where to search from: a postcode, a postcode sector or district, a town, a council area, a nation, or lat,lon", example = "Birmingham"),
    ("need" = Option<String>, Query, description = "Needs' slugs (see /api/v1/taxonomy), repeated or comma-separated"),
    ("format" = Option<crate::domain::Format>, Query, description = "group or one-to-one"),
    ("delivery" = Option<crate::domain::Delivery>, Query, description = "How support reaches people"),
    ("nation" = Option<crate::domain::Nation>, Query, description = "A nation served"),
    ("lang" = Option<String>, Query, description = "An ISO 639-1 language code"),
    ("stage" = Option<crate::domain::Stage>, Query, description = "A perinatal stage"),
    ("reflection" = Option<String>, Query, description = "published: only listings with a published reflection on our principles"),
    ("reviewed" = Option<String>, Query, description = "yes: only listings with a peer review"),
    ("assured" = Option<String>, Query, description = "yes: only listings peer-assured today (see /toolkit/peer-assurance)"),
    ("within" = Option<u32>, Query, minimum = 1, maximum = 500, description = "Miles (or any); default: the nearest, however far"),
    ("limit" = Option<u32>, Query, minimum = 1, maximum = 50, description = "In-person results at most"),
), responses(
    (status = 200, description = "The results", body = super::search::SearchReply),
    (status = 400, description = "A place that cannot be found, or a filter that cannot be read", body = api::ApiProblem, content_type = "application/problem+json"),
))]
#[allow(dead_code)]
fn search() {}

/// Where a place or postcode is, as our geocoder reads it.
#[utoipa::path(get, path = "/api/v1/geocode", params(
    ("q" = String, Query, description = "A postcode, a town, a council area, a nation, or lat,lon", example = "B15 2TT"),
), responses(
    (status = 200, description = "The place", body = super::search::Origin),
    (status = 400, description = "A place that cannot be found", body = api::ApiProblem, content_type = "application/problem+json"),
))]
#[allow(dead_code)]
fn geocode() {}

/// The listing's partner organisations: who meets near it or serves its nations, and what
/// each would add to its offer.
#[utoipa::path(get, path = "/api/v1/projects/{slug}/partners", params(
    ("slug" = String, Path, description = "The listing's id", example = "action-on-postpartum-psychosis"),
    ("within" = Option<u32>, Query, minimum = 1, maximum = 500, description = "Miles, default 25"),
), responses(
    (status = 200, description = "Its partners", body = super::partners::PartnersReply),
    (status = 400, description = "A distance that cannot be read", body = api::ApiProblem, content_type = "application/problem+json"),
    (status = 404, description = "No published listing has this id", body = api::ApiProblem, content_type = "application/problem+json"),
))]
#[allow(dead_code)]
fn partners() {}

/// The version of peermap serving.
#[utoipa::path(get, path = "/api/v1/version", responses(
    (status = 200, description = "The version", body = super::health::Version),
))]
#[allow(dead_code)]
fn version() {}
