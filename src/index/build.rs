//! Building a [`Tree`]: splitting sites along the H3 cell hierarchy, interning masks, and
//! measuring each node's sphere from its sites.

use super::KEY_RESOLUTION;
use super::geom::{chord, f32_up, unit};
use super::hash::IntHash;
use super::nodes::{FANOUT, Nodes, Spec};
use super::tree::{LEAF, Tree};
use super::{Mask, Site};
use std::collections::HashMap;
use std::ops::Range;

impl Tree {
    /// Builds from sites sorted by H3 key (`keys[i]` is the key of `sites[i]`). Within each
    /// leaf, sites are then sorted by latitude (the search scans a latitude band), and
    /// their keys with them: the tree keeps each slot's key.
    pub(crate) fn build(mut keys: Vec<u64>, mut sites: Vec<Site>) -> Tree {
        let n = keys.len().min(sites.len());
        keys.truncate(n);
        let root = spec(&keys, 0..n, 0);
        let mut leaf: Vec<(Site, u64)> = Vec::with_capacity(LEAF);
        for_each_leaf(&root, &mut |r| {
            leaf.clear();
            leaf.extend(r.clone().map(|i| (sites[i], keys[i])));
            leaf.sort_unstable_by(|a, b| a.0.lat.total_cmp(&b.0.lat));
            for (i, &(site, key)) in r.zip(&leaf) {
                (sites[i], keys[i]) = (site, key);
            }
        });
        let mut t = Tree {
            keys,
            coords: Vec::with_capacity(n),
            ids: Vec::with_capacity(n),
            projects: Vec::with_capacity(n),
            mask_of: Vec::with_capacity(n),
            ..Tree::default()
        };
        let mut interned: HashMap<Mask, u32, IntHash> = HashMap::default();
        let mut units = Vec::with_capacity(n);
        for s in &sites[..n] {
            t.coords.push([s.lat, s.lon]);
            t.ids.push(s.id);
            t.projects.push(s.project);
            let next = t.masks.len() as u32;
            let m = *interned.entry(s.mask).or_insert(next);
            if m == next {
                t.masks.push(s.mask);
            }
            t.mask_of.push(m);
            units.push(unit(s.lat, s.lon));
        }
        drop(sites);
        t.masks.shrink_to_fit();
        if n > 0 {
            let (masks, mask_of) = (&t.masks, &t.mask_of);
            t.nodes = Nodes::new(
                root,
                |r| sphere(&units[r]),
                |r| mask_of[r].iter().fold(0, |acc, &m| acc | masks[m as usize]),
            );
        }
        t
    }
}

fn for_each_leaf(spec: &Spec, f: &mut impl FnMut(Range<usize>)) {
    match spec {
        Spec::Leaf(r) => f(r.clone()),
        Spec::Inner(children) => children.iter().for_each(|c| for_each_leaf(c, f)),
    }
}

/// A sphere (f32 centre, f32 radius rounded up) holding all of `units`.
fn sphere(units: &[[f64; 3]]) -> ([f32; 3], f32) {
    let sum = units
        .iter()
        .fold([0.0; 3], |a, u| [a[0] + u[0], a[1] + u[1], a[2] + u[2]]);
    let norm = chord(sum, [0.0; 3]);
    let centre = match units.first() {
        Some(&u) if norm <= 1e-9 => u,
        _ => sum.map(|x| x / norm),
    };
    // Radii are measured from the centre exactly as stored, so rounding the centre is harmless.
    let centre = centre.map(|x| x as f32);
    let c = centre.map(f64::from);
    let radius = units.iter().fold(0.0f64, |r, &u| r.max(chord(u, c)));
    (centre, f32_up(radius))
}

/// The subtree over `range`, whose keys all lie in one H3 cell at resolution `depth - 1`
/// (`depth == 0`: no common cell). A range of at most [`LEAF`] sites is a leaf; otherwise it is
/// split by cell at the next resolution (a level with a single non-empty cell is skipped):
/// crowded child cells become subtrees, and runs of sibling cells with few sites are packed
/// into shared leaves of at most [`LEAF`] sites.
fn spec(keys: &[u64], range: Range<usize>, depth: u32) -> Spec {
    if range.len() <= LEAF {
        return Spec::Leaf(range);
    }
    if depth > u32::from(u8::from(KEY_RESOLUTION)) {
        // More than LEAF sites in one cell at the key resolution (~10 m across): plain chunks.
        let chunks = range.clone().step_by(LEAF);
        let leaves = chunks
            .map(|s| Spec::Leaf(s..(s + LEAF).min(range.end)))
            .collect();
        return inner(leaves);
    }
    // A key is a cell: base cell, then one 3-bit digit per resolution down to 15 (digits past
    // the key resolution are all ones), so `key >> 3·(15 − r)` names its cell at resolution r.
    let shift = (15 - depth) * 3;
    let cell = |i: usize| keys[i] >> shift;
    let mut children = Vec::new();
    let mut pending = range.start..range.start;
    let mut run_start = range.start;
    for i in range.clone() {
        if i + 1 < range.end && cell(i + 1) == cell(run_start) {
            continue;
        }
        let run = run_start..i + 1;
        run_start = i + 1;
        if run == range {
            return spec(keys, range, depth + 1);
        }
        if run.len() > LEAF {
            if !pending.is_empty() {
                children.push(Spec::Leaf(pending.clone()));
            }
            children.push(spec(keys, run.clone(), depth + 1));
            pending = run.end..run.end;
        } else if pending.len() + run.len() > LEAF {
            children.push(Spec::Leaf(pending));
            pending = run;
        } else {
            pending.end = run.end;
        }
    }
    if !pending.is_empty() {
        children.push(Spec::Leaf(pending));
    }
    inner(children)
}

/// An inner node over `children`, adding levels while there are more than [`FANOUT`].
fn inner(mut children: Vec<Spec>) -> Spec {
    while children.len() > FANOUT {
        let mut grouped = Vec::with_capacity(children.len().div_ceil(FANOUT));
        let mut rest = children.into_iter().peekable();
        while rest.peek().is_some() {
            grouped.push(Spec::Inner(rest.by_ref().take(FANOUT).collect()));
        }
        children = grouped;
    }
    match children.len() {
        1 => children.pop().map_or(Spec::Inner(Vec::new()), |c| c),
        _ => Spec::Inner(children),
    }
}
