//! A kept shortlist at `/s/{code}`: its title says what it is for, its link is ready to
//! copy or to send from the device's own e-mail or messages app.

use super::super::layout::{Chrome, page};
use super::super::search_form::label_in;
use super::super::urgent::emergency_advice_in;
use super::{crisis, sections};
use crate::domain::{Slug, Taxonomy};
use crate::geocode::PlacePrecision;
use crate::i18n::{Arg, Lang};
use crate::signpost::{Ask, Sheet, qr, share};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, PreEscaped, html};

/// Need labels that open with a name or initials, and keep their capital in a sentence.
const NAMES: [&str; 1] = ["Black"];

/// A need's label inside a sentence: "Postpartum psychosis" → "postpartum psychosis",
/// but "LGBT+ parents" and "Black, Asian and minority ethnic communities" as they are.
fn in_sentence(label: &str) -> String {
    let first = label.split([' ', ',']).next().unwrap_or_default();
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let initials = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    let mut chars = label.chars();
    match chars.next() {
        Some(c) if !initials && !NAMES.contains(&first) => c.to_lowercase().chain(chars).collect(),
        _ => label.to_string(),
    }
}

/// "Peer support for postpartum psychosis near B15 2"; "… in Wales" for a whole nation;
/// "Peer support near B15 2" when no need was chosen (or the shortlist is older than that).
pub fn title(lang: Lang, taxonomy: &Taxonomy, ask: &Ask, sheet: &Sheet) -> String {
    let needs: Vec<String> = ask
        .query
        .filter
        .needs
        .iter()
        .map(|n| in_sentence(&label_in(lang, "need", n, taxonomy.need_label(n))))
        .collect();
    let within = if sheet.precision == Some(PlacePrecision::Nation) {
        "in"
    } else {
        "near"
    };
    let place = ("place", Arg::from(sheet.place.clone()));
    if needs.is_empty() {
        lang.ta(&format!("sp-title-{within}"), &[place])
    } else {
        let needs = needs.join(&format!(" {} ", lang.t("results-or")));
        lang.ta(
            &format!("sp-title-for-{within}"),
            &[place, ("needs", Arg::from(needs))],
        )
    }
}

/// The link, in a box to copy it from, with links that start an e-mail or a text message
/// holding it.
fn send(lang: Lang, url: &str, title: &str) -> Markup {
    let label = lang.ta("sp-qr-shortlist", &[("url", Arg::from(url.to_string()))]);
    let link_qr = qr::svg(url, &label);
    let body = format!("{title}: {url}");
    html! {
        section.shortlist-link aria-labelledby="send-title" {
            @if let Some(svg) = link_qr { (PreEscaped(svg)) }
            div.send {
                h2.no-print #send-title { (lang.tm("sp-send")) }
                label.block for="shortlist-url" { (lang.tm("sp-link")) }
                p.muted.no-print #shortlist-url-hint { (lang.tm("sp-link-hint")) }
                input #shortlist-url type="text" readonly value=(url) spellcheck="false"
                    aria-describedby="shortlist-url-hint";
                ul.send-links.no-print {
                    li { a href=(share::mailto(title, &body)) { (lang.tm("sp-email")) } }
                    li { a href=(share::sms(&body)) { (lang.tm("sp-text")) } }
                }
            }
        }
    }
}

/// A kept shortlist as found at its address.
#[derive(Debug, Clone, Copy)]
pub struct Kept<'a> {
    pub sheet: &'a Sheet,
    /// Kept listings no longer published.
    pub gone: &'a [Slug],
    /// The shortlist's full address.
    pub url: &'a str,
    /// The clinician has just made it, so the page says so first.
    pub made: bool,
}

/// A kept shortlist: the listings ticked on the sheet, for what the sheet was asked for.
pub fn shortlist(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    ask: &Ask,
    kept: &Kept<'_>,
    base: &str,
    now: DateTime<Tz>,
) -> Markup {
    let Kept {
        sheet,
        gone,
        url,
        made,
    } = *kept;
    let lang = chrome.lang;
    let title = title(lang, taxonomy, ask, sheet);
    let body = html! {
        @if made {
            div.notice.ok.no-print role="status" aria-labelledby="made-title" {
                h2 #made-title { (lang.tm("sp-made")) }
                p { (lang.tm("sp-made-next")) }
            }
        }
        div.sheet {
            h1 lang=[super::english_unless(lang, "sp-title-near")] { (title) }
            (emergency_advice_in(chrome.lang, &ask.query.filter.needs))
            p.muted { "peermap, " (chrome.lang.date(now.date_naive())) ". " (chrome.lang.t("sheet-intro")) }
            p { (chrome.lang.t("sheet-check")) }
            (send(lang, url, &title))
            (crisis(&chrome, sheet.nation))
            (sections(chrome.lang, sheet, None, base, now, None))
            @if !gone.is_empty() {
                p { (lang.tm("sp-gone")) " " (gone.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")) }
            }
            p.muted.no-print { (lang.tm("sp-print-hint")) }
        }
    };
    page(&title, chrome, body)
}
