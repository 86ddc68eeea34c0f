//! The one error type of the web layer.
//!
//! Every handler returns `Result<_, AppError>`. The response is an RFC 9457
//! `application/problem+json` document; for HTML routes the `web::html_errors` middleware
//! swaps it for an error page that still shows the crisis routes. A 5xx never shows
//! what went wrong inside: that goes to the log.

use crate::geocode::GeocodeError;
use crate::i18n::here;
use crate::registry::RegistryError;
use crate::store::StoreError;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

#[derive(Debug)]
pub enum AppError {
    /// The request cannot be understood: the detail says what to change.
    BadRequest(String),
    /// Nothing is here: the detail says what was looked for.
    NotFound(String),
    /// Signing in is needed first.
    Unauthorized(String),
    /// Signed in, but this account may not do this.
    Forbidden(String),
    /// It cannot be done in the state things are in.
    Conflict(String),
    /// Too many attempts: wait a little.
    TooManyRequests(String),
    /// The body is larger than we accept.
    PayloadTooLarge,
    /// The body did not arrive in time.
    TimedOut,
    /// The request took longer than we allow, or we are too busy.
    Busy,
    /// Something failed on our side.
    Internal(anyhow::Error),
    /// A use case refused: its reason, worded in the page's language.
    Refused(RegistryError),
}

/// What an error page needs, carried from the error to the HTML middleware.
#[derive(Debug, Clone)]
pub struct Problem {
    pub status: StatusCode,
    pub title: &'static str,
    pub detail: String,
}

#[derive(Serialize)]
struct ProblemBody<'a> {
    r#type: &'static str,
    title: &'a str,
    status: u16,
    detail: &'a str,
}

impl AppError {
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::BadRequest(detail.into())
    }

    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::NotFound(detail.into())
    }

    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::Forbidden(detail.into())
    }

    /// The status, title and detail shown to the person asking.
    pub fn problem(&self) -> Problem {
        match self {
            AppError::BadRequest(d) => Problem {
                status: StatusCode::BAD_REQUEST,
                title: "There is a problem with your request",
                detail: d.clone(),
            },
            AppError::NotFound(d) => Problem {
                status: StatusCode::NOT_FOUND,
                title: "Page not found",
                detail: d.clone(),
            },
            AppError::Unauthorized(d) => Problem {
                status: StatusCode::UNAUTHORIZED,
                title: "You need to sign in",
                detail: d.clone(),
            },
            AppError::Forbidden(d) => Problem {
                status: StatusCode::FORBIDDEN,
                title: "You cannot do that",
                detail: d.clone(),
            },
            AppError::Conflict(d) => Problem {
                status: StatusCode::CONFLICT,
                title: "That cannot be done now",
                detail: d.clone(),
            },
            AppError::TooManyRequests(d) => Problem {
                status: StatusCode::TOO_MANY_REQUESTS,
                title: "Too many attempts",
                detail: d.clone(),
            },
            AppError::PayloadTooLarge => Problem {
                status: StatusCode::PAYLOAD_TOO_LARGE,
                title: "What you sent is too large",
                detail: here().lang.t("error-too-large"),
            },
            AppError::TimedOut => Problem {
                status: StatusCode::REQUEST_TIMEOUT,
                title: "What you sent did not arrive in time",
                detail: here().lang.t("error-timed-out"),
            },
            AppError::Busy => Problem {
                status: StatusCode::SERVICE_UNAVAILABLE,
                title: "This is taking too long",
                detail: here().lang.t("error-busy"),
            },
            AppError::Internal(_) => Problem {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                title: "Sorry, something went wrong on our side",
                detail: here().lang.t("error-internal"),
            },
            AppError::Refused(e) => {
                let detail = match e.refusal() {
                    Some(r) => crate::views::refusal::message(here().lang, r),
                    None => e.to_string(),
                };
                match e {
                    RegistryError::NotFound(_) => AppError::NotFound(detail),
                    RegistryError::Conflict(_) => AppError::Conflict(detail),
                    _ => AppError::Forbidden(detail),
                }
                .problem()
            }
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<RegistryError> for AppError {
    fn from(e: RegistryError) -> Self {
        match e {
            RegistryError::Store(e) => e.into(),
            refused => AppError::Refused(refused),
        }
    }
}

impl From<GeocodeError> for AppError {
    fn from(e: GeocodeError) -> Self {
        AppError::BadRequest(crate::views::place_problem::message(here().lang, &e))
    }
}

impl From<anyhow::Error> for AppError {
    fn from(e: anyhow::Error) -> Self {
        AppError::Internal(e)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(e) = &self {
            tracing::error!(error = %format!("{e:#}"), "internal error");
        }
        let problem = self.problem();
        let body = ProblemBody {
            r#type: "about:blank",
            title: problem.title,
            status: problem.status.as_u16(),
            detail: &problem.detail,
        };
        let json = super::api::escaped_json(&body).unwrap_or_default();
        let mut response = (
            problem.status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            json,
        )
            .into_response();
        response.extensions_mut().insert(problem);
        response
    }
}
