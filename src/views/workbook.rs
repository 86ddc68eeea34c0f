//! The self-reflection workbook (`/toolkit/workbook`): the grid blank, laid out to print on
//! A4 and fill in by hand, one principle to a page: its questions, then the grid's three
//! columns. On a narrow screen the columns stack.

use super::layout::{Chrome, page};
use crate::domain::Principle;
use crate::domain::grid::{COLUMN_HINTS, COLUMNS};
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Self-reflection workbook";
    pub const LEAD: &str = "The five Perinatal Peer Support Principles and their questions, with space to write. Fill it in together, with the women who give and receive your support.";
    pub const PRINT: &str = "To print it, or save it as a PDF, use your browser's Print command: it is laid out for A4, one principle to a page. Nothing you write on paper is sent anywhere.";
    pub const BACK: &str = "Back to the toolkit";
    pub const ABOUT: &[&str] = &["Project or group", "Who took part", "Date"];
    pub const NO_SCORE: &str =
        "There are no marks and no pass or fail: a gap you find is a next step.";
}

/// A principle's questions, then the grid's three columns to write in.
fn principle_grid(p: Principle) -> Markup {
    html! {
        div.grid-question {
            ol.grid-questions {
                @for q in p.questions() {
                    li { (q.letter) ". " (q.text) }
                }
            }
            div.grid-row {
                @for (title, hint) in COLUMNS.iter().zip(COLUMN_HINTS) {
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
    let body = html! {
        div.workbook {
            h1 { (copy::TITLE) }
            p.lead { (copy::LEAD) }
            p.no-print { (copy::PRINT) }
            p.no-print { a href="/toolkit" { (copy::BACK) } }
            dl.workbook-about {
                @for label in copy::ABOUT { dt { (label) } dd.write-line {} }
            }
            p { (copy::NO_SCORE) }
            @for p in Principle::ALL {
                section.workbook-principle aria-labelledby=(format!("principle-{}", p.number())) {
                    h2 id=(format!("principle-{}", p.number())) {
                        "Principle " (p.number()) ": " (p.statement())
                    }
                    (principle_grid(*p))
                }
            }
        }
    };
    page(copy::TITLE, chrome, body)
}

mod years_copy {
    pub const TITLE: &str = "Reflections on the principles, year by year";
    pub const LEAD: &str = "Each year's published self-assessment is kept here beside the earlier ones, in the workbook's form. It is the project's own account: never a score.";
    pub const PRINT: &str = "To print it, or save it as a PDF, use your browser's Print command: it is laid out like the workbook, one principle to a page.";
    pub const NONE: &str = "This project has not published a reflection yet.";
    pub const WHERE: &str = "Where the project is: ";
    pub const NOT_ANSWERED: &str = "Not written.";
    pub const BACK: &str = "Back to the listing";
    pub const YEARS: &str = "Years";
}

/// A project's published reflections, newest year first, each in the workbook's form: for
/// each principle its questions, then what the project wrote in the grid's three columns.
/// It prints like the workbook.
pub fn reflection_years(
    chrome: Chrome<'_>,
    project: &crate::domain::Project,
    years: &[crate::domain::assurance::ReflectionYear],
) -> Markup {
    let title = format!("{}: {}", project.name, years_copy::TITLE);
    let body = html! {
        div.workbook.reflection-years {
            h1 { (project.name) ": " (years_copy::TITLE) }
            p.lead { (years_copy::LEAD) }
            p.no-print { (years_copy::PRINT) }
            p.no-print { a href={ "/projects/" (project.slug) } { (years_copy::BACK) } }
            @if years.is_empty() { p { (years_copy::NONE) } }
            @if years.len() > 1 {
                nav.no-print aria-label=(years_copy::YEARS) {
                    ul { @for y in years { li { a href={ "#year-" (y.year) } { (y.year) } } } }
                }
            }
            @for y in years {
                section.reflection-year aria-labelledby=(format!("year-{}", y.year)) {
                    h2 id=(format!("year-{}", y.year)) { (y.year) }
                    @for r in &y.reflections {
                        section.workbook-principle {
                            h3 { "Principle " (r.principle.number()) ": " (r.principle.statement()) }
                            @if let Some(d) = r.published_on { p.muted { "Published " (d.format("%-d %B %Y")) } }
                            div.grid-question {
                                ol.grid-questions {
                                    @for q in r.principle.questions() { li { (q.letter) ". " (q.text) } }
                                }
                                p { (years_copy::WHERE) strong { (r.status.label()) } }
                                div.grid-row {
                                    @for (title, answer) in COLUMNS.iter().zip([&r.how, &r.evidence, &r.next_steps]) {
                                        div.grid-cell {
                                            p.column-title { (title) }
                                            @if answer.is_empty() { p.hint { (years_copy::NOT_ANSWERED) } } @else { p.answer { (answer) } }
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
