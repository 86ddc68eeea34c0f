//! Why a search could not be placed, in words a tired reader can act on.

use super::Choice;
use super::postcode;
use super::text::join_or;

/// The longest search the geocoder reads, in characters (after trimming).
pub const MAX_QUERY_CHARS: usize = 100;

/// Why [`Geocoder::lookup`](super::Geocoder::lookup) found no single place.
///
/// `Display` gives a complete plain-English sentence; callers that want a friendlier
/// page (a list of links to choose from, say) can use the fields instead.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GeocodeError {
    /// Nothing but spaces or punctuation was typed.
    #[error("Please type a town, city or postcode to search near.")]
    Empty,
    /// More than [`MAX_QUERY_CHARS`] characters were typed.
    #[error(
        "That search is too long. Please type a town, city or postcode (up to 100 characters)."
    )]
    TooLong,
    /// The name fits several places; `choices` are sorted by population, largest first.
    #[error("{}", ambiguous_message(query, choices))]
    Ambiguous {
        /// The search as typed (trimmed).
        query: String,
        /// Each place it could mean, with a search that picks it.
        choices: Vec<Choice>,
    },
    /// Nothing matched; `suggestions` are close names or postcode districts, best first,
    /// each of which can be searched as it stands. May be empty.
    #[error("{}", not_found_message(query, suggestions))]
    NotFound {
        /// The search as typed (trimmed).
        query: String,
        /// Up to five close matches.
        suggestions: Vec<String>,
    },
    /// The place is in a Crown Dependency (`area`: "Jersey", "Guernsey" or "the Isle of Man").
    #[error(
        "“{query}” is in {area}, which this directory does not cover: it lists support in \
         England, Scotland, Wales and Northern Ireland."
    )]
    OutsideCoverage {
        /// The search as typed (trimmed).
        query: String,
        /// The dependency's name as it reads in a sentence.
        area: String,
    },
    /// A latitude,longitude pair (as typed) that is invalid or not in the UK.
    #[error(
        "“{0}” is not a place in the UK, and this directory only covers the UK. Type a \
         latitude then a longitude (for example 52.48,-1.89), or a town or postcode."
    )]
    BadCoordinates(String),
}

/// The bundled geodata could not be read (a build or packaging fault, not a user error).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bundled geodata {file}, line {line}: {reason}")]
pub struct GeocodeLoadError {
    /// The CSV file name, e.g. `uk_postcode_sectors.csv`.
    pub file: &'static str,
    /// 1-based line in that file (the header is line 1).
    pub line: u64,
    /// What was wrong with it.
    pub reason: String,
}

impl GeocodeError {
    /// For a search that found nothing: whether what was typed reads as a postcode (so
    /// the message says the postcode is not recognised rather than the place not found).
    pub fn typed_postcode(&self) -> bool {
        match self {
            GeocodeError::NotFound { query, .. } => !postcode::readings(query).is_empty(),
            _ => false,
        }
    }
}

fn ambiguous_message(query: &str, choices: &[Choice]) -> String {
    let listed: Vec<String> = choices
        .iter()
        .map(|c| format!("{} ({})", c.label, c.area))
        .collect();
    let example = choices
        .first()
        .map_or_else(String::new, |c| format!(", for example “{}”", c.query));
    format!(
        "There is more than one place called “{query}”: {}. Please add the area after a comma{example}.",
        join_or(&listed)
    )
}

fn not_found_message(query: &str, suggestions: &[String]) -> String {
    let is_postcode = !postcode::readings(query).is_empty();
    match (is_postcode, suggestions.is_empty()) {
        (true, true) => {
            format!(
                "We don't recognise the postcode “{query}”. Please check it, or try a town or city instead."
            )
        }
        (true, false) => format!(
            "We don't recognise the postcode “{query}”. Did you mean {}?",
            join_or(suggestions)
        ),
        (false, true) => {
            format!("We couldn't find “{query}”. Try a nearby town or city, or a postcode.")
        }
        (false, false) => format!(
            "We couldn't find “{query}”. Did you mean {}?",
            join_or(suggestions)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_as_sentences() {
        let e = GeocodeError::NotFound {
            query: "Brimingham".into(),
            suggestions: vec!["Birmingham".into()],
        };
        assert_eq!(
            e.to_string(),
            "We couldn't find “Brimingham”. Did you mean Birmingham?"
        );
        let e = GeocodeError::NotFound {
            query: "ZZ99 9ZZ".into(),
            suggestions: vec![],
        };
        assert_eq!(
            e.to_string(),
            "We don't recognise the postcode “ZZ99 9ZZ”. Please check it, or try a town or city instead."
        );
        let e = GeocodeError::OutsideCoverage {
            query: "JE2 3AB".into(),
            area: "Jersey".into(),
        };
        assert!(
            e.to_string()
                .starts_with("“JE2 3AB” is in Jersey, which this directory does not cover")
        );
        assert!(
            GeocodeError::BadCoordinates("95,1".into())
                .to_string()
                .contains("only covers the UK")
        );
        assert!(GeocodeError::TooLong.to_string().contains("100 characters"));
    }

    #[test]
    fn ambiguity_lists_the_choices() {
        let choice = |area: &str, query: &str| Choice {
            label: "Newport".into(),
            area: area.into(),
            query: query.into(),
        };
        let e = GeocodeError::Ambiguous {
            query: "Newport".into(),
            choices: vec![
                choice("Wales, Newport", "Newport, Wales"),
                choice("England, Isle of Wight", "Newport, Isle of Wight"),
            ],
        };
        assert_eq!(
            e.to_string(),
            "There is more than one place called “Newport”: Newport (Wales, Newport) or Newport (England, Isle of Wight). \
             Please add the area after a comma, for example “Newport, Wales”."
        );
    }
}
