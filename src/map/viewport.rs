//! A map view: a latitude/longitude box drawn into SVG user units.
//!
//! The projection is equirectangular about the box's middle latitude (x = longitude ×
//! cos(middle latitude), y = −latitude), which keeps shapes true to within a few per cent
//! over areas the size of the UK and is cheap enough to run per point.

/// SVG width of every map, in user units; the height follows from the box's shape.
pub const WIDTH: f64 = 1000.0;

/// A box in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

/// The UK (with a margin), the country-level view.
pub const UK: Bounds = Bounds {
    south: 49.8,
    west: -8.3,
    north: 60.95,
    east: 1.9,
};

impl Bounds {
    /// The smallest box around `points` (latitude, longitude in degrees).
    pub fn around(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Bounds> {
        let mut it = points.into_iter();
        let (lat, lon) = it.next()?;
        let mut b = Bounds {
            south: lat,
            west: lon,
            north: lat,
            east: lon,
        };
        for (lat, lon) in it {
            b.south = b.south.min(lat);
            b.north = b.north.max(lat);
            b.west = b.west.min(lon);
            b.east = b.east.max(lon);
        }
        Some(b)
    }

    /// The box grown by `fraction` of its size on every side, and to at least
    /// `min_span` degrees of latitude (with longitude in proportion).
    pub fn padded(self, fraction: f64, min_span: f64) -> Bounds {
        let mid_lat = (self.south + self.north) / 2.0;
        let mid_lon = (self.west + self.east) / 2.0;
        let cos = mid_lat.to_radians().cos().max(0.1);
        let half_lat =
            ((self.north - self.south) / 2.0 * (1.0 + 2.0 * fraction)).max(min_span / 2.0);
        let half_lon =
            ((self.east - self.west) / 2.0 * (1.0 + 2.0 * fraction)).max(min_span / 2.0 / cos);
        Bounds {
            south: (mid_lat - half_lat).max(-89.0),
            north: (mid_lat + half_lat).min(89.0),
            west: mid_lon - half_lon,
            east: mid_lon + half_lon,
        }
    }

    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.south..=self.north).contains(&lat) && (self.west..=self.east).contains(&lon)
    }

    /// Height of the box in degrees of latitude.
    pub fn lat_span(&self) -> f64 {
        self.north - self.south
    }
}

/// The box of a view and how it maps onto the SVG.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub bounds: Bounds,
    cos_lat: f64,
    /// SVG height in user units.
    pub height: f64,
    scale: f64,
}

impl Viewport {
    pub fn new(bounds: Bounds) -> Self {
        let cos_lat = ((bounds.south + bounds.north) / 2.0)
            .to_radians()
            .cos()
            .max(0.1);
        let width_deg = ((bounds.east - bounds.west) * cos_lat).max(1e-9);
        let scale = WIDTH / width_deg;
        let height = (bounds.north - bounds.south).max(1e-9) * scale;
        Viewport {
            bounds,
            cos_lat,
            height,
            scale,
        }
    }

    /// SVG coordinates (x right, y down, user units) of a point in degrees.
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        (
            (lon - self.bounds.west) * self.cos_lat * self.scale,
            (self.bounds.north - lat) * self.scale,
        )
    }

    /// SVG units in one CSS pixel where the map is drawn smallest: no narrower than 330 px
    /// (a 390 px phone less the page's margins) and, for a tall view, no shorter than
    /// 500 px (the map's height is held to 80% of the window's). Text and markers are
    /// sized in pixels through this, so they stay readable and big enough to press.
    pub fn unit_per_px(&self) -> f64 {
        (WIDTH / 330.0).max(self.height / 500.0)
    }

    /// Degrees of latitude per SVG user unit: the size of one unit on the ground.
    pub fn degrees_per_unit(&self) -> f64 {
        1.0 / self.scale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_map_to_the_svg_corners() {
        let v = Viewport::new(UK);
        let (x0, y0) = v.project(UK.north, UK.west);
        let (x1, y1) = v.project(UK.south, UK.east);
        assert!(x0.abs() < 1e-9 && y0.abs() < 1e-9);
        assert!((x1 - WIDTH).abs() < 1e-6 && (y1 - v.height).abs() < 1e-6);
        // The UK is taller than it is wide.
        assert!(v.height > WIDTH);
    }

    #[test]
    fn padding_keeps_the_middle_and_a_minimum_size() {
        let b = Bounds::around([(52.48, -1.9)]).unwrap().padded(0.1, 0.2);
        assert!((b.north - b.south - 0.2).abs() < 1e-9);
        assert!(b.contains(52.48, -1.9));
        assert!(!b.contains(53.0, -1.9));
    }
}
