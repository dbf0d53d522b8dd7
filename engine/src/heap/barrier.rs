//! The write barrier hook (ARCHITECTURE.md, "Write barrier"). Every store of a value into
//! a heap word goes through [`write`]. v1 collects stop-the-world, so `MARKING` is never
//! set and the barrier is one predictable branch; the concurrent-marking work turns it
//! into a snapshot-at-the-beginning (Yuasa) barrier that logs the old value.

use crate::sync::atomic::{AtomicU64, Ordering};
// A process-wide flag: std's even in the shuttle build (see `sync::global`).
use crate::sync::global::atomic::AtomicBool;
use crate::value::Value;

/// True while a concurrent marking phase runs (never in v1).
pub static MARKING: AtomicBool = AtomicBool::new(false);

/// Stores `v` into the heap word `w` (a plain JavaScript write: Release, see
/// ARCHITECTURE.md "Value representation").
#[inline]
pub fn write(w: &AtomicU64, v: Value) {
    if MARKING.load(Ordering::Relaxed) {
        // SATB hook: the old value would be logged here for the concurrent marker.
        let _old = w.load(Ordering::Relaxed);
    }
    w.store(v.to_bits(), Ordering::Release);
}
