//! A real SMTP server on 127.0.0.1 for the tests: aiosmtpd (from PyPI, installed by
//! `.ci/run`) running `smtp_sink.py`, which writes every message it accepts to a file
//! that [`SmtpSink::received`] reads back. It can be stopped and started again on the
//! same port, as a mail server that goes down and comes back.

use super::skip::{Tool, require};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One message as the SMTP server received it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
    pub message_id: String,
    pub text: Option<String>,
    pub html: Option<String>,
}

pub struct SmtpSink {
    python: String,
    port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
    /// While stopped: the port, bound but not listening, so connections to it are refused
    /// and no other test's server can take it meanwhile.
    held: Option<tokio::net::TcpSocket>,
    /// Recipients refused for good (550), as a server refuses an unknown mailbox.
    refuse: Vec<String>,
}

impl SmtpSink {
    /// The server, listening; `None` (the test is skipped, see [`require`]) without
    /// aiosmtpd.
    pub fn start() -> Option<SmtpSink> {
        SmtpSink::refusing(&[])
    }

    /// [`SmtpSink::start`], but answering 550 ("no such mailbox") to each of `refuse`.
    pub fn refusing(refuse: &[&str]) -> Option<SmtpSink> {
        let python = require(&[Tool::Aiosmtpd])?.remove(0);
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut sink = SmtpSink {
            python,
            port,
            dir: tempfile::tempdir().unwrap(),
            child: None,
            held: None,
            refuse: refuse.iter().map(|r| r.to_string()).collect(),
        };
        sink.resume();
        Some(sink)
    }

    /// `smtp://127.0.0.1:PORT`, for `PEERMAP_SMTP_URL`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Stops the server: connections to its port are refused until [`SmtpSink::resume`].
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_reuseaddr(true).unwrap();
        socket
            .bind(std::net::SocketAddr::from(([127, 0, 0, 1], self.port)))
            .unwrap();
        self.held = Some(socket);
    }

    /// Starts the server (again) on the same port, and waits until it listens.
    pub fn resume(&mut self) {
        self.held = None;
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/smtp_sink.py");
        let mut child = Command::new(&self.python)
            .args([script, "127.0.0.1", &self.port.to_string()])
            .arg(self.dir.path().join("received.jsonl"))
            .args((!self.refuse.is_empty()).then(|| self.refuse.join(",")))
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP sink started");
        self.child = Some(child);
    }

    /// Every message received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        let path = self.dir.path().join("received.jsonl");
        let text = std::fs::read_to_string(path).unwrap_or_default();
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// The messages received once there are at least `n` (or the test fails after 20 s).
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        let started = Instant::now();
        loop {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "only {} of {n} messages arrived: {got:?}",
                got.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}
