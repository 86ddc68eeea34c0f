//! The real `peermap serve` binary as a child process on a free loopback port, killed
//! when dropped, for tests of what only the whole program does: its background tasks, its
//! start-up, several processes on one database. What it writes to stderr is kept in a
//! file, shown when a test fails.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long [`ServeProcess::until`] waits for a page to show something before the test
/// fails. Targets are benchmarks (BENCHMARKS.md); this only catches what never arrives.
pub const BUDGET: Duration = Duration::from_secs(5);

/// A `peermap serve` process.
pub struct ServeProcess {
    child: Child,
    pub base: String,
    database: String,
    env: Vec<(String, String)>,
    log: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl ServeProcess {
    /// Starts `peermap serve` over `database` on a free port, with `env` added to (and
    /// `PEERMAP_SMTP_URL` removed from, unless given) the test's environment. It may not
    /// answer yet: see [`ServeProcess::ready`].
    pub fn start(database: &str, env: &[(&str, &str)]) -> ServeProcess {
        let env = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ServeProcess::spawn(database.to_string(), env)
    }

    /// [`ServeProcess::start`], once it answers `/healthz`.
    pub async fn ready(database: &str, env: &[(&str, &str)]) -> ServeProcess {
        let process = ServeProcess::start(database, env);
        process.wait_ready().await;
        process
    }

    fn spawn(database: String, env: Vec<(String, String)>) -> ServeProcess {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free loopback port")
            .port();
        let dir = tempfile::tempdir().expect("a temporary directory");
        let log = dir.path().join("serve.log");
        let child = Command::new(env!("CARGO_BIN_EXE_peermap"))
            .args([
                "--database",
                &database,
                "--listen",
                &format!("127.0.0.1:{port}"),
            ])
            .arg("serve")
            .env("RUST_LOG", "warn")
            .env_remove("PEERMAP_SMTP_URL")
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("a log file"))
            .spawn()
            .expect("peermap starts");
        ServeProcess {
            child,
            base: format!("http://127.0.0.1:{port}"),
            database,
            env,
            log,
            _dir: dir,
        }
    }

    async fn wait_ready(&self) {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if let Ok(r) = reqwest::get(self.url("/healthz")).await
                && r.status().is_success()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("peermap serve did not start: {}", self.log_text());
    }

    /// The address of `path` on this process.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// What the process wrote to stderr so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Stops the process at once, as `kill -9` would, and waits for it to go.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Starts it again on the same database and settings (on another free port), once it
    /// answers.
    pub async fn restart(&mut self) {
        let fresh = ServeProcess::spawn(self.database.clone(), self.env.clone());
        fresh.wait_ready().await;
        drop(std::mem::replace(self, fresh));
    }

    /// The body of `path`, which must answer 200.
    pub async fn get(&self, path: &str) -> String {
        let r = reqwest::get(self.url(path))
            .await
            .expect("the process answers");
        assert_eq!(r.status(), 200, "{path} on {}", self.base);
        r.text().await.expect("a body")
    }

    /// Polls `path` until `seen` holds of its body; returns how long that took, or fails
    /// the test after [`BUDGET`].
    pub async fn until(&self, path: &str, what: &str, seen: impl Fn(&str) -> bool) -> Duration {
        let started = Instant::now();
        loop {
            let body = self.get(path).await;
            if seen(&body) {
                return started.elapsed();
            }
            assert!(
                started.elapsed() < BUDGET,
                "{} never showed {what} at {path} within {BUDGET:?}: {}\nlog: {}",
                self.base,
                &body[..body.len().min(2000)],
                self.log_text()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
