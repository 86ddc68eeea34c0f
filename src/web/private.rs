//! Nothing shown to a signed-in person is kept by a browser or a proxy: every response
//! to her, and every response under `/account`, `/manage` and `/moderate`, says
//! `Cache-Control: no-store`. Only a response its handler marked `public` (our static
//! files, the same for everyone) keeps its own.

use super::extract::signed_in;
use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use tower_sessions::Session;

/// The paths whose pages are someone's own, signed in or not (sign-in forms among them).
const PRIVATE: [&str; 3] = ["/account", "/manage", "/moderate"];

/// Marks private responses `no-store`; runs inside the session layer.
pub async fn no_store(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let private = PRIVATE.iter().any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    });
    let session = request.extensions().get::<Session>().cloned();
    let mut response = next.run(request).await;
    let public = response
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|d| d.trim() == "public"));
    // After the handler: a sign-in has just made the session someone's.
    let theirs = match &session {
        Some(session) => !public && signed_in(session).await,
        None => false,
    };
    if private || theirs {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
