//! `/api/v1/openapi.json`: generated from the handlers' types, it names every `/api/v1`
//! route, and real answers validate against its schemas.

use crate::support::TestApp;
use serde_json::{Value, json};

/// A validator for the component schema `name` of `doc`.
fn schema(doc: &Value, name: &str) -> jsonschema::Validator {
    assert!(
        doc["components"]["schemas"].get(name).is_some(),
        "no schema {name}"
    );
    let root =
        json!({"$ref": format!("#/components/schemas/{name}"), "components": doc["components"]});
    jsonschema::options()
        .should_validate_formats(true)
        .build(&root)
        .unwrap_or_else(|e| panic!("{name} does not compile: {e}"))
}

fn assert_valid(v: &jsonschema::Validator, body: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(body)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .take(10)
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

#[tokio::test]
async fn the_document_names_every_route_and_real_answers_fit_its_schemas() {
    let app = TestApp::seeded().await;
    let page = app.get("/api/v1/openapi.json").await;
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("application/json"));
    let doc = page.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for route in [
        "/api/v1/projects",
        "/api/v1/projects/{slug}",
        "/api/v1/taxonomy",
        "/api/v1/openapi.json",
    ] {
        assert!(paths.contains(&route), "{route} is not in {paths:?}");
    }

    let list = app.get("/api/v1/projects?per_page=100").await;
    assert_eq!(list.status, 200);
    let list = list.json();
    assert_valid(&schema(&doc, "ProjectPage"), &list, "/api/v1/projects");
    let one = schema(&doc, "ApiProject");
    let items = list["items"].as_array().unwrap();
    assert!(items.len() > 10);
    for item in items.iter().take(20) {
        let slug = item["slug"].as_str().unwrap();
        let uri = format!("/api/v1/projects/{slug}");
        let page = app.get(&uri).await;
        assert_eq!(page.status, 200, "{uri}");
        assert_valid(&one, &page.json(), &uri);
    }
    let vocab = app.get("/api/v1/taxonomy").await.json();
    assert_valid(&schema(&doc, "Vocabularies"), &vocab, "/api/v1/taxonomy");

    let problem = schema(&doc, "ApiProblem");
    let missing = app.get("/api/v1/projects/no-such-listing").await;
    assert_eq!(missing.status, 404);
    assert_valid(&problem, &missing.json(), "404");
    let bad = app.get("/api/v1/projects?need=nonsense").await;
    assert_eq!(bad.status, 400);
    assert_valid(&problem, &bad.json(), "400");

    // The schemas are not empty: a listing without its name fails.
    let mut broken = items[0].clone();
    broken.as_object_mut().unwrap().remove("name");
    assert!(!one.is_valid(&broken));
}

#[tokio::test]
async fn for_professionals_links_both_descriptions() {
    let app = TestApp::seeded().await;
    let page = app.get("/professionals").await;
    let links = page.attrs("a", "href");
    for href in [
        "/api/v1/openapi.json",
        "/api/oruk/v3/openapi.json",
        "/api/oruk/v3/",
    ] {
        assert!(links.iter().any(|l| l == href), "{href} not in {links:?}");
        assert_eq!(app.get(href).await.status, 200, "{href}");
    }
}
