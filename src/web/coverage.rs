//! Coverage: `/coverage` (map and table), `/coverage.csv` and `/coverage.geojson`.

use super::query::Params;
use crate::coverage::Coverage;
use crate::domain::ListingFilter;
use crate::views;
use crate::web::error::AppError;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use maud::Markup;
use serde_json::json;
use std::sync::Arc;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/coverage", get(page))
        .route("/coverage.csv", get(csv))
        .route("/coverage.geojson", get(geojson))
}

/// The filters (need, format, language) and their coverage.
fn load(state: &AppState, params: &Params) -> Result<(ListingFilter, Arc<Coverage>), AppError> {
    let asked = params.filters(&state.taxonomy)?;
    // Coverage is by need, format and language; other facets are not offered here.
    let filters = ListingFilter {
        needs: asked.needs,
        formats: asked.formats,
        languages: asked.languages,
        ..Default::default()
    };
    let index = state.search();
    let coverage = state
        .coverage
        .get(&index, &state.outlines, &state.geocoder, &filters);
    Ok((filters, coverage))
}

/// The query string of the filters, for download links.
pub fn filter_query(filters: &ListingFilter) -> String {
    let pairs: Vec<_> = filters
        .pairs()
        .into_iter()
        .filter(|(k, _)| matches!(*k, "need" | "format" | "lang"))
        .collect();
    serde_html_form::to_string(&pairs).unwrap_or_default()
}

async fn page(State(state): State<AppState>, params: Params) -> Result<Markup, AppError> {
    let (filters, coverage) = load(&state, &params)?;
    let viewport = crate::map::Viewport::new(crate::map::UK);
    let outlines = state.outlines.paths(&viewport, 1.5);
    let towns = state.map.towns(&state.geocoder);
    let words = crate::views::map::label_names(crate::i18n::here().lang);
    let labels = crate::map::labels::place(&viewport, towns, &words, true, &[]);
    Ok(views::coverage::coverage(
        state.chrome(None),
        &state.taxonomy,
        &filters,
        &filter_query(&filters),
        &coverage,
        &viewport,
        &views::coverage::Layers {
            outlines: &outlines,
            labels: &labels,
        },
    ))
}

fn km(m: Option<f64>) -> Option<f64> {
    m.map(|m| (m / 1000.0 * 1000.0).round() / 1000.0)
}

async fn csv(State(state): State<AppState>, params: Params) -> Result<Response, AppError> {
    let (_, coverage) = load(&state, &params)?;
    let mut out = ::csv::Writer::from_writer(Vec::new());
    let fail = |e: ::csv::Error| AppError::from(anyhow::Error::from(e));
    out.write_record(["cell", "lat", "lon", "nation", "distance_km", "band"])
        .map_err(fail)?;
    for c in &coverage.cells {
        out.write_record([
            c.cell.to_string(),
            format!("{:.6}", c.lat),
            format!("{:.6}", c.lon),
            c.nation.slug().to_string(),
            km(c.distance_m).map(|d| d.to_string()).unwrap_or_default(),
            c.band.slug().to_string(),
        ])
        .map_err(fail)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| AppError::from(anyhow::anyhow!("{e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"peermap-coverage.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

async fn geojson(State(state): State<AppState>, params: Params) -> Result<Response, AppError> {
    let (_, coverage) = load(&state, &params)?;
    let round = |x: f64| (x * 1e5).round() / 1e5;
    let features: Vec<_> = coverage
        .cells
        .iter()
        .map(|c| {
            let mut ring: Vec<[f64; 2]> = c
                .cell
                .boundary()
                .iter()
                .map(|ll| [round(ll.lng()), round(ll.lat())])
                .collect();
            if let Some(first) = ring.first().copied() {
                ring.push(first);
            }
            json!({
                "type": "Feature",
                "geometry": { "type": "Polygon", "coordinates": [ring] },
                "properties": {
                    "cell": c.cell.to_string(),
                    "lat": (c.lat * 1e6).round() / 1e6,
                    "lon": (c.lon * 1e6).round() / 1e6,
                    "nation": c.nation.slug(),
                    "distance_km": km(c.distance_m),
                    "band": c.band.slug(),
                }
            })
        })
        .collect();
    let body = json!({ "type": "FeatureCollection", "features": features });
    Ok((
        [(header::CONTENT_TYPE, "application/geo+json")],
        super::api::escaped_json(&body).map_err(anyhow::Error::from)?,
    )
        .into_response())
}
