//! The threads of one run: their records, the synchronization objects, the memory
//! graph, and the loop that schedules threads one visible step at a time.
//!
//! A thread is a [`Fiber`](super::fiber::Fiber). Before it performs a visible step it
//! *announces* the step ([`Interp::announce`]) and suspends; the scheduling loop
//! ([`drive`]) picks one thread whose announced step is enabled and resumes it, which
//! performs that step and runs on to its next announcement. A [`Chooser`] makes every
//! decision — which thread, and which write a read reads from — so the same loop serves
//! `weft-ref run` (one sequentially consistent execution chosen by a seed) and `weft-ref
//! explore` (every execution, with partial-order reduction).
//!
//! Until the first `new Thread`, the main thread is alone and announces nothing: a
//! program without threads runs exactly as before, without events. Everything the main
//! thread did before the first spawn happens before every later event
//! (`[mm.relation.sw.spawn]`), so it is indistinguishable from Init writes, which is
//! what the memory layer makes of it ([`super::memory`]).

use std::collections::{HashMap, VecDeque};

use weft_memory_model::online::{Clock, OnlineGraph, OnlineModel};

use crate::interp::{Interp, JsResult};
use crate::object::Obj;
use crate::threads::fiber::{self, Fiber, FiberYield};
use crate::threads::memory::Stored;
use crate::threads::op::{PendingOp, Target, Wait};
use crate::value::Value;

/// A job of a thread's queue (a promise reaction, an async continuation).
pub type Job<'a> = Box<dyn FnOnce(&mut Interp<'a>) -> JsResult<'a, ()> + 'a>;

/// How a thread ended.
#[derive(Clone, Debug)]
pub enum ThreadEnd<'a> {
    /// Its function returned this value (for the main thread: the script completed).
    Returned(Value<'a>),
    /// Its function (or the main script) threw this value.
    Threw(Value<'a>),
}

/// An asynchronous request a thread waits on in its event loop.
#[derive(Clone, Debug)]
pub enum AsyncRequest<'a> {
    /// `t.asyncJoin()`: settle `promise` when thread `thread` finished.
    Join {
        /// The joined thread.
        thread: usize,
        /// Settled with the join's result.
        resolve: Obj<'a>,
        /// Rejected with the thrown value.
        reject: Obj<'a>,
    },
    /// `lock.asyncHold(fn)`: acquire lock `lock` once it is free, then call `f` (or
    /// resolve with a release function when there is none).
    Hold {
        /// The lock's runtime id.
        lock: usize,
        /// Its Sync target.
        sync: usize,
        /// The function to call holding the lock.
        f: Option<Value<'a>>,
        /// Resolves the promise.
        resolve: Obj<'a>,
        /// Rejects it.
        reject: Obj<'a>,
    },
    /// `cond.asyncWait(lock)`: once waiter `waiter` was notified and lock `lock` is
    /// free, re-acquire it and resolve.
    CondWait {
        /// The waiter record.
        waiter: usize,
        /// The condition's runtime id.
        cond: usize,
        /// The condition's Sync target.
        cond_sync: usize,
        /// The lock's runtime id.
        lock: usize,
        /// Its Sync target.
        lock_sync: usize,
        /// Resolves the promise.
        resolve: Obj<'a>,
    },
    /// `Atomics.waitAsync`: resolve with "ok" once waiter `waiter` was notified, or
    /// "timed-out" when it may time out.
    WaitAsync {
        /// The location waited on.
        loc: usize,
        /// The waiter record.
        waiter: usize,
        /// Resolves the promise.
        resolve: Obj<'a>,
    },
}

impl AsyncRequest<'_> {
    /// What completing the request touches (the event loop's step announces them).
    pub fn targets(&self) -> Vec<(Target, crate::threads::op::Access)> {
        use crate::threads::op::Access;
        match self {
            AsyncRequest::Join { thread, .. } => {
                vec![(Target::Sync(thread_target(*thread)), Access::Read)]
            }
            AsyncRequest::Hold { sync, .. } => vec![(Target::Sync(*sync), Access::Write)],
            AsyncRequest::CondWait {
                cond_sync,
                lock_sync,
                ..
            } => vec![
                (Target::Sync(*cond_sync), Access::Write),
                (Target::Sync(*lock_sync), Access::Write),
                (Target::Sync(SPURIOUS_TARGET), Access::Write),
            ],
            AsyncRequest::WaitAsync { loc, .. } => vec![(Target::Slot(*loc), Access::Write)],
        }
    }
}

/// One thread's record.
pub struct ThreadRecord<'a> {
    /// The thread's `Thread` object (created lazily for the main thread).
    pub object: Option<Obj<'a>>,
    /// Its fiber while it runs.
    pub fiber: Option<Fiber>,
    /// The step it announced and waits to perform.
    pub pending: Option<PendingOp>,
    /// How it ended, once finished.
    pub end: Option<ThreadEnd<'a>>,
    /// Its clock when it finished (`[mm.relation.sw.join]`).
    pub end_clock: Clock,
    /// What it printed, line by line.
    pub printed: Vec<String>,
    /// Its job queue.
    pub jobs: VecDeque<Job<'a>>,
    /// What its event loop waits for.
    pub requests: Vec<AsyncRequest<'a>>,
    /// Its `ThreadLocal` values, by ThreadLocal id.
    pub locals: HashMap<usize, Value<'a>>,
    /// The locks it holds (runtime ids).
    pub holding: Vec<usize>,
    /// An exception raised where it could not be thrown at once (inside an internal
    /// method that cannot fail); the thread's next evaluation step throws it.
    pub pending_throw: Option<crate::interp::Abrupt<'a>>,
    /// The reads it made since its last step that was not a read (for the spin-loop
    /// reduction, th.explore.spin).
    pub reads: Vec<ReadRecord>,
    /// Its place in the tree of spawns, the same in every execution: `0` for the main
    /// thread, then the parent's path and the child's spawn index (`0.1` is the main
    /// thread's second child). Keys the value domains of speculative reads.
    pub path: String,
    /// How many threads it has started.
    pub children: u32,
}

impl std::fmt::Debug for ThreadRecord<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ThreadRecord")
            .field("pending", &self.pending)
            .field("end", &self.end)
            .field("printed", &self.printed)
            .finish_non_exhaustive()
    }
}

impl<'a> ThreadRecord<'a> {
    /// A thread that has not started yet.
    pub fn new(object: Option<Obj<'a>>, path: String) -> Self {
        Self {
            path,
            children: 0,
            object,
            fiber: None,
            pending: Some(PendingOp::local("start")),
            end: None,
            end_clock: Clock::default(),
            printed: Vec::new(),
            jobs: VecDeque::new(),
            requests: Vec::new(),
            locals: HashMap::new(),
            holding: Vec::new(),
            reads: Vec::new(),
            pending_throw: None,
        }
    }
}

/// One read of a thread's current run of reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadRecord {
    /// Where in the source, and which kind of read.
    pub site: (u32, u32, u8),
    /// The location read.
    pub loc: usize,
    /// The write it read.
    pub write: usize,
    /// How many writes the location had when it was read.
    pub writes_then: usize,
}

/// A `Lock`'s state.
#[derive(Clone, Debug, Default)]
pub struct LockState {
    /// The thread holding it.
    pub holder: Option<usize>,
    /// The releasing thread's clock at the last release (`[mm.relation.sw.lock]`).
    pub released: Clock,
}

/// A thread sleeping in `Condition.wait` or `Atomics.wait`.
#[derive(Clone, Debug)]
pub struct Waiter {
    /// The sleeping thread.
    pub thread: usize,
    /// Has it been notified?
    pub notified: bool,
    /// The notifier's clock (Atomics.notify synchronizes with the wake-up).
    pub clock: Clock,
    /// May it wake up without a notification (a finite `Atomics.wait` timeout)?
    pub may_time_out: bool,
    /// Is it a `Condition.wait`, which may also wake up spuriously?
    pub condition: bool,
}

/// Decides everything a run leaves open.
pub trait Chooser {
    /// Which of the `enabled` threads (ascending ids, never empty) takes the next step;
    /// `None` abandons the execution as redundant (the reduction knows its outcomes).
    /// `pending[t]` is the step thread `t` announced (`None` once it finished);
    /// `last` is the thread that took the previous step.
    fn pick_thread(
        &mut self,
        enabled: &[usize],
        pending: &[Option<PendingOp>],
        last: usize,
    ) -> Option<usize>;
    /// One of `n` (≥ 1) alternatives of the step being taken: the write a read reads
    /// from, the waiter a notify wakes, …
    fn pick(&mut self, n: usize) -> usize;
    /// Thread `thread` has taken the step `op`; `threads` threads exist now (a spawn
    /// adds one).
    fn stepped(&mut self, thread: usize, op: &PendingOp, threads: usize) {
        let _ = (thread, op, threads);
    }
}

/// `weft-ref run`'s chooser: a thread chosen at random (xorshift from a seed) at every
/// step, and the first alternative of every other choice (under `sc` a read has one).
#[derive(Debug, Clone)]
pub struct SeededChooser {
    state: u64,
}

impl SeededChooser {
    /// A chooser for `seed`.
    pub fn new(seed: u64) -> Self {
        Self {
            state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
        }
    }

    fn next(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        x
    }
}

impl Chooser for SeededChooser {
    fn pick_thread(
        &mut self,
        enabled: &[usize],
        _pending: &[Option<PendingOp>],
        _last: usize,
    ) -> Option<usize> {
        Some(enabled[(self.next() % enabled.len() as u64) as usize])
    }

    fn pick(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// How the scheduling loop ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunEnd {
    /// Every thread finished.
    Finished,
    /// Every unfinished thread was blocked.
    Deadlock,
    /// The step bound was reached (the execution may not terminate).
    StepBound,
    /// The execution turned out to violate the memory model (a dead branch).
    Infeasible,
    /// The reduction abandoned the execution: its continuations were all explored.
    Redundant,
}

/// The threads of one run.
pub struct ThreadsRuntime<'a> {
    /// Has a second thread ever been started? Until then nothing is announced.
    pub active: bool,
    /// The thread running now.
    pub current: usize,
    /// Every thread; index = thread id.
    pub threads: Vec<ThreadRecord<'a>>,
    /// The memory graph of `spec/memory-model.md`.
    pub graph: OnlineGraph,
    /// The value each write event wrote.
    pub written: HashMap<usize, Stored<'a>>,
    /// Decides what the run leaves open.
    pub chooser: Box<dyn Chooser + 'a>,
    /// Lock states by runtime id.
    pub locks: Vec<LockState>,
    /// Waiters of each condition (by runtime id), oldest first.
    pub conditions: Vec<Vec<usize>>,
    /// Waiter records.
    pub waiters: Vec<Waiter>,
    /// `Atomics.wait` waiters by location id, oldest first.
    pub atomics_waiters: HashMap<usize, Vec<usize>>,
    /// Counter for runtime ids of sync objects and object identities.
    pub next_id: usize,
    /// Steps taken so far.
    pub steps: u64,
    /// The step bound.
    pub max_steps: u64,
    /// Set when a step turned out infeasible under the model.
    pub infeasible: bool,
    /// Most threads alive at once.
    pub max_threads: usize,
    /// Set when the run was terminated (fuel): every thread stops.
    pub terminated: Option<crate::interp::Termination>,
    /// Where the main thread's uncaught exception was thrown.
    pub main_error_position: Option<boa_ast::Position>,
    /// The clock released by the last operation on each atomic object (Map, Set).
    pub sync_clocks: HashMap<usize, Clock>,
    /// Spurious wake-ups of `Condition.wait` still allowed in this execution
    /// (th.condition.spurious).
    pub spurious_left: u32,
    /// Is the spin-loop reduction on (th.explore.spin)?
    pub spin_reduction: bool,
    /// Objects that were given an identity, by identity.
    pub objects: HashMap<usize, Obj<'a>>,
    /// The fibers of async function calls, by call id (`eval::async_fn`).
    pub async_fibers: Vec<crate::eval::async_fn::AsyncSlot<'a>>,
    /// The async calls whose fibers are running, innermost last.
    pub running_async: Vec<usize>,
    /// The name of each location, for the domains of speculative reads.
    pub loc_names: HashMap<usize, String>,
    /// What reads may guess, by location name (`ecma` only; empty otherwise).
    pub domains: std::rc::Rc<crate::threads::speculation::Domains>,
    /// The guesses made so far, resolved when the execution is complete.
    pub speculations: Vec<crate::threads::speculation::Speculation>,
}

impl std::fmt::Debug for ThreadsRuntime<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ThreadsRuntime")
            .field("active", &self.active)
            .field("current", &self.current)
            .field("threads", &self.threads)
            .finish_non_exhaustive()
    }
}

/// The id of the Sync target that orders thread creation (thread ids are handed out
/// in spawn order).
pub const SPAWN_TARGET: usize = 0;

/// The Sync target of the budget of spurious wake-ups.
pub const SPURIOUS_TARGET: usize = usize::MAX / 8;

impl<'a> ThreadsRuntime<'a> {
    /// A runtime with only the main thread.
    pub fn new(model: OnlineModel, chooser: Box<dyn Chooser + 'a>, max_steps: u64) -> Self {
        let mut graph = OnlineGraph::new(model);
        graph.add_thread(None);
        Self {
            active: false,
            current: 0,
            threads: vec![ThreadRecord::new(None, "0".to_owned())],
            graph,
            written: HashMap::new(),
            chooser,
            locks: Vec::new(),
            conditions: Vec::new(),
            waiters: Vec::new(),
            atomics_waiters: HashMap::new(),
            next_id: 1,
            steps: 0,
            max_steps,
            infeasible: false,
            max_threads: 64,
            terminated: None,
            main_error_position: None,
            sync_clocks: HashMap::new(),
            objects: HashMap::new(),
            spin_reduction: true,
            spurious_left: 0,
            async_fibers: Vec::new(),
            running_async: Vec::new(),
            loc_names: HashMap::new(),
            domains: std::rc::Rc::default(),
            speculations: Vec::new(),
        }
    }

    /// A fresh id for a Sync target or an object identity.
    pub fn fresh_id(&mut self) -> usize {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Can the step be taken now?
    pub fn enabled(&self, thread: usize, op: &PendingOp) -> bool {
        match &op.wait {
            Wait::None => true,
            Wait::LockFree(l) => self.locks[*l].holder.is_none(),
            Wait::ThreadDone(t) => self.threads[*t].end.is_some(),
            Wait::Notified(w) => {
                let w = &self.waiters[*w];
                w.notified || w.may_time_out || (w.condition && self.spurious_left > 0)
            }
            Wait::NewWrite(seen) => seen
                .iter()
                .any(|r| self.graph.write_count(r.loc) > r.writes_then),
            Wait::Idle => {
                let th = &self.threads[thread];
                !th.jobs.is_empty() || th.requests.iter().any(|r| self.request_ready(r))
            }
        }
    }

    /// Can an asynchronous request complete now?
    pub fn request_ready(&self, r: &AsyncRequest<'a>) -> bool {
        match r {
            AsyncRequest::Join { thread, .. } => self.threads[*thread].end.is_some(),
            AsyncRequest::Hold { lock, .. } => self.locks[*lock].holder.is_none(),
            AsyncRequest::CondWait { waiter, lock, .. } => {
                // Notified, or woken spuriously while the budget lasts (th.condition.spurious).
                (self.waiters[*waiter].notified || self.spurious_left > 0)
                    && self.locks[*lock].holder.is_none()
            }
            AsyncRequest::WaitAsync { waiter, .. } => {
                let w = &self.waiters[*waiter];
                w.notified || w.may_time_out
            }
        }
    }

    /// The thread record of the running thread.
    pub fn me(&mut self) -> &mut ThreadRecord<'a> {
        let c = self.current;
        &mut self.threads[c]
    }
}

impl<'a> Interp<'a> {
    /// Announces the running thread's next visible step and waits until the scheduler
    /// lets it take it. Does nothing while the main thread is alone.
    pub fn announce(&mut self, op: PendingOp) -> JsResult<'a, ()> {
        if !self.rt.active {
            return Ok(());
        }
        if !op.label.starts_with("read") {
            self.rt.me().reads.clear();
        }
        fiber::suspend(self, FiberYield::Op(op));
        if self.rt.infeasible {
            return Err(crate::interp::Abrupt::Terminate(
                crate::interp::Termination::Infeasible,
            ));
        }
        Ok(())
    }

    /// Ends the execution as one the memory model does not allow (a dead branch of the
    /// exploration).
    pub fn infeasible<T>(&mut self) -> JsResult<'a, T> {
        self.rt.infeasible = true;
        Err(crate::interp::Abrupt::Terminate(
            crate::interp::Termination::Infeasible,
        ))
    }

    /// One of `n` alternatives, decided by the chooser.
    pub fn choose(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        self.rt.chooser.pick(n)
    }

    /// The job queue of the running thread: appends a job.
    pub fn enqueue_job(&mut self, job: Job<'a>) {
        self.rt.me().jobs.push_back(job);
    }

    /// Runs the running thread's event loop: its jobs until the queue is empty and no
    /// asynchronous request is pending (`[th.jobs.queue]`). An exception escaping a job
    /// ends the loop with it.
    pub fn run_event_loop(&mut self) -> JsResult<'a, ()> {
        loop {
            while let Some(job) = self.rt.me().jobs.pop_front() {
                job(self)?;
            }
            if self.rt.me().requests.is_empty() {
                return Ok(());
            }
            let targets = self
                .rt
                .me()
                .requests
                .iter()
                .flat_map(AsyncRequest::targets)
                .collect();
            self.announce(PendingOp {
                label: "event loop",
                targets,
                wait: Wait::Idle,
                existence: None,
            })?;
            if !self.rt.me().jobs.is_empty() {
                continue;
            }
            let ready: Vec<usize> = (0..self.rt.me().requests.len())
                .filter(|&i| {
                    let r = &self.rt.threads[self.rt.current].requests[i];
                    self.rt.request_ready(r)
                })
                .collect();
            // [th.jobs.async-settle]: any one of the completed operations; the order
            // among operations completed by now is not specified.
            let pick = ready[self.choose(ready.len())];
            let request = self.rt.me().requests.remove(pick);
            self.complete_request(request)?;
        }
    }

    fn complete_request(&mut self, r: AsyncRequest<'a>) -> JsResult<'a, ()> {
        match r {
            AsyncRequest::Join {
                thread,
                resolve,
                reject,
            } => {
                let end_clock = self.rt.threads[thread].end_clock.clone();
                let me = self.rt.current;
                self.rt.graph.acquire(me, &end_clock);
                match self.rt.threads[thread].end.clone() {
                    Some(ThreadEnd::Returned(v)) => {
                        self.call(&Value::Object(resolve), Value::Undefined, &[v])?;
                    }
                    Some(ThreadEnd::Threw(v)) => {
                        self.call(&Value::Object(reject), Value::Undefined, &[v])?;
                    }
                    None => unreachable!("a request completes only when ready"),
                }
                Ok(())
            }
            other => crate::builtins::threads::complete_async_request(self, other),
        }
    }
}

/// The Sync target of a thread's completion.
pub fn thread_target(thread: usize) -> usize {
    // Sync ids of threads live in their own range, apart from runtime ids.
    usize::MAX / 2 + thread
}

/// Brings a property write's Keys access up to date: it changes the set of keys when it
/// adds an absent property or deletes a present one.
fn refresh<'a>(rt: &ThreadsRuntime<'a>, mut op: PendingOp) -> PendingOp {
    let Some(e) = &op.existence else {
        return op;
    };
    let present = rt
        .objects
        .get(&e.object)
        .is_some_and(|o| o.borrow().properties.contains_key(&e.key));
    let changes = present == e.deleting;
    let keys = Target::Keys(e.object);
    op.targets.retain(|(t, _)| *t != keys);
    if changes {
        op.targets.push((keys, crate::threads::op::Access::Write));
    }
    op
}

/// Runs the scheduling loop until every thread finished, or none can move.
pub fn drive<'a>(interp: &mut Interp<'a>) -> RunEnd {
    let mut last = 0;
    loop {
        if interp.rt.infeasible || (!interp.rt.speculations.is_empty() && interp.speculation_dead())
        {
            return RunEnd::Infeasible;
        }
        if interp.rt.terminated.is_some() {
            return RunEnd::Finished;
        }
        for t in 0..interp.rt.threads.len() {
            if let Some(op) = interp.rt.threads[t].pending.take() {
                let op = refresh(&interp.rt, op);
                interp.rt.threads[t].pending = Some(op);
            }
        }
        let pending: Vec<Option<PendingOp>> = interp
            .rt
            .threads
            .iter()
            .map(|t| t.pending.clone())
            .collect();
        let live: Vec<usize> = (0..pending.len())
            .filter(|&t| pending[t].is_some())
            .collect();
        if live.is_empty() {
            return RunEnd::Finished;
        }
        let enabled: Vec<usize> = live
            .iter()
            .copied()
            .filter(|&t| interp.rt.enabled(t, pending[t].as_ref().expect("live")))
            .collect();
        if enabled.is_empty() {
            // A thread stopped by the spin-loop reduction that could still read another
            // write is not stuck: those reads were explored at an earlier iteration, so
            // this execution adds nothing (th.explore.spin).
            for &t in &live {
                if let Some(PendingOp {
                    wait: Wait::NewWrite(reads),
                    ..
                }) = &pending[t]
                {
                    for r in reads {
                        let other = interp
                            .rt
                            .graph
                            .read_candidates(t, r.loc, r.seq_cst, false)
                            .into_iter()
                            .any(|w| w != r.write);
                        if other {
                            return RunEnd::Redundant;
                        }
                    }
                }
            }
            if std::env::var_os("WEFT_TRACE").is_some() {
                eprintln!("deadlock: {pending:?}");
            }
            return RunEnd::Deadlock;
        }
        if interp.rt.steps >= interp.rt.max_steps {
            return RunEnd::StepBound;
        }
        interp.rt.steps += 1;
        let Some(t) = interp.rt.chooser.pick_thread(&enabled, &pending, last) else {
            return RunEnd::Redundant;
        };
        let op = pending[t].clone().expect("enabled threads have a step");
        last = t;
        interp.rt.current = t;
        let mut f = interp.rt.threads[t]
            .fiber
            .take()
            .expect("a live thread has its fiber");
        let outcome = fiber::resume(interp, &mut f);
        match outcome {
            Some(FiberYield::Op(next)) => {
                interp.rt.threads[t].pending = Some(next);
                interp.rt.threads[t].fiber = Some(f);
            }
            Some(FiberYield::Awaiting) => {
                unreachable!("a thread's own fiber never awaits: async functions run on theirs")
            }
            None => {
                interp.rt.threads[t].pending = None;
                drop(f);
            }
        }
        let threads = interp.rt.threads.len();
        interp.rt.chooser.stepped(t, &op, threads);
    }
}
