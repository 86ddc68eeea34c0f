//! The frame of every page: quick exit, header, crisis routes, footer.

use crate::data::{CrisisLine, CrisisLines};
use crate::domain::Nation;
use maud::{DOCTYPE, Markup, html};

/// Words of the frame, kept together for translation.
mod copy {
    pub const SITE: &str = "peermap";
    pub const TAGLINE: &str = "Perinatal mental health peer support in the UK";
    pub const SKIP: &str = "Skip to main content";
    pub const EXIT: &str = "Leave this site";
    pub const EXIT_HINT: &str =
        "To leave quickly, press the Escape key 3 times, or use the “Leave this site” button.";
    pub const NAV_LABEL: &str = "Main";
    pub const NAV_SEARCH: &str = "Find support";
    pub const NAV_DIRECTORY: &str = "Directory";
    pub const NAV_MAP: &str = "Map";
    pub const NAV_ABOUT: &str = "About";
    pub const CRISIS_TITLE: &str = "Need help now?";
    pub const STRIP: &str = "Urgent help:";
    pub const STRIP_MORE: &str = "More ways to get help";
    pub const CRISIS_ELSEWHERE: &str = "Elsewhere in the UK";
    pub const CRISIS_NATIONS: &str = "Where you live";
    pub const CRISIS_INTRO: &str = "Peer support is not an emergency service. If you are worried about your safety or your baby's, get help straight away:";
    pub const FOOTER_NOTE: &str = "peermap lists peer support projects. It does not give medical advice. Listings marked “not yet confirmed” have not been checked by the project.";
    pub const FOOTER_ABOUT: &str = "About peermap and our data";
    pub const FOOTER_PROJECTS: &str = "Run a peer support project? Keep your listing up to date";
    pub const FOOTER_PROFESSIONALS: &str = "For professionals";
    pub const FOOTER_TOOLKIT: &str =
        "Toolkit for peer support projects: the principles, self-reflection and supervision";
    pub const FOOTER_SHEET: &str = "signposting sheet";
    pub const FOOTER_COVERAGE: &str = "coverage";
    pub const FOOTER_DATA: &str = "open data";
}

/// The neutral site the quick exit goes to, in the manner of GOV.UK's "Exit this page".
pub const EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// What the frame needs besides the page itself.
#[derive(Clone, Copy)]
pub struct Chrome<'a> {
    pub crisis: &'a CrisisLines,
    /// The visitor's nation when a search has told us; decides which lines come first.
    pub nation: Option<Nation>,
}

/// How a line reads in the strip: "Samaritans 116 123", "NHS 111 Wales: call 111 and
/// press 2", "Text SHOUT to 85258".
fn strip_label(line: &CrisisLine) -> String {
    match &line.how {
        Some(how) if line.text.is_none() => {
            let how = how.trim_end_matches('.');
            let mut chars = how.chars();
            let first = chars.next().map(|c| c.to_lowercase().to_string());
            format!(
                "{}: {}{}",
                line.name,
                first.unwrap_or_default(),
                chars.as_str()
            )
        }
        _ => line.short(),
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
pub fn crisis_strip(crisis: &CrisisLines, nation: Option<Nation>) -> Markup {
    html! {
        div.crisis-strip {
            div.wrap {
                strong { (copy::STRIP) } " "
                @for line in first_lines(crisis, nation) {
                    a href=(line.href()) { (strip_label(line)) } " "
                }
                a href="#crisis-title" { (copy::STRIP_MORE) }
            }
        }
    }
}

/// One crisis line with what it is for; `place` names the nation it is for, if any.
fn crisis_item(line: &CrisisLine, place: bool) -> Markup {
    html! {
        li {
            a href=(line.href()) {
                strong {
                    (line.name) ": "
                    @if let Some(word) = &line.text { "text " (word) " to " }
                    (line.number)
                }
            }
            @if place && !line.nations.is_empty() {
                span.where { " (" (nation_list(&line.nations)) ")" }
            }
            br;
            @if let Some(how) = &line.how { span.how { (how) } " " }
            span.detail { (line.detail) }
        }
    }
}

/// The crisis routes in full, with what each is for: where the nation is known, its
/// own first and the rest of the UK's after; otherwise all, each labelled by nation.
pub fn crisis_box(crisis: &CrisisLines, nation: Option<Nation>) -> Markup {
    html! {
        aside.crisis aria-labelledby="crisis-title" {
            h2 #crisis-title { (copy::CRISIS_TITLE) }
            p { (copy::CRISIS_INTRO) }
            ul.crisis-lines {
                @for line in first_lines(crisis, nation) { (crisis_item(line, true)) }
            }
            h3 {
                @match nation {
                    Some(_) => (copy::CRISIS_ELSEWHERE),
                    None => (copy::CRISIS_NATIONS),
                }
            }
            ul.crisis-lines.elsewhere {
                @for (_, lines) in crisis.by_nation(nation) {
                    @for line in lines { (crisis_item(line, true)) }
                }
            }
        }
    }
}

fn nation_list(nations: &[Nation]) -> String {
    let names: Vec<_> = nations.iter().map(|n| n.label()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A whole page: `title` goes in the tab and is usually the page's `h1`.
pub fn page(title: &str, chrome: Chrome<'_>, main: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " – " (copy::SITE) }
                link rel="stylesheet" href="/assets/site.css";
                link rel="icon" href="/assets/favicon.svg" type="image/svg+xml";
                script src="/assets/exit.js" defer {}
                script src="/assets/locate.js" defer {}
            }
            body {
                a.skip href="#main" { (copy::SKIP) }
                div.exit-bar {
                    div.wrap {
                        a.exit #exit href=(EXIT_URL) rel="noreferrer noopener" { (copy::EXIT) }
                    }
                }
                header.site-header {
                    div.wrap {
                        a.brand href="/" { (copy::SITE) }
                        span.tagline { (copy::TAGLINE) }
                        nav aria-label=(copy::NAV_LABEL) {
                            ul {
                                li { a href="/search" { (copy::NAV_SEARCH) } }
                                li { a href="/map" { (copy::NAV_MAP) } }
                                li { a href="/projects" { (copy::NAV_DIRECTORY) } }
                                li { a href="/about" { (copy::NAV_ABOUT) } }
                            }
                        }
                    }
                }
                (crisis_strip(chrome.crisis, chrome.nation))
                div.wrap {
                    main #main tabindex="-1" { (main) }
                    (crisis_box(chrome.crisis, chrome.nation))
                }
                footer.site-footer {
                    div.wrap {
                        p { (copy::FOOTER_NOTE) }
                        p { (copy::EXIT_HINT) }
                        // Each tool one tap from any page, and the page that explains them.
                        p.professionals {
                            a href="/professionals" { (copy::FOOTER_PROFESSIONALS) } ": "
                            a href="/signpost" { (copy::FOOTER_SHEET) } ", "
                            a href="/coverage" { (copy::FOOTER_COVERAGE) } ", "
                            a href="/api/v1/projects" { (copy::FOOTER_DATA) }
                        }
                        p { a href="/about" { (copy::FOOTER_ABOUT) } }
                        p { a href="/account" { (copy::FOOTER_PROJECTS) } }
                        p { a href="/toolkit" { (copy::FOOTER_TOOLKIT) } }
                    }
                }
            }
        }
    }
}
