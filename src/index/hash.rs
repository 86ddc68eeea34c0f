//! A fast hasher for integer keys (masks, project ids) in build-time and brute-force maps.
//! Multiply-and-fold: fine for keys that are not chosen by an adversary.

use std::hash::{BuildHasherDefault, Hasher};

/// `HashMap` builder using [`IntHasher`].
pub(crate) type IntHash = BuildHasherDefault<IntHasher>;

#[derive(Default)]
pub(crate) struct IntHasher(u64);

impl IntHasher {
    #[inline]
    fn mix(&mut self, x: u64) {
        let h = (self.0 ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 29);
    }
}

impl Hasher for IntHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
    }
    fn write_u32(&mut self, x: u32) {
        self.mix(u64::from(x));
    }
    fn write_u64(&mut self, x: u64) {
        self.mix(x);
    }
    fn write_u128(&mut self, x: u128) {
        self.mix(x as u64);
        self.mix((x >> 64) as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
