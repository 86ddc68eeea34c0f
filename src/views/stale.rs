//! `/moderate/stale`: the listings nobody has confirmed for 12 months or more.

use super::layout::{Chrome, page};
use crate::domain::{Freshness, Project};
use crate::i18n::{Arg, Lang};
use maud::{Markup, html};

/// The stale list, oldest first, each listing with its state.
pub fn stale(chrome: Chrome<'_>, listings: &[(Project, Freshness)]) -> Markup {
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let title = lang.t("stale-title");
    let body = html! {
        h1 { (title) }
        p { (lang.t("stale-intro")) }
        @if listings.is_empty() { p { (lang.t("stale-none")) } }
        @else {
            ul.stale-list {
                @for (p, state) in listings {
                    li {
                        a lang=[en] href=(lang.path(&format!("/projects/{}", p.slug))) { (p.name) }
                        @if let Some(age) = p.age() {
                            @let date = Arg::from(lang.date(age.since));
                            @if age.confirmed { " — " (lang.ta("stale-confirmed-on", &[("date", date)])) }
                            @else { " — " (lang.ta("stale-added-on", &[("date", date)])) }
                        }
                        ". "
                        @if state.is_retired() { strong { (lang.t("stale-retired")) } } @else { (lang.t("stale-stale")) }
                        "."
                    }
                }
            }
        }
    };
    page(&title, chrome, body)
}
