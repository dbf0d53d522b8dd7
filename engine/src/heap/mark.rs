//! Marking (ARCHITECTURE.md, "Garbage collection", "Marking"). Runs with the world
//! stopped. Two markers share one contract — when they return, every cell reachable from
//! the roots has its mark bit set and no other cell has — and are checked against each
//! other by `heap::tests`:
//!
//! - [`mark_serial`]: one explicit stack on the collecting thread;
//! - [`mark_parallel`]: the collecting thread plus helper threads (spawned through the
//!   sync facade, so the `shuttle` build explores their interleavings), each with a
//!   private stack, sharing surplus work through a locked list of chunks.
//!
//! The mark bit is set with an atomic test-and-set (`swap`), so however the markers race,
//! exactly one of them wins each cell and traces it: every cell is traced once.

use crate::sync::atomic::{AtomicUsize, Ordering};
use crate::sync::{Arc, Condvar, Mutex};
use crate::value::Value;

/// Values per chunk of the roots; a marker with at least twice as many on its stack
/// shares half of them with a hungry marker.
const CHUNK: usize = 256;

/// Sets the mark bit of `v`'s cell; true when this call set it (the caller must trace
/// the cell), false for a non-cell value or a cell already marked.
#[inline]
fn try_mark(v: Value) -> bool {
    match v.cell() {
        // AcqRel: the winner's later reads of the cell happen after whatever the previous
        // marker of this bit did (nothing, in one cycle), and losers learn nothing they
        // need; the cell's contents were published to every marker by the stop.
        Some(c) => c.slot().mark.swap(1, Ordering::AcqRel) == 0,
        None => false,
    }
}

/// Traces `v`'s cell, pushing every newly marked child on `stack`.
#[inline]
fn scan(v: Value, stack: &mut Vec<Value>) {
    if let Some(c) = v.cell() {
        c.get().trace(&mut |child| {
            if try_mark(child) {
                stack.push(child);
            }
        });
    }
}

/// Marks everything reachable from `roots` on this thread.
pub(super) fn mark_serial(roots: &[Value]) {
    let mut stack: Vec<Value> = Vec::with_capacity(1024);
    for &r in roots {
        if try_mark(r) {
            stack.push(r);
        }
    }
    while let Some(v) = stack.pop() {
        scan(v, &mut stack);
    }
}

/// The work list the markers share.
struct Pool {
    chunks: Vec<Vec<Value>>,
    /// Markers taking part (the collecting thread and every helper that was spawned).
    markers: usize,
    /// Markers waiting for work.
    idle: usize,
    /// Set when every marker is idle with no chunk left: marking is over.
    done: bool,
}

struct Shared {
    pool: Mutex<Pool>,
    cv: Condvar,
    /// Markers waiting for work (a hint, read without the lock, that a busy marker
    /// should give part of its stack away).
    hungry: AtomicUsize,
}

impl Shared {
    /// One marker's loop: drain its own stack, share surplus when someone is hungry,
    /// take a chunk when its stack is empty, stop when every marker is idle.
    fn run(&self) {
        let mut stack: Vec<Value> = Vec::with_capacity(4 * CHUNK);
        while self.take(&mut stack) {
            while let Some(v) = stack.pop() {
                scan(v, &mut stack);
                if stack.len() >= 2 * CHUNK && self.hungry.load(Ordering::Relaxed) > 0 {
                    // Give the older half away: it is the deeper part of the graph still
                    // to visit, so the taker gets enough work to stay busy for a while
                    // (a small chunk would send it back to the lock at once).
                    let rest: Vec<Value> = stack.drain(..stack.len() / 2).collect();
                    let mut p = crate::sync::lock(&self.pool);
                    p.chunks.push(rest);
                    drop(p);
                    self.cv.notify_one();
                }
            }
        }
    }

    /// Fills the empty `stack` with a chunk; false when marking is over.
    fn take(&self, stack: &mut Vec<Value>) -> bool {
        let mut p = crate::sync::lock(&self.pool);
        loop {
            if let Some(c) = p.chunks.pop() {
                *stack = c;
                return true;
            }
            if p.done {
                return false;
            }
            p.idle += 1;
            if p.idle == p.markers {
                // Nobody holds work and the list is empty: no marker can produce more.
                p.done = true;
                self.cv.notify_all();
                return false;
            }
            self.hungry.fetch_add(1, Ordering::Relaxed);
            p = crate::sync::wait(&self.cv, p);
            self.hungry.fetch_sub(1, Ordering::Relaxed);
            p.idle -= 1;
        }
    }

    /// A helper that was planned could not be spawned: one marker fewer.
    fn withdraw(&self) {
        let mut p = crate::sync::lock(&self.pool);
        p.markers -= 1;
        if p.markers > 0 && p.idle == p.markers && p.chunks.is_empty() {
            p.done = true;
            self.cv.notify_all();
        }
    }
}

/// Marks everything reachable from `roots` with the collecting thread and `helpers`
/// helper threads. Returns how many helpers actually ran.
pub(super) fn mark_parallel(roots: &[Value], helpers: usize) -> usize {
    let mut first: Vec<Value> = Vec::with_capacity(roots.len());
    for &r in roots {
        if try_mark(r) {
            first.push(r);
        }
    }
    let mut chunks: Vec<Vec<Value>> = first.chunks(CHUNK).map(<[Value]>::to_vec).collect();
    chunks.reverse();
    let shared = Arc::new(Shared {
        pool: Mutex::new(Pool {
            chunks,
            markers: 1 + helpers,
            idle: 0,
            done: false,
        }),
        cv: Condvar::new(),
        hungry: AtomicUsize::new(0),
    });
    let mut handles = Vec::with_capacity(helpers);
    for i in 0..helpers {
        let s = Arc::clone(&shared);
        let spawned = crate::sync::ThreadBuilder::new()
            .name(format!("weft-gc-mark-{i}"))
            .spawn(move || {
                // A panicking trace hook (a bug) must not leave the other markers
                // waiting for this one forever: the guard withdraws it while unwinding.
                let guard = Withdraw(&s);
                s.run();
                std::mem::forget(guard);
            });
        match spawned {
            Ok(h) => handles.push(h),
            Err(_) => shared.withdraw(),
        }
    }
    shared.run();
    let ran = handles.len();
    let mut panic = None;
    for h in handles {
        if let Err(p) = h.join() {
            panic = Some(p);
        }
    }
    // A helper's panic lost the work on its stack, so marking is incomplete: go on
    // unwinding on the collecting thread, as a panicking trace with serial marking would.
    if let Some(p) = panic {
        std::panic::resume_unwind(p);
    }
    ran
}

/// Withdraws a helper from the pool when dropped (only while a panic unwinds it).
struct Withdraw<'a>(&'a Shared);

impl Drop for Withdraw<'_> {
    fn drop(&mut self) {
        self.0.withdraw();
    }
}
