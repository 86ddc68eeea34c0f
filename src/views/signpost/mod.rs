//! The signposting sheet and the shortlist: one printable page of peer support for one
//! person, with how to join each and the numbers to call in a crisis.

mod card;
mod form;
mod shortlist;

pub use shortlist::{Kept, shortlist};

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

mod copy {
    pub const ASK_TITLE: &str = "Make a signposting sheet";
    pub const ASK_INTRO: &str = "For health and care professionals: a page of peer support near where someone lives, for what they need, to print or to send as a link.";
    pub const MAKE: &str = "Make the sheet";
    pub const PROBLEM: &str = "There is a problem";
    pub const LOOKS: &str = "The sheet looks";
    pub const AROUND: &str = "miles around";
    pub const FOR_IN_PERSON: &str = "for peer support that meets in person";
    pub const USUAL_NOTE: &str = ": the usual distance when none is chosen.";
    pub const ANY_NOTE: &str =
        "The sheet lists the nearest peer support that meets in person, however far.";
    pub const CHANGE: &str = "Change the sheet";
    pub const SHORTLIST_HINT: &str = "Untick what does not fit, then make a shortlist: a short link to send or print. No account is needed and nothing about the person is kept except the area.";
    pub const MAKE_SHORTLIST: &str = "Make a shortlist of the ticked listings";
    pub const PRINT_HINT: &str =
        "To print, use your browser's Print command: the page is laid out for A4.";
    pub const GONE: &str = "No longer listed (the project may have closed or changed):";
}

/// The words of a sheet for a whole nation.
mod nation_copy {
    pub const NO_DISTANCES: &str = "A whole nation has no distances: for the nearest to the person, make the sheet for their postcode or town.";
}

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
            p.muted { (nation_copy::NO_DISTANCES) }
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

/// An error summary at the top of a page, its message linking to the field at `target`.
fn problem(message: Option<&str>, target: &str) -> Markup {
    html! {
        @if let Some(m) = message {
            div.notice.no-print role="alert" aria-labelledby="problem-title" {
                h2 #problem-title { (copy::PROBLEM) }
                p { a href=(target) { (m) } }
            }
        }
    }
}

/// A page's title, starting "Error:" when something needs fixing, so a screen reader
/// hears that first.
fn window_title(title: &str, error: bool) -> String {
    if error {
        format!("Error: {title}")
    } else {
        title.to_string()
    }
}

/// The form that asks where and what for; `error` says why the place could not be used.
pub fn ask(chrome: Chrome<'_>, taxonomy: &Taxonomy, ask: &Ask, error: Option<&str>) -> Markup {
    let body = html! {
        (problem(error, "#where"))
        h1 { (copy::ASK_TITLE) }
        (emergency_advice_in(chrome.lang, &ask.query.filter.needs))
        p.lead { (copy::ASK_INTRO) }
        form.search method="get" action=(chrome.link("/signpost")) {
            (form::fields(taxonomy, ask, error))
            (form::hidden(ask, false))
            p {}
            button type="submit" { (copy::MAKE) }
        }
    };
    page(
        &window_title(copy::ASK_TITLE, error.is_some()),
        chrome,
        body,
    )
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
fn reach_note(sheet: &Sheet, reach: Reach) -> Markup {
    html! {
        @if sheet.precision != Some(PlacePrecision::Nation) {
            p.muted.no-print #reach {
                @match reach.miles() {
                    Some(m) => {
                        (copy::LOOKS) " " (m) " " (copy::AROUND) " " (sheet.place) " " (copy::FOR_IN_PERSON)
                        @if reach == Reach::Usual { (copy::USUAL_NOTE) } @else { "." }
                    }
                    None => { (copy::ANY_NOTE) }
                }
                " " a href="#change" { (copy::CHANGE) }
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
    // The professional's tools (not printed) are in English only for now, and marked so.
    let en = (lang != Lang::En).then_some("en");
    let title = lang.ta(
        "sheet-title",
        &[
            ("place", Arg::from(sheet.place.clone())),
            ("needs", Arg::from(need_words(lang, taxonomy, ask))),
        ],
    );
    let any = !sheet.in_person.is_empty() || !sheet.online.is_empty();
    let body = html! {
        (problem(keeping.error, "#keep-0"))
        div.sheet {
            (languages(lang))
            h1 { (title) }
            (emergency_advice_in(chrome.lang, &ask.query.filter.needs))
            p.muted { "peermap, " (lang.date(now.date_naive())) ". " (lang.t("sheet-intro")) }
            div lang=[en] { (reach_note(sheet, ask.reach)) }
            p { (lang.t("sheet-check")) }
            (crisis(&chrome, sheet.nation))
            form method="post" action=(chrome.link("/shortlists")) {
                (form::hidden(ask, true))
                (sections(lang, sheet, Some(ask.reach), base, now, Some(keeping)))
                @if any {
                    div.no-print lang=[en] {
                        p { (copy::SHORTLIST_HINT) }
                        @if let Some(e) = keeping.error {
                            p.error-message #keep-error { span.visually-hidden { "Error: " } (e) }
                        }
                        button type="submit" { (copy::MAKE_SHORTLIST) }
                    }
                }
            }
            p.muted.no-print lang=[en] { (copy::PRINT_HINT) }
            div.no-print lang=[en] {
                h2 #change { (copy::CHANGE) }
                form.search method="get" action=(chrome.link("/signpost")) {
                    (form::fields(taxonomy, ask, None))
                    (form::hidden(ask, false))
                    p {}
                    button type="submit" { (copy::CHANGE) }
                }
            }
        }
    };
    page(&window_title(&title, keeping.error.is_some()), chrome, body)
}
