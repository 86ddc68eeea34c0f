//! Finding places and local authorities by name.
//!
//! Names are compared as folded keys (see [`fold`]): case, diacritics, apostrophes and
//! punctuation do not matter. Every GeoNames name and alternate name of a place, and every
//! name of a local authority, is a key.
//!
//! Rules, in order:
//! 1. **Qualifier after a comma.** `Newport, Wales` is read as the name `Newport` and the
//!    qualifier `Wales`. A candidate qualifies when the qualifier is its nation, its local
//!    authority's name, its postcode district (`Newport, TF10`), or `UK`; several
//!    qualifiers may be given, comma-separated, and each must fit (`Newport, Wales,
//!    Newport`). If none qualify, the whole text is tried as a name (so `Armagh, Banbridge
//!    and Craigavon` still finds the council).
//! 2. **The whole text as a name.**
//! 3. **A qualifier without a comma.** `Newport Isle of Wight`: the longest leading words
//!    that are a name, with the rest as a qualifier.
//!
//! Candidates are merged: a local authority is dropped when a place of the same name lies
//! in it (so `Newport` gives the city, not also the council area), and a place that has
//! the name only as an alternate is dropped when a place whose main name it is lies in the
//! same authority. Then the **ambiguity rule**: one candidate is the answer; of several,
//! the most populous is the answer when its population is at least [`DOMINANCE`] times
//! every other's and above zero (so `London` and `Birmingham` are not ambiguous because
//! of small namesakes); otherwise all are returned, largest population first. Place
//! populations are GeoNames head counts; authorities use the bundled population proxies.
//! Resolving cannot fail: text that names nothing is [`Resolution::None`].
//!
//! For text that resolves to nothing, [`NameIndex::suggest`] offers close names (see
//! [`suggest`]).

use super::tables::{Named, Tables};
use super::text::fold;
use crate::domain::Nation;
use std::collections::HashMap;

mod suggest;

/// How many times larger the biggest candidate must be than every other to win outright.
pub const DOMINANCE: u64 = 20;

/// What a name refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Resolution {
    None,
    One(Named),
    /// Two or more, largest population first.
    Many(Vec<Named>),
}

/// Something a folded name refers to, and whether by its main name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    named: Named,
    /// True for a place's GeoNames `name` and for every name of an authority; false for
    /// a place's alternate names.
    main: bool,
}

/// Folded name → everything it names.
#[derive(Debug, Clone)]
pub(crate) struct NameIndex {
    by_key: HashMap<String, Vec<Entry>>,
}

impl NameIndex {
    /// Indexes every place name, alternate name and authority name in `t`.
    pub(crate) fn build(t: &Tables) -> Self {
        let mut by_key: HashMap<String, Vec<Entry>> = HashMap::with_capacity(t.places.len() * 4);
        let mut add = |name: &str, named: Named, main: bool| {
            let key = fold(name);
            if key.is_empty() {
                return;
            }
            let list = by_key.entry(key).or_default();
            match list.iter_mut().find(|e| e.named == named) {
                Some(entry) => entry.main |= main,
                None => list.push(Entry { named, main }),
            }
        };
        for (i, p) in t.places.iter().enumerate() {
            add(&p.name, Named::Place(i), true);
            for alt in &p.alt_names {
                add(alt, Named::Place(i), false);
            }
        }
        for (i, a) in t.authorities.iter().enumerate() {
            add(&a.name, Named::Authority(i), true);
            for alias in &a.aliases {
                add(alias, Named::Authority(i), true);
            }
        }
        Self { by_key }
    }

    /// Every folded key.
    #[cfg(test)]
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.by_key.keys().map(String::as_str)
    }

    /// Resolves typed text by the rules in the module docs.
    pub(crate) fn resolve(&self, t: &Tables, text: &str) -> Resolution {
        if let Some((head, rest)) = text.split_once(',') {
            let chosen = self.qualified(t, &fold(head), rest);
            if !chosen.is_empty() {
                return pick(t, chosen);
            }
        }
        let key = fold(text);
        let whole = self.candidates(t, &key);
        if !whole.is_empty() {
            return pick(t, whole);
        }
        let words: Vec<&str> = key.split(' ').collect();
        for split in (1..words.len()).rev() {
            let head = words[..split].join(" ");
            let chosen = self.qualified(t, &head, &words[split..].join(" "));
            if !chosen.is_empty() {
                return pick(t, chosen);
            }
        }
        Resolution::None
    }

    /// Candidates for a folded name, merged: an authority is dropped when a place of that
    /// name lies in it, and a place known by that name only as an alternate is dropped
    /// when a place whose main name it is lies in the same authority (`The Boldons` is a
    /// place, and also an alternate name of East Boldon next to it).
    fn candidates(&self, t: &Tables, key: &str) -> Vec<Named> {
        let found = self.by_key.get(key).map_or(&[][..], Vec::as_slice);
        let place_in = |authority: usize, main_only: bool| {
            found.iter().any(|e| {
                matches!(e.named, Named::Place(_))
                    && (e.main || !main_only)
                    && t.authority_of(e.named) == authority
            })
        };
        found
            .iter()
            .filter(|e| match e.named {
                Named::Place(_) => e.main || !place_in(t.authority_of(e.named), true),
                Named::Authority(a) => !place_in(a, false),
            })
            .map(|e| e.named)
            .collect()
    }

    /// Candidates for folded `name` that fit the qualifier text `rest`.
    fn qualified(&self, t: &Tables, name: &str, rest: &str) -> Vec<Named> {
        let whole = fold(rest);
        let parts: Vec<String> = rest
            .split(',')
            .map(fold)
            .filter(|p| !p.is_empty())
            .collect();
        if whole.is_empty() {
            return Vec::new();
        }
        self.candidates(t, name)
            .into_iter()
            .filter(|&n| fits(t, n, &whole) || parts.iter().all(|p| fits(t, n, p)))
            .collect()
    }
}

/// Whether candidate `n` fits one folded qualifier (nation, authority, district or UK).
fn fits(t: &Tables, n: Named, qualifier: &str) -> bool {
    if matches!(qualifier, "uk" | "united kingdom")
        || nation_names(t.nation(n)).contains(&qualifier)
    {
        return true;
    }
    let authority = &t.authorities[t.authority_of(n)];
    if fold(&authority.name) == qualifier || authority.aliases.iter().any(|a| fold(a) == qualifier)
    {
        return true;
    }
    matches!(n, Named::Place(i) if fold(&t.places[i].district) == qualifier)
}

/// Folded names a nation is known by.
fn nation_names(nation: Nation) -> &'static [&'static str] {
    match nation {
        Nation::England => &["england"],
        Nation::Scotland => &["scotland", "alba"],
        Nation::Wales => &["wales", "cymru"],
        Nation::NorthernIreland => &["northern ireland", "ni", "n ireland"],
    }
}

/// The nation `text` names as a whole (`Wales`, `Cymru`, `NI`, `Scotland, UK`), if it
/// is nothing but a nation's name, optionally followed by `, UK` or `, United Kingdom`.
pub(crate) fn nation_named(text: &str) -> Option<Nation> {
    let name = match text.split_once(',') {
        Some((head, rest)) if matches!(fold(rest).as_str(), "uk" | "united kingdom") => head,
        Some(_) => return None,
        None => text,
    };
    let key = fold(name);
    Nation::ALL
        .iter()
        .copied()
        .find(|&n| nation_names(n).contains(&key.as_str()))
}

/// Applies the ambiguity rule to a non-empty candidate list.
fn pick(t: &Tables, mut found: Vec<Named>) -> Resolution {
    found.sort_by(|&a, &b| t.population(b).cmp(&t.population(a)).then(a.cmp(&b)));
    match found.as_slice() {
        [] => Resolution::None,
        [one] => Resolution::One(*one),
        [top, second, ..] => {
            let top_pop = t.population(*top);
            if top_pop > 0 && top_pop >= t.population(*second).saturating_mul(DOMINANCE) {
                Resolution::One(*top)
            } else {
                Resolution::Many(found)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::data::BUNDLED;
    use super::*;
    use std::sync::OnceLock;

    fn data() -> &'static (Tables, NameIndex) {
        static DATA: OnceLock<(Tables, NameIndex)> = OnceLock::new();
        DATA.get_or_init(|| {
            let t = Tables::load(&BUNDLED).unwrap();
            let i = NameIndex::build(&t);
            (t, i)
        })
    }

    fn one(text: &str) -> String {
        let (t, i) = data();
        match i.resolve(t, text) {
            Resolution::One(n) => {
                format!("{} {}", t.label(n), t.authorities[t.authority_of(n)].code)
            }
            other => panic!("{text}: {other:?}"),
        }
    }

    fn many(text: &str) -> Vec<String> {
        let (t, i) = data();
        match i.resolve(t, text) {
            Resolution::Many(ns) => ns
                .iter()
                .map(|&n| format!("{} {}", t.label(n), t.population(n)))
                .collect(),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn names_are_folded() {
        assert_eq!(one("st albans"), "St Albans E07000240");
        assert_eq!(one("ST. ALBANS"), "St Albans E07000240");
        assert_eq!(one("Saint Albans"), "St Albans E07000240");
        assert_eq!(one("newcastle-upon-tyne"), "Newcastle upon Tyne E08000021");
        assert_eq!(one("Bo'ness"), one("Bo’ness"));
    }

    #[test]
    fn alternate_names_find_the_same_place() {
        assert_eq!(one("Derry"), "Derry N09000005");
        assert_eq!(one("Londonderry"), "Derry N09000005");
        assert_eq!(one("Derry/Londonderry"), "Derry N09000005");
        assert_eq!(one("Caerdydd"), "Cardiff W06000015");
    }

    #[test]
    fn small_namesakes_do_not_make_big_places_ambiguous() {
        // London 8,961,989 vs City of London (alt name "London") 8,072.
        assert_eq!(one("London"), "London E09000033");
        // Preston 313,332 vs two Prestons with population 0.
        assert_eq!(one("Preston"), "Preston E07000123");
        // Newcastle upon Tyne 300,125 (alt "Newcastle") vs Newcastle, County Down 7,444.
        assert_eq!(one("Newcastle"), "Newcastle upon Tyne E08000021");
    }

    #[test]
    fn comparable_namesakes_are_ambiguous_largest_first() {
        assert_eq!(
            many("Newport"),
            [
                "Newport 161506",
                "Newport 24884",
                "Newport 12741",
                "Newport-on-Tay 4203",
                "Newport 2352",
                "Newport 1580",
                "Newport 851"
            ]
        );
        assert_eq!(many("Bangor"), ["Bangor 61011", "Bangor 18322"]);
        assert_eq!(
            many("Newport, England"),
            [
                "Newport 24884",
                "Newport 12741",
                "Newport 2352",
                "Newport 1580"
            ]
        );
    }

    #[test]
    fn qualifiers_narrow_the_choice() {
        assert_eq!(one("Newport, Wales"), "Newport W06000022");
        assert_eq!(one("Newport, Isle of Wight"), "Newport E06000046");
        assert_eq!(one("newport isle of wight"), "Newport E06000046");
        assert_eq!(one("Newport IOW"), "Newport E06000046");
        assert_eq!(one("Newport, Telford & Wrekin"), "Newport E06000020");
        assert_eq!(one("Newport, TF10"), "Newport E06000020");
        assert_eq!(one("Newport, Wales, Pembrokeshire"), "Newport W06000009");
        assert_eq!(one("Bangor, NI"), "Bangor N09000011");
        assert_eq!(one("Bangor, Cymru"), "Bangor W06000002");
        assert_eq!(one("Preston, UK"), "Preston E07000123");
    }

    #[test]
    fn authorities_by_name_and_merged_with_places() {
        let (t, i) = data();
        let newham = i.resolve(t, "Newham");
        assert!(
            matches!(newham, Resolution::One(Named::Authority(_))),
            "{newham:?}"
        );
        assert_eq!(
            one("Armagh City, Banbridge and Craigavon"),
            "Armagh City, Banbridge and Craigavon N09000002"
        );
        assert_eq!(
            one("Armagh, Banbridge and Craigavon"),
            "Armagh City, Banbridge and Craigavon N09000002"
        );
        assert_eq!(one("North Ayrshire"), "North Ayrshire S12000021");
        assert_eq!(one("Perth and Kinross"), "Perth and Kinross S12000048");
        assert_eq!(one("Ynys Môn"), "Isle of Anglesey W06000001");
        assert_eq!(one("anglesey"), "Isle of Anglesey W06000001");
        // The city and the council area of the same name are one candidate: the city.
        assert!(matches!(
            i.resolve(t, "Glasgow"),
            Resolution::One(Named::Place(_))
        ));
        assert!(matches!(
            i.resolve(t, "Newport, Newport"),
            Resolution::One(Named::Place(_))
        ));
    }

    #[test]
    fn unknown_names_resolve_to_nothing() {
        let (t, i) = data();
        for text in ["Brimingham", "Atlantis", "", "newport narnia", ","] {
            assert_eq!(i.resolve(t, text), Resolution::None, "{text}");
        }
        assert!(
            matches!(i.resolve(t, "Newport,"), Resolution::Many(_)),
            "an empty qualifier is ignored"
        );
    }

    #[test]
    fn suggestions_find_typos_prefixes_and_leading_names() {
        let (t, i) = data();
        assert_eq!(
            i.suggest(t, "Brimingham").first().map(String::as_str),
            Some("Birmingham")
        );
        let glasgow = i.suggest(t, "Glasgw");
        assert!(glasgow.contains(&"Glasgow".to_string()), "{glasgow:?}");
        assert!(
            !glasgow.contains(&"Glasgow City".to_string()),
            "the council merges into the city: {glasgow:?}"
        );
        assert!(i.suggest(t, "Birming").contains(&"Birmingham".to_string()));
        assert_eq!(
            i.suggest(t, "Birmingham city centre")
                .first()
                .map(String::as_str),
            Some("Birmingham")
        );
        assert!(i.suggest(t, "Newhm").contains(&"Newham".to_string()));
        assert!(i.suggest(t, "zzzzzzzzzz").is_empty());
        assert!(i.suggest_districts(t, "NP2O").contains(&"NP20".to_string()));
        assert!(i.suggest_districts(t, "ZZ99").is_empty());
    }
}
