//! Each thread's job queue and event loop (spec/threads.md §7).
//!
//! Promise jobs are enqueued on the running thread's own queue
//! (`ThreadVmState::jobs`), which only that thread touches. Completions of the async
//! thread API (`asyncJoin`, `asyncHold`, `asyncWait`, `Atomics.waitAsync`) may be
//! caused by another thread: the calling thread registers a *pending operation* in its
//! [`Inbox`] (this is its pending work, [th.jobs.pending]) and hands a ticket to whoever
//! will complete it; completing moves the operation to the inbox's ready list, and the
//! owning thread's event loop turns it into a job of its own queue
//! ([th.jobs.async-settle]). Every inbox is listed in the runtime's thread registry, so
//! the values of pending and ready operations are GC roots wherever they wait.

use std::collections::{HashMap, VecDeque};
use std::time::Instant;

use crate::builtins::promise::Reaction;
use crate::sync::atomic::{AtomicBool, Ordering};
use crate::sync::{Arc, Condvar, Mutex};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::property::Key;

/// How a lock acquired by an async operation is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Acquire {
    /// `asyncHold(fn)`: call fn, release, settle with fn's completion.
    Call,
    /// `asyncHold()`: resolve with a release function.
    Release,
    /// The re-acquisition after `asyncWait`: resolve with undefined.
    Reacquire,
}

/// What an async operation waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitKind {
    /// `asyncJoin`: vals = [promise, thread object].
    Join,
    /// A lock acquisition: vals = [promise, lock, fn].
    Lock(Acquire),
    /// `asyncWait` woken by a notify: vals = [promise, lock].
    CondWoken,
    /// `Atomics.waitAsync`: vals = `[promise]`; completed with true ("ok") or false
    /// ("timed-out").
    Atomics,
}

/// A pending async operation of a thread.
#[derive(Clone, Copy, Debug)]
pub struct PendingOp {
    pub kind: WaitKind,
    pub vals: [Value; 3],
}

/// A job of a thread's queue.
pub enum Job {
    /// A promise reaction with its argument.
    Reaction { reaction: Reaction, arg: Value },
    /// NewPromiseResolveThenableJob.
    Thenable {
        promise: Value,
        thenable: Value,
        then: Value,
    },
    /// A completed async operation, settled on its own thread.
    Wake { op: PendingOp, outcome: Value },
}

impl Job {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Job::Reaction { reaction, arg } => {
                reaction.trace(f);
                f(*arg);
            }
            Job::Thenable {
                promise,
                thenable,
                then,
            } => {
                f(*promise);
                f(*thenable);
                f(*then);
            }
            Job::Wake { op, outcome } => {
                op.vals.iter().for_each(|v| f(*v));
                f(*outcome);
            }
        }
    }
}

/// A timeout of an `Atomics.waitAsync`.
struct Timer {
    deadline: Instant,
    ticket: u64,
    waiter: u64,
    key: (usize, Key),
}

#[derive(Default)]
struct InboxState {
    next: u64,
    waiting: HashMap<u64, PendingOp>,
    ready: VecDeque<(PendingOp, Value)>,
    timers: Vec<Timer>,
}

/// Where a thread's async operations wait and other threads complete them.
pub struct Inbox {
    state: Mutex<InboxState>,
    cv: Condvar,
    /// Set when `ready` may be non-empty (checked between jobs without the lock).
    has_ready: AtomicBool,
}

impl Inbox {
    fn new() -> Inbox {
        Inbox {
            state: Mutex::new(InboxState::default()),
            cv: Condvar::new(),
            has_ready: AtomicBool::new(false),
        }
    }

    /// Registers a pending operation; the ticket completes it.
    pub fn register(&self, op: PendingOp) -> u64 {
        let mut s = crate::sync::lock(&self.state);
        let t = s.next;
        s.next += 1;
        s.waiting.insert(t, op);
        t
    }

    /// Registers an operation that is complete at once (it is settled like any other,
    /// when the thread's queue is empty).
    pub fn ready_now(&self, op: PendingOp, outcome: Value) {
        let ticket = self.register(op);
        self.complete(ticket, outcome);
    }

    /// Completes pending operation `ticket` with `outcome` (false if it was no longer
    /// pending).
    pub fn complete(&self, ticket: u64, outcome: Value) -> bool {
        let mut s = crate::sync::lock(&self.state);
        let Some(op) = s.waiting.remove(&ticket) else {
            return false;
        };
        s.ready.push_back((op, outcome));
        self.has_ready.store(true, Ordering::Release);
        self.cv.notify_all();
        true
    }

    /// Arms a timeout for an `Atomics.waitAsync` waiter.
    pub fn add_timer(&self, deadline: Instant, ticket: u64, waiter: u64, key: (usize, Key)) {
        crate::sync::lock(&self.state).timers.push(Timer {
            deadline,
            ticket,
            waiter,
            key,
        });
    }

    /// How many operations are pending (tests).
    pub fn pending(&self) -> usize {
        crate::sync::lock(&self.state).waiting.len()
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        let s = crate::sync::lock(&self.state);
        for op in s.waiting.values() {
            op.vals.iter().for_each(|v| f(*v));
        }
        for (op, o) in &s.ready {
            op.vals.iter().for_each(|v| f(*v));
            f(*o);
        }
    }
}

impl Vm {
    /// This thread's inbox (made and registered on first use).
    pub fn inbox(&mut self) -> Arc<Inbox> {
        if let Some(i) = &self.thread_local.inbox {
            return Arc::clone(i);
        }
        let i = Arc::new(Inbox::new());
        crate::sync::lock(&self.rt.threads.inboxes).push(Arc::clone(&i));
        self.thread_local.inbox = Some(Arc::clone(&i));
        i
    }

    /// Runs one job (a safepoint first); its values are rooted while it runs.
    fn run_job(&mut self, job: Job) {
        let mark = self.roots.len();
        job.trace(&mut |v| self.roots.push(v));
        // A job is never dropped: over the heap limit, the job's own allocations and
        // polls throw the RangeError where JavaScript can see it.
        let _ = self.poll();
        match job {
            Job::Reaction { reaction, arg } => self.run_reaction(reaction, arg),
            Job::Thenable {
                promise,
                thenable,
                then,
            } => self.run_thenable(promise, thenable, then),
            Job::Wake { op, outcome } => self.run_wake(op, outcome),
        }
        self.roots.truncate(mark);
        self.throw_pos = None;
    }

    /// Takes the async operation that completed first, if any ([th.jobs.async-settle]).
    fn take_one_ready(&mut self, inbox: &Inbox) -> Option<Job> {
        if !inbox.has_ready.load(Ordering::Acquire) {
            return None;
        }
        let mut s = crate::sync::lock(&inbox.state);
        let (op, outcome) = s.ready.pop_front()?;
        if s.ready.is_empty() {
            inbox.has_ready.store(false, Ordering::Release);
        }
        Some(Job::Wake { op, outcome })
    }

    /// Runs the jobs queued so far (and those they queue) without waiting for pending
    /// async operations.
    pub fn run_jobs(&mut self) {
        while let Some(job) = self.thread_local.jobs.pop_front() {
            self.run_job(job);
        }
    }

    /// The event loop after a thread's function (or the main script): runs jobs until
    /// the queue is empty and nothing async is pending ([th.thread.finish]).
    /// Completed async operations are settled only when the queue is empty, one per
    /// turn, each followed by the jobs it queues ([th.jobs.async-settle]).
    pub fn run_event_loop(&mut self) {
        loop {
            self.run_jobs();
            let Some(inbox) = self.thread_local.inbox.clone() else {
                return;
            };
            self.fire_timers(&inbox);
            if let Some(job) = self.take_one_ready(&inbox) {
                self.run_job(job);
                continue;
            }
            let deadline = {
                let s = crate::sync::lock(&inbox.state);
                if !s.ready.is_empty() {
                    continue;
                }
                if s.waiting.is_empty() {
                    return;
                }
                s.timers.iter().map(|t| t.deadline).min()
            };
            // Nothing to run: sleep parked (roots published) until a completion or a
            // timeout. The inbox lock is never held while parking or unparking.
            let Some(deadline) = deadline else {
                // No timeout: the thread is blocked for deadlock detection until a
                // completion arrives ([th.run.blocked]).
                crate::thread::deadlock::block_until(
                    self,
                    "its event loop",
                    inbox,
                    |i| (&i.state, &i.cv),
                    |s| !s.ready.is_empty() || s.waiting.is_empty(),
                    |s| !s.ready.is_empty() || s.waiting.is_empty(),
                );
                continue;
            };
            // A wait with a timeout is never blocked: it can always time out.
            let mut roots = Vec::new();
            self.thread_roots(&mut roots);
            let ticket = self.rt.sp.park(roots);
            {
                let mut s = crate::sync::lock(&inbox.state);
                while s.ready.is_empty() && !s.waiting.is_empty() {
                    let now = Instant::now();
                    if now >= deadline {
                        break;
                    }
                    let (g, timed_out) =
                        crate::sync::wait_timeout(&inbox.cv, &inbox.state, s, deadline - now);
                    s = g;
                    if timed_out {
                        break;
                    }
                }
            }
            self.rt.sp.unpark(ticket);
        }
    }

    /// Times out expired `waitAsync` waiters (they join the completed operations).
    fn fire_timers(&mut self, inbox: &Inbox) {
        let now = Instant::now();
        let expired: Vec<Timer> = {
            let mut s = crate::sync::lock(&inbox.state);
            let (due, keep): (Vec<Timer>, Vec<Timer>) =
                s.timers.drain(..).partition(|t| t.deadline <= now);
            s.timers = keep;
            due
        };
        for t in expired {
            if crate::thread::atomics::remove_waiter(&self.rt, t.key, t.waiter) {
                inbox.complete(t.ticket, Value::FALSE);
            }
        }
    }

    /// Leaves the thread's inbox (the thread has finished).
    pub fn drop_inbox(&mut self) {
        if let Some(i) = self.thread_local.inbox.take() {
            crate::sync::lock(&self.rt.threads.inboxes).retain(|x| !Arc::ptr_eq(x, &i));
        }
    }
}
