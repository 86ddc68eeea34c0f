//! peermap: a directory and map of perinatal mental health peer support in the UK.
//!
//! [`app`] builds the whole HTTP application from an [`AppState`]; `main.rs` only parses
//! the command line. Tests drive the router directly or serve it on `127.0.0.1:0`.

pub mod cli;
pub mod config;
pub mod coverage;
pub mod data;
pub mod domain;
pub mod geocode;
pub mod i18n;
pub mod index;
pub mod mail;
pub mod map;
pub mod oruk;
pub mod registry;
pub mod search;
pub mod seed;
pub mod server;
pub mod signpost;
pub mod store;
pub mod synth;
pub mod views;
pub mod web;

pub use web::app;
pub use web::state::AppState;

pub use server::{serve, serve_until};
