//! Distance bands of the coverage map.

use crate::search::METRES_PER_MILE;

/// How far from in-person support, in the bands the map shades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    /// Under 10 miles.
    Under10,
    /// 10 to under 25 miles.
    From10To25,
    /// 25 to under 50 miles.
    From25To50,
    /// 50 miles or more.
    Over50,
    /// No matching in-person site anywhere.
    NoSite,
}

impl Band {
    pub const ALL: &'static [Band] = &[
        Band::Under10,
        Band::From10To25,
        Band::From25To50,
        Band::Over50,
        Band::NoSite,
    ];

    /// The band of a distance in metres (`None`: no site at all).
    pub fn of(distance_m: Option<f64>) -> Band {
        let Some(m) = distance_m else {
            return Band::NoSite;
        };
        let miles = m / METRES_PER_MILE;
        if miles < 10.0 {
            Band::Under10
        } else if miles < 25.0 {
            Band::From10To25
        } else if miles < 50.0 {
            Band::From25To50
        } else {
            Band::Over50
        }
    }

    /// Stable name in downloads.
    pub fn slug(self) -> &'static str {
        match self {
            Band::Under10 => "under-10-miles",
            Band::From10To25 => "10-to-25-miles",
            Band::From25To50 => "25-to-50-miles",
            Band::Over50 => "50-miles-or-more",
            Band::NoSite => "no-site",
        }
    }

    /// Words for the legend.
    pub fn label(self) -> &'static str {
        match self {
            Band::Under10 => "Under 10 miles (16 km)",
            Band::From10To25 => "10 to 25 miles (16 to 40 km)",
            Band::From25To50 => "25 to 50 miles (40 to 80 km)",
            Band::Over50 => "50 miles (80 km) or more",
            Band::NoSite => "No in-person support anywhere",
        }
    }

    /// Fill colour on the map (the legend says the same in words).
    pub fn colour(self) -> &'static str {
        match self {
            Band::Under10 => "#08519c",
            Band::From10To25 => "#6baed6",
            Band::From25To50 => "#fdae6b",
            Band::Over50 => "#d94801",
            Band::NoSite => "#7f2704",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_split_at_10_25_and_50_miles() {
        let m = |mi: f64| Some(mi * METRES_PER_MILE);
        assert_eq!(Band::of(m(9.99)), Band::Under10);
        assert_eq!(Band::of(m(10.0)), Band::From10To25);
        assert_eq!(Band::of(m(24.9)), Band::From10To25);
        assert_eq!(Band::of(m(25.0)), Band::From25To50);
        assert_eq!(Band::of(m(50.0)), Band::Over50);
        assert_eq!(Band::of(None), Band::NoSite);
    }
}
