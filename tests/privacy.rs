//! Privacy: a search's place never reaches the logs. In its own test binary so that the
//! log capture is the process's only subscriber.

// Tests and benchmarks stop at the first surprise: unwrap() is how they say so.
#![allow(clippy::unwrap_used)]

mod support;

use support::TestApp;

#[tokio::test]
async fn a_search_location_never_reaches_the_logs() {
    use std::io::Write;
    use std::sync::{Arc, Mutex};
    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);
    impl Write for Buffer {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buffer = Buffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let app = TestApp::seeded().await;
    for uri in [
        "/search?where=PR1%208XB&need=postpartum-psychosis",
        "/api/v1/search?where=53.7632,-2.7031",
        "/api/v1/geocode?q=PR1",
        "/search?where=ZZ99%209ZZ",
    ] {
        assert!(app.get(uri).await.status.as_u16() < 500);
    }
    let logs = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("/search"),
        "the request log should still show the path: {logs}"
    );
    for secret in ["PR1", "8XB", "53.76", "-2.70", "ZZ99", "where="] {
        assert!(!logs.contains(secret), "the logs contain {secret}: {logs}");
    }
}
