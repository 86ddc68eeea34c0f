//! What a map view shows, computed from the search index: H3 hexagons with the number of
//! matching projects in each, or single sites once the view is small enough.

use super::viewport::{Bounds, UK, Viewport};
use crate::domain::{LatLng, Project};
use crate::geocode::{Geocoder, Place, PlacePrecision};
use crate::index::Filter;
use crate::search::SearchIndex;
use h3o::{CellIndex, Resolution};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Hexagon resolutions of the drill-down, coarsest first. A resolution-3 hexagon is about
/// 120 km across, 5 about 17 km, 7 about 2.5 km; each holds 49 hexagons two levels down,
/// so every view shows a readable number. Inside a resolution-7 hexagon the sites
/// themselves are shown.
pub const LEVELS: [Resolution; 3] = [Resolution::Three, Resolution::Five, Resolution::Seven];

/// How many nearest results a view centred on a place highlights.
pub const HIGHLIGHTED: usize = 5;

/// An H3 hexagon with the matching projects that meet inside it.
#[derive(Debug, Clone)]
pub struct Area {
    pub cell: CellIndex,
    /// The nearest town to its centre, to name it.
    pub name: String,
    /// Distinct matching projects with a site inside, by name.
    pub projects: Vec<Arc<Project>>,
}

/// One site drawn as a marker.
#[derive(Debug, Clone)]
pub struct Marker {
    pub project: Arc<Project>,
    /// Index into `project.sites`.
    pub site: usize,
    /// Its place among the nearest results to a searched place (1 = nearest), if any.
    pub rank: Option<usize>,
    /// Distance from the searched place, metres.
    pub distance_m: Option<f64>,
}

/// A link up the drill-down.
#[derive(Debug, Clone)]
pub struct Crumb {
    pub cell: Option<CellIndex>,
    pub name: String,
}

/// Everything a map view draws and lists.
#[derive(Debug, Clone)]
pub struct MapModel {
    pub viewport: Viewport,
    /// The hexagon being looked into, if any.
    pub cell: Option<CellIndex>,
    /// Hexagons with matching projects, most projects first. Empty in a marker view.
    pub areas: Vec<Area>,
    /// Sites, nearest to the searched place first when there is one. In a hexagon view
    /// only the highlighted nearest results.
    pub markers: Vec<Marker>,
    /// Whether single sites are shown rather than hexagons.
    pub marker_view: bool,
    pub crumbs: Vec<Crumb>,
    pub origin: Option<Place>,
    /// Matching online or phone projects (not on the map).
    pub online: usize,
}

/// The next finer level below `res`, or `None` below the last.
pub fn finer(res: Resolution) -> Option<Resolution> {
    LEVELS
        .iter()
        .position(|r| *r == res)
        .and_then(|i| LEVELS.get(i + 1).copied())
}

fn cell_bounds(cell: CellIndex) -> Bounds {
    let boundary = cell.boundary();
    Bounds::around(boundary.iter().map(|ll| (ll.lat(), ll.lng()))).unwrap_or(UK)
}

/// How many towns near a hexagon's centre are considered when naming it.
const NAMING_CANDIDATES: usize = 40;

/// Names a hexagon after the largest town inside it ("around Birmingham"), or failing
/// that the town nearest its centre ("near Oban").
fn area_name(geocoder: &Geocoder, cell: CellIndex) -> String {
    let centre = h3o::LatLng::from(cell);
    let Ok(centre) = LatLng::new(centre.lat(), centre.lng()) else {
        return "this area".to_string();
    };
    let towns = geocoder.towns_near(centre, NAMING_CANDIDATES);
    let inside = towns
        .iter()
        .filter(|(_, _, at)| {
            h3o::LatLng::new(at.lat(), at.lon())
                .is_ok_and(|ll| ll.to_cell(cell.resolution()) == cell)
        })
        .max_by_key(|(_, population, _)| *population);
    match (inside, towns.first()) {
        (Some((name, _, _)), _) => format!("around {name}"),
        (None, Some((name, _, _))) => format!("near {name}"),
        (None, None) => "this area".to_string(),
    }
}

/// How far past a hexagon's own size the nearest UK postcode sector may be, for a
/// hexagon of coast and sea, or of moor between sparse sectors, to count as the UK's.
const SHORE_M: f64 = 30_000.0;

/// Whether `cell` holds some of the UK: a postcode sector's centre lies within its own
/// size (a quarter more than its edge, as hexagons vary) plus [`SHORE_M`] of its centre.
/// A hexagon of France, the Republic's far west or the open sea does not.
pub fn in_uk(geocoder: &Geocoder, cell: CellIndex) -> bool {
    let centre = h3o::LatLng::from(cell);
    let Ok(centre) = LatLng::new(centre.lat(), centre.lng()) else {
        return false;
    };
    let (_, distance_m) = geocoder.nearest_nation(centre);
    distance_m <= cell.resolution().edge_length_m() * 1.25 + SHORE_M
}

fn crumbs(geocoder: &Geocoder, cell: Option<CellIndex>) -> Vec<Crumb> {
    let mut out = vec![Crumb {
        cell: None,
        name: "The UK".to_string(),
    }];
    if let Some(cell) = cell {
        for res in LEVELS.iter().filter(|r| **r <= cell.resolution()) {
            if let Some(parent) = cell.parent(*res) {
                out.push(Crumb {
                    cell: Some(parent),
                    name: format!("Area {}", area_name(geocoder, parent)),
                });
            }
        }
    }
    out
}

/// The hexagon a site belongs to at `res`: the ancestor of its cell at the finest level.
///
/// H3 cells do not nest exactly (a child can poke out of its parent), so a site's cell at
/// a coarse level is taken as the parent of its finest cell rather than the cell its point
/// falls in. Then every site counted in a hexagon is counted again in exactly one of the
/// hexagons shown when looking closer, and the counts add up all the way down.
pub fn site_cell(lat: f64, lon: f64, res: Resolution) -> Option<CellIndex> {
    let finest = h3o::LatLng::new(lat, lon)
        .ok()?
        .to_cell(LEVELS[LEVELS.len() - 1]);
    finest.parent(res)
}

/// Hexagons at `res` with matching projects, inside `within` (a coarser cell) or `bounds`.
fn areas(
    index: &SearchIndex,
    geocoder: &Geocoder,
    filter: &Filter,
    res: Resolution,
    within: Option<CellIndex>,
    bounds: &Bounds,
) -> Vec<Area> {
    let mut cells: std::collections::BTreeMap<CellIndex, BTreeSet<u32>> = Default::default();
    for site in index.nearest_index().sites() {
        if !filter.passes(site.mask) {
            continue;
        }
        let Some(cell) = site_cell(site.lat, site.lon, res) else {
            continue;
        };
        let inside = match within {
            Some(w) => cell.parent(w.resolution()) == Some(w),
            None => bounds.contains(site.lat, site.lon),
        };
        if inside {
            cells.entry(cell).or_default().insert(site.project);
        }
    }
    let mut out: Vec<Area> = cells
        .into_iter()
        .map(|(cell, numbers)| {
            let mut projects: Vec<Arc<Project>> = numbers
                .iter()
                .filter_map(|n| index.project(*n).cloned())
                .collect();
            projects.sort_by(|a, b| a.name.cmp(&b.name));
            Area {
                cell,
                name: area_name(geocoder, cell),
                projects,
            }
        })
        .filter(|a| !a.projects.is_empty())
        .collect();
    out.sort_by(|a, b| {
        b.projects
            .len()
            .cmp(&a.projects.len())
            .then(a.name.cmp(&b.name))
            .then(a.cell.cmp(&b.cell))
    });
    out
}

/// Every matching site inside `cell` (see [`site_cell`]) or, without one, inside `bounds`.
fn sites_in(
    index: &SearchIndex,
    filter: &Filter,
    cell: Option<CellIndex>,
    bounds: &Bounds,
) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for site in index.nearest_index().sites() {
        if !filter.passes(site.mask) {
            continue;
        }
        let inside = match cell {
            Some(c) => site_cell(site.lat, site.lon, c.resolution()) == Some(c),
            None => bounds.contains(site.lat, site.lon),
        };
        if !inside {
            continue;
        }
        let Some((number, position)) = index.site_owner(site.id) else {
            continue;
        };
        let Some(project) = index.project(number) else {
            continue;
        };
        if seen.insert((number, position)) {
            out.push(Marker {
                project: project.clone(),
                site: position,
                rank: None,
                distance_m: None,
            });
        }
    }
    out.sort_by(|a, b| {
        a.project
            .name
            .cmp(&b.project.name)
            .then(a.site.cmp(&b.site))
    });
    out
}

/// The view of the whole UK, or of one hexagon (`cell`), or centred on a searched place.
pub fn build(
    index: &SearchIndex,
    geocoder: &Geocoder,
    filter: &Filter,
    cell: Option<CellIndex>,
    origin: Option<Place>,
) -> MapModel {
    let online = index.remote_matching(filter, origin.as_ref().map(|p| p.nation));
    // A whole nation has no point to rank from: the view frames the nation instead.
    let nation = origin
        .as_ref()
        .filter(|p| p.precision == PlacePrecision::Nation)
        .and_then(|p| geocoder.nation_extent(p.nation));
    // The nearest results to a searched place, highlighted in every kind of view, on the
    // searcher's own island only, as the search offers them.
    let mut nearest: Vec<Marker> = match &origin {
        None => Vec::new(),
        Some(place) if place.precision == PlacePrecision::Nation => Vec::new(),
        Some(place) => index
            .in_person(
                place.location,
                &SearchIndex::same_island(filter, place.nation),
                None,
                HIGHLIGHTED,
            )
            .into_iter()
            .enumerate()
            .filter_map(|(i, hit)| {
                let (number, position) = index.site_owner(hit.site)?;
                Some(Marker {
                    project: index.project(number)?.clone(),
                    site: position,
                    rank: Some(i + 1),
                    distance_m: Some(hit.distance_m),
                })
            })
            .collect(),
    };

    let (bounds, hex_res) = match (cell, &origin) {
        (Some(c), _) => (cell_bounds(c).padded(0.15, 0.0), finer(c.resolution())),
        (None, Some(place)) => {
            let points: Vec<(f64, f64)> = match nation {
                Some(n) => vec![
                    (n.south_west.lat(), n.south_west.lon()),
                    (n.north_east.lat(), n.north_east.lon()),
                ],
                None => std::iter::once((place.location.lat(), place.location.lon()))
                    .chain(
                        nearest
                            .iter()
                            .map(|m| (m.project.sites[m.site].lat, m.project.sites[m.site].lon)),
                    )
                    .collect(),
            };
            let b = Bounds::around(points).unwrap_or(UK).padded(0.15, 0.08);
            let span = b.lat_span();
            let res = if span > 3.0 {
                Some(Resolution::Three)
            } else if span > 0.6 {
                Some(Resolution::Five)
            } else if span > 0.12 {
                Some(Resolution::Seven)
            } else {
                None
            };
            (b, res)
        }
        (None, None) => (UK, Some(LEVELS[0])),
    };

    let viewport = Viewport::new(bounds);
    let (areas, markers, marker_view) = match hex_res {
        Some(res) => {
            let areas = areas(index, geocoder, filter, res, cell, &bounds);
            (areas, std::mem::take(&mut nearest), false)
        }
        None => {
            let mut markers = sites_in(index, filter, cell, &bounds);
            // Ranked nearest results first, then the rest by name.
            for m in &mut markers {
                if let Some(n) = nearest
                    .iter()
                    .find(|n| Arc::ptr_eq(&n.project, &m.project) && n.site == m.site)
                {
                    m.rank = n.rank;
                    m.distance_m = n.distance_m;
                }
            }
            markers.sort_by_key(|m| m.rank.unwrap_or(usize::MAX));
            (Vec::new(), markers, true)
        }
    };
    MapModel {
        viewport,
        cell,
        areas,
        markers,
        marker_view,
        crumbs: crumbs(geocoder, cell),
        origin,
        online,
    }
}
