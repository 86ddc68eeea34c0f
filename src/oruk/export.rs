//! `peermap export-oruk DIR`: the feed's documents as files, made by the same functions
//! the handlers call ([`super::feed`]). The directory mirrors the feed's addresses:
//! `index.json` is `/`; each list is `NAME/page-N.json` (pages of
//! [`super::query::MAX_PER_PAGE`] items); each record is `NAME/ID.json`, for
//! `services`, `service_at_locations`, `taxonomies` and `taxonomy_terms`.

use super::feed;
use super::locations;
use super::query::{MAX_PER_PAGE, Query};
use super::service::Context;
use super::vocab;
use crate::domain::Taxonomy as Needs;
use crate::store::FeedListing;
use anyhow::Context as _;
use serde::Serialize;
use std::path::Path;

/// How many files an export wrote.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Exported {
    pub files: usize,
    pub services: usize,
}

/// The query of list page `page` of an export: no filters, the largest pages.
fn page_query(page: u64) -> Query {
    let mut q = Query::parse(|_| None).unwrap_or_else(|_| unreachable!("an empty query is valid"));
    q.page = page;
    q.per_page = MAX_PER_PAGE;
    q
}

fn write_json(dir: &Path, name: &str, value: &impl Serialize) -> anyhow::Result<()> {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("could not make {}", parent.display()))?;
    }
    let text = serde_json::to_string_pretty(value)?;
    std::fs::write(&path, text).with_context(|| format!("could not write {}", path.display()))
}

/// Writes every page of a list (`list(q)` for page `q`) as `NAME/page-N.json`.
fn write_pages<T: Serialize>(
    dir: &Path,
    name: &str,
    list: impl Fn(&Query) -> super::model::Page<T>,
    out: &mut Exported,
) -> anyhow::Result<()> {
    let mut page = 1;
    loop {
        let q = page_query(page);
        let p = list(&q);
        write_json(dir, &format!("{name}/page-{page}.json"), &p)?;
        out.files += 1;
        if p.last_page {
            return Ok(());
        }
        page += 1;
    }
}

/// Writes the feed at `base` (its absolute address, for `/`) into `dir`.
pub fn write(
    dir: &Path,
    listings: &[FeedListing],
    needs: &Needs,
    base: &str,
) -> anyhow::Result<Exported> {
    let listings = &feed::in_feed_order(listings.to_vec());
    let taxonomies = vocab::all(needs);
    let cx = Context {
        taxonomies: &taxonomies,
        needs,
        // The files say how current each listing is on the day they are written.
        today: crate::domain::Clock::system().today(),
    };
    let mut out = Exported::default();
    write_json(dir, "index.json", &super::about(base))?;
    out.files += 1;
    write_pages(dir, "services", |q| feed::services(listings, q), &mut out)?;
    write_pages(
        dir,
        "service_at_locations",
        |q| feed::service_at_locations(listings, q, None),
        &mut out,
    )?;
    write_pages(
        dir,
        "taxonomies",
        |q| feed::taxonomies(&taxonomies, q),
        &mut out,
    )?;
    write_pages(
        dir,
        "taxonomy_terms",
        |q| feed::terms(&taxonomies, q),
        &mut out,
    )?;
    for l in listings {
        // Each document from its own listing: looking it up in the whole feed would
        // read the feed once per listing.
        let own = std::slice::from_ref(l);
        if let Some(s) = feed::service(own, l.uuid, &cx) {
            write_json(dir, &format!("services/{}.json", l.uuid), &s)?;
            out.files += 1;
            out.services += 1;
        }
        for at in locations::places(l) {
            let id = locations::place_id(l, at);
            if let Some(s) = feed::service_at_location(own, id, &cx) {
                write_json(dir, &format!("service_at_locations/{id}.json"), &s)?;
                out.files += 1;
            }
        }
    }
    for t in &taxonomies {
        write_json(dir, &format!("taxonomies/{}.json", t.id), t)?;
        out.files += 1;
        for term in &t.taxonomy_terms {
            write_json(dir, &format!("taxonomy_terms/{}.json", term.id), term)?;
            out.files += 1;
        }
    }
    Ok(out)
}
