//! schemathesis (from PyPI, installed by `.ci/run`) against both OpenAPI documents, on
//! the real server over a real SQLite file with the bundled directory (and the listings
//! that use every part of the feed's mapping): it generates requests from each document,
//! valid and not, and checks every answer is no server error and has a status, a content
//! type and a body the document allows.

use crate::oruk::fixtures;
use crate::support::skip::{Tool, require};

/// The checks asked for, and only those.
const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance";

/// Runs schemathesis on the document at `url`: its exit status and its report.
async fn run(program: &str, url: String) -> (bool, String) {
    let program = program.to_string();
    tokio::task::spawn_blocking(move || {
        let out = std::process::Command::new(program)
            .args(["--no-color", "run", &url, "--checks", CHECKS])
            // Bounded, to a minute or so on 2 cores: a few cases of each kind per
            // operation, one request at a time, the same cases on every run.
            .args([
                "--max-examples",
                "25",
                "--workers",
                "1",
                "--seed",
                "20261202",
            ])
            .args(["--generation-database", "none", "--request-timeout", "10"])
            .env("NO_COLOR", "1")
            .output()
            .expect("schemathesis runs");
        let report = format!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), report)
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_nothing_in_either_document() {
    let Some(found) = require(&[Tool::Schemathesis]) else {
        return;
    };
    let app = fixtures::sqlite_app().await;
    let server = app.serve().await;
    for doc in ["/api/v1/openapi.json", "/api/oruk/v3/openapi.json"] {
        let (ok, report) = run(&found[0], server.url(doc)).await;
        assert!(ok, "schemathesis found problems in {doc}:\n{report}");
        // It did test the document's operations (a document it could not read, or one
        // with no operation, would test nothing).
        assert!(
            report.contains("passed") && !report.contains("No operations"),
            "{doc}:\n{report}"
        );
    }
}
