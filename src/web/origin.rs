//! Where a request came from: our own absolute URLs, and same-origin checks for forms.

use crate::config::Config;
use crate::web::error::AppError;
use axum::http::HeaderMap;

/// The origin of links made for someone else to open (one-time sign-in links): the
/// configured public origin, else the address served on when that is this machine's own
/// (a loopback address), else none. Never the request's `Host`, which whoever sends the
/// request chooses.
pub fn link_origin(config: &Config) -> Option<String> {
    if let Some(origin) = &config.public_origin {
        return Some(origin.trim_end_matches('/').to_string());
    }
    config
        .listen
        .ip()
        .is_loopback()
        .then(|| format!("http://{}", config.listen))
}

/// Where a form post says it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A page of this site.
    OurSite,
    /// Another site, or an opaque origin (`Origin: null`).
    OtherSite,
    /// Neither `Sec-Fetch-Site` nor `Origin` was sent (a script or a test client).
    Unstated,
}

/// Reads `Sec-Fetch-Site` when sent (browsers set it and pages cannot forge it), else
/// compares `Origin`'s host with the `Host` the request was sent to. Our pages send
/// `Referrer-Policy: no-referrer`, under which browsers may send `Origin: null`: that is
/// not evidence of our own site.
pub fn source(headers: &HeaderMap) -> Source {
    if let Some(site) = headers.get("sec-fetch-site") {
        return if site.as_bytes() == b"same-origin" {
            Source::OurSite
        } else {
            Source::OtherSite
        };
    }
    let Some(origin) = headers.get(axum::http::header::ORIGIN) else {
        return Source::Unstated;
    };
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok());
    let ours = origin
        .to_str()
        .ok()
        .and_then(|o| o.split_once("://"))
        .is_some_and(|(_, origin_host)| Some(origin_host) == host);
    if ours {
        Source::OurSite
    } else {
        Source::OtherSite
    }
}

/// Refuses a form post that does not show it came from a page of this site (for forms
/// without a token, such as making a shortlist).
pub fn require_same_origin(headers: &HeaderMap) -> Result<(), AppError> {
    match source(headers) {
        Source::OurSite => Ok(()),
        _ => Err(AppError::forbidden(
            crate::i18n::here().lang.t("shortlist-other-site"),
        )),
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
    fn links_for_others_come_from_the_configuration_only() {
        let mut config = Config::for_database("sqlite://x.db");
        assert_eq!(
            link_origin(&config).as_deref(),
            Some("http://127.0.0.1:8080")
        );
        config.listen = "0.0.0.0:8080".parse().unwrap();
        assert_eq!(link_origin(&config), None);
        config.public_origin = Some("https://peermap.example/".into());
        assert_eq!(
            link_origin(&config).as_deref(),
            Some("https://peermap.example")
        );
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
