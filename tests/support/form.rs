//! A form as a browser sees it: found on a page by a real HTML parser, holding the values
//! a browser would send, changed only through the controls the form has.

use super::html::{selector, text};
use scraper::Html;
use std::collections::BTreeSet;

/// Url-encodes form fields.
pub fn encode(fields: &[(&str, &str)]) -> String {
    serde_html_form::to_string(fields).unwrap()
}

#[derive(Debug, Clone)]
pub struct Form {
    /// Where it posts.
    pub action: String,
    /// What it would send now, in document order.
    fields: Vec<(String, String)>,
    /// The name of every control (buttons and unticked boxes included).
    controls: BTreeSet<String>,
    /// The hidden inputs' names.
    hidden: BTreeSet<String>,
    /// (name, value) of every checkbox and radio button.
    boxes: BTreeSet<(String, String)>,
    radios: BTreeSet<String>,
}

impl Form {
    /// The one form on `html` whose `action` is `which` (when it starts with `/`) or that
    /// the CSS selector `which` picks.
    pub fn parse(html: &str, which: &str) -> Form {
        let css = if which.starts_with('/') {
            format!("form[action=\"{which}\"]")
        } else {
            which.to_string()
        };
        let doc = Html::parse_document(html);
        let found: Vec<_> = doc.select(&selector(&css)).collect();
        assert_eq!(
            found.len(),
            1,
            "{} forms match {css} in: {html}",
            found.len()
        );
        let form = found[0];
        assert_eq!(form.value().name(), "form", "{css} is not a form");
        let mut out = Form {
            action: form.value().attr("action").unwrap_or_default().to_string(),
            fields: vec![],
            controls: BTreeSet::new(),
            hidden: BTreeSet::new(),
            boxes: BTreeSet::new(),
            radios: BTreeSet::new(),
        };
        for control in form.select(&selector("input, select, textarea, button")) {
            let el = control.value();
            let Some(name) = el.attr("name").map(str::to_string) else {
                continue;
            };
            out.controls.insert(name.clone());
            if el.attr("disabled").is_some() {
                continue;
            }
            let value = el.attr("value").unwrap_or_default().to_string();
            match el.name() {
                "input" => match el.attr("type").unwrap_or("text") {
                    kind @ ("checkbox" | "radio") => {
                        let value = el.attr("value").unwrap_or("on").to_string();
                        if kind == "radio" {
                            out.radios.insert(name.clone());
                        }
                        out.boxes.insert((name.clone(), value.clone()));
                        if el.attr("checked").is_some() {
                            out.fields.push((name, value));
                        }
                    }
                    // Sent only when pressed, or not by a plain form post at all.
                    "submit" | "button" | "reset" | "image" | "file" => {}
                    kind => {
                        if kind == "hidden" {
                            out.hidden.insert(name.clone());
                        }
                        out.fields.push((name, value));
                    }
                },
                "textarea" => out.fields.push((name, control.text().collect())),
                "select" => {
                    let options: Vec<_> = control.select(&selector("option")).collect();
                    let value_of = |o: &scraper::ElementRef<'_>| {
                        o.value()
                            .attr("value")
                            .map_or_else(|| text(*o), str::to_string)
                    };
                    let selected: Vec<_> = options
                        .iter()
                        .filter(|o| o.value().attr("selected").is_some())
                        .collect();
                    if el.attr("multiple").is_some() {
                        for o in selected {
                            out.fields.push((name.clone(), value_of(o)));
                        }
                    } else if let Some(o) = selected.last().copied().or(options.first()) {
                        // With nothing selected, a browser sends the first option.
                        out.fields.push((name, value_of(o)));
                    }
                }
                _ => {} // a button: sent only when pressed (set its name to press it)
            }
        }
        out
    }

    /// The name of every control of the form, hidden ones and buttons included.
    pub fn controls(&self) -> impl Iterator<Item = &str> {
        self.controls.iter().map(String::as_str)
    }

    /// Leaves `name` out, whatever the form has for it.
    pub fn remove(&mut self, name: &str) -> &mut Form {
        self.fields.retain(|(k, _)| k != name);
        self
    }

    /// Keeps only the hidden inputs (the `csrf` token among them).
    pub fn only_hidden(mut self) -> Form {
        let hidden = self.hidden.clone();
        self.fields.retain(|(k, _)| hidden.contains(k));
        self
    }

    /// Sets `name` (a control of this form) to `value` alone.
    pub fn set(&mut self, name: &str, value: &str) -> &mut Form {
        assert!(
            self.controls.contains(name),
            "the form to {} has no control {name}; it has {:?}",
            self.action,
            self.controls
        );
        let at = self.fields.iter().position(|(k, _)| k == name);
        self.fields.retain(|(k, _)| k != name);
        let field = (name.to_string(), value.to_string());
        match at {
            Some(i) => self.fields.insert(i.min(self.fields.len()), field),
            None => self.fields.push(field),
        }
        self
    }

    /// Ticks the checkbox (or chooses the radio button) `name` = `value`.
    pub fn check(&mut self, name: &str, value: &str) -> &mut Form {
        let key = (name.to_string(), value.to_string());
        assert!(
            self.boxes.contains(&key),
            "the form to {} has no box {name}={value}",
            self.action
        );
        if self.radios.contains(name) {
            self.fields.retain(|(k, _)| k != name);
        }
        if !self.fields.contains(&key) {
            self.fields.push(key);
        }
        self
    }

    /// Unticks the checkbox `name` = `value`.
    pub fn uncheck(&mut self, name: &str, value: &str) -> &mut Form {
        let key = (name.to_string(), value.to_string());
        assert!(
            self.boxes.contains(&key),
            "the form to {} has no box {name}={value}",
            self.action
        );
        self.fields.retain(|f| *f != key);
        self
    }

    /// What the form would send for `name` (the first value).
    pub fn value(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The url-encoded body a browser would post.
    pub fn encode(&self) -> String {
        serde_html_form::to_string(&self.fields).unwrap()
    }
}
