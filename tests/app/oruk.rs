//! The Open Referral UK 3.0 feed at `/api/oruk/v3`: stable UUIDs, every endpoint walked
//! as the official validator walks it and checked against the profile's JSON schemas,
//! the filters, and open access (CORS, no cookie) on every response.

mod bad_records;
mod filters;
pub mod fixtures;
mod order;
mod round_trip;
pub mod schemas;
mod uuids;
mod walk;
