//! Signposting: the listings a clinician prints or sends for one person, and the
//! shortlists kept from them at a short code.

pub mod code;
mod keep;
pub mod qr;
pub mod share;
mod sheet;

pub use keep::{KeepError, keep, kept_slugs};
pub use sheet::{Listing, Sheet};

use crate::geocode::{Place, PlacePrecision};
use crate::search::{SearchIndex, SearchQuery};
use crate::store::Asked;

/// The most listings one shortlist keeps.
pub const MAX_SHORTLIST: usize = 20;

/// How far a sheet looks for in-person support when no distance is chosen, in miles: a
/// bus ride or a lift away, so that "any need" does not print pages reaching 187 miles.
pub const USUAL_WITHIN_MILES: u32 = 25;

/// How far a sheet looks for in-person support, as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// No distance chosen: [`USUAL_WITHIN_MILES`].
    Usual,
    /// Within this many miles.
    Chosen(u32),
    /// However far: the nearest, wherever they are.
    Any,
}

impl Reach {
    /// The distance looked within, in miles; `None` for however far.
    pub fn miles(self) -> Option<u32> {
        match self {
            Reach::Usual => Some(USUAL_WITHIN_MILES),
            Reach::Chosen(m) => Some(m),
            Reach::Any => None,
        }
    }
}

/// A sheet as asked: the search, its distance the one the sheet uses, and how that
/// distance was come to.
#[derive(Debug, Clone, PartialEq)]
pub struct Ask {
    pub query: SearchQuery,
    pub reach: Reach,
}

impl Ask {
    /// The sheet for `query` looking as far as `reach` says (its own distance is replaced).
    pub fn new(mut query: SearchQuery, reach: Reach) -> Self {
        query.within_miles = reach.miles();
        Ask { query, reach }
    }

    /// What a shortlist kept of its sheet besides the place, as an ask: what its title,
    /// its advice and its distance come from. Nothing but the place for a shortlist
    /// kept before that was.
    pub fn kept(asked: &Asked) -> Self {
        let mut query = SearchQuery::default();
        query.filter.needs = asked.needs.clone();
        query.filter.delivery = asked.delivery.clone();
        query.filter.languages = asked.languages.clone();
        Ask::new(query, asked.within_miles.map_or(Reach::Any, Reach::Chosen))
    }

    /// What a shortlist made from this sheet keeps of it besides the place.
    pub fn asked(&self) -> Asked {
        let f = &self.query.filter;
        Asked {
            needs: f.needs.clone(),
            delivery: f.delivery.clone(),
            languages: f.languages.clone(),
            within_miles: self.query.within_miles,
        }
    }
}

/// The sheet for `place` as `ask` asks: the search's in-person results within the
/// sheet's distance (the nearest beyond it when none is within), the listings serving the
/// area, and the online and phone options, one card per project.
pub fn sheet_for(index: &SearchIndex, place: &Place, ask: &Ask) -> Sheet {
    let q = &ask.query;
    let found = index.search_place(place, &q.filter, q.within_m(), q.limit as usize);
    Sheet::from_search(place, found)
}

/// The place a shortlist keeps: no finer than a postcode sector, so that a stored
/// shortlist never holds someone's full postcode or exact position.
pub fn stored_place(place: &Place) -> String {
    match place.precision {
        PlacePrecision::Coordinates => {
            format!("{:.2},{:.2}", place.location.lat(), place.location.lon())
        }
        PlacePrecision::Sector => {
            // "B15 2TT" → "B15 2"; a sector typed as such is kept whole.
            let label = place.label.trim();
            match label.split_once(' ') {
                Some((outward, inward)) if inward.len() == 3 => {
                    format!("{outward} {}", &inward[..1])
                }
                _ => label.to_string(),
            }
        }
        _ => place.label.clone(),
    }
}
