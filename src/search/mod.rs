//! Search: the nearest peer support a person can reach, and what they can join from home.

pub mod mask;
pub mod partners;
pub mod registry;

pub use mask::{MaskLayout, Wanted};
pub use registry::{Found, METRES_PER_MILE, Nearby, Reachable, SearchIndex};
