//! A search as asked (where, which listings, how far), what became of it, and the links
//! that repeat it. Parsed from the query string by the web layer.

use super::{Found, METRES_PER_MILE};
use crate::domain::ListingFilter;
use crate::geocode::Place;

/// Results per search unless `limit` says otherwise.
pub const DEFAULT_LIMIT: u32 = 10;
/// The most in-person results one search returns.
pub const MAX_LIMIT: u32 = 50;
/// The largest distance a searcher can choose, in miles.
pub const MAX_WITHIN_MILES: u32 = 500;

/// A search as asked: where, what, and how far.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchQuery {
    pub place: Option<String>,
    pub filter: ListingFilter,
    pub within_miles: Option<u32>,
    pub limit: u32,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            place: None,
            filter: ListingFilter::default(),
            within_miles: None,
            limit: DEFAULT_LIMIT,
        }
    }
}

impl SearchQuery {
    /// The chosen distance in metres.
    pub fn within_m(&self) -> Option<f64> {
        self.within_miles.map(|m| f64::from(m) * METRES_PER_MILE)
    }

    /// A link to `path` with this search, its place replaced by `place`. Nations are left
    /// out: the place says which nation.
    pub fn link(&self, path: &str, place: &str) -> String {
        let mut pairs: Vec<(&str, String)> = vec![("where", place.to_string())];
        pairs.extend(
            self.filter
                .pairs()
                .into_iter()
                .filter(|(k, _)| *k != "nation"),
        );
        if let Some(w) = self.within_miles {
            pairs.push(("within", w.to_string()));
        }
        if self.limit != DEFAULT_LIMIT {
            pairs.push(("limit", self.limit.to_string()));
        }
        format!(
            "{path}?{}",
            serde_html_form::to_string(&pairs).unwrap_or_default()
        )
    }
}

/// What became of the place typed in.
pub enum Outcome {
    /// Nothing typed yet: show the form.
    Form,
    Found {
        place: Place,
        found: Found,
    },
    /// The place could mean several: links to each.
    Choose {
        message: String,
        choices: Vec<(String, String)>,
    },
    /// The place could not be used: a message and close matches to try.
    Problem {
        message: String,
        suggestions: Vec<String>,
    },
}
