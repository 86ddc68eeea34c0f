//! `/account/propose`: a verified account proposes a new listing; a confirmation page
//! says what happens next.

use crate::domain::check::FieldError;
use crate::domain::community::STATEMENT_MAX;
use crate::domain::validate::SUMMARY_MAX;
use crate::domain::{Precision, Project, Site, Slug, Status, Taxonomy};
use crate::geocode::PlacePrecision;
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

/// What the form holds, as typed; a field too long has its problem added to `errors`.
fn typed(params: &Params, errors: &mut Vec<FieldError>) -> Proposal {
    let lang = here().lang;
    let mut text =
        |key: &str, label: &str, max: usize| params.text_checked(key, &lang.t(label), max, errors);
    Proposal {
        name: text("name", "acct-propose-name", 200),
        organisation: text("organisation", "acct-propose-organisation", 200),
        summary: text("summary", "acct-propose-summary", SUMMARY_MAX),
        town: text("town", "acct-town-label", 100),
        needs: params.all("need").map(str::to_string).collect(),
        statement: text("statement", "acct-statement", STATEMENT_MAX),
    }
}

async fn propose(
    State(state): State<AppState>,
    Verified { account, .. }: Verified,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let CheckedForm { viewer, params } = form;
    let mut errors = Vec::new();
    let typed = typed(&params, &mut errors);
    let lang = here().lang;
    if typed.name.is_empty() {
        errors.push(FieldError::new("name", lang.t("acct-propose-name-missing")));
    }
    if typed.statement.is_empty() {
        errors.push(FieldError::new(
            "statement",
            lang.t("acct-statement-missing"),
        ));
    }
    let project = project_of(&state, &typed, &mut errors).await?;
    if !errors.is_empty() {
        // In the order of the form's fields.
        let order = [
            "name",
            "organisation",
            "summary",
            "town",
            "need",
            "statement",
        ];
        errors.sort_by_key(|e| order.iter().position(|f| *f == e.field));
        let page = views::account::propose(
            state.chrome(None),
            &viewer.csrf(&state),
            &need_choices(&state.taxonomy),
            &typed,
            &errors,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    state
        .registry
        .request_listing(account.id, None, Some(&project), &typed.statement)
        .await?;
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

/// Where a proposal's town is: none when none is given, or when it cannot be a place to
/// meet (its problem is added to `errors`).
fn site_of(state: &AppState, town: &str, errors: &mut Vec<FieldError>) -> Option<Site> {
    if town.is_empty() {
        return None;
    }
    let lang = here().lang;
    let place = match state.geocoder.lookup(town) {
        Ok(place) => place,
        Err(e) => {
            let message = views::place_problem::message(lang, &e);
            errors.push(FieldError::new("town", message));
            return None;
        }
    };
    if place.precision == PlacePrecision::Nation {
        let message = lang.ta(
            "acct-propose-nation",
            &[("town", Arg::from(town.to_string()))],
        );
        errors.push(FieldError::new("town", message));
        return None;
    }
    Some(Site {
        label: place.label.clone(),
        lat: place.location.lat(),
        lon: place.location.lon(),
        precision: if place.precision == PlacePrecision::Sector {
            Precision::Postcode
        } else {
            Precision::Town
        },
        radius_km: None,
        nation: place.nation,
    })
}

/// The pending listing a proposal makes; what stops it being one is added to `errors`
/// (by the field it is about).
async fn project_of(
    state: &AppState,
    typed: &Proposal,
    errors: &mut Vec<FieldError>,
) -> Result<Project, AppError> {
    let lang = here().lang;
    let name = typed.name.clone();
    let slug = match Slug::from_name(&name) {
        Ok(slug) => {
            if state.store.get(&slug).await?.is_some() {
                let message = lang.ta("acct-propose-exists", &[("name", Arg::from(name.clone()))]);
                errors.push(FieldError::new("name", message));
            }
            slug
        }
        Err(_) => {
            if !name.is_empty() {
                errors.push(FieldError::new("name", lang.t("acct-propose-name-letters")));
            }
            Slug::from_name("proposal").map_err(|e| AppError::Internal(e.into()))?
        }
    };
    let sites = site_of(state, &typed.town, errors).into_iter().collect();
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
    for check in project.checks(&state.taxonomy) {
        let field = crate::web::listing_form::control(&check).unwrap_or("name");
        // A name missing or too long is said once, as typed.
        if !errors.iter().any(|e| e.field == field) {
            let message = views::checks::words(lang, &check);
            errors.push(FieldError::new(field, message));
        }
    }
    Ok(project)
}
