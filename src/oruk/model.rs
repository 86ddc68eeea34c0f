//! The ORUK 3.0 documents we publish, as types. A field without a value is left out
//! (never `null`, `""` or `[]`): every optional field is an `Option` or a `Vec` skipped
//! when empty, and text is only ever set through [`text`], which drops blank text.

use serde::Serialize;
use uuid::Uuid;

/// `Some(text)` unless it is blank.
pub fn text(value: impl Into<String>) -> Option<String> {
    let value = value.into();
    (!value.trim().is_empty()).then_some(value)
}

/// The paged envelope of every list.
#[derive(Debug, Clone, Serialize)]
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

#[derive(Debug, Clone, Serialize)]
pub struct Organization {
    pub id: Uuid,
    pub name: String,
    pub description: String,
}

/// A service: in a list only its own fields and its organization; by id everything.
#[derive(Debug, Clone, Serialize)]
pub struct Service {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    pub last_modified: String,
    /// HSDS 3.0: who the service is for, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    /// HSDS 3.0: how to join.
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, Serialize)]
pub struct ServiceAtLocation {
    pub id: Uuid,
    pub service_id: Uuid,
    pub location_id: Uuid,
    /// The service's name and status, repeated: the published specification checks
    /// `/service_at_locations/{id}` against the service schema, which requires them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    pub location: Location,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<Box<Service>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub id: Uuid,
    /// `physical` or `virtual`.
    pub location_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    /// HSDS 3.0: a virtual location's web address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// A recurring session (RFC 5545 fields; times are UK wall-clock, without an offset).
#[derive(Debug, Clone, Serialize)]
pub struct Schedule {
    pub id: Uuid,
    pub service_id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_at_location_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dtstart: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attending_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ServiceArea {
    pub id: Uuid,
    pub service_id: Uuid,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
}

/// A language (HSDS 3.0 `name` and `code`, which the UK profile's object lacks).
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub id: Uuid,
    pub service_id: Uuid,
    pub name: String,
    pub code: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Phone {
    pub id: Uuid,
    pub service_id: Uuid,
    pub number: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CostOption {
    pub id: Uuid,
    pub service_id: Uuid,
    pub amount_description: String,
}

/// A taxonomy term linked to a service or location.
#[derive(Debug, Clone, Serialize)]
pub struct Attribute {
    pub id: Uuid,
    pub link_id: Uuid,
    /// `service` or `location`.
    pub link_type: &'static str,
    pub taxonomy_term_id: Uuid,
    pub taxonomy_term: Term,
}

#[derive(Debug, Clone, Serialize)]
pub struct Taxonomy {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub taxonomy_terms: Vec<Term>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Term {
    pub id: Uuid,
    /// Our slug for the term.
    pub term: String,
    pub name: String,
    pub description: String,
    /// The taxonomy's name.
    pub taxonomy: String,
    pub taxonomy_id: Uuid,
}

/// The answer at `/`.
#[derive(Debug, Clone, Serialize)]
pub struct About {
    pub version: &'static str,
    pub profile: &'static str,
    pub openapi_url: String,
    /// The data's licence and the attributions it asks for (our own field).
    pub license: License,
}

#[derive(Debug, Clone, Serialize)]
pub struct License {
    pub name: &'static str,
    pub url: &'static str,
    pub attribution: Vec<&'static str>,
}
