//! `nearest` must equal `brute_force` on every query; plus hand-made cases.

use super::*;
use h3o::CellIndex;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn site(id: u32, project: u32, lat: f64, lon: f64, mask: Mask) -> Site {
    Site {
        id,
        project,
        lat,
        lon,
        mask,
    }
}

fn all() -> Filter {
    Filter::default()
}

/// Asserts index == brute force for one query, returning the hits.
fn check(
    idx: &NearestIndex,
    lat: f64,
    lon: f64,
    k: usize,
    f: &Filter,
    max: Option<f64>,
) -> Vec<Hit> {
    let got = idx.nearest(lat, lon, k, f, max);
    let want = idx.brute_force(lat, lon, k, f, max);
    assert_eq!(
        got, want,
        "origin ({lat}, {lon}) k={k} filter={f:?} max={max:?}"
    );
    got
}

#[test]
fn empty_index() {
    let idx = NearestIndex::build(Vec::new());
    assert!(idx.is_empty());
    assert!(idx.nearest(51.5, -0.1, 10, &all(), None).is_empty());
    assert_eq!(idx.sites().count(), 0);
}

#[test]
fn one_project_per_hit_at_its_nearest_site() {
    let idx = NearestIndex::build(vec![
        site(1, 10, 51.50, -0.10, 1),
        site(2, 10, 51.60, -0.10, 1),
        site(3, 20, 51.55, -0.10, 1),
    ]);
    let hits = check(&idx, 51.50, -0.10, 10, &all(), None);
    assert_eq!(hits.len(), 2);
    assert_eq!(
        (hits[0].project, hits[0].site, hits[0].distance_m),
        (10, 1, 0.0)
    );
    assert_eq!((hits[1].project, hits[1].site), (20, 3));
    // k = 1 keeps the nearest project only.
    assert_eq!(check(&idx, 51.50, -0.10, 1, &all(), None).len(), 1);
}

#[test]
fn ties_break_by_project_then_site() {
    let idx = NearestIndex::build(vec![
        site(9, 2, 52.0, 0.0, 1),
        site(8, 2, 52.0, 0.0, 1),
        site(7, 1, 52.0, 0.0, 1),
    ]);
    let hits = check(&idx, 52.0, 0.0, 5, &all(), None);
    let got: Vec<(u32, u32)> = hits.iter().map(|h| (h.project, h.site)).collect();
    assert_eq!(got, vec![(1, 7), (2, 8)]);
}

#[test]
fn filters_and_max_distance() {
    let idx = NearestIndex::build(vec![
        site(1, 1, 51.0, 0.0, 0b01),
        site(2, 2, 51.1, 0.0, 0b10),
        site(3, 3, 51.2, 0.0, 0b11),
    ]);
    let needs_b = Filter { groups: vec![0b10] };
    let hits = check(&idx, 51.0, 0.0, 10, &needs_b, None);
    assert_eq!(
        hits.iter().map(|h| h.project).collect::<Vec<_>>(),
        vec![2, 3]
    );
    let both = Filter {
        groups: vec![0b01, 0b10],
    };
    assert_eq!(check(&idx, 51.0, 0.0, 10, &both, None).len(), 1);
    let none = Filter {
        groups: vec![0b100],
    };
    assert!(check(&idx, 51.0, 0.0, 10, &none, None).is_empty());
    assert!(check(&idx, 51.0, 0.0, 10, &Filter { groups: vec![0] }, None).is_empty());
    // 0.1° of latitude is about 11.1 km.
    assert_eq!(check(&idx, 51.0, 0.0, 10, &all(), Some(12_000.0)).len(), 2);
    assert_eq!(check(&idx, 51.0, 0.0, 10, &all(), Some(0.0)).len(), 1);
    assert!(check(&idx, 51.05, 0.0, 10, &all(), Some(0.0)).is_empty());
}

#[test]
fn invalid_input_is_harmless() {
    let idx = NearestIndex::build(vec![
        site(1, 1, f64::NAN, 0.0, 1),
        site(2, 2, 95.0, 0.0, 1),
        site(3, 3, 51.0, f64::INFINITY, 1),
        site(4, 4, 51.0, 0.0, 1),
    ]);
    assert_eq!(idx.len(), 1);
    for (lat, lon) in [
        (f64::NAN, 0.0),
        (0.0, f64::NAN),
        (91.0, 0.0),
        (0.0, f64::INFINITY),
    ] {
        assert!(check(&idx, lat, lon, 3, &all(), None).is_empty());
    }
    assert!(check(&idx, 51.0, 0.0, 3, &all(), Some(f64::NAN)).is_empty());
    assert!(check(&idx, 51.0, 0.0, 3, &all(), Some(-1.0)).is_empty());
    assert!(check(&idx, 51.0, 0.0, 0, &all(), None).is_empty());
    assert_eq!(check(&idx, 90.0, 180.0, usize::MAX, &all(), None).len(), 1);
}

#[test]
fn far_origins_terminate() {
    let sites: Vec<Site> = (0..500)
        .map(|i| {
            site(
                i,
                i / 3,
                50.0 + f64::from(i % 50) * 0.2,
                -5.0 + f64::from(i / 50) * 0.7,
                1,
            )
        })
        .collect();
    let idx = NearestIndex::build(sites);
    for (lat, lon) in [(-33.9, 151.2), (-51.0, 178.0), (-90.0, 0.0), (90.0, 0.0)] {
        assert_eq!(check(&idx, lat, lon, 10, &all(), None).len(), 10);
    }
    // An exact antipode: geo's haversine may give NaN; both sides drop it the same way.
    check(&idx, -50.0, 175.0, 1000, &all(), None);
}

#[test]
fn an_index_from_given_keys_answers_as_one_that_works_them_out() {
    let sites: Vec<Site> = (0..3000)
        .map(|i| {
            let lat = 50.0 + f64::from(i % 60) * 0.15;
            site(i, i / 4, lat, -5.0 + f64::from(i / 60) * 0.13, 1)
        })
        .chain([site(9999, 9999, f64::NAN, 0.0, 1)])
        .collect();
    let keys: Vec<u64> = sites.iter().map(|s| site_key(s.lat, s.lon)).collect();
    let worked_out = NearestIndex::build(sites.clone());
    let given = NearestIndex::build_with_keys(sites.clone(), keys.clone());
    // Keys of another build's rules (here: every one off by one) are found and not used.
    let wrong = NearestIndex::build_with_keys(sites.clone(), keys.iter().map(|k| k + 1).collect());
    let short = NearestIndex::build_with_keys(sites, keys[1..].to_vec());
    for (lat, lon) in [(51.5, -0.1), (53.4, -2.2), (55.9, -3.2), (50.4, -4.1)] {
        let expected = worked_out.nearest(lat, lon, 12, &all(), None);
        assert_eq!(expected.len(), 12);
        for other in [&given, &wrong, &short] {
            assert_eq!(other.nearest(lat, lon, 12, &all(), None), expected);
        }
    }
    assert_eq!(given.len(), 3000);
}

#[test]
fn replace_project_edits_are_searchable_at_once() {
    let mut idx = NearestIndex::build(vec![site(1, 1, 51.0, 0.0, 1), site(2, 2, 52.0, 0.0, 1)]);
    idx.replace_project(1, vec![site(5, 99, 53.0, 0.0, 1), site(6, 1, 53.1, 0.0, 1)]);
    assert_eq!(idx.len(), 3);
    let hits = check(&idx, 53.0, 0.0, 10, &all(), None);
    assert_eq!(
        (hits[0].project, hits[0].site),
        (1, 5),
        "project field is overridden"
    );
    idx.replace_project(2, Vec::new());
    assert_eq!(idx.len(), 2);
    assert!(
        check(&idx, 52.0, 0.0, 10, &all(), None)
            .iter()
            .all(|h| h.project == 1)
    );
    idx.compact();
    assert_eq!(idx.len(), 2);
    check(&idx, 52.0, 0.0, 10, &all(), None);
}

#[test]
fn a_sites_point_is_found_by_its_id_until_it_is_replaced() {
    let given = vec![
        site(3, 1, 51.5, -0.12, 1),
        site(7, 1, 53.76, -2.7, 1),
        site(9, 2, f64::NAN, 0.0, 1),
    ];
    let mut idx = NearestIndex::build(given);
    assert_eq!(idx.point(3), Some((51.5, -0.12)));
    assert_eq!(idx.point(7), Some((53.76, -2.7)));
    assert_eq!(idx.point(9), None, "an invalid site is not held");
    assert_eq!(idx.point(4), None);
    assert_eq!(idx.point(u32::MAX), None);
    idx.replace_project(1, vec![site(12, 1, 54.6, -5.9, 1)]);
    assert_eq!(idx.point(3), None, "replaced");
    assert_eq!(idx.point(12), Some((54.6, -5.9)), "an edited site");
    idx.compact();
    assert_eq!(idx.point(12), Some((54.6, -5.9)), "after a rebuild");
    assert_eq!(idx.point(7), None);
}

#[test]
fn permute_places_each_item_where_the_order_says() {
    let from = [3, 0, 4, 1, 2, 5, 7, 6];
    let mut items: Vec<char> = "abcdefgh".chars().collect();
    permute(&mut items, |j| from[j]);
    assert_eq!(items.iter().collect::<String>(), "daebcfhg");
    let mut none: Vec<u8> = Vec::new();
    permute(&mut none, |j| j);
    assert!(none.is_empty());
}

#[test]
fn count_by_cell_groups_distinct_projects() {
    let idx = NearestIndex::build(vec![
        site(1, 7, 51.5, -0.1, 1),
        site(2, 7, 51.5, -0.1, 1),
        site(3, 8, 51.5, -0.1, 2),
        site(4, 9, 55.9, -3.2, 1),
    ]);
    let f = Filter { groups: vec![1] };
    let cells = idx.count_by_cell(Resolution::Five, &f, None);
    assert_eq!(cells.len(), 2);
    let london = LatLng::new(51.5, -0.1).unwrap().to_cell(Resolution::Five);
    let parent = london.parent(Resolution::Three).unwrap();
    let inside = idx.count_by_cell(Resolution::Five, &f, Some(parent));
    assert_eq!(inside, vec![(london, vec![7])]);
    assert!(
        idx.count_by_cell(Resolution::Two, &f, Some(parent))
            .is_empty()
    );
}

#[test]
fn larger_clustered_registry_matches_brute_force() {
    let mut rng = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng >> 11) as f64 / (1u64 << 53) as f64
    };
    let towns = [(51.5, -0.12), (53.48, -2.24), (55.95, -3.19), (52.48, -1.9)];
    let sites: Vec<Site> = (0..20_000u32)
        .map(|i| {
            let (lat, lon) = towns[i as usize % towns.len()];
            let mask = (next() * 16.0) as Mask;
            site(
                i,
                i / 2,
                lat + (next() - 0.5) * 0.6,
                lon + (next() - 0.5) * 1.0,
                mask,
            )
        })
        .collect();
    let idx = NearestIndex::build(sites);
    let f = Filter {
        groups: vec![0b0011, 0b1100],
    };
    for _ in 0..300 {
        let (lat, lon) = (50.0 + next() * 8.0, -5.0 + next() * 6.0);
        check(&idx, lat, lon, 10, &f, None);
        check(&idx, lat, lon, 40, &all(), Some(5_000.0));
    }
}

/// Points that stress cell geometry: H3 vertices (exact or nudged) and centres, at several
/// resolutions, around a UK point.
fn tricky_point(lat: f64, lon: f64, res: u8, vertex: usize, nudge: f64) -> (f64, f64) {
    let res = Resolution::try_from(res).unwrap_or(Resolution::Five);
    let cell = LatLng::new(lat, lon).map(|ll| ll.to_cell(res));
    let Ok(cell) = cell else { return (lat, lon) };
    let boundary: Vec<LatLng> = cell.boundary().iter().copied().collect();
    match boundary.get(vertex) {
        Some(v) => (v.lat() + nudge, v.lng() - nudge),
        None => {
            let c = LatLng::from(cell);
            (c.lat(), c.lng())
        }
    }
}

fn point() -> impl Strategy<Value = (f64, f64)> {
    prop_oneof![
        4 => (49.0..61.0f64, -9.0..3.0f64),
        2 => (49.0..61.0f64, -9.0..3.0f64, 3u8..10, 0usize..7, prop_oneof![Just(0.0), Just(1e-9), Just(-1e-7)])
            .prop_map(|(lat, lon, r, v, n)| tricky_point(lat, lon, r, v, n)),
        1 => Just((51.5, -0.1)),
        1 => prop_oneof![
            Just((-33.9, 151.2)),
            Just((-51.5, 179.9)),
            Just((-90.0, 0.0)),
            Just((90.0, 45.0)),
            // Either side of the antimeridian.
            (-37.0..-36.0f64, prop_oneof![Just(179.999), Just(-179.999), Just(180.0), Just(-180.0)]),
        ],
    ]
}

fn site_list(max: usize) -> impl Strategy<Value = Vec<Site>> {
    prop::collection::vec((point(), 0u32..25, 0u32..16), 0..max).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, ((lat, lon), project, bits))| {
                site(
                    i as u32 * 7 + 3,
                    project,
                    lat,
                    lon,
                    Mask::from(bits) << 60 | 1,
                )
            })
            .collect()
    })
}

fn filter() -> impl Strategy<Value = Filter> {
    prop::collection::vec(
        prop_oneof![8 => (1u32..16).prop_map(|b| Mask::from(b) << 60), 1 => Just(0), 1 => Just(1)],
        0..3,
    )
    .prop_map(|groups| Filter { groups })
}

fn k() -> impl Strategy<Value = usize> {
    prop_oneof![6 => 0usize..12, 2 => 12usize..60, 1 => Just(1_000), 1 => Just(usize::MAX)]
}

fn max_distance() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        3 => Just(None),
        1 => Just(Some(0.0)),
        3 => (0.0..300_000.0f64).prop_map(Some),
        1 => Just(Some(1e12)),
        1 => Just(Some(f64::INFINITY)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn nearest_equals_brute_force(
        sites in site_list(400),
        queries in prop::collection::vec((point(), k(), filter(), max_distance()), 1..8),
    ) {
        let idx = NearestIndex::build(sites);
        for ((lat, lon), k, f, max) in queries {
            check(&idx, lat, lon, k, &f, max);
        }
    }

    #[test]
    fn queries_at_site_points_match(sites in site_list(300), pick in 0usize..1000, k in k()) {
        let idx = NearestIndex::build(sites.clone());
        if let Some(s) = sites.get(pick % sites.len().max(1)) {
            check(&idx, s.lat, s.lon, k, &Filter::default(), None);
            check(&idx, s.lat, s.lon, k, &Filter::default(), Some(0.0));
        }
    }

    #[test]
    fn edits_match_a_fresh_model(
        sites in site_list(300),
        edits in prop::collection::vec((0u32..30, site_list(6), any::<bool>()), 1..12),
        queries in prop::collection::vec((point(), k(), filter(), max_distance()), 1..4),
    ) {
        let mut idx = NearestIndex::build(sites.clone());
        let mut model: BTreeMap<u32, Vec<Site>> = BTreeMap::new();
        for s in sites.iter().filter(|s| super::geom::valid(s.lat, s.lon)) {
            model.entry(s.project).or_default().push(*s);
        }
        for (n, (project, new, compact)) in edits.into_iter().enumerate() {
            let new: Vec<Site> = new
                .into_iter()
                .map(|s| Site { id: s.id + 10_000 * (n as u32 + 1), ..s })
                .collect();
            idx.replace_project(project, new.clone());
            let kept: Vec<Site> = new
                .into_iter()
                .filter(|s| super::geom::valid(s.lat, s.lon))
                .map(|s| Site { project, ..s })
                .collect();
            model.insert(project, kept);
            if compact && n % 3 == 0 {
                idx.compact();
            }
            for ((lat, lon), k, f, max) in &queries {
                check(&idx, *lat, *lon, *k, f, *max);
            }
        }
        let mut want: Vec<Site> = model.into_values().flatten().collect();
        let mut got: Vec<Site> = idx.sites().collect();
        want.sort_by_key(|s| s.id);
        got.sort_by_key(|s| s.id);
        prop_assert_eq!(idx.len(), want.len());
        prop_assert_eq!(got, want);
    }
}

#[test]
fn large_k_evicts_and_matches() {
    // More projects than k > 32, so the tree-and-map collector evicts.
    let sites: Vec<Site> = (0..3_000u32)
        .map(|i| {
            let (a, b) = (f64::from(i % 61), f64::from(i % 53));
            site(
                i,
                i % 700,
                51.0 + a * 0.01,
                -1.0 + b * 0.013,
                Mask::from(i % 3 + 1),
            )
        })
        .collect();
    let idx = NearestIndex::build(sites);
    let odd = Filter { groups: vec![1] };
    for k in [33, 100, 699, 700, 701] {
        check(&idx, 51.3, -0.7, k, &all(), None);
        check(&idx, 51.3, -0.7, k, &odd, Some(20_000.0));
    }
}

#[test]
fn pentagon_neighbourhood() {
    // A region around an H3 pentagon (base cell 4 at res 0 is a pentagon; its centre child at
    // res 6 is too), with an origin on it.
    let pentagon = CellIndex::base_cells()
        .find(|c| c.is_pentagon())
        .and_then(|c| c.center_child(Resolution::Six));
    let Some(p) = pentagon else { return };
    let c = LatLng::from(p);
    let sites: Vec<Site> = p
        .grid_disk::<Vec<_>>(3)
        .into_iter()
        .enumerate()
        .map(|(i, cell)| {
            let ll = LatLng::from(cell);
            site(i as u32, i as u32 % 5, ll.lat(), ll.lng(), 1)
        })
        .collect();
    let idx = NearestIndex::build(sites);
    check(&idx, c.lat(), c.lng(), 4, &all(), None);
    check(&idx, c.lat() + 0.01, c.lng(), 100, &all(), Some(20_000.0));
}
