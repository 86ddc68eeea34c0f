//! Our own static files, built into the binary: no request ever goes elsewhere.

use crate::web::state::AppState;
use axum::Router;
use axum::http::header;
use axum::routing::get;

/// (path, content type, body) of every asset.
const ASSETS: [(&str, &str, &str); 6] = [
    (
        "/assets/site.css",
        "text/css; charset=utf-8",
        include_str!("../../assets/site.css"),
    ),
    (
        "/assets/exit.js",
        "text/javascript; charset=utf-8",
        include_str!("../../assets/exit.js"),
    ),
    (
        "/assets/locate.js",
        "text/javascript; charset=utf-8",
        include_str!("../../assets/locate.js"),
    ),
    (
        "/assets/map.js",
        "text/javascript; charset=utf-8",
        include_str!("../../assets/map.js"),
    ),
    (
        "/assets/favicon.svg",
        "image/svg+xml",
        include_str!("../../assets/favicon.svg"),
    ),
    // Browsers ask for this without being told; the same icon, so it is never a 404.
    (
        "/favicon.ico",
        "image/svg+xml",
        include_str!("../../assets/favicon.svg"),
    ),
];
const CACHE: &str = "public, max-age=3600";

pub fn router() -> Router<AppState> {
    ASSETS
        .iter()
        .fold(Router::new(), |router, &(path, content_type, body)| {
            router.route(
                path,
                get(move || async move {
                    (
                        [
                            (header::CONTENT_TYPE, content_type),
                            (header::CACHE_CONTROL, CACHE),
                        ],
                        body,
                    )
                }),
            )
        })
}
