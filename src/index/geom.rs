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

/// Slack added to chord limits, on the unit sphere (4e-6 ≈ 25 m on Earth). It covers the f32
/// arithmetic of node bounds (error below 1e-6) and geo's haversine rounding (below 0.1 m even
/// for near-antipodal points).
const CHORD_MARGIN: f64 = 4e-6;

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
/// node whose chord lower bound exceeds it holds no site within `metres`. Uses the arc angle
/// itself, which is at least the chord `2·sin(angle/2)`. Infinite when no chord qualifies.
pub(crate) fn chord_limit(metres: f64) -> f64 {
    let angle = metres / EARTH_RADIUS_M;
    if angle < PI {
        angle + CHORD_MARGIN
    } else {
        f64::INFINITY
    }
}

/// Latitude difference in degrees beyond which a site is farther than `metres`: haversine's
/// `a` is at least `sin²(Δφ/2)`, so the distance is at least `R·|Δφ|`.
pub(crate) fn lat_limit_deg(metres: f64) -> f64 {
    (metres / EARTH_RADIUS_M).to_degrees() * (1.0 + 1e-9) + 1e-9
}

/// Limit on haversine's `a = sin²(θ/2)` for sites within `metres`: `(θ/2)² ≥ sin²(θ/2)`, padded
/// relatively (1e-9, far above rounding) and absolutely (1e-30, far above underflow).
/// Infinite when `θ/2 ≥ π/2` (every point qualifies).
pub(crate) fn hav_limit(metres: f64) -> f64 {
    let half = metres / (2.0 * EARTH_RADIUS_M);
    if half < PI / 2.0 {
        half * half * (1.0 + 1e-9) + 1e-30
    } else {
        f64::INFINITY
    }
}

/// A lower bound on haversine's `a = sin²(Δφ/2) + cos φ1·cos φ2·sin²(Δλ/2)` from degree
/// differences, given `c1c2 ≤ cos φ1·cos φ2`; `None` when |Δλ| > 180° (no cheap bound).
/// Uses `sin² x ≥ x² − x⁴/3`, valid for 0 ≤ x ≤ √6 (here x ≤ π/2).
#[inline]
pub(crate) fn hav_lower_bound(dlat_deg: f64, dlon_deg: f64, c1c2: f64) -> Option<f64> {
    const HALF_RAD: f64 = PI / 360.0;
    if dlon_deg.abs() > 180.0 {
        return None;
    }
    let x = (dlat_deg * HALF_RAD).powi(2);
    let y = (dlon_deg * HALF_RAD).powi(2);
    Some(x - x * x / 3.0 + c1c2 * (y - y * y / 3.0))
}

/// Rounds `x` up to an `f32` that is at least `x` (for radii).
pub(crate) fn f32_up(x: f64) -> f32 {
    let f = x as f32;
    if f64::from(f) < x { f.next_up() } else { f }
}
