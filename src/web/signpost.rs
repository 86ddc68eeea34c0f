//! Signposting: `/signpost` (a printable sheet for one person), `POST /shortlists`, and
//! `/s/{code}` (a shortlist kept from a sheet). No account and no cookie.

use super::extract::PathParams;
use super::origin::{link_origin, require_same_origin};
use super::query::Params;
use crate::domain::Taxonomy;
use crate::geocode::Place;
use crate::i18n::here;
use crate::signpost::{self, Ask, Reach, Sheet, USUAL_WITHIN_MILES, code, stored_place};
use crate::store::Shortlist;
use crate::views;
use crate::views::place_problem;
use crate::views::signpost::{Keeping, Kept};
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;
use maud::Markup;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/signpost", get(sheet))
        .route("/shortlists", post(create))
        .route("/s/{code}", get(shortlist))
}

/// The sheet `params` ask for (a query string, or the shortlist form's body): the search,
/// looking as far as `within` says, or the usual distance when it says nothing.
fn asked(params: &Params, taxonomy: &Taxonomy) -> Result<Ask, AppError> {
    let query = params.search(taxonomy)?;
    let reach = match params.one("within") {
        None => Reach::Usual,
        Some("any") => Reach::Any,
        Some(_) => Reach::Chosen(query.within_miles.unwrap_or(USUAL_WITHIN_MILES)),
    };
    Ok(Ask::new(query, reach))
}

/// The form again, with what was typed and why the place could not be used (400).
fn ask_again(state: &AppState, ask: &Ask, message: &str) -> Response {
    let markup = views::signpost::ask(state.chrome(None), &state.taxonomy, ask, Some(message));
    (StatusCode::BAD_REQUEST, markup).into_response()
}

fn render_sheet(state: &AppState, ask: &Ask, place: &Place, keeping: &Keeping<'_>) -> Markup {
    let sheet = signpost::sheet_for(&state.search(), place, ask);
    views::signpost::sheet(
        state.chrome(Some(place.nation)),
        &state.taxonomy,
        ask,
        &sheet,
        &sheet_origin(state),
        state.now(),
        keeping,
    )
}

async fn sheet(State(state): State<AppState>, params: Params) -> Result<Response, AppError> {
    let ask = asked(&params, &state.taxonomy)?;
    let Some(text) = ask.query.place.as_deref() else {
        let markup = views::signpost::ask(state.chrome(None), &state.taxonomy, &ask, None);
        return Ok(markup.into_response());
    };
    Ok(match state.geocoder.lookup(text) {
        Ok(place) => render_sheet(&state, &ask, &place, &Keeping::default()).into_response(),
        Err(e) => ask_again(&state, &ask, &place_problem::message(here().lang, &e)),
    })
}

/// Keeps the listings ticked on a sheet as a shortlist and sends the clinician to it.
/// Anything wrong comes back on the sheet itself (or, for the place, on the form), with
/// everything else as it was.
async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: String,
) -> Result<Response, AppError> {
    require_same_origin(&headers)?;
    let params = Params::from_form(&body)?;
    let ask = asked(&params, &state.taxonomy)?;
    // No place: only a hand-made post comes without one.
    let Some(text) = ask.query.place.as_deref() else {
        return Ok(ask_again(&state, &ask, &here().lang.t("sp-where-missing")));
    };
    let place = match state.geocoder.lookup(text) {
        Ok(place) => place,
        Err(e) => {
            let message = place_problem::message(here().lang, &e);
            return Ok(ask_again(&state, &ask, &message));
        }
    };
    let ticked: Vec<String> = params.all("keep").map(str::to_string).collect();
    let checked = signpost::kept_slugs(&state.search(), ticked.iter().map(String::as_str));
    let slugs = match checked {
        Ok(slugs) => slugs,
        Err(e) => {
            let message = views::signpost::keep_problem(here().lang, &e);
            let keeping = Keeping {
                ticked: Some(&ticked),
                error: Some(&message),
            };
            let markup = render_sheet(&state, &ask, &place, &keeping);
            return Ok((StatusCode::BAD_REQUEST, markup).into_response());
        }
    };
    let list = Shortlist {
        code: String::new(),
        created_at: Utc::now(),
        place: stored_place(&place),
        nation: place.nation,
        slugs,
        asked: ask.asked(),
    };
    let code = signpost::keep(state.store.as_ref(), list)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no free shortlist code after 5 tries"))?;
    let to = format!("/s/{code}?made=1");
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response())
}

async fn shortlist(
    State(state): State<AppState>,
    PathParams(text): PathParams<String>,
    params: Params,
) -> Result<Response, AppError> {
    let missing = || AppError::not_found(here().lang.t("sp-no-shortlist"));
    if !code::is_code(&text) {
        return Err(missing());
    }
    let list = state.store.shortlist(&text).await?.ok_or_else(missing)?;
    let origin = state
        .geocoder
        .lookup(&list.place)
        .ok()
        .map(|p| (p.location, p.precision));
    let ask = Ask::kept(&list.asked);
    let (sheet, gone) = Sheet::from_slugs(
        &state.search(),
        list.place.clone(),
        list.nation,
        origin,
        ask.query.within_m(),
        &list.slugs,
    );
    let base = sheet_origin(&state);
    let url = format!("{base}/s/{}", list.code);
    let kept = Kept {
        sheet: &sheet,
        gone: &gone,
        url: &url,
        made: params.one("made").is_some(),
    };
    let now = state.now();
    Ok(views::signpost::shortlist(
        state.chrome(Some(list.nation)),
        &state.taxonomy,
        &ask,
        &kept,
        &base,
        now,
    )
    .into_response())
}

/// The origin of the links and QR codes a sheet carries for someone else to open: the
/// configured public origin, else the address served on (see [`link_origin`]); never the
/// request's `Host`, which whoever sends the request chooses.
fn sheet_origin(state: &AppState) -> String {
    link_origin(&state.config).unwrap_or_else(|| format!("http://{}", state.config.listen))
}
