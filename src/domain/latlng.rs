//! A checked WGS84 coordinate pair.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Mean Earth radius in metres (IUGG), the radius `geo::Haversine` uses.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// A point on the Earth in WGS84 degrees: latitude in [-90, 90], longitude in [-180, 180].
///
/// Construct it with [`LatLng::new`], which refuses NaN, infinities and out-of-range values,
/// so every `LatLng` in the program is usable for distance and H3 computations.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawLatLng", into = "RawLatLng")]
pub struct LatLng {
    lat: f64,
    lon: f64,
}

#[derive(Serialize, Deserialize)]
struct RawLatLng {
    lat: f64,
    lon: f64,
}

/// Why a coordinate pair was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LatLngError {
    #[error("latitude {0} is not between -90 and 90 degrees")]
    Latitude(f64),
    #[error("longitude {0} is not between -180 and 180 degrees")]
    Longitude(f64),
}

impl LatLng {
    /// Checks and builds a coordinate from latitude and longitude in degrees.
    pub fn new(lat: f64, lon: f64) -> Result<Self, LatLngError> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(LatLngError::Latitude(lat));
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(LatLngError::Longitude(lon));
        }
        Ok(Self { lat, lon })
    }

    /// Latitude in degrees.
    pub fn lat(self) -> f64 {
        self.lat
    }

    /// Longitude in degrees.
    pub fn lon(self) -> f64 {
        self.lon
    }

    /// Great-circle (haversine) distance to `other`, in metres, on a sphere of
    /// radius [`EARTH_RADIUS_M`].
    pub fn distance_m(self, other: LatLng) -> f64 {
        use geo::{Distance, Haversine, Point};
        Haversine.distance(
            Point::new(self.lon, self.lat),
            Point::new(other.lon, other.lat),
        )
    }
}

impl TryFrom<RawLatLng> for LatLng {
    type Error = LatLngError;
    fn try_from(raw: RawLatLng) -> Result<Self, LatLngError> {
        LatLng::new(raw.lat, raw.lon)
    }
}

impl From<LatLng> for RawLatLng {
    fn from(p: LatLng) -> Self {
        RawLatLng {
            lat: p.lat,
            lon: p.lon,
        }
    }
}

impl fmt::Display for LatLng {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.5},{:.5}", self.lat, self.lon)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_uk_and_the_edges() {
        assert!(LatLng::new(52.48, -1.89).is_ok());
        assert!(LatLng::new(-90.0, 180.0).is_ok());
    }

    #[test]
    fn refuses_out_of_range_and_nan() {
        assert_eq!(LatLng::new(91.0, 0.0), Err(LatLngError::Latitude(91.0)));
        assert_eq!(
            LatLng::new(0.0, -181.0),
            Err(LatLngError::Longitude(-181.0))
        );
        assert!(LatLng::new(f64::NAN, 0.0).is_err());
        assert!(LatLng::new(0.0, f64::INFINITY).is_err());
    }

    #[test]
    fn distance_birmingham_to_preston_is_about_151_km() {
        let brum = LatLng::new(52.4814, -1.8998).unwrap();
        let preston = LatLng::new(53.7632, -2.7031).unwrap();
        let km = brum.distance_m(preston) / 1000.0;
        assert!((150.0..155.0).contains(&km), "{km}");
    }

    #[test]
    fn serde_checks_ranges() {
        let bad: Result<LatLng, _> = serde_json::from_str(r#"{"lat": 100, "lon": 0}"#);
        assert!(bad.unwrap_err().to_string().contains("latitude 100"));
    }
}
