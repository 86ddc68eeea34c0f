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
pub mod index;
pub mod map;
pub mod registry;
pub mod search;
pub mod seed;
pub mod signpost;
pub mod store;
pub mod synth;
pub mod views;
pub mod web;

pub use web::app;
pub use web::state::AppState;

/// Serves `state` on `listener` until the process is asked to stop.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
