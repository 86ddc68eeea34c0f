//! Tests whose external tool (PostgreSQL, Chromium, chromedriver, pdftotext) is missing:
//! under `CI=true` they fail; elsewhere they are skipped, counted per tool, and the binary
//! prints one summary line of what it skipped as it exits.

use std::path::Path;
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A program or server some tests need that `cargo` does not provide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Postgres,
    Chromium,
    Chromedriver,
    Pdftotext,
}

impl Tool {
    const ALL: [Tool; 4] = [
        Tool::Postgres,
        Tool::Chromium,
        Tool::Chromedriver,
        Tool::Pdftotext,
    ];

    fn name(self) -> &'static str {
        match self {
            Tool::Postgres => "PostgreSQL",
            Tool::Chromium => "Chromium",
            Tool::Chromedriver => "chromedriver",
            Tool::Pdftotext => "pdftotext",
        }
    }

    /// How to provide it.
    fn how(self) -> &'static str {
        match self {
            Tool::Postgres => "set PEERMAP_TEST_POSTGRES, see .ci/postgres.sh",
            Tool::Chromium => "apt-get install chromium",
            Tool::Chromedriver => "apt-get install chromium-driver",
            Tool::Pdftotext => "apt-get install poppler-utils",
        }
    }

    /// Where it is: PostgreSQL's admin URL, or the program's path.
    fn locate(self) -> Option<String> {
        let first = |candidates: &[&str]| {
            candidates
                .iter()
                .find(|p| Path::new(p).exists())
                .map(|p| p.to_string())
        };
        match self {
            Tool::Postgres => std::env::var("PEERMAP_TEST_POSTGRES").ok(),
            Tool::Chromium => first(&[
                "/usr/bin/chromium",
                "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome",
            ]),
            Tool::Chromedriver => first(&["/usr/bin/chromedriver", "/usr/local/bin/chromedriver"]),
            Tool::Pdftotext => first(&["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"]),
        }
    }

    fn index(self) -> usize {
        Tool::ALL.iter().position(|t| *t == self).unwrap()
    }
}

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

static SKIPPED: [AtomicUsize; 4] = [const { AtomicUsize::new(0) }; 4];
static SUMMARY: Once = Once::new();

/// Each tool's location (in the order asked), or `None` when one is missing: the calling
/// test is then counted as skipped under the first missing tool and should return. Under
/// `CI=true` (where `.ci/run` provides every tool) a missing tool fails the test instead.
pub fn require(tools: &[Tool]) -> Option<Vec<String>> {
    let mut found = Vec::new();
    for &tool in tools {
        match tool.locate() {
            Some(at) => found.push(at),
            None if ci() => panic!(
                "CI=true but {} is missing ({}): .ci/run must provide it",
                tool.name(),
                tool.how()
            ),
            None => {
                SKIPPED[tool.index()].fetch_add(1, Ordering::Relaxed);
                // SAFETY: registers a plain function with no captured state, once.
                SUMMARY.call_once(|| unsafe {
                    libc::atexit(print_summary);
                });
                return None;
            }
        }
    }
    Some(found)
}

/// Printed once, as the test binary exits (after every test has run).
extern "C" fn print_summary() {
    use std::io::Write;
    let parts: Vec<String> = Tool::ALL
        .iter()
        .filter_map(|&tool| {
            let n = SKIPPED[tool.index()].load(Ordering::Relaxed);
            let s = if n == 1 { "" } else { "s" };
            (n > 0).then(|| format!("{n} {} test{s} ({})", tool.name(), tool.how()))
        })
        .collect();
    if !parts.is_empty() {
        let _ = writeln!(std::io::stderr(), "skipped: {}", parts.join("; "));
    }
}
