//! Form pieces in the GOV.UK manner: a labelled control per field, an error summary.

use maud::{Markup, html};

/// The hidden anti-forgery field every form carries.
pub fn csrf(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// What went wrong with a form, at its top, for screen readers too.
pub fn error_summary(message: Option<&str>) -> Markup {
    let lang = crate::i18n::here().lang;
    html! {
        @if let Some(m) = message {
            div.notice role="alert" aria-labelledby="error-title" {
                h2 #error-title { (lang.t("search-problem-title")) }
                p { (m) }
            }
        }
    }
}

pub fn text(name: &str, label: &str, value: &str, kind: &str, autocomplete: &str) -> Markup {
    html! {
        label.block for=(name) { (label) }
        input #(name) type=(kind) name=(name) value=(value) autocomplete=(autocomplete);
    }
}

pub fn textarea(name: &str, label: &str, hint: &str, value: &str) -> Markup {
    let hint_id = format!("{name}-hint");
    html! {
        label.block for=(name) { (label) }
        @if !hint.is_empty() { p.muted id=(hint_id) { (hint) } }
        textarea #(name) name=(name) rows="5" aria-describedby=[(!hint.is_empty()).then_some(hint_id.as_str())] { (value) }
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
