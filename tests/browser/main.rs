//! The application in a real headless Chromium (Debian's package, installed by
//! `.ci/run`): pages at phone and desktop sizes and without JavaScript, the map's
//! drill-down, a new user's whole journey over WebDriver, and the signposting sheet
//! printed to PDF. Screenshots and the PDF land in `test-artifacts/`.

// Tests and benchmarks stop at the first surprise: unwrap() is how they say so.
#![allow(clippy::unwrap_used)]

#[path = "../support/mod.rs"]
mod support;

mod accessibility;
mod archive;
mod chromium;
mod community;
mod i18n;
mod map;
mod moderation;
mod pages;
mod print;
mod safety;
mod webdriver;
