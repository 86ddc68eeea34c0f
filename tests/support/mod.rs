//! What every test binary shares: real databases, one browser-like [`app::TestApp`] over
//! the router, the store calls many tests make (in one place, to follow the store's API),
//! and skipping tests whose external tool is missing.
//!
//! Each binary includes this with `#[path = "../support/mod.rs"] mod support;` (or
//! `mod support;` from a top-level file); not every binary uses every helper.
#![allow(dead_code, unused_imports)]

pub mod app;
pub mod db;
pub mod form;
pub mod html;
pub mod journeys;
pub mod process;
pub mod records;
pub mod skip;
pub mod smtp;

pub use app::{Page, TestApp, TestClock};
pub use db::TestDb;
pub use process::ServeProcess;
pub use skip::Tool;
