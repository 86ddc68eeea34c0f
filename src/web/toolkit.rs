//! The toolkit for peer support projects: `/toolkit`, the printable workbook
//! `/toolkit/workbook`, the peer-assurance criteria `/toolkit/peer-assurance`, and a
//! project's reflections year by year (`/projects/{slug}/reflections`, printable in the
//! workbook's form). Open to everyone, no sign-in.

use super::error::AppError;
use super::extract::{CheckedForm, ClientAddr, Maintainer, PublicListing, Verified};
use super::query::Params;
use crate::domain::check::FieldError;
use crate::domain::support::{OfferPlace, SupportKind, SupportOffer};
use crate::i18n::{Arg, here};
use crate::views;
use crate::views::support::OfferFields;
use crate::web::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use maud::Markup;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/toolkit", get(toolkit))
        .route("/toolkit/workbook", get(workbook))
        .route("/toolkit/peer-assurance", get(peer_assurance))
        .route("/projects/{slug}/reflections", get(reflection_years))
        .route("/toolkit/support", get(support))
        .route("/manage/{slug}/support", get(offers_form).post(save_offers))
        .route(
            "/toolkit/support/{slug}/connect",
            get(connect_form).post(connect),
        )
}

async fn toolkit(State(state): State<AppState>) -> Markup {
    views::toolkit::toolkit(state.chrome(None))
}

async fn workbook(State(state): State<AppState>) -> Markup {
    views::workbook::workbook(state.chrome(None))
}

async fn peer_assurance(State(state): State<AppState>) -> Markup {
    views::assurance::criteria(state.chrome(None))
}

async fn reflection_years(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
) -> Result<Markup, AppError> {
    let years = state.registry.reflection_years(&stored.project).await?;
    Ok(views::workbook::reflection_years(
        state.chrome(stored.project.only_nation()),
        &stored.project,
        &years,
    ))
}

/// The need asked for: a kind of support, or a clear 400.
fn need(params: &Params) -> Result<Option<SupportKind>, AppError> {
    match params.one("need").filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => SupportKind::parse(v).map(Some).ok_or_else(|| {
            AppError::bad_request(here().lang.ta(
                "support-no-such-kind",
                &[("kind", Arg::from(v.to_string()))],
            ))
        }),
    }
}

/// `/toolkit/support?need=…&where=…`: the nearest offers of a kind of support.
async fn support(State(state): State<AppState>, params: Params) -> Result<Response, AppError> {
    let lang = here().lang;
    let kind = need(&params)?;
    let place = params.text("where", &lang.t("support-where"), 100)?;
    let chrome = || state.chrome(None);
    let (Some(k), false) = (kind, place.is_empty()) else {
        let errors = if kind.is_some() {
            vec![FieldError::new("where", lang.t("support-where-missing"))]
        } else {
            Vec::new()
        };
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        let page = views::support::finder(chrome(), kind, &place, None, &errors);
        return Ok((status, page).into_response());
    };
    let from = match state.geocoder.lookup(&place) {
        Ok(found) => found.location,
        Err(e) => {
            let errors = [FieldError::new(
                "where",
                views::place_problem::message(lang, &e),
            )];
            let page = views::support::finder(chrome(), kind, &place, None, &errors);
            return Ok((StatusCode::BAD_REQUEST, page).into_response());
        }
    };
    let found = state.registry.find_support(k, from).await?;
    Ok(views::support::finder(chrome(), kind, &place, Some(&found), &[]).into_response())
}

async fn offers_form(
    State(state): State<AppState>,
    m: Maintainer,
    params: Params,
) -> Result<Response, AppError> {
    let project = &m.listing.project;
    let offers = state.registry.support_offers(project).await?;
    let fields: Vec<_> = SupportKind::ALL
        .iter()
        .map(|k| (*k, OfferFields::of(&offers, *k)))
        .collect();
    let saved = params.one("saved").is_some();
    let page = views::support::offers_form(
        state.chrome(None),
        &m.viewer.csrf(&state),
        project,
        &fields,
        &[],
        saved,
    );
    Ok(page.into_response())
}

async fn save_offers(
    State(state): State<AppState>,
    m: Maintainer,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let lang = here().lang;
    let project = &m.listing.project;
    let mut fields = Vec::new();
    let mut offers = Vec::new();
    let mut errors: Vec<FieldError> = Vec::new();
    for k in SupportKind::ALL {
        let f = OfferFields {
            offered: form.params.one(&format!("offer_{}", k.slug())) == Some("yes"),
            place: form.params.text_checked(
                &format!("place_{}", k.slug()),
                &lang.t("support-where-label"),
                100,
                &mut errors,
            ),
            online: form.params.one(&format!("online_{}", k.slug())) == Some("yes"),
        };
        let field: &'static str = match k {
            SupportKind::Training => "place_training",
            SupportKind::Supervision => "place_supervision",
            SupportKind::Mentoring => "place_mentoring",
            SupportKind::JointGroups => "place_joint-groups",
        };
        let label = || Arg::from(views::support::kind_label(lang, k));
        if f.offered {
            let place = if f.place.is_empty() {
                None
            } else {
                match state.geocoder.lookup(&f.place) {
                    Ok(found) => Some(OfferPlace {
                        label: f.place.clone(),
                        location: found.location,
                    }),
                    Err(e) => {
                        let problem = Arg::from(views::place_problem::message(lang, &e));
                        let message = lang.ta(
                            "support-place-problem",
                            &[("kind", label()), ("problem", problem)],
                        );
                        errors.push(FieldError::new(field, message));
                        None
                    }
                }
            };
            if f.place.is_empty() && !f.online {
                errors.push(FieldError::new(
                    field,
                    lang.ta("support-place-missing", &[("kind", label())]),
                ));
            }
            offers.push(SupportOffer {
                kind: k,
                place,
                online: f.online,
            });
        }
        fields.push((k, f));
    }
    if !errors.is_empty() {
        let page = views::support::offers_form(
            state.chrome(None),
            &form.viewer.csrf(&state),
            project,
            &fields,
            &errors,
            false,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    state
        .registry
        .set_support_offers(project, &m.account, &offers)
        .await?;
    Ok(Redirect::to(&format!("/manage/{}/support?saved=yes", project.slug)).into_response())
}

async fn connect_form(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    verified: Verified,
    params: Params,
) -> Result<Response, AppError> {
    let kind =
        need(&params)?.ok_or_else(|| AppError::bad_request(here().lang.t("support-need-first")))?;
    let own = state.store.projects_of(verified.account.id).await?;
    let page = views::support::connect_form(
        state.chrome(None),
        &verified.viewer.csrf(&state),
        &stored.project,
        kind,
        &own,
        "",
        &[],
    );
    Ok(page.into_response())
}

async fn connect(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    ClientAddr(client): ClientAddr,
    verified: Verified,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let lang = here().lang;
    let kind =
        need(&form.params)?.ok_or_else(|| AppError::bad_request(lang.t("support-need-first")))?;
    let own = state.store.projects_of(verified.account.id).await?;
    let from = form.params.one("from").unwrap_or("");
    let Some((slug, _)) = own.iter().find(|(s, _)| s.as_str() == from) else {
        return Err(AppError::Forbidden(lang.t("support-only-yours")));
    };
    let mut errors = Vec::new();
    let message =
        form.params
            .text_checked("message", &lang.t("support-message"), 2_000, &mut errors);
    if message.is_empty() {
        errors.push(FieldError::new(
            "message",
            lang.t("support-message-missing"),
        ));
    }
    if !errors.is_empty() {
        let page = views::support::connect_form(
            state.chrome(None),
            &form.viewer.csrf(&state),
            &stored.project,
            kind,
            &own,
            &message,
            &errors,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    if !state
        .limits
        .mail_link(&verified.account.email, client)
        .await?
    {
        return Err(AppError::TooManyRequests(lang.t("support-too-many")));
    }
    let asking = state
        .store
        .get(slug)
        .await?
        .ok_or_else(|| AppError::not_found(lang.t("manage-no-listing")))?;
    state
        .registry
        .ask_to_connect(
            &stored.project,
            &asking.project,
            &verified.account,
            kind,
            &message,
        )
        .await?;
    Ok(views::support::connect_sent(state.chrome(None), &stored.project).into_response())
}
