use super::*;
use chrono::NaiveTime;

fn every() -> Vec<Check> {
    let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    vec![
        Check::Missing(Field::Name),
        Check::Missing(Field::FactSource),
        Check::TooLong {
            field: Field::Summary,
            len: 301,
            max: 300,
        },
        Check::ControlCharacters(Field::ScheduleNote),
        Check::UnknownNeed {
            need: "astrology".into(),
            known: vec!["baby-loss".into(), "birth-trauma".into()],
        },
        Check::UnknownLanguage("xx".into()),
        Check::WebsiteScheme("www.example.org".into()),
        Check::EmailShape("nobody".into()),
        Check::UnknownFact {
            fact: "opening hours".into(),
            known: vec!["name", "website"],
        },
        Check::SourceNotWeb {
            url: "example.org".into(),
            fact: "website".into(),
        },
        Check::SiteUnlabelled,
        Check::SiteRepeated("Preston".into()),
        Check::SitePoint {
            site: "Preston".into(),
            error: LatLngError::Latitude(123.0),
        },
        Check::SitePoint {
            site: "Preston".into(),
            error: LatLngError::Longitude(-200.5),
        },
        Check::SiteRadius {
            site: "Preston".into(),
            max: 500.0,
        },
        Check::SessionSite("Leeds".into()),
        Check::Session(SessionCheck::NoInterval),
        Check::Session(SessionCheck::EndsBeforeStart {
            opens: t(10),
            closes: t(9),
        }),
        Check::Session(SessionCheck::WeekOfWeekly),
        Check::Session(SessionCheck::MonthlyNeedsWeek),
        Check::Session(SessionCheck::BadWeek(5)),
        Check::Session(SessionCheck::NeedsFirstDate),
        Check::Session(SessionCheck::LastBeforeFirst),
        Check::ReflectionRepeated(Principle::ALL[0]),
        Check::Ages { min: 40, max: 18 },
    ]
}

#[test]
fn english_reads_as_the_checks_word_it() {
    for c in every() {
        assert_eq!(words(Lang::En, &c), c.to_string());
    }
    for c in [
        ReviewCheck::CommentNeeded(Principle::ALL[1]),
        ReviewCheck::VerdictNeeded(Principle::ALL[2]),
        ReviewCheck::NoneReviewed,
    ] {
        assert_eq!(review_words(Lang::En, &c), c.to_string());
        assert_ne!(review_words(Lang::Cy, &c), c.to_string());
    }
}

#[test]
fn welsh_words_every_check_its_own_way() {
    for c in every() {
        let welsh = words(Lang::Cy, &c);
        assert_ne!(welsh, c.to_string());
    }
    let c = Check::TooLong {
        field: Field::Summary,
        len: 301,
        max: 300,
    };
    assert_eq!(
        words(Lang::Cy, &c),
        "Mae’r crynodeb yn 301 nod o hyd; yr uchafswm yw 300"
    );
}
