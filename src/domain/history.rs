//! A listing's history: field-level differences between two versions of a project,
//! the entries kept of them, and applying a queued edit to a listing that has moved on.

use crate::domain::Project;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Map, Value};

/// One field-level change in a project's history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub field: String,
    /// The old value as JSON text; `None` when the project was created.
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// One changed top-level field: its name and old and new values as JSON text
/// (`None` for a field that did not exist before).
pub type FieldChange = (String, Option<String>, Option<String>);

/// The fields of a listing that are its content: not `listed_on`, which only the store
/// sets (the day it was added), so an import or an edit never changes it.
fn fields(p: &Project) -> Map<String, Value> {
    match serde_json::to_value(p) {
        Ok(Value::Object(mut map)) => {
            map.remove("listed_on");
            map
        }
        _ => Map::new(),
    }
}

/// A queued edit that cannot be applied: fields it changes were changed since by someone
/// else (top-level field names, alphabetical).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("changed since this edit was made: {}", fields.join(", "))]
pub struct EditConflict {
    pub fields: Vec<String>,
}

/// Applies the fields an edit changed (from `base`, the listing when it was made, to
/// `proposal`) to `current`, the listing as it is now. Fields the edit left alone keep
/// their current values. A field the edit changes that has changed since in another
/// way is a conflict; nothing is applied then.
pub fn apply_edit(
    base: &Project,
    proposal: &Project,
    current: &Project,
) -> Result<Project, EditConflict> {
    let (before, after, mut now) = (fields(base), fields(proposal), fields(current));
    let mut conflicts = Vec::new();
    for (field, value) in &after {
        if before.get(field) == Some(value) {
            continue;
        }
        let moved = now.get(field) != before.get(field) && now.get(field) != Some(value);
        if moved {
            conflicts.push(field.clone());
        } else {
            now.insert(field.clone(), value.clone());
        }
    }
    if !conflicts.is_empty() {
        return Err(EditConflict { fields: conflicts });
    }
    let mut applied: Project =
        serde_json::from_value(Value::Object(now)).map_err(|_| EditConflict {
            fields: vec![super::refusal::WHOLE_LISTING.to_string()],
        })?;
    applied.listed_on = current.listed_on;
    Ok(applied)
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

    #[test]
    fn an_edit_applies_to_the_fields_it_changed_and_refuses_ones_changed_since() {
        let projects: Vec<Project> =
            serde_json::from_str(include_str!("../../data/projects.json")).unwrap();
        let base = projects[0].clone();
        let mut proposal = base.clone();
        proposal.summary = "New summary.".into();
        let mut current = base.clone();
        current.cost = Some("Free".into());
        let applied = apply_edit(&base, &proposal, &current).unwrap();
        assert_eq!(applied.summary, "New summary.");
        assert_eq!(
            applied.cost.as_deref(),
            Some("Free"),
            "the later change is kept"
        );
        current.summary = "Someone else's summary.".into();
        let refused = apply_edit(&base, &proposal, &current).unwrap_err();
        assert_eq!(refused.fields, ["summary"]);
    }
}
