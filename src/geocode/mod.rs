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
//! * **Nations**: `England`, `Scotland` (`Alba`), `Wales` (`Cymru`), `Northern Ireland`
//!   (`NI`), alone or followed by `, UK`, are the nation as a whole
//!   ([`PlacePrecision::Nation`]), never a town of that name (the village of Wales near
//!   Rotherham is `Wales, Rotherham`). Its point is the mean of the nation's postcode
//!   sector centres, for framing a map only: nothing should measure a distance from it.
//!
//! Jersey, Guernsey and the Isle of Man are recognised and reported as not covered.
//!
//! **Units.** Points are WGS84 latitude and longitude in decimal degrees; distances are
//! metres; populations are head counts (see [`DOMINANCE`]).
//!
//! **Errors.** [`Geocoder::lookup`] never panics; it returns a [`GeocodeError`] whose
//! `Display` is a sentence fit to show the person searching (nothing typed, too long,
//! not found with suggestions, ambiguous with choices, outside coverage, or coordinates
//! not in the UK). Loading returns a [`GeocodeLoadError`] naming the file and line, which
//! for the bundled data means a build fault.
//!
//! **Layout.** Loading the CSVs is in `data`, the tables they fill in `tables`, postcode
//! parsing in `postcode`, name resolution in `places` (suggestions in `places::suggest`),
//! the town gazetteer in `towns`, and this file holds the lookup pipeline.

mod authority_names;
mod coords;
mod coverage;
mod data;
mod error;
mod nations;
mod places;
mod postcode;
mod tables;
mod text;
mod towns;
mod welsh_names;

pub use data::{BUNDLED, GeoSources};
pub use error::{GeocodeError, GeocodeLoadError, MAX_QUERY_CHARS};
pub use places::DOMINANCE;
pub use towns::TOWN_POPULATION;
pub use welsh_names::welsh_name;

use crate::domain::{AreaCode, LatLng, Nation, ServedArea};
use places::{NameIndex, Resolution};
use postcode::PostcodeQuery;
use tables::{Named, Tables};

/// How precisely a [`Place`]'s point is known, roughly finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
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
    /// A whole nation (`Wales`). Its point only frames a map: search it as the nation, with
    /// no distances.
    Nation,
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
            Self::Nation => "the whole nation",
        }
    }

    /// Whether the point is known to within about a kilometre (coordinates or a postcode
    /// sector), so that a distance from it may be shown to a tenth of a mile.
    pub fn is_fine(self) -> bool {
        matches!(self, Self::Coordinates | Self::Sector)
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
    /// The council area (local authority district) it is in: for a postcode, the one most
    /// of its postcodes are in; `None` for coordinates and a whole nation.
    pub council: Option<ServedArea>,
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

pub use nations::NationExtent;
use nations::{nation_extents, points};

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
    /// Each nation's extent, in [`Nation::ALL`] order: the mean and the south-west and
    /// north-east corners of its postcode sector centres.
    nations: [Option<NationExtent>; 4],
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
        let nations = nation_extents(&tables.sectors);
        Ok(Self {
            tables,
            names,
            sector_points,
            town_points,
            nations,
        })
    }

    /// The council area at `authority` (an index into the authorities table) as an area a
    /// listing can serve; `None` when its code is not a GSS code.
    fn council(&self, authority: usize) -> Option<ServedArea> {
        let a = self.tables.authorities.get(authority)?;
        Some(ServedArea {
            code: AreaCode::parse(&a.code).ok()?,
            name: a.name.clone(),
        })
    }

    /// The council area with code `code`, named as the geocoder shows it.
    pub fn council_named(&self, code: &AreaCode) -> Option<ServedArea> {
        let i = self
            .tables
            .authorities
            .iter()
            .position(|a| a.code == code.as_str())?;
        self.council(i)
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
            Some((reading, centroid, precision)) => Ok(Place {
                label: reading.to_string(),
                location: centroid.location,
                precision,
                nation: centroid.nation,
                council: self.council(centroid.authority),
            }),
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
            council: None,
        })
    }

    fn lookup_name(&self, text: &str) -> Result<Place, GeocodeError> {
        if let Some(place) = places::nation_named(text).and_then(|n| self.nation_place(n)) {
            return Ok(place);
        }
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
            council: self.council(self.tables.authority_of(n)),
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

#[cfg(test)]
mod tests;
