//! The signposting sheet and the shortlist: one printable page of peer support for one
//! person, with how to join each and the numbers to call in a crisis.

mod card;
mod form;
mod shortlist;
mod words;

pub use shortlist::{Kept, shortlist};
pub use words::keep_problem;

use super::layout::{Chrome, page};
use super::urgent::emergency_advice_in;
use crate::domain::{Nation, Taxonomy};
use crate::geocode::PlacePrecision;
use crate::i18n::{Arg, Lang};
use crate::signpost::{Ask, Reach, Sheet};
use card::{Keep, listing};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, html};

/// The shortlist part of a sheet: what was ticked (`None`: everything, a new sheet) and,
/// when the shortlist could not be made, why.
#[derive(Debug, Clone, Copy, Default)]
pub struct Keeping<'a> {
    pub ticked: Option<&'a [String]>,
    pub error: Option<&'a str>,
}

impl Keeping<'_> {
    fn keep(&self, index: usize, slug: &str) -> Keep {
        Keep {
            index,
            ticked: self.ticked.is_none_or(|t| t.iter().any(|s| s == slug)),
            invalid: self.error.is_some(),
        }
    }
}

fn crisis(chrome: &Chrome<'_>, nation: Nation) -> Markup {
    let lang = chrome.lang;
    html! {
        section.sheet-crisis aria-labelledby="sheet-crisis-title" {
            h2 #sheet-crisis-title { (lang.t("sheet-crisis")) }
            p { (lang.t("sheet-crisis-intro")) }
            ul {
                @for line in chrome.crisis.for_nation(Some(nation)) {
                    li { (super::layout::crisis_line_text(lang, line)) }
                }
            }
        }
    }
}

/// The same sheet in each language, to print in the language of the person it is for.
fn languages(lang: Lang) -> Markup {
    let here = crate::i18n::here();
    html! {
        p.sheet-languages.no-print {
            (lang.t("sheet-languages")) " "
            @for l in Lang::ALL {
                @if l == lang {
                    strong lang=(l.html_lang()) { (l.own_name()) } " "
                } @else {
                    a href=(l.path(&here.path)) lang=(l.html_lang()) hreflang=(l.code()) { (l.own_name()) } " "
                }
            }
        }
    }
}

/// What there is to say above the in-person listings about how far the sheet looked.
fn reach_words(lang: Lang, sheet: &Sheet, reach: Option<Reach>) -> Markup {
    let miles = reach.and_then(Reach::miles);
    html! {
        @if sheet.in_person.is_empty() {
            p { (lang.t("sheet-none-in-person")) }
        } @else if sheet.beyond {
            @if let Some(m) = miles { p { (lang.ta("sheet-none-within", &[("miles", Arg::from(m))])) } }
            p { (lang.t("sheet-nearest-beyond")) }
        }
    }
}

/// The listings, in person then online; with `keeping`, each with its box to tick.
fn sections(
    lang: Lang,
    sheet: &Sheet,
    reach: Option<Reach>,
    base: &str,
    now: DateTime<Tz>,
    keeping: Option<&Keeping<'_>>,
) -> Markup {
    let offset = sheet.in_person.len();
    let fine = sheet.precision.is_some_and(PlacePrecision::is_fine);
    let nation = sheet.precision == Some(PlacePrecision::Nation);
    let miles = reach.and_then(Reach::miles);
    let keep = |i: usize, l: &crate::signpost::Listing| {
        keeping.map(|k| k.keep(i, l.project.slug.as_str()))
    };
    html! {
        @if nation {
            h2 { (lang.ta("sheet-serving", &[("nation", Arg::from(super::layout::nation_name(lang, sheet.nation)))])) }
            p.muted { (lang.tm("sp-no-distances")) }
        } @else {
            @match miles.filter(|_| !sheet.beyond) {
                Some(m) => h2 { (lang.ta("sheet-in-person-within", &[("miles", Arg::from(m))])) },
                None => h2 { (lang.t("sheet-in-person")) },
            }
        }
        (reach_words(lang, sheet, reach))
        ol.listings {
            @for (i, l) in sheet.in_person.iter().enumerate() { (listing(lang, l, fine, base, now, keep(i, l))) }
        }
        h2 { (lang.ta("sheet-online", &[("nation", Arg::from(super::layout::nation_name(lang, sheet.nation)))])) }
        @if sheet.online.is_empty() { p { (lang.t("sheet-none-online")) } }
        ul.listings {
            @for (i, l) in sheet.online.iter().enumerate() { (listing(lang, l, fine, base, now, keep(offset + i, l))) }
        }
    }
}

/// `lang="en"` for the tools' words on a page whose language does not have `id` (the
/// community languages have the printed sheet, not the tools around it).
fn english_unless(lang: Lang, id: &str) -> Option<&'static str> {
    (lang != Lang::En && !lang.has(id)).then_some("en")
}

/// An error summary at the top of a page, its message linking to the field at `target`.
fn problem(lang: Lang, message: Option<&str>, target: &str) -> Markup {
    html! {
        @if let Some(m) = message {
            div.notice.no-print role="alert" aria-labelledby="problem-title" {
                h2 #problem-title { (lang.t("search-problem-title")) }
                p { a href=(target) { (m) } }
            }
        }
    }
}

/// A page's title, starting "Error:" when something needs fixing, so a screen reader
/// hears that first.
fn window_title(lang: Lang, title: &str, error: bool) -> String {
    if error {
        lang.ta(
            "search-error-title",
            &[("title", Arg::from(title.to_string()))],
        )
    } else {
        title.to_string()
    }
}

/// The form that asks where and what for; `error` says why the place could not be used.
pub fn ask(chrome: Chrome<'_>, taxonomy: &Taxonomy, ask: &Ask, error: Option<&str>) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("sp-ask-title");
    let body = html! {
        (problem(lang, error, "#where"))
        h1 { (lang.tm("sp-ask-title")) }
        (emergency_advice_in(lang, &ask.query.filter.needs))
        p.lead { (lang.tm("sp-ask-intro")) }
        form.search method="get" action=(chrome.link("/signpost")) {
            (form::fields(lang, taxonomy, ask, error))
            (form::hidden(ask, false))
            p {}
            button type="submit" { (lang.tm("sp-make")) }
        }
    };
    page(&window_title(lang, &title, error.is_some()), chrome, body)
}

fn need_words(lang: Lang, taxonomy: &Taxonomy, ask: &Ask) -> String {
    let needs = &ask.query.filter.needs;
    if needs.is_empty() {
        lang.t("sheet-any-need")
    } else {
        let labels: Vec<String> = needs
            .iter()
            .map(|n| super::search_form::label_in(lang, "need", n, taxonomy.need_label(n)))
            .collect();
        labels.join(&format!(" {} ", lang.t("results-or")))
    }
}

/// How far the sheet looked, and a link to change it (not printed).
fn reach_note(lang: Lang, sheet: &Sheet, reach: Reach) -> Markup {
    let looks = |id: &str, m: u32| {
        lang.ta(
            id,
            &[
                ("miles", Arg::from(m)),
                ("place", Arg::from(sheet.place.clone())),
            ],
        )
    };
    html! {
        @if sheet.precision != Some(PlacePrecision::Nation) {
            p.muted.no-print #reach lang=[english_unless(lang, "sp-looks")] {
                @match reach.miles() {
                    Some(m) if reach == Reach::Usual => { (looks("sp-looks-usual", m)) }
                    Some(m) => { (looks("sp-looks", m)) }
                    None => { (lang.tm("sp-looks-any")) }
                }
                " " a href="#change" { (lang.t("sp-change")) }
            }
        }
    }
}

/// The sheet for one place and need, with boxes to tick for a shortlist; `keeping` says
/// what was ticked and why the shortlist could not be made, when it came back.
pub fn sheet(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    ask: &Ask,
    sheet: &Sheet,
    base: &str,
    now: DateTime<Tz>,
    keeping: &Keeping<'_>,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.ta(
        "sheet-title",
        &[
            ("place", Arg::from(sheet.place.clone())),
            ("needs", Arg::from(need_words(lang, taxonomy, ask))),
        ],
    );
    let any = !sheet.in_person.is_empty() || !sheet.online.is_empty();
    let body = html! {
        (problem(lang, keeping.error, "#keep-0"))
        div.sheet {
            (languages(lang))
            h1 { (title) }
            (emergency_advice_in(chrome.lang, &ask.query.filter.needs))
            p.muted { "peermap, " (lang.date(now.date_naive())) ". " (lang.t("sheet-intro")) }
            div { (reach_note(lang, sheet, ask.reach)) }
            p { (lang.t("sheet-check")) }
            (crisis(&chrome, sheet.nation))
            form method="post" action=(chrome.link("/shortlists")) {
                (form::hidden(ask, true))
                (sections(lang, sheet, Some(ask.reach), base, now, Some(keeping)))
                @if any {
                    div.no-print {
                        p { (lang.tm("sp-shortlist-hint")) }
                        @if let Some(e) = keeping.error {
                            p.error-message #keep-error { span.visually-hidden { (lang.t("form-error-prefix")) " " } (e) }
                        }
                        button type="submit" { (lang.tm("sp-make-shortlist")) }
                    }
                }
            }
            p.muted.no-print { (lang.tm("sp-print-hint")) }
            div.no-print {
                h2 #change { (lang.tm("sp-change")) }
                form.search method="get" action=(chrome.link("/signpost")) {
                    (form::fields(lang, taxonomy, ask, None))
                    (form::hidden(ask, false))
                    p {}
                    button type="submit" { (lang.tm("sp-change")) }
                }
            }
        }
    };
    page(
        &window_title(lang, &title, keeping.error.is_some()),
        chrome,
        body,
    )
}
