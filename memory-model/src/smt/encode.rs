//! Reads-from, the relations and each model's axioms over the potential events of a
//! [`Program`], and the enumeration of final states with blocking clauses.
//!
//! Encoding choices (each relation is a z3 term over the events' guards):
//!
//! - `po` is static: two events of one actor, in program order, both happening. Where
//!   only acyclicity or a transitive closure needs it, the chain of *consecutive*
//!   potential events stands for it: an event that does not happen has no other edge
//!   (every other edge requires its guard), so it only passes order along the chain.
//! - `rf` is one Boolean per (write, read) pair that may match (same possible location,
//!   a common possible value); a read that happens reads exactly one write that happens,
//!   writes, has its location and wrote the value it read.
//! - **acyclicity by ranks**: a finite relation is acyclic iff some function into the
//!   integers increases strictly along every edge (a topological numbering). Each
//!   acyclicity axiom gets its own integer rank per event and one implication
//!   `edge → rank(a) < rank(b)` per potential edge.
//! - `hb = (po ∪ sw ∪ init)⁺` is one Boolean per pair that may be related, constrained
//!   to *contain* `base = po ∪ sw ∪ init` and to be closed under `hb ; base`. Any such
//!   relation contains `base⁺`, and the solver may choose exactly `base⁺`. Every axiom
//!   of the JavaScript models mentions `hb` only where a larger `hb` forbids more (no
//!   `rf` against `hb`, no write `hb`-between, clauses (b) and (c) of sc-atomics apply
//!   to more triples, `tot` must contain it), so "some `hb ⊇ base⁺` satisfies the axioms" holds
//!   exactly when `base⁺` does: the superset encoding is exact and needs no minimality
//!   constraint.
//! - `tot` is an integer position per event, increasing along `base` (so `tot ⊇ hb`)
//!   and, for each not-between constraint of `[mm.axiom.sc-atomics]`, with `v` strictly
//!   before `w` or strictly after `r`. Positions may tie; ties can be broken in any
//!   order without changing a strict comparison that a constraint mentions, so a
//!   solution gives a strict total order satisfying the same constraints.
//! - `co` (SC and x86-TSO) is an integer position per write, distinct among the writes
//!   that happen at one location, Init writes first; `co(a, b)` is "same location and
//!   position of a < position of b", `fr = rf⁻¹ ; co` minus the identity.

use std::collections::{BTreeMap, HashMap};

use z3::ast::{Bool, Int};
use z3::{Params, SatResult, Solver};

use crate::execution::Actor;
use crate::explicit::CheckError;
use crate::program::{ModelName, ThreadId, Val};
use crate::smt::guard::G;
use crate::smt::symbolic::{Kind, Program};
use crate::state::State;

/// The solver's time limit for one satisfiability check, in milliseconds.
const CHECK_TIMEOUT_MS: u32 = 120_000;

struct Enc<'p> {
    p: &'p Program,
    solver: Solver,
    /// `rf(w, r)` variables.
    rf: BTreeMap<(usize, usize), Bool>,
    /// Potential sources of each read.
    sources: BTreeMap<usize, Vec<usize>>,
    same: HashMap<(usize, usize), G>,
}

impl<'p> Enc<'p> {
    fn new(p: &'p Program) -> Self {
        let solver = Solver::new();
        let mut params = Params::new();
        params.set_u32("timeout", CHECK_TIMEOUT_MS);
        solver.set_params(&params);
        for c in &p.constraints {
            solver.assert(c);
        }
        Enc {
            p,
            solver,
            rf: BTreeMap::new(),
            sources: BTreeMap::new(),
            same: HashMap::new(),
        }
    }

    fn assert(&self, g: &G) {
        match g {
            G::True => {}
            G::False => self.solver.assert(Bool::from_bool(false)),
            G::Term(b) => self.solver.assert(b),
        }
    }

    fn n(&self) -> usize {
        self.p.events.len()
    }

    /// Could `a` and `b` access the same location?
    fn may_same_loc(&self, a: usize, b: usize) -> bool {
        let (ea, eb) = (&self.p.events[a], &self.p.events[b]);
        ea.locs
            .iter()
            .any(|(l, g)| !g.is_false() && eb.locs.iter().any(|(m, h)| l == m && !h.is_false()))
    }

    /// Do `a` and `b` access the same location (given that both happen)?
    fn same_loc(&mut self, a: usize, b: usize) -> G {
        let key = (a.min(b), a.max(b));
        if let Some(g) = self.same.get(&key) {
            return g.clone();
        }
        let (ea, eb) = (&self.p.events[a], &self.p.events[b]);
        let mut parts = Vec::new();
        for (l, g) in &ea.locs {
            for (m, h) in &eb.locs {
                if l == m {
                    parts.push(g.and(h));
                }
            }
        }
        let g = G::any(parts.iter());
        self.same.insert(key, g.clone());
        g
    }

    fn rf_of(&self, w: usize, r: usize) -> G {
        self.rf
            .get(&(w, r))
            .map_or(G::False, |b| G::Term(b.clone()))
    }

    /// `[mm.relation.rf]` / `[mm.axiom.rf.well-formed]`: every read that happens reads
    /// exactly one write that happens, to its location, of the value it read.
    fn reads_from(&mut self) -> Result<(), CheckError> {
        let p = self.p;
        for r in 0..self.n() {
            let er = &p.events[r];
            if !er.is_read() || er.guard.is_false() {
                continue;
            }
            let x = er
                .read
                .clone()
                .ok_or_else(|| CheckError(format!("internal: read event {r} has no value")))?;
            let mut vars = Vec::new();
            let mut srcs = Vec::new();
            for w in 0..self.n() {
                let ew = &p.events[w];
                if w == r || !ew.may_write() || ew.write().is_false() || !self.may_same_loc(w, r) {
                    continue;
                }
                let veq: Vec<G> = ew
                    .wvals
                    .iter()
                    .filter(|(v, _)| er.read_vals.contains(v))
                    .filter_map(|(v, g)| p.codes.get(v).map(|c| g.and(&G::eq_code(&x, c))))
                    .collect();
                let veq = G::any(veq.iter());
                if veq.is_false() {
                    continue;
                }
                let b = Bool::new_const(format!("rf_{w}_{r}"));
                let same = self.same_loc(w, r);
                let ok = G::all([&ew.write(), &er.guard, &same, &veq]);
                self.assert(&G::Term(b.clone()).implies(&ok));
                vars.push(b.clone());
                srcs.push(w);
                self.rf.insert((w, r), b);
            }
            let some = G::any(
                vars.iter()
                    .map(|b| G::Term(b.clone()))
                    .collect::<Vec<_>>()
                    .iter(),
            );
            self.assert(&er.guard.implies(&some));
            for i in 0..vars.len() {
                for j in i + 1..vars.len() {
                    self.solver.assert(Bool::and(&[&vars[i], &vars[j]]).not());
                }
            }
            self.sources.insert(r, srcs);
        }
        Ok(())
    }

    /// Program-order chains: consecutive potential events of each actor.
    fn chain(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for seq in &self.p.actors {
            for w in seq.windows(2) {
                out.push((w[0], w[1]));
            }
        }
        out
    }

    /// Program order: pairs of one actor in order, with the condition that both happen.
    fn po_pairs(&self) -> Vec<(usize, usize, G)> {
        let mut out = Vec::new();
        for seq in &self.p.actors {
            for (i, &a) in seq.iter().enumerate() {
                for &b in &seq[i + 1..] {
                    let g = self.p.events[a].guard.and(&self.p.events[b].guard);
                    if !g.is_false() {
                        out.push((a, b, g));
                    }
                }
            }
        }
        out
    }

    /// The spawn → start and end → join edges of `sw` (`[mm.relation.sw.spawn]`,
    /// `[mm.relation.sw.join]`).
    fn thread_sync(&self) -> Vec<(usize, usize, G)> {
        let p = self.p;
        let mut start: BTreeMap<ThreadId, usize> = BTreeMap::new();
        let mut end: BTreeMap<ThreadId, usize> = BTreeMap::new();
        for (i, e) in p.events.iter().enumerate() {
            if let Actor::Thread(t) = e.actor {
                match e.kind {
                    Kind::Start => {
                        start.insert(t, i);
                    }
                    Kind::End => {
                        end.insert(t, i);
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        for (i, e) in p.events.iter().enumerate() {
            match e.kind {
                Kind::Spawn(t) => {
                    if let Some(&s) = start.get(&t) {
                        out.push((i, s, e.guard.clone()));
                    }
                }
                Kind::Join(t) => {
                    if let Some(&s) = end.get(&t) {
                        out.push((s, i, e.guard.clone()));
                    }
                }
                _ => {}
            }
        }
        out
    }

    fn ints(&self, prefix: &str) -> Vec<Int> {
        (0..self.n())
            .map(|i| Int::new_const(format!("{prefix}_{i}")))
            .collect()
    }

    fn increasing(&self, rank: &[Int], a: usize, b: usize, g: &G) {
        self.assert(&g.implies(&G::lt(&rank[a], &rank[b])));
    }

    /// The JavaScript models: `[mm.model.ecma]`, and with `thin_air_free`
    /// `[mm.model.weft]`.
    fn javascript(&mut self, thin_air_free: bool) {
        let p = self.p;
        let n = self.n();
        // base = po ∪ sw ∪ init, with the condition of each potential edge.
        let mut base: Vec<(usize, usize, G)> = self
            .chain()
            .into_iter()
            .map(|(a, b)| (a, b, G::True))
            .collect();
        for (&(w, r), b) in &self.rf {
            if p.events[w].is_sc() && p.events[r].is_sc() {
                base.push((w, r, G::Term(b.clone())));
            }
        }
        base.extend(self.thread_sync());
        for i in 0..n {
            if p.events[i].kind != Kind::Init {
                continue;
            }
            for e in 0..n {
                if e != i && p.events[e].is_memory() && self.may_same_loc(i, e) {
                    let g =
                        G::all([&p.events[i].guard, &p.events[e].guard]).and(&self.same_loc(i, e));
                    if !g.is_false() {
                        base.push((i, e, g));
                    }
                }
            }
        }
        // Which pairs may be in hb at all.
        let mut reach = vec![vec![false; n]; n];
        for (a, b, _) in &base {
            reach[*a][*b] = true;
        }
        for k in 0..n {
            let via = reach[k].clone();
            for row in reach.iter_mut() {
                if row[k] {
                    for (cell, &v) in row.iter_mut().zip(&via) {
                        *cell |= v;
                    }
                }
            }
        }
        let mut hb_vars: HashMap<(usize, usize), Bool> = HashMap::new();
        for (a, row) in reach.iter().enumerate() {
            for (b, &r) in row.iter().enumerate() {
                if r && a != b {
                    hb_vars.insert((a, b), Bool::new_const(format!("hb_{a}_{b}")));
                }
            }
        }
        let hb = |a: usize, b: usize| {
            hb_vars
                .get(&(a, b))
                .map_or(G::False, |v| G::Term(v.clone()))
        };
        // hb ⊇ base and hb ; base ⊆ hb.
        for (b, c, g) in &base {
            self.assert(&g.implies(&hb(*b, *c)));
            for (a, row) in reach.iter().enumerate() {
                if a != *c && row[*b] {
                    self.assert(&hb(a, *b).and(g).implies(&hb(a, *c)));
                }
            }
        }
        // `[mm.axiom.tot.extends-hb]`.
        let pos = self.ints("tot");
        for (a, b, g) in &base {
            self.increasing(&pos, *a, *b, g);
        }
        let rf: Vec<((usize, usize), G)> = self
            .rf
            .iter()
            .map(|(k, b)| (*k, G::Term(b.clone())))
            .collect();
        for ((w, r), rfg) in &rf {
            let (w, r) = (*w, *r);
            // `[mm.axiom.coherent-reads.no-future]`.
            self.assert(&rfg.and(&hb(r, w)).not());
            for v in 0..n {
                let ev = &p.events[v];
                if v == w || !ev.may_write() || !self.may_same_loc(v, r) {
                    continue;
                }
                let exists_v = ev.write().and(&self.same_loc(v, r));
                if exists_v.is_false() {
                    continue;
                }
                // `[mm.axiom.coherent-reads.no-intervening]`.
                let between = hb(w, v).and(&hb(v, r));
                if !between.is_false() {
                    self.assert(&G::all([rfg, &exists_v, &between]).not());
                }
                // `[mm.axiom.sc-atomics]`: no SeqCst write v to the location lies
                // between w and r in tot when (a) w sw r (both SeqCst), or (b) w hb r,
                // v hb r and w is SeqCst, or (c) w hb r, w hb v and r is SeqCst.
                let (sc_w, sc_r) = (p.events[w].is_sc(), p.events[r].is_sc());
                if (sc_w || sc_r) && v != r && ev.is_sc() {
                    let clause = if sc_w && sc_r {
                        G::True
                    } else {
                        let b = if sc_w { hb(v, r) } else { G::False };
                        let c = if sc_r { hb(w, v) } else { G::False };
                        hb(w, r).and(&b.or(&c))
                    };
                    let applies = G::all([rfg, &clause, &exists_v]);
                    if !applies.is_false() {
                        let outside = G::lt(&pos[v], &pos[w]).or(&G::lt(&pos[r], &pos[v]));
                        self.assert(&applies.implies(&outside));
                    }
                }
            }
        }
        if thin_air_free {
            // `[mm.axiom.no-thin-air]`: acyclic(po ∪ rf).
            let rank = self.ints("oota");
            for (a, b) in self.chain() {
                self.increasing(&rank, a, b, &G::True);
            }
            for ((w, r), g) in &rf {
                self.increasing(&rank, *w, *r, g);
            }
        }
    }

    /// `[mm.relation.co]`: coherence positions; returns `co(a, b)` for pairs of
    /// potential writes to a possibly common location.
    fn coherence(&mut self) -> BTreeMap<(usize, usize), G> {
        let p = self.p;
        let n = self.n();
        let copos = self.ints("co");
        let writes: Vec<usize> = (0..n)
            .filter(|&w| p.events[w].may_write() && !p.events[w].write().is_false())
            .collect();
        let mut co = BTreeMap::new();
        for (i, &a) in writes.iter().enumerate() {
            for &b in &writes[i + 1..] {
                if !self.may_same_loc(a, b) {
                    continue;
                }
                let both =
                    G::all([&p.events[a].write(), &p.events[b].write()]).and(&self.same_loc(a, b));
                if both.is_false() {
                    continue;
                }
                let (ia, ib) = (
                    p.events[a].kind == Kind::Init,
                    p.events[b].kind == Kind::Init,
                );
                // Init writes first (several Inits of one location: in event order).
                let order = if ia {
                    G::lt(&copos[a], &copos[b])
                } else if ib {
                    G::lt(&copos[b], &copos[a])
                } else {
                    G::lt(&copos[a], &copos[b]).or(&G::lt(&copos[b], &copos[a]))
                };
                self.assert(&both.implies(&order));
                co.insert((a, b), both.and(&G::lt(&copos[a], &copos[b])));
                co.insert((b, a), both.and(&G::lt(&copos[b], &copos[a])));
            }
        }
        co
    }

    /// `[mm.relation.fr]`: `r fr w` for each read and potential write, as the list of
    /// its cases `rf(w0, r) ∧ co(w0, w)`.
    fn fr_cases(&self, co: &BTreeMap<(usize, usize), G>) -> Vec<(usize, usize, G)> {
        let mut out = Vec::new();
        for (&r, srcs) in &self.sources {
            for &w0 in srcs {
                let rf = self.rf_of(w0, r);
                for (&(a, w), cog) in co.range((w0, 0)..(w0 + 1, 0)) {
                    debug_assert_eq!(a, w0);
                    if w != r {
                        out.push((r, w, rf.and(cog)));
                    }
                }
            }
        }
        out
    }

    /// `[mm.model.sc]`: acyclic(po ∪ rf ∪ co ∪ fr ∪ sw).
    fn sc(&mut self) {
        let co = self.coherence();
        let fr = self.fr_cases(&co);
        let rank = self.ints("sc");
        for (a, b) in self.chain() {
            self.increasing(&rank, a, b, &G::True);
        }
        for (&(w, r), b) in &self.rf {
            self.increasing(&rank, w, r, &G::Term(b.clone()));
        }
        for (&(a, b), g) in &co {
            self.increasing(&rank, a, b, g);
        }
        for (r, w, g) in &fr {
            self.increasing(&rank, *r, *w, g);
        }
        for (a, b, g) in self.thread_sync() {
            self.increasing(&rank, a, b, &g);
        }
    }

    /// `[mm.model.x86-tso]`.
    fn x86(&mut self) {
        let p = self.p;
        let co = self.coherence();
        let fr = self.fr_cases(&co);
        let po = self.po_pairs();
        let rf: Vec<((usize, usize), G)> = self
            .rf
            .iter()
            .map(|(k, b)| (*k, G::Term(b.clone())))
            .collect();
        // `[mm.axiom.x86.sc-per-location]`: acyclic(po-loc ∪ rf ∪ co ∪ fr).
        let uniproc = self.ints("uniproc");
        for (a, b, g) in &po {
            if self.may_same_loc(*a, *b) {
                let g = g.and(&self.same_loc(*a, *b));
                self.increasing(&uniproc, *a, *b, &g);
            }
        }
        for ((w, r), g) in &rf {
            self.increasing(&uniproc, *w, *r, g);
        }
        for (&(a, b), g) in &co {
            self.increasing(&uniproc, a, b, g);
        }
        for (r, w, g) in &fr {
            self.increasing(&uniproc, *r, *w, g);
        }
        // `[mm.axiom.x86.atomicity]`: no write co-between the write a locked RMW reads
        // and the RMW.
        for (&e, srcs) in &self.sources {
            let rmw = p.events[e].rmw();
            if rmw.is_false() {
                continue;
            }
            for &w0 in srcs {
                let rfg = self.rf_of(w0, e);
                for (&(a, v), co1) in co.range((w0, 0)..(w0 + 1, 0)) {
                    debug_assert_eq!(a, w0);
                    if v == e {
                        continue;
                    }
                    if let Some(co2) = co.get(&(v, e)) {
                        self.assert(&G::all([&rmw, &rfg, co1, co2]).not());
                    }
                }
            }
        }
        // `[mm.axiom.x86.tso]`: acyclic(ppo ∪ rfe ∪ co ∪ fr ∪ implied ∪ thread sync).
        let ghb = self.ints("ghb");
        for (a, b, g) in &po {
            let (ea, eb) = (&p.events[*a], &p.events[*b]);
            let relaxed = G::all([
                &ea.pure_write(),
                &eb.pure_read(),
                &ea.x86_locked().not(),
                &eb.x86_locked().not(),
            ]);
            self.increasing(&ghb, *a, *b, &g.and(&relaxed.not()));
        }
        for ((w, r), g) in &rf {
            if p.events[*w].actor != p.events[*r].actor {
                self.increasing(&ghb, *w, *r, g);
            }
        }
        for (&(a, b), g) in &co {
            self.increasing(&ghb, a, b, g);
        }
        for (r, w, g) in &fr {
            self.increasing(&ghb, *r, *w, g);
        }
        for (a, b, g) in self.thread_sync() {
            self.increasing(&ghb, a, b, &g);
        }
    }
}

/// The states found and how many satisfiability checks it took; `complete` is false
/// when `max_states` stopped the enumeration.
pub(crate) struct Found {
    pub states: BTreeMap<State, u64>,
    pub checks: u64,
    pub complete: bool,
}

/// Encodes `p` under `model` and enumerates every final state of a valid execution.
pub(crate) fn enumerate(
    p: &Program,
    model: ModelName,
    max_states: u64,
) -> Result<Found, CheckError> {
    let mut enc = Enc::new(p);
    enc.reads_from()?;
    match model {
        ModelName::Weft => enc.javascript(true),
        ModelName::Ecma => enc.javascript(false),
        ModelName::Sc => enc.sc(),
        ModelName::X86Tso => enc.x86(),
    }
    let mut states = BTreeMap::new();
    let mut checks = 0;
    loop {
        checks += 1;
        match enc.solver.check() {
            SatResult::Unsat => break,
            SatResult::Unknown => {
                let why = enc
                    .solver
                    .get_reason_unknown()
                    .unwrap_or_else(|| "no reason given".into());
                return Err(CheckError(format!("z3 could not decide a query: {why}")));
            }
            SatResult::Sat => {}
        }
        if states.len() as u64 >= max_states {
            return Ok(Found {
                states,
                checks,
                complete: false,
            });
        }
        let model = enc
            .solver
            .get_model()
            .ok_or_else(|| CheckError("z3 returned no model".into()))?;
        let value = |x: &Int| -> Result<(i64, Val), CheckError> {
            let c = model
                .eval(x, true)
                .and_then(|v| v.as_i64())
                .ok_or_else(|| CheckError("z3 model has no value for a variable".into()))?;
            let v =
                p.codes.val(c).cloned().ok_or_else(|| {
                    CheckError(format!("z3 model gives an unknown value code {c}"))
                })?;
            Ok((c, v))
        };
        let holds = |g: &G| -> bool {
            match g {
                G::True => true,
                G::False => false,
                G::Term(b) => model.eval(b, true).and_then(|v| v.as_bool()) == Some(true),
            }
        };
        let mut same = Vec::new();
        let mut results = Vec::new();
        for (t, res) in p.results.iter().enumerate() {
            let v = match res.tuples.iter().find(|(g, _)| holds(g)) {
                Some((_, comps)) => Val::Tuple(
                    comps
                        .iter()
                        .map(|x| value(x).map(|(_, v)| v))
                        .collect::<Result<Vec<_>, _>>()?,
                ),
                None => value(&res.scalar)?.1,
            };
            same.push(res.equals(&v, &p.codes).to_bool());
            results.push((ThreadId(t as u32), v));
        }
        let mut finals = Vec::new();
        for (l, e) in &p.finals {
            let x = p.events[*e]
                .read
                .as_ref()
                .ok_or_else(|| CheckError("a final read has no value".into()))?;
            let (c, v) = value(x)?;
            same.push(x.eq(Int::from_i64(c)));
            finals.push((l.clone(), v));
        }
        states.insert(State::new(results, finals), 1);
        // Block this state.
        enc.solver.assert(Bool::and(&same).not());
    }
    Ok(Found {
        states,
        checks,
        complete: true,
    })
}
