//! The search's rules on made-up listings: the sea between Great Britain and Northern
//! Ireland, service areas only where a radius or an area is stated, and a nation searched
//! whole.

use super::*;
use crate::domain::{LatLng, ListingFilter, Precision, ServedArea, Site, Taxonomy};

const NEED: &str = "refugee-migrant-women";

fn at(lat: f64, lon: f64) -> LatLng {
    LatLng::new(lat, lon).unwrap()
}

/// A published listing for [`NEED`] meeting at each of `sites` (label, lat, lon, nation,
/// stated radius in km), online or by phone for `remote` nations.
fn listing(
    slug: &str,
    sites: &[(&str, f64, f64, Nation, Option<f64>)],
    remote: &[Nation],
) -> Project {
    let mut p: Project = serde_json::from_value(serde_json::json!({
        "slug": slug,
        "name": slug,
        "organisation": slug,
        "summary": "A group.",
        "needs": [NEED],
        "source": "test",
    }))
    .unwrap();
    p.sites = sites
        .iter()
        .map(|&(label, lat, lon, nation, radius_km)| Site {
            label: label.into(),
            lat,
            lon,
            precision: Precision::Town,
            radius_km,
            nation,
        })
        .collect();
    if !remote.is_empty() {
        p.delivery = [Delivery::InPerson, Delivery::Online].into();
        p.nations = remote.iter().copied().collect();
    }
    p
}

fn index(projects: Vec<Project>) -> SearchIndex {
    SearchIndex::build(
        MaskLayout::new(&Taxonomy::bundled()),
        projects,
        HashSet::new(),
    )
}

fn need() -> ListingFilter {
    ListingFilter {
        needs: vec![NEED.into()],
        ..ListingFilter::default()
    }
}

fn slugs<'a>(items: impl IntoIterator<Item = &'a Arc<Project>>) -> Vec<&'a str> {
    items.into_iter().map(|p| p.slug.as_str()).collect()
}

fn nearby_slugs(found: &Found) -> Vec<&str> {
    slugs(found.nearby.iter().map(|n| &n.project))
}

const PORTADOWN: (f64, f64) = (54.423, -6.444);
const STRANRAER: (f64, f64) = (54.903, -5.024);

fn two_islands() -> SearchIndex {
    index(vec![
        listing(
            "larne",
            &[("Larne", 54.851, -5.819, Nation::NorthernIreland, None)],
            &[],
        ),
        listing(
            "liverpool",
            &[("Liverpool", 53.408, -2.991, Nation::England, Some(400.0))],
            &[Nation::England, Nation::NorthernIreland],
        ),
        listing(
            "stranraer",
            &[("Stranraer", 54.903, -5.024, Nation::Scotland, None)],
            &[],
        ),
    ])
}

#[test]
fn northern_ireland_is_offered_no_in_person_site_in_great_britain() {
    let index = two_islands();
    let found = index.search(
        at(PORTADOWN.0, PORTADOWN.1),
        Nation::NorthernIreland,
        &need(),
        None,
        10,
    );
    assert_eq!(nearby_slugs(&found), ["larne"]);
    // Liverpool serves Northern Ireland online: it is among the options still.
    assert_eq!(slugs(&found.online), ["liverpool"]);
}

#[test]
fn a_stated_radius_does_not_carry_help_across_the_sea() {
    let index = two_islands();
    // Liverpool's 400 km radius reaches Portadown in a straight line.
    let found = index.search(
        at(PORTADOWN.0, PORTADOWN.1),
        Nation::NorthernIreland,
        &need(),
        Some(5_000.0),
        10,
    );
    assert_eq!(nearby_slugs(&found), Vec::<&str>::new());
    // The nearest beyond follows the same rule.
    assert_eq!(slugs(found.beyond.iter().map(|n| &n.project)), ["larne"]);
}

#[test]
fn great_britain_is_offered_no_in_person_site_in_northern_ireland() {
    let index = two_islands();
    // Larne is about 50 km from Stranraer, Liverpool about 190 km.
    let found = index.search(
        at(STRANRAER.0 + 0.01, STRANRAER.1),
        Nation::Scotland,
        &need(),
        None,
        10,
    );
    assert_eq!(nearby_slugs(&found), ["stranraer", "liverpool"]);
}

const MANCHESTER: (f64, f64) = (53.481, -2.243);

fn preston(radius_km: Option<f64>) -> SearchIndex {
    index(vec![listing(
        "preston",
        &[("Preston", 53.763, -2.705, Nation::England, radius_km)],
        &[],
    )])
}

fn reachable(index: &SearchIndex, within_m: Option<f64>) -> Option<Reachable> {
    let found = index.search(
        at(MANCHESTER.0, MANCHESTER.1),
        Nation::England,
        &need(),
        within_m,
        10,
    );
    assert_eq!(nearby_slugs(&found), ["preston"]);
    found.nearby[0].reachable
}

#[test]
fn manchester_is_not_inside_the_area_of_a_preston_group_that_states_none() {
    // Preston is about 45 km from Manchester.
    assert_eq!(reachable(&preston(None), None), None);
    assert_eq!(
        reachable(&preston(None), Some(60_000.0)),
        Some(Reachable::WithinChosenDistance)
    );
}

#[test]
fn manchester_is_not_inside_a_stated_radius_that_falls_short() {
    assert_eq!(
        reachable(&preston(Some(30.0)), Some(60_000.0)),
        Some(Reachable::WithinChosenDistance)
    );
    assert_eq!(reachable(&preston(Some(30.0)), None), None);
}

#[test]
fn manchester_is_inside_a_stated_radius_that_covers_it() {
    assert_eq!(
        reachable(&preston(Some(60.0)), None),
        Some(Reachable::WithinServiceArea)
    );
}

#[test]
fn a_nation_searched_whole_lists_what_serves_it_without_distances() {
    let mut relate = listing("relate-wales", &[], &[]);
    relate.nations = [Nation::Wales].into();
    let index = index(vec![
        relate,
        listing(
            "cardiff",
            &[("Cardiff", 51.48, -3.18, Nation::Wales, None)],
            &[Nation::Wales],
        ),
        listing(
            "online-everywhere",
            &[("Chester", 53.19, -2.89, Nation::England, None)],
            &[Nation::England, Nation::Wales],
        ),
        listing(
            "chester",
            &[("Chester", 53.19, -2.89, Nation::England, None)],
            &[],
        ),
    ]);
    let found = index.search_nation(Nation::Wales, &need());
    assert_eq!(found.nearby.len(), 0);
    assert_eq!(found.beyond.len(), 0);
    // A site in Wales, or Wales among its nations; an online-only offer is listed once.
    assert_eq!(slugs(&found.across), ["cardiff", "relate-wales"]);
    assert_eq!(slugs(&found.online), ["cardiff", "online-everywhere"]);
}

fn serving_area(slug: &str, areas: &[ServedArea]) -> Project {
    let mut p = listing(slug, &[], &[]);
    p.areas = areas.iter().cloned().collect();
    p
}

fn council(code: &str, name: &str) -> ServedArea {
    ServedArea {
        code: crate::domain::AreaCode::parse(code).unwrap(),
        name: name.into(),
    }
}

fn from(council: Option<&ServedArea>, nation: Nation) -> crate::geocode::Place {
    crate::geocode::Place {
        label: "here".into(),
        location: at(51.48, -3.18),
        precision: crate::geocode::PlacePrecision::Place,
        nation,
        council: council.cloned(),
    }
}

#[test]
fn a_search_from_inside_a_served_area_finds_it_with_no_site_council_areas_first() {
    let cardiff = council("W06000015", "Cardiff");
    let index = index(vec![
        serving_area("all-wales", &[ServedArea::nation(Nation::Wales)]),
        serving_area("cardiff-only", std::slice::from_ref(&cardiff)),
        serving_area("swansea-only", &[council("W06000011", "Swansea")]),
        serving_area("all-england", &[ServedArea::nation(Nation::England)]),
    ]);
    let found = index.search_place(&from(Some(&cardiff), Nation::Wales), &need(), None, 10);
    assert_eq!(slugs(&found.serving), ["cardiff-only", "all-wales"]);
    // A point with no known council area is inside the nation only.
    let found = index.search_place(&from(None, Nation::Wales), &need(), None, 10);
    assert_eq!(slugs(&found.serving), ["all-wales"]);
}

#[test]
fn a_listing_met_nearby_that_serves_the_area_shows_once_marked_as_serving_it() {
    let cardiff = council("W06000015", "Cardiff");
    let mut met = listing(
        "met-in-cardiff",
        &[("Cardiff", 51.48, -3.18, Nation::Wales, None)],
        &[Nation::Wales],
    );
    met.areas = [cardiff.clone()].into();
    let mut remote = serving_area("online-for-cardiff", std::slice::from_ref(&cardiff));
    remote.delivery = [Delivery::Online].into();
    remote.nations = [Nation::Wales].into();
    let index = index(vec![met, remote]);
    let found = index.search_place(&from(Some(&cardiff), Nation::Wales), &need(), None, 10);
    assert_eq!(found.nearby.len(), 1);
    assert_eq!(
        found.nearby[0].reachable,
        Some(Reachable::WithinServiceArea)
    );
    assert_eq!(slugs(&found.serving), ["online-for-cardiff"]);
    assert!(
        found
            .online
            .iter()
            .all(|p| p.slug.as_str() == "met-in-cardiff")
    );
}

/// Two published listings for [`NEED`], one with a site and a service area, one online.
fn packed_pair() -> Vec<Project> {
    let mut area = listing(
        "pendle",
        &[("Nelson", 53.83, -2.22, Nation::England, Some(15.0))],
        &[],
    );
    area.areas = [ServedArea::nation(Nation::England)].into();
    let online = listing("online-wales", &[], &[Nation::Wales]);
    vec![area, online]
}

#[test]
fn a_listing_held_encoded_reads_back_as_it_was_given() {
    let given = packed_pair();
    let index = index(given.clone());
    for p in &given {
        assert_eq!(*index.by_slug(&p.slug).unwrap(), *p);
        assert_eq!(index.decode(&p.slug).as_ref(), Some(p));
    }
    // Asked again: the same listing, kept decoded.
    let first = index.by_slug(&given[0].slug).unwrap();
    assert!(Arc::ptr_eq(&first, &index.by_slug(&given[0].slug).unwrap()));
    assert!(index.has_place(&given[0].slug) && index.has_place(&given[1].slug));
}

#[test]
fn an_edit_is_read_back_not_the_listing_kept_decoded_before_it() {
    let mut index = index(packed_pair());
    let slug = Slug::parse("pendle").unwrap();
    let before = index.by_slug(&slug).unwrap();
    let mut edited = (*before).clone();
    edited.summary = "Meets on Tuesdays.".into();
    index.apply(edited.clone());
    assert_eq!(*index.by_slug(&slug).unwrap(), edited);
    assert_eq!(index.site_point(0), None, "the edit replaced the site");
    let id = index.nearest_index().sites().map(|s| s.id).max().unwrap();
    let site = index.site_at(id).unwrap();
    assert_eq!(
        (index.site_point(id), site.nation),
        (Some((53.83, -2.22)), Nation::England)
    );
}

#[test]
fn need_counts_read_from_the_bits_count_what_the_listings_name() {
    let index = index(packed_pair());
    assert_eq!(index.need_counts().get(NEED), Some(&2));
    assert_eq!(index.need_counts().len(), 1);
}
