//! `/map`: the same filters as `/search`, drawn as H3 hexagons on an SVG of the UK.

use super::query::Params;
use crate::geocode::Geocoder;
use crate::i18n::{Arg, here};
use crate::map::{self, LEVELS};
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use h3o::CellIndex;

pub fn router() -> Router<AppState> {
    Router::new().route("/map", get(page))
}

/// The `cell` parameter: an H3 index at one of the map's levels, of the UK.
fn parse_cell(params: &Params, geocoder: &Geocoder) -> Result<Option<CellIndex>, AppError> {
    let Some(text) = params.one("cell") else {
        return Ok(None);
    };
    let bad = || {
        let typed = text.chars().take(40).collect::<String>();
        AppError::bad_request(
            here()
                .lang
                .ta("map-cell-unknown", &[("cell", Arg::from(typed))]),
        )
    };
    let cell: CellIndex = text.parse().map_err(|_| bad())?;
    if !LEVELS.contains(&cell.resolution()) {
        return Err(bad());
    }
    if !map::in_uk(geocoder, cell) {
        return Err(AppError::bad_request(here().lang.t("map-cell-outside")));
    }
    Ok(Some(cell))
}

async fn page(State(state): State<AppState>, params: Params) -> Result<Response, AppError> {
    let query = params.search(&state.taxonomy)?;
    let cell = parse_cell(&params, &state.geocoder)?;
    // A place that cannot be found is said so on its field, over the map of the UK.
    let (origin, problem) = match query.place.as_deref() {
        None => (None, None),
        Some(text) => match state.geocoder.lookup(text) {
            Ok(place) => (Some(place), None),
            Err(e) => (None, Some(views::place_problem::message(here().lang, &e))),
        },
    };
    let nation = origin.as_ref().map(|o| o.nation);
    let (model, online) = {
        let index = state.search();
        let filter = index.layout().filter(&query.filter);
        let online = map::online_options(&index, &query.filter, nation);
        let cell = cell.filter(|_| problem.is_none());
        let words = views::map::label_names(here().lang);
        let model = map::build(
            &index,
            &state.geocoder,
            &state.map,
            &filter,
            cell,
            origin,
            &words,
        );
        (model, online)
    };
    let outlines = state.outlines.paths(&model.viewport, 1.5);
    // Closer views also draw the NHS health areas and say which one the view is in.
    let closer = model
        .cell
        .filter(|c| c.resolution() >= h3o::Resolution::Five);
    let health_areas = match closer {
        Some(_) => state.health_areas.paths(&model.viewport, 1.5),
        None => Vec::new(),
    };
    let health_area = closer.and_then(|c| {
        let middle = h3o::LatLng::from(c);
        state.health_areas.name_at(middle.lat(), middle.lng())
    });
    let status = if problem.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let view = views::map::MapView {
        model: &model,
        outlines: &outlines,
        health_areas: &health_areas,
        health_area,
        online: &online,
        problem: problem.as_deref(),
    };
    Ok((status, views::map::map(state.chrome(nation), &query, &view)).into_response())
}
