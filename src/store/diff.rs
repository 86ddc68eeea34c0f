//! Field-level differences between two versions of a project, for the history.

use crate::domain::Project;
use serde_json::{Map, Value};

/// One changed top-level field: its name and old and new values as JSON text
/// (`None` for a field that did not exist before).
pub type FieldChange = (String, Option<String>, Option<String>);

fn fields(p: &Project) -> Map<String, Value> {
    match serde_json::to_value(p) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// The top-level fields that differ between `old` and `new`, in alphabetical order.
/// With no `old` (a new project) every field is reported with no old value.
pub fn field_changes(old: Option<&Project>, new: &Project) -> Vec<FieldChange> {
    let before = old.map(fields).unwrap_or_default();
    fields(new)
        .into_iter()
        .filter(|(k, v)| before.get(k) != Some(v))
        .map(|(k, v)| {
            let old_text = before.get(&k).map(Value::to_string);
            (k, old_text, Some(v.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Taxonomy;

    #[test]
    fn reports_only_changed_fields_with_old_and_new() {
        let projects: Vec<Project> =
            serde_json::from_str(include_str!("../../data/projects.json")).unwrap();
        let old = projects[0].clone();
        let mut new = old.clone();
        new.summary = "Changed.".into();
        new.verified = true;
        let changes = field_changes(Some(&old), &new);
        let names: Vec<_> = changes.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(names, ["summary", "verified"]);
        assert_eq!(changes[1].1.as_deref(), Some("false"));
        assert_eq!(changes[1].2.as_deref(), Some("true"));
        assert!(field_changes(Some(&old), &old).is_empty());
        assert!(old.problems(&Taxonomy::bundled()).is_empty());
    }
}
