//! Every feature through the whole application, in one test binary: the router driven
//! in-process by [`support::TestApp`] (a visitor with a session cookie, filling in forms
//! found by a real HTML parser), and the real server and binary where that is the point.

// Tests and benchmarks stop at the first surprise: unwrap() is how they say so.
#![allow(clippy::unwrap_used)]

#[path = "../support/mod.rs"]
mod support;

mod accounts;
mod areas;
mod assurance;
mod authorization;
mod calendar;
mod community;
mod coverage;
mod directory;
mod form_errors;
mod freshness;
mod headers;
mod health;
mod hygiene;
mod i18n;
mod i18n_accounts;
mod i18n_explore;
mod i18n_forms;
mod i18n_projects;
mod i18n_refusals;
mod i18n_signposting;
mod leaks;
mod limits;
mod mail;
mod map;
mod notices;
mod openapi;
mod oruk;
mod pages;
mod partners;
mod precision;
mod processes;
mod results;
mod safety;
mod schemathesis;
mod search;
mod serve_e2e;
mod signpost;
mod snapshot;
mod toolkit;
mod toolkit_support;
