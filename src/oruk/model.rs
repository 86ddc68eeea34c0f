//! The ORUK 3.0 documents we publish, as types. A field without a value is left out
//! (never `null`, `""` or `[]`): every optional field is an `Option` or a `Vec` skipped
//! when empty, and text is only ever set through [`text`], which drops blank text.

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// `Some(text)` unless it is blank.
pub fn text(value: impl Into<String>) -> Option<String> {
    let value = value.into();
    (!value.trim().is_empty()).then_some(value)
}

/// The paged envelope of every list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Page<T> {
    pub total_items: u64,
    pub total_pages: u64,
    pub page_number: u64,
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<T>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Organization {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    pub name: String,
    pub description: String,
}

/// A service: in a list only its own fields and its organization; by id everything.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Service {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    #[schema(value_type = String, format = "uuid")]
    pub organization_id: Uuid,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, format = "uri")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, format = "email")]
    pub email: Option<String>,
    #[schema(schema_with = status)]
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub minimum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub maximum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, format = Date)]
    pub assured_date: Option<String>,
    #[schema(format = DateTime)]
    pub last_modified: String,
    /// HSDS 3.0: who the service is for, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub eligibility_description: Option<String>,
    /// HSDS 3.0: how to join.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub application_process: Option<String>,
    pub organization: Organization,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<ServiceArea>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    /// HSDS 3.0 phones (the UK profile has none on a service).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cost_options: Vec<CostOption>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// Where a service is offered: a place it meets, or online and by phone.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ServiceAtLocation {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    #[schema(value_type = String, format = "uuid")]
    pub service_id: Uuid,
    #[schema(value_type = String, format = "uuid")]
    pub location_id: Uuid,
    /// The service's name and status, repeated: the published specification checks
    /// `/service_at_locations/{id}` against the service schema, which requires them.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = status)]
    pub status: Option<&'static str>,
    pub location: Location,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, no_recursion)]
    pub service: Option<Box<Service>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Location {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    /// `physical` or `virtual`.
    #[schema(schema_with = location_type)]
    pub location_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub longitude: Option<f64>,
    /// HSDS 3.0: a virtual location's web address.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, format = "uri")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// A recurring session (RFC 5545 fields; times are UK wall-clock, without an offset).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Schedule {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    #[schema(value_type = String, format = "uuid")]
    pub service_id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = String, format = "uuid")]
    pub service_at_location_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, format = Date)]
    pub valid_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, format = Date)]
    pub valid_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, format = Date)]
    pub dtstart: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = freq)]
    pub freq: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub interval: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub byday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, pattern = r"^[0-2][0-9]:[0-5][0-9]$")]
    pub opens_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, pattern = r"^[0-2][0-9]:[0-5][0-9]$")]
    pub closes_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(schema_with = attending_type)]
    pub attending_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ServiceArea {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    #[schema(value_type = String, format = "uuid")]
    pub service_id: Uuid,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false, format = "uri")]
    pub uri: Option<String>,
}

/// A language (HSDS 3.0 `name` and `code`, which the UK profile's object lacks).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Language {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    #[schema(value_type = String, format = "uuid")]
    pub service_id: Uuid,
    pub name: String,
    pub code: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Phone {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    #[schema(value_type = String, format = "uuid")]
    pub service_id: Uuid,
    pub number: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CostOption {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    #[schema(value_type = String, format = "uuid")]
    pub service_id: Uuid,
    pub amount_description: String,
}

/// A taxonomy term linked to a service or location.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Attribute {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    #[schema(value_type = String, format = "uuid")]
    pub link_id: Uuid,
    /// `service` or `location`.
    #[schema(schema_with = link_type)]
    pub link_type: &'static str,
    #[schema(value_type = String, format = "uuid")]
    pub taxonomy_term_id: Uuid,
    pub taxonomy_term: Term,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Taxonomy {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub taxonomy_terms: Vec<Term>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Term {
    #[schema(value_type = String, format = "uuid")]
    pub id: Uuid,
    /// Our slug for the term.
    pub term: String,
    pub name: String,
    pub description: String,
    /// The taxonomy's name.
    pub taxonomy: String,
    #[schema(value_type = String, format = "uuid")]
    pub taxonomy_id: Uuid,
}

/// The answer at `/`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct About {
    pub version: &'static str,
    #[schema(format = "uri")]
    pub profile: &'static str,
    #[schema(format = "uri")]
    pub openapi_url: String,
    /// The data's licence and the attributions it asks for (our own field).
    pub license: License,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct License {
    pub name: &'static str,
    #[schema(format = "uri")]
    pub url: &'static str,
    pub attribution: Vec<&'static str>,
}

/// In OpenAPI: a string, one of `values`.
fn one_of(values: &[&'static str]) -> utoipa::openapi::schema::Object {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some(values.iter().copied()))
        .build()
}

fn status() -> utoipa::openapi::schema::Object {
    one_of(&["active", "inactive"])
}

fn location_type() -> utoipa::openapi::schema::Object {
    one_of(&["physical", "virtual"])
}

fn freq() -> utoipa::openapi::schema::Object {
    one_of(&["WEEKLY", "MONTHLY"])
}

fn attending_type() -> utoipa::openapi::schema::Object {
    one_of(&["in person", "online or by phone"])
}

fn link_type() -> utoipa::openapi::schema::Object {
    one_of(&["service", "location"])
}
