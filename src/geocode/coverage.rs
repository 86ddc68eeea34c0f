//! What the data does not cover: the Crown Dependencies (Jersey, Guernsey and its
//! islands, the Isle of Man), which have postcodes but no coordinates in the sources.

use super::text::fold;

/// One Crown Dependency: how to name it in a sentence, its postcode area, a box around
/// it (latitude and longitude ranges, WGS84 degrees), and folded names people search by.
struct Dependency {
    name: &'static str,
    postcode_area: &'static str,
    lat: [f64; 2],
    lon: [f64; 2],
    searched_as: &'static [&'static str],
}

const DEPENDENCIES: &[Dependency] = &[
    Dependency {
        name: "the Isle of Man",
        postcode_area: "IM",
        lat: [54.03, 54.43],
        lon: [-4.85, -4.30],
        searched_as: &["isle of man", "ellan vannin", "douglas isle of man"],
    },
    Dependency {
        name: "Jersey",
        postcode_area: "JE",
        lat: [49.15, 49.28],
        lon: [-2.27, -1.99],
        searched_as: &["jersey", "st helier jersey"],
    },
    Dependency {
        name: "Guernsey",
        postcode_area: "GY",
        lat: [49.40, 49.75],
        lon: [-2.71, -2.15],
        searched_as: &[
            "guernsey",
            "alderney",
            "sark",
            "herm",
            "st peter port",
            "channel islands",
        ],
    },
];

/// The dependency a postcode area (`JE`) belongs to, as it reads in a sentence.
pub(crate) fn by_postcode_area(area: &str) -> Option<&'static str> {
    DEPENDENCIES
        .iter()
        .find(|d| d.postcode_area == area)
        .map(|d| d.name)
}

/// The dependency a point (degrees) falls in.
pub(crate) fn at(lat: f64, lon: f64) -> Option<&'static str> {
    let inside = |range: [f64; 2], x: f64| (range[0]..=range[1]).contains(&x);
    DEPENDENCIES
        .iter()
        .find(|d| inside(d.lat, lat) && inside(d.lon, lon))
        .map(|d| d.name)
}

/// The dependency a searched name means (`Jersey`, `Isle of Man`, `Sark`).
pub(crate) fn by_name(text: &str) -> Option<&'static str> {
    let key = fold(text);
    DEPENDENCIES
        .iter()
        .find(|d| d.searched_as.contains(&key.as_str()))
        .map(|d| d.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcode_areas() {
        assert_eq!(by_postcode_area("JE"), Some("Jersey"));
        assert_eq!(by_postcode_area("GY"), Some("Guernsey"));
        assert_eq!(by_postcode_area("IM"), Some("the Isle of Man"));
        assert_eq!(by_postcode_area("BT"), None);
    }

    #[test]
    fn points() {
        assert_eq!(at(54.15, -4.48), Some("the Isle of Man"), "Douglas");
        assert_eq!(at(49.19, -2.11), Some("Jersey"), "St Helier");
        assert_eq!(at(49.45, -2.54), Some("Guernsey"), "St Peter Port");
        assert_eq!(at(49.71, -2.20), Some("Guernsey"), "Alderney");
        assert_eq!(at(54.6, -5.93), None, "Belfast");
        assert_eq!(at(54.66, -3.36), None, "Cockermouth");
    }

    #[test]
    fn names() {
        assert_eq!(by_name("Isle of Man"), Some("the Isle of Man"));
        assert_eq!(by_name(" JERSEY "), Some("Jersey"));
        assert_eq!(by_name("Sark"), Some("Guernsey"));
        assert_eq!(by_name("Newport"), None);
    }
}
