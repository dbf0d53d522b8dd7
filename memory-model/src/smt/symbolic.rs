//! Symbolic execution of the thread bodies: every event a thread may perform becomes a
//! *potential event* with a guard (the condition, over the values its earlier reads
//! return, under which the thread performs it); values read are z3 integer variables
//! (codes of [`Val`]s, see [`Codes`]) restricted to the domain of the location read;
//! registers, written values and locations are guarded choices over finite sets
//! computed pointwise by the concrete semantics of `values`.
//!
//! The result is a [`Program`]: the potential events of the main program and of every
//! thread, in program order per actor, the thread results as integer variables, the
//! final reads, and the constraints that tie the variables to the code (`Assume`,
//! joins, read domains). `encode` then adds reads-from, the relations and a model's
//! axioms.

use std::collections::{BTreeMap, BTreeSet};

use z3::ast::{Bool, Int};

use crate::execution::Actor;
use crate::explicit::CheckError;
use crate::program::{
    Expr, KeyExpr, LitmusTest, Loc, LocExpr, ObjId, ObjKind, Order, Reg, RmwOp, Stmt, ThreadId, Val,
};
use crate::smt::guard::{Choice, G, merge};
use crate::smt::values::{self, Domains};

/// Most potential events the z3 checker accepts for one test.
pub const MAX_POTENTIAL_EVENTS: usize = 256;

/// Integer codes of the values the encoding mentions (`Val` is encoded as an integer:
/// a read's variable equals the code of the value it reads).
#[derive(Clone, Debug, Default)]
pub(crate) struct Codes {
    map: BTreeMap<Val, i64>,
    vals: Vec<Val>,
}

impl Codes {
    /// The code of a value (assigned on first use).
    pub fn code(&mut self, v: &Val) -> i64 {
        if let Some(c) = self.map.get(v) {
            return *c;
        }
        let c = self.vals.len() as i64;
        self.vals.push(v.clone());
        self.map.insert(v.clone(), c);
        c
    }

    /// The code of a value, if it has one.
    pub fn get(&self, v: &Val) -> Option<i64> {
        self.map.get(v).copied()
    }

    /// The value of a code.
    pub fn val(&self, c: i64) -> Option<&Val> {
        usize::try_from(c).ok().and_then(|i| self.vals.get(i))
    }
}

/// What a potential event does (a compareExchange is one event that is an RMW when it
/// succeeds and a SeqCst read when it fails).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Init,
    Read,
    Write,
    Rmw,
    Cas,
    Start,
    End,
    Spawn(ThreadId),
    Join(ThreadId),
    FinalRead,
}

/// A potential event.
#[derive(Clone, Debug)]
pub(crate) struct Ev {
    /// Who performs it.
    pub actor: Actor,
    /// What it does.
    pub kind: Kind,
    /// Whether it happens.
    pub guard: G,
    /// Its location: the possible locations, each with its guard (empty for thread
    /// operations).
    pub locs: Vec<(Loc, G)>,
    /// Plain, SeqCst or Init.
    pub order: Order,
    /// The code of the value read (reads, RMWs, compareExchange, final reads).
    pub read: Option<Int>,
    /// The values the read may return.
    pub read_vals: BTreeSet<Val>,
    /// The values written, each with its guard (writes, RMWs, Init, compareExchange).
    pub wvals: Vec<(Val, G)>,
    /// Whether it writes, given that it happens (a compareExchange: when it succeeds).
    pub writes: G,
    /// Its source text names `compareExchange` (a failed one is still a locked
    /// instruction on x86-64, `Event::x86_locked`).
    pub cas_label: bool,
}

impl Ev {
    fn new(actor: Actor, kind: Kind, guard: G) -> Ev {
        Ev {
            actor,
            kind,
            guard,
            locs: Vec::new(),
            order: Order::SeqCst,
            read: None,
            read_vals: BTreeSet::new(),
            wvals: Vec::new(),
            writes: G::False,
            cas_label: false,
        }
    }

    /// Does it read memory (when it happens)?
    pub fn is_read(&self) -> bool {
        matches!(
            self.kind,
            Kind::Read | Kind::Rmw | Kind::Cas | Kind::FinalRead
        )
    }

    /// May it write memory?
    pub fn may_write(&self) -> bool {
        matches!(self.kind, Kind::Init | Kind::Write | Kind::Rmw | Kind::Cas)
    }

    /// It happens and writes.
    pub fn write(&self) -> G {
        self.guard.and(&self.writes)
    }

    /// A SeqCst event?
    pub fn is_sc(&self) -> bool {
        self.order == Order::SeqCst
    }

    /// Is it a memory event (has a location)?
    pub fn is_memory(&self) -> bool {
        !self.locs.is_empty()
    }

    /// Is it (when it happens) a read-modify-write?
    pub fn rmw(&self) -> G {
        match self.kind {
            Kind::Rmw => G::True,
            Kind::Cas => self.writes.clone(),
            _ => G::False,
        }
    }

    /// A write that does not read (x86's W).
    pub fn pure_write(&self) -> G {
        G::of(matches!(self.kind, Kind::Init | Kind::Write))
    }

    /// A read that does not write (x86's R).
    pub fn pure_read(&self) -> G {
        match self.kind {
            Kind::Read | Kind::FinalRead => G::True,
            Kind::Cas => self.writes.not(),
            _ => G::False,
        }
    }

    /// A locked instruction or full fence under the engine's x86-64 mapping
    /// (`[mm.mapping.x86-64]`): RMWs (every compareExchange), SeqCst stores, lock
    /// operations and thread operations.
    pub fn x86_locked(&self) -> G {
        match self.kind {
            Kind::Rmw | Kind::Start | Kind::End | Kind::Spawn(_) | Kind::Join(_) => G::True,
            Kind::Write => G::of(self.is_sc()),
            Kind::Read => G::of(self.is_sc() && self.cas_label),
            Kind::Cas => {
                if self.cas_label {
                    G::True
                } else {
                    self.writes.clone()
                }
            }
            Kind::Init | Kind::FinalRead => G::False,
        }
    }
}

/// The symbolic form of a test.
pub(crate) struct Program {
    /// Potential events; indices are event ids.
    pub events: Vec<Ev>,
    /// Per actor, its events in program order.
    pub actors: Vec<Vec<usize>>,
    /// Each thread's result.
    pub results: Vec<ThreadResult>,
    /// Each final location and its final-read event.
    pub finals: Vec<(Loc, usize)>,
    /// Constraints from the code.
    pub constraints: Vec<Bool>,
    /// The value codes.
    pub codes: Codes,
}

/// A thread's result: either a single value (its code in `scalar`, when `scalar_guard`
/// holds) or, at a `return [e1, …]` site, a tuple whose components are separate codes
/// (so that a tuple of *n* registers costs *n* variables rather than the product of
/// their domains).
#[derive(Clone, Debug)]
pub(crate) struct ThreadResult {
    /// The code of the result when it is not returned by a tuple site.
    pub scalar: Int,
    /// The run ends at a non-tuple site.
    pub scalar_guard: G,
    /// Tuple sites: the guard of reaching it, and the code of each component.
    pub tuples: Vec<(G, Vec<Int>)>,
}

impl ThreadResult {
    /// The condition that the thread's result is `v`.
    pub fn equals(&self, v: &Val, codes: &Codes) -> G {
        let mut cases = Vec::new();
        if let Some(c) = codes.get(v) {
            cases.push(self.scalar_guard.and(&G::eq_code(&self.scalar, c)));
        }
        if let Val::Tuple(items) = v {
            for (g, comps) in &self.tuples {
                if comps.len() != items.len() {
                    continue;
                }
                let mut parts = vec![g.clone()];
                for (x, item) in comps.iter().zip(items) {
                    match codes.get(item) {
                        Some(c) => parts.push(G::eq_code(x, c)),
                        None => parts.push(G::False),
                    }
                }
                cases.push(G::all(parts.iter()));
            }
        }
        G::any(cases.iter())
    }
}

/// A thread's item in program order: an event, or the place after an allocation's Init
/// writes where the Init(absent) writes of the object's other accessed properties go
/// (which ones is known only once every thread has been run).
enum Item {
    Ev(Ev),
    AbsentInits { obj: ObjId, allocated: G },
}

/// A thread's symbolic state at a program point.
#[derive(Clone)]
struct TState {
    /// Whether the thread is running here.
    pc: G,
    regs: BTreeMap<Reg, Vec<(Val, G)>>,
}

struct Builder<'a> {
    test: &'a LitmusTest,
    dom: &'a Domains,
    codes: Codes,
    constraints: Vec<Bool>,
    /// Join results: "the child's result is this value", defined once every thread
    /// has been run.
    joins: Vec<(ThreadId, Val, Bool)>,
    fresh: usize,
}

/// A `return [e1, …]` site: the guard of reaching it, and each component's guarded
/// values.
type TupleSite = (G, Vec<Vec<(Val, G)>>);

/// What one thread produces.
struct ThreadOut {
    actor: Actor,
    items: Vec<Item>,
    results: Vec<(Val, G)>,
    /// `return [e1, …]` sites: guard and the components' guarded values.
    tuples: Vec<TupleSite>,
}

impl ThreadOut {
    fn push(&mut self, e: Ev) {
        self.items.push(Item::Ev(e));
    }

    /// The thread throws the errors (under their guards) and runs on otherwise.
    fn throw(&mut self, st: &mut TState, errs: &[(String, G)]) {
        if errs.is_empty() {
            return;
        }
        for (m, g) in errs {
            self.results.push((Val::Thrown(m.clone()), st.pc.and(g)));
        }
        let thrown = G::any(errs.iter().map(|(_, g)| g));
        st.pc = st.pc.and(&thrown.not());
    }
}

impl Builder<'_> {
    fn constrain(&mut self, g: G) {
        match g {
            G::True => {}
            g => self.constraints.push(g.to_bool()),
        }
    }

    fn var(&mut self, prefix: &str) -> Int {
        self.fresh += 1;
        Int::new_const(format!("{prefix}{}", self.fresh))
    }

    fn eval(&self, e: &Expr, st: &TState) -> Result<Choice<Val>, CheckError> {
        match e {
            Expr::Const(v) => Ok(Choice::one(v.clone())),
            Expr::Reg(r) => Ok(Choice {
                vals: st
                    .regs
                    .get(r)
                    .cloned()
                    .unwrap_or_else(|| vec![(Val::Undefined, G::True)]),
                errs: Vec::new(),
            }),
            Expr::Not(a) => self.eval(a, st)?.map(|v| Ok(values::not(v))),
            Expr::Neg(a) => self.eval(a, st)?.map(values::neg),
            Expr::Bin(op, a, b) => {
                let x = self.eval(a, st)?;
                let y = self.eval(b, st)?;
                x.map2(y, |x, y| values::binop(*op, &x.as_read(), &y.as_read()))
            }
            Expr::Cond(c, a, b) => {
                let c = self.eval(c, st)?;
                let t = G::any(c.vals.iter().filter(|(v, _)| v.truthy()).map(|(_, g)| g));
                let f = G::any(c.vals.iter().filter(|(v, _)| !v.truthy()).map(|(_, g)| g));
                let a = self.eval(a, st)?;
                let b = self.eval(b, st)?;
                let vals = a
                    .vals
                    .into_iter()
                    .map(|(v, g)| (v, g.and(&t)))
                    .chain(b.vals.into_iter().map(|(v, g)| (v, g.and(&f))));
                let errs = c
                    .errs
                    .into_iter()
                    .chain(a.errs.into_iter().map(|(m, g)| (m, g.and(&t))))
                    .chain(b.errs.into_iter().map(|(m, g)| (m, g.and(&f))));
                Choice::from_parts(vals, errs)
            }
            Expr::Tuple(items) => {
                let mut acc: Choice<Vec<Val>> = Choice::one(Vec::new());
                for i in items {
                    let c = self.eval(i, st)?;
                    acc = acc.map2(c, |xs, x| {
                        let mut v = xs.clone();
                        v.push(x.clone());
                        Ok(v)
                    })?;
                }
                acc.map(|xs| Ok(Val::Tuple(xs.clone())))
            }
        }
    }

    /// A location expression: the object first (its errors, then non-objects), then
    /// the key.
    fn eval_loc(&self, l: &LocExpr, st: &TState) -> Result<Choice<Loc>, CheckError> {
        let obj = self.eval(&l.obj, st)?.map(values::object_of)?;
        let key = match &l.key {
            KeyExpr::Fixed(k) => Choice::one(k.clone()),
            KeyExpr::Index(e) => self.eval(e, st)?.map(values::index_key)?,
        };
        obj.map2(key, |o, k| {
            Ok(Loc {
                obj: *o,
                key: k.clone(),
            })
        })
    }

    /// A read of one of `locs`: its variable, ranging over the candidates of the
    /// location actually read, and the guarded values it may return.
    fn read_var(&mut self, locs: &[(Loc, G)], pc: &G) -> (Int, BTreeSet<Val>, Vec<(Val, G)>) {
        let x = self.var("val");
        let mut all: BTreeSet<Val> = BTreeSet::new();
        for (l, gl) in locs {
            let cands = self.dom.candidates(l);
            let within = G::any(
                cands
                    .iter()
                    .map(|v| G::eq_code(&x, self.codes.code(v)))
                    .collect::<Vec<_>>()
                    .iter(),
            );
            let g = pc.and(gl).implies(&within);
            self.constrain(g);
            all.extend(cands);
        }
        let guarded = all
            .iter()
            .map(|v| (v.clone(), G::eq_code(&x, self.codes.code(v))))
            .collect();
        (x, all, guarded)
    }

    fn memory_event(&self, out: &ThreadOut, kind: Kind, st: &TState, locs: Vec<(Loc, G)>) -> Ev {
        let mut e = Ev::new(out.actor, kind, st.pc.clone());
        e.locs = locs;
        e
    }

    fn lock_op(&mut self, out: &mut ThreadOut, st: &TState, lock: ObjId, acquire: bool) {
        let loc = values::lock_loc(lock);
        let kind = if acquire { Kind::Rmw } else { Kind::Write };
        let mut e = self.memory_event(out, kind, st, vec![(loc, G::True)]);
        e.order = Order::SeqCst;
        e.writes = G::True;
        e.wvals = vec![(Val::Bool(acquire), G::True)];
        if acquire {
            // `[mm.event.lock-acquire]`: an acquire reads free.
            let x = self.var("acq");
            let free = self.codes.code(&Val::Bool(false));
            self.constrain(G::eq_code(&x, free));
            e.read = Some(x);
            e.read_vals = BTreeSet::from([Val::Bool(false)]);
        }
        out.push(e);
    }

    fn run(
        &mut self,
        stmts: &[Stmt],
        st: &mut TState,
        out: &mut ThreadOut,
    ) -> Result<(), CheckError> {
        for s in stmts {
            if st.pc.is_false() {
                break;
            }
            self.stmt(s, st, out)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt, st: &mut TState, out: &mut ThreadOut) -> Result<(), CheckError> {
        match s {
            Stmt::Assign { reg, value } => {
                let v = self.eval(value, st)?;
                out.throw(st, &v.errs);
                st.regs.insert(*reg, v.vals);
            }
            Stmt::Read {
                reg,
                loc,
                order,
                origin,
            } => {
                let l = self.eval_loc(loc, st)?;
                out.throw(st, &l.errs);
                let (x, read_vals, guarded) = self.read_var(&l.vals, &st.pc);
                let mut e = self.memory_event(out, Kind::Read, st, l.vals);
                e.order = *order;
                e.read = Some(x);
                e.read_vals = read_vals;
                e.cas_label = origin.text.contains("compareExchange");
                out.push(e);
                st.regs.insert(
                    *reg,
                    merge(guarded.into_iter().map(|(v, g)| (v.as_read(), g))),
                );
            }
            Stmt::Has { reg, loc, .. } => {
                let l = self.eval_loc(loc, st)?;
                out.throw(st, &l.errs);
                let (x, read_vals, guarded) = self.read_var(&l.vals, &st.pc);
                let mut e = self.memory_event(out, Kind::Read, st, l.vals);
                e.order = Order::Plain;
                e.read = Some(x);
                e.read_vals = read_vals;
                out.push(e);
                st.regs.insert(
                    *reg,
                    merge(
                        guarded
                            .into_iter()
                            .map(|(v, g)| (Val::Bool(v != Val::Absent), g)),
                    ),
                );
            }
            Stmt::Write {
                loc, value, order, ..
            } => {
                let l = self.eval_loc(loc, st)?;
                out.throw(st, &l.errs);
                let v = self.eval(value, st)?;
                out.throw(st, &v.errs);
                let mut e = self.memory_event(out, Kind::Write, st, l.vals);
                e.order = *order;
                e.writes = G::True;
                e.wvals = v.vals;
                out.push(e);
            }
            Stmt::Rmw {
                reg,
                loc,
                op,
                operand,
                ..
            } => {
                let l = self.eval_loc(loc, st)?;
                out.throw(st, &l.errs);
                let operand = self.eval(operand, st)?;
                out.throw(st, &operand.errs);
                let (x, read_vals, guarded) = self.read_var(&l.vals, &st.pc);
                let old = Choice {
                    vals: guarded.clone(),
                    errs: Vec::new(),
                };
                let op: RmwOp = *op;
                let new = old.map2(operand, |o, v| values::rmw_result(op, o, v))?;
                // An operation that throws performs no event.
                out.throw(st, &new.errs);
                let mut e = self.memory_event(out, Kind::Rmw, st, l.vals);
                e.order = Order::SeqCst;
                e.read = Some(x);
                e.read_vals = read_vals;
                e.writes = G::True;
                e.wvals = new.vals;
                out.push(e);
                st.regs.insert(
                    *reg,
                    merge(guarded.into_iter().map(|(v, g)| (v.as_read(), g))),
                );
            }
            Stmt::Cas {
                reg,
                loc,
                expected,
                replacement,
                origin,
            } => {
                let l = self.eval_loc(loc, st)?;
                out.throw(st, &l.errs);
                let exp = self.eval(expected, st)?;
                out.throw(st, &exp.errs);
                let rep = self.eval(replacement, st)?;
                out.throw(st, &rep.errs);
                let (x, read_vals, guarded) = self.read_var(&l.vals, &st.pc);
                let mut success = Vec::new();
                for (old, go) in &guarded {
                    for (e, ge) in &exp.vals {
                        if old.as_read() == e.as_read() {
                            success.push(go.and(ge));
                        }
                    }
                }
                let mut e = self.memory_event(out, Kind::Cas, st, l.vals);
                e.order = Order::SeqCst;
                e.read = Some(x);
                e.read_vals = read_vals;
                e.writes = G::any(success.iter());
                e.wvals = rep.vals;
                e.cas_label = origin.text.contains("compareExchange");
                out.push(e);
                st.regs.insert(
                    *reg,
                    merge(guarded.into_iter().map(|(v, g)| (v.as_read(), g))),
                );
            }
            Stmt::Alloc { reg, obj, init, .. } => {
                let mut first: Option<G> = None;
                for (key, e) in init {
                    let v = self.eval(e, st)?;
                    out.throw(st, &v.errs);
                    let loc = Loc {
                        obj: *obj,
                        key: key.clone(),
                    };
                    let mut ev = self.memory_event(out, Kind::Init, st, vec![(loc, G::True)]);
                    ev.order = Order::Init;
                    ev.writes = G::True;
                    ev.wvals = v.vals;
                    first.get_or_insert_with(|| st.pc.clone());
                    out.push(ev);
                }
                if let Some(allocated) = first {
                    out.items.push(Item::AbsentInits {
                        obj: *obj,
                        allocated,
                    });
                }
                st.regs.insert(*reg, vec![(Val::Obj(*obj), G::True)]);
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let c = self.eval(cond, st)?;
                out.throw(st, &c.errs);
                let t = G::any(c.vals.iter().filter(|(v, _)| v.truthy()).map(|(_, g)| g));
                let f = G::any(c.vals.iter().filter(|(v, _)| !v.truthy()).map(|(_, g)| g));
                let mut a = TState {
                    pc: st.pc.and(&t),
                    regs: st.regs.clone(),
                };
                let mut b = TState {
                    pc: st.pc.and(&f),
                    regs: st.regs.clone(),
                };
                self.run(then, &mut a, out)?;
                self.run(otherwise, &mut b, out)?;
                *st = join_states(a, b);
            }
            Stmt::Hold { lock, body, .. } => {
                self.lock_op(out, st, *lock, true);
                self.run(body, st, out)?;
                // A body that returned or threw never releases.
                if !st.pc.is_false() {
                    self.lock_op(out, st, *lock, false);
                }
            }
            Stmt::Wait { lock, .. } => {
                self.lock_op(out, st, *lock, false);
                self.lock_op(out, st, *lock, true);
            }
            Stmt::Assume { cond } => {
                let c = self.eval(cond, st)?;
                out.throw(st, &c.errs);
                let t = G::any(c.vals.iter().filter(|(v, _)| v.truthy()).map(|(_, g)| g));
                // `[mm.execution.await]`: only executions that get past the await.
                self.constrain(st.pc.implies(&t));
                st.pc = st.pc.and(&t);
            }
            Stmt::Spawn { child, .. } => {
                out.push(Ev::new(out.actor, Kind::Spawn(*child), st.pc.clone()));
            }
            Stmt::Join { reg, child, .. } => {
                out.push(Ev::new(out.actor, Kind::Join(*child), st.pc.clone()));
                let possible: Vec<Val> = self
                    .dom
                    .results
                    .get(child)
                    .map(|s| s.iter().cloned().collect())
                    .unwrap_or_default();
                let mut guarded: Vec<(Val, G)> = Vec::new();
                for v in possible {
                    self.fresh += 1;
                    let b = Bool::new_const(format!("joined{}", self.fresh));
                    self.joins.push((*child, v.clone(), b.clone()));
                    guarded.push((v, G::Term(b)));
                }
                // The join returns one of the results the domains allow for the child.
                let any = G::any(guarded.iter().map(|(_, g)| g));
                self.constrain(st.pc.implies(&any));
                st.pc = st.pc.and(&any);
                if let Some(reg) = reg {
                    st.regs.insert(*reg, guarded);
                }
            }
            Stmt::Return(Expr::Tuple(items)) => {
                // Components one by one (the first that throws decides the error).
                let mut comps = Vec::new();
                for i in items {
                    let c = self.eval(i, st)?;
                    out.throw(st, &c.errs);
                    comps.push(c.vals);
                }
                out.tuples.push((st.pc.clone(), comps));
                st.pc = G::False;
            }
            Stmt::Return(e) => {
                let v = self.eval(e, st)?;
                out.throw(st, &v.errs);
                for (val, g) in v.vals {
                    out.results.push((val, st.pc.and(&g)));
                }
                st.pc = G::False;
            }
        }
        Ok(())
    }
}

/// The state after an `if`: running when either branch runs; each register holds the
/// then-branch's value where that branch ran and the else-branch's where it did.
fn join_states(a: TState, b: TState) -> TState {
    let pc = a.pc.or(&b.pc);
    let undefined = || vec![(Val::Undefined, G::True)];
    let names: BTreeSet<Reg> = a.regs.keys().chain(b.regs.keys()).copied().collect();
    let mut regs = BTreeMap::new();
    for r in names {
        let va = a.regs.get(&r).cloned().unwrap_or_else(undefined);
        let vb = b.regs.get(&r).cloned().unwrap_or_else(undefined);
        let same = va.len() == vb.len()
            && va
                .iter()
                .zip(&vb)
                .all(|((x, gx), (y, gy))| x == y && same_guard(gx, gy));
        let v = if same {
            va
        } else if a.pc.is_false() {
            vb
        } else if b.pc.is_false() {
            va
        } else {
            merge(
                va.into_iter()
                    .map(|(v, g)| (v, g.and(&a.pc)))
                    .chain(vb.into_iter().map(|(v, g)| (v, g.and(&b.pc)))),
            )
        };
        regs.insert(r, v);
    }
    TState { pc, regs }
}

fn same_guard(a: &G, b: &G) -> bool {
    match (a, b) {
        (G::True, G::True) | (G::False, G::False) => true,
        (G::Term(x), G::Term(y)) => x == y,
        _ => false,
    }
}

/// Runs every thread symbolically and lays out the potential events of the test.
pub(crate) fn build(
    test: &LitmusTest,
    dom: &Domains,
    finals: &[Loc],
) -> Result<Program, CheckError> {
    let n = test.threads.len();
    let mut b = Builder {
        test,
        dom,
        codes: Codes::default(),
        constraints: Vec::new(),
        joins: Vec::new(),
        fresh: 0,
    };
    let mut threads: Vec<ThreadOut> = Vec::new();
    let mut results_of: Vec<ThreadResult> = Vec::new();
    for t in 0..n {
        let actor = Actor::Thread(ThreadId(t as u32));
        let mut out = ThreadOut {
            actor,
            items: vec![Item::Ev(Ev::new(actor, Kind::Start, G::True))],
            results: Vec::new(),
            tuples: Vec::new(),
        };
        let mut st = TState {
            pc: G::True,
            regs: BTreeMap::new(),
        };
        b.run(&test.threads[t].body, &mut st, &mut out)?;
        // Falling off the end returns undefined.
        out.results.push((Val::Undefined, st.pc.clone()));
        out.items.push(Item::Ev(Ev::new(actor, Kind::End, G::True)));
        // The result variables: the code of whichever result the run ends with.
        let scalar = Int::new_const(format!("result_T{t}"));
        let results = merge(std::mem::take(&mut out.results));
        let mut ends = Vec::new();
        for (v, g) in &results {
            let c = b.codes.code(v);
            b.constrain(g.implies(&G::eq_code(&scalar, c)));
            ends.push(g.clone());
        }
        let scalar_guard = G::any(ends.iter());
        let mut tuples = Vec::new();
        for (k, (site, comps)) in std::mem::take(&mut out.tuples).into_iter().enumerate() {
            let mut vars = Vec::new();
            for (i, vals) in comps.into_iter().enumerate() {
                let x = Int::new_const(format!("result_T{t}_{k}_{i}"));
                for (v, g) in &vals {
                    let c = b.codes.code(v);
                    b.constrain(site.and(g).implies(&G::eq_code(&x, c)));
                }
                vars.push(x);
            }
            ends.push(site.clone());
            tuples.push((site, vars));
        }
        b.constrain(G::any(ends.iter()));
        results_of.push(ThreadResult {
            scalar,
            scalar_guard,
            tuples,
        });
        threads.push(out);
    }
    // Every value a join may return gets a code, then the joins are defined.
    for (_, v, _) in &b.joins {
        if let Val::Tuple(items) = v {
            for i in items {
                b.codes.code(i);
            }
        }
        b.codes.code(v);
    }
    for (child, v, var) in std::mem::take(&mut b.joins) {
        let is = results_of
            .get(child.0 as usize)
            .ok_or_else(|| CheckError(format!("a join of thread {} that does not exist", child.0)))?
            .equals(&v, &b.codes);
        b.constraints.push(var.iff(is.to_bool()));
    }
    b.lay_out(threads, finals, results_of)
}

impl Builder<'_> {
    fn lay_out(
        mut self,
        threads: Vec<ThreadOut>,
        finals: &[Loc],
        results: Vec<ThreadResult>,
    ) -> Result<Program, CheckError> {
        let test = self.test;
        // Which locations the threads' own events may access, and under which guards
        // (`accessed` decides the Init(absent) writes).
        let mut access: BTreeMap<Loc, Vec<G>> = BTreeMap::new();
        let mut inited: BTreeMap<Loc, Vec<G>> = BTreeMap::new();
        let mut allocated: BTreeMap<ObjId, Vec<G>> = BTreeMap::new();
        for t in &threads {
            for item in &t.items {
                match item {
                    Item::Ev(e) => {
                        for (l, gl) in &e.locs {
                            access.entry(l.clone()).or_default().push(e.guard.and(gl));
                            if e.kind == Kind::Init {
                                inited.entry(l.clone()).or_default().push(e.guard.and(gl));
                            }
                        }
                    }
                    Item::AbsentInits { obj, allocated: g } => {
                        allocated.entry(*obj).or_default().push(g.clone());
                    }
                }
            }
        }
        for l in finals {
            access.entry(l.clone()).or_default().push(G::True);
        }
        let accessed = |l: &Loc| G::any(access.get(l).map(|v| v.iter()).into_iter().flatten());
        let alloc_inited = |l: &Loc| G::any(inited.get(l).map(|v| v.iter()).into_iter().flatten());
        let is_allocated =
            |o: &ObjId| G::any(allocated.get(o).map(|v| v.iter()).into_iter().flatten());

        let mut events: Vec<Ev> = Vec::new();
        let mut actors: Vec<Vec<usize>> = Vec::new();
        let mut main: Vec<usize> = Vec::new();
        let push = |events: &mut Vec<Ev>, seq: &mut Vec<usize>, e: Ev| {
            seq.push(events.len());
            events.push(e);
        };
        let init = |this: &mut Self, actor: Actor, loc: &Loc, v: &Val, guard: G| {
            let mut e = Ev::new(actor, Kind::Init, guard);
            e.locs = vec![(loc.clone(), G::True)];
            e.order = Order::Init;
            e.writes = G::True;
            e.wvals = vec![(v.clone(), G::True)];
            this.codes.code(v);
            e
        };
        // Setup: Init writes, free locks, absent locations.
        let mut setup: BTreeSet<Loc> = BTreeSet::new();
        for (loc, v) in &test.init {
            let e = init(&mut self, Actor::Main, loc, v, G::True);
            push(&mut events, &mut main, e);
            setup.insert(loc.clone());
        }
        for (i, o) in test.objects.iter().enumerate() {
            if o.kind == ObjKind::Lock {
                let l = values::lock_loc(ObjId(i as u32));
                let e = init(&mut self, Actor::Main, &l, &Val::Bool(false), G::True);
                push(&mut events, &mut main, e);
                setup.insert(l);
            }
        }
        for l in access.keys() {
            if setup.contains(l) {
                continue;
            }
            let g = accessed(l).and(&is_allocated(&l.obj).not());
            if !g.is_false() {
                let e = init(&mut self, Actor::Main, l, &Val::Absent, g);
                push(&mut events, &mut main, e);
            }
        }
        let roots = test.root_threads();
        for r in &roots {
            push(
                &mut events,
                &mut main,
                Ev::new(Actor::Main, Kind::Spawn(*r), G::True),
            );
        }
        // The threads, with the Init(absent) writes of allocated objects.
        for t in threads {
            let mut seq = Vec::new();
            for item in t.items {
                match item {
                    Item::Ev(e) => push(&mut events, &mut seq, e),
                    Item::AbsentInits { obj, allocated } => {
                        for l in access.keys().filter(|l| l.obj == obj) {
                            let g = G::all([&allocated, &alloc_inited(l).not(), &accessed(l)]);
                            if !g.is_false() {
                                let e = init(&mut self, t.actor, l, &Val::Absent, g);
                                push(&mut events, &mut seq, e);
                            }
                        }
                    }
                }
            }
            actors.push(seq);
        }
        // The main program joins every thread, nested ones included (LITMUS.md), as the
        // explicit checker does.
        for t in 0..test.threads.len() {
            push(
                &mut events,
                &mut main,
                Ev::new(Actor::Main, Kind::Join(ThreadId(t as u32)), G::True),
            );
        }
        // `[mm.outcome.final-read]`: plain reads by the main program after every join.
        // A final read returns whatever the write it reads wrote (it decides no
        // control flow, so it needs no domain): its possible values are those of every
        // potential write to its location.
        let mut final_events = Vec::new();
        for l in finals {
            let x = self.var("final");
            let mut read_vals = BTreeSet::new();
            for e in &events {
                if e.may_write() && e.locs.iter().any(|(m, g)| m == l && !g.is_false()) {
                    read_vals.extend(e.wvals.iter().map(|(v, _)| v.clone()));
                }
            }
            let mut e = Ev::new(Actor::Main, Kind::FinalRead, G::True);
            e.locs = vec![(l.clone(), G::True)];
            e.order = Order::Plain;
            e.read = Some(x);
            e.read_vals = read_vals;
            final_events.push((l.clone(), events.len()));
            push(&mut events, &mut main, e);
        }
        actors.push(main);
        if events.len() > MAX_POTENTIAL_EVENTS {
            return Err(CheckError(format!(
                "this test has {} potential events; the z3 checker handles at most \
                 {MAX_POTENTIAL_EVENTS}",
                events.len()
            )));
        }
        // Every written value gets a code (so that equal values compare equal).
        for e in &events {
            for (v, _) in &e.wvals {
                self.codes.code(v);
            }
        }
        Ok(Program {
            events,
            actors,
            results,
            finals: final_events,
            constraints: self.constraints,
            codes: self.codes,
        })
    }
}
