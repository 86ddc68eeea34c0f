//! Views: plain functions from data to markup. They never touch the database; each
//! keeps its words together in a `copy` module so they can be translated.

pub mod about;
pub mod account;
pub mod account_links;
pub mod assurance;
pub mod calendar;
pub mod checks;
pub mod community;
pub mod coverage;
pub mod directory;
pub mod error;
pub mod forms;
pub mod home;
pub mod languages;
pub mod layout;
pub mod manage;
pub mod map;
pub mod moderate;
pub mod partners;
pub mod parts;
pub mod place_problem;
pub mod principles;
pub mod professionals;
pub mod project;
pub mod project_facts;
pub mod refusal;
pub mod report;
pub mod results;
pub mod review;
pub mod search;
pub mod search_form;
pub mod signpost;
pub mod stale;
pub mod still_accurate;
pub mod support;
pub mod toolkit;
pub mod urgent;
pub mod workbook;

pub use layout::Chrome;
