//! `/account/…`: sign up, sign in, sign out, a maintainer's own page, proposing a listing.

use super::extract::{CheckedForm, PathParams, SignedIn, Viewer};
use super::query::Params;
use crate::domain::community::Role;
use crate::domain::{Precision, Project, Site, Slug, Status, Taxonomy};
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
        .route("/account/propose", get(propose_form).post(propose))
        .route("/account/once/{token}", get(once_form).post(once))
        .route("/account/password", get(password_form).post(set_password))
}

fn email_of(params: &Params) -> Result<String, AppError> {
    let email = params
        .text("email", "Email address", EMAIL_MAX)?
        .to_lowercase();
    let valid = email
        .split_once('@')
        .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'));
    if valid {
        Ok(email)
    } else {
        Err(AppError::bad_request(
            "Enter an email address like name@example.org.",
        ))
    }
}

async fn signup_form(State(state): State<AppState>, viewer: Viewer) -> Response {
    views::account::signup(state.chrome(None), &viewer.csrf(&state), "", None).into_response()
}

async fn signup(State(state): State<AppState>, form: CheckedForm) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let again = |email: &str, message: &str| {
        (
            StatusCode::BAD_REQUEST,
            views::account::signup(
                state.chrome(None),
                &viewer.csrf(&state),
                email,
                Some(message),
            ),
        )
            .into_response()
    };
    let email = match email_of(&params) {
        Ok(e) => e,
        Err(AppError::BadRequest(m)) => return Ok(again("", &m)),
        Err(e) => return Err(e),
    };
    let pw = params
        .list("password")
        .first()
        .copied()
        .unwrap_or("")
        .to_string();
    if let Some(problem) = password::problem(&pw, &email) {
        return Ok(again(&email, &problem));
    }
    let hash = password::hash(pw).await?;
    match state
        .store
        .create_account(&email, &hash, Role::Maintainer)
        .await?
    {
        Some(account) => {
            viewer.sign_in(&account).await?;
            Ok(Redirect::to("/account").into_response())
        }
        None => Ok(again(
            &email,
            "There is already an account with that email address. Sign in instead.",
        )),
    }
}

async fn login_form(State(state): State<AppState>, viewer: Viewer) -> Response {
    views::account::login(state.chrome(None), &viewer.csrf(&state), "", None).into_response()
}

/// The one message for any failed sign-in, so it never tells whether an address has an account.
const LOGIN_FAILED: &str = "The email address or password is not right. Check them and try again.";

async fn login(State(state): State<AppState>, form: CheckedForm) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let email = params
        .text("email", "Email address", EMAIL_MAX)?
        .to_lowercase();
    if state.login_limiter.blocked(&email) {
        return Err(AppError::TooManyRequests(
            "Too many attempts to sign in. Wait a minute, then try again.".into(),
        ));
    }
    let pw = params
        .list("password")
        .first()
        .copied()
        .unwrap_or("")
        .to_string();
    // Verify even when there is no account (against a dummy hash), so the time taken does
    // not tell whether the address has one.
    let (account, stored) = state.store.login_lookup(&email).await?.unzip();
    let matched = password::verify(pw, stored).await;
    let account = match account {
        Some(account) if matched => account,
        _ => {
            state.login_limiter.failed(&email);
            let page = views::account::login(
                state.chrome(None),
                &viewer.csrf(&state),
                &email,
                Some(LOGIN_FAILED),
            );
            return Ok((StatusCode::UNAUTHORIZED, page).into_response());
        }
    };
    viewer.sign_in(&account).await?;
    Ok(Redirect::to("/account").into_response())
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
    Ok(views::account::dashboard(
        state.chrome(None),
        &viewer.csrf(&state),
        account,
        &projects,
        &claims,
        &waiting,
    )
    .into_response())
}

fn need_choices(t: &Taxonomy) -> Vec<(String, String)> {
    t.needs
        .iter()
        .map(|n| (n.slug.clone(), n.label.clone()))
        .collect()
}

async fn propose_form(
    State(state): State<AppState>,
    SignedIn { viewer, .. }: SignedIn,
) -> Result<Response, AppError> {
    Ok(views::account::propose(
        state.chrome(None),
        &viewer.csrf(&state),
        &need_choices(&state.taxonomy),
        None,
    )
    .into_response())
}

async fn propose(
    State(state): State<AppState>,
    SignedIn { account, .. }: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let account = &account;
    let name = params.text("name", "The project's name", 200)?;
    let statement = params.text("statement", "Who you are", 2_000)?;
    if name.is_empty() || statement.is_empty() {
        let page = views::account::propose(
            state.chrome(None),
            &viewer.csrf(&state),
            &need_choices(&state.taxonomy),
            Some("Give the project's name and say who you are."),
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    let slug = Slug::from_name(&name).map_err(|e| AppError::bad_request(e.to_string()))?;
    if state.store.get(&slug).await?.is_some() {
        return Err(AppError::Conflict(format!(
            "A listing called “{name}” already exists: find it in the directory and claim it instead."
        )));
    }
    let town = params.text("town", "Town or postcode", 100)?;
    let sites = if town.is_empty() {
        Vec::new()
    } else {
        let place = state.geocoder.lookup(&town)?;
        if place.precision == crate::geocode::PlacePrecision::Nation {
            return Err(AppError::bad_request(format!(
                "Town or postcode: “{town}” is a whole nation. Give the town or postcode where the project meets."
            )));
        }
        vec![Site {
            label: place.label.clone(),
            lat: place.location.lat(),
            lon: place.location.lon(),
            precision: if place.precision == crate::geocode::PlacePrecision::Sector {
                Precision::Postcode
            } else {
                Precision::Town
            },
            radius_km: None,
            nation: place.nation,
        }]
    };
    let project = Project {
        slug,
        name,
        organisation: params.text("organisation", "The organisation", 200)?,
        summary: params.text(
            "summary",
            "The summary",
            crate::domain::validate::SUMMARY_MAX,
        )?,
        description: String::new(),
        formats: Default::default(),
        delivery: Default::default(),
        needs: params.all("need").map(str::to_string).collect(),
        languages: Default::default(),
        sites,
        nations: Default::default(),
        areas: Default::default(),
        referral: Default::default(),
        cost: None,
        contact: Default::default(),
        sessions: Vec::new(),
        schedule_note: None,
        eligibility: Default::default(),
        status: Status::Pending,
        verified: false,
        last_confirmed: None,
        listed_on: None,
        // Never the proposer's e-mail address: this text is public once approved.
        source: "Proposed through peermap by someone who runs it; not yet confirmed.".to_string(),
        sources: Vec::new(),
        reflections: Vec::new(),
    };
    let problems = project.problems(&state.taxonomy);
    if !problems.is_empty() {
        return Err(AppError::bad_request(problems.join(" ")));
    }
    state
        .registry
        .request_listing(account.id, None, Some(&project), &statement)
        .await?;
    Ok(Redirect::to("/account").into_response())
}

/// The hash under which a one-time link's secret is stored.
pub fn link_hash(secret: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

async fn once_form(
    State(state): State<AppState>,
    viewer: Viewer,
    PathParams(token): PathParams<String>,
) -> Response {
    let action = format!(
        "/account/once/{}",
        token
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(64)
            .collect::<String>()
    );
    views::account::once(state.chrome(None), &viewer.csrf(&state), &action).into_response()
}

async fn once(
    State(state): State<AppState>,
    PathParams(token): PathParams<String>,
    CheckedForm { viewer, .. }: CheckedForm,
) -> Result<Response, AppError> {
    let hash = link_hash(&token);
    let spent = || {
        AppError::bad_request(
            "This sign-in link has been used or has expired. Ask a moderator for a new one.",
        )
    };
    // Signed in first, the link spent after: a sign-in that cannot be stored (a full
    // disk) leaves the link unused, to try again.
    let account = state.store.sign_in_link(&hash).await?.ok_or_else(spent)?;
    viewer.sign_in(&account).await?;
    match state.store.use_sign_in_link(&hash).await {
        Ok(Some(used)) if used.id == account.id => {
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

async fn password_form(
    State(state): State<AppState>,
    SignedIn { viewer, .. }: SignedIn,
) -> Response {
    views::account::password_form(state.chrome(None), &viewer.csrf(&state), None).into_response()
}

async fn set_password(
    State(state): State<AppState>,
    SignedIn { account, .. }: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let account = &account;
    let pw = params.list("password").first().copied().unwrap_or("");
    if let Some(problem) = password::problem(pw, &account.email) {
        let page =
            views::account::password_form(state.chrome(None), &viewer.csrf(&state), Some(&problem));
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    state
        .store
        .set_password(account.id, &password::hash(pw.to_string()).await?)
        .await?;
    Ok(Redirect::to("/account").into_response())
}
