//! The nodes of a sphere tree, stored by sibling group: one [`Block`] holds everything the
//! search reads about up to [`FANOUT`] sibling nodes (spheres, mask ORs, links), so expanding a
//! node touches one contiguous block and bounding its children is one vectorisable loop.
//!
//! A node is named by its parent's block and its slot there, packed as `block * FANOUT + slot`.

use super::Mask;
use std::ops::Range;

/// Most children of an inner node.
pub(crate) const FANOUT: usize = 8;

/// Up to [`FANOUT`] sibling nodes.
#[derive(Clone, Copy, Debug, Default)]
struct Block {
    /// Sphere centres (unit-sphere coordinates) and radii (rounded up).
    x: [f32; FANOUT],
    y: [f32; FANOUT],
    z: [f32; FANOUT],
    r: [f32; FANOUT],
    /// OR of the masks below each node, low and high halves.
    mask: [[u64; 2]; FANOUT],
    /// A leaf's site range, or an inner node's block of children (in `.0`).
    link: [(u32, u32); FANOUT],
    /// Bit `j` set: slot `j` is a leaf.
    leaves: u32,
    count: u32,
}

/// A node as the builder describes it.
pub(crate) enum Spec {
    Leaf(Range<usize>),
    Inner(Vec<Spec>),
}

/// All blocks; block 0 holds the root alone, as the search's starting point.
#[derive(Debug, Default)]
pub(crate) struct Nodes {
    blocks: Vec<Block>,
}

impl Nodes {
    /// Lays out the tree `root` (which must have at most [`FANOUT`] children per node);
    /// `sphere(sites)` measures the sphere around a site range and `mask(sites)` ORs its masks.
    pub(crate) fn new(
        root: Spec,
        sphere: impl Fn(Range<usize>) -> ([f32; 3], f32),
        mask: impl Fn(Range<usize>) -> Mask,
    ) -> Nodes {
        let mut blocks = vec![Block::default()];
        // Breadth-first over (block, slot, spec) still to place.
        let mut queue = std::collections::VecDeque::from([(0, 0, root)]);
        while let Some((b, j, spec)) = queue.pop_front() {
            let sites = sites_of(&spec);
            let ([x, y, z], r) = sphere(sites.clone());
            let m = mask(sites.clone());
            let next = blocks.len();
            let block = &mut blocks[b];
            (block.x[j], block.y[j], block.z[j], block.r[j]) = (x, y, z, r);
            block.mask[j] = [m as u64, (m >> 64) as u64];
            block.count = block.count.max(j as u32 + 1);
            match spec {
                Spec::Leaf(_) => {
                    block.link[j] = (sites.start as u32, sites.end as u32);
                    block.leaves |= 1 << j;
                }
                Spec::Inner(children) => {
                    block.link[j] = (next as u32, 0);
                    blocks.push(Block::default());
                    for (c, child) in children.into_iter().take(FANOUT).enumerate() {
                        queue.push_back((next, c, child));
                    }
                }
            }
        }
        blocks.shrink_to_fit();
        Nodes { blocks }
    }

    /// The block holding the root, if any.
    pub(crate) fn top(&self) -> Option<usize> {
        (!self.blocks.is_empty()).then_some(0)
    }

    /// Number of nodes in block `b`.
    pub(crate) fn count(&self, b: usize) -> usize {
        self.blocks[b].count as usize
    }

    pub(crate) fn is_leaf(&self, b: usize, j: usize) -> bool {
        self.blocks[b].leaves >> j & 1 == 1
    }

    /// Site range of leaf `(b, j)`.
    pub(crate) fn sites(&self, b: usize, j: usize) -> Range<usize> {
        let (lo, hi) = self.blocks[b].link[j];
        lo as usize..hi as usize
    }

    /// Block of the children of inner node `(b, j)`.
    pub(crate) fn children(&self, b: usize, j: usize) -> usize {
        self.blocks[b].link[j].0 as usize
    }

    pub(crate) fn mask(&self, b: usize, j: usize) -> Mask {
        let [lo, hi] = self.blocks[b].mask[j];
        (Mask::from(hi) << 64) | Mask::from(lo)
    }

    pub(crate) fn radius(&self, b: usize, j: usize) -> f32 {
        self.blocks[b].r[j]
    }

    /// Lower bounds on the chord from `origin` to any site under each node of block `b`:
    /// `|o − c| − r` in f32, error < 1e-6, covered by the margin of
    /// [`super::geom::chord_limit`]. Only the first `count(b)` are meaningful.
    #[inline]
    pub(crate) fn bounds(&self, b: usize, origin: [f32; 3]) -> [f32; FANOUT] {
        let b = &self.blocks[b];
        let mut out = [0.0; FANOUT];
        let centres = b.x.iter().zip(&b.y).zip(&b.z);
        for ((o, ((&x, &y), &z)), &r) in out.iter_mut().zip(centres).zip(&b.r) {
            let (dx, dy, dz) = (origin[0] - x, origin[1] - y, origin[2] - z);
            *o = (dx * dx + dy * dy + dz * dz).sqrt() - r;
        }
        out
    }

    pub(crate) fn memory_bytes(&self) -> usize {
        self.blocks.capacity() * size_of::<Block>()
    }
}

/// Site range under a spec (children are contiguous and in order).
fn sites_of(spec: &Spec) -> Range<usize> {
    match spec {
        Spec::Leaf(r) => r.clone(),
        Spec::Inner(children) => {
            let start = children.first().map_or(0, |c| sites_of(c).start);
            let end = children.last().map_or(0, |c| sites_of(c).end);
            start..end
        }
    }
}
