//! Areas a listing says it serves: a whole nation, or a council area (local authority
//! district), named by its ONS GSS code as in `data/geo/uk_local_authorities.csv`.
//!
//! A served area is a claim the listing's sources make ("across Greater Manchester",
//! "in Wales"); a search from inside it finds the listing in its "Serves your area" group
//! even when the listing gives no place to meet.

use super::Nation;
use serde::{Deserialize, Serialize};

/// An ONS GSS code of a nation (`W92000004`) or a local authority district (`E06000049`):
/// a letter for the nation, then eight digits. Nations' codes have `92` after the letter.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(try_from = "String", into = "String")]
pub struct AreaCode(String);

/// Why text is not an [`AreaCode`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an area code: a letter E, N, S or W and eight digits, such as E06000049")]
pub struct AreaCodeError(pub String);

impl AreaCode {
    /// Checks the shape of a GSS code; whether the area exists is for the geodata to say.
    pub fn parse(text: &str) -> Result<Self, AreaCodeError> {
        let t = text.trim().to_ascii_uppercase();
        let mut chars = t.chars();
        let shaped = matches!(chars.next(), Some('E' | 'N' | 'S' | 'W'))
            && t.len() == 9
            && chars.all(|c| c.is_ascii_digit());
        if shaped {
            Ok(Self(t))
        } else {
            Err(AreaCodeError(text.to_string()))
        }
    }

    /// The code of a whole nation.
    pub fn of_nation(nation: Nation) -> Self {
        Self(
            match nation {
                Nation::England => "E92000001",
                Nation::Scotland => "S92000003",
                Nation::Wales => "W92000004",
                Nation::NorthernIreland => "N92000002",
            }
            .to_string(),
        )
    }

    /// The nation the area is in (or is), from the code's letter.
    pub fn nation(&self) -> Nation {
        match self.0.as_bytes().first() {
            Some(b'S') => Nation::Scotland,
            Some(b'W') => Nation::Wales,
            Some(b'N') => Nation::NorthernIreland,
            _ => Nation::England,
        }
    }

    /// Whether this is a whole nation rather than a council area.
    pub fn is_nation(&self) -> bool {
        self.0.get(1..3) == Some("92")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for AreaCode {
    type Error = AreaCodeError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<AreaCode> for String {
    fn from(c: AreaCode) -> Self {
        c.0
    }
}

impl std::fmt::Display for AreaCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One area a listing serves, with the name a page shows for it.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(deny_unknown_fields)]
pub struct ServedArea {
    pub code: AreaCode,
    /// "Wales", "Cheshire East": the nation's name, or the council area's as the
    /// geocoder shows it.
    pub name: String,
}

impl ServedArea {
    /// A whole nation.
    pub fn nation(nation: Nation) -> Self {
        Self {
            code: AreaCode::of_nation(nation),
            name: nation.label().to_string(),
        }
    }

    /// Whether someone in `council` (a council area's code, when known) in `nation` is
    /// inside this area.
    pub fn covers(&self, nation: Nation, council: Option<&AreaCode>) -> bool {
        if self.code.is_nation() {
            self.code.nation() == nation
        } else {
            council == Some(&self.code)
        }
    }

    /// How the area is stored as one text value: the code, a space, the name.
    pub fn to_stored(&self) -> String {
        format!("{} {}", self.code, self.name)
    }

    /// Reads [`ServedArea::to_stored`].
    pub fn from_stored(text: &str) -> Result<Self, AreaCodeError> {
        let (code, name) = text.split_once(' ').unwrap_or((text, ""));
        Ok(Self {
            code: AreaCode::parse(code)?,
            name: name.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_checked_and_know_their_nation() {
        let c = AreaCode::parse("w06000015").unwrap();
        assert_eq!(c.as_str(), "W06000015");
        assert_eq!(c.nation(), Nation::Wales);
        assert!(!c.is_nation());
        assert!(AreaCode::of_nation(Nation::Wales).is_nation());
        for bad in ["", "X06000015", "E0600001", "E06000015x", "Cardiff"] {
            assert!(AreaCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_nation_covers_everyone_in_it_and_a_council_only_its_own() {
        let wales = ServedArea::nation(Nation::Wales);
        assert!(wales.covers(Nation::Wales, None));
        assert!(!wales.covers(Nation::England, None));
        let cardiff = ServedArea::from_stored("W06000015 Cardiff").unwrap();
        assert_eq!(cardiff.name, "Cardiff");
        let code = AreaCode::parse("W06000015").unwrap();
        assert!(cardiff.covers(Nation::Wales, Some(&code)));
        assert!(!cardiff.covers(Nation::Wales, None));
        let other = AreaCode::parse("W06000022").unwrap();
        assert!(!cardiff.covers(Nation::Wales, Some(&other)));
        assert_eq!(
            ServedArea::from_stored(&cardiff.to_stored()).unwrap(),
            cardiff
        );
    }
}
