//! A fast, non-cryptographic hasher for the engine's internal tables (shape indexes,
//! the atom table, Map/Set indexes). std's default SipHash resists flooding but costs
//! several times more per lookup, and these tables sit on the property-access and
//! collection paths. The state update is a rotate-xor-multiply per word; `finish`
//! mixes the high bits down so that hashbrown's bucket index (the low bits) and control
//! byte (the high bits) both see every input bit, even for aligned pointers.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
const K2: u64 = 0x9e_37_79_b9_7f_4a_7c_15;

/// The hasher state.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    /// A folded multiply (the 128-bit product's halves xor-ed): every input bit reaches
    /// both the low bits (hashbrown's bucket index) and the high ones (its control
    /// byte). Inputs whose low bits are all zero — the doubles of small integers,
    /// Map keys of every numeric program — still spread over every bucket.
    #[inline]
    fn finish(&self) -> u64 {
        let p = u128::from(self.0 ^ (self.0 >> 32)).wrapping_mul(u128::from(K2));
        (p as u64) ^ ((p >> 64) as u64)
    }
}

/// The `BuildHasher` of [`FxHasher`].
pub type FxBuild = BuildHasherDefault<FxHasher>;

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn h<T: Hash>(x: T) -> u64 {
        FxBuild::default().hash_one(x)
    }

    #[test]
    fn equal_inputs_hash_equal_and_small_changes_spread() {
        assert_eq!(h("abc"), h("abc"));
        assert_ne!(h("abc"), h("abd"));
        assert_ne!(h(&[1u16, 2][..]), h(&[2u16, 1][..]));
        // Aligned pointers differ in their low bucket bits.
        let low: std::collections::HashSet<u64> = (0..64u64).map(|i| h(i * 64) & 63).collect();
        assert!(
            low.len() > 32,
            "only {} distinct low-bit buckets",
            low.len()
        );
    }

    /// The doubles of small integers have 40+ trailing zero bits; their hashes must
    /// still differ in the low bits, or a Map/Set keyed by numbers puts every key in
    /// a handful of buckets (what made `Set.has` of integers linear).
    #[test]
    fn doubles_of_small_integers_spread_over_low_bits() {
        let low: std::collections::HashSet<u64> = (0..4096u32)
            .map(|i| h(f64::from(i).to_bits()) & 4095)
            .collect();
        assert!(
            low.len() > 2500,
            "only {} distinct buckets of 4096",
            low.len()
        );
    }

    #[test]
    fn a_map_with_it_behaves_like_a_map() {
        let mut m: FxHashMap<u32, u32> = FxHashMap::default();
        for i in 0..10_000 {
            m.insert(i * 8, i);
        }
        for i in 0..10_000 {
            assert_eq!(m.get(&(i * 8)), Some(&i));
        }
        assert_eq!(m.get(&3), None);
    }
}
