//! `/map`: the same filters as `/search`, drawn as H3 hexagons on an SVG of the UK.

use super::query::Params;
use crate::geocode::Geocoder;
use crate::map::{self, LEVELS};
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use h3o::CellIndex;
use maud::Markup;

pub fn router() -> Router<AppState> {
    Router::new().route("/map", get(page))
}

/// The `cell` parameter: an H3 index at one of the map's levels, of the UK.
fn parse_cell(params: &Params, geocoder: &Geocoder) -> Result<Option<CellIndex>, AppError> {
    let Some(text) = params.one("cell") else {
        return Ok(None);
    };
    let bad = || {
        AppError::bad_request(format!(
            "cell: “{}” is not an area of this map. Start again from the map of the UK.",
            text.chars().take(40).collect::<String>()
        ))
    };
    let cell: CellIndex = text.parse().map_err(|_| bad())?;
    if !LEVELS.contains(&cell.resolution()) {
        return Err(bad());
    }
    if !map::in_uk(geocoder, cell) {
        return Err(AppError::bad_request(
            "cell: that area is outside the UK, and this map shows only the UK. \
             Start again from the map of the UK.",
        ));
    }
    Ok(Some(cell))
}

async fn page(State(state): State<AppState>, params: Params) -> Result<Markup, AppError> {
    let query = params.search(&state.taxonomy)?;
    let cell = parse_cell(&params, &state.geocoder)?;
    let origin = match query.place.as_deref() {
        None => None,
        Some(text) => Some(state.geocoder.lookup(text)?),
    };
    let nation = origin.as_ref().map(|o| o.nation);
    let model = {
        let index = state.search();
        let filter = index.layout().filter(&query.filter);
        map::build(&index, &state.geocoder, &state.map, &filter, cell, origin)
    };
    let outlines = state.outlines.paths(&model.viewport, 1.5);
    Ok(views::map::map(
        state.chrome(nation),
        &query,
        &model,
        &outlines,
    ))
}
