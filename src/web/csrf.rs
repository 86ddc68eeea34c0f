//! Protection against cross-site request forgery on every form.
//!
//! Each form carries a hidden `csrf` field: a token issued at a time and bound to the
//! signed-in account (or to "anonymous"), signed with HMAC-SHA256 under a secret only the
//! server holds. A post is accepted only with a valid, unexpired token for the same
//! account, and only from our own origin (the `Origin` or `Sec-Fetch-Site` header). No
//! cookie is needed, so anonymous visitors still get none.

use axum::http::HeaderMap;
use chrono::Utc;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How long a form stays valid, in seconds.
pub const LIFETIME_SECS: i64 = 4 * 60 * 60;

/// The server's signing secret.
#[derive(Clone)]
pub struct CsrfKey([u8; 32]);

impl CsrfKey {
    /// The key derived from a configured or stored secret: the same secret gives the
    /// same key, so forms stay valid across restarts and processes.
    pub fn from_secret(secret: &str) -> Self {
        use sha2::Digest;
        CsrfKey(Sha256::digest(secret.as_bytes()).into())
    }

    fn mac(&self, scope: &str, issued: i64) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(scope.as_bytes());
        mac.update(b"|");
        mac.update(issued.to_string().as_bytes());
        mac
    }

    /// A token for a form shown to `account` (`None` for anonymous visitors).
    pub fn issue(&self, account: Option<i64>) -> String {
        let issued = Utc::now().timestamp();
        let tag = self.mac(&scope(account), issued).finalize().into_bytes();
        let hex: String = tag.iter().map(|b| format!("{b:02x}")).collect();
        format!("{issued}.{hex}")
    }

    /// Whether `token` was issued by us, for `account`, within [`LIFETIME_SECS`].
    pub fn verify(&self, token: &str, account: Option<i64>) -> bool {
        let Some((issued, hex)) = token.split_once('.') else {
            return false;
        };
        let Ok(issued) = issued.parse::<i64>() else {
            return false;
        };
        let age = Utc::now().timestamp() - issued;
        if !(0..=LIFETIME_SECS).contains(&age) || hex.len() != 64 {
            return false;
        }
        let Some(tag) = (0..32)
            .map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
            .collect::<Option<Vec<u8>>>()
        else {
            return false;
        };
        self.mac(&scope(account), issued).verify_slice(&tag).is_ok()
    }
}

fn scope(account: Option<i64>) -> String {
    account.map_or_else(|| "anonymous".to_string(), |a| format!("account:{a}"))
}

/// Whether a form post may be from a page of ours: refused only when it says it came
/// from elsewhere. A post that states no source (a script, a test client) relies on its
/// token alone.
pub fn same_origin(headers: &HeaderMap) -> bool {
    crate::web::origin::source(headers) != crate::web::origin::Source::OtherSite
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_bound_to_the_account_and_the_key() {
        let key = CsrfKey::from_secret("one secret of at least thirty-two characters");
        let t = key.issue(Some(7));
        assert!(key.verify(&t, Some(7)));
        assert!(!key.verify(&t, Some(8)));
        assert!(!key.verify(&t, None));
        assert!(
            !CsrfKey::from_secret("another secret, also thirty-two characters").verify(&t, Some(7))
        );
        let anon = key.issue(None);
        assert!(key.verify(&anon, None));
        for bad in [
            "",
            "x",
            "1.2",
            &t.replace('a', "b"),
            &format!("{}.{}", Utc::now().timestamp() + 99, "0".repeat(64)),
        ] {
            assert!(!key.verify(bad, Some(7)) || bad == t, "{bad}");
        }
    }

    #[test]
    fn cross_site_posts_are_refused() {
        let mut h = HeaderMap::new();
        h.insert("host", "peermap.example".parse().unwrap());
        h.insert("origin", "https://evil.example".parse().unwrap());
        assert!(!same_origin(&h));
        h.insert("origin", "https://peermap.example".parse().unwrap());
        assert!(same_origin(&h));
        h.insert("sec-fetch-site", "cross-site".parse().unwrap());
        assert!(!same_origin(&h));
    }
}
