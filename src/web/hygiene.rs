//! What one request may take, whoever sends it (the connection's own limits are in
//! `crate::server`):
//!
//! - a body over [`MAX_FORM_BYTES`](super::MAX_FORM_BYTES) is refused with 413: at once
//!   when its `Content-Length` says so, before any of it is read;
//! - a body must arrive within the body timeout, or the form is answered 408;
//! - a request must be answered within the request timeout, or it is answered 503;
//! - reads and writes take turns apart ([`Turns`]), so form posts keep their share of
//!   the server however many pages are being read.

use super::error::{AppError, Problem};
use super::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::Semaphore;
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::{RequestBodyDeadlineLayer, TimeoutLayer};

/// `router` with the limits of `state`'s configuration. The body's limits are one layer,
/// so the body is converted once on its way to the handler (axum's extractors see
/// through two conversions to tell a body too large from a broken one).
pub fn limited(router: Router<AppState>, state: &AppState) -> Router<AppState> {
    let limits = &state.config.limits;
    let layers = ServiceBuilder::new()
        .layer(RequestBodyLimitLayer::new(super::MAX_FORM_BYTES))
        .layer(RequestBodyDeadlineLayer::new(limits.body_timeout()))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            limits.request_timeout(),
        ));
    router
        .layer(middleware::from_fn_with_state(state.clone(), take_turn))
        .layer(layers)
        .layer(middleware::map_response(explain))
}

/// Places for requests being handled: reads (GET, HEAD, OPTIONS) and writes (the rest)
/// apart. A read beyond its places waits for one (within the request timeout) without
/// holding a database connection or the processor, so a write, with places of its own,
/// only ever competes with the reads already being handled, never with the queue.
pub struct Turns {
    reads: Semaphore,
    writes: Semaphore,
    waiting: AtomicUsize,
}

impl Turns {
    pub fn new(reads: u32, writes: u32) -> Self {
        Turns {
            reads: Semaphore::new(reads as usize),
            writes: Semaphore::new(writes as usize),
            waiting: AtomicUsize::new(0),
        }
    }

    /// How many requests are waiting for a place.
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::Relaxed)
    }

    /// The places of reads (for a test to take them all, or to see how busy reads are).
    pub fn reads(&self) -> &Semaphore {
        &self.reads
    }

    /// The places of writes.
    pub fn writes(&self) -> &Semaphore {
        &self.writes
    }
}

/// Waits for a place of the request's kind; health checks need none, so a busy server
/// still says it is alive.
async fn take_turn(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if matches!(request.uri().path(), "/healthz" | "/readyz") {
        return next.run(request).await;
    }
    let read = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let places = if read {
        state.turns.reads()
    } else {
        state.turns.writes()
    };
    let waiting = Waiting::count(&state.turns.waiting);
    let turn = places.acquire().await;
    drop(waiting);
    match turn {
        Ok(_turn) => next.run(request).await,
        Err(_) => AppError::Busy.into_response(),
    }
}

/// One request counted in [`Turns::waiting`] until dropped (answered or timed out).
struct Waiting<'a>(&'a AtomicUsize);

impl<'a> Waiting<'a> {
    fn count(waiting: &'a AtomicUsize) -> Self {
        waiting.fetch_add(1, Ordering::Relaxed);
        Waiting(waiting)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Gives the bare answers of the layers above (an empty 503 on timing out, a plain-text
/// 413) the title and detail of our other errors, so pages show them with the crisis
/// routes and the API as a problem document.
async fn explain(response: Response) -> Response {
    if response.extensions().get::<Problem>().is_some() {
        return response;
    }
    let bare = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_none_or(|t| t.as_bytes().starts_with(b"text/plain"));
    match response.status() {
        StatusCode::PAYLOAD_TOO_LARGE if bare => AppError::PayloadTooLarge.into_response(),
        StatusCode::SERVICE_UNAVAILABLE if bare => AppError::Busy.into_response(),
        _ => response,
    }
}

/// Whether a body error is the body timeout (the client stopped sending).
pub fn timed_out(error: &(dyn std::error::Error + 'static)) -> bool {
    caused_by::<tower_http::timeout::TimeoutError>(error)
}

/// Whether a body error is its size limit, however many layers wrap it.
pub fn too_large(error: &(dyn std::error::Error + 'static)) -> bool {
    caused_by::<http_body_util::LengthLimitError>(error)
}

fn caused_by<E: std::error::Error + 'static>(error: &(dyn std::error::Error + 'static)) -> bool {
    std::iter::successors(Some(error), |e| e.source()).any(|e| e.is::<E>())
}
