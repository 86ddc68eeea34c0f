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
