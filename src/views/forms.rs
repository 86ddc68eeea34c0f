//! Form pieces in the GOV.UK manner: a labelled control per field, an error summary at the
//! top that links to each field with a problem, and the problem's message by its field
//! (`FIELD-error`, with `aria-invalid` on the control). Every form uses these.

use crate::domain::check::FieldError;
use maud::{Markup, html};

/// The hidden anti-forgery field every form carries.
pub fn csrf(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// The GOV.UK error summary: every problem, each a link to its field.
pub fn error_summary(errors: &[FieldError]) -> Markup {
    let lang = crate::i18n::here().lang;
    html! {
        @if !errors.is_empty() {
            div.notice role="alert" aria-labelledby="error-title" tabindex="-1" {
                h2 #error-title { (lang.t("search-problem-title")) }
                ul.error-summary {
                    @for e in errors { li { a href={ "#" (e.anchor()) } { (e.message) } } }
                }
            }
        }
    }
}

/// The messages about `field`, as one text, when it has any.
pub fn message_of(errors: &[FieldError], field: &str) -> Option<String> {
    let messages: Vec<&str> = errors
        .iter()
        .filter(|e| e.field == field)
        .map(|e| e.message.as_str())
        .collect();
    (!messages.is_empty()).then(|| messages.join(" "))
}

/// Whether `field` has a problem.
pub fn has_error(errors: &[FieldError], field: &str) -> bool {
    errors.iter().any(|e| e.field == field)
}

/// A field's own error message (`FIELD-error`), by the field, when it has a problem.
pub fn field_error(errors: &[FieldError], field: &str) -> Markup {
    let lang = crate::i18n::here().lang;
    html! {
        @if let Some(m) = message_of(errors, field) {
            p.error-message id={ (field) "-error" } { span.visually-hidden { (lang.t("form-error-prefix")) " " } (m) }
        }
    }
}

/// What a control's `aria-describedby` names: its hint (when it has one) and its error
/// message (when it has a problem); `None` when neither.
pub fn described_by(errors: &[FieldError], field: &str, hint: Option<&str>) -> Option<String> {
    let error = has_error(errors, field).then(|| format!("{field}-error"));
    let ids: Vec<String> = hint.map(str::to_string).into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// `Some("true")` for a control with a problem, for `aria-invalid`.
pub fn invalid(errors: &[FieldError], field: &str) -> Option<&'static str> {
    has_error(errors, field).then_some("true")
}

/// A one-line control with no problem to show.
pub fn text(name: &str, label: &str, value: &str, kind: &str, autocomplete: &str) -> Markup {
    text_checked(&[], name, label, value, kind, autocomplete)
}

/// A one-line control with its label, its problem (if any) by it and the typed text kept.
pub fn text_checked(
    errors: &[FieldError],
    name: &str,
    label: &str,
    value: &str,
    kind: &str,
    autocomplete: &str,
) -> Markup {
    let numeric = kind == "numeric";
    // A number is typed into a text box (as GOV.UK does), so what was typed stays even
    // when it is not a number.
    let kind = if numeric { "text" } else { kind };
    html! {
        div.field.field-error[has_error(errors, name)] {
            label.block for=(name) { (label) }
            (field_error(errors, name))
            input #(name) type=(kind) name=(name) value=(value) autocomplete=(autocomplete)
                inputmode=[numeric.then_some("numeric")]
                aria-invalid=[invalid(errors, name)]
                aria-describedby=[described_by(errors, name, None)];
        }
    }
}

/// A textarea with no problem to show.
pub fn textarea(name: &str, label: &str, hint: &str, value: &str) -> Markup {
    textarea_checked(&[], name, (label, hint), value, None)
}

/// A textarea with its label and hint, its problem (if any) by it, the typed text kept,
/// and `maxlength` when its text has a limit.
pub fn textarea_checked(
    errors: &[FieldError],
    name: &str,
    (label, hint): (&str, &str),
    value: &str,
    max: Option<usize>,
) -> Markup {
    let hint_id = format!("{name}-hint");
    let hint_ref = (!hint.is_empty()).then_some(hint_id.as_str());
    html! {
        div.field.field-error[has_error(errors, name)] {
            label.block for=(name) { (label) }
            @if !hint.is_empty() { p.muted id=(hint_id) { (hint) } }
            (field_error(errors, name))
            textarea #(name) name=(name) rows="5" maxlength=[max]
                aria-invalid=[invalid(errors, name)]
                aria-describedby=[described_by(errors, name, hint_ref)] { (value) }
        }
    }
}

pub fn checkbox(name: &str, value: &str, label: &str, checked: bool) -> Markup {
    let id = format!("{name}-{value}");
    html! {
        div.check {
            input type="checkbox" id=(id) name=(name) value=(value) checked[checked];
            label for=(id) { (label) }
        }
    }
}

pub fn radio(name: &str, value: &str, label: &str, checked: bool) -> Markup {
    let id = format!("{name}-{value}");
    html! {
        div.check {
            input type="radio" id=(id) name=(name) value=(value) checked[checked];
            label for=(id) { (label) }
        }
    }
}
