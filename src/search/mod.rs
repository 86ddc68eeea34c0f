//! Search: the nearest peer support a person can reach, and what they can join from home.

pub mod mask;
pub mod partners;
pub mod query;
pub mod registry;

pub use mask::MaskLayout;
pub use query::{DEFAULT_LIMIT, MAX_LIMIT, MAX_WITHIN_MILES, Outcome, SearchQuery};
pub use registry::{
    Builder, Found, METRES_PER_MILE, NEAR_MILES, Nearby, NeedCounts, Reachable, SearchIndex, SiteAt,
};
