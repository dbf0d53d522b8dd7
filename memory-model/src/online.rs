//! Exploration by execution (`[mm.model.weft.gain]`): an execution graph built one
//! event at a time, in an order consistent with `po ∪ rf`, that answers which writes a
//! new read may read from.
//!
//! Under `weft` every valid execution has an acyclic `po ∪ rf`, so it can be built by
//! running threads step by step and letting each read choose among the writes that
//! have already happened. [`OnlineGraph`] is the model's half of that loop: an
//! interpreter adds events as its threads perform them and asks
//! [`OnlineGraph::read_candidates`] which writes a read may take; the answer applies the
//! axioms of `spec/memory-model.md` §5 to the graph so far:
//!
//! - `[mm.axiom.coherent-reads.no-future]` holds by construction (a new read happens
//!   before nothing);
//! - `[mm.axiom.coherent-reads.no-intervening]`: a read may take a write `w` unless some
//!   write `v` with `w hb v` happens before the read — so it takes either an
//!   `hb`-maximal write among those that happen before it, or any write that does not;
//! - `[mm.axiom.sc-atomics]`: the constraints of clauses (a)–(c) are kept for every
//!   reads-from pair, and a memory order satisfying them must exist. Only SeqCst writes
//!   are ever constrained, so a program without `Atomics` never searches.
//!
//! Happens-before is tracked with vector clocks. Init writes are not events of any
//! thread: each happens before every other event on its location
//! (`[mm.relation.init]`) and is placed first in memory order. Synchronization that is
//! not a memory access here (thread spawn and join, lock hand-over, notify → wake) is
//! given to the graph as clocks: [`OnlineGraph::acquire`] joins a released clock into a
//! thread's ([`mm.relation.sw`]).
//!
//! Under `sc` a read takes the latest write in execution order, which is exactly an
//! interleaving semantics (`[mm.model.sc]`).
//!
//! Under `ecma` (`[mm.model.ecma]`: Weft's axioms without `[mm.axiom.no-thin-air]`) an
//! execution may have a `po ∪ rf` cycle, so some read must take a write that has not
//! happened yet. The graph answers like `weft` for the writes that exist and adds
//! *speculative* reads ([`OnlineGraph::add_speculative_read`]): a read whose write comes
//! later, which the interpreter resolves against a later write of the value it guessed
//! ([`OnlineGraph::resolves`]). A later write never happens before the read nor has a
//! write between them in `hb`, and a pair that is not both SeqCst neither synchronizes
//! nor (its write not happening before its read) constrains the memory order — so a
//! speculative read adds no constraint, and only no-future is left to check.
//!
//! Unlike the rest of this crate, the graph has no bound on its number of events.

use std::collections::HashSet;

/// An event of the graph.
pub type EventId = usize;
/// A location of the graph.
pub type LocId = usize;
/// A thread of the graph (0 is the first thread added).
pub type ThreadIdx = usize;

/// The model an [`OnlineGraph`] answers for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnlineModel {
    /// Weft's contract (`[mm.model.weft]`).
    Weft,
    /// Sequential consistency (`[mm.model.sc]`).
    Sc,
    /// The repaired ECMAScript model (`[mm.model.ecma]`): Weft's axioms without
    /// `[mm.axiom.no-thin-air]`; reads of later writes through speculative reads.
    Ecma,
}

/// A vector clock: for each thread, how many of its events happen before (or are) the
/// point the clock describes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clock(Vec<u32>);

impl Clock {
    /// The component of thread `t`.
    pub fn get(&self, t: ThreadIdx) -> u32 {
        self.0.get(t).copied().unwrap_or(0)
    }

    fn set(&mut self, t: ThreadIdx, v: u32) {
        if self.0.len() <= t {
            self.0.resize(t + 1, 0);
        }
        self.0[t] = v;
    }

    /// Pointwise maximum.
    pub fn join(&mut self, other: &Clock) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a = (*a).max(*b);
        }
    }
}

/// The graph would violate an axiom: the step that was attempted cannot happen in any
/// valid execution that extends the events so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inconsistent {
    /// The axiom that fails.
    pub axiom: &'static str,
}

#[derive(Clone, Debug)]
struct Event {
    /// `None` for Init writes.
    thread: Option<ThreadIdx>,
    /// 1-based position in its thread.
    index: u32,
    loc: LocId,
    write: bool,
    sc: bool,
    /// The clock after the event (it includes the event itself).
    clock: Clock,
}

#[derive(Clone, Debug)]
struct Location {
    init: EventId,
    /// Every write to the location (its Init first), in execution order.
    writes: Vec<EventId>,
    /// Every SeqCst write to the location.
    sc_writes: Vec<EventId>,
}

/// The `[mm.axiom.sc-atomics]` constraint of one reads-from pair: no write of `between`
/// may come between `w` and `r` in memory order.
#[derive(Clone, Debug)]
struct Constraint {
    w: EventId,
    r: EventId,
    between: Vec<EventId>,
}

/// An execution graph under construction. See the module documentation.
#[derive(Clone, Debug)]
pub struct OnlineGraph {
    model: OnlineModel,
    events: Vec<Event>,
    locations: Vec<Location>,
    /// The clock of each thread after its latest event (or its start).
    threads: Vec<Clock>,
    /// Number of events of each thread so far.
    counts: Vec<u32>,
    constraints: Vec<Constraint>,
    /// Reads of each location that are SeqCst and read some write (for clause (c) of
    /// later SeqCst writes): `(w, r)` pairs.
    sc_read_pairs: Vec<Vec<(EventId, EventId)>>,
}

impl OnlineGraph {
    /// An empty graph.
    pub fn new(model: OnlineModel) -> Self {
        Self {
            model,
            events: Vec::new(),
            locations: Vec::new(),
            threads: Vec::new(),
            counts: Vec::new(),
            constraints: Vec::new(),
            sc_read_pairs: Vec::new(),
        }
    }

    /// The model the graph answers for.
    pub fn model(&self) -> OnlineModel {
        self.model
    }

    /// Number of events (Init writes included).
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Has the graph no events?
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Adds a thread. A spawned thread starts with its parent's clock
    /// (`[mm.relation.sw.spawn]`).
    pub fn add_thread(&mut self, parent: Option<ThreadIdx>) -> ThreadIdx {
        let t = self.threads.len();
        let mut clock = parent.map(|p| self.threads[p].clone()).unwrap_or_default();
        clock.set(t, 0);
        self.threads.push(clock);
        self.counts.push(0);
        t
    }

    /// The clock of thread `t` now: what it has performed and what happens before it.
    pub fn clock(&self, t: ThreadIdx) -> &Clock {
        &self.threads[t]
    }

    /// Synchronization into `t` from a released clock (join, lock hand-over, notify →
    /// wake: `[mm.relation.sw]`).
    pub fn acquire(&mut self, t: ThreadIdx, released: &Clock) {
        self.threads[t].join(released);
    }

    /// Adds a location and its Init write.
    pub fn add_location(&mut self) -> LocId {
        let loc = self.locations.len();
        let init = self.events.len();
        self.events.push(Event {
            thread: None,
            index: 0,
            loc,
            write: true,
            sc: false,
            clock: Clock::default(),
        });
        self.locations.push(Location {
            init,
            writes: vec![init],
            sc_writes: Vec::new(),
        });
        self.sc_read_pairs.push(Vec::new());
        loc
    }

    /// How many writes (its Init write included) a location has had.
    pub fn write_count(&self, loc: LocId) -> usize {
        self.locations[loc].writes.len()
    }

    /// The Init write of a location.
    pub fn init_of(&self, loc: LocId) -> EventId {
        self.locations[loc].init
    }

    /// The thread of an event (`None` for Init writes).
    pub fn thread_of(&self, e: EventId) -> Option<ThreadIdx> {
        self.events[e].thread
    }

    /// Does `a` happen before `b` (`[mm.relation.hb]`)? Init writes are compared only
    /// with events of their own location (all the axioms need).
    pub fn hb(&self, a: EventId, b: EventId) -> bool {
        if a == b {
            return false;
        }
        let (ea, eb) = (&self.events[a], &self.events[b]);
        match (ea.thread, eb.thread) {
            (None, Some(_)) => ea.loc == eb.loc,
            (Some(ta), Some(_)) => eb.clock.get(ta) >= ea.index,
            _ => false,
        }
    }

    /// Does event `e` happen before everything thread `t` does from now on? (Then no
    /// later event of `t`, nor of a thread `t` starts, can be `hb`-unordered with `e`.)
    pub fn precedes_future_of(&self, e: EventId, t: ThreadIdx) -> bool {
        let ev = &self.events[e];
        match ev.thread {
            None => true,
            Some(et) => self.threads[t].get(et) >= ev.index,
        }
    }

    /// Does write `w` happen before the point described by `clock`?
    fn hb_clock(&self, w: EventId, clock: &Clock) -> bool {
        let e = &self.events[w];
        match e.thread {
            None => true,
            Some(t) => clock.get(t) >= e.index,
        }
    }

    /// The writes a new read of `loc` by thread `t` may read from, in execution order.
    /// `sc` says whether the read is SeqCst (`Atomics`); `rmw` whether it is the read of
    /// a read-modify-write (always SeqCst).
    pub fn read_candidates(
        &mut self,
        t: ThreadIdx,
        loc: LocId,
        sc: bool,
        rmw: bool,
    ) -> Vec<EventId> {
        let l = &self.locations[loc];
        if self.model == OnlineModel::Sc {
            return vec![*l.writes.last().expect("a location has its Init write")];
        }
        let clock = &self.threads[t];
        // [mm.axiom.coherent-reads.no-intervening]: a write that happens before the
        // read must be hb-maximal among those that do; a write that does not happen
        // before it cannot happen before one that does, so it is never skipped.
        let before: Vec<EventId> = l
            .writes
            .iter()
            .copied()
            .filter(|&w| self.hb_clock(w, clock))
            .collect();
        let coherent: Vec<EventId> = l
            .writes
            .iter()
            .copied()
            .filter(|&w| !before.contains(&w) || !before.iter().any(|&v| self.hb(w, v)))
            .collect();
        let sc = sc || rmw;
        let involved = !l.sc_writes.is_empty() || rmw;
        if !involved {
            // No SeqCst write to the location: no constraint can mention the read.
            return coherent;
        }
        coherent
            .into_iter()
            .filter(|&w| match self.try_access(t, loc, sc, rmw, Some(w)) {
                Ok(undo) => {
                    self.undo(undo);
                    true
                }
                Err(_) => false,
            })
            .collect()
    }

    /// Adds a read of `loc` by `t` that reads from `rf` (one of
    /// [`read_candidates`](Self::read_candidates)).
    pub fn add_read(
        &mut self,
        t: ThreadIdx,
        loc: LocId,
        sc: bool,
        rf: EventId,
    ) -> Result<EventId, Inconsistent> {
        self.try_access(t, loc, sc, false, Some(rf)).map(|u| u.id)
    }

    /// Adds a read of `loc` by `t` whose write has not happened yet (`ecma` only): the
    /// read reads from nothing for now, constrains nothing, and must be resolved by
    /// [`resolves`](Self::resolves) once the execution is complete.
    pub fn add_speculative_read(&mut self, t: ThreadIdx, loc: LocId, sc: bool) -> EventId {
        self.push_access(t, loc, sc, false, None).id
    }

    /// May the speculative read `r` read from `w`? `w` must be a write of the same
    /// location added after `r`, that `r` does not happen before
    /// (`[mm.axiom.coherent-reads.no-future]`), and not a SeqCst write when `r` is a
    /// SeqCst read (that pair would synchronize, putting `w` before `r` in `hb`).
    pub fn resolves(&self, r: EventId, w: EventId) -> bool {
        let (Some(re), Some(we)) = (self.events.get(r), self.events.get(w)) else {
            return false;
        };
        !re.write && we.write && re.loc == we.loc && w > r && !(re.sc && we.sc) && !self.hb(r, w)
    }

    /// Is event `e` a SeqCst access? (Init writes are not.)
    pub fn is_seq_cst(&self, e: EventId) -> bool {
        self.events.get(e).is_some_and(|ev| ev.sc)
    }

    /// The location of event `e`.
    pub fn location_of(&self, e: EventId) -> Option<LocId> {
        self.events.get(e).map(|ev| ev.loc)
    }

    /// Adds a plain or SeqCst write of `loc` by `t`. A SeqCst write can be
    /// inconsistent with the graph so far (no memory order would remain).
    pub fn add_write(
        &mut self,
        t: ThreadIdx,
        loc: LocId,
        sc: bool,
    ) -> Result<EventId, Inconsistent> {
        self.try_access(t, loc, sc, true, None).map(|u| u.id)
    }

    /// Adds a SeqCst read-modify-write of `loc` by `t` that reads from `rf`.
    pub fn add_rmw(
        &mut self,
        t: ThreadIdx,
        loc: LocId,
        rf: EventId,
    ) -> Result<EventId, Inconsistent> {
        self.try_access(t, loc, true, true, Some(rf)).map(|u| u.id)
    }

    /// Adds the access; if no memory order remains, takes it back and fails.
    fn try_access(
        &mut self,
        t: ThreadIdx,
        loc: LocId,
        sc: bool,
        write: bool,
        rf: Option<EventId>,
    ) -> Result<Undo, Inconsistent> {
        let undo = self.push_access(t, loc, sc, write, rf);
        if self.model == OnlineModel::Sc {
            return Ok(undo);
        }
        let mut constraints = self.constraints.clone();
        self.add_constraints(undo.id, rf, &mut constraints);
        if constraints.len() == self.constraints.len()
            && constraints
                .iter()
                .zip(&self.constraints)
                .all(|(a, b)| a.between.len() == b.between.len())
        {
            // Nothing new is constrained: the previous memory order still works.
            return Ok(undo);
        }
        if memory_order_exists(self, &constraints) {
            let mut undo = undo;
            undo.previous_constraints = Some(std::mem::replace(&mut self.constraints, constraints));
            Ok(undo)
        } else {
            self.undo(undo);
            Err(Inconsistent {
                axiom: "mm.axiom.sc-atomics",
            })
        }
    }

    fn push_access(
        &mut self,
        t: ThreadIdx,
        loc: LocId,
        sc: bool,
        write: bool,
        rf: Option<EventId>,
    ) -> Undo {
        let id = self.events.len();
        let previous_clock = self.threads[t].clone();
        let mut clock = previous_clock.clone();
        if let Some(w) = rf
            && sc
            && self.events[w].sc
        {
            // [mm.relation.sw.seq-cst]
            let wc = self.events[w].clock.clone();
            clock.join(&wc);
        }
        self.counts[t] += 1;
        let index = self.counts[t];
        clock.set(t, index);
        self.threads[t] = clock.clone();
        self.events.push(Event {
            thread: Some(t),
            index,
            loc,
            write,
            sc,
            clock,
        });
        if write {
            self.locations[loc].writes.push(id);
            if sc {
                self.locations[loc].sc_writes.push(id);
            }
        }
        let sc_pair = rf.filter(|_| sc).map(|w| (w, id));
        if let Some(p) = sc_pair {
            self.sc_read_pairs[loc].push(p);
        }
        Undo {
            id,
            thread: t,
            previous_clock,
            loc,
            write,
            sc,
            sc_pair: sc_pair.is_some(),
            previous_constraints: None,
        }
    }

    fn undo(&mut self, u: Undo) {
        if let Some(c) = u.previous_constraints {
            self.constraints = c;
        }
        self.events.pop();
        self.threads[u.thread] = u.previous_clock;
        self.counts[u.thread] -= 1;
        if u.write {
            self.locations[u.loc].writes.pop();
            if u.sc {
                self.locations[u.loc].sc_writes.pop();
            }
        }
        if u.sc_pair {
            self.sc_read_pairs[u.loc].pop();
        }
    }

    /// The `[mm.axiom.sc-atomics]` constraints that the (already pushed) event `id`
    /// brings: its own reads-from pair, and — for a SeqCst write — its place in the
    /// pairs of earlier SeqCst reads of the location.
    fn add_constraints(&self, id: EventId, rf: Option<EventId>, constraints: &mut Vec<Constraint>) {
        let e = &self.events[id];
        let loc = e.loc;
        if let Some(w) = rf {
            // Every read's own pair: clause (b) constrains plain reads too.
            self.pair_constraint(w, id, constraints);
        }
        if e.write && e.sc {
            for &(w0, r0) in &self.sc_read_pairs[loc] {
                if r0 == id || w0 == id {
                    continue;
                }
                // (a): w0 sw r0 forbids every SeqCst write between them; (c): w0 hb r0,
                // w0 hb the new write, and r0 is SeqCst.
                let sw = self.events[w0].sc;
                if sw || (self.hb(w0, r0) && self.hb(w0, id)) {
                    push_between(constraints, w0, r0, id);
                }
            }
        }
    }

    /// Clauses (a)–(c) for a new pair `w rf r`.
    fn pair_constraint(&self, w: EventId, r: EventId, constraints: &mut Vec<Constraint>) {
        let (ew, er) = (&self.events[w], &self.events[r]);
        let sw = ew.sc && er.sc;
        let w_hb_r = self.hb(w, r);
        for &v in &self.locations[er.loc].sc_writes {
            if v == w || v == r {
                continue;
            }
            let forbidden =
                sw || (w_hb_r && ew.sc && self.hb(v, r)) || (w_hb_r && er.sc && self.hb(w, v));
            if forbidden {
                push_between(constraints, w, r, v);
            }
        }
    }
}

/// What [`OnlineGraph::push_access`] changed, to take it back.
#[derive(Debug)]
struct Undo {
    id: EventId,
    thread: ThreadIdx,
    previous_clock: Clock,
    loc: LocId,
    write: bool,
    sc: bool,
    sc_pair: bool,
    previous_constraints: Option<Vec<Constraint>>,
}

fn push_between(constraints: &mut Vec<Constraint>, w: EventId, r: EventId, v: EventId) {
    if let Some(c) = constraints.iter_mut().find(|c| c.w == w && c.r == r) {
        if !c.between.contains(&v) {
            c.between.push(v);
        }
    } else {
        constraints.push(Constraint {
            w,
            r,
            between: vec![v],
        });
    }
}

/// Is there a memory order (a linear extension of hb) in which no constrained write
/// falls between its pair? The search runs over the events the constraints mention: any
/// order of them that respects hb extends to an order of all events (hb is transitive).
/// Init writes come first. Events are tried in execution order first, which is usually
/// a witness already.
fn memory_order_exists(g: &OnlineGraph, constraints: &[Constraint]) -> bool {
    if constraints.is_empty() {
        return true;
    }
    let is_init = |e: EventId| g.events[e].thread.is_none();
    let mut relevant: Vec<EventId> = Vec::new();
    for c in constraints {
        for e in [c.w, c.r].into_iter().chain(c.between.iter().copied()) {
            if !is_init(e) && !relevant.contains(&e) {
                relevant.push(e);
            }
        }
    }
    relevant.sort_unstable();
    let n = relevant.len();
    let pos = |e: EventId| relevant.iter().position(|&x| x == e);
    let preds: Vec<Vec<usize>> = relevant
        .iter()
        .map(|&b| {
            relevant
                .iter()
                .enumerate()
                .filter(|&(_, &a)| g.hb(a, b))
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    let rel: Vec<(Option<usize>, usize, Vec<usize>)> = constraints
        .iter()
        .filter_map(|c| {
            let w = if is_init(c.w) { None } else { Some(pos(c.w)?) };
            let r = pos(c.r)?;
            let between = c.between.iter().filter_map(|&v| pos(v)).collect();
            Some((w, r, between))
        })
        .collect();
    let mut placed = vec![false; n];
    let mut failed = HashSet::new();
    search(n, &preds, &rel, &mut placed, 0, &mut failed)
}

fn search(
    n: usize,
    preds: &[Vec<usize>],
    constraints: &[(Option<usize>, usize, Vec<usize>)],
    placed: &mut Vec<bool>,
    count: usize,
    failed: &mut HashSet<Vec<bool>>,
) -> bool {
    if count == n {
        return true;
    }
    if failed.contains(placed) {
        return false;
    }
    for e in 0..n {
        if placed[e] || preds[e].iter().any(|&p| !placed[p]) {
            continue;
        }
        let blocked = constraints.iter().any(|(w, r, between)| {
            w.is_none_or(|w| placed[w]) && !placed[*r] && between.contains(&e)
        });
        if blocked {
            continue;
        }
        placed[e] = true;
        if search(n, preds, constraints, placed, count + 1, failed) {
            return true;
        }
        placed[e] = false;
    }
    failed.insert(placed.clone());
    false
}
