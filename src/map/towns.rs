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

/// The towns, most populous first.
pub struct Towns {
    list: Vec<Town>,
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
        Towns { list }
    }

    /// Every town, most populous first.
    pub fn all(&self) -> &[Town] {
        &self.list
    }

    /// The most populous town whose reach holds the point, if any.
    pub fn largest_holding(&self, lat: f64, lon: f64) -> Option<&Town> {
        self.list.iter().find(|t| holds(t, lat, lon))
    }

    /// The town nearest the point.
    pub fn nearest(&self, lat: f64, lon: f64) -> Option<&Town> {
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
}
