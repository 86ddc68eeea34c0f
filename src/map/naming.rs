//! Names for the map's hexagons, after what is inside them: the largest town that holds
//! one of the sites counted in the hexagon, else the largest town inside it, else the
//! town nearest its middle.
//!
//! At the coarse levels a site is in a town when it lies within the town's reach (so
//! Hackney is in London); at the fine levels, where a hexagon is a few kilometres
//! across, a site is in the town nearest it (so Hackney is Stamford Hill, not London).

use super::model::SITES_FROM;
use super::towns::{Town, Towns};
use crate::search::SearchIndex;
use h3o::CellIndex;

/// Sites looked at, at most, to name one hexagon (spread evenly over its sites).
const SITES_SAMPLED: usize = 256;

/// The town a site at (`lat`, `lon`) is in, for naming a hexagon at `res`.
pub fn town_of(towns: &Towns, lat: f64, lon: f64, res: h3o::Resolution) -> Option<&Town> {
    if res < SITES_FROM {
        towns
            .largest_holding(lat, lon)
            .or_else(|| towns.nearest(lat, lon))
    } else {
        towns.nearest(lat, lon)
    }
}

/// The name of `cell`, from the matching sites `sites` (index site ids) inside it.
pub fn area_name(towns: &Towns, index: &SearchIndex, cell: CellIndex, sites: &[u32]) -> String {
    let res = cell.resolution();
    let step = sites.len().div_ceil(SITES_SAMPLED).max(1);
    let from_sites = sites
        .iter()
        .step_by(step)
        .filter_map(|id| {
            let (lat, lon) = index.site_point(*id)?;
            town_of(towns, lat, lon, res)
        })
        .max_by(|a, b| a.population.cmp(&b.population).then(b.name.cmp(&a.name)));
    if let Some(town) = from_sites {
        return town.name.clone();
    }
    let inside = towns
        .all()
        .iter()
        .find(|t| h3o::LatLng::new(t.lat, t.lon).is_ok_and(|ll| ll.to_cell(res) == cell));
    if let Some(town) = inside {
        return town.name.clone();
    }
    let centre = h3o::LatLng::from(cell);
    towns
        .nearest(centre.lat(), centre.lng())
        .map_or_else(|| "this area".to_string(), |t| t.name.clone())
}

/// Tells apart areas of one view that are named after the same town: the one holding the
/// town's centre keeps the plain name, and each other says which side of the town it is
/// ("London (south-east)"). `areas` is (cell, name).
pub fn tell_apart(towns: &Towns, areas: &mut [(CellIndex, String)]) {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (_, name) in areas.iter() {
        *counts.entry(name.clone()).or_default() += 1;
    }
    for (cell, name) in areas.iter_mut() {
        if counts.get(name.as_str()).is_none_or(|n| *n < 2) {
            continue;
        }
        let Some(town) = towns.all().iter().find(|t| t.name == *name) else {
            continue;
        };
        let holds_centre = h3o::LatLng::new(town.lat, town.lon)
            .is_ok_and(|ll| ll.to_cell(cell.resolution()) == *cell);
        if holds_centre {
            continue;
        }
        let centre = h3o::LatLng::from(*cell);
        let side = side_of(town.lat, town.lon, centre.lat(), centre.lng());
        *name = format!("{name} ({side})");
    }
}

/// Which of eight sides of (`lat`, `lon`) the point (`to_lat`, `to_lon`) lies on.
fn side_of(lat: f64, lon: f64, to_lat: f64, to_lon: f64) -> &'static str {
    let dx = (to_lon - lon) * lat.to_radians().cos();
    let dy = to_lat - lat;
    let angle = dy.atan2(dx).to_degrees(); // 0 = east, 90 = north
    const SIDES: [&str; 8] = [
        "east",
        "north-east",
        "north",
        "north-west",
        "west",
        "south-west",
        "south",
        "south-east",
    ];
    let i = (((angle + 360.0 + 22.5) % 360.0) / 45.0) as usize;
    SIDES[i.min(7)]
}
