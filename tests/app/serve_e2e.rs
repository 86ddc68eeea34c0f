//! The real binary and the real server: `peermap import` and serving on 127.0.0.1:0.

use crate::support::{TestApp, db, records};
use peermap::domain::community::Role;
use std::process::Command;

#[tokio::test]
async fn serves_the_directory_over_real_http() {
    let app = TestApp::seeded().await;
    let server = app.serve().await;

    let client = reqwest::Client::new();
    let health: serde_json::Value = client
        .get(server.url("/healthz"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["status"], "ok");
    let home = client.get(server.url("/")).send().await.unwrap();
    assert_eq!(home.status(), 200);
    let html = home.text().await.unwrap();
    let bundled: Vec<serde_json::Value> =
        serde_json::from_str(peermap::data::BUNDLED_PROJECTS).unwrap();
    let listed = format!("{} projects are listed so far.", bundled.len());
    assert!(html.contains(&listed), "no “{listed}” in {html}");
    let page = client
        .get(server.url("/projects/action-on-postpartum-psychosis"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Birmingham, England"));
}

#[test]
fn import_command_reports_bad_records_and_keeps_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let file = dir.path().join("import.json");
    std::fs::write(
        &file,
        r#"[
          {"slug": "cli-good", "name": "Good", "organisation": "Org", "summary": "Fine.", "source": "test"},
          {"slug": "cli-bad", "name": "Bad", "organisation": "Org", "summary": "Fine.", "source": "test", "formats": ["choir"]}
        ]"#,
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_peermap"))
            .args(args)
            .env("DATABASE_URL", &db)
            .env_remove("PEERMAP_LISTEN")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let first = run(&["import", file.to_str().unwrap()]);
    assert!(
        first.contains("1 created, 0 updated, 0 unchanged, 1 not loaded"),
        "{first}"
    );
    assert!(
        first.contains("record 2 (cli-bad)") && first.contains("choir"),
        "{first}"
    );
    let again = run(&["import", file.to_str().unwrap()]);
    assert!(
        again.contains("0 created, 0 updated, 1 unchanged, 1 not loaded"),
        "{again}"
    );

    let help = run(&["--help"]);
    for command in ["serve", "import", "moderator", "synth"] {
        assert!(help.contains(command), "--help lacks {command}: {help}");
    }
}

#[test]
fn synth_refuses_a_database_with_real_listings_and_fills_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let run = |db: &str, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_peermap"))
            .args(args)
            .env(
                "DATABASE_URL",
                format!("sqlite://{}", dir.path().join(db).display()),
            )
            .output()
            .unwrap()
    };
    // A database with real listings (here, after an import) is refused, untouched.
    let file = dir.path().join("one.json");
    std::fs::write(&file, r#"[{"slug": "real-one", "name": "Real", "organisation": "Org", "summary": "Fine.", "source": "test"}]"#).unwrap();
    assert!(
        run("real.db", &["import", file.to_str().unwrap()])
            .status
            .success()
    );
    let refused = run("real.db", &["synth", "--sites", "100", "--seed", "1"]);
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(
        message.contains("holds 1 real listings") && message.contains("never mixed"),
        "{message}"
    );

    let made = run("synth.db", &["synth", "--sites", "100", "--seed", "1"]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(
        String::from_utf8_lossy(&made.stdout)
            .contains("wrote 25 synthetic projects with 100 sites")
    );
}

#[tokio::test]
async fn moderator_add_promotes_an_existing_account_and_explains_a_missing_one() {
    let db = db::sqlite().await;
    let store = db.store.as_ref();
    records::create_account(store, "helper@peermap.test", "hash", Role::Maintainer).await;
    let url = db.url.clone();
    let run = |email: &str| {
        Command::new(env!("CARGO_BIN_EXE_peermap"))
            .args(["moderator", "add", email])
            .env("DATABASE_URL", &url)
            .output()
            .unwrap()
    };
    let ok = run("Helper@peermap.test");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert_eq!(
        records::role(store, "helper@peermap.test").await,
        Role::Moderator
    );
    let missing = run("nobody@peermap.test");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("ask them to sign up"));
}

#[tokio::test]
async fn moderators_are_listed_and_removed_from_the_command_line() {
    let db = db::sqlite().await;
    let store = db.store.as_ref();
    for email in ["a@peermap.test", "b@peermap.test"] {
        records::create_account(store, email, "hash", Role::Moderator).await;
    }
    records::create_account(store, "keeper@peermap.test", "hash", Role::Maintainer).await;
    let url = db.url.clone();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_peermap"))
            .arg("moderator")
            .args(args)
            .env("DATABASE_URL", &url)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (ok, listed, _) = run(&["list"]);
    assert!(ok);
    assert_eq!(listed, "a@peermap.test\nb@peermap.test\n");
    let (ok, said, err) = run(&["remove", "A@peermap.test"]);
    assert!(ok, "{err}");
    assert_eq!(said, "a@peermap.test is no longer a moderator\n");
    assert_eq!(
        records::role(store, "a@peermap.test").await,
        Role::Maintainer
    );
    assert_eq!(run(&["list"]).1, "b@peermap.test\n");
    // Someone who is not a moderator is refused, and stays as they were.
    let (ok, _, err) = run(&["remove", "keeper@peermap.test"]);
    assert!(!ok);
    assert!(err.contains("is not a moderator"), "{err}");
    assert_eq!(
        records::role(store, "keeper@peermap.test").await,
        Role::Maintainer
    );
}
