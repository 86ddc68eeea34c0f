//! The HTTP application: routers of each feature, and the layers around them.

pub mod account;
pub mod api;
pub mod assets;
pub mod calendar;
pub mod client;
pub mod community;
pub mod confirm;
pub mod coverage;
pub mod csrf;
pub mod directory;
pub mod error;
pub mod extract;
pub mod health;
pub mod hygiene;
pub mod lang;
pub mod limiter;
pub mod listing_form;
pub mod manage;
pub mod map;
pub mod moderate;
pub mod openapi;
pub mod origin;
pub mod oruk;
pub mod pages;
pub mod partners;
pub mod private;
pub mod query;
pub mod report;
pub mod reviews;
pub mod search;
pub mod sessions;
pub mod signpost;
pub mod state;
pub mod toolkit;

use crate::web::error::{AppError, Problem};
use crate::web::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Only our own origin; no frames; the quick-exit script is a file of ours.
pub const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
                   connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The whole application.
pub fn app(state: AppState) -> Router {
    let headers = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "geolocation=(self), camera=(), microphone=()",
        ),
    ];
    let router = Router::new()
        .merge(pages::router())
        .merge(account::router())
        .merge(directory::router())
        .merge(search::router())
        .merge(map::router())
        .merge(manage::router())
        .merge(community::router())
        .merge(report::router())
        .merge(reviews::router())
        .merge(moderate::router())
        .merge(signpost::router())
        .merge(partners::router())
        .merge(coverage::router())
        .merge(api::router())
        .merge(oruk::router())
        .merge(calendar::router())
        .merge(health::router())
        .merge(assets::router())
        .merge(confirm::router())
        .merge(toolkit::router())
        .merge(pages::languages_router())
        .fallback(not_found);
    let mut router = hygiene::limited(router, &state)
        .layer(middleware::from_fn_with_state(state.clone(), html_errors))
        .layer(middleware::from_fn(private::no_store))
        .layer(session_layer(&state))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES));
    for (name, value) in headers {
        router = router.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    if state.config.secure_cookies {
        // Served over https (that is when cookies are marked Secure): browsers are to
        // come back over https only, for a year.
        router = router.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ));
    }
    let router = router
        .layer(CompressionLayer::new())
        .layer(
            // Log the method and path only: never the query string, which can hold a
            // searcher's location.
            TraceLayer::new_for_http().make_span_with(|req: &Request| {
                tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
            }),
        )
        .layer(middleware::from_fn(oruk::open_access));
    // Every catalogue parsed now: a broken one stops the server before it serves.
    crate::i18n::catalogues();
    // Outside the routes: the language prefix comes off before routing.
    Router::new()
        .fallback_service(router.with_state(state))
        .layer(middleware::from_fn(lang::prefix))
}

/// The largest form body accepted, in bytes (larger is refused with 413).
pub const MAX_FORM_BYTES: usize = 256 * 1024;

/// Sessions for signed-in people: HttpOnly, SameSite=Lax, Secure when configured, ending
/// after 8 hours without use. Nobody gets a cookie until they sign in.
fn session_layer(state: &AppState) -> tower_sessions::SessionManagerLayer<sessions::DbSessions> {
    use tower_sessions::cookie::{SameSite, time::Duration};
    tower_sessions::SessionManagerLayer::new(sessions::DbSessions(state.store.clone()))
        .with_name("peermap_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies)
        .with_expiry(tower_sessions::Expiry::OnInactivity(Duration::hours(8)))
}

async fn not_found() -> AppError {
    AppError::not_found(crate::i18n::here().lang.t("error-not-found"))
}

/// Turns problem responses of HTML routes into error pages that keep the crisis routes.
/// JSON routes (`/api/…`, `/healthz`, `/readyz`) keep their `application/problem+json`.
pub async fn html_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let wants_json =
        path.starts_with("/api/") || path == "/api" || path == "/healthz" || path == "/readyz";
    let response = next.run(request).await;
    if wants_json {
        return response;
    }
    match response.extensions().get::<Problem>().cloned() {
        None => response,
        Some(problem) => {
            let trouble = crate::views::error::Trouble {
                status: problem.status.as_u16(),
                title: problem.title,
                detail: &problem.detail,
            };
            let page = crate::views::error::error(state.chrome(None), &trouble);
            (problem.status, page).into_response()
        }
    }
}
