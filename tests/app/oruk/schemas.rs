//! The UK profile's JSON schemas (copied into `data/oruk-3.0/schema`, with their
//! licence), compiled once with formats asserted, and the document checks every answer
//! of the feed gets.

use serde_json::Value;
use std::sync::LazyLock;

fn read(path: &str) -> Value {
    let full = format!("{}/data/oruk-3.0/schema/{path}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&full).unwrap()).unwrap()
}

fn compile(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}"))
}

/// The schemas the profile's OpenAPI document gives each endpoint.
pub struct Schemas {
    pub service: jsonschema::Validator,
    pub service_list: jsonschema::Validator,
    pub service_at_location_list: jsonschema::Validator,
    pub taxonomy: jsonschema::Validator,
    pub taxonomy_term: jsonschema::Validator,
}

pub static SCHEMAS: LazyLock<Schemas> = LazyLock::new(|| {
    let term = read("taxonomy_term.json");
    let mut taxonomy = read("taxonomy.json");
    // taxonomy.json names its terms' schema by a relative file name: put it in place.
    taxonomy["properties"]["taxonomy_terms"]["items"] = term.clone();
    Schemas {
        service: compile(&read("compiled/service.json")),
        service_list: compile(&read("compiled/service_list.json")),
        service_at_location_list: compile(&read("compiled/service_at_location_list.json")),
        taxonomy: compile(&taxonomy),
        taxonomy_term: compile(&term),
    }
});

/// Fails with every error when `doc` does not validate.
pub fn assert_valid(validator: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not validate:\n{}\n{doc:#}",
        errors.join("\n")
    );
}

/// No field is `null`, blank text or an empty list, anywhere in `doc`.
pub fn assert_no_empties(doc: &Value, path: &str) {
    match doc {
        Value::Null => panic!("{path} is null"),
        Value::String(s) => assert!(!s.trim().is_empty(), "{path} is blank"),
        Value::Array(items) => {
            assert!(!items.is_empty(), "{path} is an empty list");
            for (i, item) in items.iter().enumerate() {
                assert_no_empties(item, &format!("{path}[{i}]"));
            }
        }
        Value::Object(fields) => {
            for (k, v) in fields {
                assert_no_empties(v, &format!("{path}.{k}"));
            }
        }
        _ => {}
    }
}

/// Every `id` and `…_id` field is a UUID.
pub fn assert_uuids(doc: &Value, path: &str) {
    match doc {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| assert_uuids(v, &format!("{path}[{i}]"))),
        Value::Object(fields) => {
            for (k, v) in fields {
                if k == "id" || k.ends_with("_id") {
                    let text = v
                        .as_str()
                        .unwrap_or_else(|| panic!("{path}.{k} is not text"));
                    assert!(
                        uuid::Uuid::parse_str(text).is_ok(),
                        "{path}.{k} = {text:?} is not a UUID"
                    );
                }
                assert_uuids(v, &format!("{path}.{k}"));
            }
        }
        _ => {}
    }
}

/// All three checks.
pub fn assert_document(validator: &jsonschema::Validator, doc: &Value, what: &str) {
    assert_valid(validator, doc, what);
    assert_no_empties(doc, what);
    assert_uuids(doc, what);
}

#[test]
fn the_schemas_refuse_what_the_validator_refuses() {
    let s = &*SCHEMAS;
    let good = serde_json::json!({"id": "3f7b145d-84af-42d7-8fae-eaca714b02b2", "name": "A", "status": "active"});
    assert!(s.service.is_valid(&good));
    // Formats are asserted: an id that is not a UUID, a URL that is not one.
    let mut bad_id = good.clone();
    bad_id["id"] = "42".into();
    assert!(!s.service.is_valid(&bad_id));
    let mut bad_url = good.clone();
    bad_url["url"] = "not a url".into();
    assert!(!s.service.is_valid(&bad_url));
    let mut no_status = good.clone();
    no_status.as_object_mut().unwrap().remove("status");
    assert!(!s.service.is_valid(&no_status));
    let term = serde_json::json!({"id": "3f7b145d-84af-42d7-8fae-eaca714b02b2", "name": "A"});
    assert!(!s.taxonomy_term.is_valid(&term), "description is required");
}
