//! The map: a server-rendered SVG of the UK with matching support summarised as H3
//! hexagons, drilling down to single sites.

pub mod labels;
pub mod model;
pub mod naming;
pub mod outline;
pub mod regions;
pub mod scene;
pub mod tally;
pub mod towns;
pub mod viewport;

pub use model::{
    Area, Crumb, LEVELS, LIST_PROJECTS_AT_MOST, MARKERS_AT_MOST, MapModel, Marker, build, in_uk,
    online_options, site_cell,
};
pub use outline::Outlines;
pub use tally::MapCache;
pub use towns::{Town, Towns};
pub use viewport::{Bounds, UK, Viewport};
