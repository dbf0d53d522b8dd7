//! Dynamic partial-order reduction with source sets and sleep sets (Abdulla, Aronis,
//! Jonsson and Sagonas, "Optimal dynamic partial order reduction", POPL 2014 — the
//! source-DPOR algorithm) over the steps of [`super::runtime`], with the data choices of
//! each step (which write a read reads from, which waiter a notify wakes) explored
//! exhaustively.
//!
//! The search is stateless: every execution runs the program from the start, replaying
//! the decisions of a prefix of the decision stack and then extending it. Two steps of
//! different threads are dependent when [`PendingOp::conflicts`] says so; happens-before
//! is program order, spawn order and the order of dependent steps (vector clocks). At
//! every state, each thread's next step `e` is checked against the earlier steps it is
//! in a race with (dependent, not ordered before `e`, and not ordered before it through
//! another dependent step); for each, an *initial* of the reversed sequence (a thread
//! that can take the first step of "the steps after the race that do not depend on it,
//! then `e`") is added to the backtrack set of the state before the race, unless one
//! is already explored, scheduled or asleep there. Sleep sets carry the threads whose
//! step from a state has been explored into the states after independent steps, and an
//! execution whose every enabled thread is asleep stops early (counted as redundant).
//! Independent steps commute and lead to the same execution graph, so this is sound and
//! complete for the outcomes and deadlocks of terminating programs;
//! `tests/litmus_agreement.rs` checks it against the memory model's state sets.
//!
//! `sleep_sets = false` keeps the source sets and drops the sleep sets (sound, more
//! executions: a check on the sleep sets). `reduce = false` turns the reduction off (every enabled thread at every step) for the
//! benchmark and for checking the reduction against the naive search.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use crate::threads::op::PendingOp;
use crate::threads::runtime::Chooser;

/// A decision of an execution: which thread steps, or which data choice a step takes.
#[derive(Debug, Clone)]
enum Node {
    Sched {
        enabled: Vec<usize>,
        backtrack: BTreeSet<usize>,
        done: BTreeSet<usize>,
        /// Threads asleep here: every execution that starts with their step from this
        /// state has been explored (Godefroid's sleep sets).
        sleep: BTreeSet<usize>,
        chosen: usize,
    },
    Data {
        n: usize,
        chosen: usize,
    },
}

#[derive(Debug, Clone)]
struct Step {
    thread: usize,
    op: PendingOp,
    node: usize,
    clock: Vec<u32>,
}

/// The state of the search, shared by the choosers of successive executions.
#[derive(Debug, Default)]
pub struct Dpor {
    nodes: Vec<Node>,
    cursor: usize,
    trace: Vec<Step>,
    clocks: Vec<Vec<u32>>,
    spawn_clocks: Vec<Vec<u32>>,
    last_node: Option<usize>,
    sleep: BTreeSet<usize>,
    reduce: bool,
    sleep_sets: bool,
    /// Executions stopped because every enabled thread was asleep.
    pub redundant: u64,
    /// Set when a replay did not see the states it recorded (a bug, reported).
    pub diverged: bool,
}

impl Dpor {
    /// A new search: with `reduce`, source-DPOR (with sleep sets when `sleep_sets`);
    /// without, every interleaving.
    pub fn new(reduce: bool, sleep_sets: bool) -> Self {
        Self {
            reduce,
            sleep_sets,
            ..Self::default()
        }
    }

    /// Prepares the next execution; `false` when every branch has been explored.
    pub fn next_execution(&mut self) -> bool {
        self.cursor = 0;
        self.trace.clear();
        self.clocks.clear();
        self.spawn_clocks.clear();
        self.last_node = None;
        self.sleep.clear();
        while let Some(node) = self.nodes.last_mut() {
            match node {
                Node::Sched {
                    enabled,
                    backtrack,
                    done,
                    sleep,
                    chosen,
                } => {
                    done.insert(*chosen);
                    if let Some(&t) = backtrack
                        .iter()
                        .find(|t| !done.contains(t) && !sleep.contains(t) && enabled.contains(t))
                    {
                        *chosen = t;
                        return true;
                    }
                }
                Node::Data { n, chosen } => {
                    if *chosen + 1 < *n {
                        *chosen += 1;
                        return true;
                    }
                }
            }
            self.nodes.pop();
        }
        false
    }

    fn clock_of(&mut self, t: usize) -> &mut Vec<u32> {
        while self.clocks.len() <= t {
            // A thread's first step comes after the spawn that created it.
            let k = self.clocks.len();
            let init = self.spawn_clocks.get(k).cloned().unwrap_or_default();
            self.clocks.push(init);
        }
        &mut self.clocks[t]
    }

    /// The race analysis for the current state (source-DPOR, Abdulla et al. 2014): for
    /// every thread `p` with a next step `e`, every earlier step that is in a race with
    /// `e` (dependent, not ordered before it, and not ordered before it through another
    /// step dependent with `e`) is reversed: the steps after it that do not depend on it,
    /// followed by `e`, form the sequence `v`; unless a thread that can start `v` (an
    /// *initial* of `v`) is already explored, scheduled or asleep at the race's state,
    /// one is scheduled there. (Taking only the latest race, as Flanagan and Godefroid
    /// do, is not enough once sleep sets prune the branch that would reveal the rest.)
    fn analyse(&mut self, pending: &[Option<PendingOp>]) {
        for (p, op) in pending.iter().enumerate() {
            let Some(op) = op else { continue };
            let clock = self.clock_of(p).clone();
            let before_e = |s: &Step| happens_before(s, &clock) || s.op.conflicts(op);
            let racing: Vec<usize> = (0..self.trace.len())
                .filter(|&i| {
                    let s = &self.trace[i];
                    s.thread != p && s.op.conflicts(op) && !happens_before(s, &clock)
                })
                .collect();
            for &i in &racing {
                // A race only if no later dependent step sits between (i -> j -> e).
                let direct = !racing
                    .iter()
                    .any(|&j| j > i && happens_before(&self.trace[i], &self.trace[j].clock));
                if !direct {
                    continue;
                }
                let initials = self.initials(i, p, &before_e);
                let Node::Sched {
                    enabled,
                    backtrack,
                    done,
                    sleep,
                    ..
                } = &mut self.nodes[self.trace[i].node]
                else {
                    continue;
                };
                let initials: Vec<usize> = initials
                    .into_iter()
                    .filter(|q| enabled.contains(q))
                    .collect();
                if initials.is_empty() {
                    let awake = enabled.iter().filter(|t| !sleep.contains(t));
                    backtrack.extend(awake.copied());
                } else if !initials
                    .iter()
                    .any(|q| backtrack.contains(q) || done.contains(q) || sleep.contains(q))
                {
                    backtrack.insert(initials[0]);
                }
            }
        }
    }

    /// The threads that can start `v`: the steps after `i` that do not depend on it,
    /// followed by `p`'s next step (for which `before_e` says which steps precede it).
    /// `p` comes first when it is one of them.
    fn initials(&self, i: usize, p: usize, before_e: &dyn Fn(&Step) -> bool) -> Vec<usize> {
        let race = &self.trace[i];
        let v: Vec<&Step> = self.trace[i + 1..]
            .iter()
            .filter(|s| !happens_before(race, &s.clock))
            .collect();
        let mut seen = Vec::new();
        let mut initials = Vec::new();
        for (k, s) in v.iter().enumerate() {
            if seen.contains(&s.thread) {
                continue;
            }
            seen.push(s.thread);
            if !v[..k].iter().any(|t| happens_before(t, &s.clock)) {
                initials.push(s.thread);
            }
        }
        if !seen.contains(&p) && !v.iter().any(|s| before_e(s)) {
            initials.insert(0, p);
        } else if let Some(at) = initials.iter().position(|&q| q == p) {
            initials.remove(at);
            initials.insert(0, p);
        }
        initials
    }
}

/// Does step `s` happen before the point whose vector clock is `clock`?
fn happens_before(s: &Step, clock: &[u32]) -> bool {
    let k = s.clock.get(s.thread).copied().unwrap_or(0);
    clock.get(s.thread).copied().unwrap_or(0) >= k
}

/// The [`Chooser`] of one execution of the search.
#[derive(Debug)]
pub struct DporChooser(pub Rc<RefCell<Dpor>>);

impl Chooser for DporChooser {
    fn pick_thread(
        &mut self,
        enabled: &[usize],
        pending: &[Option<PendingOp>],
        last: usize,
    ) -> Option<usize> {
        let mut d = self.0.borrow_mut();
        // Threads that exist before the first step were started before any step.
        while d.trace.is_empty() && d.spawn_clocks.len() < pending.len() {
            d.spawn_clocks.push(Vec::new());
        }
        if d.reduce {
            d.analyse(pending);
        }
        let index = d.cursor;
        d.cursor += 1;
        d.last_node = Some(index);
        let mut replayed = None;
        if index < d.nodes.len() {
            if let Node::Sched {
                chosen,
                done,
                sleep,
                ..
            } = &d.nodes[index]
                && enabled.contains(chosen)
            {
                replayed = Some((*chosen, done.clone(), sleep.clone()));
            } else {
                d.diverged = true;
                d.nodes.truncate(index);
            }
        }
        let (chosen, done, sleep) = match replayed {
            Some(r) => r,
            None => {
                let sleep = d.sleep.clone();
                let awake: Vec<usize> = enabled
                    .iter()
                    .copied()
                    .filter(|t| !sleep.contains(t))
                    .collect();
                if awake.is_empty() {
                    // Every continuation from here was explored from a sibling.
                    d.redundant += 1;
                    return None;
                }
                let first = if awake.contains(&last) {
                    last
                } else {
                    awake[0]
                };
                let backtrack = if d.reduce {
                    BTreeSet::from([first])
                } else {
                    awake.iter().copied().collect()
                };
                d.nodes.push(Node::Sched {
                    enabled: enabled.to_vec(),
                    backtrack,
                    done: BTreeSet::new(),
                    sleep: sleep.clone(),
                    chosen: first,
                });
                (first, BTreeSet::new(), sleep)
            }
        };
        if d.reduce && d.sleep_sets {
            // The sleep set after the step: the threads asleep here or explored here
            // before, whose steps are independent of the one taken.
            let op = pending[chosen].clone();
            d.sleep = sleep
                .iter()
                .chain(done.iter())
                .copied()
                .filter(|&u| u != chosen)
                .filter(|&u| match (&pending[u], &op) {
                    (Some(a), Some(b)) => !a.conflicts(b),
                    _ => false,
                })
                .collect();
        }
        Some(chosen)
    }

    fn pick(&mut self, n: usize) -> usize {
        let mut d = self.0.borrow_mut();
        let index = d.cursor;
        d.cursor += 1;
        if index < d.nodes.len() {
            if let Node::Data { n: m, chosen } = d.nodes[index]
                && m == n
            {
                return chosen;
            }
            d.diverged = true;
            d.nodes.truncate(index);
        }
        d.nodes.push(Node::Data { n, chosen: 0 });
        0
    }

    fn stepped(&mut self, thread: usize, op: &PendingOp, threads: usize) {
        let mut d = self.0.borrow_mut();
        let node = d.last_node.unwrap_or(0);
        let mut clock = d.clock_of(thread).clone();
        for j in 0..d.trace.len() {
            if d.trace[j].thread != thread && d.trace[j].op.conflicts(op) {
                let other = d.trace[j].clock.clone();
                join(&mut clock, &other);
            }
        }
        if clock.len() <= thread {
            clock.resize(thread + 1, 0);
        }
        clock[thread] += 1;
        *d.clock_of(thread) = clock.clone();
        // Threads this step created start after it.
        while d.spawn_clocks.len() < threads {
            d.spawn_clocks.push(clock.clone());
        }
        d.trace.push(Step {
            thread,
            op: op.clone(),
            node,
            clock,
        });
    }
}

fn join(a: &mut Vec<u32>, b: &[u32]) {
    if a.len() < b.len() {
        a.resize(b.len(), 0);
    }
    for (x, y) in a.iter_mut().zip(b) {
        *x = (*x).max(*y);
    }
}
