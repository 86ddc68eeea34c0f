//! The frame of every page: quick exit, header, crisis routes, footer.

use crate::data::{CrisisLine, CrisisLines};
use crate::domain::Nation;
use crate::i18n::{self, Arg, Lang};
use maud::{DOCTYPE, Markup, html};

/// The site's name, the same in every language.
const SITE: &str = "peermap";

/// The neutral site the quick exit goes to, in the manner of GOV.UK's "Exit this page".
pub const EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// What the frame needs besides the page itself.
#[derive(Clone, Copy)]
pub struct Chrome<'a> {
    pub crisis: &'a CrisisLines,
    /// The visitor's nation when a search has told us; decides which lines come first.
    pub nation: Option<Nation>,
    /// The language of the page (from its URL).
    pub lang: Lang,
}

impl Chrome<'_> {
    /// A local link in the page's language: `/search` on a Welsh page is `/cy/search`.
    pub fn link(&self, path: &str) -> String {
        self.lang.path(path)
    }
}

/// The catalogue's id of a crisis line: "NHS 111 Wales" is `crisis-nhs-111-wales`.
fn line_id(line: &CrisisLine) -> String {
    let slug: String = line
        .name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("crisis-{slug}")
}

/// One field of a crisis line in `lang`, or as `data/crisis.json` words it.
fn line_text(lang: Lang, line: &CrisisLine, field: &str, english: &str) -> String {
    let id = format!("{}-{field}", line_id(line));
    if lang != Lang::En && lang.has(&id) {
        lang.t(&id)
    } else {
        english.to_string()
    }
}

/// How a line reads in the strip: "Samaritans 116 123", "NHS 111 Wales: call 111 and
/// press 2", "Text SHOUT to 85258".
fn strip_label(lang: Lang, line: &CrisisLine) -> String {
    let name = line_text(lang, line, "name", &line.name);
    match &line.how {
        Some(how) if line.text.is_none() => {
            let how = line_text(lang, line, "how", how);
            let how = how.trim_end_matches('.');
            let mut chars = how.chars();
            let first = chars.next().map(|c| c.to_lowercase().to_string());
            format!("{name}: {}{}", first.unwrap_or_default(), chars.as_str())
        }
        _ => match &line.text {
            Some(word) => lang.ta(
                "crisis-text-short",
                &[
                    ("word", Arg::from(word.clone())),
                    ("number", Arg::from(line.number.clone())),
                ],
            ),
            None => format!("{name} {}", line.number),
        },
    }
}

/// The lines the strip and the top of the box show: with a nation, its own lines too.
fn first_lines(crisis: &CrisisLines, nation: Option<Nation>) -> Vec<&CrisisLine> {
    match nation {
        Some(_) => crisis.for_nation(nation),
        None => crisis.everywhere(),
    }
}

/// One short line at the top of every page: the numbers to call now, and a link to the
/// full list at the foot of the page.
pub fn crisis_strip(lang: Lang, crisis: &CrisisLines, nation: Option<Nation>) -> Markup {
    html! {
        div.crisis-strip {
            div.wrap {
                strong { (lang.t("urgent-strip")) } " "
                @for line in first_lines(crisis, nation) {
                    a href=(line.href()) { (strip_label(lang, line)) } " "
                }
                a href="#crisis-title" { (lang.t("urgent-more")) }
            }
        }
    }
}

/// One crisis line with what it is for; `place` names the nation it is for, if any.
fn crisis_item(lang: Lang, line: &CrisisLine, place: bool) -> Markup {
    let name = line_text(lang, line, "name", &line.name);
    html! {
        li {
            a href=(line.href()) {
                strong {
                    (name) ": "
                    @if let Some(word) = &line.text {
                        (lang.ta("crisis-text", &[("word", Arg::from(word.clone())), ("number", Arg::from(line.number.clone()))]))
                    } @else {
                        (line.number)
                    }
                }
            }
            @if place && !line.nations.is_empty() {
                span.where { " (" (nation_list(lang, &line.nations)) ")" }
            }
            br;
            @if let Some(how) = &line.how { span.how { (line_text(lang, line, "how", how)) } " " }
            span.detail { (line_text(lang, line, "detail", &line.detail)) }
        }
    }
}

/// One crisis line as a sentence in `lang`, for the printed sheet: "Samaritans: 116 123 —
/// Free to call, …".
pub fn crisis_line_text(lang: Lang, line: &CrisisLine) -> Markup {
    let name = line_text(lang, line, "name", &line.name);
    html! {
        strong {
            (name) ": "
            @if let Some(word) = &line.text {
                (lang.ta("crisis-text", &[("word", Arg::from(word.clone())), ("number", Arg::from(line.number.clone()))]))
            } @else {
                (line.number)
            }
        }
        " — "
        @if let Some(how) = &line.how { (line_text(lang, line, "how", how)) " " }
        (line_text(lang, line, "detail", &line.detail))
    }
}

/// The crisis routes in full, with what each is for: where the nation is known, its
/// own first and the rest of the UK's after; otherwise all, each labelled by nation.
pub fn crisis_box(lang: Lang, crisis: &CrisisLines, nation: Option<Nation>) -> Markup {
    html! {
        aside.crisis aria-labelledby="crisis-title" {
            h2 #crisis-title { (lang.t("urgent-title")) }
            p { (lang.t("urgent-intro")) }
            ul.crisis-lines {
                @for line in first_lines(crisis, nation) { (crisis_item(lang, line, true)) }
            }
            h3 {
                @match nation {
                    Some(_) => (lang.t("urgent-elsewhere")),
                    None => (lang.t("urgent-nations")),
                }
            }
            ul.crisis-lines.elsewhere {
                @for (_, lines) in crisis.by_nation(nation) {
                    @for line in lines { (crisis_item(lang, line, true)) }
                }
            }
        }
    }
}

/// A nation's name in `lang`.
pub fn nation_name(lang: Lang, nation: Nation) -> String {
    lang.t(&format!("nation-{}", nation.slug()))
}

fn nation_list(lang: Lang, nations: &[Nation]) -> String {
    let names: Vec<_> = nations.iter().map(|n| nation_name(lang, *n)).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => lang.ta(
            "list-and",
            &[
                ("first", Arg::from(rest.join(", "))),
                ("last", Arg::from(last.clone())),
            ],
        ),
    }
}

/// The same page in every language, for search engines and the language links.
fn alternates(here: &i18n::Here) -> Markup {
    html! {
        @for l in Lang::ALL {
            link rel="alternate" hreflang=(l.code()) href=(l.path(&here.path));
        }
        link rel="alternate" hreflang="x-default" href=(here.path);
    }
}

/// The link to the other language of the page (Welsh from English, English from any
/// other), and the way to every language.
fn language_links(lang: Lang, here: &i18n::Here) -> Markup {
    let other = if lang == Lang::En { Lang::Cy } else { Lang::En };
    html! {
        p.languages {
            a.other-language href=(other.path(&here.path)) lang=(other.html_lang()) hreflang=(other.code()) {
                (other.own_name())
            }
            " "
            a.more-languages href=(lang.path("/languages")) { (lang.tm("layout-languages")) }
        }
    }
}

/// A whole page: `title` goes in the tab and is usually the page's `h1`.
pub fn page(title: &str, chrome: Chrome<'_>, main: Markup) -> Markup {
    let lang = chrome.lang;
    let here = i18n::here();
    let to = |path: &str| lang.path(path);
    html! {
        (DOCTYPE)
        html lang=(lang.html_lang()) dir=(lang.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " – " (SITE) }
                (alternates(&here))
                link rel="stylesheet" href="/assets/site.css";
                link rel="icon" href="/assets/favicon.svg" type="image/svg+xml";
                script src="/assets/exit.js" defer {}
                script src="/assets/locate.js" defer {}
            }
            body {
                a.skip href="#main" { (lang.tm("layout-skip")) }
                div.exit-bar {
                    div.wrap {
                        a.exit #exit href=(EXIT_URL) rel="noreferrer noopener" { (lang.t("exit")) }
                    }
                }
                header.site-header {
                    div.wrap {
                        a.brand href=(to("/")) { (SITE) }
                        span.tagline { (lang.tm("layout-tagline")) }
                        (language_links(lang, &here))
                        nav aria-label=(lang.t("layout-nav")) {
                            ul {
                                li { a href=(to("/search")) { (lang.tm("layout-nav-search")) } }
                                li { a href=(to("/map")) { (lang.tm("layout-nav-map")) } }
                                li { a href=(to("/projects")) { (lang.tm("layout-nav-directory")) } }
                                li { a href=(to("/about")) { (lang.tm("layout-nav-about")) } }
                            }
                        }
                    }
                }
                (crisis_strip(lang, chrome.crisis, chrome.nation))
                div.wrap {
                    main #main tabindex="-1" { (main) }
                    (crisis_box(lang, chrome.crisis, chrome.nation))
                }
                footer.site-footer {
                    div.wrap {
                        p { (lang.tm("layout-footer-note")) }
                        p { (lang.t("exit-hint")) }
                        // Each tool one tap from any page, and the page that explains them.
                        p.professionals {
                            a href=(to("/professionals")) { (lang.tm("layout-footer-professionals")) } ": "
                            a href=(to("/signpost")) { (lang.tm("layout-footer-sheet")) } ", "
                            a href=(to("/coverage")) { (lang.tm("layout-footer-coverage")) } ", "
                            a href="/api/v1/projects" { (lang.tm("layout-footer-data")) }
                        }
                        p { a href=(to("/about")) { (lang.tm("layout-footer-about")) } }
                        p { a href=(to("/account")) { (lang.tm("layout-footer-projects")) } }
                        p { a href=(to("/toolkit")) { (lang.tm("layout-footer-toolkit")) } }
                    }
                }
            }
        }
    }
}
