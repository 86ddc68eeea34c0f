//! Acting on a listing: claim it (signed in). Reports are in `report`, peer reviews in
//! `reviews`.

use super::error::AppError;
use super::extract::{CheckedForm, PublicListing, Verified, Viewer};
use super::state::AppState;
use crate::domain::check::FieldError;
use crate::domain::community::STATEMENT_MAX;
use crate::i18n::here;
use crate::views;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new().route("/projects/{slug}/claim", get(claim_form).post(claim))
}

/// "This is our project": the claim form, for a verified account. Someone not signed in
/// is told why an account is needed, with links that bring her back here; an account
/// whose address is not confirmed yet is asked to confirm it.
async fn claim_form(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    viewer: Viewer,
) -> Result<Response, AppError> {
    let here = format!("/projects/{}/claim", stored.project.slug);
    let Some(account) = &viewer.account else {
        return Ok(views::community::claim_needs_account(
            state.chrome(None),
            &stored.project,
            &here,
        )
        .into_response());
    };
    if !state.store.is_verified(account.id).await? {
        let page =
            views::account::unverified(state.chrome(None), &viewer.csrf(&state), Some(&here));
        return Ok((StatusCode::FORBIDDEN, page).into_response());
    }
    Ok(views::community::claim(
        state.chrome(None),
        &viewer.csrf(&state),
        &stored.project,
        "",
        &[],
    )
    .into_response())
}

async fn claim(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    verified: Verified,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let account = &verified.account;
    if state
        .store
        .maintainer_of(&stored.project.slug, account.id)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict(here().lang.t("claim-already-yours")));
    }
    let lang = here().lang;
    let mut errors = Vec::new();
    let statement = form.params.text_checked(
        "statement",
        &lang.t("claim-who-label"),
        STATEMENT_MAX,
        &mut errors,
    );
    if statement.is_empty() {
        errors.push(FieldError::new(
            "statement",
            lang.t("acct-statement-missing"),
        ));
    }
    if !errors.is_empty() {
        let page = views::community::claim(
            state.chrome(None),
            &form.viewer.csrf(&state),
            &stored.project,
            &statement,
            &errors,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    let listing = (&stored.project.slug, stored.project.name.as_str());
    state
        .registry
        .request_listing(account.id, Some(listing), None, &statement)
        .await?;
    Ok(views::community::claim_sent(state.chrome(None), &stored.project).into_response())
}
