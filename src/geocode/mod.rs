//! Offline geocoding of what people type into the search box.
//!
//! [`Geocoder::lookup`] turns a postcode, a place or council name, or a `lat,lon` pair into
//! a [`Place`]: a point (WGS84 degrees), how precisely that point is known, and the UK
//! nation it is in. It reads only the CSVs bundled in `data/geo/` (see its README for
//! sources, licences and the attribution the site must show), so it needs no network.
//!
//! What it accepts, case-, space- and punctuation-insensitively:
//! * **Full postcodes** (`b152tt`, `B15 2TT`). There is no table of individual postcodes,
//!   so the result is the centre of the postcode's **sector** (`B15 2`, typically within
//!   about 1 km), or of its district when the sector is not in the data; the precision
//!   says which. Only the shape is checked, so a well-formed but unused postcode in a real
//!   sector is accepted.
//! * **Sectors** (`B15 2`) and **districts** (`B15`, `BT62`). Text with no space is read
//!   first as a whole district, then as district plus sector digit, and the first reading
//!   that exists in the data wins: `B15` is the district `B15` (the sector `B1 5` needs
//!   the space), and `b152` is the sector `B15 2` (`B152` is not a district shape).
//! * **Place names** from GeoNames, with their alternate names (`Derry`, `Londonderry`),
//!   and **council (local authority) names** (`Newham`). Several places of one name are
//!   ambiguous unless one is [`DOMINANCE`] times as populous as every other; a qualifier
//!   after a comma picks one (`Newport, Wales`, `Newport, Isle of Wight`,
//!   `Newport, TF10`). A council area is only a candidate when no place of that name lies
//!   in it (`Glasgow` is the city, `Newham` the borough).
//! * **Coordinates** `lat,lon` in decimal degrees (`52.48,-1.89`), inside the UK.
//!
//! Jersey, Guernsey and the Isle of Man are recognised and reported as not covered.

mod authority_names;
mod coords;
mod coverage;
mod data;
mod error;
mod places;
mod postcode;
mod text;

pub use data::{BUNDLED, GeoSources};
pub use error::{GeocodeError, GeocodeLoadError, MAX_QUERY_CHARS};
pub use places::DOMINANCE;

use crate::domain::{LatLng, Nation};
use data::{Centroid, Named, Tables};
use places::{NameIndex, Resolution};
use postcode::PostcodeQuery;

/// How precisely a [`Place`]'s point is known, roughly finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlacePrecision {
    /// The coordinates typed in.
    Coordinates,
    /// The centre of a postcode sector (`B15 2`), typically within about 1 km.
    Sector,
    /// The centre of a postcode district (`B15`), typically within a few km; rural
    /// districts can span 10 km or more.
    District,
    /// A town, city or village centre (GeoNames point).
    Place,
    /// The centre of a local authority's postcodes; a council area can be 100 km across.
    Authority,
}

impl PlacePrecision {
    /// A plain-English phrase for pages, e.g. "postcode sector".
    pub fn label(self) -> &'static str {
        match self {
            Self::Coordinates => "exact coordinates",
            Self::Sector => "postcode sector",
            Self::District => "postcode district",
            Self::Place => "town or city centre",
            Self::Authority => "council area",
        }
    }
}

/// Where a search resolved to.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Place {
    /// What to call it: the postcode as conventionally written (`B15 2TT`), the place or
    /// council name (`Derry`, `Newham`), or the coordinates (`52.48000,-1.89000`).
    pub label: String,
    /// The point searched from (WGS84 degrees).
    pub location: LatLng,
    /// How precisely `location` is known.
    pub precision: PlacePrecision,
    /// The UK nation the point is in.
    pub nation: Nation,
}

/// One of several places a search could mean.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Choice {
    /// The place's name, e.g. "Newport".
    pub label: String,
    /// Enough to tell it apart: nation and council area, e.g. "Wales, Newport" or
    /// "England, Telford and Wrekin"; for a council area itself, "England, council area".
    pub area: String,
    /// A search that resolves to exactly this choice, e.g. "Newport, Wales".
    pub query: String,
}

/// The offline geocoder: the bundled tables, parsed once (about 8 MB in memory). Build
/// it at start-up and share it (`Arc<Geocoder>`); lookups take `&self`.
#[derive(Clone)]
pub struct Geocoder {
    tables: Tables,
    names: NameIndex,
    /// Sector centres in the exact nearest-point index (site id = sector position).
    sector_points: std::sync::Arc<crate::index::NearestIndex>,
    /// Towns of at least [`TOWN_POPULATION`] people, likewise (site id = place position).
    town_points: std::sync::Arc<crate::index::NearestIndex>,
}

/// The smallest population of a place used to name an area on the map.
pub const TOWN_POPULATION: u64 = 5_000;

/// Points for the nearest-point index, one per item; the site id is the item's position.
fn points<T>(
    items: &[T],
    keep: impl Fn(&T) -> bool,
    at: impl Fn(&T) -> LatLng,
) -> crate::index::NearestIndex {
    let sites = items
        .iter()
        .enumerate()
        .filter(|(_, item)| keep(item))
        .map(|(i, item)| crate::index::Site {
            id: i as u32,
            project: i as u32,
            lat: at(item).lat(),
            lon: at(item).lon(),
            mask: 1,
        })
        .collect();
    crate::index::NearestIndex::build(sites)
}

impl std::fmt::Debug for Geocoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Geocoder")
            .field("districts", &self.tables.districts.len())
            .field("sectors", &self.tables.sectors.len())
            .field("places", &self.tables.places.len())
            .field("authorities", &self.tables.authorities.len())
            .finish_non_exhaustive()
    }
}

impl Geocoder {
    /// Parses the CSVs compiled into the binary (about 15 ms in a release build).
    pub fn bundled() -> Result<Self, GeocodeLoadError> {
        Self::from_sources(&BUNDLED)
    }

    /// Parses geodata given as CSV text in the bundled files' formats.
    pub fn from_sources(sources: &GeoSources<'_>) -> Result<Self, GeocodeLoadError> {
        let tables = Tables::load(sources)?;
        let names = NameIndex::build(&tables);
        let sector_points = std::sync::Arc::new(points(&tables.sectors, |_| true, |c| c.location));
        let town_points = std::sync::Arc::new(points(
            &tables.places,
            |p| p.population >= TOWN_POPULATION,
            |p| p.location,
        ));
        Ok(Self {
            tables,
            names,
            sector_points,
            town_points,
        })
    }

    /// Resolves what someone typed into one place, or says why it cannot.
    ///
    /// Never panics. Text is trimmed; more than [`MAX_QUERY_CHARS`] characters is
    /// [`GeocodeError::TooLong`]; text with no letter or digit is [`GeocodeError::Empty`].
    pub fn lookup(&self, query: &str) -> Result<Place, GeocodeError> {
        let text = query.trim();
        if text.chars().nth(MAX_QUERY_CHARS).is_some() {
            return Err(GeocodeError::TooLong);
        }
        if !text.chars().any(char::is_alphanumeric) {
            return Err(GeocodeError::Empty);
        }
        let readings = postcode::readings(text);
        if !readings.is_empty() {
            return self.lookup_postcode(text, &readings);
        }
        if let Some((lat, lon)) = coords::parse_pair(text) {
            return self.lookup_coordinates(text, lat, lon);
        }
        if let Some((head, _)) = text.split_once(',') {
            let readings = postcode::readings(head);
            if !readings.is_empty() {
                return self.lookup_postcode(head.trim(), &readings);
            }
        }
        self.lookup_name(text)
    }

    /// The name of the town (of at least [`TOWN_POPULATION`] people) nearest to `at`, to
    /// name an area on the map.
    pub fn nearest_town(&self, at: LatLng) -> Option<&str> {
        let all = crate::index::Filter::default();
        let hit = *self
            .town_points
            .nearest(at.lat(), at.lon(), 1, &all, None)
            .first()?;
        self.tables
            .places
            .get(hit.site as usize)
            .map(|p| p.name.as_str())
    }

    /// Up to `k` towns (of at least [`TOWN_POPULATION`] people) nearest to `at`, nearest
    /// first, as (name, population, location).
    pub fn towns_near(&self, at: LatLng, k: usize) -> Vec<(&str, u64, LatLng)> {
        let all = crate::index::Filter::default();
        self.town_points
            .nearest(at.lat(), at.lon(), k, &all, None)
            .iter()
            .filter_map(|hit| self.tables.places.get(hit.site as usize))
            .map(|p| (p.name.as_str(), p.population, p.location))
            .collect()
    }

    /// Every place of at least [`TOWN_POPULATION`] people, as (name, population,
    /// location, nation), in the order of the bundled GeoNames file.
    pub fn towns(&self) -> impl Iterator<Item = (&str, u64, LatLng, Nation)> + '_ {
        self.tables
            .places
            .iter()
            .filter(|p| p.population >= TOWN_POPULATION)
            .map(|p| (p.name.as_str(), p.population, p.location, p.nation))
    }

    /// The nation of the postcode sector centre nearest to `at`, and its distance in metres.
    pub fn nearest_nation(&self, at: LatLng) -> (Nation, f64) {
        let all = crate::index::Filter::default();
        self.sector_points
            .nearest(at.lat(), at.lon(), 1, &all, None)
            .first()
            .and_then(|hit| {
                Some((
                    self.tables.sectors.get(hit.site as usize)?.nation,
                    hit.distance_m,
                ))
            })
            .unwrap_or((Nation::England, f64::INFINITY))
    }

    fn lookup_postcode(
        &self,
        text: &str,
        readings: &[PostcodeQuery],
    ) -> Result<Place, GeocodeError> {
        if let Some(area) = readings
            .first()
            .and_then(|r| coverage::by_postcode_area(r.area()))
        {
            return Err(GeocodeError::OutsideCoverage {
                query: text.to_string(),
                area: area.to_string(),
            });
        }
        let exact = readings.iter().find_map(|r| {
            let found = match r.sector_key() {
                Some(key) => self
                    .tables
                    .sector(&key)
                    .map(|c| (c, PlacePrecision::Sector)),
                None => self
                    .tables
                    .districts
                    .get(r.outward())
                    .map(|c| (c, PlacePrecision::District)),
            };
            found.map(|(c, precision)| (r, c, precision))
        });
        // A sector or unit whose sector is not in the data falls back to its district.
        let fallback = || {
            readings.iter().find_map(|r| {
                self.tables
                    .districts
                    .get(r.outward())
                    .map(|c| (r, c, PlacePrecision::District))
            })
        };
        match exact.or_else(fallback) {
            Some((reading, centroid, precision)) => {
                Ok(place_at(reading.to_string(), centroid, precision))
            }
            None => Err(GeocodeError::NotFound {
                query: text.to_string(),
                suggestions: readings.first().map_or_else(Vec::new, |r| {
                    self.names.suggest_districts(&self.tables, r.outward())
                }),
            }),
        }
    }

    fn lookup_coordinates(&self, text: &str, lat: f64, lon: f64) -> Result<Place, GeocodeError> {
        let bad = || GeocodeError::BadCoordinates(text.to_string());
        let location = LatLng::new(lat, lon).map_err(|_| bad())?;
        if !coords::in_uk_box(lat, lon) {
            return Err(bad());
        }
        if let Some(area) = coverage::at(lat, lon) {
            return Err(GeocodeError::OutsideCoverage {
                query: text.to_string(),
                area: area.to_string(),
            });
        }
        let (nation, metres) = self.nearest_nation(location);
        if metres > coords::MAX_METRES_FROM_POSTCODES {
            return Err(bad());
        }
        Ok(Place {
            label: location.to_string(),
            location,
            precision: PlacePrecision::Coordinates,
            nation,
        })
    }

    fn lookup_name(&self, text: &str) -> Result<Place, GeocodeError> {
        match self.names.resolve(&self.tables, text) {
            Resolution::One(n) => Ok(self.place_named(n)),
            Resolution::Many(found) => Err(GeocodeError::Ambiguous {
                query: text.to_string(),
                choices: self.choices(&found),
            }),
            Resolution::None => Err(match coverage::by_name(text) {
                Some(area) => GeocodeError::OutsideCoverage {
                    query: text.to_string(),
                    area: area.to_string(),
                },
                None => GeocodeError::NotFound {
                    query: text.to_string(),
                    suggestions: self.names.suggest(&self.tables, text),
                },
            }),
        }
    }

    fn place_named(&self, n: Named) -> Place {
        let precision = match n {
            Named::Place(_) => PlacePrecision::Place,
            Named::Authority(_) => PlacePrecision::Authority,
        };
        Place {
            label: self.tables.label(n).to_string(),
            location: self.tables.location(n),
            precision,
            nation: self.tables.nation(n),
        }
    }

    /// Describes each candidate, with a search that picks it alone.
    fn choices(&self, found: &[Named]) -> Vec<Choice> {
        let t = &self.tables;
        let areas: Vec<String> = found
            .iter()
            .map(|&n| {
                let nation = t.nation(n).label();
                match n {
                    Named::Place(_) => {
                        format!("{nation}, {}", t.authorities[t.authority_of(n)].name)
                    }
                    Named::Authority(_) => format!("{nation}, council area"),
                }
            })
            .collect();
        found
            .iter()
            .zip(&areas)
            .map(|(&n, area)| {
                let label = t.label(n).to_string();
                let twin = areas.iter().filter(|a| *a == area).count() > 1;
                let area = match n {
                    Named::Place(i) if twin => format!("{area} ({})", t.places[i].district),
                    _ => area.clone(),
                };
                Choice {
                    query: self.choice_query(n, &label),
                    label,
                    area,
                }
            })
            .collect()
    }

    /// The shortest of "name, nation", "name, council", "name, district" that resolves to
    /// `n` alone; failing those, its coordinates.
    fn choice_query(&self, n: Named, label: &str) -> String {
        let t = &self.tables;
        let mut qualifiers = vec![
            t.nation(n).label().to_string(),
            t.authorities[t.authority_of(n)].name.clone(),
        ];
        if let Named::Place(i) = n {
            qualifiers.push(t.places[i].district.clone());
        }
        qualifiers
            .into_iter()
            .map(|q| format!("{label}, {q}"))
            .find(|q| self.names.resolve(t, q) == Resolution::One(n))
            .unwrap_or_else(|| t.location(n).to_string())
    }
}

fn place_at(label: String, centroid: &Centroid, precision: PlacePrecision) -> Place {
    Place {
        label,
        location: centroid.location,
        precision,
        nation: centroid.nation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn geo() -> &'static Geocoder {
        static GEO: OnceLock<Geocoder> = OnceLock::new();
        GEO.get_or_init(|| Geocoder::bundled().expect("bundled geodata loads"))
    }

    fn ok(query: &str) -> Place {
        geo()
            .lookup(query)
            .unwrap_or_else(|e| panic!("{query}: {e:?}"))
    }

    fn at(place: &Place) -> (f64, f64) {
        (place.location.lat(), place.location.lon())
    }

    #[test]
    fn full_postcodes_resolve_to_their_sector_centre() {
        let p = ok("B15 2TT");
        assert_eq!(p.label, "B15 2TT");
        assert_eq!(p.precision, PlacePrecision::Sector);
        assert_eq!(p.nation, Nation::England);
        // uk_postcode_sectors.csv: B15 2,52.46306,-1.91741
        assert_eq!(at(&p), (52.46306, -1.91741));
        for same in ["b152tt", " b15  2tt ", "B15-2TT", "b15 2tt."] {
            assert_eq!(ok(same), p, "{same}");
        }
        let sector = ok("B15 2");
        assert_eq!(
            (sector.label.as_str(), sector.precision),
            ("B15 2", PlacePrecision::Sector)
        );
        assert_eq!(sector.location, p.location);
        assert_eq!(ok("b152").location, p.location, "b152 reads as B15 2");
    }

    #[test]
    fn districts_resolve_to_their_centre() {
        let b15 = ok("B15");
        assert_eq!(
            (b15.label.as_str(), b15.precision),
            ("B15", PlacePrecision::District)
        );
        // uk_postcode_districts.csv: B15,52.46636,-1.92324
        assert_eq!(at(&b15), (52.46636, -1.92324));
        let bt62 = ok("bt62");
        assert_eq!(
            (bt62.nation, at(&bt62)),
            (Nation::NorthernIreland, (54.41290, -6.46474))
        );
        let b1_1 = ok("B1 1");
        assert_eq!(
            (b1_1.label.as_str(), b1_1.precision),
            ("B1 1", PlacePrecision::Sector),
            "with a space, a sector"
        );
        assert_eq!(ok("B11").label, "B11", "without one, the district");
    }

    #[test]
    fn missing_sector_falls_back_to_the_district() {
        // B15 has sectors 1, 2 and 3 only.
        let p = ok("B15 9ZZ");
        assert_eq!(
            (p.label.as_str(), p.precision),
            ("B15 9ZZ", PlacePrecision::District)
        );
        assert_eq!(at(&p), (52.46636, -1.92324));
        assert_eq!(ok("B15 9").precision, PlacePrecision::District);
    }

    #[test]
    fn unknown_postcodes_are_not_found() {
        let err = geo().lookup("ZZ99 9ZZ").unwrap_err();
        assert!(
            matches!(&err, GeocodeError::NotFound { query, .. } if query == "ZZ99 9ZZ"),
            "{err:?}"
        );
        assert!(
            err.to_string().contains("don't recognise the postcode"),
            "{err}"
        );
        // CF1 was retired: only live districts are in the data.
        assert!(matches!(
            geo().lookup("CF1 1AA"),
            Err(GeocodeError::NotFound { .. })
        ));
    }

    #[test]
    fn crown_dependencies_are_outside_coverage() {
        for (query, area) in [
            ("JE2 3AB", "Jersey"),
            ("IM1 1AA", "the Isle of Man"),
            ("gy1 1aa", "Guernsey"),
            ("JE2", "Jersey"),
        ] {
            match geo().lookup(query) {
                Err(GeocodeError::OutsideCoverage { area: a, .. }) => {
                    assert_eq!(a, area, "{query}")
                }
                other => panic!("{query}: {other:?}"),
            }
        }
        assert!(matches!(
            geo().lookup("49.19,-2.11"),
            Err(GeocodeError::OutsideCoverage { .. })
        ));
    }

    #[test]
    fn places_carry_their_nation() {
        for (query, name, nation) in [
            ("Preston", "Preston", Nation::England),
            ("Cardiff", "Cardiff", Nation::Wales),
            ("glasgow", "Glasgow", Nation::Scotland),
            ("Portadown", "Portadown", Nation::NorthernIreland),
            (
                "Newcastle upon Tyne",
                "Newcastle upon Tyne",
                Nation::England,
            ),
            ("st albans", "St Albans", Nation::England),
        ] {
            let p = ok(query);
            assert_eq!(
                (p.label.as_str(), p.precision, p.nation),
                (name, PlacePrecision::Place, nation),
                "{query}"
            );
        }
        // gb_places_geonames.csv: Portadown,54.42302,-6.44434
        assert_eq!(at(&ok("Portadown")), (54.42302, -6.44434));
    }

    #[test]
    fn derry_and_londonderry_are_one_place() {
        let derry = ok("Derry");
        assert_eq!(derry, ok("Londonderry"));
        assert_eq!(
            (derry.label.as_str(), derry.nation),
            ("Derry", Nation::NorthernIreland)
        );
        assert_eq!(at(&derry), (54.99810, -7.30934));
    }

    #[test]
    fn council_names_resolve_to_the_council_area() {
        let newham = ok("Newham");
        assert_eq!(
            (newham.label.as_str(), newham.precision, newham.nation),
            ("Newham", PlacePrecision::Authority, Nation::England)
        );
        // uk_local_authorities.csv: E09000025,Newham,England,51.53029,0.02988
        assert_eq!(at(&newham), (51.53029, 0.02988));
        let abc = ok("Armagh City, Banbridge and Craigavon");
        assert_eq!(
            (abc.precision, abc.nation),
            (PlacePrecision::Authority, Nation::NorthernIreland)
        );
    }

    #[test]
    fn newport_is_ambiguous_and_each_choice_resolves() {
        let Err(GeocodeError::Ambiguous { query, choices }) = geo().lookup("Newport") else {
            panic!("Newport should be ambiguous");
        };
        assert_eq!(query, "Newport");
        let areas: Vec<&str> = choices.iter().map(|c| c.area.as_str()).collect();
        assert_eq!(
            areas,
            [
                "Wales, Newport",
                "England, Isle of Wight",
                "England, Telford and Wrekin",
                "Scotland, Fife",
                "England, Uttlesford",
                "England, East Riding of Yorkshire",
                "Wales, Pembrokeshire"
            ]
        );
        assert_eq!(choices[0].query, "Newport, Wales");
        assert_eq!(choices[1].query, "Newport, Isle of Wight");
        assert_eq!(choices[2].query, "Newport, Telford and Wrekin");
        let mut seen = Vec::new();
        for choice in &choices {
            let place = ok(&choice.query);
            assert_eq!(place.label, choice.label, "{}", choice.query);
            assert!(
                !seen.contains(&place.location),
                "{} repeats a place",
                choice.query
            );
            seen.push(place.location);
        }
    }

    #[test]
    fn every_ambiguous_name_in_the_data_offers_working_choices() {
        let g = geo();
        let mut ambiguous = 0;
        for key in g.names.keys() {
            let Err(GeocodeError::Ambiguous { choices, .. }) = g.lookup(key) else {
                continue;
            };
            ambiguous += 1;
            let mut seen = Vec::new();
            for choice in &choices {
                assert!(choice.query.contains(','), "{key}: {choice:?}");
                let place = g
                    .lookup(&choice.query)
                    .unwrap_or_else(|e| panic!("{key}: {choice:?}: {e:?}"));
                assert_eq!(place.label, choice.label, "{key}: {choice:?}");
                assert!(
                    !seen.contains(&place.location),
                    "{key}: {choice:?} repeats a place"
                );
                seen.push(place.location);
            }
        }
        assert!(ambiguous > 100, "{ambiguous}");
    }

    #[test]
    fn coordinates_in_the_uk() {
        for query in ["52.48,-1.89", "52.48, -1.89", " 52.48 -1.89 "] {
            let p = ok(query);
            assert_eq!(
                (p.precision, p.nation, at(&p)),
                (PlacePrecision::Coordinates, Nation::England, (52.48, -1.89)),
                "{query}"
            );
            assert_eq!(p.label, "52.48000,-1.89000");
        }
        assert_eq!(ok("54.42,-6.44").nation, Nation::NorthernIreland);
        assert_eq!(ok("55.86,-4.25").nation, Nation::Scotland);
        assert_eq!(ok("51.48,-3.18").nation, Nation::Wales);
    }

    #[test]
    fn coordinates_outside_the_uk_are_refused() {
        for query in [
            "95,1",
            "40.7,-74.0",
            "-1.89,52.48",
            "49.64,-1.62",
            "0,0",
            "52,-200",
        ] {
            match geo().lookup(query) {
                Err(GeocodeError::BadCoordinates(text)) => assert_eq!(text, query),
                other => panic!("{query}: {other:?}"),
            }
        }
    }

    #[test]
    fn empty_and_overlong_searches() {
        for query in ["", "   ", "\t\n", " , ; "] {
            assert_eq!(geo().lookup(query), Err(GeocodeError::Empty), "{query:?}");
        }
        assert_eq!(
            geo().lookup(&"a".repeat(10 * 1024)),
            Err(GeocodeError::TooLong)
        );
        assert_eq!(
            geo().lookup(&"a".repeat(MAX_QUERY_CHARS + 1)),
            Err(GeocodeError::TooLong)
        );
        assert!(matches!(
            geo().lookup(&"é".repeat(MAX_QUERY_CHARS)),
            Err(GeocodeError::NotFound { .. })
        ));
    }

    #[test]
    fn misspellings_get_suggestions() {
        let err = geo().lookup("Brimingham").unwrap_err();
        let GeocodeError::NotFound { query, suggestions } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(query, "Brimingham");
        assert!(
            suggestions.contains(&"Birmingham".to_string()),
            "{suggestions:?}"
        );
        assert!(err.to_string().contains("Did you mean Birmingham"), "{err}");
    }

    #[test]
    fn precision_serialises_as_kebab_case() {
        let json = serde_json::to_string(&ok("Newham")).unwrap();
        assert!(json.contains(r#""precision":"authority""#), "{json}");
        assert!(json.contains(r#""nation":"england""#), "{json}");
        assert_eq!(
            serde_json::to_string(&PlacePrecision::Coordinates).unwrap(),
            r#""coordinates""#
        );
    }

    proptest! {
        #[test]
        fn lookup_never_panics(query in ".{0,120}") {
            let _ = geo().lookup(&query);
        }

        #[test]
        fn postcode_like_text_never_panics(query in "[A-Za-z0-9 ,.-]{0,12}") {
            let _ = geo().lookup(&query);
        }

        #[test]
        fn number_pairs_never_panic(query in "[-+0-9., ]{0,20}") {
            let _ = geo().lookup(&query);
        }
    }

    #[test]
    fn nearest_town_names_an_area() {
        let brum = LatLng::new(52.47, -1.90).unwrap();
        assert_eq!(geo().nearest_town(brum), Some("Birmingham"));
        let portadown = LatLng::new(54.42, -6.44).unwrap();
        assert_eq!(geo().nearest_town(portadown), Some("Portadown"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// The indexed nearest sector is the one a scan of every sector finds.
        #[test]
        fn nearest_nation_equals_a_scan(lat in 49.0f64..61.5, lon in -9.0f64..2.5) {
            let g = geo();
            let at = LatLng::new(lat, lon).unwrap();
            let scan = g
                .tables
                .sectors
                .iter()
                .map(|s| (s.nation, s.location.distance_m(at)))
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap();
            prop_assert_eq!(g.nearest_nation(at), scan);
        }
    }
}
