//! The towns the map names its areas after and labels: the geocoder's towns of at least
//! 5,000 people, largest first, each with a rough reach (how far from its centre a place
//! still counts as in it).

use crate::domain::{LatLng, Nation};
use crate::geocode::Geocoder;

/// A town of the gazetteer.
#[derive(Debug, Clone)]
pub struct Town {
    pub name: String,
    /// Its Welsh name, for a town in Wales that has one of its own.
    pub name_cy: Option<&'static str>,
    pub population: u64,
    pub lat: f64,
    pub lon: f64,
    pub nation: Nation,
    /// How far from its point a place is still in the town, kilometres.
    pub reach_km: f64,
}

/// The reach of a town of `population` people: 3 km at 100,000, growing more slowly than
/// the population (about 18 km for London, 8 km for Birmingham, 1 km for 5,000 people).
pub fn reach_km(population: u64) -> f64 {
    3.0 * (population as f64 / 100_000.0).powf(0.4)
}

/// Degrees of latitude in a kilometre.
const DEG_PER_KM: f64 = 1.0 / 111.2;

/// Kilometres of great circle in a degree of latitude, rounded down (geo's haversine
/// uses a sphere of 6,371.0088 km: 111.195 km a degree), so that a latitude difference
/// never overstates a distance.
const KM_PER_DEG_AT_LEAST: f64 = 111.19;

/// The towns, most populous first.
pub struct Towns {
    list: Vec<Town>,
    /// Places in `list`, by latitude: [`Towns::nearest`] looks only at the towns whose
    /// latitude alone does not already put them farther than the nearest found.
    by_lat: Vec<u32>,
}

impl Towns {
    pub fn from_geocoder(geocoder: &Geocoder) -> Self {
        let mut list: Vec<Town> = geocoder
            .towns()
            .map(|(name, population, at, nation)| Town {
                name: name.to_string(),
                name_cy: (nation == Nation::Wales)
                    .then(|| crate::geocode::welsh_name(name))
                    .flatten(),
                population,
                lat: at.lat(),
                lon: at.lon(),
                nation,
                reach_km: reach_km(population),
            })
            .collect();
        list.sort_by(|a, b| b.population.cmp(&a.population).then(a.name.cmp(&b.name)));
        let mut by_lat: Vec<u32> = (0..list.len() as u32).collect();
        by_lat.sort_by(|&a, &b| list[a as usize].lat.total_cmp(&list[b as usize].lat));
        Towns { list, by_lat }
    }

    /// Every town, most populous first.
    pub fn all(&self) -> &[Town] {
        &self.list
    }

    /// The most populous town whose reach holds the point, if any.
    pub fn largest_holding(&self, lat: f64, lon: f64) -> Option<&Town> {
        self.list.iter().find(|t| holds(t, lat, lon))
    }

    /// The town nearest the point (of two as near, the more populous).
    ///
    /// Walks out from the point's latitude both ways in [`Towns::by_lat`]: a town whose
    /// latitude is `d` degrees away is at least `d` × [`KM_PER_DEG_AT_LEAST`] km away, so
    /// each way stops at the first town that far beyond the nearest found, and every
    /// town passed over is farther than it. The same answer as measuring every town
    /// ([`Towns::nearest_by_every_town`]), from a few dozen measured.
    pub fn nearest(&self, lat: f64, lon: f64) -> Option<&Town> {
        let start = self
            .by_lat
            .partition_point(|&i| self.list[i as usize].lat < lat);
        let mut best: Option<(f64, u32)> = None;
        let mut consider = |i: u32| {
            let town = &self.list[i as usize];
            let bound = (town.lat - lat).abs() * KM_PER_DEG_AT_LEAST;
            if best.is_some_and(|(km, _)| bound > km) {
                return false;
            }
            let km = distance_km(town, lat, lon);
            if best.is_none_or(|b| (km, i) < b) {
                best = Some((km, i));
            }
            true
        };
        for &i in &self.by_lat[start..] {
            if !consider(i) {
                break;
            }
        }
        for &i in self.by_lat[..start].iter().rev() {
            if !consider(i) {
                break;
            }
        }
        best.map(|(_, i)| &self.list[i as usize])
    }

    /// [`Towns::nearest`] by measuring every town: the reference for tests.
    pub fn nearest_by_every_town(&self, lat: f64, lon: f64) -> Option<&Town> {
        self.list
            .iter()
            .min_by(|a, b| distance_km(a, lat, lon).total_cmp(&distance_km(b, lat, lon)))
    }

    /// Up to `k` towns nearest the point, nearest first.
    pub fn nearest_k(&self, lat: f64, lon: f64, k: usize) -> Vec<&Town> {
        let mut all: Vec<(&Town, f64)> = self
            .list
            .iter()
            .map(|t| (t, distance_km(t, lat, lon)))
            .collect();
        all.sort_by(|a, b| a.1.total_cmp(&b.1));
        all.into_iter().take(k).map(|(t, _)| t).collect()
    }
}

/// Whether the point lies within `town`'s reach.
pub fn holds(town: &Town, lat: f64, lon: f64) -> bool {
    // A cheap box first: most towns are far away.
    let dlat = (town.lat - lat).abs();
    if dlat > town.reach_km * DEG_PER_KM {
        return false;
    }
    distance_km(town, lat, lon) <= town.reach_km
}

/// Distance from a town to a point, kilometres.
pub fn distance_km(town: &Town, lat: f64, lon: f64) -> f64 {
    match (LatLng::new(town.lat, town.lon), LatLng::new(lat, lon)) {
        (Ok(a), Ok(b)) => a.distance_m(b) / 1000.0,
        _ => f64::INFINITY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn london_holds_hackney_and_not_brighton() {
        let geocoder = Geocoder::bundled().unwrap();
        let towns = Towns::from_geocoder(&geocoder);
        assert_eq!(towns.all()[0].name, "London");
        let hackney = towns.largest_holding(51.545, -0.055).unwrap();
        assert_eq!(hackney.name, "London");
        let brighton = towns.largest_holding(50.8225, -0.1372).unwrap();
        assert_eq!(brighton.name, "Brighton");
    }

    /// Walking out from the point's latitude finds the town measuring every town finds,
    /// over a grid across the UK and beyond it, and at the towns' own points.
    #[test]
    fn nearest_town_equals_measuring_every_town() {
        let geocoder = Geocoder::bundled().unwrap();
        let towns = Towns::from_geocoder(&geocoder);
        let mut points: Vec<(f64, f64)> = towns.all().iter().map(|t| (t.lat, t.lon)).collect();
        for i in 0..=60 {
            for j in 0..=40 {
                points.push((48.0 + f64::from(i) * 0.15, -11.0 + f64::from(j) * 0.35));
            }
        }
        points.extend([(89.9, 0.0), (-45.0, 170.0), (51.5, 179.9)]);
        for (lat, lon) in points {
            let fast = towns.nearest(lat, lon).map(|t| &t.name);
            let every = towns.nearest_by_every_town(lat, lon).map(|t| &t.name);
            assert_eq!(fast, every, "at {lat}, {lon}");
        }
    }
}
