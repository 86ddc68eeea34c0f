//! `peermap synth`: a synthetic registry for measurement only.
//!
//! Sites cluster around real UK towns (weighted by population, from the bundled GeoNames
//! file) with a spread of a few kilometres. Each project serves one of four needs, so a
//! search for one need passes about 25% of sites. Synthetic listings are marked as such,
//! never shown in the directory, and refused in a database that holds real listings.

use crate::domain::{Delivery, Format, Nation, Precision, Project, Site, Slug, Status};
use crate::store::{Store, StoreError};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// The four needs synthetic projects are spread across (25% each).
pub const SYNTH_NEEDS: [&str; 4] = [
    "perinatal-mental-health",
    "postnatal-depression-anxiety",
    "birth-trauma",
    "baby-loss",
];

/// Sites per synthetic project.
pub const SITES_PER_PROJECT: usize = 4;

struct Town {
    lat: f64,
    lon: f64,
    weight: f64,
    nation: Nation,
}

fn towns() -> Vec<Town> {
    let text = include_str!("../data/geo/gb_places_geonames.csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut out = Vec::new();
    for record in reader.records().flatten() {
        let (Some(lat), Some(lon), Some(pop), Some(country)) =
            (record.get(2), record.get(3), record.get(4), record.get(5))
        else {
            continue;
        };
        let (Ok(lat), Ok(lon), Ok(pop)) =
            (lat.parse::<f64>(), lon.parse::<f64>(), pop.parse::<f64>())
        else {
            continue;
        };
        let nation = match country {
            "Scotland" => Nation::Scotland,
            "Wales" => Nation::Wales,
            "Northern Ireland" => Nation::NorthernIreland,
            _ => Nation::England,
        };
        if pop > 0.0 {
            out.push(Town {
                lat,
                lon,
                weight: pop.sqrt(),
                nation,
            });
        }
    }
    out
}

/// Makes `sites` synthetic sites (in projects of [`SITES_PER_PROJECT`]) from `seed`.
pub fn generate(sites: usize, seed: u64) -> Vec<Project> {
    let towns = towns();
    let total: f64 = towns.iter().map(|t| t.weight).sum();
    let mut cumulative = Vec::with_capacity(towns.len());
    let mut acc = 0.0;
    for t in &towns {
        acc += t.weight;
        cumulative.push(acc);
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let projects = sites.div_ceil(SITES_PER_PROJECT);
    let mut out = Vec::with_capacity(projects);
    let mut left = sites;
    for i in 0..projects {
        let n = left.min(SITES_PER_PROJECT);
        left -= n;
        let mut project_sites = Vec::with_capacity(n);
        for s in 0..n {
            let pick = rng.random_range(0.0..total);
            let town = &towns[cumulative
                .partition_point(|c| *c < pick)
                .min(towns.len() - 1)];
            // Spread about 0-8 km around the town centre.
            let lat = town.lat + rng.random_range(-0.07..0.07);
            let lon = town.lon + rng.random_range(-0.11..0.11);
            project_sites.push(Site {
                label: format!("Synthetic site {s}"),
                lat,
                lon,
                precision: Precision::Exact,
                radius_km: None,
                nation: town.nation,
            });
        }
        let need = SYNTH_NEEDS[rng.random_range(0..SYNTH_NEEDS.len())];
        let format = if rng.random_bool(0.5) {
            Format::Group
        } else {
            Format::OneToOne
        };
        out.push(Project {
            slug: Slug::parse(&format!("synthetic-{seed}-{i}")).expect("a valid slug"),
            name: format!("Synthetic project {i}"),
            organisation: "Synthetic data for benchmarks".into(),
            summary: "Synthetic listing for measurement only.".into(),
            description: String::new(),
            name_cy: None,
            summary_cy: None,
            description_cy: None,
            formats: [format].into(),
            delivery: [Delivery::InPerson].into(),
            needs: [need.to_string()].into(),
            languages: ["en".to_string()].into(),
            sites: project_sites,
            nations: Default::default(),
            areas: Default::default(),
            referral: Default::default(),
            cost: None,
            contact: Default::default(),
            sessions: vec![],
            schedule_note: None,
            eligibility: Default::default(),
            status: Status::Published,
            verified: false,
            last_confirmed: None,
            listed_on: None,
            source: "peermap synth".into(),
            sources: vec![],
            reflections: vec![],
        });
    }
    out
}

#[derive(Debug, thiserror::Error)]
pub enum SynthError {
    #[error(
        "this database holds {0} real listings; synthetic data is only for benchmarks and is never mixed with the directory. Use an empty database."
    )]
    RealListings(u64),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Writes a synthetic registry of `sites` sites; refuses a database with real listings.
pub async fn write(store: &dyn Store, sites: usize, seed: u64) -> Result<usize, SynthError> {
    let counts = store.counts().await?;
    if counts.real > 0 {
        return Err(SynthError::RealListings(counts.real));
    }
    let projects = generate(sites, seed);
    for chunk in projects.chunks(5_000) {
        store.save_many(chunk, "peermap synth", true).await?;
    }
    Ok(projects.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_data_and_a_quarter_per_need() {
        let a = generate(4_000, 7);
        assert_eq!(a, generate(4_000, 7));
        assert_eq!(a.iter().map(|p| p.sites.len()).sum::<usize>(), 4_000);
        let share = a
            .iter()
            .filter(|p| p.needs.contains(SYNTH_NEEDS[0]))
            .count() as f64
            / a.len() as f64;
        assert!((0.2..0.3).contains(&share), "{share}");
        assert!(
            a.iter()
                .flat_map(|p| &p.sites)
                .all(|s| (49.0..61.5).contains(&s.lat) && (-9.0..2.5).contains(&s.lon))
        );
    }
}
