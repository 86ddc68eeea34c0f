//! The answer to a connection over the cap: 503, a page that still shows the crisis
//! routes (or a problem document under `/api/`), and the connection closed.

use crate::web::state::AppState;
use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::sync::Semaphore;

/// Connections being refused at once; beyond these a new one is closed unanswered.
const AT_ONCE: usize = 64;
/// How long a refused client has to send its request and read the answer.
const GRACE: Duration = Duration::from_secs(2);

const TITLE: &str = "peermap is very busy";
const DETAIL: &str =
    "Too many people are using peermap at this moment. Please try again in a minute.";

/// The refusal, rendered once.
pub(super) struct Refusal {
    page: Bytes,
    problem: Bytes,
    at_once: Arc<Semaphore>,
}

impl Refusal {
    pub fn new(state: &AppState) -> Self {
        let trouble = crate::views::error::Trouble {
            status: 503,
            title: TITLE,
            detail: DETAIL,
        };
        let page = crate::views::error::error(state.chrome(None), &trouble);
        let problem = serde_json::json!({
            "type": "about:blank",
            "title": TITLE,
            "status": 503,
            "detail": DETAIL,
        });
        Refusal {
            page: Bytes::from(page.into_string()),
            problem: Bytes::from(problem.to_string()),
            at_once: Arc::new(Semaphore::new(AT_ONCE)),
        }
    }

    /// Answers `stream` with 503 and closes it, in a task of its own.
    pub fn send(&self, stream: TcpStream) {
        let Ok(turn) = self.at_once.clone().try_acquire_owned() else {
            return;
        };
        let (page, problem) = (self.page.clone(), self.problem.clone());
        let answer = hyper::service::service_fn(move |request: Request<hyper::body::Incoming>| {
            let api = request.uri().path().starts_with("/api/");
            let response = if api {
                busy("application/problem+json", problem.clone())
            } else {
                busy("text/html; charset=utf-8", page.clone())
            };
            async move { Ok::<_, Infallible>(response) }
        });
        tokio::spawn(async move {
            let mut http = http1::Builder::new();
            http.timer(TokioTimer::new())
                .header_read_timeout(GRACE)
                .keep_alive(false);
            let connection = http.serve_connection(TokioIo::new(stream), answer);
            let _ = tokio::time::timeout(GRACE, connection).await;
            drop(turn);
        });
    }
}

fn busy(content_type: &'static str, body: Bytes) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
    headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(crate::web::CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}
