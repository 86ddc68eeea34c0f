//! A browser-like client over the router: keeps the session cookie, reads each form's
//! hidden token, and posts forms as a browser from our own origin would.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use peermap::AppState;
use tower::ServiceExt;

pub struct Client {
    pub state: AppState,
    pub cookie: Option<String>,
}

pub struct Page {
    pub status: StatusCode,
    pub body: String,
    pub location: Option<String>,
    pub set_cookie: bool,
}

impl Page {
    /// The anti-forgery token of the first form on the page.
    pub fn csrf(&self) -> String {
        let i = self
            .body
            .find("name=\"csrf\" value=\"")
            .unwrap_or_else(|| panic!("no form token in: {}", self.body));
        let rest = &self.body[i + "name=\"csrf\" value=\"".len()..];
        rest[..rest.find('"').unwrap()].to_string()
    }
}

impl Client {
    pub fn new(state: &AppState) -> Self {
        Client {
            state: state.clone(),
            cookie: None,
        }
    }

    async fn send(&mut self, request: Request<Body>) -> Page {
        let response = peermap::app(self.state.clone())
            .oneshot(request)
            .await
            .unwrap();
        let status = response.status();
        let location = response
            .headers()
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap().to_string());
        let mut set_cookie = false;
        for v in response.headers().get_all(header::SET_COOKIE) {
            set_cookie = true;
            let v = v.to_str().unwrap();
            let pair = v.split(';').next().unwrap().to_string();
            // An expired cookie (sign-out) clears the jar.
            if v.contains("Max-Age=0") || pair.ends_with('=') {
                self.cookie = None
            } else {
                self.cookie = Some(pair)
            }
        }
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            body: String::from_utf8_lossy(&bytes).to_string(),
            location,
            set_cookie,
        }
    }

    pub async fn get(&mut self, uri: &str) -> Page {
        let mut r = Request::get(uri);
        if let Some(c) = &self.cookie {
            r = r.header(header::COOKIE, c);
        }
        self.send(r.body(Body::empty()).unwrap()).await
    }

    /// Posts `fields` (url-encoded) as a same-origin form.
    pub async fn post(&mut self, uri: &str, fields: &[(&str, &str)]) -> Page {
        self.post_from(uri, fields, "http://peermap.test").await
    }

    /// Posts `fields` as a form from a page at `origin`.
    pub async fn post_from(&mut self, uri: &str, fields: &[(&str, &str)], origin: &str) -> Page {
        let body = serde_html_form::to_string(fields).unwrap();
        let mut r = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("origin", origin)
            .header(header::HOST, "peermap.test");
        if let Some(c) = &self.cookie {
            r = r.header(header::COOKIE, c);
        }
        self.send(r.body(Body::from(body)).unwrap()).await
    }

    /// Gets `form_page`, then posts `fields` plus its token to `action`.
    pub async fn submit(&mut self, form_page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.get(form_page).await.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf", &token)];
        all.extend_from_slice(fields);
        self.post(action, &all).await
    }

    /// Signs in with the password every test account uses.
    pub async fn sign_in(state: &AppState, email: &str) -> Client {
        let mut c = Client::new(state);
        let page = c
            .submit(
                "/account/login",
                "/account/login",
                &[("email", email), ("password", "a long enough passphrase")],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "sign-in of {email}");
        c
    }

    /// Signs up (or fails the test).
    pub async fn sign_up(state: &AppState, email: &str) -> Client {
        let mut c = Client::new(state);
        let page = c
            .submit(
                "/account/signup",
                "/account/signup",
                &[("email", email), ("password", "a long enough passphrase")],
            )
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "sign-up of {email}: {}",
            page.body
        );
        assert!(c.cookie.is_some(), "signed in after sign-up");
        c
    }
}
