//! Tests whose external tool (PostgreSQL, Chromium, chromedriver, pdftotext, aiosmtpd,
//! schemathesis) is missing:
//! under `CI=true` they fail; elsewhere they are skipped, and the binary prints one line
//! per missing tool (the first time a test needs it) naming what it skips and why.

use std::path::Path;
use std::sync::Once;

/// A program or server some tests need that `cargo` does not provide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Postgres,
    Chromium,
    Chromedriver,
    Pdftotext,
    /// axe-core's script, from npm (`npm ci --prefix tests/browser/axe`).
    Axe,
    /// Python's aiosmtpd, the SMTP server the mail tests send to.
    Aiosmtpd,
    /// schemathesis, the OpenAPI testing tool (from PyPI).
    Schemathesis,
}

impl Tool {
    const ALL: [Tool; 7] = [
        Tool::Postgres,
        Tool::Chromium,
        Tool::Chromedriver,
        Tool::Pdftotext,
        Tool::Axe,
        Tool::Aiosmtpd,
        Tool::Schemathesis,
    ];

    fn name(self) -> &'static str {
        match self {
            Tool::Postgres => "PostgreSQL",
            Tool::Chromium => "Chromium",
            Tool::Chromedriver => "chromedriver",
            Tool::Pdftotext => "pdftotext",
            Tool::Axe => "axe-core",
            Tool::Aiosmtpd => "aiosmtpd",
            Tool::Schemathesis => "schemathesis",
        }
    }

    /// How to provide it.
    fn how(self) -> &'static str {
        match self {
            Tool::Postgres => "set PEERMAP_TEST_POSTGRES, see .ci/postgres.sh",
            Tool::Chromium => "apt-get install chromium",
            Tool::Chromedriver => "apt-get install chromium-driver",
            Tool::Pdftotext => "apt-get install poppler-utils",
            Tool::Axe => "npm ci --prefix tests/browser/axe",
            Tool::Aiosmtpd => "python3 -m pip install aiosmtpd",
            Tool::Schemathesis => "python3 -m pip install schemathesis==4.32.5",
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
            Tool::Axe => first(&[concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/browser/axe/node_modules/axe-core/axe.min.js"
            )]),
            Tool::Aiosmtpd => std::process::Command::new("python3")
                .args(["-c", "import aiosmtpd"])
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
                .then(|| "python3".to_string()),
            Tool::Schemathesis => std::process::Command::new("schemathesis")
                .arg("--version")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
                .then(|| "schemathesis".to_string()),
        }
    }

    fn index(self) -> usize {
        Tool::ALL.iter().position(|t| *t == self).unwrap()
    }
}

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

static SAID: [Once; 7] = [const { Once::new() }; 7];

/// Each tool's location (in the order asked), or `None` when one is missing: the calling
/// test is then skipped (and should return), said once per tool. Under
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
                // Straight to stderr: the test harness would capture eprintln!.
                SAID[tool.index()].call_once(|| {
                    use std::io::Write;
                    let _ = writeln!(
                        std::io::stderr(),
                        "skipped: every test here that needs {} ({})",
                        tool.name(),
                        tool.how()
                    );
                });
                return None;
            }
        }
    }
    Some(found)
}
