//! Slow, idle, oversized and too many clients, against the real server on 127.0.0.1
//! with short timeouts configured: each is cut off or answered, and the server goes on
//! serving. The bounds asserted are generous; nothing here measures speed.

use crate::support::TestApp;
use crate::support::app::Server;
use axum::http::StatusCode;
use peermap::config::Limits;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;

/// Far longer than any timeout configured here: a connection still open after this was
/// never going to be cut off.
const PATIENCE: Duration = Duration::from_secs(5);

async fn served(configure: impl FnOnce(&mut Limits)) -> (TestApp, Server) {
    let app = TestApp::seeded_with(|c| configure(&mut c.limits)).await;
    let server = app.serve().await;
    (app, server)
}

async fn connect(server: &Server) -> TcpStream {
    TcpStream::connect(server.base.trim_start_matches("http://"))
        .await
        .unwrap()
}

/// Everything the server sends until it closes the connection (a reset counts as
/// closing), or `None` if it is still open after [`PATIENCE`].
async fn until_closed(stream: &mut TcpStream) -> Option<String> {
    let mut got = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let read = async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    };
    timeout(PATIENCE, read).await.ok()?;
    Some(String::from_utf8_lossy(&got).into_owned())
}

/// The status line and headers of the server's answer, read within [`PATIENCE`].
async fn answer_head(stream: &mut TcpStream) -> String {
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    let read = async {
        while !got.windows(4).any(|w| w == b"\r\n\r\n") {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    };
    timeout(PATIENCE, read).await.expect("an answer in time");
    String::from_utf8_lossy(&got).into_owned()
}

#[tokio::test]
async fn a_client_sending_half_its_headers_is_cut_off() {
    let (_app, server) = served(|l| l.header_timeout_secs = 1).await;
    let mut slow = connect(&server).await;
    slow.write_all(b"GET / HTTP/1.1\r\nHost: peermap.test\r\nAccept: text/html\r\n")
        .await
        .unwrap();
    let sent = until_closed(&mut slow).await;
    let sent = sent.expect("the connection is closed within the header timeout");
    assert!(!sent.contains("200 OK"), "nothing was served: {sent}");
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed() {
    let (_app, server) = served(|l| l.header_timeout_secs = 1).await;
    let mut idle = connect(&server).await;
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: peermap.test\r\n\r\n")
        .await
        .unwrap();
    let sent = until_closed(&mut idle)
        .await
        .expect("the idle connection is closed after its answer");
    assert!(sent.starts_with("HTTP/1.1 200 OK"), "{sent}");
}

#[tokio::test]
async fn a_body_that_never_comes_is_answered_408() {
    let (_app, server) = served(|l| l.body_timeout_secs = 1).await;
    let mut slow = connect(&server).await;
    slow.write_all(
        b"POST /account/login HTTP/1.1\r\nHost: peermap.test\r\n\
          Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=",
    )
    .await
    .unwrap();
    let head = answer_head(&mut slow).await;
    assert!(head.starts_with("HTTP/1.1 408"), "{head}");
    assert!(
        until_closed(&mut slow).await.is_some(),
        "and the connection is closed"
    );
}

#[tokio::test]
async fn a_declared_10_mb_body_is_refused_413_at_once() {
    let (_app, server) = served(|_| {}).await;
    let mut big = connect(&server).await;
    big.write_all(
        b"POST /account/login HTTP/1.1\r\nHost: peermap.test\r\n\
          Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10485760\r\n\r\n",
    )
    .await
    .unwrap();
    // Some of it, as a client would, without waiting to be asked.
    big.write_all(&[b'a'; 64 * 1024]).await.unwrap();
    let started = std::time::Instant::now();
    let head = answer_head(&mut big).await;
    assert!(head.starts_with("HTTP/1.1 413"), "{head}");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "answered within a second, not after reading 10 MB: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn over_the_connection_cap_new_clients_get_503_and_serving_resumes() {
    let (_app, server) = served(|l| {
        l.max_connections = 2;
        l.header_timeout_secs = 30;
    })
    .await;
    // Two clients hold every place, each having been served once (so accepted).
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut c = connect(&server).await;
        c.write_all(b"GET /healthz HTTP/1.1\r\nHost: peermap.test\r\n\r\n")
            .await
            .unwrap();
        let head = answer_head(&mut c).await;
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        held.push(c);
    }
    let fresh = || {
        reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .build()
            .unwrap()
    };
    let refused = fresh().get(server.url("/")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    let page = refused.text().await.unwrap();
    assert!(page.contains("very busy"), "{page}");
    assert!(page.contains("116 123"), "the page keeps the crisis routes");
    let api = fresh()
        .get(server.url("/api/v1/taxonomy"))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(api.headers()["content-type"], "application/problem+json");

    drop(held);
    let served_again = async {
        loop {
            if let Ok(r) = fresh().get(server.url("/")).send().await
                && r.status() == StatusCode::OK
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    timeout(PATIENCE, served_again)
        .await
        .expect("served again once the two clients left");
}

#[tokio::test]
async fn writes_are_handled_while_every_read_place_is_taken() {
    let app = TestApp::seeded_with(|c| {
        c.limits.max_reads = 2;
        c.limits.request_timeout_secs = 1;
    })
    .await;
    let session = app.visitor();
    let mut form = session.form("/account/signup", "/account/signup").await;
    form.set("email", "writer@peermap.test");
    form.set("password", crate::support::app::PASSWORD);

    let reads = app.state.turns.reads().acquire_many(2).await.unwrap();
    let signed_up = timeout(PATIENCE, session.send_form(&form))
        .await
        .expect("a write does not wait for the reads");
    assert_eq!(
        signed_up.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_up.excerpt()
    );
    // A read waits for a place, and past the request timeout is told why.
    let waited = timeout(PATIENCE, app.get("/projects")).await.unwrap();
    assert_eq!(waited.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        waited.body.contains("This is taking too long"),
        "{}",
        waited.excerpt()
    );
    assert!(waited.body.contains("116 123"), "with the crisis routes");
    drop(reads);
    assert_eq!(app.get("/projects").await.status, StatusCode::OK);
}

#[tokio::test]
async fn stopping_lets_the_request_in_flight_finish_and_accepts_no_more() {
    let app = TestApp::seeded_with(|c| c.limits.max_reads = 1).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(peermap::serve_until(listener, app.state.clone(), async {
        let _ = stopped.await;
    }));
    // A request in flight: waiting for the one read place, which the test holds.
    let place = app.state.turns.reads().acquire().await.unwrap();
    let url = format!("http://{address}/projects");
    let in_flight = tokio::spawn(async move { reqwest::get(url).await.unwrap().status() });
    let arrived = async {
        while app.state.turns.waiting() == 0 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    timeout(PATIENCE, arrived)
        .await
        .expect("the request arrives");
    stop.send(()).unwrap();
    let closed = async {
        while TcpStream::connect(address).await.is_ok() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    timeout(PATIENCE, closed)
        .await
        .expect("no new connection once stopping");
    drop(place);
    let status = timeout(PATIENCE, in_flight).await.unwrap().unwrap();
    assert_eq!(status, StatusCode::OK, "the request in flight was answered");
    timeout(PATIENCE, server)
        .await
        .expect("the server stops once it has answered")
        .unwrap()
        .unwrap();
}
