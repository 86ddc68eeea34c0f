//! The masks against the specification, [`ListingFilter::matches`].

use super::*;
use crate::data::BUNDLED_PROJECTS;
use crate::domain::{AfterBirth, Nation};
use proptest::prelude::*;
use proptest::sample::subsequence;

fn bundled() -> Vec<Project> {
    serde_json::from_str(BUNDLED_PROJECTS).expect("bundled projects parse")
}

fn layout() -> MaskLayout {
    MaskLayout::new(&Taxonomy::bundled())
}

fn passes(layout: &MaskLayout, filter: &ListingFilter, p: &Project, reviewed: bool) -> bool {
    passes_marked(layout, filter, p, reviewed, false)
}

fn passes_marked(
    layout: &MaskLayout,
    filter: &ListingFilter,
    p: &Project,
    reviewed: bool,
    assured: bool,
) -> bool {
    let mut mask = layout.project_mask(p);
    if reviewed {
        mask |= MaskLayout::reviewed_bit();
    }
    if assured {
        mask |= MaskLayout::assured_bit();
    }
    layout.filter(filter).passes(mask)
}

/// Filters over the bundled vocabularies, each facet empty or a few values.
pub(crate) fn any_filter() -> impl Strategy<Value = ListingFilter> {
    let t = Taxonomy::bundled();
    let needs: Vec<String> = t.needs.iter().map(|n| n.slug.clone()).collect();
    let langs: Vec<String> = t.languages.iter().map(|l| l.code.clone()).collect();
    (
        subsequence(needs, 0..=2),
        subsequence(Format::ALL.to_vec(), 0..=1),
        subsequence(Delivery::ALL.to_vec(), 0..=2),
        subsequence(Nation::ALL.to_vec(), 0..=2),
        subsequence(langs, 0..=2),
        prop_oneof![
            Just(None),
            Just(Some(Stage::Pregnant)),
            Just(Some(Stage::AfterBirth))
        ],
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(
                needs,
                formats,
                delivery,
                nations,
                languages,
                stage,
                reflected,
                reviewed,
                assured,
            )| {
                ListingFilter {
                    needs,
                    formats,
                    delivery,
                    nations,
                    languages,
                    stage,
                    reflected,
                    reviewed,
                    assured,
                }
            },
        )
}

/// Bundled listings with their facets reshuffled: delivery stated or not, sites kept or
/// dropped, stages ruled out, reflections published or not.
pub(crate) fn any_project() -> impl Strategy<Value = Project> {
    let projects = bundled();
    let t = Taxonomy::bundled();
    let needs: Vec<String> = t.needs.iter().map(|n| n.slug.clone()).collect();
    let langs: Vec<String> = t.languages.iter().map(|l| l.code.clone()).collect();
    (
        0..projects.len(),
        subsequence(needs, 0..=3),
        subsequence(Delivery::ALL.to_vec(), 0..=3),
        subsequence(Nation::ALL.to_vec(), 0..=2),
        subsequence(langs, 0..=2),
        any::<bool>(),
        prop_oneof![Just(None), Just(Some(true)), Just(Some(false))],
        prop_oneof![
            Just(None),
            Just(Some(AfterBirth::None)),
            Just(Some(AfterBirth::Any))
        ],
        any::<bool>(),
    )
        .prop_map(
            move |(i, needs, delivery, nations, langs, drop_sites, preg, after, publish)| {
                let mut p = projects[i].clone();
                p.needs = needs.into_iter().collect();
                p.delivery = delivery.into_iter().collect();
                p.nations = nations.into_iter().collect();
                p.languages = langs.into_iter().collect();
                if drop_sites {
                    p.sites.clear();
                }
                p.eligibility.pregnancy = preg;
                p.eligibility.after_birth = after;
                for r in &mut p.reflections {
                    r.published_on = publish.then_some(chrono::NaiveDate::MIN);
                }
                p
            },
        )
}

#[test]
fn the_bundled_taxonomy_fits_the_layout() {
    let t = Taxonomy::bundled();
    assert!(t.needs.len() <= NEED_MAX && t.languages.len() <= LANG_MAX);
}

#[test]
fn a_site_without_stated_delivery_is_in_person_and_an_office_of_a_phone_line_is_not() {
    let layout = layout();
    let in_person = ListingFilter {
        delivery: vec![Delivery::InPerson],
        ..Default::default()
    };
    let by_slug = |slug: &str| {
        bundled()
            .into_iter()
            .find(|p| p.slug.as_str() == slug)
            .unwrap()
    };
    assert!(passes(
        &layout,
        &in_person,
        &by_slug("acacia-family-support"),
        false
    ));
    assert!(passes(
        &layout,
        &in_person,
        &by_slug("community-intercultural-programme"),
        false
    ));
    assert!(!passes(
        &layout,
        &in_person,
        &by_slug("association-for-postnatal-illness"),
        false
    ));
}

proptest! {
    #[test]
    fn masks_agree_with_the_specification_on_bundled_listings(filter in any_filter(), reviewed in any::<bool>(), assured in any::<bool>()) {
        let layout = layout();
        for p in bundled() {
            prop_assert_eq!(passes_marked(&layout, &filter, &p, reviewed, assured), filter.matches(&p, reviewed, assured), "{}", p.slug);
        }
    }

    #[test]
    fn masks_agree_with_the_specification_on_generated_listings(
        filter in any_filter(),
        p in any_project(),
        reviewed in any::<bool>(),
        assured in any::<bool>(),
    ) {
        let layout = layout();
        prop_assert_eq!(passes_marked(&layout, &filter, &p, reviewed, assured), filter.matches(&p, reviewed, assured));
    }
}
