//! Domain types: what the registry is made of, parsed and checked at the edge.

pub mod area;
pub mod assurance;
pub mod check;
pub mod community;
pub mod filter;
pub mod freshness;
pub mod grid;
pub mod history;
pub mod latlng;
pub mod project;
pub mod refusal;
pub mod schedule;
pub mod slug;
pub mod support;
pub mod tags;
pub mod taxonomy;
pub mod validate;
pub mod vocab;

pub use area::{AreaCode, AreaCodeError, ServedArea};
pub use filter::{DIRECTORY_PAGE_SIZE, GENERAL_NEED, ListingFilter, MAX_PAGE_SIZE, Page};
pub use freshness::{Age, Clock, Freshness, FreshnessReport};
pub use grid::GridQuestion;
pub use history::{EditConflict, FieldChange, HistoryEntry, apply_edit, field_changes};
pub use latlng::{LatLng, LatLngError};
pub use project::{Contact, Eligibility, FactSource, Project, Reflection, Site};
pub use refusal::Refusal;
pub use schedule::{Occurrence, Session};
pub use slug::{Slug, SlugError};
pub use tags::TagSet;
pub use taxonomy::{EMERGENCY_NEED, Language, Need, Taxonomy};
pub use vocab::*;
