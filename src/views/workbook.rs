//! The self-reflection workbook (`/toolkit/workbook`): the grid blank, laid out to print on
//! A4 and fill in by hand, one principle to a page: its questions, then the grid's three
//! columns. On a narrow screen the columns stack.

use super::layout::{Chrome, page};
use super::principles::{columns, heading, hints, question, status};
use crate::domain::Principle;
use crate::i18n::{Arg, Lang};
use maud::{Markup, html};

/// A principle's questions, then the grid's three columns to write in.
fn principle_grid(lang: Lang, p: Principle) -> Markup {
    html! {
        div.grid-question {
            ol.grid-questions {
                @for q in p.questions() {
                    li { (q.letter) ". " (question(lang, p, q)) }
                }
            }
            div.grid-row {
                @for (title, hint) in columns(lang).iter().zip(hints(lang)) {
                    div.grid-cell {
                        p.column-title { (title) }
                        p.hint { (hint) }
                        div.write-space {}
                    }
                }
            }
        }
    }
}

/// The blank workbook.
pub fn workbook(chrome: Chrome<'_>) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("workbook-title");
    let body = html! {
        div.workbook {
            h1 { (title) }
            p.lead { (lang.t("workbook-lead")) }
            p.no-print { (lang.t("workbook-print")) }
            p.no-print { a href=(lang.path("/toolkit")) { (lang.t("workbook-back")) } }
            dl.workbook-about {
                @for label in ["workbook-project", "workbook-who", "workbook-date"] { dt { (lang.t(label)) } dd.write-line {} }
            }
            p { (lang.t("workbook-no-score")) }
            @for p in Principle::ALL {
                section.workbook-principle aria-labelledby=(format!("principle-{}", p.number())) {
                    h2 id=(format!("principle-{}", p.number())) { (heading(lang, *p)) }
                    (principle_grid(lang, *p))
                }
            }
        }
    };
    page(&title, chrome, body)
}

/// A project's published reflections, newest year first, each in the workbook's form: for
/// each principle its questions, then what the project wrote in the grid's three columns.
/// It prints like the workbook.
pub fn reflection_years(
    chrome: Chrome<'_>,
    project: &crate::domain::Project,
    years: &[crate::domain::assurance::ReflectionYear],
) -> Markup {
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let years_title = lang.t("years-title");
    let title = format!("{}: {years_title}", project.name);
    let body = html! {
        div.workbook.reflection-years {
            h1 { span lang=[en] { (project.name) } ": " (years_title) }
            p.lead { (lang.t("years-lead")) }
            p.no-print { (lang.t("years-print")) }
            p.no-print { a href=(lang.path(&format!("/projects/{}", project.slug))) { (lang.t("years-back")) } }
            @if years.is_empty() { p { (lang.t("years-none")) } }
            @if years.len() > 1 {
                nav.no-print aria-label=(lang.t("years-years")) {
                    ul { @for y in years { li { a href={ "#year-" (y.year) } { (y.year) } } } }
                }
            }
            @for y in years {
                section.reflection-year aria-labelledby=(format!("year-{}", y.year)) {
                    h2 id=(format!("year-{}", y.year)) { (y.year) }
                    @for r in &y.reflections {
                        section.workbook-principle {
                            h3 { (heading(lang, r.principle)) }
                            @if let Some(d) = r.published_on { p.muted { (lang.ta("years-published", &[("date", Arg::from(lang.date(d)))])) } }
                            div.grid-question {
                                ol.grid-questions {
                                    @for q in r.principle.questions() { li { (q.letter) ". " (question(lang, r.principle, q)) } }
                                }
                                p { (lang.t("years-where")) " " strong { (status(lang, r.status)) } }
                                div.grid-row {
                                    @for (title, answer) in columns(lang).iter().zip([&r.how, &r.evidence, &r.next_steps]) {
                                        div.grid-cell {
                                            p.column-title { (title) }
                                            @if answer.is_empty() { p.hint { (lang.t("years-not-answered")) } } @else { p.answer lang=[en] { (answer) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    page(&title, chrome, body)
}
