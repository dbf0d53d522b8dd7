//! Stop-the-world mark-sweep. Callers guarantee the world is stopped: every mutator of
//! this heap is parked or waiting at a safepoint, its roots copied into `roots`.
//! Marking is in `mark.rs` (serial, or parallel on a large heap); sweeping is serial.

use std::time::Instant;

use super::{ALLOCATED, FREE, Heap, MIN_THRESHOLD, mark};
use crate::sync::atomic::Ordering;
use crate::value::Value;

/// The smallest heap (in blocks of [`super::BLOCK_CELLS`] cells) marked in parallel:
/// below it, starting helper threads costs more than the marking they would share.
pub(super) const PARALLEL_MIN_BLOCKS: usize = 256;

impl Heap {
    /// Marks everything reachable from `roots` and frees the rest. Must run with the
    /// world stopped (see the module docs).
    pub fn collect(&self, roots: &[Value]) {
        let start = Instant::now();
        let blocks = crate::sync::lock(&self.blocks).all.len();
        let markers = self.markers();
        let helpers = if markers > 1 && blocks >= PARALLEL_MIN_BLOCKS {
            mark::mark_parallel(roots, markers - 1)
        } else {
            mark::mark_serial(roots);
            0
        };
        let mark_ns = start.elapsed().as_nanos() as u64;
        // Sweep, measuring the survivors: the bytes counted at allocation miss what a cell
        // grew by later (array elements, added properties), so subtracting the freed bytes
        // from that count drifted to zero on a large heap, and the next threshold with it.
        let mut live = 0usize;
        {
            let mut blocks = crate::sync::lock(&self.blocks);
            let mut available = Vec::new();
            for b in &blocks.all {
                let mut has_free = false;
                for s in b.slots.iter() {
                    if s.state.load(Ordering::Acquire) != ALLOCATED {
                        has_free = true;
                        continue;
                    }
                    if s.mark.load(Ordering::Acquire) == 0 {
                        // SAFETY: the cell is allocated and unmarked, so no root and no
                        // reachable cell refers to it; the world is stopped, so no
                        // mutator is using it. It was initialised by `alloc`.
                        unsafe { (*s.cell.get()).assume_init_drop() };
                        s.state.store(FREE, Ordering::Release);
                        has_free = true;
                    } else {
                        s.mark.store(0, Ordering::Relaxed);
                        // SAFETY: the slot is ALLOCATED, so `alloc` initialised it; the
                        // world is stopped and the cell is only read.
                        let c = unsafe { (*s.cell.get()).assume_init_ref() };
                        live += std::mem::size_of::<super::Slot>() + c.extra_bytes();
                    }
                }
                if has_free && !b.owned.load(Ordering::Relaxed) {
                    available.push(std::sync::Arc::clone(b));
                }
            }
            blocks.available = available;
        }
        // Deferred reclamation: no mutator holds a shape pointer across a safepoint (R8).
        crate::sync::lock(&self.retired).clear();
        self.live_bytes.store(live, Ordering::Relaxed);
        self.bytes_since_gc.store(0, Ordering::Relaxed);
        self.allocs_since_gc.store(0, Ordering::Relaxed);
        self.threshold
            .store((live * 2).max(MIN_THRESHOLD), Ordering::Relaxed);
        self.gc_requested.store(false, Ordering::Relaxed);
        let mut stats = crate::sync::lock(&self.stats);
        stats.collections += 1;
        stats.pause_ns.push(start.elapsed().as_nanos() as u64);
        stats.mark_ns.push(mark_ns);
        stats.live_bytes_after_last = live as u64;
        if self.trace {
            let pause = stats.pause_ns.last().copied().unwrap_or(0);
            eprintln!(
                "gc {}: {blocks} blocks, {helpers} mark helpers, mark {:.3} ms, sweep {:.3} ms, live {live} bytes",
                stats.collections,
                mark_ns as f64 / 1e6,
                pause.saturating_sub(mark_ns) as f64 / 1e6
            );
        }
    }
}
