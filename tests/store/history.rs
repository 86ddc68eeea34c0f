//! Every change leaves field-level history, and neither history nor projects can be
//! deleted, even with direct SQL.

use super::fixtures::*;
use crate::support::TestDb;
use peermap::domain::*;
use peermap::store::SaveOutcome;
use sqlx::Connection;

on_both_backends!(
    an_edit_leaves_field_level_history,
    history_and_projects_cannot_be_deleted
);

async fn an_edit_leaves_field_level_history(db: TestDb) {
    let p = full_project();
    db.store.save(&p, "first", false).await.unwrap();
    let mut edited = p.clone();
    edited.summary = "New summary.".into();
    edited.sites.remove(1);
    let outcome = db
        .store
        .save(&edited, "editor@example.org", false)
        .await
        .unwrap();
    assert_eq!(
        outcome,
        SaveOutcome::Updated {
            fields: vec!["sites".into(), "summary".into()]
        }
    );

    let history = db.store.history(&p.slug).await.unwrap();
    assert_eq!(history.len(), 3, "{history:?}");
    assert_eq!(history[0].field, "created");
    assert_eq!(history[0].actor, "first");
    let summary = history.iter().find(|h| h.field == "summary").unwrap();
    assert_eq!(summary.actor, "editor@example.org");
    assert_eq!(
        summary.old_value.as_deref(),
        Some(&*serde_json::to_string(&p.summary).unwrap())
    );
    assert_eq!(summary.new_value.as_deref(), Some("\"New summary.\""));
    // The removed site is still in the history: nothing is lost.
    let sites = history.iter().find(|h| h.field == "sites").unwrap();
    assert!(sites.old_value.as_ref().unwrap().contains("Newport"));

    // Archiving is an edit too, and the archived project is no longer listed.
    let mut archived = edited.clone();
    archived.status = Status::Archived;
    db.store.save(&archived, "moderator", false).await.unwrap();
    let (listed, _) = list(&db, &Filter::default(), 1, 50).await;
    assert!(listed.is_empty());
    assert_eq!(
        db.store.get(&p.slug).await.unwrap().unwrap().project.status,
        Status::Archived
    );
    assert_eq!(
        db.store
            .history(&p.slug)
            .await
            .unwrap()
            .last()
            .unwrap()
            .field,
        "status"
    );
}

async fn history_and_projects_cannot_be_deleted(db: TestDb) {
    db.store
        .save(&full_project(), "tester", false)
        .await
        .unwrap();
    // Even with direct SQL, the database refuses to rewrite history or delete a project.
    let refused = |sql: &'static str| {
        let url = db.url.clone();
        async move {
            if url.starts_with("sqlite") {
                let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
                sqlx::query(sql).execute(&mut c).await.is_err()
            } else {
                let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
                sqlx::query(sql).execute(&mut c).await.is_err()
            }
        }
    };
    assert!(refused("UPDATE project_history SET actor = 'someone else'").await);
    assert!(refused("DELETE FROM project_history").await);
    assert!(refused("DELETE FROM projects").await);
    assert_eq!(
        db.store.history(&full_project().slug).await.unwrap().len(),
        1
    );
}
