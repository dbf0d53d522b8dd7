//! Expansion of thread bodies into concrete traces for the explicit checker: every read
//! draws its value from the finite set of values that may be stored at its location
//! (computed as a fixpoint over what the test can write), so thin-air values are
//! covered exactly as far as the test's own values reach.

use std::collections::{BTreeMap, BTreeSet};

use crate::execution::EventKind;
use crate::program::{
    BinOp, Expr, Key, KeyExpr, LitmusTest, Loc, LocExpr, ObjId, Order, Reg, RmwOp, Stmt, ThreadId,
    Val,
};

/// Largest number of distinct values one location may hold before the test is refused.
pub const MAX_DOMAIN: usize = 32;

/// Why a test cannot be expanded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceError(pub String);

impl std::fmt::Display for TraceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One event of a trace, before it is placed in an execution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEvent {
    /// What it does.
    pub kind: EventKind,
    /// Location, for memory events.
    pub loc: Option<Loc>,
    /// Plain, SeqCst or Init.
    pub order: Order,
    /// Value read.
    pub read_val: Option<Val>,
    /// Value written.
    pub write_val: Option<Val>,
    /// A lock operation?
    pub lock_op: bool,
    /// Label.
    pub label: String,
}

impl TraceEvent {
    /// A memory access or thread operation that is not a lock operation.
    fn access(
        kind: EventKind,
        loc: Option<Loc>,
        order: Order,
        read_val: Option<Val>,
        write_val: Option<Val>,
        label: String,
    ) -> Self {
        TraceEvent {
            kind,
            loc,
            order,
            read_val,
            write_val,
            lock_op: false,
            label,
        }
    }
}

/// A complete run of one thread under one choice of read values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trace {
    /// Events in program order (without Start/End).
    pub events: Vec<TraceEvent>,
    /// The thread's result.
    pub result: Val,
    /// The results this trace assumed for the children it joined.
    pub joined: Vec<(ThreadId, Val)>,
}

/// The values each location may hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Domains {
    /// Values per location (Init values included).
    pub values: BTreeMap<Loc, BTreeSet<Val>>,
    /// Locations that get an Init write from the setup or an allocation literal.
    pub initialized: BTreeSet<Loc>,
}

impl Domains {
    /// The values a read of `loc` may return.
    pub fn candidates(&self, loc: &Loc) -> BTreeSet<Val> {
        let mut v = self.values.get(loc).cloned().unwrap_or_default();
        if !self.initialized.contains(loc) {
            v.insert(Val::Absent);
        }
        v
    }
}

struct State {
    regs: BTreeMap<Reg, Val>,
    events: Vec<TraceEvent>,
    joined: Vec<(ThreadId, Val)>,
    result: Option<Val>,
}

impl Clone for State {
    fn clone(&self) -> Self {
        State {
            regs: self.regs.clone(),
            events: self.events.clone(),
            joined: self.joined.clone(),
            result: self.result.clone(),
        }
    }
}

/// Evaluates an expression (`Err` = the thread throws).
pub fn eval(e: &Expr, regs: &BTreeMap<Reg, Val>) -> Result<Val, String> {
    Ok(match e {
        Expr::Const(v) => v.clone(),
        Expr::Reg(r) => regs.get(r).cloned().unwrap_or(Val::Undefined),
        Expr::Not(a) => Val::Bool(!eval(a, regs)?.truthy()),
        Expr::Neg(a) => match eval(a, regs)? {
            Val::Num(n) => Val::Num(n.wrapping_neg()),
            other => return Err(format!("cannot negate {other:?}")),
        },
        Expr::Cond(c, a, b) => {
            if eval(c, regs)?.truthy() {
                eval(a, regs)?
            } else {
                eval(b, regs)?
            }
        }
        Expr::Tuple(items) => Val::Tuple(
            items
                .iter()
                .map(|i| eval(i, regs))
                .collect::<Result<Vec<_>, _>>()?,
        ),
        Expr::Bin(op, a, b) => {
            let (x, y) = (eval(a, regs)?.as_read(), eval(b, regs)?.as_read());
            binop(*op, &x, &y)?
        }
    })
}

/// A binary operation on values.
pub fn binop(op: BinOp, x: &Val, y: &Val) -> Result<Val, String> {
    let num = |v: &Val| match v {
        Val::Num(n) => Ok(*n),
        Val::Bool(b) => Ok(i64::from(*b)),
        Val::Null => Ok(0),
        other => Err(format!(
            "arithmetic on {other:?} is not supported in litmus tests"
        )),
    };
    Ok(match op {
        BinOp::StrictEq => Val::Bool(x == y),
        BinOp::StrictNe => Val::Bool(x != y),
        BinOp::And => {
            if x.truthy() {
                y.clone()
            } else {
                x.clone()
            }
        }
        BinOp::Or => {
            if x.truthy() {
                x.clone()
            } else {
                y.clone()
            }
        }
        BinOp::Add => Val::Num(num(x)?.wrapping_add(num(y)?)),
        BinOp::Sub => Val::Num(num(x)?.wrapping_sub(num(y)?)),
        BinOp::Mul => Val::Num(num(x)?.wrapping_mul(num(y)?)),
        BinOp::Rem => {
            let d = num(y)?;
            if d == 0 {
                return Err("remainder by zero is not supported in litmus tests".into());
            }
            Val::Num(num(x)?.wrapping_rem(d))
        }
        BinOp::BitAnd => Val::Num(num(x)? & num(y)?),
        BinOp::BitOr => Val::Num(num(x)? | num(y)?),
        BinOp::BitXor => Val::Num(num(x)? ^ num(y)?),
        BinOp::Lt => Val::Bool(num(x)? < num(y)?),
        BinOp::Le => Val::Bool(num(x)? <= num(y)?),
        BinOp::Gt => Val::Bool(num(x)? > num(y)?),
        BinOp::Ge => Val::Bool(num(x)? >= num(y)?),
    })
}

/// The result of an Atomics RMW on the old value.
pub fn rmw_result(op: RmwOp, old: &Val, operand: &Val) -> Result<Val, String> {
    let b = match op {
        RmwOp::Exchange => return Ok(operand.clone()),
        RmwOp::Add => BinOp::Add,
        RmwOp::Sub => BinOp::Sub,
        RmwOp::And => BinOp::BitAnd,
        RmwOp::Or => BinOp::BitOr,
        RmwOp::Xor => BinOp::BitXor,
    };
    binop(b, &old.as_read(), &operand.as_read())
}

/// Evaluates a location expression.
pub fn eval_loc(l: &LocExpr, regs: &BTreeMap<Reg, Val>) -> Result<Loc, String> {
    let obj = match eval(&l.obj, regs)? {
        Val::Obj(o) => o,
        other => {
            return Err(format!(
                "TypeError (property access on {})",
                match other {
                    Val::Undefined | Val::Absent => "undefined".to_string(),
                    Val::Null => "null".to_string(),
                    v => format!("{v:?}"),
                }
            ));
        }
    };
    let key = match &l.key {
        KeyExpr::Fixed(k) => k.clone(),
        KeyExpr::Index(e) => match eval(e, regs)? {
            Val::Num(n) if (0..=u32::MAX as i64).contains(&n) => Key::Index(n as u32),
            other => return Err(format!("array index {other:?} is not supported")),
        },
    };
    Ok(Loc { obj, key })
}

fn lock_loc(lock: ObjId) -> Loc {
    Loc {
        obj: lock,
        key: Key::LockState,
    }
}

struct Expander<'t> {
    domains: &'t Domains,
    child_results: &'t BTreeMap<ThreadId, BTreeSet<Val>>,
    out: Vec<Trace>,
    limit: usize,
}

impl Expander<'_> {
    fn finish(&mut self, st: State) -> Result<(), TraceError> {
        if self.out.len() >= self.limit {
            return Err(TraceError(format!(
                "more than {} traces for one thread",
                self.limit
            )));
        }
        self.out.push(Trace {
            events: st.events,
            result: st.result.unwrap_or(Val::Undefined),
            joined: st.joined,
        });
        Ok(())
    }

    /// Runs the continuation stack: the first statements, then the rest.
    fn run(&mut self, conts: &[Cont<'_>], mut st: State) -> Result<(), TraceError> {
        let Some((first, tail)) = conts.split_first() else {
            return self.finish(st);
        };
        if st.result.is_some() {
            return self.finish(st);
        }
        let stmts = match first {
            Cont::Release(lock) => {
                st.events.push(release(*lock, RELEASE_TEXT));
                return self.run(tail, st);
            }
            Cont::Stmts(stmts) => *stmts,
        };
        let Some((stmt, more)) = stmts.split_first() else {
            return self.run(tail, st);
        };
        let mut next: Vec<Cont<'_>> = Vec::with_capacity(conts.len() + 1);
        next.push(Cont::Stmts(more));
        next.extend_from_slice(tail);
        macro_rules! throw {
            ($st:expr, $msg:expr) => {{
                let mut s = $st;
                s.result = Some(Val::Thrown($msg));
                return self.finish(s);
            }};
        }
        match stmt {
            Stmt::Assign { reg, value } => match eval(value, &st.regs) {
                Ok(v) => {
                    st.regs.insert(*reg, v);
                    self.run(&next, st)
                }
                Err(e) => throw!(st, e),
            },
            Stmt::Read {
                reg,
                loc,
                order,
                origin,
            } => {
                let loc = match eval_loc(loc, &st.regs) {
                    Ok(l) => l,
                    Err(e) => throw!(st, e),
                };
                for v in self.domains.candidates(&loc) {
                    let mut s = st.clone();
                    s.events.push(TraceEvent::access(
                        EventKind::Read,
                        Some(loc.clone()),
                        *order,
                        Some(v.clone()),
                        None,
                        origin.text.clone(),
                    ));
                    s.regs.insert(*reg, v.as_read());
                    self.run(&next, s)?;
                }
                Ok(())
            }
            Stmt::Has { reg, loc, origin } => {
                let loc = match eval_loc(loc, &st.regs) {
                    Ok(l) => l,
                    Err(e) => throw!(st, e),
                };
                for v in self.domains.candidates(&loc) {
                    let mut s = st.clone();
                    s.regs.insert(*reg, Val::Bool(v != Val::Absent));
                    s.events.push(TraceEvent::access(
                        EventKind::Read,
                        Some(loc.clone()),
                        Order::Plain,
                        Some(v),
                        None,
                        origin.text.clone(),
                    ));
                    self.run(&next, s)?;
                }
                Ok(())
            }
            Stmt::Write {
                loc,
                value,
                order,
                origin,
            } => {
                let loc = match eval_loc(loc, &st.regs) {
                    Ok(l) => l,
                    Err(e) => throw!(st, e),
                };
                let v = match eval(value, &st.regs) {
                    Ok(v) => v,
                    Err(e) => throw!(st, e),
                };
                st.events.push(TraceEvent::access(
                    EventKind::Write,
                    Some(loc),
                    *order,
                    None,
                    Some(v),
                    origin.text.clone(),
                ));
                self.run(&next, st)
            }
            Stmt::Rmw {
                reg,
                loc,
                op,
                operand,
                origin,
            } => {
                let loc = match eval_loc(loc, &st.regs) {
                    Ok(l) => l,
                    Err(e) => throw!(st, e),
                };
                let operand = match eval(operand, &st.regs) {
                    Ok(v) => v,
                    Err(e) => throw!(st, e),
                };
                for old in self.domains.candidates(&loc) {
                    let mut s = st.clone();
                    let new = match rmw_result(*op, &old, &operand) {
                        Ok(v) => v,
                        Err(e) => throw!(s, e),
                    };
                    s.events.push(TraceEvent::access(
                        EventKind::Rmw,
                        Some(loc.clone()),
                        Order::SeqCst,
                        Some(old.clone()),
                        Some(new),
                        origin.text.clone(),
                    ));
                    s.regs.insert(*reg, old.as_read());
                    self.run(&next, s)?;
                }
                Ok(())
            }
            Stmt::Cas {
                reg,
                loc,
                expected,
                replacement,
                origin,
            } => {
                let loc = match eval_loc(loc, &st.regs) {
                    Ok(l) => l,
                    Err(e) => throw!(st, e),
                };
                let (exp, rep) = match (eval(expected, &st.regs), eval(replacement, &st.regs)) {
                    (Ok(a), Ok(b)) => (a, b),
                    (Err(e), _) | (_, Err(e)) => throw!(st, e),
                };
                for old in self.domains.candidates(&loc) {
                    let mut s = st.clone();
                    let success = old.as_read() == exp.as_read();
                    s.events.push(TraceEvent::access(
                        if success {
                            EventKind::Rmw
                        } else {
                            EventKind::Read
                        },
                        Some(loc.clone()),
                        Order::SeqCst,
                        Some(old.clone()),
                        if success { Some(rep.clone()) } else { None },
                        origin.text.clone(),
                    ));
                    s.regs.insert(*reg, old.as_read());
                    self.run(&next, s)?;
                }
                Ok(())
            }
            Stmt::Alloc {
                reg,
                obj,
                init,
                origin,
            } => {
                for (key, e) in init {
                    let v = match eval(e, &st.regs) {
                        Ok(v) => v,
                        Err(err) => throw!(st, err),
                    };
                    st.events.push(TraceEvent::access(
                        EventKind::Init,
                        Some(Loc {
                            obj: *obj,
                            key: key.clone(),
                        }),
                        Order::Init,
                        None,
                        Some(v),
                        origin.text.clone(),
                    ));
                }
                st.regs.insert(*reg, Val::Obj(*obj));
                self.run(&next, st)
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => match eval(cond, &st.regs) {
                Ok(c) => {
                    let branch: &[Stmt] = if c.truthy() { then } else { otherwise };
                    let mut with_branch: Vec<Cont<'_>> = vec![Cont::Stmts(branch)];
                    with_branch.extend_from_slice(&next);
                    self.run(&with_branch, st)
                }
                Err(e) => throw!(st, e),
            },
            Stmt::Hold { lock, body, origin } => {
                st.events.push(acquire(*lock, &origin.text));
                let mut with_body: Vec<Cont<'_>> = vec![Cont::Stmts(body), Cont::Release(*lock)];
                with_body.extend_from_slice(&next);
                self.run(&with_body, st)
            }
            Stmt::Wait { lock, origin } => {
                st.events.push(release(*lock, &origin.text));
                st.events.push(acquire(*lock, &origin.text));
                self.run(&next, st)
            }
            Stmt::Assume { cond } => match eval(cond, &st.regs) {
                Ok(c) if c.truthy() => self.run(&next, st),
                Ok(_) => Ok(()),
                Err(e) => throw!(st, e),
            },
            Stmt::Spawn { child, origin } => {
                st.events.push(TraceEvent::access(
                    EventKind::Spawn(*child),
                    None,
                    Order::SeqCst,
                    None,
                    None,
                    origin.text.clone(),
                ));
                self.run(&next, st)
            }
            Stmt::Join { reg, child, origin } => {
                let results = self.child_results.get(child).cloned().unwrap_or_default();
                for r in results {
                    let mut s = st.clone();
                    s.events.push(TraceEvent::access(
                        EventKind::Join(*child),
                        None,
                        Order::SeqCst,
                        None,
                        None,
                        origin.text.clone(),
                    ));
                    s.joined.push((*child, r.clone()));
                    if let Some(reg) = reg {
                        s.regs.insert(*reg, r);
                    }
                    self.run(&next, s)?;
                }
                Ok(())
            }
            Stmt::Return(e) => match eval(e, &st.regs) {
                Ok(v) => {
                    st.result = Some(v);
                    self.finish(st)
                }
                Err(err) => throw!(st, err),
            },
        }
    }
}

const RELEASE_TEXT: &str = "release";

/// What is left to run: statements, or the release that ends a `hold`.
#[derive(Clone, Copy)]
enum Cont<'s> {
    Stmts(&'s [Stmt]),
    Release(ObjId),
}

fn acquire(lock: ObjId, text: &str) -> TraceEvent {
    TraceEvent {
        kind: EventKind::Rmw,
        loc: Some(lock_loc(lock)),
        order: Order::SeqCst,
        read_val: Some(Val::Bool(false)),
        write_val: Some(Val::Bool(true)),
        lock_op: true,
        label: format!("acquire ({text})"),
    }
}

fn release(lock: ObjId, text: &str) -> TraceEvent {
    TraceEvent {
        kind: EventKind::Write,
        loc: Some(lock_loc(lock)),
        order: Order::SeqCst,
        read_val: None,
        write_val: Some(Val::Bool(false)),
        lock_op: true,
        label: if text == RELEASE_TEXT {
            "release".into()
        } else {
            format!("release ({text})")
        },
    }
}

/// All traces of one thread under `domains`.
pub fn thread_traces(
    test: &LitmusTest,
    thread: ThreadId,
    domains: &Domains,
    child_results: &BTreeMap<ThreadId, BTreeSet<Val>>,
    limit: usize,
) -> Result<Vec<Trace>, TraceError> {
    let body = &test.threads[thread.0 as usize].body;
    let mut ex = Expander {
        domains,
        child_results,
        out: Vec::new(),
        limit,
    };
    let st = State {
        regs: BTreeMap::new(),
        events: Vec::new(),
        joined: Vec::new(),
        result: None,
    };
    ex.run(&[Cont::Stmts(body.as_slice())], st)?;
    Ok(ex.out)
}

/// Traces of every thread, with the value domains as a fixpoint of what they write.
pub fn expand(test: &LitmusTest, limit: usize) -> Result<(Domains, Vec<Vec<Trace>>), TraceError> {
    let mut domains = Domains::default();
    for (loc, v) in &test.init {
        domains
            .values
            .entry(loc.clone())
            .or_default()
            .insert(v.clone());
        domains.initialized.insert(loc.clone());
    }
    // Locks start free.
    for (i, o) in test.objects.iter().enumerate() {
        if o.kind == crate::program::ObjKind::Lock {
            let l = lock_loc(ObjId(i as u32));
            domains
                .values
                .entry(l.clone())
                .or_default()
                .insert(Val::Bool(false));
            domains
                .values
                .entry(l.clone())
                .or_default()
                .insert(Val::Bool(true));
            domains.initialized.insert(l);
        }
    }
    let mut child_results: BTreeMap<ThreadId, BTreeSet<Val>> = BTreeMap::new();
    // `[mm.values.bounded]`: each write statement runs at most once per execution, so a
    // value reached through a chain of reads-from and dependencies that never revisits a
    // write is found within `writes + 1` rounds. Values that only a cyclic (thin-air)
    // chain could produce are bounded to these.
    let rounds = test
        .threads
        .iter()
        .map(|t| count_writes(&t.body))
        .sum::<usize>()
        + 2;
    for round in 0.. {
        if round > rounds {
            break;
        }
        let mut all = Vec::new();
        for t in 0..test.threads.len() {
            all.push(thread_traces(
                test,
                ThreadId(t as u32),
                &domains,
                &child_results,
                limit,
            )?);
        }
        let mut next = domains.clone();
        let mut next_children = child_results.clone();
        for (t, traces) in all.iter().enumerate() {
            for tr in traces {
                next_children
                    .entry(ThreadId(t as u32))
                    .or_default()
                    .insert(tr.result.clone());
                for e in &tr.events {
                    if let (Some(loc), Some(v)) = (&e.loc, &e.write_val) {
                        let set = next.values.entry(loc.clone()).or_default();
                        set.insert(v.clone());
                        if set.len() > MAX_DOMAIN {
                            return Err(TraceError(format!(
                                "location {} may hold more than {MAX_DOMAIN} values",
                                test.loc_name(loc)
                            )));
                        }
                        if e.kind == EventKind::Init {
                            next.initialized.insert(loc.clone());
                        }
                    }
                }
            }
        }
        if next == domains && next_children == child_results {
            return Ok((domains, all));
        }
        domains = next;
        child_results = next_children;
    }
    // The bound was reached before a fixpoint: expand once more with the final domains.
    let mut all = Vec::new();
    for t in 0..test.threads.len() {
        all.push(thread_traces(
            test,
            ThreadId(t as u32),
            &domains,
            &child_results,
            limit,
        )?);
    }
    Ok((domains, all))
}

/// Statements that write memory (each may run at most once per execution).
fn count_writes(stmts: &[Stmt]) -> usize {
    stmts
        .iter()
        .map(|s| match s {
            Stmt::Write { .. } | Stmt::Rmw { .. } | Stmt::Cas { .. } | Stmt::Alloc { .. } => 1,
            Stmt::Hold { body, .. } => 2 + count_writes(body),
            Stmt::Wait { .. } => 2,
            Stmt::If {
                then, otherwise, ..
            } => count_writes(then) + count_writes(otherwise),
            Stmt::Spawn { .. } | Stmt::Join { .. } => 1,
            _ => 0,
        })
        .sum()
}
