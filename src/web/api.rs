//! The JSON API, version 1.

use super::extract::PublicListing;
use super::query::Params;
use crate::domain::taxonomy::{Language, Need};
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

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/projects", get(list))
        .route("/api/v1/projects/{slug}", get(show))
        .route("/api/v1/taxonomy", get(taxonomy))
        .route("/api/v1/openapi.json", get(super::openapi::v1))
}

/// A listing in the API: the project, and how current it is today.
#[derive(Serialize)]
pub struct ApiProject {
    #[serde(flatten)]
    project: Project,
    freshness: FreshnessReport,
}

/// In OpenAPI: the project's own schema with `freshness` added (a derived schema would
/// join the two with `allOf`, which the project's closed object refuses).
impl utoipa::PartialSchema for ApiProject {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::Schema;
        use utoipa::openapi::{Ref, RefOr};
        let mut schema = <Project as utoipa::PartialSchema>::schema();
        if let RefOr::T(Schema::Object(o)) = &mut schema {
            o.properties.insert(
                "freshness".into(),
                RefOr::Ref(Ref::from_schema_name("FreshnessReport")),
            );
            o.required.push("freshness".into());
        }
        schema
    }
}

impl utoipa::ToSchema for ApiProject {
    fn schemas(
        schemas: &mut Vec<(
            String,
            utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
        )>,
    ) {
        <Project as utoipa::ToSchema>::schemas(schemas);
        schemas.push((
            "FreshnessReport".into(),
            <FreshnessReport as utoipa::PartialSchema>::schema(),
        ));
        <FreshnessReport as utoipa::ToSchema>::schemas(schemas);
    }
}

impl ApiProject {
    fn new(project: Project, state: &AppState) -> Self {
        let project = project.public();
        let freshness = project.freshness_report(state.now().date_naive());
        ApiProject { project, freshness }
    }
}

/// A page of listings.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProjectPage {
    items: Vec<ApiProject>,
    page: u32,
    per_page: u32,
    total: u64,
}

/// An error: `application/problem+json` (RFC 9457).
#[derive(Serialize, utoipa::ToSchema)]
pub struct ApiProblem {
    r#type: String,
    title: String,
    status: u16,
    detail: String,
}

/// Listings, by name, filtered (every filter may be repeated or comma-separated).
#[utoipa::path(get, path = "/api/v1/projects", params(
    ("need" = Option<String>, Query, description = "A need's slug (see /api/v1/taxonomy)"),
    ("format" = Option<Format>, Query, description = "group or one-to-one"),
    ("delivery" = Option<Delivery>, Query, description = "How support reaches people"),
    ("nation" = Option<Nation>, Query, description = "A nation served"),
    ("lang" = Option<String>, Query, description = "An ISO 639-1 language code"),
    ("page" = Option<u32>, Query, minimum = 1, description = "From 1"),
    ("per_page" = Option<u32>, Query, minimum = 1, description = "Items a page"),
), responses(
    (status = 200, description = "A page of listings", body = ProjectPage),
    (status = 400, description = "A filter or page that cannot be read", body = ApiProblem, content_type = "application/problem+json"),
))]
pub async fn list(
    State(state): State<AppState>,
    params: Params,
) -> Result<Json<ProjectPage>, AppError> {
    let filters = params.filters(&state.taxonomy)?;
    let page = params.page(DIRECTORY_PAGE_SIZE, MAX_PAGE_SIZE)?;
    let (items, total) = state
        .directory
        .page(&state.registry, &filters, page)
        .await?;
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

/// One published listing.
#[utoipa::path(get, path = "/api/v1/projects/{slug}", params(
    ("slug" = String, Path, description = "The listing's id, like bluebell-care-trust"),
), responses(
    (status = 200, description = "The listing", body = ApiProject),
    (status = 404, description = "No published listing has this id", body = ApiProblem, content_type = "application/problem+json"),
))]
pub async fn show(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
) -> Json<ApiProject> {
    Json(ApiProject::new(stored.project, &state))
}

/// One term of a closed vocabulary.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Term {
    slug: &'static str,
    label: &'static str,
}

/// Every vocabulary a listing uses.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Vocabularies {
    needs: Vec<Need>,
    languages: Vec<Language>,
    formats: Vec<Term>,
    delivery: Vec<Term>,
    nations: Vec<Term>,
    referral: Vec<Term>,
    attendees: Vec<Term>,
    precision: Vec<Term>,
    principles: Vec<Term>,
    reflection_status: Vec<Term>,
}

fn terms<T: Copy>(
    all: &[T],
    slug: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<Term> {
    all.iter()
        .map(|t| Term {
            slug: slug(*t),
            label: label(*t),
        })
        .collect()
}

/// The vocabularies: needs, languages and the closed ones.
#[utoipa::path(get, path = "/api/v1/taxonomy", responses(
    (status = 200, description = "Every vocabulary", body = Vocabularies),
))]
pub async fn taxonomy(State(state): State<AppState>) -> Json<Vocabularies> {
    Json(Vocabularies {
        needs: state.taxonomy.needs.clone(),
        languages: state.taxonomy.languages.clone(),
        formats: terms(Format::ALL, Format::slug, Format::label),
        delivery: terms(Delivery::ALL, Delivery::slug, Delivery::label),
        nations: terms(Nation::ALL, Nation::slug, Nation::label),
        referral: terms(Referral::ALL, Referral::slug, Referral::label),
        attendees: terms(Attendee::ALL, Attendee::slug, Attendee::label),
        precision: terms(Precision::ALL, Precision::slug, Precision::label),
        principles: terms(Principle::ALL, Principle::slug, Principle::label),
        reflection_status: terms(
            ReflectionStatus::ALL,
            ReflectionStatus::slug,
            ReflectionStatus::label,
        ),
    })
}

/// `value` as JSON with `<`, `>` and `&` written `\u003c`, `\u003e` and `\u0026`: the
/// same JSON to any reader, but no text (a listing's, or an error's detail repeating what
/// was asked for) is ever markup, even to a client that pastes it into a page. Outside
/// strings JSON has none of the three, so only string contents change.
pub fn escaped_json<T: Serialize>(value: &T) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(1024);
    let mut writer = serde_json::Serializer::with_formatter(&mut out, MarkupFree);
    value.serialize(&mut writer)?;
    Ok(out)
}

/// serde_json's compact output, with `<`, `>` and `&` inside strings written as `\u` escapes
/// as the strings are written (one pass, no second buffer).
struct MarkupFree;

impl serde_json::ser::Formatter for MarkupFree {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let bytes = fragment.as_bytes();
        let mut start = 0;
        for (i, b) in bytes.iter().enumerate() {
            let escaped: &[u8] = match b {
                b'<' => b"\\u003c",
                b'>' => b"\\u003e",
                b'&' => b"\\u0026",
                _ => continue,
            };
            writer.write_all(&bytes[start..i])?;
            writer.write_all(escaped)?;
            start = i + 1;
        }
        writer.write_all(&bytes[start..])
    }
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
