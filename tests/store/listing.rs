//! The directory's list: every filter narrows it, pages, and only published real
//! listings are in it.

use super::fixtures::*;
use crate::support::TestDb;
use peermap::domain::*;

on_both_backends!(every_filter_narrows_the_list, paging_and_status_rules);

async fn every_filter_narrows_the_list(db: TestDb) {
    seed(&db).await;
    db.store
        .save(&full_project(), "tester", false)
        .await
        .unwrap();
    let all = |f: Filter| {
        let db = &db;
        async move {
            let (items, total) = list(db, &f, 1, 500).await;
            assert_eq!(items.len() as u64, total);
            let mut slugs: Vec<String> = items.into_iter().map(|p| p.slug.to_string()).collect();
            slugs.sort();
            slugs
        }
    };
    let everything = all(Filter::default()).await;
    let expected = |pred: &dyn Fn(&Project) -> bool| {
        let projects: Vec<Project> = serde_json::from_str(peermap::data::BUNDLED_PROJECTS).unwrap();
        let mut slugs: Vec<String> = projects
            .into_iter()
            .chain([full_project()])
            .filter(|p| pred(p))
            .map(|p| p.slug.to_string())
            .collect();
        slugs.sort();
        slugs
    };
    assert_eq!(everything, expected(&|_| true));

    let need = all(Filter {
        needs: vec!["postpartum-psychosis".into()],
        ..Default::default()
    })
    .await;
    // The listings that name the need, and general perinatal support, which counts for it.
    let general = |p: &Project| p.needs.contains(peermap::domain::GENERAL_NEED);
    assert!(need.contains(&"action-on-postpartum-psychosis".to_string()));
    assert!(need.contains(&"full-project".to_string()));
    assert_eq!(
        need,
        expected(&|p| p.needs.contains("postpartum-psychosis") || general(p))
    );

    let two_needs = all(Filter {
        needs: vec!["postpartum-psychosis".into(), "twins-multiples".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(
        two_needs,
        expected(&|p| p.needs.contains("postpartum-psychosis")
            || p.needs.contains("twins-multiples")
            || general(p))
    );

    let format = all(Filter {
        formats: vec![Format::OneToOne],
        ..Default::default()
    })
    .await;
    assert_eq!(format, expected(&|p| p.formats.contains(&Format::OneToOne)));
    assert!(!format.is_empty() && format.len() < everything.len());

    let delivery = all(Filter {
        delivery: vec![Delivery::Phone],
        ..Default::default()
    })
    .await;
    assert_eq!(
        delivery,
        expected(&|p| p.delivery.contains(&Delivery::Phone))
    );
    assert!(!delivery.is_empty());

    let lang = all(Filter {
        languages: vec!["pl".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(lang, ["full-project"]);

    // A nation matches projects serving it remotely, meeting there in person, or saying
    // they serve it or an area in it.
    let ni = all(Filter {
        nations: vec![Nation::NorthernIreland],
        ..Default::default()
    })
    .await;
    assert_eq!(ni, expected(&|p| p.serves(Nation::NorthernIreland)));
    assert!(ni.contains(&"mindwise".to_string()), "{ni:?}");
    assert!(ni.contains(&"community-intercultural-programme".to_string()));
    assert!(ni.contains(&"action-on-postpartum-psychosis".to_string()));

    // Facets combine with AND.
    let both = all(Filter {
        needs: vec!["postpartum-psychosis".into()],
        languages: vec!["pl".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(both, ["full-project"]);
    // A need only general support meets finds general support and the listing naming it.
    let prison = all(Filter {
        needs: vec!["criminal-justice".into()],
        ..Default::default()
    })
    .await;
    assert!(prison.contains(&"birth-companions-in-prison".to_string()));
    assert_eq!(
        prison,
        expected(&|p| p.needs.contains("criminal-justice") || general(p))
    );
    let none = all(Filter {
        needs: vec!["lgbt-parents".into()],
        languages: vec!["pl".into()],
        ..Default::default()
    })
    .await;
    assert!(none.is_empty());
}

async fn paging_and_status_rules(db: TestDb) {
    for i in 0..7 {
        db.store
            .save(
                &small_project(&format!("p-{i}"), &format!("Project {i}")),
                "t",
                false,
            )
            .await
            .unwrap();
    }
    let mut pending = small_project("pending-one", "Aaa pending");
    pending.status = Status::Pending;
    db.store.save(&pending, "t", false).await.unwrap();
    db.store
        .save(
            &small_project("synthetic-one", "Aaa synthetic"),
            "synth",
            true,
        )
        .await
        .unwrap();

    let any = Filter::default();
    let page = |n| list(&db, &any, n, 3);
    let (first, total) = page(1).await;
    assert_eq!(
        total, 7,
        "pending and synthetic listings are not in the directory"
    );
    let names: Vec<_> = first.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Project 0", "Project 1", "Project 2"]);
    assert_eq!(page(3).await.0.len(), 1);
    assert!(page(4).await.0.is_empty());
    let counts = db.store.counts().await.unwrap();
    assert_eq!((counts.real, counts.synthetic), (8, 1));
    // The search index sees published listings, synthetic ones included.
    assert_eq!(db.store.all_published().await.unwrap().len(), 8);
}
