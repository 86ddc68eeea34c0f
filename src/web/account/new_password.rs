//! `/account/password`: a signed-in person chooses a new password. She gives her current
//! one, unless she has just proved who she is by a one-time link; saving ends her other
//! sessions.

use crate::domain::check::FieldError;
use crate::i18n::here;
use crate::registry::password;
use crate::views;
use crate::web::error::AppError;
use crate::web::extract::{CheckedForm, ClientAddr, SignedIn};
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

const ACTION: &str = "/account/password";

pub fn router() -> Router<AppState> {
    Router::new().route(ACTION, get(password_form).post(set_password))
}

async fn password_form(
    State(state): State<AppState>,
    SignedIn { viewer, .. }: SignedIn,
) -> Response {
    let current = !viewer.recently_proved().await;
    views::account::password_form(
        state.chrome(None),
        &viewer.csrf(&state),
        &[],
        current,
        ACTION,
    )
    .into_response()
}

async fn set_password(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    SignedIn { account, .. }: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let current = !viewer.recently_proved().await;
    let again = |field: &str, message: String| {
        let page = views::account::password_form(
            state.chrome(None),
            &viewer.csrf(&state),
            &[FieldError::new(field, message)],
            current,
            ACTION,
        );
        Ok((StatusCode::BAD_REQUEST, page).into_response())
    };
    if current {
        if !state.limits.sign_in_attempt(&account.email, client).await? {
            return Err(AppError::TooManyRequests(
                here().lang.t("acct-too-many-wrong"),
            ));
        }
        let given = params.list("current").first().copied().unwrap_or("");
        let stored = state
            .store
            .login_lookup(&account.email)
            .await?
            .map(|(_, h)| h);
        if !password::verify(given.to_string(), stored).await {
            return again("current", here().lang.t("acct-current-wrong"));
        }
        state
            .limits
            .sign_in_succeeded(&account.email, client)
            .await?;
    }
    let pw = params.list("password").first().copied().unwrap_or("");
    if let Some(problem) = password::problem(pw, &account.email) {
        return again("password", problem);
    }
    let hash = password::hash(pw.to_string()).await?;
    state
        .registry
        .change_password(account.id, &hash, &viewer.session_id())
        .await?;
    if !current {
        // The proof is spent on this password.
        viewer.mark_proved(false).await?;
    }
    Ok(Redirect::to("/account").into_response())
}
