//! Signposting: `/signpost` (a printable sheet for one person), `POST /shortlists`, and
//! `/s/{code}` (a shortlist kept from a sheet). No account and no cookie.

use super::extract::PathParams;
use super::origin::{base_url, require_same_origin};
use super::query::Params;
use crate::domain::Slug;
use crate::signpost::{MAX_SHORTLIST, Sheet, code, stored_place};
use crate::store::Shortlist;
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;
use chrono_tz::Europe::London;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/signpost", get(sheet))
        .route("/shortlists", post(create))
        .route("/s/{code}", get(shortlist))
}

async fn sheet(
    State(state): State<AppState>,
    headers: HeaderMap,
    params: Params,
) -> Result<Response, AppError> {
    let query = params.search(&state.taxonomy)?;
    let Some(text) = query.place.as_deref() else {
        return Ok(
            views::signpost::ask(state.chrome(None), &state.taxonomy, &query).into_response(),
        );
    };
    let place = state.geocoder.lookup(text)?;
    let found = state.search().search_place(
        &place,
        &query.filter,
        query.within_m(),
        query.limit as usize,
    );
    let sheet = Sheet::from_search(&place, found);
    let now = Utc::now().with_timezone(&London);
    Ok(views::signpost::sheet(
        state.chrome(Some(place.nation)),
        &state.taxonomy,
        &query,
        &sheet,
        &base_url(state.config.public_origin.as_deref(), &headers),
        now,
    )
    .into_response())
}

async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: String,
) -> Result<Response, AppError> {
    require_same_origin(&headers)?;
    let params = Params::parse(Some(&body))?;
    let text = params.one("where").ok_or_else(|| {
        AppError::bad_request("where: say where the shortlist is for: a postcode or a town")
    })?;
    let place = state
        .geocoder
        .lookup(text)
        .map_err(|e| AppError::bad_request(format!("where: {e}")))?;
    let mut slugs: Vec<Slug> = Vec::new();
    for value in params.all("keep") {
        let slug = Slug::parse(value).map_err(|_| unknown(value))?;
        if !slugs.contains(&slug) {
            slugs.push(slug);
        }
    }
    if slugs.is_empty() {
        return Err(AppError::bad_request(
            "Tick at least one listing to keep, then make the shortlist again.",
        ));
    }
    if slugs.len() > MAX_SHORTLIST {
        return Err(AppError::bad_request(format!(
            "A shortlist can keep up to {MAX_SHORTLIST} listings; {} were ticked.",
            slugs.len()
        )));
    }
    {
        let index = state.search();
        if let Some(missing) = slugs.iter().find(|s| index.by_slug(s).is_none()) {
            return Err(unknown(missing.as_str()));
        }
    }
    let mut list = Shortlist {
        code: String::new(),
        created_at: Utc::now(),
        place: stored_place(&place),
        nation: place.nation,
        slugs,
    };
    // A clash among 31⁸ codes is all but impossible; try a few times all the same.
    for _ in 0..5 {
        list.code = code::new_code();
        if state.store.create_shortlist(&list).await? {
            let to = format!("/s/{}", list.code);
            return Ok((StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response());
        }
    }
    Err(anyhow::anyhow!("no free shortlist code after 5 tries").into())
}

fn unknown(slug: &str) -> AppError {
    AppError::bad_request(format!(
        "keep: “{}” is not a published listing. Go back to the sheet and tick listings there.",
        slug.chars().take(80).collect::<String>()
    ))
}

async fn shortlist(
    State(state): State<AppState>,
    headers: HeaderMap,
    PathParams(text): PathParams<String>,
) -> Result<Response, AppError> {
    let missing = || {
        AppError::not_found(
            "There is no shortlist at this address. Check the link, or make a new \
             shortlist from a signposting sheet.",
        )
    };
    if !code::is_code(&text) {
        return Err(missing());
    }
    let list = state.store.shortlist(&text).await?.ok_or_else(missing)?;
    let origin = state
        .geocoder
        .lookup(&list.place)
        .ok()
        .map(|p| (p.location, p.precision));
    let (sheet, gone) = {
        let index = state.search();
        Sheet::from_slugs(&index, list.place.clone(), list.nation, origin, &list.slugs)
    };
    let base = base_url(state.config.public_origin.as_deref(), &headers);
    let now = Utc::now().with_timezone(&London);
    Ok(views::signpost::shortlist(
        state.chrome(Some(list.nation)),
        &sheet,
        &gone,
        &format!("{base}/s/{}", list.code),
        &base,
        now,
    )
    .into_response())
}
