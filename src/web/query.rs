//! Query strings parsed into domain filters at the edge.
//!
//! Unknown keys are ignored (links from elsewhere may carry them); an unknown value of a
//! known key is refused with a 400 that names the value and the accepted ones.

use crate::domain::check::FieldError;
use crate::domain::{ListingFilter, Page, Stage, Taxonomy};
use crate::i18n::{Arg, Lang, here};
use crate::search::{DEFAULT_LIMIT, MAX_LIMIT, MAX_WITHIN_MILES, SearchQuery};
use crate::web::error::AppError;
use std::str::FromStr;

/// A message of the address's checks in the page's language.
fn said(id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(k, v)| (*k, Arg::from(v.to_string())))
        .collect();
    here().lang.ta(id, &args)
}

/// Why `key`'s value is not one of its vocabulary's terms, in the page's language.
pub fn not_known(key: &str, e: &crate::domain::VocabError) -> String {
    let accepted = e.accepted.join(", ");
    let args = [
        ("key", key),
        ("value", e.value.as_str()),
        ("accepted", accepted.as_str()),
    ];
    // English names the kind of value (`e.what`) in its own words.
    let lang = here().lang;
    if lang == Lang::En || !lang.has("query-not-known") {
        format!("{key}: {e}")
    } else {
        said("query-not-known", &args)
    }
}

/// A parsed query string (or form body): its key/value pairs in order. As an extractor,
/// the request's query string.
pub struct Params(Vec<(String, String)>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Params {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, AppError> {
        Params::parse(parts.uri.query())
    }
}

impl Params {
    pub fn parse(raw: Option<&str>) -> Result<Self, AppError> {
        let raw = raw.unwrap_or("");
        if raw.len() > 4_096 {
            return Err(AppError::bad_request(said("query-too-long", &[])));
        }
        serde_html_form::from_str::<Vec<(String, String)>>(raw)
            .map(Params)
            .map_err(|_| AppError::bad_request(said("query-unreadable", &[])))
    }

    /// A submitted form body (`application/x-www-form-urlencoded`).
    pub fn from_form(body: &str) -> Result<Self, AppError> {
        serde_html_form::from_str::<Vec<(String, String)>>(body)
            .map(Params)
            .map_err(|_| AppError::bad_request(said("form-unreadable", &[])))
    }

    /// Every value given for `key`, in order, empty ones included (repeated form rows).
    pub fn list(&self, key: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The text of a form field, trimmed, or `""`; refused when longer than `max` characters.
    pub fn text(&self, key: &str, label: &str, max: usize) -> Result<String, AppError> {
        let (value, problem) = self.read_text(key, label, max);
        match problem {
            Some(message) => Err(AppError::bad_request(message)),
            None => Ok(value),
        }
    }

    /// The text of a form field as [`Params::text`] reads it, kept as typed even when it
    /// cannot be stored: its problem is added to `errors` (by the field `key`), so the
    /// form can be shown again with the text and the problem by it.
    pub fn text_checked(
        &self,
        key: &str,
        label: &str,
        max: usize,
        errors: &mut Vec<FieldError>,
    ) -> String {
        let (value, problem) = self.read_text(key, label, max);
        if let Some(message) = problem {
            errors.push(FieldError::new(key, message));
        }
        value
    }

    /// The field's text, trimmed and with line breaks as LF, and what is wrong with it: longer
    /// than `max` characters, or holding control characters.
    fn read_text(&self, key: &str, label: &str, max: usize) -> (String, Option<String>) {
        let value = self
            .0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .unwrap_or("");
        let lang = here().lang;
        let label = || Arg::from(label.to_string());
        let n = value.chars().count();
        let problem = if n > max {
            Some(lang.ta(
                "form-too-long",
                &[
                    ("label", label()),
                    ("n", Arg::from(n)),
                    ("max", Arg::from(max)),
                ],
            ))
        } else if value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            Some(lang.ta("form-cannot-store", &[("label", label())]))
        } else {
            None
        };
        // Browsers send line breaks as CRLF; stored text uses LF, so that paragraphs
        // (a blank line) survive saving.
        (value.replace("\r\n", "\n").replace('\r', "\n"), problem)
    }

    /// Every non-empty value given for `key`; values may also be comma-separated.
    pub fn all(&self, key: &str) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }

    /// The last non-empty value for `key`.
    pub fn one(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.trim())
    }

    /// Every value of `key` parsed as a vocabulary term, without repeats.
    pub fn vocab<T: FromStr<Err = crate::domain::VocabError> + PartialEq>(
        &self,
        key: &str,
    ) -> Result<Vec<T>, AppError> {
        let mut errors = Vec::new();
        let out = self.vocab_checked(key, &mut errors);
        match errors.into_iter().next() {
            Some(e) => Err(AppError::bad_request(e.message)),
            None => Ok(out),
        }
    }

    /// Every value of `key` that is a vocabulary term, without repeats; each value that is
    /// not is added to `errors` (by the field `key`).
    pub fn vocab_checked<T: FromStr<Err = crate::domain::VocabError> + PartialEq>(
        &self,
        key: &str,
        errors: &mut Vec<FieldError>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for v in self.all(key) {
            match v.parse::<T>() {
                Ok(term) if !out.contains(&term) => out.push(term),
                Ok(_) => {}
                Err(e) => errors.push(FieldError::new(key, not_known(key, &e))),
            }
        }
        out
    }

    /// A whole number for `key` between `min` and `max`, or `default` when absent.
    pub fn number(&self, key: &str, default: u32, min: u32, max: u32) -> Result<u32, AppError> {
        match self.one(key) {
            None => Ok(default),
            Some(v) => v
                .parse::<u32>()
                .ok()
                .filter(|n| (min..=max).contains(n))
                .ok_or_else(|| {
                    let (min, max) = (min.to_string(), max.to_string());
                    let args = [
                        ("key", key),
                        ("value", v),
                        ("min", min.as_str()),
                        ("max", max.as_str()),
                    ];
                    AppError::bad_request(said("query-not-a-number", &args))
                }),
        }
    }

    /// A search: where, the filter, how far and how many.
    pub fn search(&self, taxonomy: &Taxonomy) -> Result<SearchQuery, AppError> {
        let place = self.one("where").map(|w| w.chars().take(200).collect());
        let within_miles = match self.one("within") {
            None | Some("any") => None,
            Some(_) => Some(self.number("within", 0, 1, MAX_WITHIN_MILES)?),
        };
        Ok(SearchQuery {
            place,
            filter: self.filters(taxonomy)?,
            within_miles,
            limit: self.number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)?,
        })
    }

    /// The listing filter.
    pub fn filters(&self, taxonomy: &Taxonomy) -> Result<ListingFilter, AppError> {
        let mut needs = Vec::new();
        for v in self.all("need") {
            if taxonomy.need(v).is_none() {
                let known: Vec<_> = taxonomy.needs.iter().map(|n| n.slug.as_str()).collect();
                let known = known.join(", ");
                let args = [("value", v), ("accepted", known.as_str())];
                return Err(AppError::bad_request(said("query-need-unknown", &args)));
            }
            if !needs.iter().any(|n| n == v) {
                needs.push(v.to_string());
            }
        }
        let mut languages = Vec::new();
        for v in self.all("lang") {
            if taxonomy.language(v).is_none() {
                let known: Vec<_> = taxonomy.languages.iter().map(|l| l.code.as_str()).collect();
                let known = known.join(", ");
                let args = [("value", v), ("accepted", known.as_str())];
                return Err(AppError::bad_request(said("query-lang-unknown", &args)));
            }
            if !languages.iter().any(|l| l == v) {
                languages.push(v.to_string());
            }
        }
        Ok(ListingFilter {
            needs,
            formats: self.vocab("format")?,
            delivery: self.vocab("delivery")?,
            nations: self.vocab("nation")?,
            languages,
            stage: self.vocab::<Stage>("stage")?.into_iter().next(),
            reflected: self.flag("reflection", "published")?,
            reviewed: self.flag("reviewed", "yes")?,
            assured: self.flag("assured", "yes")?,
        })
    }

    /// An on/off filter: `key=on_value` turns it on; absent or empty leaves it off.
    fn flag(&self, key: &str, on_value: &str) -> Result<bool, AppError> {
        match self.one(key) {
            None => Ok(false),
            Some(v) if v == on_value => Ok(true),
            Some(v) => Err(AppError::bad_request(said(
                "query-flag-unknown",
                &[("key", key), ("value", v), ("on", on_value)],
            ))),
        }
    }

    /// The page asked for, with `per_page` at most `max_size`.
    pub fn page(&self, default_size: u32, max_size: u32) -> Result<Page, AppError> {
        Ok(Page {
            number: self.number("page", 1, 1, 100_000)?,
            size: self.number("per_page", default_size, 1, max_size)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filters(q: &str) -> Result<ListingFilter, AppError> {
        Params::parse(Some(q))?.filters(&Taxonomy::bundled())
    }

    #[test]
    fn repeated_and_comma_separated_values() {
        let f =
            filters("need=postpartum-psychosis&need=baby-loss,birth-trauma&format=group&lang=pl")
                .unwrap();
        assert_eq!(
            f.needs,
            ["postpartum-psychosis", "baby-loss", "birth-trauma"]
        );
        assert_eq!(f.formats, [crate::domain::Format::Group]);
        assert_eq!(f.languages, ["pl"]);
    }

    #[test]
    fn unknown_values_name_the_accepted_ones() {
        let AppError::BadRequest(msg) = filters("delivery=carrier-pigeon").unwrap_err() else {
            panic!()
        };
        assert!(
            msg.contains("“carrier-pigeon”") && msg.contains("in-person"),
            "{msg}"
        );
        let AppError::BadRequest(msg) = filters("need=astrology").unwrap_err() else {
            panic!()
        };
        assert!(msg.contains("postpartum-psychosis"), "{msg}");
        assert!(filters("lang=klingon").is_err());
    }

    #[test]
    fn empty_values_and_unknown_keys_are_ignored() {
        assert!(filters("need=&utm_source=x").unwrap().is_empty());
    }

    #[test]
    fn paging_is_bounded() {
        let p = Params::parse(Some("page=2&per_page=500")).unwrap();
        assert_eq!(
            p.page(20, 500).unwrap(),
            Page {
                number: 2,
                size: 500
            }
        );
        let p = Params::parse(Some("per_page=501")).unwrap();
        assert!(p.page(20, 500).is_err());
        let p = Params::parse(Some("page=0")).unwrap();
        assert!(p.page(20, 500).is_err());
        let p = Params::parse(Some("page=abc")).unwrap();
        assert!(p.page(20, 500).is_err());
    }
}
