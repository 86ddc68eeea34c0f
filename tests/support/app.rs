//! [`TestApp`]: one visitor's session with the whole application, driven in-process with
//! `oneshot` like a browser would: it keeps the session cookie, fills in forms found by a
//! real HTML parser, and posts them from our own origin.

use super::db::{self, TestDb};
use super::form::{Form, encode};
use super::html;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use chrono::{DateTime, Utc};
use http_body_util::BodyExt;
use peermap::AppState;
use peermap::config::Config;
use peermap::domain::Clock;
use peermap::store::Outbox;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

/// The password of every test account.
pub const PASSWORD: &str = "a long enough passphrase";
/// The host our posts are addressed to, and the origin they come from.
pub const HOST: &str = "peermap.test";
pub const ORIGIN: &str = "http://peermap.test";
/// The account [`TestApp::moderator`] makes.
pub const MODERATOR: &str = "mod@peermap.test";

/// A clock a test moves forward: it starts at the system time.
#[derive(Clone)]
pub struct TestClock(Arc<Mutex<DateTime<Utc>>>);

impl Default for TestClock {
    fn default() -> Self {
        TestClock(Arc::new(Mutex::new(Utc::now())))
    }
}

impl TestClock {
    /// The application's clock, reading this one.
    pub fn clock(&self) -> Clock {
        let now = self.0.clone();
        Clock::from_fn(move || *now.lock().unwrap())
    }

    /// Moves the time `months` calendar months on.
    pub fn advance_months(&self, months: u32) {
        let mut now = self.0.lock().unwrap();
        *now = now.checked_add_months(chrono::Months::new(months)).unwrap();
    }

    /// Moves the time `minutes` minutes on.
    pub fn advance_minutes(&self, minutes: i64) {
        *self.0.lock().unwrap() += chrono::TimeDelta::minutes(minutes);
    }

    /// Today in the UK, as the application sees it.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock().today()
    }
}

/// A visitor's session: the application's state, the database under it, the session
/// cookie and, once signed in, the account's e-mail address.
pub struct TestApp {
    pub state: AppState,
    db: Arc<TestDb>,
    cookie: Mutex<Option<String>>,
    email: Option<String>,
    /// The peer address the server would see, for the limits kept per client.
    client: Option<std::net::SocketAddr>,
}

/// A response, read whole.
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub content_type: String,
    pub location: Option<String>,
    /// Whether the response set (or cleared) a cookie.
    pub set_cookie: bool,
    /// The body as sent (compressed, if asked for).
    pub bytes: Bytes,
    /// The body as text (empty for a compressed body).
    pub body: String,
}

impl Page {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// The body's start, for failure messages.
    pub fn excerpt(&self) -> &str {
        let mut end = self.body.len().min(400);
        while !self.body.is_char_boundary(end) {
            end -= 1;
        }
        &self.body[..end]
    }

    /// The form whose `action` is `which` (when it starts with `/`) or that the CSS
    /// selector `which` picks, with the values a browser would send untouched.
    pub fn form(&self, which: &str) -> Form {
        Form::parse(&self.body, which)
    }

    /// The anti-forgery token the page's forms carry.
    pub fn csrf(&self) -> String {
        html::attrs(&self.body, "input[name=csrf]", "value")
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no form token in: {}", self.body))
    }

    /// `attr` of every element `css` selects.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        html::attrs(&self.body, css, attr)
    }

    /// The markup of every element `css` selects.
    pub fn outer(&self, css: &str) -> Vec<String> {
        html::outer(&self.body, css)
    }

    /// The text of every element `css` selects.
    pub fn texts(&self, css: &str) -> Vec<String> {
        html::texts(&self.body, css)
    }

    /// The problem shown with the control `field` in the GOV.UK manner, or the test
    /// fails: the error summary links to it (`href="#field"`), its message is by it
    /// (`#field-error`, which the control names in `aria-describedby`) and the control
    /// is marked `aria-invalid`.
    pub fn field_problem(&self, field: &str) -> String {
        let links = self.attrs("div.notice[role=alert] ul.error-summary a", "href");
        assert!(
            links.contains(&format!("#{field}")),
            "the summary does not link to #{field}: {links:?} in {}",
            self.body
        );
        let message = self.texts(&format!("#{field}-error"));
        assert_eq!(message.len(), 1, "no #{field}-error in {}", self.body);
        assert_eq!(
            self.attrs(&format!("#{field}"), "aria-invalid"),
            ["true"],
            "#{field} is not marked invalid in {}",
            self.body
        );
        let described = self
            .attrs(&format!("#{field}"), "aria-describedby")
            .concat();
        assert!(
            described
                .split(' ')
                .any(|id| id == format!("{field}-error")),
            "#{field} is described by {described:?}"
        );
        message[0].clone()
    }
}

impl TestApp {
    /// A fresh SQLite file with the starting directory, and an anonymous visitor.
    pub async fn seeded() -> TestApp {
        TestApp::over(db::seeded_sqlite().await).await
    }

    /// The application over `db`, and an anonymous visitor.
    pub async fn over(db: TestDb) -> TestApp {
        TestApp::over_shared(Arc::new(db)).await
    }

    /// [`TestApp::seeded`] with `configure`'s changes to the default configuration.
    pub async fn seeded_with(configure: impl FnOnce(&mut Config)) -> TestApp {
        TestApp::over_with(db::seeded_sqlite().await, configure).await
    }

    /// [`TestApp::over`] with `configure`'s changes to the default configuration.
    pub async fn over_with(db: TestDb, configure: impl FnOnce(&mut Config)) -> TestApp {
        TestApp::configured(Arc::new(db), configure).await
    }

    /// The application over `db` on a [`TestClock`] the test moves.
    pub async fn over_clock(db: TestDb) -> (TestApp, TestClock) {
        let clock = TestClock::default();
        let app = TestApp::over_with(db, |c| c.clock = clock.clock()).await;
        (app, clock)
    }

    /// A fresh application (a restart, or another process) over the same `db`.
    pub async fn restarted(&self) -> TestApp {
        TestApp::over_shared(self.db.clone()).await
    }

    /// [`TestApp::restarted`] with `configure`'s changes to the default configuration.
    pub async fn restarted_with(&self, configure: impl FnOnce(&mut Config)) -> TestApp {
        TestApp::configured(self.db.clone(), configure).await
    }

    async fn over_shared(db: Arc<TestDb>) -> TestApp {
        TestApp::configured(db, |_| {}).await
    }

    async fn configured(db: Arc<TestDb>, configure: impl FnOnce(&mut Config)) -> TestApp {
        let mut config = Config::for_database(&db.url);
        configure(&mut config);
        let state = AppState::load(db.store.clone(), config).await.unwrap();
        TestApp {
            state,
            db,
            cookie: Mutex::new(None),
            email: None,
            client: None,
        }
    }

    /// Another visitor of the same application, from the IP address `ip` (as the server
    /// would see it): no cookie, not signed in.
    pub fn visitor_from(&self, ip: &str) -> TestApp {
        TestApp {
            client: Some(std::net::SocketAddr::new(ip.parse().unwrap(), 40_000)),
            ..self.visitor()
        }
    }

    /// Another visitor of the same application: no cookie, not signed in.
    pub fn visitor(&self) -> TestApp {
        TestApp {
            state: self.state.clone(),
            db: self.db.clone(),
            cookie: Mutex::new(None),
            email: None,
            client: None,
        }
    }

    /// The application over `store` (another pool on this one's database, say), with an
    /// anonymous visitor; this one's database stays open as long as it does.
    pub async fn over_store(&self, store: Arc<dyn peermap::store::Store>) -> TestApp {
        let config = peermap::config::Config::for_database(&self.db.url);
        let state = AppState::load(store, config).await.unwrap();
        TestApp {
            state,
            db: self.db.clone(),
            cookie: Mutex::new(None),
            email: None,
            client: None,
        }
    }

    /// This visitor (her cookie, and so her session) in the application `other`.
    pub fn moved_to(&self, other: &TestApp) -> TestApp {
        TestApp {
            state: other.state.clone(),
            db: other.db.clone(),
            cookie: Mutex::new(self.cookie.lock().unwrap().clone()),
            email: self.email.clone(),
            client: self.client,
        }
    }

    pub fn db(&self) -> &TestDb {
        &self.db
    }

    /// This session, known to be signed in as `email` (by steps a test took itself).
    pub fn known_as(self, email: &str) -> TestApp {
        TestApp {
            email: Some(email.to_string()),
            ..self
        }
    }

    /// The signed-in account's e-mail address.
    pub fn email(&self) -> &str {
        self.email.as_deref().expect("a signed-in session")
    }

    /// Whether the visitor holds a session cookie.
    pub fn has_cookie(&self) -> bool {
        self.cookie.lock().unwrap().is_some()
    }

    async fn send(&self, mut request: Request<Body>) -> Page {
        if let Some(peer) = self.client {
            request
                .extensions_mut()
                .insert(axum::extract::ConnectInfo(peer));
        }
        if let Some(c) = self.cookie.lock().unwrap().clone() {
            request
                .headers_mut()
                .insert(header::COOKIE, c.parse().unwrap());
        }
        let response = peermap::app(self.state.clone())
            .oneshot(request)
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let header = |name| {
            headers
                .get(name)
                .map(|v: &axum::http::HeaderValue| v.to_str().unwrap().to_string())
        };
        let content_type = header(header::CONTENT_TYPE).unwrap_or_default();
        let location = header(header::LOCATION);
        let mut set_cookie = false;
        for v in headers.get_all(header::SET_COOKIE) {
            set_cookie = true;
            let v = v.to_str().unwrap();
            let pair = v.split(';').next().unwrap().to_string();
            // An expired cookie (sign-out) clears the jar.
            *self.cookie.lock().unwrap() = if v.contains("Max-Age=0") || pair.ends_with('=') {
                None
            } else {
                Some(pair)
            };
        }
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = if headers.contains_key(header::CONTENT_ENCODING) {
            String::new()
        } else {
            String::from_utf8(bytes.to_vec()).expect("a UTF-8 body")
        };
        Page {
            status,
            headers,
            content_type,
            location,
            set_cookie,
            bytes,
            body,
        }
    }

    /// GET `uri` (with no `Host` header, as the router sees a bare request).
    pub async fn get(&self, uri: &str) -> Page {
        self.get_with(uri, &[]).await
    }

    /// GET `uri` with these extra headers.
    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Page {
        let mut r = Request::get(uri);
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        self.send(r.body(Body::empty()).unwrap()).await
    }

    /// POSTs a url-encoded `body` as a page of our own origin would.
    pub async fn post(&self, uri: &str, body: &str) -> Page {
        self.post_with(uri, body, &[("origin", ORIGIN)]).await
    }

    /// POSTs a url-encoded `body` to `Host: peermap.test` with exactly these extra
    /// headers (no `Origin` unless given): for testing where posts may come from.
    pub async fn post_with(&self, uri: &str, body: &str, headers: &[(&str, &str)]) -> Page {
        let mut r = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::HOST, HOST);
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        self.send(r.body(Body::from(body.to_string())).unwrap())
            .await
    }

    /// GETs `page` and finds a form on it (see [`Page::form`]).
    pub async fn form(&self, page: &str, which: &str) -> Form {
        let got = self.get(page).await;
        assert_eq!(got.status, StatusCode::OK, "GET {page}: {}", got.excerpt());
        got.form(which)
    }

    /// Posts `form` to its action, from our own origin.
    pub async fn send_form(&self, form: &Form) -> Page {
        self.post(&form.action, &form.encode()).await
    }

    /// GETs `page`, finds the form `which` (see [`Page::form`]), keeps its hidden inputs
    /// (the `csrf` token among them), sets the named `fields` (each must be a control of
    /// the form) and posts it from our own origin.
    pub async fn submit(&self, page: &str, which: &str, fields: &[(&str, &str)]) -> Page {
        let mut form = self.form(page, which).await.only_hidden();
        for (name, value) in fields {
            form.set(name, value);
        }
        self.send_form(&form).await
    }

    /// Posts `fields` with the token of `page`'s forms: a form as a script would send it.
    pub async fn post_fields(&self, uri: &str, page: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.get(page).await.csrf();
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post(uri, &encode(&all)).await
    }

    async fn account_form(&self, path: &str, email: &str) -> TestApp {
        let session = TestApp {
            client: self.client,
            ..self.visitor()
        };
        let page = session
            .submit(path, path, &[("email", email), ("password", PASSWORD)])
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "{path} as {email}: {}",
            page.excerpt()
        );
        assert!(session.has_cookie(), "{email} is signed in");
        TestApp {
            email: Some(email.to_string()),
            ..session
        }
    }

    /// Signs up `email` (with [`PASSWORD`]) in a new session and confirms the address by
    /// the link e-mailed to it (read from the outbox), or fails the test.
    pub async fn sign_up(&self, email: &str) -> TestApp {
        let session = self.sign_up_unconfirmed(email).await;
        let link = self.confirmation_link(email).await;
        let confirmed = session.submit(&link, &link, &[]).await;
        assert_eq!(
            confirmed.status,
            StatusCode::SEE_OTHER,
            "{link}: {}",
            confirmed.excerpt()
        );
        session
    }

    /// Signs up `email` (with [`PASSWORD`]) in a new session, leaving the address
    /// unconfirmed, or fails the test.
    pub async fn sign_up_unconfirmed(&self, email: &str) -> TestApp {
        self.account_form("/account/signup", email).await
    }

    /// The path of the latest address-confirmation link e-mailed to `email`.
    pub async fn confirmation_link(&self, email: &str) -> String {
        self.mailed_link(email, "/account/verify/").await
    }

    /// The path starting `prefix` in the latest message to `email` in the outbox that
    /// holds one.
    pub async fn mailed_link(&self, email: &str, prefix: &str) -> String {
        let outbox = self.state.store.outbox().await.unwrap();
        let text = outbox
            .iter()
            .rev()
            .filter(|m| m.to == email)
            .find_map(|m| m.text.find(prefix).map(|i| m.text[i..].to_string()))
            .unwrap_or_else(|| panic!("no link {prefix} e-mailed to {email}: {outbox:?}"));
        text.split_whitespace().next().unwrap().to_string()
    }

    /// Signs in as `email` (with [`PASSWORD`]) in a new session, or fails the test.
    pub async fn sign_in(&self, email: &str) -> TestApp {
        self.account_form("/account/login", email).await
    }

    /// A session of [`MODERATOR`], made (as an operator does) the first time.
    pub async fn moderator(&self) -> TestApp {
        if self.account_id(MODERATOR).await.is_none() {
            self.create_account(MODERATOR, peermap::domain::community::Role::Moderator)
                .await;
        }
        self.make_moderator(MODERATOR).await;
        self.sign_in(MODERATOR).await
    }

    /// A session of `maintainer@{slug}.test`, who has an account, claimed the listing
    /// `slug` and had the claim approved by [`TestApp::moderator`].
    pub async fn maintainer_of(&self, slug: &str) -> TestApp {
        let email = format!("maintainer@{slug}.test");
        self.create_account(&email, peermap::domain::community::Role::Maintainer)
            .await;
        let keeper = self.sign_in(&email).await;
        let claim = format!("/projects/{slug}/claim");
        let sent = keeper
            .submit(&claim, &claim, &[("statement", "I coordinate the group.")])
            .await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
        assert!(
            sent.body.contains("We have your request"),
            "{}",
            sent.excerpt()
        );
        let id = self.pending_claim(keeper.email(), slug).await;
        self.approve_claim(id).await;
        keeper
    }

    /// [`TestApp::moderator`] approves the claim or proposal `id`, or the test fails.
    pub async fn approve_claim(&self, id: i64) {
        let approved = self
            .moderator()
            .await
            .submit(
                "/moderate",
                &format!("/moderate/claims/{id}"),
                &[("decision", "approve"), ("reason", "Checked by phone")],
            )
            .await;
        assert_eq!(
            approved.status,
            StatusCode::SEE_OTHER,
            "{}",
            approved.excerpt()
        );
    }

    /// The application served over real HTTP on 127.0.0.1, until the [`Server`] drops.
    pub async fn serve(&self) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(peermap::serve(listener, self.state.clone()));
        Server { base, task }
    }
}

/// The application on a real port.
pub struct Server {
    /// `http://127.0.0.1:port`
    pub base: String,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}
