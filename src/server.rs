//! Serving the application on a TCP listener: HTTP/1.1 through hyper, with the limits of
//! [`Limits`](crate::config::Limits) on what one connection may hold.
//!
//! - A client has [`header_timeout`](crate::config::Limits::header_timeout) to send a
//!   whole request head. hyper counts it from the moment it waits for a request, on a new
//!   connection or after the previous response, so it is also the idle keep-alive timeout.
//! - At most `max_connections` connections are served at once (fewer if the open-file
//!   limit leaves less room). Beyond that the server keeps accepting: each new connection
//!   gets a short 503 page, that keeps the crisis routes, and is closed.
//! - Body size, body time and request time are limited per request (`web::hygiene`).

mod refusal;

use crate::web::state::AppState;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Serves `state` on `listener` until the process is asked to stop (Ctrl-C or SIGTERM).
pub async fn serve(listener: TcpListener, state: AppState) -> io::Result<()> {
    serve_until(listener, state, shutdown_signal()).await
}

/// Serves `state` on `listener` until `stop` completes; then accepts no more, closes idle
/// connections and lets requests in flight finish (for up to the request timeout).
pub async fn serve_until(
    listener: TcpListener,
    state: AppState,
    stop: impl Future<Output = ()>,
) -> io::Result<()> {
    let limits = state.config.limits.clone();
    let refusal = refusal::Refusal::new(&state);
    let app = crate::app(state);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout());
    let open = Arc::new(Semaphore::new(connection_cap(limits.max_connections)));
    let graceful = GracefulShutdown::new();
    tokio::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let Ok(permit) = open.clone().try_acquire_owned() else {
            refusal.send(stream);
            continue;
        };
        let service = TowerToHyperService::new(with_peer(app.clone(), peer));
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.request_timeout(), graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("stopped with requests still in flight after the request timeout");
    }
    Ok(())
}

/// `app`, with each request of the connection carrying the peer's address (as axum's
/// `ConnectInfo`), for the limits kept per client.
fn with_peer(
    app: axum::Router,
    peer: std::net::SocketAddr,
) -> impl tower::Service<
    hyper::Request<hyper::body::Incoming>,
    Response = axum::response::Response,
    Error = std::convert::Infallible,
    Future = impl Send,
> + Clone {
    tower::ServiceExt::map_request(app, move |mut r: hyper::Request<hyper::body::Incoming>| {
        r.extensions_mut().insert(axum::extract::ConnectInfo(peer));
        r
    })
}

/// Descriptors kept back from connections: the database's files or sockets, the
/// listener, the log, and the connections being refused.
const RESERVED_FILES: u64 = 128;

/// `wanted`, or less when the process's open-file limit would run out first: a server
/// out of descriptors cannot even accept a connection to refuse it.
fn connection_cap(wanted: u32) -> usize {
    let wanted = wanted as usize;
    #[cfg(unix)]
    {
        let limit = rustix::process::getrlimit(rustix::process::Resource::Nofile).current;
        if let Some(room) = limit.map(|l| l.saturating_sub(RESERVED_FILES).max(1) as usize)
            && room < wanted
        {
            tracing::warn!(
                wanted,
                serving = room,
                "the open-file limit (ulimit -n) leaves room for fewer connections"
            );
            return room;
        }
    }
    wanted
}

/// After a failed accept: a connection that went away is nothing; anything else (out
/// of descriptors, say) is logged, and accepting resumes after a pause.
async fn accept_failed(e: io::Error) {
    use io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        e.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %e, "could not accept a connection");
    tokio::time::sleep(Duration::from_millis(200)).await;
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
