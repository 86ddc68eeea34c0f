//! One filter, three implementations: the directory's SQL, the search index's masks and
//! the specification, `ListingFilter::matches`, agree on every filter tried, over the
//! bundled listings and a generated set that varies every facet.

use peermap::domain::community::{ReviewItem, Role, Verdict};
use peermap::domain::{
    AfterBirth, Delivery, Format, ListingFilter, Nation, Page, Principle, Project, Slug, Stage,
    Taxonomy,
};
use peermap::registry::Registry;
use peermap::store::Store;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeSet;

use crate::support::db::TestDb;

on_both_backends!(
    directory_search_and_specification_agree,
    in_person_means_the_same_in_the_directory_and_the_search,
);

/// Bundled listings reshaped: delivery stated or not, sites kept or dropped, nations,
/// stages ruled out, reflections published or not.
fn generated(bundled: &[Project], n: usize) -> Vec<Project> {
    let t = Taxonomy::bundled();
    let mut rng = StdRng::seed_from_u64(9);
    let mut pick = |all: &[String]| -> peermap::domain::TagSet {
        all.iter()
            .filter(|_| rng.random_bool(0.2))
            .cloned()
            .collect()
    };
    let needs: Vec<String> = t.needs.iter().map(|n| n.slug.clone()).collect();
    let langs: Vec<String> = t.languages.iter().map(|l| l.code.clone()).collect();
    let mut out: Vec<Project> = (0..n)
        .map(|i| {
            let mut p = bundled[i % bundled.len()].clone();
            p.slug = Slug::parse(&format!("generated-{i}")).unwrap();
            p.name = format!("Generated {i}");
            p.needs = pick(&needs);
            p.languages = pick(&langs);
            p
        })
        .collect();
    let mut rng = StdRng::seed_from_u64(10);
    for p in &mut out {
        p.delivery = Delivery::ALL
            .iter()
            .copied()
            .filter(|_| rng.random_bool(0.3))
            .collect();
        p.formats = Format::ALL
            .iter()
            .copied()
            .filter(|_| rng.random_bool(0.4))
            .collect();
        p.nations = Nation::ALL
            .iter()
            .copied()
            .filter(|_| rng.random_bool(0.25))
            .collect();
        if rng.random_bool(0.3) {
            p.sites.clear();
        }
        p.eligibility.pregnancy = [None, Some(true), Some(false)][rng.random_range(0..3)];
        p.eligibility.after_birth =
            [None, Some(AfterBirth::None), Some(AfterBirth::Any)][rng.random_range(0..3)];
        let publish = rng.random_bool(0.5);
        for r in &mut p.reflections {
            r.published_on = publish.then(|| chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
        }
    }
    out
}

fn filters(count: usize) -> Vec<ListingFilter> {
    let t = Taxonomy::bundled();
    let mut out = vec![ListingFilter::default()];
    // Every single value of every facet alone, then random combinations.
    for d in Delivery::ALL {
        out.push(ListingFilter {
            delivery: vec![*d],
            ..Default::default()
        });
    }
    for n in Nation::ALL {
        out.push(ListingFilter {
            nations: vec![*n],
            ..Default::default()
        });
    }
    for s in Stage::ALL {
        out.push(ListingFilter {
            stage: Some(*s),
            ..Default::default()
        });
    }
    for need in &t.needs {
        out.push(ListingFilter {
            needs: vec![need.slug.clone()],
            ..Default::default()
        });
    }
    out.push(ListingFilter {
        reflected: true,
        ..Default::default()
    });
    out.push(ListingFilter {
        reviewed: true,
        ..Default::default()
    });
    let mut rng = StdRng::seed_from_u64(11);
    while out.len() < count {
        let mut some = |p: f64| rng.random_bool(p);
        let f = ListingFilter {
            needs: t
                .needs
                .iter()
                .filter(|_| some(0.1))
                .map(|n| n.slug.clone())
                .collect(),
            formats: Format::ALL.iter().copied().filter(|_| some(0.2)).collect(),
            delivery: Delivery::ALL
                .iter()
                .copied()
                .filter(|_| some(0.25))
                .collect(),
            nations: Nation::ALL.iter().copied().filter(|_| some(0.2)).collect(),
            languages: t
                .languages
                .iter()
                .filter(|_| some(0.05))
                .map(|l| l.code.clone())
                .collect(),
            stage: [None, Some(Stage::Pregnant), Some(Stage::AfterBirth)][rng.random_range(0..3)],
            reflected: rng.random_bool(0.2),
            reviewed: rng.random_bool(0.1),
        };
        out.push(f);
    }
    out
}

/// The slugs the directory lists for `filter` (every page; the count it reports checked
/// against them) and those the search index's masks pass.
async fn directory_and_search(
    store: &dyn Store,
    registry: &Registry,
    filter: &ListingFilter,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let page = Page {
        number: 1,
        size: 500,
    };
    let (listed, total) = store.list(filter, page).await.unwrap();
    assert_eq!(total as usize, listed.len());
    let sql = listed.iter().map(|p| p.slug.to_string()).collect();
    let masks = registry
        .search()
        .matching(filter)
        .iter()
        .map(|p| p.slug.to_string())
        .collect();
    (sql, masks)
}

/// Gives `reviewed` a visible review and `hidden` only a hidden one.
async fn reviews(store: &dyn Store, reviewer: &Slug, reviewed: &Slug, hidden: &Slug) {
    let account = store
        .create_account("reviewer@example.org", "x", Role::Maintainer)
        .await
        .unwrap()
        .unwrap();
    let items = [ReviewItem {
        principle: Principle::ALL[0],
        verdict: Verdict::Recognise,
        comment: String::new(),
    }];
    store
        .create_review(reviewer, reviewed, account.id, &items)
        .await
        .unwrap();
    let id = store
        .create_review(reviewer, hidden, account.id, &items)
        .await
        .unwrap();
    store.hide_review(id, &account, "test").await.unwrap();
}

pub async fn directory_search_and_specification_agree(db: TestDb) {
    let store = db.store.as_ref();
    peermap::seed::seed_if_empty(store, &Taxonomy::bundled())
        .await
        .unwrap();
    let bundled: Vec<Project> = store
        .all_published()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.project)
        .collect();
    store
        .save_many(&generated(&bundled, 80), "test", false)
        .await
        .unwrap();
    let all: Vec<Project> = store
        .all_published()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.project)
        .collect();
    let (a, b, c) = (
        all[0].slug.clone(),
        all[1].slug.clone(),
        all[2].slug.clone(),
    );
    reviews(store, &a, &b, &c).await;
    let peer_reviewed: BTreeSet<Slug> = store.reviewed_slugs().await.unwrap().into_iter().collect();
    assert_eq!(peer_reviewed, BTreeSet::from([b.clone()]));

    let registry = Registry::load(db.store.clone(), &Taxonomy::bundled())
        .await
        .unwrap();
    let mut in_person_checked = false;
    for filter in filters(300) {
        let spec: BTreeSet<String> = all
            .iter()
            .filter(|p| filter.matches(p, peer_reviewed.contains(&p.slug)))
            .map(|p| p.slug.to_string())
            .collect();
        let (sql, masks) = directory_and_search(store, &registry, &filter).await;
        assert_eq!(sql, spec, "directory (SQL) vs matches() for {filter:?}");
        assert_eq!(masks, spec, "search (masks) vs matches() for {filter:?}");
        in_person_checked |= filter.delivery == [Delivery::InPerson];
    }
    assert!(in_person_checked);
}

/// The case the two used to disagree on: a listing that meets somewhere and states no
/// delivery is in person in both; an office of a phone line is in person in neither.
pub async fn in_person_means_the_same_in_the_directory_and_the_search(db: TestDb) {
    let store = db.store.as_ref();
    peermap::seed::seed_if_empty(store, &Taxonomy::bundled())
        .await
        .unwrap();
    let registry = Registry::load(db.store.clone(), &Taxonomy::bundled())
        .await
        .unwrap();
    let in_person = ListingFilter {
        delivery: vec![Delivery::InPerson],
        ..Default::default()
    };
    let (sql, masks) = directory_and_search(store, &registry, &in_person).await;
    assert_eq!(sql, masks);
    assert!(
        sql.contains("acacia-family-support"),
        "a site and no stated delivery: {sql:?}"
    );
    assert!(
        sql.contains("community-intercultural-programme"),
        "stated in person"
    );
    assert!(
        !sql.contains("association-for-postnatal-illness"),
        "a phone line with an office"
    );
    assert!(!sql.contains("mindwise"), "no site, no stated delivery");
}
