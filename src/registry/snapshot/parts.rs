//! The kept copy's bytes, in parts that each stand alone: postcard's encoding of how many
//! listings the part holds and how many sites they have (`(usize, usize)`), then each
//! listing's encoding (as the index holds it), then the H3 keys of their sites, in order
//! (`Vec<u64>`, `crate::index::site_key`).
//!
//! A part closes after the listing that takes it to [`PART_BYTES`], so no listing is split
//! and each part is read on its own; the listings read from a part keep it as their buffer.

use crate::domain::Project;
use crate::registry::in_search;
use crate::search::{Builder, SearchIndex};
use bytes::Bytes;
use chrono::NaiveDate;

/// The bytes of listings a part holds before it closes: small next to the copy (112 MB
/// at 250,000 listings), large enough that each part's row costs little. Parts of 4 MiB
/// left a writing process 25–40 MB more resident afterwards than parts of 1 MiB (freed
/// but kept by the allocator; see BENCHMARKS.md).
pub const PART_BYTES: usize = 1 << 20;

/// What a copy is made from, taken under the index's read lock without copying any
/// listing: each listing's encoding (shared with the index) and its number of sites, and
/// every site's H3 key in order (as the nearest index holds it).
pub struct Taken {
    listings: Vec<(Bytes, usize)>,
    keys: Vec<u64>,
}

impl Taken {
    pub fn of(index: &SearchIndex) -> Self {
        let mut listings = Vec::with_capacity(index.projects());
        let mut keys = Vec::with_capacity(index.sites());
        for (bytes, sites) in index.packed() {
            listings.push((bytes.clone(), sites.len()));
            keys.extend(sites);
        }
        Taken { listings, keys }
    }

    /// The listings in runs of a part each: where each run ends (exclusive).
    fn ends(&self, part_bytes: usize) -> Vec<usize> {
        let mut ends = Vec::new();
        let mut bytes = 0;
        for (i, (listing, _)) in self.listings.iter().enumerate() {
            bytes += listing.len();
            if bytes >= part_bytes {
                ends.push(i + 1);
                bytes = 0;
            }
        }
        // The last, short run; and one part even when there are no listings, so that a
        // copy always has at least one.
        if ends.last() != Some(&self.listings.len()) || ends.is_empty() {
            ends.push(self.listings.len());
        }
        ends
    }

    /// How many parts [`Taken::into_parts`] makes with `part_bytes`.
    pub fn part_count(&self, part_bytes: usize) -> usize {
        self.ends(part_bytes).len()
    }

    /// Makes the parts, of about `part_bytes` of listings each, and hands each to `send`
    /// as soon as it is made; stops when `send` says no more are wanted.
    pub fn into_parts(
        self,
        part_bytes: usize,
        mut send: impl FnMut(postcard::Result<Vec<u8>>) -> bool,
    ) {
        let (mut start, mut site) = (0, 0);
        for end in self.ends(part_bytes) {
            let run = &self.listings[start..end];
            let sites: usize = run.iter().map(|(_, n)| n).sum();
            let part = encode(run, &self.keys[site..site + sites]);
            if !send(part) {
                return;
            }
            (start, site) = (end, site + sites);
        }
    }
}

/// One part: `listings` whose sites have the H3 keys `keys`.
fn encode(listings: &[(Bytes, usize)], keys: &[u64]) -> postcard::Result<Vec<u8>> {
    let length: usize = listings.iter().map(|(bytes, _)| bytes.len()).sum();
    let mut part = postcard::to_stdvec(&(listings.len(), keys.len()))?;
    // Room for the keys too: a varint of a `u64` takes at most 10 bytes, and the length 10.
    part.reserve_exact(length + 10 * (keys.len() + 1));
    for (bytes, _) in listings {
        part.extend_from_slice(bytes);
    }
    postcard::to_extend(keys, part)
}

/// Reads the listings of `parts` into `builder` (leaving out, with their keys, those
/// retired for age on `today`) and gives the keys of every listing's sites, in order, for
/// [`Builder::finish`]. Each listing kept holds its bytes as a slice of its part (no copy
/// made: a part is held while any listing read from it is).
pub fn read(
    parts: Vec<Vec<u8>>,
    builder: &mut Builder,
    today: NaiveDate,
) -> postcard::Result<Vec<u64>> {
    if parts.is_empty() {
        // Every copy written has a part.
        return Err(postcard::Error::DeserializeUnexpectedEnd);
    }
    // Room for them all at once, but no more than the bytes could hold: a listing's
    // encoding takes more than 16 bytes, a site's key at least one.
    let (mut listings, mut sites) = (0usize, 0usize);
    for part in &parts {
        let ((count, points), _) = postcard::take_from_bytes::<(usize, usize)>(part)?;
        listings += count.min(part.len() / 16);
        sites += points.min(part.len());
    }
    builder.reserve(listings, sites);
    let mut keys = Vec::with_capacity(sites);
    for part in parts {
        let data = Bytes::from(part);
        let ((count, _), mut rest) = postcard::take_from_bytes::<(usize, usize)>(&data)?;
        for _ in 0..count {
            let (project, after) = postcard::take_from_bytes::<Project>(rest)?;
            if in_search(&project, today) {
                let start = data.len() - rest.len();
                builder.push(&project, Some(data.slice(start..data.len() - after.len())));
            } else {
                builder.skip(project.sites.len());
            }
            rest = after;
        }
        let part_keys: Vec<u64> = postcard::from_bytes(rest)?;
        keys.extend(part_keys);
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taken(lengths: &[usize]) -> Taken {
        Taken {
            listings: lengths
                .iter()
                .map(|&n| (Bytes::from(vec![0; n]), 1))
                .collect(),
            keys: vec![crate::index::site_key(51.5, -0.1); lengths.len()],
        }
    }

    #[test]
    fn parts_close_after_the_listing_that_fills_them() {
        assert_eq!(taken(&[4, 4, 4, 4, 1]).ends(8), vec![2, 4, 5]);
        assert_eq!(taken(&[4, 4, 4, 4]).ends(8), vec![2, 4]);
        assert_eq!(
            taken(&[20, 1]).ends(8),
            vec![1, 2],
            "a large listing is one part"
        );
        assert_eq!(taken(&[]).ends(8), vec![0], "an empty index is one part");
    }

    #[test]
    fn each_part_holds_its_counts_listings_and_keys() {
        let mut parts = Vec::new();
        taken(&[4, 4, 4]).into_parts(8, |p| {
            parts.push(p.unwrap());
            true
        });
        assert_eq!(parts.len(), 2);
        let ((count, sites), rest) =
            postcard::take_from_bytes::<(usize, usize)>(&parts[0]).unwrap();
        assert_eq!((count, sites), (2, 2));
        let keys: Vec<u64> = postcard::from_bytes(&rest[8..]).unwrap();
        assert_eq!(keys, vec![crate::index::site_key(51.5, -0.1); 2]);
        // Stops when no more are wanted.
        let mut made = 0;
        taken(&[4, 4, 4]).into_parts(4, |_| {
            made += 1;
            false
        });
        assert_eq!(made, 1);
    }
}
