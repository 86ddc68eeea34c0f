//! Where a request came from: our own absolute URLs, and same-origin checks for forms.

use crate::error::AppError;
use axum::http::HeaderMap;

/// The origin used when a request does not name a usable host.
pub const FALLBACK_ORIGIN: &str = "http://127.0.0.1:8080";

/// This site's origin as the request addressed it (`http://host:port`), for absolute
/// links such as QR codes. A missing or odd `Host` falls back to [`FALLBACK_ORIGIN`].
pub fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        });
    let Some(host) = host else {
        return FALLBACK_ORIGIN.to_string();
    };
    let https = headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
        .is_some_and(|p| p.eq_ignore_ascii_case("https"));
    format!("{}://{host}", if https { "https" } else { "http" })
}

/// Refuses a form post that did not come from a page of this site.
///
/// `Sec-Fetch-Site` is trusted when sent (browsers set it and pages cannot forge it);
/// otherwise `Origin` must be ours. Our pages send `Referrer-Policy: no-referrer`, under
/// which browsers send `Origin: null`, so a post with neither is refused too.
pub fn require_same_origin(headers: &HeaderMap) -> Result<(), AppError> {
    let refuse = || {
        AppError::forbidden(
            "We only accept this form from peermap's own pages. Open the signposting \
             sheet on this site and make the shortlist from there.",
        )
    };
    if let Some(site) = headers.get("sec-fetch-site") {
        return if site.as_bytes() == b"same-origin" {
            Ok(())
        } else {
            Err(refuse())
        };
    }
    match headers.get(axum::http::header::ORIGIN).map(|o| o.to_str()) {
        Some(Ok(origin)) if origin != "null" && origin == base_url(headers) => Ok(()),
        _ => Err(refuse()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn base_url_uses_the_host_or_falls_back() {
        assert_eq!(
            base_url(&headers(&[("host", "peermap.test:8080")])),
            "http://peermap.test:8080"
        );
        assert_eq!(base_url(&headers(&[("host", "a b\"<")])), FALLBACK_ORIGIN);
        assert_eq!(base_url(&HeaderMap::new()), FALLBACK_ORIGIN);
    }

    #[test]
    fn only_our_own_pages_may_post() {
        let ok = |pairs: &[(&'static str, &str)]| require_same_origin(&headers(pairs)).is_ok();
        assert!(ok(&[("host", "a.test"), ("sec-fetch-site", "same-origin")]));
        assert!(ok(&[("host", "a.test"), ("origin", "http://a.test")]));
        assert!(!ok(&[("host", "a.test"), ("sec-fetch-site", "cross-site")]));
        assert!(!ok(&[("host", "a.test"), ("origin", "http://evil.test")]));
        assert!(!ok(&[("host", "a.test"), ("origin", "null")]));
        assert!(!ok(&[("host", "a.test")]));
    }
}
