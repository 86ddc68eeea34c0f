//! Links that prove who someone is: the moderators' one-time sign-in links
//! (`/account/once/…`), the e-mailed address confirmation (`/account/verify/…`) and
//! "Forgot your password?" (`/account/forgot`, `/account/reset/…`). Opening a link only
//! shows a button; pressing it uses the link, so a mail scanner's preview cannot.

use super::{email_of, link_hash, next_of, onward};
use crate::domain::check::FieldError;
use crate::i18n::{Arg, here};
use crate::registry::password;
use crate::views;
use crate::web::error::AppError;
use crate::web::extract::{CheckedForm, ClientAddr, PathParams, SignedIn, Viewer};
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/once/{token}", get(once_form).post(once))
        .route("/account/verify/{token}", get(verify_form).post(verify))
        .route("/account/verify/resend", post(resend))
        .route("/account/forgot", get(forgot_form).post(forgot))
        .route("/account/reset/{token}", get(reset_form).post(reset))
}

/// `base` followed by the link's secret, cleaned to what a secret can hold.
fn action(base: &str, token: &str) -> String {
    let clean: String = token
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(64)
        .collect();
    format!("{base}{clean}")
}

async fn once_form(
    State(state): State<AppState>,
    viewer: Viewer,
    PathParams(token): PathParams<String>,
) -> Response {
    let action = action("/account/once/", &token);
    views::account::once(state.chrome(None), &viewer.csrf(&state), &action).into_response()
}

async fn once(
    State(state): State<AppState>,
    PathParams(token): PathParams<String>,
    CheckedForm { viewer, .. }: CheckedForm,
) -> Result<Response, AppError> {
    let hash = link_hash(&token);
    let spent = || AppError::bad_request(here().lang.t("acct-once-spent"));
    // Signed in first, the link spent after: a sign-in that cannot be stored (a full
    // disk) leaves the link unused, to try again.
    let account = state
        .registry
        .sign_in_link_account(&hash)
        .await?
        .ok_or_else(spent)?;
    viewer.sign_in(&account).await?;
    match state.registry.use_sign_in_link(&hash).await {
        Ok(Some(used)) if used.id == account.id => {
            viewer.mark_proved(true).await?;
            Ok(Redirect::to("/account/password").into_response())
        }
        // Used meanwhile, or it could not be marked used: then it signs nobody in.
        outcome => {
            viewer.sign_out().await?;
            Err(match outcome {
                Err(e) => e.into(),
                Ok(_) => spent(),
            })
        }
    }
}

async fn verify_form(
    State(state): State<AppState>,
    viewer: Viewer,
    PathParams(token): PathParams<String>,
) -> Response {
    let lang = here().lang;
    views::account::use_link(
        state.chrome(None),
        &viewer.csrf(&state),
        &lang.t("acct-verify-title"),
        &action("/account/verify/", &token),
        &lang.t("acct-verify-button"),
    )
    .into_response()
}

/// Uses a verification link: the address is confirmed, she is signed in (the link reached
/// her inbox) and goes on to where she was going.
async fn verify(
    State(state): State<AppState>,
    PathParams(token): PathParams<String>,
    CheckedForm { viewer, .. }: CheckedForm,
) -> Result<Response, AppError> {
    let Some((account, next)) = state.registry.confirm_address(&link_hash(&token)).await? else {
        return Err(AppError::bad_request(here().lang.t("acct-verify-spent")));
    };
    if viewer.id() != Some(account.id) {
        viewer.sign_in(&account).await?;
    }
    let next = next.as_deref().and_then(super::local_path);
    Ok(onward(next))
}

/// Sends the verification link again, within the limits on e-mailed links.
async fn resend(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    SignedIn { account, .. }: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let next = next_of(&form.params);
    if state.store.is_verified(account.id).await? {
        return Ok(onward(next.as_deref()));
    }
    if !state.limits.mail_link(&account.email, client).await? {
        return Err(AppError::TooManyRequests(
            here().lang.t("acct-resend-limit"),
        ));
    }
    state
        .registry
        .resend_verification(&account, next.as_deref())
        .await?;
    let lang = here().lang;
    let sent = lang.ta(
        "acct-resent",
        &[("email", Arg::from(account.email.clone()))],
    );
    Ok(views::account::done(
        state.chrome(None),
        &lang.t("acct-check-email"),
        &[&sent, &lang.t("acct-check-spam")],
        ("/account", &lang.t("acct-go-to-account")),
    )
    .into_response())
}

async fn forgot_form(State(state): State<AppState>, viewer: Viewer) -> Response {
    views::account::forgot(state.chrome(None), &viewer.csrf(&state), "", &[]).into_response()
}

/// Always the same answer, whether or not the address has an account.
async fn forgot(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let mut errors = Vec::new();
    let (typed, email) = email_of(&params, &mut errors);
    if !errors.is_empty() {
        let page =
            views::account::forgot(state.chrome(None), &viewer.csrf(&state), &typed, &errors);
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    if !state.limits.mail_link(&email, client).await? {
        return Err(AppError::TooManyRequests(
            here().lang.t("acct-forgot-limit"),
        ));
    }
    state.registry.request_reset(&email).await?;
    let lang = here().lang;
    let sent = lang.ta("acct-reset-sent", &[("email", Arg::from(email.clone()))]);
    Ok(views::account::done(
        state.chrome(None),
        &lang.t("acct-check-email"),
        &[&sent, &lang.t("acct-reset-spam")],
        ("/account/login", &lang.t("acct-back-to-sign-in")),
    )
    .into_response())
}

fn reset_spent() -> AppError {
    AppError::bad_request(here().lang.t("acct-reset-spent"))
}

async fn reset_form(
    State(state): State<AppState>,
    viewer: Viewer,
    PathParams(token): PathParams<String>,
) -> Result<Response, AppError> {
    if state
        .registry
        .reset_link_account(&link_hash(&token))
        .await?
        .is_none()
    {
        return Err(reset_spent());
    }
    let action = action("/account/reset/", &token);
    Ok(views::account::password_form(
        state.chrome(None),
        &viewer.csrf(&state),
        &[],
        false,
        &action,
    )
    .into_response())
}

/// Sets the new password, ends every session of the account and signs her in here.
async fn reset(
    State(state): State<AppState>,
    PathParams(token): PathParams<String>,
    CheckedForm { viewer, params }: CheckedForm,
) -> Result<Response, AppError> {
    let hash = link_hash(&token);
    let account = state
        .registry
        .reset_link_account(&hash)
        .await?
        .ok_or_else(reset_spent)?;
    let pw = params.list("password").first().copied().unwrap_or("");
    if let Some(problem) = password::problem(pw, &account.email) {
        let action = action("/account/reset/", &token);
        let page = views::account::password_form(
            state.chrome(None),
            &viewer.csrf(&state),
            &[FieldError::new("password", problem)],
            false,
            &action,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    let pw_hash = password::hash(pw.to_string()).await?;
    // Every session ends, this one too; then she is signed in afresh here.
    let account = state
        .registry
        .reset_password(&hash, &pw_hash, "")
        .await?
        .ok_or_else(reset_spent)?;
    viewer.sign_in(&account).await?;
    viewer.mark_proved(true).await?;
    Ok(Redirect::to("/account").into_response())
}
