//! The stable identifier of a project in URLs and the API.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A URL-safe identifier: 2 to 80 characters of lower-case ASCII letters, digits and
/// single hyphens, starting and ending with a letter or digit (`action-on-postpartum-psychosis`).
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

/// Why a slug was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "“{0}” is not a valid listing id: use 2 to 80 lower-case letters, digits and single hyphens, like “bluebell-care-trust”"
)]
pub struct SlugError(pub String);

impl Slug {
    pub const MAX_LEN: usize = 80;

    /// Checks `text` is already a valid slug.
    pub fn parse(text: &str) -> Result<Self, SlugError> {
        let ok_len = (2..=Self::MAX_LEN).contains(&text.len());
        let ok_chars = text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        let ok_shape = !text.starts_with('-') && !text.ends_with('-') && !text.contains("--");
        if ok_len && ok_chars && ok_shape {
            Ok(Self(text.to_string()))
        } else {
            let shown: String = text.chars().take(100).collect();
            Err(SlugError(shown))
        }
    }

    /// Makes a slug from a name: lower-cases, turns runs of other characters into hyphens.
    pub fn from_name(name: &str) -> Result<Self, SlugError> {
        let mut out = String::new();
        for c in name.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        while out.ends_with('-') {
            out.pop();
        }
        out.truncate(Self::MAX_LEN);
        while out.ends_with('-') {
            out.pop();
        }
        Self::parse(&out).map_err(|_| SlugError(name.chars().take(100).collect()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = SlugError;
    fn try_from(s: String) -> Result<Self, SlugError> {
        Slug::parse(&s)
    }
}

impl From<Slug> for String {
    fn from(s: Slug) -> String {
        s.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_slugs() {
        assert!(Slug::parse("acacia").is_ok());
        assert!(Slug::parse("parents-1st").is_ok());
    }

    #[test]
    fn refuses_bad_shapes() {
        for bad in [
            "",
            "a",
            "Acacia",
            "-x",
            "x-",
            "a--b",
            "a b",
            "a/b",
            "ünï",
            &"a".repeat(81),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn makes_slugs_from_names() {
        let s = Slug::from_name("Parents4Parents – North Yorks").unwrap();
        assert_eq!(s.as_str(), "parents4parents-north-yorks");
        let s = Slug::from_name("Mind “Mums Matter”").unwrap();
        assert_eq!(s.as_str(), "mind-mums-matter");
        assert!(Slug::from_name("!!!").is_err());
    }

    #[test]
    fn error_message_shows_the_value_and_the_rule() {
        let msg = Slug::parse("Bad Slug").unwrap_err().to_string();
        assert!(
            msg.contains("“Bad Slug”") && msg.contains("lower-case"),
            "{msg}"
        );
    }
}
