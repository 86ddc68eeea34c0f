//! `/moderate`: moderators approve claims and edits, work through reports, hide reviews,
//! and see every change.

use super::error::AppError;
use super::extract::{CheckedForm, Moderator, PathParams, PublicListing};
use super::query::Params;
use super::state::AppState;
use crate::domain::Slug;
use crate::domain::community::Decision;
use crate::i18n::here;
use crate::views;
use crate::views::moderate::{REASON_MAX, SIGN_IN_LINKS};
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/moderate", get(queue))
        .route("/moderate/stale", get(stale))
        .route("/moderate/claims/{id}", post(decide_claim))
        .route("/moderate/edits/{id}", post(decide_edit))
        .route("/moderate/reports/{id}", post(resolve_report))
        .route("/moderate/reviews/{id}/hide", post(hide_review))
        .route("/moderate/sign-in-links", post(make_sign_in_link))
        .route(
            "/moderate/assurance/{slug}",
            get(withdraw_form).post(withdraw_assurance),
        )
}

async fn queue(State(state): State<AppState>, m: Moderator) -> Result<Response, AppError> {
    queue_page(&state, &m, None).await
}

/// The queue, with the form `sent` back with its problem (answered 400) when there is one.
async fn queue_page(
    state: &AppState,
    m: &Moderator,
    sent: Option<views::moderate::Sent<'_>>,
) -> Result<Response, AppError> {
    let claims = state.store.claims(true).await?;
    let pending = state.store.pending_edits().await?;
    let slugs: Vec<Slug> = pending.iter().map(|e| e.project.clone()).collect();
    let current = state.store.get_many(&slugs).await?;
    let edits: Vec<_> = pending
        .into_iter()
        .map(|e| {
            let now = current.iter().find(|s| s.project.slug == e.project);
            let now = now.map(|s| s.project.clone());
            (e, now)
        })
        .collect();
    let reports = state.store.reports(true).await?;
    let reviews = state.store.all_reviews().await?;
    let history = state.store.recent_history(100).await?;
    let assured = state.store.assured_slugs().await?;
    let q = views::moderate::Queue {
        claims: &claims,
        edits: &edits,
        reports: &reports,
        reviews: &reviews,
        history: &history,
        assured: &assured,
        sent,
    };
    let status = if q.sent.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let page = views::moderate::queue(state.chrome(None), &m.viewer.csrf(state), &q);
    Ok((status, page).into_response())
}

/// A form of the queue whose text cannot be taken: the queue again, with the problem by
/// the field and the text kept.
async fn sent_back(
    state: &AppState,
    m: &Moderator,
    (action, field): (&str, &str),
    message: &str,
    typed: &str,
) -> Result<Response, AppError> {
    let sent = views::moderate::Sent {
        action,
        field,
        message,
        typed,
    };
    queue_page(state, m, Some(sent)).await
}

/// The listings nobody has confirmed for 12 months or more.
async fn stale(State(state): State<AppState>, _m: Moderator) -> Result<Response, AppError> {
    let listings = state.registry.stale().await?;
    Ok(views::stale::stale(state.chrome(None), &listings).into_response())
}

/// The decision and reason of a moderator's form; `Err` with the problem and the typed
/// reason when the reason cannot be taken.
type Decided = Result<(Decision, Option<String>), (String, String)>;

fn decision(params: &Params) -> Result<Decided, AppError> {
    let decision = match params.one("decision") {
        Some("approve") => Decision::Approved,
        Some("reject") => Decision::Rejected,
        _ => return Err(AppError::bad_request(here().lang.t("mod-choose"))),
    };
    let mut errors = Vec::new();
    let label = here().lang.t("mod-reason-label");
    let reason = params.text_checked("reason", &label, REASON_MAX, &mut errors);
    if let Some(problem) = errors.into_iter().next() {
        return Ok(Err((problem.message, reason)));
    }
    if decision == Decision::Rejected && reason.is_empty() {
        return Ok(Err((here().lang.t("mod-reason-needed"), reason)));
    }
    Ok(Ok((decision, (!reason.is_empty()).then_some(reason))))
}

async fn decide_claim(
    State(state): State<AppState>,
    m: Moderator,
    PathParams(id): PathParams<i64>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let (decision, reason) = match decision(&form.params)? {
        Ok(decided) => decided,
        Err((problem, typed)) => {
            let action = format!("/moderate/claims/{id}");
            return sent_back(&state, &m, (&action, "reason"), &problem, &typed).await;
        }
    };
    state
        .registry
        .decide_claim(id, decision, reason.as_deref(), &m.account)
        .await?;
    Ok(Redirect::to("/moderate").into_response())
}

async fn decide_edit(
    State(state): State<AppState>,
    m: Moderator,
    PathParams(id): PathParams<i64>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let (decision, reason) = match decision(&form.params)? {
        Ok(decided) => decided,
        Err((problem, typed)) => {
            let action = format!("/moderate/edits/{id}");
            return sent_back(&state, &m, (&action, "reason"), &problem, &typed).await;
        }
    };
    state
        .registry
        .decide_edit(id, decision, reason.as_deref(), &m.account)
        .await?;
    Ok(Redirect::to("/moderate").into_response())
}

async fn resolve_report(
    State(state): State<AppState>,
    m: Moderator,
    PathParams(id): PathParams<i64>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let mut errors = Vec::new();
    let label = here().lang.t("mod-note-label");
    let note = form
        .params
        .text_checked("note", &label, REASON_MAX, &mut errors);
    if let Some(problem) = errors.first() {
        let action = format!("/moderate/reports/{id}");
        return sent_back(&state, &m, (&action, "note"), &problem.message, &note).await;
    }
    if !state.store.resolve_report(id, m.account.id, &note).await? {
        return Err(AppError::not_found(here().lang.t("mod-no-report")));
    }
    Ok(Redirect::to("/moderate").into_response())
}

async fn hide_review(
    State(state): State<AppState>,
    m: Moderator,
    PathParams(id): PathParams<i64>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let mut errors = Vec::new();
    let label = here().lang.t("mod-reason-label");
    let reason = form
        .params
        .text_checked("reason", &label, REASON_MAX, &mut errors);
    let problem = match errors.into_iter().next() {
        Some(problem) => Some(problem.message),
        None => reason.is_empty().then(|| here().lang.t("mod-hide-reason")),
    };
    if let Some(problem) = problem {
        let action = format!("/moderate/reviews/{id}/hide");
        return sent_back(&state, &m, (&action, "reason"), &problem, &reason).await;
    }
    state.registry.hide_review(id, &m.account, &reason).await?;
    Ok(Redirect::to("/moderate").into_response())
}

/// The confirmation before withdrawing a listing's peer assurance, asking the reason.
async fn withdraw_form(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    m: Moderator,
) -> Result<Response, AppError> {
    let standing = state.registry.assurance(&stored.project).await?;
    let token = m.viewer.csrf(&state);
    let page = views::assurance::withdraw_form(
        state.chrome(None),
        &token,
        &stored.project,
        &standing,
        "",
        None,
    );
    Ok(page.into_response())
}

async fn withdraw_assurance(
    State(state): State<AppState>,
    PublicListing(stored): PublicListing,
    m: Moderator,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let mut errors = Vec::new();
    let label = here().lang.t("mod-reason-label");
    let reason = form
        .params
        .text_checked("reason", &label, REASON_MAX, &mut errors);
    let problem = match errors.into_iter().next() {
        Some(problem) => Some(problem.message),
        None => reason
            .is_empty()
            .then(|| here().lang.t("mod-withdraw-reason")),
    };
    if let Some(problem) = problem {
        let standing = state.registry.assurance(&stored.project).await?;
        let page = views::assurance::withdraw_form(
            state.chrome(None),
            &form.viewer.csrf(&state),
            &stored.project,
            &standing,
            &reason,
            Some(&problem),
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    state
        .registry
        .withdraw_assurance(&stored.project, &m.account, &reason)
        .await?;
    Ok(Redirect::to(&format!("/projects/{}", stored.project.slug)).into_response())
}

/// How long a one-time sign-in link works, in hours.
pub const LINK_HOURS: i64 = 24;

async fn make_sign_in_link(
    State(state): State<AppState>,
    m: Moderator,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let Some(origin) = super::origin::link_origin(&state.config) else {
        return Err(AppError::Conflict(here().lang.t("mod-no-origin")));
    };
    let moderator = &m.account;
    let mut errors = Vec::new();
    let label = here().lang.t("mod-email-label");
    let typed = form.params.text_checked("email", &label, 254, &mut errors);
    if let Some(problem) = errors.first() {
        return sent_back(
            &state,
            &m,
            (SIGN_IN_LINKS, "email"),
            &problem.message,
            &typed,
        )
        .await;
    }
    let email = typed.to_lowercase();
    let secret: String = {
        use rand::RngCore;
        let mut bytes = [0u8; 24];
        rand::rng().fill_bytes(&mut bytes);
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    };
    if !state
        .registry
        .create_sign_in_link(
            &email,
            &super::account::link_hash(&secret),
            moderator.id,
            LINK_HOURS,
        )
        .await?
    {
        let problem = here().lang.ta(
            "mod-no-account",
            &[("email", crate::i18n::Arg::from(email.clone()))],
        );
        return sent_back(&state, &m, (SIGN_IN_LINKS, "email"), &problem, &typed).await;
    }
    let link = format!("{origin}/account/once/{secret}");
    Ok(views::account::link_made(state.chrome(None), &email, &link, LINK_HOURS).into_response())
}
