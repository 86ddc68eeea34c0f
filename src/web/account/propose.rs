//! `/account/propose`: a verified account proposes a new listing; a confirmation page
//! says what happens next.

use crate::domain::{Precision, Project, Site, Slug, Status, Taxonomy};
use crate::i18n::{Arg, here};
use crate::views;
use crate::views::account::Proposal;
use crate::web::error::AppError;
use crate::web::extract::{CheckedForm, Verified};
use crate::web::query::Params;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new().route("/account/propose", get(propose_form).post(propose))
}

fn need_choices(t: &Taxonomy) -> Vec<(String, String)> {
    t.needs
        .iter()
        .map(|n| (n.slug.clone(), n.label.clone()))
        .collect()
}

async fn propose_form(
    State(state): State<AppState>,
    Verified { viewer, .. }: Verified,
) -> Result<Response, AppError> {
    Ok(views::account::propose(
        state.chrome(None),
        &viewer.csrf(&state),
        &need_choices(&state.taxonomy),
        &Proposal::default(),
        &[],
    )
    .into_response())
}

/// What the form holds.
fn typed(params: &Params) -> Result<Proposal, AppError> {
    let lang = here().lang;
    Ok(Proposal {
        name: params.text("name", &lang.t("acct-propose-name"), 200)?,
        organisation: params.text("organisation", &lang.t("acct-propose-organisation"), 200)?,
        summary: params.text(
            "summary",
            &lang.t("acct-propose-summary"),
            crate::domain::validate::SUMMARY_MAX,
        )?,
        town: params.text("town", &lang.t("acct-town-label"), 100)?,
        needs: params.all("need").map(str::to_string).collect(),
        statement: params.text("statement", &lang.t("acct-statement"), 2_000)?,
    })
}

async fn propose(
    State(state): State<AppState>,
    Verified { account, .. }: Verified,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let typed = typed(&params)?;
    let mut errors: Vec<(&str, String)> = Vec::new();
    if typed.name.is_empty() {
        errors.push(("name", here().lang.t("acct-propose-name-missing")));
    }
    if typed.statement.is_empty() {
        errors.push(("statement", here().lang.t("acct-statement-missing")));
    }
    if !errors.is_empty() {
        let page = views::account::propose(
            state.chrome(None),
            &viewer.csrf(&state),
            &need_choices(&state.taxonomy),
            &typed,
            &errors,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    let project = project_of(&state, &typed).await?;
    state
        .registry
        .request_listing(account.id, None, Some(&project), &typed.statement)
        .await?;
    let lang = here().lang;
    Ok(views::account::done(
        state.chrome(None),
        &lang.t("acct-proposed"),
        &[
            &lang.ta(
                "acct-proposed-thanks",
                &[("name", Arg::from(project.name.clone()))],
            ),
            &lang.t("acct-proposed-next"),
            &lang.t("acct-proposed-mail"),
        ],
        ("/account", &lang.t("acct-go-to-account")),
    )
    .into_response())
}

/// The pending listing a proposal makes, or why it cannot be one.
async fn project_of(state: &AppState, typed: &Proposal) -> Result<Project, AppError> {
    let name = typed.name.clone();
    let slug = Slug::from_name(&name).map_err(|e| AppError::bad_request(e.to_string()))?;
    if state.store.get(&slug).await?.is_some() {
        return Err(AppError::Conflict(
            here()
                .lang
                .ta("acct-propose-exists", &[("name", Arg::from(name.clone()))]),
        ));
    }
    let town = &typed.town;
    let sites = if town.is_empty() {
        Vec::new()
    } else {
        let place = state.geocoder.lookup(town)?;
        if place.precision == crate::geocode::PlacePrecision::Nation {
            return Err(AppError::bad_request(
                here()
                    .lang
                    .ta("acct-propose-nation", &[("town", Arg::from(town.clone()))]),
            ));
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
        organisation: typed.organisation.clone(),
        summary: typed.summary.clone(),
        description: String::new(),
        name_cy: None,
        summary_cy: None,
        description_cy: None,
        formats: Default::default(),
        delivery: Default::default(),
        needs: typed.needs.iter().cloned().collect(),
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
    let checks = project.checks(&state.taxonomy);
    if !checks.is_empty() {
        let message = crate::views::checks::all_words(here().lang, &checks);
        return Err(AppError::bad_request(message));
    }
    Ok(project)
}
