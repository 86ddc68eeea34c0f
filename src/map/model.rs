//! What a map view shows, computed from the search index: H3 hexagons with the number of
//! matching projects in each, or single sites once the view is small enough.

use super::labels::Label;
use super::naming;
use super::scene::{self, MarkerGroup};
use super::tally::{MapCache, Tally};
use super::towns::Towns;
use super::viewport::{Bounds, UK, Viewport};
use crate::domain::{LatLng, Nation, Project};
use crate::geocode::{Geocoder, Place, PlacePrecision};
use crate::index::Filter;
use crate::search::SearchIndex;
use h3o::{CellIndex, Resolution};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Hexagon resolutions of the drill-down, coarsest first. A resolution-3 hexagon is about
/// 120 km across, 5 about 17 km, 7 about 2.5 km, 9 about 350 m; each holds 49 hexagons
/// two levels down, so every view shows a readable number. Inside a resolution-7 hexagon
/// the sites themselves are shown, unless it holds more than [`MARKERS_AT_MOST`]: then
/// its resolution-9 hexagons, and inside those the sites.
pub const LEVELS: [Resolution; 4] = [
    Resolution::Three,
    Resolution::Five,
    Resolution::Seven,
    Resolution::Nine,
];

/// The level from which a hexagon with few enough sites ([`MARKERS_AT_MOST`]) shows
/// the sites themselves; a crowded one is divided into the next level first.
pub const SITES_FROM: Resolution = Resolution::Seven;

/// The most sites a view draws as markers.
pub const MARKERS_AT_MOST: usize = 100;

/// The most projects a view lists under its areas; with more, the list gives the areas
/// with their counts, and each area's own page lists its projects.
pub const LIST_PROJECTS_AT_MOST: usize = 50;

/// How many nearest results a view centred on a place highlights.
pub const HIGHLIGHTED: usize = 5;

/// An H3 hexagon with the matching projects that meet inside it.
#[derive(Debug, Clone)]
pub struct Area {
    pub cell: CellIndex,
    /// The largest town that holds one of its sites (see [`super::naming`]).
    pub name: String,
    /// How many distinct matching projects have a site inside.
    pub count: usize,
    /// Those projects by name, when the view has few enough to list
    /// ([`LIST_PROJECTS_AT_MOST`]); otherwise empty.
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
    /// A nation's crumb: its view is the map framed on the nation.
    pub nation: Option<Nation>,
    pub name: String,
    /// Shown as words only (a region: the map has no view framed on one).
    pub plain: bool,
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
    /// In a marker view: how many sites are in it (more than `markers` holds when it
    /// had over [`MARKERS_AT_MOST`]).
    pub sites_total: usize,
    pub crumbs: Vec<Crumb>,
    pub origin: Option<Place>,
    /// Matching online or phone projects (not on the map).
    pub online: usize,
    /// The markers as drawn: grouped where they would overlap.
    pub groups: Vec<MarkerGroup>,
    /// Place names, placed so that none overlaps another or a count or marker.
    pub labels: Vec<Label>,
    /// For a close view, the nearest towns to its middle, with the distance in km.
    pub nearby: Vec<(String, f64)>,
    /// The views next to this one, for panning: (direction, hexagon at the same level).
    pub beside: Vec<(Direction, CellIndex)>,
}

/// Which way a neighbouring view lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    pub fn slug(self) -> &'static str {
        match self {
            Direction::North => "north",
            Direction::East => "east",
            Direction::South => "south",
            Direction::West => "west",
        }
    }
}

/// For each direction, the hexagon next to `cell` lying most that way, if it is the UK's.
fn beside(geocoder: &Geocoder, cell: CellIndex) -> Vec<(Direction, CellIndex)> {
    let centre = h3o::LatLng::from(cell);
    let cos = centre.lat().to_radians().cos();
    let ring: Vec<(CellIndex, f64, f64)> = cell
        .grid_disk::<Vec<_>>(1)
        .into_iter()
        .filter(|c| *c != cell)
        .map(|c| {
            let ll = h3o::LatLng::from(c);
            (c, (ll.lng() - centre.lng()) * cos, ll.lat() - centre.lat())
        })
        .collect();
    let pick = |score: &dyn Fn(f64, f64) -> f64| {
        ring.iter()
            .max_by(|a, b| score(a.1, a.2).total_cmp(&score(b.1, b.2)))
            .map(|(c, _, _)| *c)
    };
    [
        (Direction::North, pick(&|_, y| y)),
        (Direction::East, pick(&|x, _| x)),
        (Direction::South, pick(&|_, y| -y)),
        (Direction::West, pick(&|x, _| -x)),
    ]
    .into_iter()
    .filter_map(|(d, c)| Some((d, c.filter(|c| in_uk(geocoder, *c))?)))
    .collect()
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

/// The breadcrumb of `cell`: the UK, the nation all its sites are in (when they are in
/// one) and, in England, the region, then each level's hexagon down to it. A level named like the one below it is
/// left out, so the trail never says "London › London".
fn crumbs(
    names: &dyn Fn(CellIndex) -> String,
    nation: Option<Nation>,
    cell: Option<CellIndex>,
) -> Vec<Crumb> {
    let mut out = vec![Crumb {
        cell: None,
        nation: None,
        name: "The UK".to_string(),
        plain: false,
    }];
    let Some(cell) = cell else {
        return out;
    };
    if let Some(n) = nation {
        out.push(Crumb {
            cell: None,
            nation: Some(n),
            name: n.label().to_string(),
            plain: false,
        });
    }
    let mut levels: Vec<Crumb> = LEVELS
        .iter()
        .filter(|r| **r <= cell.resolution())
        .filter_map(|res| cell.parent(*res))
        .map(|parent| Crumb {
            cell: Some(parent),
            nation: None,
            name: names(parent),
            plain: false,
        })
        .collect();
    // Keep the finest of each run of one name.
    let mut i = 0;
    while i + 1 < levels.len() {
        if levels[i].name == levels[i + 1].name {
            levels.remove(i);
        } else {
            i += 1;
        }
    }
    if let Some(n) = nation {
        levels.retain(|c| c.name != n.label());
    }
    // In England, the region the hexagon's middle is in, unless a level is named like it
    // ("London").
    let centre = h3o::LatLng::from(cell);
    let region = (nation == Some(Nation::England))
        .then(|| super::regions::region_at(centre.lat(), centre.lng()))
        .flatten()
        .filter(|r| levels.iter().all(|c| c.name != *r));
    if let Some(region) = region {
        out.push(Crumb {
            cell: None,
            nation: None,
            name: region.to_string(),
            plain: true,
        });
    }
    out.extend(levels);
    out
}

/// The hexagon a site belongs to at `res` (one of [`LEVELS`]): the ancestor of the cell
/// that orders it in the search index ([`crate::index::site_key`], finer than every level),
/// so the map counts from the keys the index holds without placing each site again.
///
/// H3 cells do not nest exactly (a child can poke out of its parent), so a site's cell at
/// a level is taken as an ancestor of its finest cell rather than the cell its point
/// falls in. Then every site counted in a hexagon is counted again in exactly one of the
/// hexagons shown when looking closer, and the counts add up all the way down.
pub fn site_cell(lat: f64, lon: f64, res: Resolution) -> Option<CellIndex> {
    CellIndex::try_from(crate::index::site_key(lat, lon))
        .ok()?
        .parent(res)
}

/// A view's hexagons: those at `res` inside `within` (a coarser hexagon), or whose
/// centre lies in `bounds` grown by a hexagon's size (so a hexagon partly in view is
/// listed with its whole count).
fn area_cells(
    tally: &Tally,
    res: Resolution,
    within: Option<CellIndex>,
    bounds: &Bounds,
) -> Vec<(CellIndex, u32)> {
    if let Some(w) = within {
        return tally.inside(res, w).to_vec();
    }
    let grown = grow(bounds, res);
    let level = tally.level(res);
    let centre_in = |c: &CellIndex| {
        let ll = h3o::LatLng::from(*c);
        grown.contains(ll.lat(), ll.lng())
    };
    if level.len() <= SCAN_AT_MOST {
        return level
            .iter()
            .filter(|(c, _)| centre_in(c))
            .copied()
            .collect();
    }
    // Many hexagons at this level: look up only those around the view.
    candidates(bounds, res)
        .into_iter()
        .filter(centre_in)
        .filter_map(|c| Some((c, tally.projects_in(c))).filter(|(_, n)| *n > 0))
        .collect()
}

/// Hexagons at a level are looked up one by one around a view beyond this many.
const SCAN_AT_MOST: usize = 4_096;

/// `bounds` grown on every side by about a hexagon's width at `res`.
fn grow(bounds: &Bounds, res: Resolution) -> Bounds {
    let lat = res.edge_length_m() * 2.0 / 111_000.0;
    let cos = ((bounds.south + bounds.north) / 2.0)
        .to_radians()
        .cos()
        .max(0.1);
    Bounds {
        south: bounds.south - lat,
        north: bounds.north + lat,
        west: bounds.west - lat / cos,
        east: bounds.east + lat / cos,
    }
}

/// The hexagons at `res` within reach of every corner of `bounds`.
fn candidates(bounds: &Bounds, res: Resolution) -> Vec<CellIndex> {
    let mid = (
        (bounds.south + bounds.north) / 2.0,
        (bounds.west + bounds.east) / 2.0,
    );
    let Ok(centre) = h3o::LatLng::new(mid.0, mid.1) else {
        return Vec::new();
    };
    let corner = LatLng::new(bounds.north.min(89.0), bounds.east);
    let half_diagonal = match (LatLng::new(mid.0, mid.1), corner) {
        (Ok(m), Ok(c)) => m.distance_m(c),
        _ => return Vec::new(),
    };
    let k = (half_diagonal / (1.5 * res.edge_length_m())).ceil() as u32 + 2;
    centre.to_cell(res).grid_disk::<Vec<_>>(k)
}

/// Each area of `cells`, named, most projects first; with its projects by name when
/// `listed`.
fn areas(
    index: &SearchIndex,
    names: &dyn Fn(CellIndex) -> String,
    towns: &Towns,
    tally: &Tally,
    cells: Vec<(CellIndex, u32)>,
    listed: bool,
) -> Vec<Area> {
    let cells: Vec<(CellIndex, u32)> = cells.into_iter().filter(|(_, n)| *n > 0).collect();
    let mut named: Vec<(CellIndex, String)> = cells.iter().map(|(c, _)| (*c, names(*c))).collect();
    naming::tell_apart(towns, &mut named);
    let mut out: Vec<Area> = cells
        .into_iter()
        .zip(named)
        .map(|((cell, count), (_, name))| Area {
            cell,
            name,
            count: count as usize,
            projects: if listed {
                projects_of(index, tally.sites_in(cell))
            } else {
                Vec::new()
            },
        })
        .collect();
    out.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.name.cmp(&b.name))
            .then(a.cell.cmp(&b.cell))
    });
    out
}

/// The distinct projects of `sites`, by name.
fn projects_of(index: &SearchIndex, sites: &[u32]) -> Vec<Arc<Project>> {
    let numbers: BTreeSet<u32> = sites
        .iter()
        .filter_map(|s| index.site_owner(*s).map(|(n, _)| n))
        .collect();
    let mut projects: Vec<Arc<Project>> =
        numbers.iter().filter_map(|n| index.project(*n)).collect();
    projects.sort_by(|a, b| a.name.cmp(&b.name));
    projects
}

/// Whether the projects of a view's `cells` are few enough to list under their areas.
fn few_enough(index: &SearchIndex, tally: &Tally, cells: &[(CellIndex, u32)]) -> bool {
    let sum: u64 = cells.iter().map(|(_, n)| u64::from(*n)).sum();
    if sum <= LIST_PROJECTS_AT_MOST as u64 {
        return true;
    }
    // Counted once per area; a project meeting in several areas is one project.
    if sum > (LIST_PROJECTS_AT_MOST * 100) as u64 {
        return false;
    }
    let mut seen = BTreeSet::new();
    for (cell, _) in cells {
        for s in tally.sites_in(*cell) {
            if let Some((n, _)) = index.site_owner(*s) {
                seen.insert(n);
            }
        }
        if seen.len() > LIST_PROJECTS_AT_MOST {
            return false;
        }
    }
    true
}

/// Markers for the sites `ids`, by project name; inside `bounds` when given.
fn markers_of(index: &SearchIndex, ids: &[u32], bounds: Option<&Bounds>) -> Vec<Marker> {
    let mut out: Vec<Marker> = ids
        .iter()
        .filter_map(|id| {
            let (number, position) = index.site_owner(*id)?;
            let project = index.project(number)?;
            let site = project.sites.get(position)?;
            if bounds.is_some_and(|b| !b.contains(site.lat, site.lon)) {
                return None;
            }
            Some(Marker {
                project: project.clone(),
                site: position,
                rank: None,
                distance_m: None,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        a.project
            .name
            .cmp(&b.project.name)
            .then(a.project.slug.cmp(&b.project.slug))
            .then(a.site.cmp(&b.site))
    });
    out
}

/// The matching sites inside `bounds` (a small view around a place).
fn sites_around(index: &SearchIndex, tally: &Tally, bounds: &Bounds) -> Vec<Marker> {
    let res = LEVELS[LEVELS.len() - 2];
    let grown = grow(bounds, res);
    let mut ids = Vec::new();
    for c in candidates(bounds, res) {
        let ll = h3o::LatLng::from(c);
        if grown.contains(ll.lat(), ll.lng()) {
            ids.extend_from_slice(tally.sites_in(c));
        }
    }
    markers_of(index, &ids, Some(bounds))
}

/// The view of the whole UK, or of one hexagon (`cell`), or centred on a searched place;
/// its labels written in `words`.
pub fn build(
    index: &SearchIndex,
    geocoder: &Geocoder,
    cache: &MapCache,
    filter: &Filter,
    cell: Option<CellIndex>,
    origin: Option<Place>,
    words: &super::labels::Names,
) -> MapModel {
    let tally = cache.tally(index, filter);
    let towns = cache.towns(geocoder);
    let names = |c: CellIndex| {
        tally
            .name(c, || naming::area_name(towns, index, c, tally.sites_in(c)))
            .to_string()
    };
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
                    project: index.project(number)?,
                    site: position,
                    rank: Some(i + 1),
                    distance_m: Some(hit.distance_m),
                })
            })
            .collect(),
    };

    let (bounds, hex_res) = match (cell, &origin) {
        (Some(c), _) => {
            // A crowded hexagon at the sites' level is divided once more.
            let crowded = tally.sites_in(c).len() > MARKERS_AT_MOST;
            let res = finer(c.resolution()).filter(|_| c.resolution() < SITES_FROM || crowded);
            (cell_bounds(c).padded(0.15, 0.0), res)
        }
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
    let (areas, markers, marker_view, sites_total) = match hex_res {
        Some(res) => {
            let cells = area_cells(&tally, res, cell, &bounds);
            let listed = few_enough(index, &tally, &cells);
            let areas = areas(index, &names, towns, &tally, cells, listed);
            (areas, std::mem::take(&mut nearest), false, 0)
        }
        None => {
            let mut markers = match cell {
                Some(c) => markers_of(index, tally.sites_in(c), None),
                None => sites_around(index, &tally, &bounds),
            };
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
            let total = markers.len();
            markers.truncate(MARKERS_AT_MOST);
            (Vec::new(), markers, true, total)
        }
    };
    let mut model = MapModel {
        viewport,
        cell,
        areas,
        markers,
        marker_view,
        sites_total,
        crumbs: crumbs(&names, cell.and_then(|c| tally.nation_in(c)), cell),
        origin,
        online,
        groups: Vec::new(),
        labels: Vec::new(),
        nearby: Vec::new(),
        beside: cell.map(|c| beside(geocoder, c)).unwrap_or_default(),
    };
    scene::compose(&mut model, towns, words);
    model
}

/// The online and phone options matching `wanted` that serve `nation` (every nation
/// when none is known), by name: they have no place on the map, so they are listed
/// beside it.
pub fn online_options(
    index: &SearchIndex,
    wanted: &crate::domain::ListingFilter,
    nation: Option<Nation>,
) -> Vec<Arc<Project>> {
    let filter = index.layout().filter(wanted);
    let mut out: Vec<Arc<Project>> = index.remote_passing(&filter, nation).collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}
