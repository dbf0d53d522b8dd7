//! Deadlock detection (spec/threads.md [th.run.blocked], [th.run.deadlock]).
//!
//! The runtime counts its *unfinished* JavaScript threads (a spawned thread from `new
//! Thread` until its function has ended; the main thread, or an embedder's context,
//! while it runs a script or a call) and keeps one entry per thread that is *blocked*
//! without a timeout (in `join`, `Lock.hold`, `Condition.wait`, `Atomics.wait`). Each
//! entry knows how to tell whether its thread could go on now (`can_proceed`: its wait
//! condition holds, or the thread already saw it hold) and how to wake it.
//!
//! Whenever a thread blocks or finishes, the count is checked: when every unfinished
//! thread is blocked and none of them can proceed, the run has deadlocked. The thread that
//! sees it *dooms* every blocked entry (under each wait site's mutex: takes the thread off
//! the site's waiter queue, marks it, wakes it); each doomed thread leaves its wait and
//! *unwinds* (a Rust unwind with a [`DeadlockUnwind`] payload, which no JavaScript
//! `catch` or `finally` can observe) to the bottom of its thread, where it ends as
//! `blocked`. Only the doomed threads are affected: threads that start later block and
//! wake normally, and a new deadlock is judged once the doomed threads have left. A
//! thread with pending async work waits through [`block_until`] too (its event loop),
//! so it counts as blocked only when nothing can complete.
//!
//! Lock order: the liveness lock is taken before a wait site's own mutex (the
//! `can_proceed` and `wake` closures lock it), never after — a waiter releases its
//! mutex before it blocks or unblocks.

use std::collections::BTreeMap;

use crate::sync::atomic::{AtomicBool, Ordering};
use crate::sync::{Arc, Condvar, Mutex};
use crate::vm::Vm;

/// A blocked thread, as the detector sees it.
struct Blocked {
    thread: u32,
    what: &'static str,
    can_proceed: Box<dyn Fn() -> bool + Send + Sync>,
    /// Ends the wait because the run deadlocked: under the site's mutex, takes the
    /// thread off the site's waiter queue, marks it doomed and wakes it.
    doom: Box<dyn Fn() + Send + Sync>,
    /// Set once `doom` ran: the thread is leaving (unwinding), no longer blocked.
    doomed: bool,
}

#[derive(Default)]
struct LiveState {
    /// Unfinished threads.
    unfinished: usize,
    next_entry: u64,
    blocked: BTreeMap<u64, Blocked>,
    /// The description of the deadlock, once one happened.
    report: Option<String>,
}

/// The payload of the unwind that ends a thread blocked in a deadlocked run.
#[derive(Debug)]
pub struct DeadlockUnwind;

/// Counts of unfinished and blocked threads of one runtime.
#[derive(Default)]
pub struct Liveness {
    state: Mutex<LiveState>,
    /// Set when a deadlock was found and its report not yet taken
    /// ([`Liveness::take_report`]).
    pub deadlocked: AtomicBool,
}

impl Liveness {
    /// A thread starts running JavaScript (spawned, or a script/call on a context).
    pub fn enter(&self) {
        crate::sync::lock(&self.state).unfinished += 1;
    }

    /// A thread stops running JavaScript (its function ended); may find a deadlock.
    pub fn leave(&self) {
        let mut s = crate::sync::lock(&self.state);
        s.unfinished = s.unfinished.saturating_sub(1);
        self.check(&mut s);
    }

    /// The deadlock description, if the run deadlocked since the last call.
    pub fn take_report(&self) -> Option<String> {
        let r = crate::sync::lock(&self.state).report.take();
        self.deadlocked.store(false, Ordering::SeqCst);
        r
    }

    /// Was a deadlock found whose report was not taken yet?
    pub fn is_deadlocked(&self) -> bool {
        self.deadlocked.load(Ordering::SeqCst)
    }

    fn block(&self, b: Blocked) -> u64 {
        let mut s = crate::sync::lock(&self.state);
        let id = s.next_entry;
        s.next_entry += 1;
        s.blocked.insert(id, b);
        self.check(&mut s);
        id
    }

    fn unblock(&self, id: u64) {
        crate::sync::lock(&self.state).blocked.remove(&id);
    }

    /// Declares a deadlock when every unfinished thread is blocked and none can proceed.
    /// Doomed threads (of an earlier deadlock, still unwinding) are running: while one
    /// is registered there is nothing to decide; its `leave` checks again.
    fn check(&self, s: &mut LiveState) {
        if s.unfinished == 0
            || s.blocked.len() < s.unfinished
            || s.blocked.values().any(|b| b.doomed || (b.can_proceed)())
        {
            return;
        }
        let mut who: Vec<(u32, &'static str)> =
            s.blocked.values().map(|b| (b.thread, b.what)).collect();
        who.sort();
        let list: Vec<String> = who.iter().map(|(t, w)| format!("T{t} in {w}")).collect();
        s.report = Some(format!("every thread is blocked ({})", list.join(", ")));
        self.deadlocked.store(true, Ordering::SeqCst);
        for b in s.blocked.values_mut() {
            b.doomed = true;
            (b.doom)();
        }
    }
}

/// Blocks the current thread until `done` holds (it may take what it waits for, e.g.
/// a lock), parked so that collections go on without it, and counted as *blocked* for
/// deadlock detection. `src` reaches the wait site's mutex and condition variable
/// through `site`; `ready` tells, without changing anything, whether `done` would hold.
/// If the run deadlocks meanwhile, the thread unwinds with [`DeadlockUnwind`].
pub fn block_until<S, T>(
    vm: &mut Vm,
    what: &'static str,
    src: S,
    site: fn(&S) -> (&Mutex<T>, &Condvar),
    done: impl FnMut(&mut T) -> bool,
    ready: impl Fn(&T) -> bool + Send + Sync + 'static,
) where
    S: Clone + Send + Sync + 'static,
    T: 'static,
{
    block_until_or_cancel(vm, what, src, site, done, ready, |_| {});
}

/// [`block_until`], with `cancel` run under the site's mutex when the run deadlocks
/// (by the thread that finds the deadlock), to take the blocked thread off the site's
/// waiter queue, so that a later notification is not spent on a thread that is gone.
pub fn block_until_or_cancel<S, T>(
    vm: &mut Vm,
    what: &'static str,
    src: S,
    site: fn(&S) -> (&Mutex<T>, &Condvar),
    mut done: impl FnMut(&mut T) -> bool,
    ready: impl Fn(&T) -> bool + Send + Sync + 'static,
    cancel: impl Fn(&mut T) + Send + Sync + 'static,
) where
    S: Clone + Send + Sync + 'static,
    T: 'static,
{
    {
        let (m, _) = site(&src);
        if done(&mut crate::sync::lock(m)) {
            return;
        }
    }
    let mut roots = Vec::new();
    vm.thread_roots(&mut roots);
    let rt = Arc::clone(&vm.rt);
    let ticket = rt.sp.park(roots);
    // Set (under the site's mutex) once this thread has seen `done` hold: from then on
    // it is running again even though its entry is still registered.
    let woken = Arc::new(AtomicBool::new(false));
    // Set (under the site's mutex) when the run deadlocked with this thread blocked.
    let doomed = Arc::new(AtomicBool::new(false));
    let (w, d, s1, s2) = (
        Arc::clone(&woken),
        Arc::clone(&doomed),
        src.clone(),
        src.clone(),
    );
    let entry = rt.threads.liveness.block(Blocked {
        thread: vm.thread_id,
        what,
        can_proceed: Box::new(move || {
            let ok = ready(&crate::sync::lock(site(&s1).0));
            ok || w.load(Ordering::SeqCst)
        }),
        doom: Box::new(move || {
            let (m, cv) = site(&s2);
            let mut g = crate::sync::lock(m);
            cancel(&mut g);
            d.store(true, Ordering::SeqCst);
            cv.notify_all();
        }),
        doomed: false,
    });
    let mut dead = false;
    {
        let (m, cv) = site(&src);
        let mut g = crate::sync::lock(m);
        loop {
            // Doomed first: once the run deadlocked, a condition that holds now was
            // made true by a thread that is itself unwinding.
            if doomed.load(Ordering::SeqCst) {
                dead = true;
                break;
            }
            if done(&mut g) {
                woken.store(true, Ordering::SeqCst);
                break;
            }
            g = crate::sync::wait(cv, g);
        }
    }
    rt.threads.liveness.unblock(entry);
    rt.sp.unpark(ticket);
    if dead {
        std::panic::resume_unwind(Box::new(DeadlockUnwind));
    }
}

/// Runs `f`, turning a deadlock unwind into `None`; any other panic goes on unwinding.
pub fn catch_deadlock<R>(f: impl FnOnce() -> R) -> Option<R> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => Some(r),
        Err(p) if p.is::<DeadlockUnwind>() => None,
        Err(p) => std::panic::resume_unwind(p),
    }
}
