//! `/manage/{slug}`: a listing's own maintainers (and moderators) keep it current.

use super::error::AppError;
use super::extract::{CheckedForm, Maintainer, PathParams};
use super::listing_form;
use super::query::{Params, not_known};
use super::state::AppState;
use crate::domain::check::FieldError;
use crate::domain::community::COMMENT_MAX;
use crate::domain::validate::TEXT_MAX;
use crate::domain::{Principle, Reflection, ReflectionStatus, Slug, Status};
use crate::i18n::here;
use crate::registry::Published;
use crate::views;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/manage/{slug}", get(edit_form).post(edit))
        .route("/manage/{slug}/confirm", post(confirm))
        .route("/manage/{slug}/archive", get(archive_form).post(archive))
        .route("/manage/{slug}/restore", post(restore))
        .route(
            "/manage/{slug}/reflection",
            get(reflection_form).post(reflection),
        )
        .route("/manage/{slug}/reviews/{id}/reply", post(reply))
}

async fn edit_form(State(state): State<AppState>, m: Maintainer) -> Response {
    views::manage::edit(
        state.chrome(None),
        &m.viewer.csrf(&state),
        &state.taxonomy,
        &m.listing.project,
        (m.trusted, is_moderator(&m)),
        &views::manage::Problems::default(),
    )
    .into_response()
}

fn is_moderator(m: &Maintainer) -> bool {
    m.account.role == crate::domain::community::Role::Moderator
}

/// Where a change leaves her: the listing, saying whether it shows now or waits.
fn after(slug: &Slug, done: Published) -> Response {
    Redirect::to(&format!("/projects/{slug}?{}", done.slug())).into_response()
}

async fn edit(
    State(state): State<AppState>,
    m: Maintainer,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let current = &m.listing.project;
    let mut read = listing_form::read(&form.params, current);
    let places = listing_form::places(&form.params, &state.geocoder, &mut read, current);
    listing_form::add_area(&form.params, &state.geocoder, &mut read);
    listing_form::add_checks(&mut read, places.is_none(), &state.taxonomy);
    if !read.errors.is_empty() {
        let problems = views::manage::Problems {
            errors: &read.errors,
            typed: &read.typed,
            places: places.as_deref(),
        };
        let page = views::manage::edit(
            state.chrome(None),
            &m.viewer.csrf(&state),
            &state.taxonomy,
            &read.project,
            (m.trusted, is_moderator(&m)),
            &problems,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    let edited = read.project;
    let done = state
        .registry
        .publish_or_queue(&m.account, m.trusted, &edited, current)
        .await?;
    Ok(after(&current.slug, done))
}

/// "Nothing has changed: the listing is still accurate" (see [`crate::registry::Registry::confirm`]).
async fn confirm(
    State(state): State<AppState>,
    m: Maintainer,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    let project = m.listing.project;
    let slug = project.slug.clone();
    let own = state
        .store
        .maintainer_of(&slug, m.account.id)
        .await?
        .is_some();
    state
        .registry
        .confirm(project, own, &m.account.email)
        .await?;
    Ok(Redirect::to(&format!("/projects/{slug}")).into_response())
}

async fn archive_form(State(state): State<AppState>, m: Maintainer) -> Response {
    views::manage::archive(
        state.chrome(None),
        &m.viewer.csrf(&state),
        &m.listing.project,
    )
    .into_response()
}

/// Archives the listing once she has said yes on [`archive_form`]'s page.
async fn archive(
    State(state): State<AppState>,
    m: Maintainer,
    form: CheckedForm,
) -> Result<Response, AppError> {
    if form.params.one("confirm") != Some("yes") {
        let to = format!("/manage/{}/archive", m.listing.project.slug);
        return Ok(Redirect::to(&to).into_response());
    }
    let current = &m.listing.project;
    let mut project = current.clone();
    project.status = Status::Archived;
    let done = state
        .registry
        .publish_or_queue(&m.account, m.trusted, &project, current)
        .await?;
    Ok(after(&current.slug, done))
}

/// A moderator brings an archived listing back: published again, as it was.
async fn restore(
    State(state): State<AppState>,
    m: Maintainer,
    _form: CheckedForm,
) -> Result<Response, AppError> {
    if !is_moderator(&m) {
        return Err(AppError::Forbidden(
            here().lang.t("manage-restore-moderator"),
        ));
    }
    let mut project = m.listing.project;
    if project.status != Status::Archived {
        return Err(AppError::Conflict(here().lang.t("manage-not-archived")));
    }
    project.status = Status::Published;
    state.registry.save(&project, &m.account.email).await?;
    Ok(after(&project.slug, Published::Saved))
}

async fn reflection_form(
    State(state): State<AppState>,
    m: Maintainer,
) -> Result<Response, AppError> {
    let project = &m.listing.project;
    let reviews = state.store.reviews_of(&project.slug, false).await?;
    Ok(views::manage::reflection(
        state.chrome(None),
        &m.viewer.csrf(&state),
        project,
        &reviews,
        &views::manage::Reply::default(),
        &views::manage::ReflectionTyped::default(),
    )
    .into_response())
}

/// The reflection form as sent: one entry per principle given a status, what was typed
/// into every control (to show again), and each problem by its control.
struct ReadReflections {
    reflections: Vec<Reflection>,
    typed: Vec<(String, String)>,
    errors: Vec<FieldError>,
}

/// Reads the reflection form, keeping every answer as typed and every problem.
fn read_reflections(params: &Params, publish: bool, today: chrono::NaiveDate) -> ReadReflections {
    let lang = here().lang;
    let mut read = ReadReflections {
        reflections: Vec::new(),
        typed: Vec::new(),
        errors: Vec::new(),
    };
    let text = |read: &mut ReadReflections, key: String, label: &str, max: usize| {
        let value = params.text_checked(&key, &lang.t(label), max, &mut read.errors);
        read.typed.push((key, value.clone()));
        value
    };
    for p in Principle::ALL {
        let slug = p.slug();
        let status_key = format!("status_{slug}");
        let status = text(&mut read, status_key.clone(), "manage-where-you-are", 30);
        let how = text(
            &mut read,
            format!("how_{slug}"),
            "manage-column-1",
            TEXT_MAX,
        );
        let evidence = text(
            &mut read,
            format!("evidence_{slug}"),
            "manage-column-2",
            TEXT_MAX,
        );
        let next_steps = text(
            &mut read,
            format!("next_{slug}"),
            "manage-column-3",
            TEXT_MAX,
        );
        if status.is_empty() {
            continue;
        }
        match status.parse::<ReflectionStatus>() {
            Ok(status) => read.reflections.push(Reflection {
                principle: *p,
                status,
                how,
                evidence,
                next_steps,
                published_on: publish.then_some(today),
            }),
            Err(e) => read
                .errors
                .push(FieldError::new(&status_key, not_known(&status_key, &e))),
        }
    }
    read
}

async fn reflection(
    State(state): State<AppState>,
    m: Maintainer,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let current = &m.listing.project;
    let publish = form.params.one("action") == Some("publish");
    let read = read_reflections(&form.params, publish, state.registry.clock().today());
    if !read.errors.is_empty() {
        let reviews = state.store.reviews_of(&current.slug, false).await?;
        let typed = views::manage::ReflectionTyped {
            answers: Some(&read.typed),
            errors: &read.errors,
        };
        let page = views::manage::reflection(
            state.chrome(None),
            &form.viewer.csrf(&state),
            current,
            &reviews,
            &views::manage::Reply::default(),
            &typed,
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    let mut project = current.clone();
    project.reflections = read.reflections;
    let done = state
        .registry
        .publish_or_queue(&m.account, m.trusted, &project, current)
        .await?;
    if !publish && done == Published::Saved {
        // A draft is saved but shows nowhere public: the page must not say it does.
        return Ok(Redirect::to(&format!("/projects/{}?draft", current.slug)).into_response());
    }
    Ok(after(&current.slug, done))
}

async fn reply(
    State(state): State<AppState>,
    m: Maintainer,
    PathParams((_, id)): PathParams<(String, i64)>,
    form: CheckedForm,
) -> Result<Response, AppError> {
    let lang = here().lang;
    let field = format!("reply-{id}");
    let mut errors = Vec::new();
    let text = form.params.text_checked(
        "reply",
        &lang.t("manage-your-reply-label"),
        COMMENT_MAX,
        &mut errors,
    );
    let errors: Vec<FieldError> = errors
        .into_iter()
        .map(|e| FieldError::new(field.clone(), e.message))
        .chain(
            text.is_empty()
                .then(|| FieldError::new(field.clone(), lang.t("manage-reply-first"))),
        )
        .collect();
    let project = &m.listing.project;
    if !errors.is_empty() {
        let reviews = state.store.reviews_of(&project.slug, false).await?;
        let reply = views::manage::Reply {
            to: Some(id),
            text: &text,
            errors: &errors,
        };
        let page = views::manage::reflection(
            state.chrome(None),
            &form.viewer.csrf(&state),
            project,
            &reviews,
            &reply,
            &views::manage::ReflectionTyped::default(),
        );
        return Ok((StatusCode::BAD_REQUEST, page).into_response());
    }
    state.registry.reply_to_review(project, id, &text).await?;
    Ok(Redirect::to(&format!("/projects/{}", project.slug)).into_response())
}
