//! Acting on a listing: claim it (signed in). Reports are in `report`, peer reviews in
//! `reviews`.

use super::error::AppError;
use super::extract::{CheckedForm, PublicListing, SignedIn, Viewer};
use super::state::AppState;
use crate::views;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new().route("/projects/{slug}/claim", get(claim_form).post(claim))
}

async fn claim_form(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    viewer: Viewer,
) -> Response {
    if viewer.account.is_none() {
        return Redirect::to("/account/signup").into_response();
    }
    views::community::claim(
        state.chrome(None),
        &viewer.csrf(&state),
        &stored.project,
        None,
    )
    .into_response()
}

async fn claim(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    signed_in: SignedIn,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let account = &signed_in.account;
    if state
        .store
        .maintainer_of(&stored.project.slug, account.id)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict("You already keep this listing.".into()));
    }
    let statement = form.params.text("statement", "Who you are", 2_000)?;
    if statement.is_empty() {
        return Err(AppError::bad_request(
            "Say who you are and your role in the project.",
        ));
    }
    let listing = (&stored.project.slug, stored.project.name.as_str());
    state
        .registry
        .request_listing(account.id, Some(listing), None, &statement)
        .await?;
    Ok(Redirect::to("/account").into_response())
}
