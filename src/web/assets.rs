//! Our own static files, built into the binary: no request ever goes elsewhere.

use crate::state::AppState;
use axum::Router;
use axum::http::header;

use axum::routing::get;

const CSS: &str = include_str!("../../assets/site.css");
const EXIT_JS: &str = include_str!("../../assets/exit.js");
const CACHE: &str = "public, max-age=3600";

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/assets/site.css",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/css; charset=utf-8"),
                        (header::CACHE_CONTROL, CACHE),
                    ],
                    CSS,
                )
            }),
        )
        .route(
            "/assets/exit.js",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                        (header::CACHE_CONTROL, CACHE),
                    ],
                    EXIT_JS,
                )
            }),
        )
}
