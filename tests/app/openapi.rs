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

/// The schema `doc` gives the `status` answer of `GET path` (as `content_type`), with
/// the document's components beside it so that its references resolve.
fn answer_schema(
    doc: &Value,
    path: &str,
    status: &str,
    content_type: &str,
) -> jsonschema::Validator {
    let schema = &doc["paths"][path]["get"]["responses"][status]["content"][content_type]["schema"];
    assert!(
        schema.is_object(),
        "{path} documents no {status} {content_type}"
    );
    let mut root = schema.clone();
    root["components"] = doc["components"].clone();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&root)
        .unwrap_or_else(|e| panic!("{path} {status} does not compile: {e}"))
}

/// `schema` itself, or the component its `$ref` names.
fn resolved<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            let found = &doc["components"]["schemas"][name];
            assert!(found.is_object(), "no component {name}");
            resolved(doc, found)
        }
        None => schema,
    }
}

/// Every place in `schema` that would allow `null` (references are checked where they
/// are defined).
fn nullables(schema: &Value, path: &str, out: &mut Vec<String>) {
    let allows_null = match &schema["type"] {
        Value::String(t) => t == "null",
        Value::Array(ts) => ts.iter().any(|t| t == "null"),
        _ => false,
    } || schema["nullable"] == true;
    if allows_null {
        out.push(path.to_string());
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for (i, s) in schema[key].as_array().into_iter().flatten().enumerate() {
            nullables(s, &format!("{path}/{key}/{i}"), out);
        }
    }
    if let Some(props) = schema["properties"].as_object() {
        for (k, s) in props {
            nullables(s, &format!("{path}.{k}"), out);
        }
    }
    if schema["items"].is_object() {
        nullables(&schema["items"], &format!("{path}[]"), out);
    }
}

const ORUK: &str = "/api/oruk/v3";

#[tokio::test]
async fn the_feed_document_is_generated_and_real_answers_fit_it() {
    let app = crate::oruk::fixtures::sqlite_app().await;
    let page = app.get(&format!("{ORUK}/openapi.json")).await;
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("application/json"));
    let doc = page.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    // Ours, not the profile's own document (which has no problem documents).
    assert!(doc["info"]["title"].as_str().unwrap().contains("peermap"));
    let server = doc["servers"][0]["url"].as_str().unwrap();
    assert!(
        server.starts_with("http") && server.ends_with(ORUK),
        "{server}"
    );
    let mut paths: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        [
            "/",
            "/openapi.json",
            "/service_at_locations",
            "/service_at_locations/{id}",
            "/services",
            "/services/{id}",
            "/taxonomies",
            "/taxonomies/{id}",
            "/taxonomy_terms",
            "/taxonomy_terms/{id}",
        ]
    );

    // Each list names the parameters it reads, and only those.
    let params = |path: &str| -> Vec<String> {
        doc["paths"][path]["get"]["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    let near = params("/service_at_locations");
    for name in [
        "page",
        "per_page",
        "search",
        "taxonomy_term_id",
        "taxonomy_id",
        "modified_after",
        "minimum_age",
        "maximum_age",
        "day",
        "start_time",
        "end_time",
        "postcode",
        "proximity",
    ] {
        assert!(near.contains(&name.to_string()), "{name} not in {near:?}");
    }
    let services = params("/services");
    assert_eq!(services.len(), 11, "{services:?}");
    assert!(!services.contains(&"postcode".to_string()));
    assert_eq!(params("/taxonomies"), ["page", "per_page"]);
    assert_eq!(
        params("/taxonomy_terms"),
        ["page", "per_page", "taxonomy_id"]
    );

    // Real answers of every endpoint fit the schemas the document gives them.
    let about = app.get(&format!("{ORUK}/")).await.json();
    assert_valid(
        &answer_schema(&doc, "/", "200", "application/json"),
        &about,
        "/",
    );
    let service = answer_schema(&doc, "/services/{id}", "200", "application/json");
    for (list, one) in [
        ("/services", "/services/{id}"),
        ("/service_at_locations", "/service_at_locations/{id}"),
        ("/taxonomies", "/taxonomies/{id}"),
        ("/taxonomy_terms", "/taxonomy_terms/{id}"),
    ] {
        let body = app.get(&format!("{ORUK}{list}?per_page=500")).await.json();
        assert_valid(
            &answer_schema(&doc, list, "200", "application/json"),
            &body,
            list,
        );
        let items = body["contents"].as_array().unwrap();
        assert!(items.len() >= 3, "{list}");
        let item = answer_schema(&doc, one, "200", "application/json");
        for each in items.iter() {
            let id = each["id"].as_str().unwrap();
            let uri = format!("{ORUK}{}", one.replace("{id}", id));
            let page = app.get(&uri).await;
            assert_eq!(page.status, 200, "{uri}");
            assert_valid(&item, &page.json(), &uri);
        }
        // The example id the document offers is a real one.
        let example = doc["paths"][one]["get"]["parameters"][0]["example"]
            .as_str()
            .unwrap_or_else(|| panic!("{one} has no example id"));
        let uri = format!("{ORUK}{}", one.replace("{id}", example));
        assert_eq!(app.get(&uri).await.status, 200, "{uri}");
        let missing = app
            .get(&format!("{ORUK}{}", one.replace("{id}", "nothing")))
            .await;
        assert_eq!(missing.status, 404);
        assert_eq!(missing.content_type, "application/problem+json");
        let problem = answer_schema(&doc, one, "404", "application/problem+json");
        assert_valid(&problem, &missing.json(), one);
        let bad = app.get(&format!("{ORUK}{list}?page=0")).await;
        assert_eq!(bad.status, 400, "{list}");
        let problem = answer_schema(&doc, list, "400", "application/problem+json");
        assert_valid(&problem, &bad.json(), list);
    }

    // Never null: no schema of the feed allows it.
    let mut found = Vec::new();
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        nullables(schema, name, &mut found);
    }
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (status, answer) in item["get"]["responses"].as_object().unwrap() {
            for (kind, content) in answer["content"].as_object().into_iter().flatten() {
                nullables(
                    &content["schema"],
                    &format!("{path} {status} {kind}"),
                    &mut found,
                );
            }
        }
    }
    assert!(found.is_empty(), "these allow null: {found:?}");

    // The schemas are not empty: a service without its status, or with a made-up one,
    // fails; so does a list without its envelope.
    let id = app.get(&format!("{ORUK}/services?per_page=1")).await.json()["contents"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let real = app.get(&format!("{ORUK}/services/{id}")).await.json();
    assert!(service.is_valid(&real));
    let mut broken = real.clone();
    broken.as_object_mut().unwrap().remove("status");
    assert!(!service.is_valid(&broken));
    broken["status"] = json!("open");
    assert!(!service.is_valid(&broken));
    let mut list = app.get(&format!("{ORUK}/services")).await.json();
    list.as_object_mut().unwrap().remove("total_pages");
    assert!(!answer_schema(&doc, "/services", "200", "application/json").is_valid(&list));
}

/// The profile's schema `file` (in `data/oruk-3.0/schema`).
fn profile(file: &str) -> Value {
    let path = format!("{}/data/oruk-3.0/schema/{file}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Where our schema `ours` (in `doc`) disagrees with the profile's `theirs`, for the
/// fields both name: a field they require that we do not, another type or format, a
/// value outside their list. Our extra fields (HSDS 3.0 ones) are not compared.
fn disagreements(doc: &Value, ours: &Value, theirs: &Value, path: &str, out: &mut Vec<String>) {
    let ours = resolved(doc, ours);
    let required = |s: &Value| -> Vec<String> {
        s["required"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let (our_required, their_required) = (required(ours), required(theirs));
    for name in &their_required {
        if !our_required.contains(name) {
            out.push(format!("{path}.{name}: required by the profile"));
        }
    }
    let Some(their_props) = theirs["properties"].as_object() else {
        return;
    };
    for (name, their) in their_props {
        let Some(our) = ours["properties"].get(name) else {
            continue;
        };
        let our = resolved(doc, our);
        let at = format!("{path}.{name}");
        let (ty, their_ty) = (our["type"].as_str(), their["type"].as_str());
        let same_type = ty == their_ty || (ty == Some("integer") && their_ty == Some("number"));
        if !same_type {
            out.push(format!("{at}: type {ty:?}, the profile's {their_ty:?}"));
        }
        if their["format"].is_string() && our["format"] != their["format"] {
            out.push(format!(
                "{at}: format {}, the profile's {}",
                our["format"], their["format"]
            ));
        }
        if let (Some(ours), Some(theirs)) = (our["enum"].as_array(), their["enum"].as_array()) {
            for v in ours.iter().filter(|v| !theirs.contains(v)) {
                out.push(format!("{at}: {v} is not among the profile's {theirs:?}"));
            }
        }
        match their_ty {
            Some("object") => disagreements(doc, our, their, &at, out),
            Some("array") if our["items"].is_object() => {
                disagreements(doc, &our["items"], &their["items"], &format!("{at}[]"), out)
            }
            _ => {}
        }
    }
}

#[tokio::test]
async fn the_feed_document_agrees_with_the_profiles_schemas() {
    let app = TestApp::seeded().await;
    let doc = app.get("/api/oruk/v3/openapi.json").await.json();
    let one = |path: &str| {
        doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            .clone()
    };
    let list_item =
        |path: &str| resolved(&doc, &one(path))["properties"]["contents"]["items"].clone();
    let mut taxonomy = profile("taxonomy.json");
    taxonomy["properties"]["taxonomy_terms"]["items"] = profile("taxonomy_term.json");
    let mut found = Vec::new();
    for (ours, theirs, what) in [
        (
            one("/services/{id}"),
            profile("compiled/service.json"),
            "service",
        ),
        (
            list_item("/services"),
            profile("compiled/service_list.json"),
            "service list",
        ),
        (
            list_item("/service_at_locations"),
            profile("compiled/service_at_location_list.json"),
            "service_at_location list",
        ),
        (one("/taxonomies/{id}"), taxonomy, "taxonomy"),
        (
            one("/taxonomy_terms/{id}"),
            profile("taxonomy_term.json"),
            "taxonomy term",
        ),
    ] {
        assert!(ours.is_object(), "{what}: no schema");
        disagreements(&doc, &ours, &theirs, what, &mut found);
    }
    assert!(found.is_empty(), "{found:#?}");

    // Ids are UUIDs and times are dates in our document, as in the profile's.
    let service = resolved(&doc, &one("/services/{id}")).clone();
    assert_eq!(service["properties"]["id"]["format"], "uuid");
    assert_eq!(
        service["properties"]["last_modified"]["format"],
        "date-time"
    );
    assert_eq!(service["properties"]["assured_date"]["format"], "date");
    let required: Vec<&str> = service["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for optional in [
        "description",
        "url",
        "email",
        "assured_date",
        "schedules",
        "attributes",
    ] {
        assert!(
            !required.contains(&optional),
            "{optional} is left out when empty"
        );
    }
}
