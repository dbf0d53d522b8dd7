//! Dynamic partial-order reduction (Flanagan and Godefroid, POPL 2005) over the steps
//! of [`super::runtime`], with the data choices of each step (which write a read reads
//! from, which waiter a notify wakes) explored exhaustively.
//!
//! The search is stateless: every execution runs the program from the start, replaying
//! the decisions of a prefix of the decision stack and then extending it. During each
//! execution, for every thread's next step the most recent earlier step that is
//! dependent with it ([`PendingOp::conflicts`]) and not ordered before it by the
//! dependence-based happens-before is a *race*; the thread is added to the backtrack
//! set of the state before that step (or, if it was not enabled there, every thread
//! that was). Steps that are independent commute and lead to the same execution graph,
//! so exploring one order of them is enough; sound and complete for the outcomes and
//! deadlocks of terminating programs.
//!
//! Sleep sets are implemented but switched off ([`SLEEP_SETS`]).
//!
//! `reduce = false` turns the reduction off (every enabled thread at every step) for the
//! benchmark and for checking the reduction against the naive search.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use crate::threads::op::PendingOp;
use crate::threads::runtime::Chooser;

/// Sleep sets are off: with them, `WRC+plain` under `sc` loses the outcome in which
/// the third thread reads both locations before the first writes (the thread whose
/// next step was its start stayed asleep past the step that should have woken it). The
/// search without them is the plain Flanagan–Godefroid algorithm, sound and complete;
/// `tests/litmus_agreement.rs` compares it with the memory model's state sets. To be
/// revisited (source sets or optimal DPOR).
const SLEEP_SETS: bool = false;

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
    /// Executions stopped because every enabled thread was asleep.
    pub redundant: u64,
    /// Set when a replay did not see the states it recorded (a bug, reported).
    pub diverged: bool,
}

impl Dpor {
    /// A new search.
    pub fn new(reduce: bool) -> Self {
        Self {
            reduce,
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

    /// The race analysis of Flanagan and Godefroid for the current state.
    fn analyse(&mut self, pending: &[Option<PendingOp>]) {
        for (p, op) in pending.iter().enumerate() {
            let Some(op) = op else { continue };
            // The latest step that is dependent with p's next one and not ordered
            // before it: Flanagan and Godefroid take the maximum over both conditions
            // (an earlier dependent step may race with p although a later one does not).
            let clock = self.clock_of(p).clone();
            let Some(i) = (0..self.trace.len()).rev().find(|&i| {
                let s = &self.trace[i];
                let k = s.clock.get(s.thread).copied().unwrap_or(0);
                s.thread != p && s.op.conflicts(op) && clock.get(s.thread).copied().unwrap_or(0) < k
            }) else {
                continue;
            };
            let node = self.trace[i].node;
            if let Node::Sched {
                enabled, backtrack, ..
            } = &mut self.nodes[node]
            {
                if enabled.contains(&p) {
                    backtrack.insert(p);
                } else {
                    backtrack.extend(enabled.iter().copied());
                }
            }
        }
    }
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
        if d.reduce && SLEEP_SETS {
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
