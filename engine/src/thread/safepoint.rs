//! Stopping the world (ARCHITECTURE.md, "Garbage collection", "Parking").
//!
//! Every registered mutator is either *running* (it will reach a poll soon), *stopped*
//! at a poll, or *parked* in a blocking call; a stopped or parked thread's roots are
//! copied into `published` until it runs again. The collecting thread waits until every other
//! running mutator is stopped, collects, and wakes them. A parked thread never holds the
//! collector up; when it unparks it waits for the end of any collection in progress
//! before it touches the heap again (R10).

use std::collections::HashMap;

use crate::sync::atomic::{AtomicBool, Ordering};
use crate::sync::{Condvar, Mutex};
use crate::value::Value;
use crate::vm::Runtime;

#[derive(Default)]
struct State {
    running: usize,
    stopped: usize,
    collecting: bool,
    /// Roots of every stopped or parked thread, by ticket. A thread's entry stays
    /// until the thread itself leaves the safepoint or unparks: a stopped thread may
    /// sleep through several collections in a row, and each must see its roots.
    published: HashMap<u64, Vec<Value>>,
    next_ticket: u64,
}

/// The safepoint coordinator of one runtime.
pub struct Safepoint {
    state: Mutex<State>,
    cv: Condvar,
    /// Set while a collection wants every mutator to stop.
    pub stop_requested: AtomicBool,
}

/// A ticket for a parked thread's published roots.
pub struct Parked(u64);

impl Default for Safepoint {
    fn default() -> Self {
        Self::new()
    }
}

impl Safepoint {
    pub fn new() -> Safepoint {
        Safepoint {
            state: Mutex::new(State::default()),
            cv: Condvar::new(),
            stop_requested: AtomicBool::new(false),
        }
    }

    /// A new mutator starts running (waits for a collection in progress).
    pub fn register(&self) {
        let mut s = crate::sync::lock(&self.state);
        while s.collecting {
            s = crate::sync::wait(&self.cv, s);
        }
        s.running += 1;
    }

    /// A mutator ends.
    pub fn unregister(&self) {
        let mut s = crate::sync::lock(&self.state);
        s.running = s.running.saturating_sub(1);
        self.cv.notify_all();
    }

    /// Called at a poll when a collection is due: either collect (first thread to get
    /// here) or stop with `roots` published until the collection is over.
    pub fn stop_and_collect(&self, rt: &Runtime, roots: Vec<Value>, _thread: u32) {
        let mut s = crate::sync::lock(&self.state);
        if s.collecting {
            let ticket = s.next_ticket;
            s.next_ticket += 1;
            s.published.insert(ticket, roots);
            s.stopped += 1;
            self.cv.notify_all();
            while s.collecting {
                s = crate::sync::wait(&self.cv, s);
            }
            s.stopped -= 1;
            s.published.remove(&ticket);
            return;
        }
        if !rt.heap.gc_requested.load(Ordering::Relaxed) {
            // Another thread collected meanwhile.
            return;
        }
        s.collecting = true;
        self.stop_requested.store(true, Ordering::SeqCst);
        while s.stopped + 1 < s.running {
            s = crate::sync::wait(&self.cv, s);
        }
        let mut all = roots;
        for r in s.published.values() {
            all.extend(r.iter().copied());
        }
        rt.global_roots(&mut all);
        rt.heap.collect(&all);
        self.stop_requested.store(false, Ordering::SeqCst);
        s.collecting = false;
        self.cv.notify_all();
    }

    /// The current thread is about to block: publish its roots and stop counting it
    /// as running.
    pub fn park(&self, roots: Vec<Value>) -> Parked {
        let mut s = crate::sync::lock(&self.state);
        let id = s.next_ticket;
        s.next_ticket += 1;
        s.published.insert(id, roots);
        s.running = s.running.saturating_sub(1);
        self.cv.notify_all();
        Parked(id)
    }

    /// The thread woke up: wait out any collection, then run again.
    pub fn unpark(&self, p: Parked) {
        let mut s = crate::sync::lock(&self.state);
        while s.collecting {
            s = crate::sync::wait(&self.cv, s);
        }
        s.published.remove(&p.0);
        s.running += 1;
    }

    /// Runs `f` with every mutator stopped or parked (the heap verifier).
    pub fn with_world_stopped<T>(
        &self,
        rt: &Runtime,
        roots: Vec<Value>,
        f: impl FnOnce(&[Value]) -> T,
    ) -> T {
        let mut s = crate::sync::lock(&self.state);
        while s.collecting {
            s = crate::sync::wait(&self.cv, s);
        }
        s.collecting = true;
        self.stop_requested.store(true, Ordering::SeqCst);
        while s.stopped + 1 < s.running {
            s = crate::sync::wait(&self.cv, s);
        }
        let mut all = roots;
        for r in s.published.values() {
            all.extend(r.iter().copied());
        }
        rt.global_roots(&mut all);
        let out = f(&all);
        self.stop_requested.store(false, Ordering::SeqCst);
        s.collecting = false;
        self.cv.notify_all();
        out
    }
}
