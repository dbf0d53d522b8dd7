//! Threads: the registry of JavaScript threads and per-thread state
//! (ARCHITECTURE.md, "Threads").

pub mod api;
pub mod async_api;
pub mod atomics;
pub mod deadlock;
pub mod jobs;
pub mod outcome;
pub mod safepoint;

use std::collections::HashMap;

use crate::sync::atomic::{AtomicU64, Ordering};
use crate::sync::{Arc, Condvar, Mutex};
use crate::value::Value;

/// One JavaScript thread as other threads see it.
pub struct ThreadRecord {
    pub id: u32,
    /// The thread's `Thread` object.
    pub object: AtomicU64,
    /// `Some(Ok(v))` / `Some(Err(e))` once finished.
    pub result: Mutex<Option<Result<Value, Value>>>,
    pub done: Condvar,
    /// The function and arguments, until the thread has them in its registers.
    pub start: Mutex<Vec<Value>>,
    /// Printed lines and the outcome ending, with `Options::record_lines`.
    pub outcome: Mutex<(Vec<String>, String)>,
    /// `asyncJoin`s waiting for this thread: (inbox, ticket). Changed only while
    /// `result` is locked.
    pub async_joiners: Mutex<Vec<(Arc<jobs::Inbox>, u64)>>,
}

impl ThreadRecord {
    pub fn new(id: u32) -> ThreadRecord {
        ThreadRecord {
            id,
            object: AtomicU64::new(Value::UNDEFINED.to_bits()),
            result: Mutex::new(None),
            done: Condvar::new(),
            start: Mutex::new(Vec::new()),
            outcome: Mutex::new((Vec::new(), String::new())),
            async_joiners: Mutex::new(Vec::new()),
        }
    }
}

/// Every thread of a runtime.
#[derive(Default)]
pub struct Registry {
    pub threads: Mutex<Vec<Arc<ThreadRecord>>>,
    /// Unfinished and blocked threads, for deadlock detection.
    pub liveness: deadlock::Liveness,
    /// The inbox of every live thread that has used one (jobs/async completions
    /// delivered by other threads are rooted here).
    pub inboxes: Mutex<Vec<Arc<jobs::Inbox>>>,
    /// The OS threads' handles (dropped, so detached, unless a host joins them with
    /// [`Registry::join_os_threads`]).
    pub os_threads: Mutex<Vec<crate::sync::thread::JoinHandle<()>>>,
}

impl Registry {
    /// Waits until the OS thread of every JavaScript thread started so far has exited
    /// (not only published its result). Call only when no JavaScript runs any more
    /// (after a script's end, when every thread has finished): a thread still in
    /// JavaScript could need this one to reach a safepoint.
    pub fn join_os_threads(&self) {
        loop {
            let hs = std::mem::take(&mut *crate::sync::lock(&self.os_threads));
            if hs.is_empty() {
                return;
            }
            for h in hs {
                let _ = h.join();
            }
        }
    }

    /// Values the registry keeps alive: thread objects and results.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for t in crate::sync::lock(&self.threads).iter() {
            f(Value::from_bits(t.object.load(Ordering::Acquire)));
            for v in crate::sync::lock(&t.start).iter() {
                f(*v);
            }
            if let Some(r) = &*crate::sync::lock(&t.result) {
                match r {
                    Ok(v) | Err(v) => f(*v),
                }
            }
        }
        for i in crate::sync::lock(&self.inboxes).iter() {
            i.trace(f);
        }
    }
}

/// Per-thread state the VM keeps for the threads API.
#[derive(Default)]
pub struct ThreadVmState {
    /// This thread's `Thread` object, once made.
    pub current: Option<Value>,
    /// `ThreadLocal` values by the ThreadLocal object's address.
    pub locals: HashMap<usize, Value>,
    /// The native function being called (read by natives that carry data).
    pub callee: Option<Value>,
    /// Set by `Op::Await`: the awaited value and the register that receives the result.
    pub await_req: Option<(Value, crate::vm::code::R)>,
    /// This thread's job queue (promise jobs, async completions), first in first out.
    pub jobs: std::collections::VecDeque<jobs::Job>,
    /// Where other threads deliver this thread's async completions (made on first use).
    pub inbox: Option<Arc<jobs::Inbox>>,
}

impl ThreadVmState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if let Some(c) = self.current {
            f(c);
        }
        for v in self.locals.values() {
            f(*v);
        }
        if let Some((v, _)) = self.await_req {
            f(v);
        }
        for j in &self.jobs {
            j.trace(f);
        }
    }
}
