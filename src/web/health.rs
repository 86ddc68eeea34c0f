//! `GET /healthz`: is the service up and its database answering? `GET /readyz`: can it
//! do its work: is the database writable and sound?

use crate::store::Store;
use crate::web::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};
use std::time::{Duration, Instant};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/api/v1/version", get(version))
}

async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    match state.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(json!({"status": "ok", "database": state.store.backend()})),
        ),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"status": "unavailable"})),
            )
        }
    }
}

/// 200 when the database takes a write and (on SQLite) passes its quick integrity
/// check; else 503, with the reason in the log.
async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    if state.readiness.ready(state.store.as_ref()).await {
        (
            StatusCode::OK,
            Json(json!({"status": "ready", "database": state.store.backend()})),
        )
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({"status": "unavailable"})),
        )
    }
}

/// How long a readiness answer is reused: checks come from load balancers every few
/// seconds, and anyone may ask, so a flood of them costs one check every two seconds.
const FRESH: Duration = Duration::from_secs(2);
/// How long the database has to answer a readiness check.
const PATIENCE: Duration = Duration::from_secs(5);

/// The last readiness check and when it was made; one check runs at a time.
#[derive(Default)]
pub struct Readiness(tokio::sync::Mutex<Option<(Instant, bool)>>);

impl Readiness {
    /// Whether `store` passed its check (one made now, or in the last [`FRESH`]); logs
    /// why not.
    pub async fn ready(&self, store: &dyn Store) -> bool {
        let mut last = self.0.lock().await;
        if let Some((at, ready)) = *last
            && at.elapsed() < FRESH
        {
            return ready;
        }
        let ready = match tokio::time::timeout(PATIENCE, store.ready()).await {
            Ok(Ok(())) => true,
            Ok(Err(e)) => {
                tracing::error!(error = %e, "not ready: the database failed its check");
                false
            }
            Err(_) => {
                tracing::error!("not ready: the database did not answer within {PATIENCE:?}");
                false
            }
        };
        *last = Some((Instant::now(), ready));
        ready
    }
}

/// The name and version of this server: the cheapest handler there is (the baseline of
/// the HTTP benchmark).
async fn version() -> Json<Version> {
    Json(Version {
        name: "peermap",
        version: env!("CARGO_PKG_VERSION"),
    })
}

/// What `/api/v1/version` answers.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub(super) struct Version {
    /// Always `peermap`.
    name: &'static str,
    /// This build's version (semantic versioning).
    version: &'static str,
}
