//! The self-reflection grid of the Perinatal Peer Support Principles (Appendix 1 of the
//! Mind and McPin Foundation report, November 2019): for each principle its reflective
//! questions, lettered as the grid letters them (A–D for principles 1 and 5, A–C for the
//! others), and the grid's three columns. The questions are in our own words; their
//! meaning and letters are the grid's. Nothing here is a score: the grid is for a project
//! to think with, never to be ranked by.

use super::Principle;

/// One reflective question of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridQuestion {
    /// Its letter in the grid: 'A', 'B', …
    pub letter: char,
    /// The question, in plain words.
    pub text: &'static str,
}

const fn q(letter: char, text: &'static str) -> GridQuestion {
    GridQuestion { letter, text }
}

/// The grid's three columns, in its order: how a project does this (or plans to), how it
/// shows it, and what it will do next.
pub const COLUMNS: [&str; 3] = [
    "How we do this, or plan to",
    "How we show it",
    "What we will do next",
];

/// What each column asks for, as a hint under its heading.
pub const COLUMN_HINTS: [&str; 3] = [
    "Write down what you already do for this principle, or what you plan to do.",
    "What would show someone else that you do it: a policy, a training record, what people tell you.",
    "If you found a gap, what you will do about it, and who could help.",
];

const SAFE: &[GridQuestion] = &[
    q(
        'A',
        "What do you do, in practice, so that people feel welcome when they come to you?",
    ),
    q(
        'B',
        "What are your safeguarding policy and procedures? Is there a named safeguarding lead, and do they cover adults and children? Who could help you develop them?",
    ),
    q(
        'C',
        "How are ground rules and boundaries agreed, and how are they kept to?",
    ),
    q(
        'D',
        "If you offer support online, what extra risks does that bring? How are groups moderated, what training have the moderators had, and what are the limits of the platforms you use (public social media, for example)?",
    ),
];

const ACCESSIBLE: &[GridQuestion] = &[
    q(
        'A',
        "What have you done to make your support easier to reach?",
    ),
    q(
        'B',
        "Do you offer different kinds of peer support and activities? Have you made links with other peer support near you, so that women have more options to choose from?",
    ),
    q(
        'C',
        "What particular barriers might the women you support face in reaching you, and what will you do about them?",
    ),
];

const COMPLEMENTS: &[GridQuestion] = &[
    q(
        'A',
        "How do you relate to clinical maternal mental health services, and how does that help the support you give?",
    ),
    q(
        'B',
        "In what ways is what you offer like, and unlike, the clinical services in your area?",
    ),
    q(
        'C',
        "What outcomes are you aiming for, and how did you choose them?",
    ),
];

const LIVED: &[GridQuestion] = &[
    q(
        'A',
        "Who took part in designing your peer support, and who makes the decisions?",
    ),
    q(
        'B',
        "Which kinds of lived experience matter for your peer support, and how do they shape your project?",
    ),
    q(
        'C',
        "Which leadership roles are held by peers? Is lived experience represented in management and, where you have them, among senior staff and trustees?",
    ),
];

const EVERYONE: &[GridQuestion] = &[
    q(
        'A',
        "How does taking part affect your peer supporters' own mental health and wellbeing?",
    ),
    q(
        'B',
        "What training do your peer supporters and facilitators get, and how does it fit your kind of peer support?",
    ),
    q(
        'C',
        "What training and support do peers moving into leadership roles get?",
    ),
    q(
        'D',
        "What supervision, including clinical supervision, can your peer supporters use? Who could help you arrange it?",
    ),
];

impl Principle {
    /// Its number in the published principles, 1 to 5.
    pub fn number(self) -> u8 {
        match self {
            Principle::SafeNurturing => 1,
            Principle::AccessibleInclusive => 2,
            Principle::ComplementsClinical => 3,
            Principle::LivedExperience => 4,
            Principle::BenefitsEveryone => 5,
        }
    }

    /// The principle as the published list states it ("Good perinatal peer support is …").
    pub fn statement(self) -> &'static str {
        match self {
            Principle::SafeNurturing => "Good perinatal peer support is safe and nurturing",
            Principle::AccessibleInclusive => {
                "Good perinatal peer support is accessible and inclusive"
            }
            Principle::ComplementsClinical => {
                "Good perinatal peer support complements rather than replicates the work of clinical mental health services"
            }
            Principle::LivedExperience => {
                "Good perinatal peer support provides opportunities for meaningful involvement of people with lived experience and peer leadership"
            }
            Principle::BenefitsEveryone => {
                "Good perinatal peer support benefits everyone involved, including peer supporters"
            }
        }
    }

    /// The grid's reflective questions for this principle, in their order.
    pub fn questions(self) -> &'static [GridQuestion] {
        match self {
            Principle::SafeNurturing => SAFE,
            Principle::AccessibleInclusive => ACCESSIBLE,
            Principle::ComplementsClinical => COMPLEMENTS,
            Principle::LivedExperience => LIVED,
            Principle::BenefitsEveryone => EVERYONE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_letters_its_questions_as_the_report_does() {
        let letters: Vec<String> = Principle::ALL
            .iter()
            .map(|p| p.questions().iter().map(|q| q.letter).collect())
            .collect();
        assert_eq!(letters, ["ABCD", "ABC", "ABC", "ABC", "ABCD"]);
    }

    #[test]
    fn principles_are_numbered_in_their_published_order() {
        let numbers: Vec<u8> = Principle::ALL.iter().map(|p| p.number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5]);
    }
}
