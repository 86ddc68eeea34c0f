//! The HTTP edge's extractors: who is asking, a checked form, a parsed query, and the
//! listing a path names. Each refusal is an [`AppError`], so a handler's signature says
//! what it needs and its body only calls a use case and renders.

use super::error::AppError;
use super::query::Params;
use super::state::AppState;
use crate::domain::Slug;
use crate::domain::Status;
use crate::domain::community::{Account, Role};
use crate::i18n::{Arg, here};
use crate::store::Stored;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use tower_sessions::Session;

/// The session key holding the signed-in account's id.
pub(crate) const ACCOUNT_KEY: &str = "account";

/// The person making a request: signed in or not. Looked up once per request.
#[derive(Clone)]
pub struct Viewer {
    pub account: Option<Account>,
    pub session: Session,
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if let Some(viewer) = parts.extensions.get::<Viewer>() {
            return Ok(viewer.clone());
        }
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|(_, msg)| {
                AppError::Internal(anyhow::anyhow!("session layer missing: {msg}"))
            })?;
        let id: Option<i64> = session
            .get(ACCOUNT_KEY)
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
        let account = match id {
            Some(id) => state.store.account(id).await?,
            None => None,
        };
        let viewer = Viewer { account, session };
        parts.extensions.insert(viewer.clone());
        Ok(viewer)
    }
}

/// The session key holding when she last proved who she is by a one-time link or a reset
/// (seconds since 1970), so that choosing a password just after needs no current one.
const PROVED_KEY: &str = "proved_at";
/// How long such a proof lets her choose a password without the current one.
const PROVED_SECS: i64 = 15 * 60;

/// Whether `session` is of someone signed in; when its record cannot be read, taken as
/// yes (the safe answer for what may be cached).
pub async fn signed_in(session: &Session) -> bool {
    session.id().is_some() && !matches!(session.get::<i64>(ACCOUNT_KEY).await, Ok(None))
}

impl Viewer {
    pub fn id(&self) -> Option<i64> {
        self.account.as_ref().map(|a| a.id)
    }

    /// Signs `account` in: a fresh session id (so an old one cannot be reused), stored
    /// before the handler answers, so that a session that cannot be stored (a full disk)
    /// is an error page, not a sign-in that did not happen.
    pub async fn sign_in(&self, account: &Account) -> Result<(), AppError> {
        let internal = |e: tower_sessions::session::Error| AppError::Internal(e.into());
        self.session.cycle_id().await.map_err(internal)?;
        self.session
            .insert(ACCOUNT_KEY, account.id)
            .await
            .map_err(internal)?;
        self.session.save().await.map_err(internal)
    }

    /// Notes that she has just proved who she is (a one-time link, a reset).
    pub async fn mark_proved(&self, proved: bool) -> Result<(), AppError> {
        let internal = |e: tower_sessions::session::Error| AppError::Internal(e.into());
        if proved {
            let now = chrono::Utc::now().timestamp();
            self.session
                .insert(PROVED_KEY, now)
                .await
                .map_err(internal)?;
        } else {
            self.session
                .remove::<i64>(PROVED_KEY)
                .await
                .map_err(internal)?;
        }
        self.session.save().await.map_err(internal)
    }

    /// Whether she proved who she is by a one-time link or a reset in the last minutes.
    pub async fn recently_proved(&self) -> bool {
        let now = chrono::Utc::now().timestamp();
        matches!(self.session.get::<i64>(PROVED_KEY).await, Ok(Some(t)) if now - t < PROVED_SECS)
    }

    /// The session's id, or `""` when it has none yet.
    pub fn session_id(&self) -> String {
        self.session
            .id()
            .map(|id| id.to_string())
            .unwrap_or_default()
    }

    pub async fn sign_out(&self) -> Result<(), AppError> {
        self.session
            .flush()
            .await
            .map_err(|e| AppError::Internal(e.into()))
    }

    /// A token for a form shown to this viewer.
    pub fn csrf(&self, state: &AppState) -> String {
        state.csrf.issue(self.id())
    }
}

/// Not signed in: a page (GET) sends her to sign in; anything else is a 401.
pub enum SignInFirst {
    Redirect,
    Refuse(AppError),
}

impl IntoResponse for SignInFirst {
    fn into_response(self) -> Response {
        match self {
            SignInFirst::Redirect => Redirect::to("/account/login").into_response(),
            SignInFirst::Refuse(e) => e.into_response(),
        }
    }
}

impl From<AppError> for SignInFirst {
    fn from(e: AppError) -> Self {
        SignInFirst::Refuse(e)
    }
}

fn sign_in_first(parts: &Parts) -> SignInFirst {
    if parts.method == Method::GET {
        SignInFirst::Redirect
    } else {
        SignInFirst::Refuse(AppError::Unauthorized(here().lang.t("error-sign-in-first")))
    }
}

/// A signed-in person.
pub struct SignedIn {
    pub viewer: Viewer,
    pub account: Account,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = SignInFirst;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, SignInFirst> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        match viewer.account.clone() {
            Some(account) => Ok(SignedIn { viewer, account }),
            None => Err(sign_in_first(parts)),
        }
    }
}

/// A signed-in person whose e-mail address is verified. Anyone else signed in gets a page
/// asking her to confirm her address first, with a button that sends the link again.
pub struct Verified {
    pub viewer: Viewer,
    pub account: Account,
}

impl FromRequestParts<AppState> for Verified {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let SignedIn { viewer, account } = SignedIn::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let verified = state
            .store
            .is_verified(account.id)
            .await
            .map_err(|e| AppError::from(e).into_response())?;
        if verified {
            return Ok(Verified { viewer, account });
        }
        let page = crate::views::account::unverified(
            state.chrome(None),
            &viewer.csrf(state),
            super::account::local_path(parts.uri.path()),
        );
        Err((axum::http::StatusCode::FORBIDDEN, page).into_response())
    }
}

/// Who is asking, for limits: the peer address the server put in the request (none for
/// a request that did not come over a socket), or, when that peer is one of
/// `PEERMAP_TRUSTED_PROXIES`, the client it forwarded for (see [`super::client`]).
pub struct ClientAddr(pub super::client::Client);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip());
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .map(|v| v.as_bytes());
        let ip = super::client::client_ip(peer, forwarded, &state.config.trusted_proxies);
        Ok(ClientAddr(super::client::Client::new(ip)))
    }
}

/// A signed-in moderator; anyone else is refused (401 or 403).
pub struct Moderator {
    pub viewer: Viewer,
    pub account: Account,
}

impl FromRequestParts<AppState> for Moderator {
    type Rejection = SignInFirst;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, SignInFirst> {
        let SignedIn { viewer, account } = SignedIn::from_request_parts(parts, state).await?;
        if account.role == Role::Moderator {
            Ok(Moderator { viewer, account })
        } else {
            Err(AppError::forbidden(here().lang.t("error-moderators-only")).into())
        }
    }
}

/// The `{slug}` of the path, parsed; a 404 that names it when it cannot be a listing.
async fn path_slug(parts: &mut Parts, state: &AppState) -> Result<Slug, AppError> {
    let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::not_found(here().lang.t("error-no-such-listing")))?;
    let text = params.get("slug").map(String::as_str).unwrap_or("");
    Slug::parse(text).map_err(|_| {
        let name = text.chars().take(80).collect::<String>();
        no_listing_called(&name)
    })
}

/// The 404 for a listing of this name that is not there (or not to be seen).
fn no_listing_called(name: &str) -> AppError {
    AppError::not_found(here().lang.ta(
        "error-no-listing-called",
        &[("name", Arg::from(name.to_string()))],
    ))
}

/// The path's parameters (as [`Path`] reads them); an address whose parameters do not
/// parse (not a number, not UTF-8) is a 404 page like any other, where axum's own answer
/// is plain text repeating what was sent.
pub struct PathParams<T>(pub T);

impl<T, S> FromRequestParts<S> for PathParams<T>
where
    T: serde::de::DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(params)) => Ok(PathParams(params)),
            Err(_) => Err(AppError::not_found(here().lang.t("error-nothing-here"))),
        }
    }
}

/// A listing the public may see (published or archived), named by the path's `{slug}`.
pub struct PublicListing(pub Stored);

impl FromRequestParts<AppState> for PublicListing {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let slug = path_slug(parts, state).await?;
        match state.store.get(&slug).await? {
            Some(s) if s.project.status != Status::Pending => Ok(PublicListing(s)),
            _ => Err(no_listing_called(slug.as_str())),
        }
    }
}

/// A listing (whatever its status) that the signed-in person may change: one of its
/// maintainers, or a moderator. Checked in that order: the listing exists, she is signed
/// in, she may manage it.
pub struct Maintainer {
    pub viewer: Viewer,
    pub account: Account,
    pub listing: Stored,
    /// Whether her changes show at once (a moderator, or a maintainer a moderator trusts).
    pub trusted: bool,
}

impl FromRequestParts<AppState> for Maintainer {
    type Rejection = SignInFirst;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, SignInFirst> {
        let slug = path_slug(parts, state).await?;
        let listing = state
            .store
            .get(&slug)
            .await
            .map_err(AppError::from)?
            .ok_or_else(|| AppError::not_found(here().lang.t("error-no-such-listing")))?;
        let SignedIn { viewer, account } = SignedIn::from_request_parts(parts, state).await?;
        let trusted = if account.role == Role::Moderator {
            true
        } else {
            match state
                .store
                .maintainer_of(&slug, account.id)
                .await
                .map_err(AppError::from)?
            {
                Some(trusted) => trusted,
                None => {
                    return Err(AppError::forbidden(here().lang.t("error-maintainers-only")).into());
                }
            }
        };
        Ok(Maintainer {
            viewer,
            account,
            listing,
            trusted,
        })
    }
}

/// A posted form that carries a valid token for this viewer and came from our own site.
pub struct CheckedForm {
    pub viewer: Viewer,
    pub params: Params,
}

impl FromRequest<AppState> for CheckedForm {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = request.into_parts();
        let viewer = Viewer::from_request_parts(&mut parts, state).await?;
        let headers = parts.headers.clone();
        let body = String::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|e| match e.status() {
                axum::http::StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
                _ if super::hygiene::too_large(&e) => AppError::PayloadTooLarge,
                _ if super::hygiene::timed_out(&e) => AppError::TimedOut,
                _ => AppError::bad_request(here().lang.t("form-unreadable")),
            })?;
        let params = checked_form(state, &viewer, &headers, &body)?;
        Ok(CheckedForm { viewer, params })
    }
}

/// Reads a posted form and refuses it unless its token is valid for this viewer and it
/// came from our own site.
pub fn checked_form(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    body: &str,
) -> Result<Params, AppError> {
    let params = Params::from_form(body)?;
    let token = params.one("csrf");
    let ok = super::csrf::same_origin(headers)
        && token.is_some_and(|t| state.csrf.verify(t, viewer.id()));
    if ok {
        Ok(params)
    } else {
        Err(AppError::Forbidden(here().lang.t("error-form-expired")))
    }
}
