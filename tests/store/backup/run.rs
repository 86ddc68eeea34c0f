//! Running the built binary on real files, and a writer that keeps the database busy.

use crate::support::{TestDb, records};
use peermap::domain::community::Role;
use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Runs the built `peermap` on the database at `url`.
pub fn peermap(url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peermap"))
        .args(args)
        .args(["--database", url])
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

pub fn succeeded(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// The refusal a failed run printed.
pub fn refused(out: &Output) -> String {
    assert!(
        !out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr.clone()).unwrap()
}

pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

pub fn path_of(db: &TestDb) -> &str {
    db.url.strip_prefix("sqlite://").unwrap()
}

/// What `PRAGMA integrity_check` says of the file at `path`.
pub async fn integrity(path: &Path) -> Vec<String> {
    use sqlx::Connection;
    let mut conn = sqlx::SqliteConnection::connect(&sqlite_url(path))
        .await
        .unwrap();
    sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await
        .unwrap()
}

/// Accounts made one after another through the store until told to stop; the e-mail
/// address of each, in order, once its write is acknowledged.
pub struct Writer {
    acked: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<()>,
}

impl Writer {
    pub fn start(db: &TestDb) -> Writer {
        let acked: Arc<Mutex<Vec<String>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (store, list, halt) = (db.store.clone(), Arc::clone(&acked), Arc::clone(&stop));
        let task = tokio::spawn(async move {
            for n in 0.. {
                if halt.load(Ordering::SeqCst) {
                    break;
                }
                let email = format!("writer-{n:06}@peermap.test");
                records::create_account(store.as_ref(), &email, "hash", Role::Maintainer).await;
                list.lock().unwrap().push(email);
            }
        });
        Writer { acked, stop, task }
    }

    pub fn acked(&self) -> Vec<String> {
        self.acked.lock().unwrap().clone()
    }

    /// Every write acknowledged, once the last is.
    pub async fn stop(self) -> Vec<String> {
        self.stop.store(true, Ordering::SeqCst);
        let acked = self.acked;
        self.task.await.unwrap();
        acked.lock().unwrap().clone()
    }
}

/// Starts `peermap serve` on `url` on a free port, fetches `path` (which must answer
/// 200) and stops the server.
pub async fn serve_and_get(url: &str, path: &str) -> String {
    let mut server = Command::new(env!("CARGO_BIN_EXE_peermap"))
        .args(["serve", "--listen", "127.0.0.1:0", "--database", url])
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = server.stdout.take().unwrap();
    let base = tokio::task::spawn_blocking(move || {
        std::io::BufReader::new(stdout).lines().find_map(|line| {
            let line = line.ok()?;
            let at = line.find("serving http://")? + "serving ".len();
            Some(line[at..].split_whitespace().next()?.to_string())
        })
    });
    let base = tokio::time::timeout(Duration::from_secs(60), base).await;
    let page = match base {
        Ok(Ok(Some(base))) => Some(reqwest::get(format!("{base}{path}")).await),
        _ => None,
    };
    server.kill().unwrap();
    server.wait().unwrap();
    let page = page.expect("the server said where it serves").unwrap();
    assert_eq!(page.status(), 200, "{path}");
    page.text().await.unwrap()
}
