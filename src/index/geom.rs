//! Distances and the conservative bounds the search prunes with.
//!
//! Every reported distance comes from [`distance_m`] (geo's haversine, metres), in the index and
//! in the brute-force scan alike, so the two agree bit for bit. Pruning never uses that function:
//! it uses cheaper bounds that are provably no larger than it, each padded by a margin that
//! dwarfs floating-point error.

use geo::{Distance, Haversine, Point};
use std::f64::consts::PI;

/// Mean Earth radius used by `geo::Haversine`, in metres.
pub(crate) const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Slack added to chord limits, on the unit sphere (1e-6 ≈ 6.4 m on Earth). It covers rounding
/// in the unit vectors, the f32 node centres and radii, and in geo's haversine (whose error
/// stays below 0.1 m even for near-antipodal points).
const CHORD_MARGIN: f64 = 1e-6;

/// Great-circle distance in metres between two points given in degrees.
#[inline]
pub(crate) fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    Haversine.distance(Point::new(lon1, lat1), Point::new(lon2, lat2))
}

/// True for a usable coordinate: finite, with latitude in [-90, 90].
#[inline]
pub(crate) fn valid(lat: f64, lon: f64) -> bool {
    lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat)
}

/// Unit vector (on the unit sphere) of a point given in degrees.
#[inline]
pub(crate) fn unit(lat: f64, lon: f64) -> [f64; 3] {
    let (sin_lat, cos_lat) = lat.to_radians().sin_cos();
    let (sin_lon, cos_lon) = lon.to_radians().sin_cos();
    [cos_lat * cos_lon, cos_lat * sin_lon, sin_lat]
}

/// Euclidean distance between two points in 3-D.
#[inline]
pub(crate) fn chord(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (x, y, z) = (a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    (x * x + y * y + z * z).sqrt()
}

/// Unit-sphere chord beyond which every point is farther than `metres` (great-circle), so a
/// node whose chord lower bound exceeds it holds no site within `metres`. Infinite when no
/// chord qualifies (`metres` at least half the circumference, or infinite).
pub(crate) fn chord_limit(metres: f64) -> f64 {
    let angle = metres / EARTH_RADIUS_M;
    if angle < PI {
        2.0 * (angle / 2.0).sin() + CHORD_MARGIN
    } else {
        f64::INFINITY
    }
}

/// Latitude difference in degrees beyond which a site is farther than `metres`: haversine's
/// `a` is at least `sin²(Δφ/2)`, so the distance is at least `R·|Δφ|`.
pub(crate) fn lat_limit_deg(metres: f64) -> f64 {
    (metres / EARTH_RADIUS_M).to_degrees() * (1.0 + 1e-9) + 1e-9
}

/// Rounds `x` up to an `f32` that is at least `x` (for radii).
pub(crate) fn f32_up(x: f64) -> f32 {
    let f = x as f32;
    if f64::from(f) < x { f.next_up() } else { f }
}

/// Rounds `x` down to an `f32` that is at most `x` (for lower bounds).
pub(crate) fn f32_down(x: f64) -> f32 {
    let f = x as f32;
    if f64::from(f) > x { f.next_down() } else { f }
}
