//! The toolkit (`/toolkit`): the five principles with the self-reflection grid's
//! questions, what the sources say helps, and how a small group can find training and
//! supervision. Open to everyone; nothing on it scores or ranks a project.

use super::about::PRINCIPLES_URL;
use super::layout::{Chrome, page};
use crate::domain::Principle;
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Toolkit for peer support projects";
    pub const LEAD: &str = "For anyone running or starting perinatal peer support, however small: the five principles, questions to think about together, what helps, and how to find training and supervision. Free to use, print and share.";
    pub const CONTENTS: &str = "On this page";
    pub const PRINCIPLES_TITLE: &str = "The five principles and their questions";
    pub const PRINCIPLES_INTRO: &str = "The Perinatal Peer Support Principles were written with peer supporters, mums and the organisations that support them. Each comes with questions to reflect on. They are here in our own words, with the letters the self-reflection grid gives them.";
    pub const OFFICIAL: &str =
        "Read the principles in full on the Maternal Mental Health Alliance's website";
    pub const HOW_TITLE: &str = "How to use the questions";
    pub const HOW: &[&str] = &[
        "Work through them together, with the women who give and receive your support, not alone.",
        "For each question, note how you do this (or plan to), how you could show it, and what you will do next.",
        "There are no marks and no pass or fail. A gap you have found is a next step, not a failure.",
        "Come back to them each year: what you wrote last year shows how far you have come.",
    ];
    pub const WORKBOOK: &str = "Print the workbook: a blank grid to fill in on paper";
    pub const LISTED: &str = "If your project is listed on peermap, its keepers can also write their reflection on the listing's page after signing in, keep it as a private draft, and publish it when they are ready.";
    pub const HELPS_TITLE: &str = "What helps";
    pub const HELPS_INTRO: &str = "What the research behind the principles and peer workers in NHS teams say makes peer support safe and good:";
    pub const HELPS: &[(&str, &str)] = &[
        (
            "A safeguarding lead",
            "A named person, and safeguarding policies for adults and children that staff, volunteers and members all know. Where you visit people at home or work alone, policies for that too.",
        ),
        (
            "Ground rules and boundaries",
            "Agreed with the group at the start, and looked at again as the group changes, including how much each person wants to share and hear.",
        ),
        (
            "Moderated online groups",
            "Online groups and messaging on a platform you can moderate, with trained moderators who take down harmful posts and reach out to anyone who may be at risk.",
        ),
        (
            "Easy to reach",
            "Self-referral, short waits, places with good transport, times that suit, and help with costs.",
        ),
        (
            "Links with others",
            "With other peer support nearby, so women can choose what suits them, and with local clinical teams for referrals both ways and for safeguarding concerns, while staying one step removed from clinical services.",
        ),
        (
            "Led by lived experience",
            "People who have been there taking part in designing the support, in its decisions and in its leadership.",
        ),
        (
            "Supervision and debriefing",
            "Regular time for peer supporters to debrief, reflect and say what training or support they need.",
        ),
    ];
    pub const SMALL_TITLE: &str = "Training and supervision for small groups";
    pub const SMALL_INTRO: &str = "A small or informal group may not have a manager, a trainer or a clinician of its own. The sources describe other ways:";
    pub const SMALL: &[(&str, &str)] = &[
        (
            "Training",
            "External courses, an independent trainer, or a larger organisation that trains its own peer supporters and can include yours.",
        ),
        (
            "Supervision through a larger organisation",
            "A larger peer support organisation nearby may be able to offer your peer supporters supervision and support.",
        ),
        (
            "Peer-to-peer supervision",
            "Time with other peer workers to reflect, share what you have learned and hold each other to account. Peer workers in NHS perinatal teams valued this most of all.",
        ),
        (
            "In pairs or as a group",
            "Where no one else can offer supervision, peer supporters debrief and reflect in pairs or in group reflection sessions.",
        ),
        (
            "Clinical supervision",
            "A working relationship with your local perinatal mental health team or a mother and baby unit can give access to clinical supervision, and a route for safeguarding concerns.",
        ),
    ];
    pub const SUPPORT: &str =
        "Find projects that offer training, supervision, mentoring or joint groups";
    pub const ASSURANCE: &str =
        "Peer assurance: how projects check their work against the principles with each other";
    pub const PARTNERS: &str = "Search for peer support projects near you";
    pub const PARTNERS_HINT: &str = "to find a larger organisation or a group like yours to work with. A listed project's page also has a partner finder: projects near it whose support complements its own.";
    pub const SOURCES_TITLE: &str = "Where this comes from";
    pub const SOURCES: &str = "Mind and McPin Foundation, “Maternal Mental Health Peer Support Quality Assurance Principles” (November 2019), including its self-reflection grid; Mind and Health Education England, “Peer Workers in NHS perinatal mental health services: a values-based approach”.";
}

/// A principle's questions as a list lettered A, B, … as in the grid.
pub fn principle_questions(p: Principle) -> Markup {
    html! {
        ol.grid-questions type="A" {
            @for q in p.questions() {
                li value=(u32::from(q.letter) - u32::from('A') + 1) { (q.text) }
            }
        }
    }
}

/// The toolkit's front page.
pub fn toolkit(chrome: Chrome<'_>) -> Markup {
    let body = html! {
        h1 { (copy::TITLE) }
        p.lead { (copy::LEAD) }
        nav aria-labelledby="contents-title" {
            h2 #contents-title { (copy::CONTENTS) }
            ul {
                li { a href="#principles" { (copy::PRINCIPLES_TITLE) } }
                li { a href="#helps" { (copy::HELPS_TITLE) } }
                li { a href="#small-groups" { (copy::SMALL_TITLE) } }
                li { a href="/toolkit/workbook" { (copy::WORKBOOK) } }
                li { a href="/toolkit/support" { (copy::SUPPORT) } }
                li { a href="/toolkit/peer-assurance" { (copy::ASSURANCE) } }
            }
        }
        h2 #principles { (copy::PRINCIPLES_TITLE) }
        p { (copy::PRINCIPLES_INTRO) }
        p { a href=(PRINCIPLES_URL) rel="noreferrer noopener" { (copy::OFFICIAL) } }
        @for p in Principle::ALL {
            section.principle aria-labelledby=(format!("principle-{}", p.number())) {
                h3 id=(format!("principle-{}", p.number())) {
                    "Principle " (p.number()) ": " (p.statement())
                }
                (principle_questions(*p))
            }
        }
        h3 { (copy::HOW_TITLE) }
        ul { @for line in copy::HOW { li { (line) } } }
        p { a.button href="/toolkit/workbook" { (copy::WORKBOOK) } }
        p { (copy::LISTED) }
        h2 #helps { (copy::HELPS_TITLE) }
        p { (copy::HELPS_INTRO) }
        dl.helps {
            @for (term, what) in copy::HELPS { dt { (term) } dd { (what) } }
        }
        h2 #small-groups { (copy::SMALL_TITLE) }
        p { (copy::SMALL_INTRO) }
        dl.helps {
            @for (term, what) in copy::SMALL { dt { (term) } dd { (what) } }
        }
        p { a href="/toolkit/support" { (copy::SUPPORT) } }
        p { a href="/" { (copy::PARTNERS) } " " (copy::PARTNERS_HINT) }
        h2 { (copy::SOURCES_TITLE) }
        p { (copy::SOURCES) }
    };
    page(copy::TITLE, chrome, body)
}
