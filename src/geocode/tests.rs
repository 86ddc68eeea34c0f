//! Tests of the lookup pipeline and the town gazetteer against the bundled data.

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
fn nation_names_are_the_nation_not_a_town() {
    for (query, nation) in [
        ("Wales", Nation::Wales),
        ("wales", Nation::Wales),
        ("Cymru", Nation::Wales),
        ("Wales, UK", Nation::Wales),
        ("Scotland", Nation::Scotland),
        ("England", Nation::England),
        ("Northern Ireland", Nation::NorthernIreland),
        ("NI", Nation::NorthernIreland),
    ] {
        let p = ok(query);
        assert_eq!(
            (p.label.as_str(), p.precision, p.nation),
            (nation.label(), PlacePrecision::Nation, nation),
            "{query}"
        );
        // The point frames a map of the nation: it lies inside the nation's extent.
        let extent = geo().nation_extent(nation).unwrap();
        assert!(
            (extent.south_west.lat()..=extent.north_east.lat()).contains(&p.location.lat())
                && (extent.south_west.lon()..=extent.north_east.lon()).contains(&p.location.lon()),
            "{query}"
        );
    }
    // The nation's point is in the nation, not the village of Wales in South Yorkshire.
    let (nation, _) = geo().nearest_nation(ok("Wales").location);
    assert_eq!(nation, Nation::Wales);
    // The village is still found with a qualifier.
    let village = ok("Wales, Rotherham");
    assert_eq!(
        (village.precision, village.nation),
        (PlacePrecision::Place, Nation::England)
    );
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
