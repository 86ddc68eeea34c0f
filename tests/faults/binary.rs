//! The real binary, `peermap serve`, as a child process on a port of its choosing, and a
//! client for it over real HTTP.

use crate::support::app::PASSWORD;
use crate::support::form::Form;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

/// A running `peermap serve`; killed (SIGKILL) when dropped.
pub struct Served {
    child: Child,
    /// `http://127.0.0.1:port`
    pub base: String,
}

/// How long a start may take before the test gives up on it.
const START_TIMEOUT: Duration = Duration::from_secs(60);

impl Served {
    /// Starts `peermap serve` on `database_url`, with its standard error in a file under
    /// `dir`, and waits until it says where it serves: `Err` with what it said if it exits
    /// first.
    pub async fn start(database_url: &str, dir: &Path) -> Result<Served, String> {
        static N: AtomicUsize = AtomicUsize::new(0);
        let err_path = dir.join(format!("stderr-{}.log", N.fetch_add(1, Ordering::Relaxed)));
        let err_file = std::fs::File::create(&err_path).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_peermap"))
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("PEERMAP_LISTEN", "127.0.0.1:0")
            .env("NO_COLOR", "1")
            .env("RUST_LOG", "info")
            .env_remove("PEERMAP_SECRET")
            .env_remove("PEERMAP_ORIGIN")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(err_file))
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let output = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = mpsc::channel();
        {
            let output = output.clone();
            // Reads every line to the end, so the server never blocks on a full pipe.
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    if let Some(at) = line.find("is serving http://") {
                        let _ = tx.send(line[at + "is serving ".len()..].trim().to_string());
                    }
                    output.lock().unwrap().push(line);
                }
            });
        }
        let base = tokio::task::spawn_blocking(move || rx.recv_timeout(START_TIMEOUT))
            .await
            .unwrap();
        match base {
            Ok(base) => Ok(Served { child, base }),
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                Err(format!(
                    "it did not start: {}{}",
                    std::fs::read_to_string(&err_path).unwrap_or_default(),
                    output.lock().unwrap().join("\n")
                ))
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// SIGKILL: no shutdown, no flushing, nothing of its own runs.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser of sorts over real HTTP: no redirects followed, one session cookie.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    cookie: Option<String>,
}

pub struct Answer {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

impl Client {
    pub fn new(base: &str) -> Client {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        Client {
            http,
            base: base.to_string(),
            cookie: None,
        }
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<Answer, reqwest::Error> {
        let request = match &self.cookie {
            Some(c) => request.header("cookie", c),
            None => request,
        };
        let response = request.send().await?;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let location = header("location");
        // Acknowledged means the whole answer arrived.
        let body = response.text().await?;
        Ok(Answer {
            status,
            location,
            body,
        })
    }

    pub async fn get(&self, path: &str) -> Result<Answer, reqwest::Error> {
        self.send(self.http.get(format!("{}{path}", self.base)))
            .await
    }

    pub async fn post(&self, path: &str, body: String) -> Result<Answer, reqwest::Error> {
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(body);
        self.send(request).await
    }

    /// The form `action` on `page`, as a browser would send it.
    pub async fn form(&self, page: &str, action: &str) -> Result<Form, reqwest::Error> {
        let got = self.get(page).await?;
        assert_eq!(got.status, 200, "GET {page}: {}", got.body);
        Ok(Form::parse(&got.body, action))
    }

    /// Signs in as `email`, keeping the session cookie.
    pub async fn sign_in(&mut self, email: &str) {
        let mut form = self
            .form("/account/login", "/account/login")
            .await
            .unwrap()
            .only_hidden();
        form.set("email", email).set("password", PASSWORD);
        let request = self
            .http
            .post(format!("{}/account/login", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form.encode());
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 303, "signed in as {email}");
        let cookie = response
            .headers()
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap();
        self.cookie = Some(cookie.split(';').next().unwrap().to_string());
    }
}
