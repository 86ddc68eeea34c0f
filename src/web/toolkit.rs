//! The toolkit for peer support projects: `/toolkit` and the printable workbook
//! `/toolkit/workbook`. Open to everyone, no sign-in.

use crate::views;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use maud::Markup;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/toolkit", get(toolkit))
        .route("/toolkit/workbook", get(workbook))
}

async fn toolkit(State(state): State<AppState>) -> Markup {
    views::toolkit::toolkit(state.chrome(None))
}

async fn workbook(State(state): State<AppState>) -> Markup {
    views::workbook::workbook(state.chrome(None))
}
