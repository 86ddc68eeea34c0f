//! Names for local authorities beyond the one in the bundled file.
//!
//! `uk_local_authorities.csv` takes Scottish names from Natural Earth ("Eilean Siar",
//! "Perthshire and Kinross", the typo "North Ayshire"), one NI name from a source that
//! drops "City", and three English names in the ONS "Bristol, City of" style. For those the
//! geocoder shows the usual name below. It also matches the extra names: short forms and
//! (`IOW`) and the councils' official Welsh names. The bundled name always matches too.

/// One correction: the authority's code, the name to show (`None`: keep the bundled
/// one), and extra names to match.
pub(crate) struct AuthorityName {
    pub code: &'static str,
    pub display: Option<&'static str>,
    pub also: &'static [&'static str],
}

const fn show(
    code: &'static str,
    display: &'static str,
    also: &'static [&'static str],
) -> AuthorityName {
    AuthorityName {
        code,
        display: Some(display),
        also,
    }
}

const fn also(code: &'static str, also: &'static [&'static str]) -> AuthorityName {
    AuthorityName {
        code,
        display: None,
        also,
    }
}

/// Corrections keyed by 2025 local authority code.
pub(crate) const AUTHORITY_NAMES: &[AuthorityName] = &[
    show(
        "E06000010",
        "Kingston upon Hull",
        &["City of Kingston upon Hull", "Hull"],
    ),
    show("E06000019", "Herefordshire", &["County of Herefordshire"]),
    show("E06000023", "Bristol", &["City of Bristol"]),
    show("N09000002", "Armagh City, Banbridge and Craigavon", &[]),
    show(
        "S12000013",
        "Na h-Eileanan Siar",
        &[
            "Western Isles",
            "Outer Hebrides",
            "Comhairle nan Eilean Siar",
        ],
    ),
    show("S12000021", "North Ayrshire", &[]),
    show("S12000023", "Orkney Islands", &[]),
    show("S12000026", "Scottish Borders", &["Borders"]),
    show("S12000033", "Aberdeen City", &[]),
    show("S12000036", "City of Edinburgh", &[]),
    show("S12000042", "Dundee City", &[]),
    show("S12000048", "Perth and Kinross", &[]),
    show("S12000049", "Glasgow City", &[]),
    also("E06000046", &["IOW"]),
    also("W06000001", &["Anglesey", "Ynys Môn"]),
    also("W06000004", &["Sir Ddinbych"]),
    also("W06000005", &["Sir y Fflint"]),
    also("W06000006", &["Wrecsam"]),
    also("W06000009", &["Sir Benfro"]),
    also("W06000010", &["Sir Gaerfyrddin"]),
    also("W06000011", &["Abertawe"]),
    also("W06000012", &["Castell-nedd Port Talbot"]),
    also("W06000013", &["Pen-y-bont ar Ogwr"]),
    also("W06000014", &["Bro Morgannwg"]),
    also("W06000015", &["Caerdydd"]),
    also("W06000018", &["Caerffili"]),
    also("W06000020", &["Tor-faen"]),
    also("W06000021", &["Sir Fynwy"]),
    also("W06000022", &["Casnewydd"]),
    also("W06000024", &["Merthyr Tudful"]),
];

/// The correction for `code`, if there is one.
pub(crate) fn correction(code: &str) -> Option<&'static AuthorityName> {
    AUTHORITY_NAMES.iter().find(|n| n.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        for (i, n) in AUTHORITY_NAMES.iter().enumerate() {
            assert_eq!(n.code.len(), 9, "{}", n.code);
            assert!(
                AUTHORITY_NAMES[i + 1..].iter().all(|m| m.code != n.code),
                "{}",
                n.code
            );
        }
        assert_eq!(
            correction("S12000021").and_then(|n| n.display),
            Some("North Ayrshire")
        );
        assert!(correction("E09000025").is_none());
    }
}
