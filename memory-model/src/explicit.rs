//! The explicit checker: enumerates candidate executions (thread traces × reads-from ×,
//! for the hardware and SC models, coherence orders), keeps those the model allows and
//! collects their final states.

use std::collections::{BTreeMap, BTreeSet};

use crate::axioms::{self, Violation};
use crate::execution::{Actor, Event, EventKind, Execution};
use crate::program::{Key, LitmusTest, Loc, ModelName, ObjKind, Order, StateRef, ThreadId, Val};
use crate::relation::{MAX_EVENTS, Relation};
use crate::state::State;
use crate::traces::{self, Domains, Trace};

/// Bounds of a run of the checker.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Candidate executions to examine before giving up (the answer is then incomplete).
    pub max_executions: u64,
    /// Traces per thread before the test is refused.
    pub max_traces: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_executions: 2_000_000,
            max_traces: 100_000,
        }
    }
}

/// Why a test cannot be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckError(pub String);

impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CheckError {}

/// The allowed outcomes of a test under one model.
#[derive(Clone, Debug)]
pub struct Answer {
    /// The model.
    pub model: ModelName,
    /// Each allowed final state with the number of allowed executions reaching it.
    pub states: BTreeMap<State, u64>,
    /// One witness execution per allowed state.
    pub witnesses: BTreeMap<State, Execution>,
    /// Candidate executions examined.
    pub candidates: u64,
    /// False when `max_executions` stopped the search.
    pub complete: bool,
}

/// A candidate execution for a state, and the axiom that rules it out (if any).
#[derive(Clone, Debug)]
pub struct Explanation {
    /// The candidate.
    pub execution: Execution,
    /// `None` if the model allows it.
    pub violation: Option<Violation>,
}

/// The locations whose final values are part of the state: every location a thread
/// may write, and every location the condition names.
pub fn final_locations(test: &LitmusTest, all_traces: &[Vec<Trace>]) -> Vec<Loc> {
    let mut locs: BTreeSet<Loc> = BTreeSet::new();
    for traces in all_traces {
        for t in traces {
            for e in &t.events {
                let writes = matches!(e.kind, EventKind::Write | EventKind::Rmw);
                if let (Some(l), true) = (&e.loc, writes)
                    && l.key != Key::LockState
                {
                    locs.insert(l.clone());
                }
            }
        }
    }
    collect_condition_locs(&test.condition.prop, &mut locs);
    locs.into_iter().collect()
}

fn collect_condition_locs(p: &crate::program::Prop, out: &mut BTreeSet<Loc>) {
    use crate::program::{Prop, PropTerm};
    match p {
        Prop::Const(_) => {}
        Prop::Eq(a, b) => {
            for t in [a, b] {
                if let PropTerm::Ref(StateRef::Final(l)) = t {
                    out.insert(l.clone());
                }
            }
        }
        Prop::Not(a) => collect_condition_locs(a, out),
        Prop::And(a, b) | Prop::Or(a, b) => {
            collect_condition_locs(a, out);
            collect_condition_locs(b, out);
        }
    }
}

/// A combination of one trace per thread, assembled into events and program order.
struct Skeleton {
    events: Vec<Event>,
    po: Relation,
    results: Vec<Val>,
    finals: Vec<(Loc, usize)>,
}

fn to_event(actor: Actor, t: &traces::TraceEvent) -> Event {
    Event {
        actor,
        kind: t.kind.clone(),
        loc: t.loc.clone(),
        order: t.order,
        read_val: t.read_val.clone(),
        write_val: t.write_val.clone(),
        lock_op: t.lock_op,
        label: t.label.clone(),
    }
}

fn assemble(
    test: &LitmusTest,
    domains: &Domains,
    choice: &[&Trace],
    finals: &[Loc],
    final_vals: &[Val],
) -> Result<Skeleton, CheckError> {
    let mut events: Vec<Event> = Vec::new();
    let mut per_actor: BTreeMap<Actor, Vec<usize>> = BTreeMap::new();
    let push = |events: &mut Vec<Event>, e: Event, per: &mut BTreeMap<Actor, Vec<usize>>| {
        per.entry(e.actor).or_default().push(events.len());
        events.push(e);
    };
    // Locations accessed without an Init write start absent: an Init(absent) event.
    let mut accessed: BTreeSet<Loc> = finals.iter().cloned().collect();
    let mut alloc_inited: BTreeSet<Loc> = BTreeSet::new();
    for t in choice {
        for e in &t.events {
            if let Some(l) = &e.loc {
                accessed.insert(l.clone());
                if e.kind == EventKind::Init {
                    alloc_inited.insert(l.clone());
                }
            }
        }
    }
    let main = Actor::Main;
    for (loc, v) in &test.init {
        push(
            &mut events,
            init_event(main, loc, v.clone(), "setup"),
            &mut per_actor,
        );
    }
    for (i, o) in test.objects.iter().enumerate() {
        if o.kind == ObjKind::Lock {
            let l = Loc {
                obj: crate::program::ObjId(i as u32),
                key: Key::LockState,
            };
            push(
                &mut events,
                init_event(main, &l, Val::Bool(false), "new Lock()"),
                &mut per_actor,
            );
        }
    }
    let setup_inited: BTreeSet<Loc> = events.iter().filter_map(|e| e.loc.clone()).collect();
    // Objects allocated by threads get their absent-property Inits at the allocation.
    let allocated: BTreeSet<crate::program::ObjId> = alloc_inited.iter().map(|l| l.obj).collect();
    for l in &accessed {
        if !setup_inited.contains(l) && !alloc_inited.contains(l) && !allocated.contains(&l.obj) {
            push(
                &mut events,
                init_event(main, l, Val::Absent, "absent"),
                &mut per_actor,
            );
        }
    }
    let roots = test.root_threads();
    for r in &roots {
        push(
            &mut events,
            thread_op(main, EventKind::Spawn(*r), "new Thread"),
            &mut per_actor,
        );
    }
    for (t, trace) in choice.iter().enumerate() {
        let actor = Actor::Thread(ThreadId(t as u32));
        push(
            &mut events,
            thread_op(actor, EventKind::Start, "start"),
            &mut per_actor,
        );
        let mut seen_alloc: BTreeSet<crate::program::ObjId> = BTreeSet::new();
        for (i, e) in trace.events.iter().enumerate() {
            push(&mut events, to_event(actor, e), &mut per_actor);
            // After the last Init of an allocation, the absent properties it never set.
            if e.kind == EventKind::Init {
                let obj = e.loc.as_ref().map(|l| l.obj);
                let next_same = trace.events.get(i + 1).is_some_and(|n| {
                    n.kind == EventKind::Init && n.loc.as_ref().map(|l| l.obj) == obj
                });
                if let (Some(obj), false) = (obj, next_same)
                    && seen_alloc.insert(obj)
                {
                    for l in accessed
                        .iter()
                        .filter(|l| l.obj == obj && !alloc_inited.contains(l))
                    {
                        push(
                            &mut events,
                            init_event(actor, l, Val::Absent, "absent"),
                            &mut per_actor,
                        );
                    }
                }
            }
        }
        push(
            &mut events,
            thread_op(actor, EventKind::End, "end"),
            &mut per_actor,
        );
    }
    // The main program joins every thread before it reads the final state (LITMUS.md),
    // including threads spawned by other threads, joined there or not.
    for t in 0..test.threads.len() {
        let t = ThreadId(t as u32);
        push(
            &mut events,
            thread_op(main, EventKind::Join(t), "join"),
            &mut per_actor,
        );
    }
    let mut final_events = Vec::new();
    for (loc, v) in finals.iter().zip(final_vals) {
        final_events.push((loc.clone(), events.len()));
        push(
            &mut events,
            Event {
                actor: main,
                kind: EventKind::FinalRead,
                loc: Some(loc.clone()),
                order: Order::Plain,
                read_val: Some(v.clone()),
                write_val: None,
                lock_op: false,
                label: format!("final {}", test.loc_name(loc)),
            },
            &mut per_actor,
        );
    }
    let _ = domains;
    if events.len() > MAX_EVENTS {
        return Err(CheckError(format!(
            "an execution of this test has {} events; the checker handles at most {MAX_EVENTS}",
            events.len()
        )));
    }
    let n = events.len();
    let mut po = Relation::empty(n);
    for ids in per_actor.values() {
        for (i, &a) in ids.iter().enumerate() {
            for &b in &ids[i + 1..] {
                po.add(a, b);
            }
        }
    }
    Ok(Skeleton {
        events,
        po,
        results: choice.iter().map(|t| t.result.clone()).collect(),
        finals: final_events,
    })
}

fn init_event(actor: Actor, loc: &Loc, v: Val, label: &str) -> Event {
    Event {
        actor,
        kind: EventKind::Init,
        loc: Some(loc.clone()),
        order: Order::Init,
        read_val: None,
        write_val: Some(v),
        lock_op: false,
        label: label.into(),
    }
}

fn thread_op(actor: Actor, kind: EventKind, label: &str) -> Event {
    Event {
        actor,
        kind,
        loc: None,
        order: Order::SeqCst,
        read_val: None,
        write_val: None,
        lock_op: false,
        label: label.into(),
    }
}

/// Checks one candidate under a model; sets the witness memory order for JS models.
pub fn check(model: ModelName, x: &mut Execution) -> Result<(), Violation> {
    axioms::rf_well_formed(x)?;
    match model {
        ModelName::Weft | ModelName::Ecma => {
            let hb = x.hb();
            axioms::coherent_reads_no_future(x, &hb)?;
            axioms::coherent_reads_no_intervening(x, &hb)?;
            if model == ModelName::Weft {
                axioms::no_thin_air(x)?;
            }
            axioms::tot_extends_hb(&hb)?;
            let sw = x.sw();
            x.tot = Some(axioms::sc_atomics(x, &hb, &sw)?);
            Ok(())
        }
        ModelName::Sc => axioms::sc(x),
        ModelName::X86Tso => {
            axioms::x86_sc_per_location(x)?;
            axioms::x86_atomicity(x)?;
            axioms::x86_tso(x)
        }
    }
}

/// Program order plus the thread start/join edges, transitively: every coherence
/// order of the hardware and SC models must agree with it on same-location writes.
fn program_and_thread_order(events: &[Event], po: &Relation) -> Relation {
    let x = Execution {
        events: events.to_vec(),
        po: po.clone(),
        rf: Relation::empty(events.len()),
        co: None,
        tot: None,
    };
    po.union(&x.sw()).plus()
}

/// Necessary conditions of the SC and x86-TSO models that do not depend on `co`; a
/// candidate failing them is checked once (with an empty `co`) instead of once per order.
fn precheck_hardware(model: ModelName, x: &Execution) -> bool {
    match model {
        ModelName::Sc => x.po.union(&x.rf).union(&x.sw()).is_acyclic(),
        ModelName::X86Tso => x.po_loc().union(&x.rf).is_acyclic(),
        ModelName::Weft | ModelName::Ecma => true,
    }
}

/// Every coherence order: per location, Init first, then the other writes in every
/// order that extends `base` (program and thread order).
fn coherence_orders(events: &[Event], base: &Relation) -> Vec<Relation> {
    let n = events.len();
    let mut by_loc: BTreeMap<Loc, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, e) in events.iter().enumerate() {
        if let (true, Some(l)) = (e.is_write(), &e.loc) {
            let entry = by_loc.entry(l.clone()).or_default();
            if e.kind == EventKind::Init {
                entry.0.push(i);
            } else {
                entry.1.push(i);
            }
        }
    }
    let mut orders = vec![Relation::empty(n)];
    for (inits, others) in by_loc.values() {
        let perms: Vec<Vec<usize>> = permutations(others)
            .into_iter()
            .filter(|p| {
                p.iter()
                    .enumerate()
                    .all(|(i, &a)| p[i + 1..].iter().all(|&b| !base.contains(b, a)))
            })
            .collect();
        let mut next = Vec::new();
        for base_rel in &orders {
            for p in &perms {
                let mut r = base_rel.clone();
                let seq: Vec<usize> = inits.iter().chain(p.iter()).copied().collect();
                for (i, &a) in seq.iter().enumerate() {
                    for &b in &seq[i + 1..] {
                        r.add(a, b);
                    }
                }
                next.push(r);
            }
        }
        orders = next;
    }
    orders
}

fn permutations(items: &[usize]) -> Vec<Vec<usize>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let x = rest.remove(i);
        for mut p in permutations(&rest) {
            p.insert(0, x);
            out.push(p);
        }
    }
    out
}

/// Visits every candidate execution of the test (for `model`'s notion of candidate)
/// with its final state; stops early when `visit` returns false or the limit is hit.
/// Returns (candidates visited, complete).
pub fn for_each_candidate(
    test: &LitmusTest,
    model: ModelName,
    limits: Limits,
    mut visit: impl FnMut(&mut Execution, &State) -> bool,
) -> Result<(u64, bool), CheckError> {
    let (domains, all) = traces::expand(test, limits.max_traces).map_err(|e| CheckError(e.0))?;
    let finals = final_locations(test, &all);
    let needs_co = matches!(model, ModelName::Sc | ModelName::X86Tso);
    let mut count: u64 = 0;
    let mut combo = vec![0usize; all.len()];
    if all.iter().any(Vec::is_empty) {
        return Ok((0, true));
    }
    // Trace combinations count towards the limit too: most are discarded before any
    // candidate is built, but a test with many traces must still stop.
    let mut combos: u64 = 0;
    loop {
        combos += 1;
        if combos > limits.max_executions {
            return Ok((count, false));
        }
        let choice: Vec<&Trace> = combo.iter().enumerate().map(|(t, &i)| &all[t][i]).collect();
        let joins_ok = choice.iter().all(|tr| {
            tr.joined
                .iter()
                .all(|(child, v)| choice[child.0 as usize].result == *v)
        });
        if joins_ok {
            // Final reads take their value from the write they read (chosen below).
            let placeholder: Vec<Val> = finals.iter().map(|_| Val::Absent).collect();
            let sk = assemble(test, &domains, &choice, &finals, &placeholder)?;
            let n = sk.events.len();
            let is_final = |i: usize| sk.events[i].kind == EventKind::FinalRead;
            let reads: Vec<usize> = (0..n).filter(|&i| sk.events[i].is_read()).collect();
            let sources: Vec<Vec<usize>> = reads
                .iter()
                .map(|&r| {
                    (0..n)
                        .filter(|&w| {
                            w != r
                                && sk.events[w].is_write()
                                && sk.events[w].loc == sk.events[r].loc
                                && (is_final(r) || sk.events[w].write_val == sk.events[r].read_val)
                        })
                        .collect()
                })
                .collect();
            if sources.iter().all(|s| !s.is_empty()) {
                let base_order = program_and_thread_order(&sk.events, &sk.po);
                let mut rchoice = vec![0usize; reads.len()];
                loop {
                    let mut rf = Relation::empty(n);
                    let mut events = sk.events.clone();
                    for (k, &r) in reads.iter().enumerate() {
                        let w = sources[k][rchoice[k]];
                        rf.add(w, r);
                        if is_final(r) {
                            events[r].read_val = events[w].write_val.clone();
                        }
                    }
                    let state = State::new(
                        sk.results
                            .iter()
                            .enumerate()
                            .map(|(t, v)| (ThreadId(t as u32), v.clone()))
                            .collect(),
                        sk.finals
                            .iter()
                            .map(|(l, e)| {
                                (
                                    l.clone(),
                                    events[*e].read_val.clone().unwrap_or(Val::Absent),
                                )
                            })
                            .collect(),
                    );
                    let mut x = Execution {
                        events,
                        po: sk.po.clone(),
                        rf,
                        co: None,
                        tot: None,
                    };
                    let cos = if needs_co && precheck_hardware(model, &x) {
                        coherence_orders(&x.events, &base_order)
                    } else if needs_co {
                        // Ruled out whatever the coherence order: one candidate stands for all.
                        vec![Relation::empty(n)]
                    } else {
                        vec![]
                    };
                    if needs_co {
                        for co in cos {
                            count += 1;
                            if count > limits.max_executions {
                                return Ok((count - 1, false));
                            }
                            x.co = Some(co);
                            if !visit(&mut x, &state) {
                                return Ok((count, true));
                            }
                        }
                    } else {
                        count += 1;
                        if count > limits.max_executions {
                            return Ok((count - 1, false));
                        }
                        if !visit(&mut x, &state) {
                            return Ok((count, true));
                        }
                    }
                    if !advance(
                        &mut rchoice,
                        &sources.iter().map(Vec::len).collect::<Vec<_>>(),
                    ) {
                        break;
                    }
                }
            }
        }
        if !advance(&mut combo, &all.iter().map(Vec::len).collect::<Vec<_>>()) {
            break;
        }
    }
    Ok((count, true))
}

/// Odometer increment; false when it wraps around.
fn advance(digits: &mut [usize], bases: &[usize]) -> bool {
    for i in (0..digits.len()).rev() {
        digits[i] += 1;
        if digits[i] < bases[i] {
            return true;
        }
        digits[i] = 0;
    }
    false
}

/// The allowed final states of `test` under `model`.
pub fn answer(test: &LitmusTest, model: ModelName, limits: Limits) -> Result<Answer, CheckError> {
    let mut states: BTreeMap<State, u64> = BTreeMap::new();
    let mut witnesses: BTreeMap<State, Execution> = BTreeMap::new();
    let (candidates, complete) = for_each_candidate(test, model, limits, |x, state| {
        if check(model, x).is_ok() {
            *states.entry(state.clone()).or_insert(0) += 1;
            witnesses.entry(state.clone()).or_insert_with(|| x.clone());
        }
        true
    })?;
    Ok(Answer {
        model,
        states,
        witnesses,
        candidates,
        complete,
    })
}

/// The candidate executions that end in a state satisfying `wanted`, each with the
/// axiom that forbids it (for `--why`), at most `max` of them. Candidates whose final
/// reads see the latest writes come first: a stale final read is rarely the interesting
/// reason why a state is forbidden.
pub fn explain(
    test: &LitmusTest,
    model: ModelName,
    limits: Limits,
    wanted: impl Fn(&State) -> bool,
    max: usize,
) -> Result<Vec<Explanation>, CheckError> {
    let mut relevant = Vec::new();
    let mut stale = Vec::new();
    for_each_candidate(test, model, limits, |x, state| {
        if wanted(state) {
            let violation = check(model, x).err();
            let e = Explanation {
                execution: x.clone(),
                violation,
            };
            if final_reads_see_latest(x) {
                relevant.push(e);
            } else if stale.len() < max {
                stale.push(e);
            }
        }
        relevant.len() < max
    })?;
    relevant.extend(stale);
    relevant.truncate(max);
    Ok(relevant)
}

/// Does every final read read a write that no other write to the location follows in
/// happens-before?
fn final_reads_see_latest(x: &Execution) -> bool {
    let hb = x.hb();
    x.events.iter().enumerate().all(|(r, e)| {
        if e.kind != EventKind::FinalRead {
            return true;
        }
        match x.rf_source(r) {
            Some(w) => !(0..x.len())
                .any(|v| v != w && x.events[v].is_write() && x.same_loc(v, r) && hb.contains(w, v)),
            None => true,
        }
    })
}
