//! Why a place typed could not be used, in the page's language: the geocoder's reasons
//! ([`GeocodeError`]) in words from `listing.ftl`. English reads as the geocoder's own.

use crate::geocode::{GeocodeError, MAX_QUERY_CHARS};
use crate::i18n::{Arg, Lang};

/// Joins items as `lang` does with "or": `A`, `A or B`, `A, B or C`.
pub fn join_or(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => lang.ta(
            "geo-or",
            &[
                ("first", Arg::from(rest.join(", "))),
                ("last", Arg::from(last.clone())),
            ],
        ),
    }
}

fn query(q: &str) -> (&'static str, Arg) {
    ("query", Arg::from(q.to_string()))
}

/// The message for `e` in `lang` (English when `lang`'s catalogue lacks it).
pub fn message(lang: Lang, e: &GeocodeError) -> String {
    match e {
        GeocodeError::Empty => lang.t("geo-empty"),
        GeocodeError::TooLong => lang.ta("geo-too-long", &[("most", Arg::from(MAX_QUERY_CHARS))]),
        GeocodeError::Ambiguous { query: q, choices } => {
            let listed: Vec<String> = choices
                .iter()
                .map(|c| format!("{} ({})", c.label, c.area))
                .collect();
            let listed = ("places", Arg::from(join_or(lang, &listed)));
            match choices.first() {
                Some(c) => lang.ta(
                    "geo-ambiguous-example",
                    &[query(q), listed, ("example", Arg::from(c.query.clone()))],
                ),
                None => lang.ta("geo-ambiguous", &[query(q), listed]),
            }
        }
        GeocodeError::NotFound {
            query: q,
            suggestions,
        } => {
            let postcode = e.typed_postcode();
            let id = match (postcode, suggestions.is_empty()) {
                (true, true) => "geo-postcode-unknown",
                (true, false) => "geo-postcode-did-you-mean",
                (false, true) => "geo-not-found",
                (false, false) => "geo-not-found-did-you-mean",
            };
            let suggested = ("suggestions", Arg::from(join_or(lang, suggestions)));
            lang.ta(id, &[query(q), suggested])
        }
        GeocodeError::OutsideCoverage { query: q, area } => lang.ta(
            "geo-outside",
            &[query(q), ("area", Arg::from(area_in(lang, area)))],
        ),
        GeocodeError::BadCoordinates(q) => lang.ta("geo-bad-coordinates", &[query(q)]),
    }
}

/// A Crown Dependency's name as it reads in a sentence, in `lang`.
fn area_in(lang: Lang, area: &str) -> String {
    let id = match area {
        "Jersey" => "geo-area-jersey",
        "Guernsey" => "geo-area-guernsey",
        "the Isle of Man" => "geo-area-isle-of-man",
        _ => return area.to_string(),
    };
    lang.t(id)
}

/// More than one place has the name typed: the question above the list to choose from.
pub fn which(lang: Lang, typed: &str) -> String {
    lang.ta("geo-which", &[query(typed)])
}

/// `lang="en"` for a message of this file on a page whose language has none of its own.
pub fn english(lang: Lang) -> Option<&'static str> {
    (lang != Lang::En && !lang.has("geo-not-found")).then_some("en")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geocode::Choice;

    /// Every reason, as the geocoder words it in English.
    fn every() -> Vec<GeocodeError> {
        let choice = |area: &str, query: &str| Choice {
            label: "Newport".into(),
            area: area.into(),
            query: query.into(),
        };
        let not_found = |q: &str, s: &[&str]| GeocodeError::NotFound {
            query: q.into(),
            suggestions: s.iter().map(|s| s.to_string()).collect(),
        };
        vec![
            GeocodeError::Empty,
            GeocodeError::TooLong,
            GeocodeError::Ambiguous {
                query: "Newport".into(),
                choices: vec![
                    choice("Wales, Newport", "Newport, Wales"),
                    choice("England, Isle of Wight", "Newport, Isle of Wight"),
                    choice("England, Telford and Wrekin", "Newport, Telford"),
                ],
            },
            not_found("Brimingham", &["Birmingham", "Bromham"]),
            not_found("Nowhere", &[]),
            not_found("ZZ99 9ZZ", &[]),
            not_found("ZZ99", &["ZZ9"]),
            GeocodeError::OutsideCoverage {
                query: "JE2 3AB".into(),
                area: "Jersey".into(),
            },
            GeocodeError::BadCoordinates("95,1".into()),
        ]
    }

    #[test]
    fn english_reads_as_the_geocoder_words_it() {
        for e in every() {
            assert_eq!(message(Lang::En, &e), e.to_string());
        }
    }

    #[test]
    fn welsh_has_its_own_words_for_every_reason() {
        for e in every() {
            let welsh = message(Lang::Cy, &e);
            assert_ne!(welsh, e.to_string());
            assert!(!welsh.contains("We couldn't"), "{welsh}");
        }
        let e = GeocodeError::NotFound {
            query: "Aberdyfi Xyz".into(),
            suggestions: vec![],
        };
        assert!(message(Lang::Cy, &e).contains("“Aberdyfi Xyz”"));
    }
}
