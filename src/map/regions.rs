//! England's nine regions, for the map's breadcrumb: "The UK › England › West Midlands ›
//! Birmingham" (see [`Outlines::english_regions`]).

use super::outline::Outlines;
use std::sync::LazyLock;

static REGIONS: LazyLock<Outlines<String>> = LazyLock::new(Outlines::english_regions);

/// The English region holding the point (WGS84 degrees), if any: none at sea, off the
/// simplified coast, or outside England.
pub fn region_at(lat: f64, lon: f64) -> Option<&'static str> {
    REGIONS.name_at(lat, lon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nine_english_regions_each_hold_their_main_city() {
        assert_eq!(REGIONS.shapes().len(), 9);
        assert_eq!(region_at(52.4814, -1.8998), Some("West Midlands"));
        assert_eq!(region_at(53.7632, -2.7031), Some("North West"));
        assert_eq!(region_at(51.5072, -0.1276), Some("London"));
        assert_eq!(
            region_at(55.9533, -3.1883),
            None,
            "Edinburgh is in Scotland"
        );
    }
}
