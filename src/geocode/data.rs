//! Loading the bundled CSVs into lookup tables.
//!
//! The four files are compiled into the binary (see [`BUNDLED`]) and parsed once by
//! [`Tables::load`]. Coordinates are WGS84 degrees; populations are head counts (GeoNames
//! figures for places, the CSV's proxies for local authorities).

use super::authority_names::correction;
use super::error::GeocodeLoadError;
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

/// The centre of a postcode district or sector: the mean of its postcodes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Centroid {
    pub location: LatLng,
    /// Index into [`Tables::authorities`] of the authority most of its postcodes are in.
    pub authority: usize,
    pub nation: Nation,
}

/// A named place from GeoNames.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlaceRecord {
    pub name: String,
    /// Alternate names, without GeoNames' bracketed forms such as `Newport (Wales)`.
    pub alt_names: Vec<String>,
    pub location: LatLng,
    /// People living there (GeoNames; 0 when unknown).
    pub population: u64,
    pub nation: Nation,
    /// Index into [`Tables::authorities`].
    pub authority: usize,
    /// The postcode district of the nearest live postcode, e.g. `NP20`.
    pub district: String,
}

/// A local authority district (council area).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Authority {
    /// 2025 ONS code, e.g. `E09000025`.
    pub code: String,
    /// The name to show (corrected where the bundled one is not the usual name).
    pub name: String,
    /// Every other name to match: the bundled name and the corrections' extra names.
    pub aliases: Vec<String>,
    /// Centre of its postcodes.
    pub location: LatLng,
    /// Population proxy: the 2011 small-area estimate, else the postcode-count estimate.
    pub population: u64,
    pub nation: Nation,
}

/// Something a name can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Named {
    /// Index into [`Tables::places`].
    Place(usize),
    /// Index into [`Tables::authorities`].
    Authority(usize),
}

/// All bundled geodata, indexed for lookup.
#[derive(Debug, Clone)]
pub(crate) struct Tables {
    pub districts: HashMap<String, Centroid>,
    /// Sector centroids in file order; [`Tables::sector_index`] finds one by key.
    pub sectors: Vec<Centroid>,
    pub sector_index: HashMap<String, usize>,
    pub places: Vec<PlaceRecord>,
    pub authorities: Vec<Authority>,
}

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

    /// The centroid of sector `key` (`B15 2`).
    pub(crate) fn sector(&self, key: &str) -> Option<&Centroid> {
        self.sector_index.get(key).map(|&i| &self.sectors[i])
    }

    /// What a candidate is called.
    pub(crate) fn label(&self, n: Named) -> &str {
        match n {
            Named::Place(i) => &self.places[i].name,
            Named::Authority(i) => &self.authorities[i].name,
        }
    }

    /// Where a candidate is.
    pub(crate) fn location(&self, n: Named) -> LatLng {
        match n {
            Named::Place(i) => self.places[i].location,
            Named::Authority(i) => self.authorities[i].location,
        }
    }

    /// How many people live there (head count or proxy; 0 when unknown).
    pub(crate) fn population(&self, n: Named) -> u64 {
        match n {
            Named::Place(i) => self.places[i].population,
            Named::Authority(i) => self.authorities[i].population,
        }
    }

    /// Which nation a candidate is in.
    pub(crate) fn nation(&self, n: Named) -> Nation {
        match n {
            Named::Place(i) => self.places[i].nation,
            Named::Authority(i) => self.authorities[i].nation,
        }
    }

    /// The local authority a candidate is, or lies in (index into `authorities`).
    pub(crate) fn authority_of(&self, n: Named) -> usize {
        match n {
            Named::Place(i) => self.places[i].authority,
            Named::Authority(i) => i,
        }
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
