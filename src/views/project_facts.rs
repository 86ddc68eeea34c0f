//! Who may come to a project and when it meets, in plain words in a page's language.
//! English keeps the words of [`super::project::who`] and [`super::project::rule`]; other
//! languages read the catalogue, and the project's own notes stay as it wrote them.

use super::parts::{in_english, message_with};
use super::project::{rule, who};
use super::search_form::label_in;
use crate::domain::{AfterBirth, Frequency, Project, Session};
use crate::i18n::{Arg, Lang};
use maud::{Markup, html};

/// Who may come, in `lang`; the project's own note as written.
pub fn who_in(lang: Lang, p: &Project) -> Markup {
    if lang == Lang::En {
        return html! { (who(p)) };
    }
    let e = &p.eligibility;
    let mut parts = Vec::new();
    match e.pregnancy {
        Some(true) => parts.push(lang.t("manage-pregnancy")),
        Some(false) => parts.push(lang.t("project-not-pregnancy")),
        None => {}
    }
    if let Some(a) = e.after_birth
        && a != AfterBirth::None
    {
        parts.push(label_in(lang, "manage-after-birth", a.slug(), a.label()));
    }
    parts.extend(
        e.who
            .iter()
            .map(|w| label_in(lang, "manage-who", w.slug(), w.label())),
    );
    let age = |id: &str, args: &[(&str, Arg)]| lang.ta(id, args);
    match (e.min_age, e.max_age) {
        (Some(lo), Some(hi)) => parts.push(age(
            "project-ages",
            &[("min", Arg::from(lo)), ("max", Arg::from(hi))],
        )),
        (Some(lo), None) => parts.push(age("project-aged-over", &[("min", Arg::from(lo))])),
        (None, Some(hi)) => parts.push(age("project-aged-up-to", &[("max", Arg::from(hi))])),
        (None, None) => {}
    }
    if parts.is_empty() && e.note.is_none() {
        return html! { (lang.t("project-not-stated")) };
    }
    html! {
        (parts.join(", "))
        @if let Some(note) = &e.note {
            @if !parts.is_empty() { ", " }
            (in_english(lang, note))
        }
    }
}

/// Which of the month's `day`s a monthly session falls on: "Y dydd Llun cyntaf".
fn which_week(lang: Lang, s: &Session, day: &str) -> String {
    let key = match s.week_of_month {
        Some(1) => "first",
        Some(2) => "second",
        Some(3) => "third",
        Some(4) => "fourth",
        Some(-1) => "last",
        Some(_) => "nth",
        None => "none",
    };
    lang.ta(
        &format!("project-week-{key}"),
        &[
            ("day", Arg::from(day.to_string())),
            ("slug", Arg::from(s.day.slug())),
            ("n", Arg::from(s.week_of_month.unwrap_or(0))),
        ],
    )
}

/// When a session meets, in `lang`: "Bob dydd Mawrth, 10:00 tan 12:00".
pub fn rule_in(lang: Lang, s: &Session) -> String {
    if lang == Lang::En {
        return rule(s);
    }
    let day = label_in(lang, "project-day", s.day.slug(), s.day.label());
    let every = match (s.frequency, s.interval) {
        (Frequency::Weekly, 1) => lang.ta("project-every-week", &[("day", Arg::from(day))]),
        (Frequency::Weekly, n) => lang.ta(
            "project-every-weeks",
            &[
                ("n", Arg::from(n)),
                ("day", Arg::from(day)),
                ("slug", Arg::from(s.day.slug())),
            ],
        ),
        (Frequency::Monthly, n) => {
            let months = if n == 1 {
                lang.t("project-each-month")
            } else {
                lang.ta("project-every-months", &[("n", Arg::from(n))])
            };
            let which = which_week(lang, s, &day);
            lang.ta(
                "project-monthly",
                &[("which", Arg::from(which)), ("months", Arg::from(months))],
            )
        }
    };
    let said = lang.ta(
        "project-times",
        &[
            ("every", Arg::from(every)),
            ("opens", Arg::from(s.opens.format("%H:%M").to_string())),
            ("closes", Arg::from(s.closes.format("%H:%M").to_string())),
        ],
    );
    let mut letters = said.chars();
    match letters.next() {
        Some(first) => first.to_uppercase().chain(letters).collect(),
        None => said,
    }
}

/// A session as a listing's page says it: when, where (or online), and its note.
pub fn session_in(lang: Lang, s: &Session) -> Markup {
    if lang == Lang::En {
        return html! {
            (rule(s))
            @if let Some(site) = &s.site { " at " (site) } @else { " (online or by phone)" }
            @if let Some(note) = &s.note { ". " (note) }
        };
    }
    html! {
        (rule_in(lang, s))
        " "
        @if let Some(site) = &s.site {
            (message_with(lang, "project-session-at", "site", in_english(lang, site), &[]))
        } @else {
            (lang.t("project-session-online"))
        }
        @if let Some(note) = &s.note { ". " (in_english(lang, note)) }
    }
}
