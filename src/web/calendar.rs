//! `/projects/{slug}/sessions.ics`: a listing's sessions for a phone's calendar.

use super::extract::PublicListing;
use crate::domain::Status;
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new().route("/projects/{slug}/sessions.ics", get(sessions))
}

async fn sessions(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
) -> Result<Response, AppError> {
    let p = &stored.project;
    let lang = crate::i18n::here().lang;
    let none = || {
        let name = crate::i18n::Arg::from(p.name.clone());
        AppError::not_found(lang.ta("cal-no-sessions", &[("name", name)]))
    };
    if p.status != Status::Published {
        return Err(none());
    }
    // The listing's public id, for event ids that stay the same wherever it is listed.
    let uuid = state.store.feed_uuid(&p.slug).await?.ok_or_else(none)?;
    let ics = views::calendar::sessions(lang, p, uuid, state.now()).ok_or_else(none)?;
    let disposition = format!("attachment; filename=\"{}-sessions.ics\"", p.slug);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        ics,
    )
        .into_response())
}
