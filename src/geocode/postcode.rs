//! Reading postcode-shaped text: full unit postcodes, sectors and districts.
//!
//! A UK postcode is an outward code (the district: `A9`, `A99`, `AA9`, `AA99`, `A9A` or
//! `AA9A`, where `A` is a letter and `9` a digit) and an inward code (`9AA`). The first
//! digit of the inward code names the sector (`B15 2`). Only the shape is checked here;
//! whether a district or sector exists is for the data to say.
//!
//! Case, spacing and punctuation between the parts do not matter (`b152tt`, `B15 2TT`,
//! `b15-2tt`). Text with no space is read as follows:
//! * five or more characters ending in `9AA` after a valid outward code: a full postcode;
//! * otherwise the whole text as a district (`B15`) and, when it ends in a digit after a
//!   valid outward code, as district plus sector digit (`b152` → `B15 2`; `B15` → `B1 5`).
//!   [`readings`] lists both, district first; the geocoder takes the first that exists.

use std::fmt;

/// One reading of postcode-shaped text, upper-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PostcodeQuery {
    /// A full postcode such as `B15 2TT`.
    Unit { outward: String, inward: String },
    /// A postcode sector such as `B15 2`.
    Sector { outward: String, digit: char },
    /// A postcode district (outward code) such as `B15`.
    District { outward: String },
}

impl PostcodeQuery {
    /// The outward code (district), e.g. `B15`.
    pub(crate) fn outward(&self) -> &str {
        match self {
            Self::Unit { outward, .. }
            | Self::Sector { outward, .. }
            | Self::District { outward } => outward,
        }
    }

    /// The postcode area: the leading letters of the outward code, e.g. `B` or `BT`.
    pub(crate) fn area(&self) -> &str {
        let outward = self.outward();
        let letters = outward
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .count();
        &outward[..letters]
    }

    /// The sector key as written in the sectors table (`B15 2`), for units and sectors.
    pub(crate) fn sector_key(&self) -> Option<String> {
        match self {
            Self::Unit { outward, inward } => inward
                .chars()
                .next()
                .map(|digit| format!("{outward} {digit}")),
            Self::Sector { outward, digit } => Some(format!("{outward} {digit}")),
            Self::District { .. } => None,
        }
    }
}

impl fmt::Display for PostcodeQuery {
    /// The conventional spelling: `B15 2TT`, `B15 2` or `B15`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unit { outward, inward } => write!(f, "{outward} {inward}"),
            Self::Sector { outward, digit } => write!(f, "{outward} {digit}"),
            Self::District { outward } => f.write_str(outward),
        }
    }
}

/// Every reading of `text` as a postcode, the preferred one first; empty when the text is
/// not postcode-shaped.
pub(crate) fn readings(text: &str) -> Vec<PostcodeQuery> {
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.iter().any(|t| !t.is_ascii()) {
        return Vec::new();
    }
    let upper: Vec<String> = tokens.iter().map(|t| t.to_ascii_uppercase()).collect();
    match upper.as_slice() {
        [compact] => compact_readings(compact),
        [outward, inward] if is_outward(outward) => match shape(inward).as_str() {
            "9AA" => vec![PostcodeQuery::Unit {
                outward: outward.clone(),
                inward: inward.clone(),
            }],
            "9" => vec![PostcodeQuery::Sector {
                outward: outward.clone(),
                digit: inward.chars().next().unwrap_or('0'),
            }],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Readings of one run of letters and digits with no separator.
fn compact_readings(compact: &str) -> Vec<PostcodeQuery> {
    let len = compact.len();
    if len >= 5 {
        let (outward, inward) = compact.split_at(len - 3);
        if is_outward(outward) && shape(inward) == "9AA" {
            return vec![PostcodeQuery::Unit {
                outward: outward.to_string(),
                inward: inward.to_string(),
            }];
        }
    }
    let mut found = Vec::new();
    if is_outward(compact) {
        found.push(PostcodeQuery::District {
            outward: compact.to_string(),
        });
    }
    if let Some(digit) = compact.chars().last().filter(char::is_ascii_digit) {
        let outward = &compact[..len - 1];
        if is_outward(outward) {
            found.push(PostcodeQuery::Sector {
                outward: outward.to_string(),
                digit,
            });
        }
    }
    found
}

/// Whether `code` has the shape of an outward code (`A9`, `A99`, `AA9`, `AA99`, `A9A`, `AA9A`).
pub(crate) fn is_outward(code: &str) -> bool {
    matches!(
        shape(code).as_str(),
        "A9" | "A99" | "AA9" | "AA99" | "A9A" | "AA9A"
    )
}

/// The shape of ASCII text: each letter as `A`, each digit as `9`, anything else as `?`.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            c if c.is_ascii_alphabetic() => 'A',
            c if c.is_ascii_digit() => '9',
            _ => '?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(o: &str, i: &str) -> PostcodeQuery {
        PostcodeQuery::Unit {
            outward: o.into(),
            inward: i.into(),
        }
    }
    fn sector(o: &str, d: char) -> PostcodeQuery {
        PostcodeQuery::Sector {
            outward: o.into(),
            digit: d,
        }
    }
    fn district(o: &str) -> PostcodeQuery {
        PostcodeQuery::District { outward: o.into() }
    }

    #[test]
    fn full_postcodes_in_any_case_and_spacing() {
        for text in ["b152tt", "B15 2TT", " b15  2tt ", "b15-2tt", "B15.2TT."] {
            assert_eq!(readings(text), vec![unit("B15", "2TT")], "{text}");
        }
        assert_eq!(readings("sw1a1aa"), vec![unit("SW1A", "1AA")]);
        assert_eq!(readings("EC1A 1BB"), vec![unit("EC1A", "1BB")]);
        assert_eq!(
            readings("W1A 0AX").first().map(ToString::to_string),
            Some("W1A 0AX".into())
        );
    }

    #[test]
    fn compact_codes_list_district_before_sector() {
        assert_eq!(readings("b152"), vec![sector("B15", '2')]);
        assert_eq!(readings("B15"), vec![district("B15"), sector("B1", '5')]);
        assert_eq!(readings("bt62"), vec![district("BT62"), sector("BT6", '2')]);
        assert_eq!(readings("B15 2"), vec![sector("B15", '2')]);
        assert_eq!(readings("B1 5"), vec![sector("B1", '5')]);
        assert_eq!(readings("m1"), vec![district("M1")]);
    }

    #[test]
    fn names_and_numbers_are_not_postcodes() {
        for text in [
            "Birmingham",
            "52.48,-1.89",
            "B",
            "B15 2T",
            "B15 2TT 3",
            "1AB",
            "BB1 2TTT",
            "ß1 2TT",
        ] {
            assert!(readings(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn parts_and_labels() {
        let q = unit("BT62", "1AA");
        assert_eq!(q.area(), "BT");
        assert_eq!(q.sector_key().as_deref(), Some("BT62 1"));
        assert_eq!(q.to_string(), "BT62 1AA");
        assert_eq!(district("B15").sector_key(), None);
    }
}
