//! Open Referral UK 3.0 (the UK profile of HSDS 3.0): our listings as its documents.
//!
//! A project is a `service` run by an `organization` of its own; its sites are
//! `location`s (physical, at the town-level coordinates we hold) with a
//! `service_at_location` each, and online or phone support one virtual location. Our
//! vocabularies are taxonomies ([`vocab`]) linked by `attribute`. Identifiers are the
//! stored UUIDs of projects and sites, and UUIDs derived from them ([`ids`]).
//!
//! The mapping reads domain, search and store types and knows nothing of HTTP;
//! `web::oruk` serves it.

pub mod export;
pub mod feed;
pub mod ids;
pub mod import;
pub mod import_map;
pub mod import_match;
pub mod import_schedule;
pub mod import_source;
pub mod keys;
pub mod lists;
pub mod locations;
pub mod model;
pub mod near;
pub mod query;
pub mod service;
pub mod vocab;

/// The HSDS version the validator picks the specification by.
pub const VERSION: &str = "HSDS-UK-3.0";
/// Where the UK profile is described.
pub const PROFILE: &str = "https://github.com/openreferral/uk-profile";
/// The licence of our listings' data.
pub const LICENSE: &str = "CC BY 4.0";
pub const LICENSE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// What the feed's data asks of those who use it: our licence, and the geodata's own
/// attributions (the coordinates of our places come from it).
pub const ATTRIBUTION: &[&str] = &[
    "Listings: peermap, licensed under CC BY 4.0.",
    "Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Source: Office for National Statistics, licensed under the Open Government Licence v3.0.",
    "Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.",
    "Made with Natural Earth (public domain).",
    "Northern Ireland local government district names: © countrystatecity / dr5hn, ODbL 1.0.",
];

/// The answer at `/`, for a feed served at `base` (an absolute URL without a final `/`).
pub fn about(base: &str) -> model::About {
    model::About {
        version: VERSION,
        profile: PROFILE,
        openapi_url: format!("{base}/openapi.json"),
        license: model::License {
            name: LICENSE,
            url: LICENSE_URL,
            attribution: ATTRIBUTION.to_vec(),
        },
    }
}
