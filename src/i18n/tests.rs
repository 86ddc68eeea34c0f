use super::*;

#[test]
fn every_catalogue_parses() {
    assert_eq!(catalogues(), Lang::ALL.len());
}

#[test]
fn plurals_and_variables_are_the_librarys() {
    assert_eq!(
        Lang::En.ta("home-listed", &[("n", Arg::from(1))]),
        "1 project is listed so far."
    );
    assert_eq!(
        Lang::En.ta("home-listed", &[("n", Arg::from(7))]),
        "7 projects are listed so far."
    );
}

#[test]
fn a_message_missing_from_a_community_language_is_read_in_english() {
    assert!(!Lang::Pl.has("about-title"));
    assert_eq!(Lang::Pl.t("about-title"), "About peermap");
    assert_eq!(Lang::Cy.t("about-title"), "Am peermap");
}

#[test]
fn dates_and_numbers_are_written_per_language() {
    let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
    assert_eq!(Lang::En.date(d), "3 March 2026");
    assert_eq!(Lang::Cy.date(d), "3 Mawrth 2026");
    assert_eq!(Lang::Pl.decimal(2.44, 1), "2,4");
    assert_eq!(Lang::Cy.decimal(2.44, 1), "2.4");
}

#[test]
fn paths_keep_the_language() {
    assert_eq!(Lang::Cy.path("/search?where=CF10"), "/cy/search?where=CF10");
    assert_eq!(Lang::Ur.path("/"), "/ur/");
    assert_eq!(Lang::En.path("/about"), "/about");
    assert!(Lang::Ar.rtl() && Lang::Ur.rtl() && !Lang::Cy.rtl());
}
