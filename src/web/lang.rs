//! The language of a page comes from its URL, never a cookie: `/cy/search` is the Welsh
//! search, `/ur/` the Urdu front page. This layer strips the prefix before routing, so
//! every route serves every language, and answers the request within its language.

use crate::i18n::{self, Here, Lang};
use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Uri, header};
use axum::middleware::Next;
use axum::response::Response;
use std::convert::Infallible;

/// The language and the path without it: `/cy/search?x` is Welsh `/search?x`.
fn split(uri: &Uri) -> (Lang, String) {
    let path_and_query = uri.path_and_query().map_or("/", |p| p.as_str());
    let path = uri.path();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    match Lang::from_code(first) {
        Some(lang) if lang != Lang::En => {
            let rest = &path_and_query[1 + first.len()..];
            let rest = if rest.is_empty() || rest.starts_with('?') {
                format!("/{rest}")
            } else {
                rest.to_string()
            };
            (lang, rest)
        }
        _ => (Lang::En, path_and_query.to_string()),
    }
}

/// Strips the language prefix, routes the rest within that language, and keeps the
/// prefix on local redirects.
pub async fn prefix(mut request: Request, next: Next) -> Response {
    let (lang, rest) = split(request.uri());
    if lang != Lang::En {
        let mut parts = request.uri().clone().into_parts();
        parts.path_and_query = rest.parse().ok();
        if let Ok(uri) = Uri::from_parts(parts) {
            *request.uri_mut() = uri;
        }
    }
    request.extensions_mut().insert(lang);
    let here = Here {
        lang,
        path: rest.clone(),
    };
    let mut response = i18n::scope(here, next.run(request)).await;
    if lang != Lang::En {
        let location = response.headers().get(header::LOCATION).cloned();
        if let Some(to) = location.as_ref().and_then(|l| l.to_str().ok()) {
            let local = to.starts_with('/') && !to.starts_with("//");
            if local
                && split(&to.parse().unwrap_or_default()).0 == Lang::En
                && let Ok(value) = HeaderValue::from_str(&lang.path(to))
            {
                response.headers_mut().insert(header::LOCATION, value);
            }
        }
    }
    response
}

/// A handler's language, from the URL's prefix (English without one).
impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Lang>().copied().unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(uri: &str) -> (Lang, String) {
        split(&uri.parse().unwrap())
    }

    #[test]
    fn the_prefix_names_the_language_and_the_rest_is_the_page() {
        assert_eq!(
            at("/cy/search?where=CF10"),
            (Lang::Cy, "/search?where=CF10".into())
        );
        assert_eq!(at("/cy"), (Lang::Cy, "/".into()));
        assert_eq!(at("/ur/"), (Lang::Ur, "/".into()));
        assert_eq!(at("/cy?x=1"), (Lang::Cy, "/?x=1".into()));
        assert_eq!(at("/search"), (Lang::En, "/search".into()));
        assert_eq!(at("/en/search"), (Lang::En, "/en/search".into()));
        assert_eq!(at("/cymru"), (Lang::En, "/cymru".into()));
    }
}
