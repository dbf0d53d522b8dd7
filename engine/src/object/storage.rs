//! Never-moving segmented storage of value words (ARCHITECTURE.md, "Objects", R3).
//!
//! A `SegVec` is a lazily allocated directory of `DIR` segment pointers; segment `k`
//! holds `seg0 << k` words. Growth links a new segment with a `compare_exchange` from
//! null; nothing ever moves or is copied, so a word's address is stable for the life of
//! the owning cell and a write to it can never be lost to a concurrent growth.

use std::ptr;

use crate::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use crate::value::Value;

const DIR: usize = 26;

type Dir = [AtomicPtr<AtomicU64>; DIR];

/// Segmented, never-moving storage of `AtomicU64` words; every new word starts as
/// [`Value::HOLE`].
pub struct SegVec {
    seg0: usize,
    /// Segment 0, linked here rather than in the directory: most objects and arrays
    /// never need more, and then no directory is allocated at all.
    first: AtomicPtr<AtomicU64>,
    /// Segments 1.. (entry 0 unused).
    dir: AtomicPtr<Dir>,
}

impl SegVec {
    /// Empty storage whose first segment holds `seg0` words (a power of two).
    pub const fn new(seg0: usize) -> SegVec {
        SegVec {
            seg0,
            first: AtomicPtr::new(ptr::null_mut()),
            dir: AtomicPtr::new(ptr::null_mut()),
        }
    }

    /// The largest number of words this storage can ever hold.
    pub fn max_len(&self) -> usize {
        self.seg0 * ((1 << DIR) - 1)
    }

    fn locate(&self, i: usize) -> (usize, usize) {
        let k = (usize::BITS - 1 - (i / self.seg0 + 1).leading_zeros()) as usize;
        (k, i - self.seg0 * ((1 << k) - 1))
    }

    fn seg_len(&self, k: usize) -> usize {
        self.seg0 << k
    }

    fn dir(&self) -> Option<&Dir> {
        let d = self.dir.load(Ordering::Acquire);
        // SAFETY: a non-null directory pointer was produced by `Box::into_raw` in
        // `dir_or_create` and is freed only in `drop`, which has `&mut self`; the Acquire
        // load pairs with the Release CAS that published the fully built directory.
        unsafe { d.as_ref() }
    }

    fn dir_or_create(&self) -> &Dir {
        if let Some(d) = self.dir() {
            return d;
        }
        let fresh: Box<Dir> = Box::new(std::array::from_fn(|_| AtomicPtr::new(ptr::null_mut())));
        let fresh = Box::into_raw(fresh);
        match self
            .dir
            .compare_exchange(ptr::null_mut(), fresh, Ordering::AcqRel, Ordering::Acquire)
        {
            // SAFETY: we just published `fresh`; it lives until `drop`.
            Ok(_) => unsafe { &*fresh },
            Err(existing) => {
                // SAFETY: `fresh` was never shared; we own it and free it here.
                drop(unsafe { Box::from_raw(fresh) });
                // SAFETY: `existing` is the published directory (see `dir`).
                unsafe { &*existing }
            }
        }
    }

    /// The pointer word of segment `k`, if it can exist yet.
    #[inline]
    fn seg_word(&self, k: usize) -> Option<&AtomicPtr<AtomicU64>> {
        if k == 0 {
            Some(&self.first)
        } else {
            self.dir().map(|d| &d[k])
        }
    }

    /// The word at `i`, if its segment is linked.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&AtomicU64> {
        if i >= self.max_len() {
            return None;
        }
        let (k, off) = self.locate(i);
        let seg = self.seg_word(k)?.load(Ordering::Acquire);
        if seg.is_null() {
            return None;
        }
        // SAFETY: a non-null segment pointer points at `seg_len(k)` words allocated by
        // `ensure` and freed only in `drop`; `off < seg_len(k)` by `locate`.
        Some(unsafe { &*seg.add(off) })
    }

    /// The word at `i`, linking its segment first if needed. None beyond `max_len`.
    pub fn ensure(&self, i: usize) -> Option<&AtomicU64> {
        if i >= self.max_len() {
            return None;
        }
        let (k, off) = self.locate(i);
        let word = if k == 0 {
            &self.first
        } else {
            &self.dir_or_create()[k]
        };
        let mut seg = word.load(Ordering::Acquire);
        if seg.is_null() {
            let words: Box<[AtomicU64]> = (0..self.seg_len(k))
                .map(|_| AtomicU64::new(Value::HOLE.to_bits()))
                .collect();
            let fresh = Box::into_raw(words) as *mut AtomicU64;
            seg = match word.compare_exchange(
                ptr::null_mut(),
                fresh,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => fresh,
                Err(existing) => {
                    // SAFETY: `fresh` lost the race and was never shared; rebuild the
                    // boxed slice with the length it was allocated with and free it.
                    drop(unsafe {
                        Box::from_raw(ptr::slice_from_raw_parts_mut(fresh, self.seg_len(k)))
                    });
                    existing
                }
            };
        }
        // SAFETY: as in `get`.
        Some(unsafe { &*seg.add(off) })
    }

    /// Reads word `i` (HOLE when its segment is not linked).
    #[inline]
    pub fn load(&self, i: usize) -> Value {
        self.get(i)
            .map(|w| Value::from_bits(w.load(Ordering::Acquire)))
            .unwrap_or(Value::HOLE)
    }

    /// Writes word `i`, linking segments as needed. False beyond `max_len`.
    #[inline]
    pub fn store(&self, i: usize, v: Value) -> bool {
        match self.ensure(i) {
            Some(w) => {
                crate::heap::barrier::write(w, v);
                true
            }
            None => false,
        }
    }

    /// How many words are backed by linked segments, counting from 0 up to the first
    /// unlinked segment.
    pub fn linked_len(&self) -> usize {
        let mut n = 0;
        for k in 0..DIR {
            match self.seg_word(k) {
                Some(p) if !p.load(Ordering::Acquire).is_null() => n += self.seg_len(k),
                _ => break,
            }
        }
        n
    }

    /// Calls `f` with every word of every linked segment (for the collector and the
    /// verifier; run with the world stopped).
    pub fn for_each_word(&self, mut f: impl FnMut(usize, Value)) {
        let mut base = 0;
        for k in 0..DIR {
            let Some(p) = self.seg_word(k) else { break };
            let seg = p.load(Ordering::Acquire);
            if !seg.is_null() {
                for off in 0..self.seg_len(k) {
                    // SAFETY: as in `get`.
                    let w = unsafe { &*seg.add(off) };
                    f(base + off, Value::from_bits(w.load(Ordering::Acquire)));
                }
            }
            base += self.seg_len(k);
        }
    }

    /// Bytes held by linked segments.
    pub fn bytes(&self) -> usize {
        let first = if self.first.load(Ordering::Relaxed).is_null() {
            0
        } else {
            self.seg0 * 8
        };
        let Some(d) = self.dir() else { return first };
        first
            + d.iter()
                .enumerate()
                .skip(1)
                .filter(|(_, p)| !p.load(Ordering::Relaxed).is_null())
                .map(|(k, _)| self.seg_len(k) * 8)
                .sum::<usize>()
            + std::mem::size_of::<Dir>()
    }
}

impl Drop for SegVec {
    fn drop(&mut self) {
        let first = *self.first.get_mut();
        if !first.is_null() {
            // SAFETY: `&mut self`: no other reference exists; segment 0 was allocated by
            // `ensure` with `seg_len(0)` words.
            drop(unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(first, self.seg_len(0))) });
        }
        let d = *self.dir.get_mut();
        if d.is_null() {
            return;
        }
        // SAFETY: `&mut self` means no other reference to the storage exists; the
        // directory and its segments were allocated by `dir_or_create`/`ensure` with the
        // lengths rebuilt here.
        let dir = unsafe { Box::from_raw(d) };
        for (k, p) in dir.iter().enumerate() {
            let seg = p.load(Ordering::Relaxed);
            if !seg.is_null() {
                // SAFETY: see above.
                drop(unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(seg, self.seg_len(k))) });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn behaves_like_a_vec(ops in proptest::collection::vec((0usize..3000, any::<i32>()), 0..200)) {
            let s = SegVec::new(8);
            let mut model: Vec<Option<i32>> = Vec::new();
            for (i, x) in ops {
                let before = s.get(0).map(|w| w as *const AtomicU64);
                prop_assert!(s.store(i, Value::number(f64::from(x))));
                if model.len() <= i { model.resize(i + 1, None); }
                model[i] = Some(x);
                // Words never move (R3).
                if let Some(b) = before {
                    prop_assert_eq!(s.get(0).map(|w| w as *const AtomicU64), Some(b));
                }
            }
            for (i, m) in model.iter().enumerate() {
                let v = s.load(i);
                match m {
                    Some(x) => prop_assert_eq!(v.as_number(), Some(f64::from(*x))),
                    None => prop_assert!(v.is_hole()),
                }
            }
        }
    }

    #[test]
    fn concurrent_growth_loses_no_write() {
        let s = crate::sync::Arc::new(SegVec::new(4));
        let hs: Vec<_> = (0..4)
            .map(|t| {
                let s = crate::sync::Arc::clone(&s);
                crate::sync::thread::spawn(move || {
                    for i in 0..2000 {
                        s.store(i * 4 + t, Value::number((i * 4 + t) as f64));
                    }
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        for i in 0..8000 {
            assert_eq!(s.load(i).as_number(), Some(i as f64));
        }
    }

    #[test]
    fn beyond_max_len_is_refused() {
        let s = SegVec::new(1);
        assert!(s.get(s.max_len()).is_none());
        assert!(!s.store(s.max_len(), Value::NULL));
    }
}
