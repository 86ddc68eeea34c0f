//! Loading the bundled CSVs into lookup tables.
//!
//! The four files are compiled into the binary (see [`BUNDLED`]) and parsed once by
//! [`Tables::load`]. Coordinates are WGS84 degrees; populations are head counts (GeoNames
//! figures for places, the CSV's proxies for local authorities).
//!
//! **Errors.** [`Tables::load`] stops at the first bad row with a [`GeocodeLoadError`]
//! naming the file and 1-based line: a row that does not parse, an unknown country or
//! local authority code, a point off the globe, or a local authority listed twice.

use super::authority_names::correction;
use super::error::GeocodeLoadError;
use super::tables::{Authority, Centroid, PlaceRecord, Tables};
use crate::domain::{LatLng, Nation};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// The text of the four CSV files the geocoder reads.
#[derive(Debug, Clone, Copy)]
pub struct GeoSources<'a> {
    /// `uk_postcode_districts.csv`: `district,lat,lon,…,lad_code,country`.
    pub districts: &'a str,
    /// `uk_postcode_sectors.csv`: `sector,lat,lon,…,lad_code,country`.
    pub sectors: &'a str,
    /// `gb_places_geonames.csv`: `geonameid,name,lat,lon,population,country,nearest_district,lad_code,…,alt_names`.
    pub places: &'a str,
    /// `uk_local_authorities.csv`: `lad_code,lad_name,country,lat,lon,…,pop_proxy_2011,…,pop_proxy_postcodes,…`.
    pub authorities: &'a str,
}

/// The CSVs shipped in `data/geo/`, embedded at compile time.
pub const BUNDLED: GeoSources<'static> = GeoSources {
    districts: include_str!("../../data/geo/uk_postcode_districts.csv"),
    sectors: include_str!("../../data/geo/uk_postcode_sectors.csv"),
    places: include_str!("../../data/geo/gb_places_geonames.csv"),
    authorities: include_str!("../../data/geo/uk_local_authorities.csv"),
};

#[derive(Deserialize)]
struct RawCentroid {
    #[serde(alias = "district", alias = "sector")]
    code: String,
    lat: f64,
    lon: f64,
    lad_code: String,
    country: String,
}

#[derive(Deserialize)]
struct RawPlace {
    name: String,
    lat: f64,
    lon: f64,
    population: u64,
    country: String,
    nearest_district: String,
    lad_code: String,
    alt_names: String,
}

#[derive(Deserialize)]
struct RawAuthority {
    lad_code: String,
    lad_name: String,
    country: String,
    lat: f64,
    lon: f64,
    pop_proxy_2011: Option<u64>,
    pop_proxy_postcodes: Option<u64>,
}

const DISTRICTS: &str = "uk_postcode_districts.csv";
const SECTORS: &str = "uk_postcode_sectors.csv";
const PLACES: &str = "gb_places_geonames.csv";
const AUTHORITIES: &str = "uk_local_authorities.csv";

impl Tables {
    /// Parses and cross-checks the four files.
    pub(crate) fn load(src: &GeoSources<'_>) -> Result<Self, GeocodeLoadError> {
        let mut authorities = Vec::new();
        let mut by_code = HashMap::new();
        for (line, raw) in rows::<RawAuthority>(AUTHORITIES, src.authorities)? {
            let fail = |reason: String| GeocodeLoadError {
                file: AUTHORITIES,
                line,
                reason,
            };
            let nation = nation(&raw.country).map_err(fail)?;
            let location = point(raw.lat, raw.lon).map_err(fail)?;
            let (name, aliases) = match correction(&raw.lad_code) {
                Some(fix) => {
                    let mut aliases: Vec<String> = fix.also.iter().map(|s| s.to_string()).collect();
                    let name = match fix.display {
                        Some(display) => {
                            aliases.push(raw.lad_name);
                            display.to_string()
                        }
                        None => raw.lad_name,
                    };
                    (name, aliases)
                }
                None => (raw.lad_name, Vec::new()),
            };
            if by_code
                .insert(raw.lad_code.clone(), authorities.len())
                .is_some()
            {
                return Err(fail(format!("duplicate local authority {}", raw.lad_code)));
            }
            authorities.push(Authority {
                code: raw.lad_code,
                name,
                aliases,
                location,
                population: raw.pop_proxy_2011.or(raw.pop_proxy_postcodes).unwrap_or(0),
                nation,
            });
        }

        let authority = |code: &str| {
            by_code
                .get(code)
                .copied()
                .ok_or_else(|| format!("unknown local authority {code}"))
        };
        let centroids =
            |file: &'static str, text: &str| -> Result<Vec<(String, Centroid)>, GeocodeLoadError> {
                rows::<RawCentroid>(file, text)?
                    .into_iter()
                    .map(|(line, raw)| {
                        let fail = |reason: String| GeocodeLoadError { file, line, reason };
                        let centroid = Centroid {
                            location: point(raw.lat, raw.lon).map_err(fail)?,
                            authority: authority(&raw.lad_code).map_err(fail)?,
                            nation: nation(&raw.country).map_err(fail)?,
                        };
                        Ok((raw.code, centroid))
                    })
                    .collect()
            };

        let districts: HashMap<String, Centroid> =
            centroids(DISTRICTS, src.districts)?.into_iter().collect();
        let mut sectors = Vec::new();
        let mut sector_index = HashMap::new();
        for (code, centroid) in centroids(SECTORS, src.sectors)? {
            sector_index.insert(code, sectors.len());
            sectors.push(centroid);
        }

        let mut places = Vec::new();
        for (line, raw) in rows::<RawPlace>(PLACES, src.places)? {
            let fail = |reason: String| GeocodeLoadError {
                file: PLACES,
                line,
                reason,
            };
            places.push(PlaceRecord {
                location: point(raw.lat, raw.lon).map_err(fail)?,
                nation: nation(&raw.country).map_err(fail)?,
                authority: authority(&raw.lad_code).map_err(fail)?,
                alt_names: raw
                    .alt_names
                    .split('|')
                    .filter(|a| !a.trim().is_empty() && !a.contains('('))
                    .map(str::to_string)
                    .collect(),
                name: raw.name,
                population: raw.population,
                district: raw.nearest_district,
            });
        }

        Ok(Self {
            districts,
            sectors,
            sector_index,
            places,
            authorities,
        })
    }
}

/// Deserialises every row of a CSV, with its line number for error messages.
fn rows<T: DeserializeOwned>(
    file: &'static str,
    text: &str,
) -> Result<Vec<(u64, T)>, GeocodeLoadError> {
    let fail = |line: u64, e: csv::Error| GeocodeLoadError {
        file,
        line,
        reason: e.to_string(),
    };
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| fail(1, e))?.clone();
    let mut record = csv::StringRecord::new();
    let mut found = Vec::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(found),
            Ok(true) => {
                let value = record
                    .deserialize(Some(&headers))
                    .map_err(|e| fail(line, e))?;
                found.push((line, value));
            }
            Err(e) => return Err(fail(line, e)),
        }
    }
}

/// The nation named by a CSV `country` value (`England`, …, `Northern Ireland`).
fn nation(country: &str) -> Result<Nation, String> {
    Nation::ALL
        .iter()
        .copied()
        .find(|n| n.label() == country)
        .ok_or_else(|| format!("unknown country “{country}”"))
}

fn point(lat: f64, lon: f64) -> Result<LatLng, String> {
    LatLng::new(lat, lon).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::authority_names::AUTHORITY_NAMES;
    use super::*;

    fn tables() -> Tables {
        Tables::load(&BUNDLED).expect("bundled data loads")
    }

    #[test]
    fn bundled_row_counts_match_the_readme() {
        let t = tables();
        assert_eq!(t.districts.len(), 2_946);
        assert_eq!(t.sectors.len(), 11_102);
        assert_eq!(t.sector_index.len(), 11_102);
        assert_eq!(t.places.len(), 5_911);
        assert_eq!(t.authorities.len(), 361);
        let ni = t
            .districts
            .values()
            .filter(|c| c.nation == Nation::NorthernIreland)
            .count();
        assert_eq!(ni, 81);
    }

    #[test]
    fn values_come_through_exactly() {
        let t = tables();
        let b15 = t.districts["B15"];
        assert_eq!(
            (b15.location.lat(), b15.location.lon()),
            (52.46636, -1.92324)
        );
        assert_eq!(t.authorities[b15.authority].code, "E08000025");
        let s = t.sector("BT62 1").unwrap();
        assert_eq!(
            (s.location.lat(), s.location.lon(), s.nation),
            (54.44959, -6.49744, Nation::NorthernIreland)
        );
        let derry = t.places.iter().find(|p| p.name == "Derry").unwrap();
        assert_eq!(derry.population, 83_652);
        assert!(derry.alt_names.iter().any(|a| a == "Londonderry"));
        let newport = t
            .places
            .iter()
            .find(|p| p.name == "Newport" && p.nation == Nation::Wales)
            .unwrap();
        assert!(
            newport.alt_names.iter().all(|a| !a.contains('(')),
            "{:?}",
            newport.alt_names
        );
        let newham = t.authorities.iter().find(|a| a.name == "Newham").unwrap();
        assert_eq!(newham.population, 266_244);
        let glasgow = t
            .authorities
            .iter()
            .find(|a| a.code == "S12000049")
            .unwrap();
        assert_eq!(
            glasgow.population, 558_000,
            "Scotland falls back to the postcode proxy"
        );
    }

    #[test]
    fn every_name_correction_names_a_bundled_authority() {
        let t = tables();
        for fix in AUTHORITY_NAMES {
            let a = t
                .authorities
                .iter()
                .find(|a| a.code == fix.code)
                .expect(fix.code);
            if let Some(display) = fix.display {
                assert_eq!(a.name, display);
            }
            assert!(
                fix.also.iter().all(|n| a.aliases.iter().any(|x| x == n)),
                "{}",
                fix.code
            );
        }
    }

    #[test]
    fn bad_rows_are_reported_with_file_and_line() {
        let src = GeoSources {
            districts: "district,lat,lon,postcodes,radius_km_p90,lad_code,country\n\
                        B1,52.5,-1.9,1,1,E08000025,England\n\
                        B15,95,-1.9,1,1,E08000025,England\n",
            ..BUNDLED
        };
        let err = Tables::load(&src).unwrap_err();
        assert_eq!((err.file, err.line), (DISTRICTS, 3));
        assert!(err.reason.contains("latitude 95"), "{err}");

        let src = GeoSources {
            sectors: "sector,lat,lon,postcodes,radius_km_p90,lad_code,country\nB15 2,52,-1.9,1,1,E08000025,Atlantis\n",
            ..BUNDLED
        };
        assert!(
            Tables::load(&src)
                .unwrap_err()
                .to_string()
                .contains("Atlantis")
        );

        let src = GeoSources {
            places: "name,lat\nx,notanumber\n",
            ..BUNDLED
        };
        assert_eq!(Tables::load(&src).unwrap_err().file, PLACES);
    }
}
