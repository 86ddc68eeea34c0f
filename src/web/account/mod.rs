//! `/account/…`: sign up, sign in, sign out, a maintainer's own page; proposing a listing
//! (`propose`), e-mailed and one-time links (`links`), and choosing a password
//! (`new_password`).

mod links;
mod new_password;
mod propose;

use super::extract::{CheckedForm, ClientAddr, SignedIn, Viewer};
use super::query::Params;
use crate::domain::check::FieldError;
use crate::i18n::here;
use crate::registry::password;
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

/// Longest e-mail address accepted (RFC 5321's limit).
const EMAIL_MAX: usize = 254;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(dashboard))
        .route("/account/signup", get(signup_form).post(signup))
        .route("/account/login", get(login_form).post(login))
        .route("/account/logout", post(logout))
        .merge(propose::router())
        .merge(links::router())
        .merge(new_password::router())
}

/// The hash under which a one-time link's secret is stored.
pub fn link_hash(secret: &str) -> String {
    crate::registry::accounts::token_hash(secret)
}

/// `path` when it is a path on this site to return to: it starts with one `/` (never `//`
/// or `/\`, which browsers take for another site), holds no scheme, space or control
/// character, and is not too long. Anything else is ignored.
pub fn local_path(path: &str) -> Option<&str> {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= 512
        && !path.contains(':')
        && !path.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then_some(path)
}

/// The `next` a form or address carries, if it is a local path.
fn next_of(params: &Params) -> Option<String> {
    params.one("next").and_then(local_path).map(str::to_string)
}

/// Where to go once signed in: `next`, or her account.
fn onward(next: Option<&str>) -> Response {
    Redirect::to(next.unwrap_or("/account")).into_response()
}

/// The e-mail address as typed (to show again) and as used, in lower case; when it does
/// not look like an address, or is too long, its problem is added to `errors`.
fn email_of(params: &Params, errors: &mut Vec<FieldError>) -> (String, String) {
    let lang = here().lang;
    let before = errors.len();
    let typed = params.text_checked("email", &lang.t("acct-email"), EMAIL_MAX, errors);
    let email = typed.to_lowercase();
    let valid = email
        .split_once('@')
        .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'));
    if errors.len() == before && !valid {
        errors.push(FieldError::new("email", lang.t("acct-email-invalid")));
    }
    (typed, email)
}

async fn signup_form(State(state): State<AppState>, viewer: Viewer, query: Params) -> Response {
    let next = next_of(&query);
    views::account::signup(
        state.chrome(None),
        &viewer.csrf(&state),
        "",
        &[],
        next.as_deref(),
    )
    .into_response()
}

async fn signup(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let next = next_of(&params);
    let again = |email: &str, errors: &[FieldError]| {
        (
            StatusCode::BAD_REQUEST,
            views::account::signup(
                state.chrome(None),
                &viewer.csrf(&state),
                email,
                errors,
                next.as_deref(),
            ),
        )
            .into_response()
    };
    let mut errors = Vec::new();
    let (typed, email) = email_of(&params, &mut errors);
    let pw = params.list("password").first().copied().unwrap_or("");
    if let Some(problem) = password::problem(pw, &email) {
        errors.push(FieldError::new("password", problem));
    }
    if !errors.is_empty() {
        return Ok(again(&typed, &errors));
    }
    if !state.limits.sign_up(client).await? {
        return Err(AppError::TooManyRequests(
            here().lang.t("acct-too-many-signups"),
        ));
    }
    let hash = password::hash(pw.to_string()).await?;
    match state
        .registry
        .sign_up(&email, &hash, next.as_deref(), here().lang)
        .await?
    {
        Some(account) => {
            viewer.sign_in(&account).await?;
            Ok(onward(next.as_deref()))
        }
        None => Ok(again(
            &typed,
            &[FieldError::new("email", here().lang.t("acct-taken"))],
        )),
    }
}

async fn login_form(State(state): State<AppState>, viewer: Viewer, query: Params) -> Response {
    let next = next_of(&query);
    views::account::login(
        state.chrome(None),
        &viewer.csrf(&state),
        "",
        &[],
        next.as_deref(),
    )
    .into_response()
}

async fn login(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let next = next_of(&params);
    let mut errors = Vec::new();
    let typed = params.text_checked(
        "email",
        &here().lang.t("acct-email"),
        EMAIL_MAX,
        &mut errors,
    );
    let email = typed.to_lowercase();
    let again = |errors: &[FieldError], status: StatusCode| {
        let page = views::account::login(
            state.chrome(None),
            &viewer.csrf(&state),
            &typed,
            errors,
            next.as_deref(),
        );
        (status, page).into_response()
    };
    if !errors.is_empty() {
        return Ok(again(&errors, StatusCode::BAD_REQUEST));
    }
    // Counted before the password is checked, so guesses sent at once are counted too;
    // the right password gives the slot back.
    if !state.limits.sign_in_attempt(&email, client).await? {
        return Err(AppError::TooManyRequests(
            here().lang.t("acct-too-many-sign-ins"),
        ));
    }
    let pw = params.list("password").first().copied().unwrap_or("");
    // Verify even when there is no account (against a dummy hash), so the time taken does
    // not tell whether the address has one.
    let (account, stored) = state.store.login_lookup(&email).await?.unzip();
    let matched = password::verify(pw.to_string(), stored).await;
    let account = match account {
        Some(account) if matched => account,
        _ => {
            // The one message for any failed sign-in, so it never tells whether an
            // address has an account.
            let failed = FieldError::new("email", here().lang.t("acct-login-failed"));
            return Ok(again(&[failed], StatusCode::UNAUTHORIZED));
        }
    };
    state.limits.sign_in_succeeded(&email, client).await?;
    viewer.sign_in(&account).await?;
    Ok(onward(next.as_deref()))
}

async fn logout(_: SignedIn, form: CheckedForm) -> Result<Response, AppError> {
    form.viewer.sign_out().await?;
    Ok(Redirect::to("/").into_response())
}

async fn dashboard(
    State(state): State<AppState>,
    SignedIn { viewer, account }: SignedIn,
) -> Result<Response, AppError> {
    let account = &account;
    let projects = state.store.projects_of(account.id).await?;
    let claims = state.store.claims_of(account.id).await?;
    let waiting = state.store.pending_edits_of(account.id).await?;
    let verified = state.store.is_verified(account.id).await?;
    let slugs: Vec<_> = projects.iter().map(|(slug, _)| slug.clone()).collect();
    let mut assurance = Vec::new();
    for stored in state.store.get_many(&slugs).await? {
        let standing = state.registry.assurance(&stored.project).await?;
        assurance.push((stored.project, standing));
    }
    Ok(views::account::dashboard(
        state.chrome(None),
        &viewer.csrf(&state),
        account,
        &projects,
        (&claims, &waiting),
        verified,
        &assurance,
    )
    .into_response())
}
