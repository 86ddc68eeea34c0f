//! England's nine regions (Natural Earth, public domain, bundled in `data/geo`), for the
//! map's breadcrumb: "The UK › England › West Midlands › Birmingham". Scotland, Wales and
//! Northern Ireland are regions of the file too; the breadcrumb names them as nations.

use super::outline::Collection;
use crate::domain::Nation;
use geo::{Contains, MultiPolygon, Point};
use std::sync::LazyLock;

/// The regions of England, each with its outline in degrees.
pub struct Regions {
    regions: Vec<(String, MultiPolygon<f64>)>,
}

static BUNDLED: LazyLock<Regions> = LazyLock::new(|| {
    let collection: Collection =
        serde_json::from_str(include_str!("../../data/geo/uk_regions_ne10m.geojson"))
            .expect("the bundled regions file is GeoJSON (checked by a unit test)");
    let nations: Vec<&str> = Nation::ALL.iter().map(|n| n.label()).collect();
    let regions = collection
        .features
        .into_iter()
        .filter(|f| !nations.contains(&f.properties.name.as_str()))
        .map(|f| (f.properties.name, f.geometry.shape()))
        .collect();
    Regions { regions }
});

impl Regions {
    pub fn bundled() -> &'static Regions {
        &BUNDLED
    }

    /// The English region holding the point (WGS84 degrees), if any: none at sea, off
    /// the simplified coast, or outside England.
    pub fn of(&self, lat: f64, lon: f64) -> Option<&str> {
        let point = Point::new(lon, lat);
        self.regions
            .iter()
            .find(|(_, shape)| shape.contains(&point))
            .map(|(name, _)| name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nine_english_regions_each_hold_their_main_city() {
        let r = Regions::bundled();
        assert_eq!(r.regions.len(), 9);
        assert_eq!(r.of(52.4814, -1.8998), Some("West Midlands"));
        assert_eq!(r.of(53.7632, -2.7031), Some("North West"));
        assert_eq!(r.of(51.5072, -0.1276), Some("London"));
        assert_eq!(r.of(55.9533, -3.1883), None, "Edinburgh is in Scotland");
    }
}
