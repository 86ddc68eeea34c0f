//! What is drawn where on a map view, in SVG units: site markers grouped where they would
//! overlap, the place names placed around the counts and markers, and for a close view
//! the nearest towns, so that every view says where it is.

use super::labels::{self, Anchor, Label, Rect};
use super::model::{Area, MapModel};
use super::towns::{Towns, distance_km};
use crate::geocode::PlacePrecision;

/// A site marker's radius, CSS px: 27 px across where the map is drawn smallest.
pub const MARKER_PX: f64 = 13.5;
/// Text size of the searched place's name and of hexagons' counts, CSS px, at least.
pub const TEXT_PX: f64 = 13.0;
/// A view this many degrees of latitude high, or less, also lists its nearest towns.
const CLOSE_SPAN: f64 = 0.3;
/// How many nearest towns a close view names.
const NEARBY: usize = 3;

/// Markers drawn as one: where, and which of the model's markers (indexes, list order).
#[derive(Debug, Clone)]
pub struct MarkerGroup {
    pub x: f64,
    pub y: f64,
    pub members: Vec<usize>,
}

/// A marker's radius in `model`'s SVG units.
pub fn marker_r(model: &MapModel) -> f64 {
    MARKER_PX * model.viewport.unit_per_px()
}

/// The text size of the searched place's name, SVG units.
pub fn origin_size(model: &MapModel) -> f64 {
    TEXT_PX * model.viewport.unit_per_px()
}

/// The text size of a hexagon's count, from the distance of its corners from its middle.
fn count_size(model: &MapModel, radius: f64) -> f64 {
    let least = TEXT_PX * model.viewport.unit_per_px();
    (radius * 0.5).clamp(least, least.max(64.0))
}

/// Where a hexagon's count is drawn: its middle (x, y) and text size.
pub fn count_at(model: &MapModel, area: &Area) -> (f64, f64, f64) {
    let centre = h3o::LatLng::from(area.cell);
    let (cx, cy) = model.viewport.project(centre.lat(), centre.lng());
    let corner = area
        .cell
        .boundary()
        .iter()
        .next()
        .map(|ll| model.viewport.project(ll.lat(), ll.lng()));
    let radius = corner.map_or(20.0, |(x, y)| ((x - cx).powi(2) + (y - cy).powi(2)).sqrt());
    let size = count_size(model, radius);
    (cx, cy, size)
}

/// The markers in groups: each joins the first group whose middle is nearer than a
/// marker's width, so no two markers drawn overlap.
fn group(model: &MapModel) -> Vec<MarkerGroup> {
    let r = marker_r(model);
    let mut groups: Vec<MarkerGroup> = Vec::new();
    for (i, m) in model.markers.iter().enumerate() {
        let site = &m.project.sites[m.site];
        let (x, y) = model.viewport.project(site.lat, site.lon);
        let near = groups
            .iter_mut()
            .find(|g| ((g.x - x).powi(2) + (g.y - y).powi(2)).sqrt() < r * 2.0);
        match near {
            Some(g) => g.members.push(i),
            None => groups.push(MarkerGroup {
                x,
                y,
                members: vec![i],
            }),
        }
    }
    groups
}

/// The searched place's marker: its point, and the box its drawing takes.
pub fn origin_at(model: &MapModel) -> Option<(f64, f64, Rect)> {
    let place = model
        .origin
        .as_ref()
        .filter(|p| p.precision != PlacePrecision::Nation)?;
    let (x, y) = model
        .viewport
        .project(place.location.lat(), place.location.lon());
    let text = labels::label_box(&Label {
        text: place.label.clone(),
        kind: labels::LabelKind::Town,
        x: x + 26.0,
        y: y - 4.0,
        anchor: Anchor::Start,
        size: origin_size(model),
        dot: None,
    });
    let r = Rect {
        x0: x - 22.0,
        y0: y - 40.0,
        x1: text.x1,
        y1: (y + 4.0).max(text.y1),
    };
    Some((x, y, r))
}

/// Fills in the model's groups, labels and nearest towns.
pub fn compose(model: &mut MapModel, towns: &Towns, names: &labels::Names) {
    model.groups = group(model);
    let mut obstacles: Vec<Rect> = model
        .groups
        .iter()
        .map(|g| Rect::around(g.x, g.y, marker_r(model) + 4.0))
        .collect();
    for area in &model.areas {
        let (cx, cy, size) = count_at(model, area);
        let digits = area.count.to_string().len() as f64;
        let half = digits * size * 0.33 + 4.0;
        obstacles.push(Rect {
            x0: cx - half,
            y0: cy - size * 0.55,
            x1: cx + half,
            y1: cy + size * 0.55,
        });
    }
    if let Some((_, _, r)) = origin_at(model) {
        obstacles.push(r);
    }
    let nations = model.viewport.bounds.lat_span() > 3.0;
    model.labels = labels::place(&model.viewport, towns, names, nations, &obstacles);
    let b = model.viewport.bounds;
    if b.lat_span() <= CLOSE_SPAN {
        let (lat, lon) = ((b.south + b.north) / 2.0, (b.west + b.east) / 2.0);
        model.nearby = towns
            .nearest_k(lat, lon, NEARBY)
            .into_iter()
            .map(|t| (t.name.clone(), distance_km(t, lat, lon)))
            .collect();
    }
}
