//! Reading typed `lat,lon` pairs and checking they are in the area the data covers.

/// The UK's rough box in WGS84 degrees: latitude 49 to 61.5 north, longitude 9 west to
/// 2.5 east. Points outside it are refused without looking at the data.
pub(crate) const UK_LAT: std::ops::RangeInclusive<f64> = 49.0..=61.5;
/// See [`UK_LAT`].
pub(crate) const UK_LON: std::ops::RangeInclusive<f64> = -9.0..=2.5;

/// Points further than this from every postcode sector centre, in metres, are refused
/// as not in the UK (e.g. Normandy, which is inside the rough box). The furthest UK land
/// from a sector centre (St Kilda) is about 80 km away; Cherbourg is about 109 km.
pub(crate) const MAX_METRES_FROM_POSTCODES: f64 = 100_000.0;

/// Reads `text` as two decimal numbers separated by a comma and/or spaces
/// (`52.48,-1.89`, `52.48, -1.89`, `52.48 -1.89`). `None` when it is not that shape;
/// the numbers are not range-checked here.
pub(crate) fn parse_pair(text: &str) -> Option<(f64, f64)> {
    let text = text.trim();
    let (a, b) = match text.split_once(',') {
        Some(pair) => pair,
        None => text.split_once(char::is_whitespace)?,
    };
    Some((number(a)?, number(b)?))
}

/// A plain decimal number: digits, at most one point, an optional leading sign.
fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    let plain = digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().any(|c| c.is_ascii_digit())
        && digits.matches('.').count() <= 1;
    if plain { t.parse().ok() } else { None }
}

/// Whether a point (degrees) is inside the UK's rough box.
pub(crate) fn in_uk_box(lat: f64, lon: f64) -> bool {
    UK_LAT.contains(&lat) && UK_LON.contains(&lon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_typed_pairs() {
        assert_eq!(parse_pair("52.48,-1.89"), Some((52.48, -1.89)));
        assert_eq!(parse_pair(" 52.48, -1.89 "), Some((52.48, -1.89)));
        assert_eq!(parse_pair("52.48 -1.89"), Some((52.48, -1.89)));
        assert_eq!(parse_pair("95,1"), Some((95.0, 1.0)));
        assert_eq!(parse_pair("+54,-6"), Some((54.0, -6.0)));
    }

    #[test]
    fn refuses_other_shapes() {
        for text in [
            "Birmingham",
            "52.48",
            "52.48,",
            "nan,nan",
            "inf,1",
            "1e3,2",
            "52.4.8,1",
            "1,2,3",
            "-,-",
            "B15 2",
        ] {
            assert_eq!(parse_pair(text), None, "{text}");
        }
    }

    #[test]
    fn boxes() {
        assert!(in_uk_box(52.48, -1.89));
        assert!(in_uk_box(60.8, -0.8), "Unst");
        assert!(!in_uk_box(40.7, -74.0));
        assert!(!in_uk_box(48.85, 2.35), "Paris");
    }
}
