//! Who is asking: accounts, sessions, passwords and form protection.

pub mod csrf;
pub mod password;
pub mod sessions;

use crate::domain::Slug;
use crate::domain::community::{Account, Role};
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use tower_sessions::Session;

/// The session key holding the signed-in account's id.
const ACCOUNT_KEY: &str = "account";

/// The person making a request: signed in or not.
pub struct Viewer {
    pub account: Option<Account>,
    pub session: Session,
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
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
        Ok(Viewer { account, session })
    }
}

impl Viewer {
    pub fn id(&self) -> Option<i64> {
        self.account.as_ref().map(|a| a.id)
    }

    /// The signed-in account, or a 401.
    pub fn require(&self) -> Result<&Account, AppError> {
        self.account
            .as_ref()
            .ok_or_else(|| AppError::Unauthorized("Sign in to do this.".into()))
    }

    /// A signed-in moderator, or a 401 / 403.
    pub fn require_moderator(&self) -> Result<&Account, AppError> {
        let a = self.require()?;
        if a.role == Role::Moderator {
            Ok(a)
        } else {
            Err(AppError::Forbidden("Only moderators can do this.".into()))
        }
    }

    pub fn is_moderator(&self) -> bool {
        self.account
            .as_ref()
            .is_some_and(|a| a.role == Role::Moderator)
    }

    /// A moderator or a maintainer of `slug`; `Some(trusted)` for a maintainer (`true`
    /// for moderators), or a 401 / 403.
    pub async fn require_manager(
        &self,
        state: &AppState,
        slug: &Slug,
    ) -> Result<(&Account, bool), AppError> {
        let a = self.require()?;
        if a.role == Role::Moderator {
            return Ok((a, true));
        }
        match state.store.maintainer_of(slug, a.id).await? {
            Some(trusted) => Ok((a, trusted)),
            None => Err(AppError::Forbidden(
                "Only the project's own maintainers and moderators can change this listing.".into(),
            )),
        }
    }

    /// Signs `account` in: a fresh session id (so an old one cannot be reused).
    pub async fn sign_in(&self, account: &Account) -> Result<(), AppError> {
        self.session
            .cycle_id()
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
        self.session
            .insert(ACCOUNT_KEY, account.id)
            .await
            .map_err(|e| AppError::Internal(e.into()))
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

/// Refuses a form post without a valid token for this viewer, or from another site.
pub fn check_form(
    state: &AppState,
    viewer: &Viewer,
    headers: &axum::http::HeaderMap,
    token: Option<&str>,
) -> Result<(), AppError> {
    let ok = csrf::same_origin(headers) && token.is_some_and(|t| state.csrf.verify(t, viewer.id()));
    if ok {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "This form has expired or did not come from peermap. Go back, reload the page and try again.".into(),
        ))
    }
}

/// Reads a posted form and refuses it unless [`check_form`] accepts its token and origin.
pub fn checked_form(
    state: &AppState,
    viewer: &Viewer,
    headers: &axum::http::HeaderMap,
    body: &str,
) -> Result<crate::web::query::Params, AppError> {
    let params = crate::web::query::Params::from_form(body)?;
    check_form(state, viewer, headers, params.one("csrf"))?;
    Ok(params)
}
