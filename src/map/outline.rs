//! The outlines of the four nations (Natural Earth, bundled in `data/geo`), clipped to a
//! view and simplified for its scale so that a page stays light.

use super::viewport::{Bounds, Viewport};
use crate::domain::Nation;
use geo::{BooleanOps, Coord, LineString, MultiPolygon, Polygon, Rect, Simplify};
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Mutex;

#[derive(Deserialize)]
pub(super) struct Collection {
    pub(super) features: Vec<Feature>,
}

#[derive(Deserialize)]
pub(super) struct Feature {
    pub(super) properties: Properties,
    pub(super) geometry: Geometry,
}

#[derive(Deserialize)]
pub(super) struct Properties {
    pub(super) name: String,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
pub(super) enum Geometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

impl Geometry {
    /// The shape in degrees (x = longitude, y = latitude).
    pub(super) fn shape(self) -> MultiPolygon<f64> {
        match self {
            Geometry::Polygon(p) => MultiPolygon::new(vec![polygon(p)]),
            Geometry::MultiPolygon(ps) => MultiPolygon::new(ps.into_iter().map(polygon).collect()),
        }
    }
}

fn polygon(rings: Vec<Vec<[f64; 2]>>) -> Polygon<f64> {
    let mut rings = rings.into_iter().map(|r| {
        LineString::from(
            r.into_iter()
                .map(|[x, y]| Coord { x, y })
                .collect::<Vec<_>>(),
        )
    });
    let exterior = rings.next().unwrap_or_else(|| LineString::new(vec![]));
    Polygon::new(exterior, rings.collect())
}

/// The nations' outlines in degrees (x = longitude, y = latitude).
pub struct Outlines<K = Nation> {
    nations: Vec<(K, MultiPolygon<f64>)>,
    /// Paths already drawn, by view and detail (see [`Outlines::paths`]).
    drawn: Mutex<HashMap<DrawnKey, Vec<(K, String)>>>,
}

/// A view's bounds and the detail asked for, bit for bit.
type DrawnKey = [u64; 5];

/// Views whose paths are kept at most (a few kilobytes to tens of kilobytes each);
/// beyond it the cache starts again.
const MAX_DRAWN: usize = 512;

impl Outlines<Nation> {
    /// The outlines built into the binary from `data/geo/uk_nations_ne10m.geojson`.
    pub fn bundled() -> Self {
        let collection: Collection =
            serde_json::from_str(include_str!("../../data/geo/uk_nations_ne10m.geojson"))
                .expect("the bundled nations file is GeoJSON (checked by a unit test)");
        let nations = collection
            .features
            .into_iter()
            .filter_map(|f| {
                let nation = match f.properties.name.as_str() {
                    "England" => Nation::England,
                    "Scotland" => Nation::Scotland,
                    "Wales" => Nation::Wales,
                    "Northern Ireland" => Nation::NorthernIreland,
                    _ => return None,
                };
                Some((nation, f.geometry.shape()))
            })
            .collect();
        Outlines {
            nations,
            drawn: Mutex::default(),
        }
    }
}

impl Outlines<String> {
    /// The NHS health areas, by name: England's 106 sub-ICB locations (July 2022) and
    /// Wales's 7 local health boards (ONS Open Geography, OGL v3), bundled from
    /// `data/geo`. Scotland and Northern Ireland have none here.
    pub fn health_areas() -> Self {
        Self::named(
            &[
                include_str!("../../data/geo/nhs_england_sicbl2022.geojson"),
                include_str!("../../data/geo/nhs_wales_lhb2020.geojson"),
            ],
            |_| true,
        )
    }

    /// England's nine regions (Natural Earth, `data/geo/uk_regions_ne10m.geojson`); the
    /// file's Scotland, Wales and Northern Ireland are left out (they are nations).
    pub fn english_regions() -> Self {
        let nations: Vec<&str> = Nation::ALL.iter().map(|n| n.label()).collect();
        Self::named(
            &[include_str!("../../data/geo/uk_regions_ne10m.geojson")],
            |name| !nations.contains(&name),
        )
    }

    /// The features of these GeoJSON files whose name `keep`s, by name.
    fn named(files: &[&str], keep: impl Fn(&str) -> bool) -> Self {
        let nations = files
            .iter()
            .flat_map(|text| {
                let collection: Collection = serde_json::from_str(text)
                    .expect("the bundled outlines are GeoJSON (checked by unit tests)");
                collection.features
            })
            .filter(|f| keep(&f.properties.name))
            .map(|f| (f.properties.name, f.geometry.shape()))
            .collect();
        Outlines {
            nations,
            drawn: Mutex::default(),
        }
    }

    /// The name of the area holding the point (WGS84 degrees), if one does.
    pub fn name_at(&self, lat: f64, lon: f64) -> Option<&str> {
        use geo::Contains;
        let point = geo::Point::new(lon, lat);
        self.nations
            .iter()
            .find(|(_, shape)| shape.contains(&point))
            .map(|(name, _)| name.as_str())
    }
}

impl<K: Clone> Outlines<K> {
    /// Each outline in degrees (x = longitude, y = latitude).
    pub fn shapes(&self) -> &[(K, MultiPolygon<f64>)] {
        &self.nations
    }

    /// SVG path data for each nation inside `view`, simplified so that no detail is much
    /// smaller than `detail_units` SVG units. The outlines never change and a map has a
    /// few hundred views people visit, so each view's paths are drawn once and kept.
    pub fn paths(&self, view: &Viewport, detail_units: f64) -> Vec<(K, String)> {
        let b = view.bounds;
        let key = [b.south, b.west, b.north, b.east, detail_units].map(f64::to_bits);
        let lock = || self.drawn.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = lock().get(&key) {
            return hit.clone();
        }
        let drawn = self.draw(view, detail_units);
        let mut kept = lock();
        if kept.len() >= MAX_DRAWN {
            kept.clear();
        }
        kept.insert(key, drawn.clone());
        drawn
    }

    /// [`Outlines::paths`], worked out: each nation clipped to the view (a boolean
    /// intersection, the costly part) and simplified.
    fn draw(&self, view: &Viewport, detail_units: f64) -> Vec<(K, String)> {
        let Bounds {
            south,
            west,
            north,
            east,
        } = view.bounds;
        let clip = MultiPolygon::new(vec![
            Rect::new(Coord { x: west, y: south }, Coord { x: east, y: north }).to_polygon(),
        ]);
        let epsilon = detail_units * view.degrees_per_unit();
        self.nations
            .iter()
            .filter_map(|(nation, shape)| {
                let inside = if covers(&view.bounds, shape) {
                    shape.clone()
                } else {
                    shape.intersection(&clip)
                };
                let simple = inside.simplify(epsilon);
                let d = path(&simple, view);
                (!d.is_empty()).then(|| (nation.clone(), d))
            })
            .collect()
    }
}

/// Whether `bounds` holds the whole of `shape` (so no clipping is needed).
fn covers(bounds: &Bounds, shape: &MultiPolygon<f64>) -> bool {
    use geo::BoundingRect;
    shape.bounding_rect().is_some_and(|r| {
        r.min().x >= bounds.west
            && r.max().x <= bounds.east
            && r.min().y >= bounds.south
            && r.max().y <= bounds.north
    })
}

/// SVG path data for `shape`, with coordinates rounded to a tenth of a unit.
fn path(shape: &MultiPolygon<f64>, view: &Viewport) -> String {
    let mut d = String::new();
    for poly in shape {
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            if ring.0.len() < 4 {
                continue;
            }
            let mut last = (f64::NAN, f64::NAN);
            for (i, c) in ring.0.iter().enumerate() {
                let (x, y) = view.project(c.y, c.x);
                let (x, y) = ((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0);
                if (x, y) == last {
                    continue;
                }
                let _ = write!(d, "{}{x} {y}", if i == 0 { 'M' } else { 'L' });
                last = (x, y);
            }
            d.push('Z');
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::viewport::UK;

    #[test]
    fn the_health_areas_load_and_each_city_is_in_one() {
        let areas = Outlines::health_areas();
        assert_eq!(areas.shapes().len(), 106 + 7);
        let preston = areas.name_at(53.7632, -2.7031).unwrap();
        assert!(preston.contains("Lancashire"), "{preston}");
        assert_eq!(
            areas.name_at(53.4106, -2.9779),
            Some("NHS Cheshire and Merseyside ICB - 99A"),
            "Liverpool"
        );
        assert_eq!(
            areas.name_at(55.9533, -3.1883),
            None,
            "none for Scotland here"
        );
    }

    #[test]
    fn all_four_nations_load_and_draw_lightly_at_country_level() {
        let outlines = Outlines::bundled();
        assert_eq!(outlines.nations.len(), 4);
        let paths = outlines.paths(&Viewport::new(UK), 1.5);
        assert_eq!(paths.len(), 4);
        let bytes: usize = paths.iter().map(|(_, d)| d.len()).sum();
        assert!(bytes < 40_000, "country outlines are {bytes} bytes");
    }

    #[test]
    fn a_small_view_is_clipped_to_its_box() {
        let outlines = Outlines::bundled();
        let brum = Bounds {
            south: 52.3,
            west: -2.1,
            north: 52.6,
            east: -1.7,
        };
        let paths = outlines.paths(&Viewport::new(brum), 1.5);
        assert_eq!(paths.len(), 1, "only England is in view");
        assert_eq!(paths[0].0, Nation::England);
    }
}
