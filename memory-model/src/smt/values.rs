//! Concrete values for the z3 checker: the pointwise semantics of expressions (which the
//! symbolic execution lifts to guarded value sets) and the finite value domains of the
//! test's locations (`[mm.execution.values-bounded]`).
//!
//! This is the checker's own code: it shares the IR with the explicit checker but no
//! function. The thrown-error texts are part of a final state (`Val::Thrown`), so they
//! are spelled exactly as the explicit checker spells them; the domain computation
//! follows the same rounds (each round runs every thread on every choice of read values
//! from the previous round's domains, and adds what the runs write), because which
//! values a read may return is part of the model's definition and not of a checker.

use std::collections::{BTreeMap, BTreeSet};

use crate::explicit::CheckError;
use crate::program::{
    BinOp, Expr, Key, KeyExpr, LitmusTest, Loc, LocExpr, ObjId, ObjKind, Reg, RmwOp, Stmt,
    ThreadId, Val,
};

/// Largest number of distinct values one location may hold before the test is refused.
pub const MAX_DOMAIN: usize = 32;

/// Evaluates an expression over concrete registers (`Err` = the thread throws).
pub(crate) fn eval(e: &Expr, regs: &BTreeMap<Reg, Val>) -> Result<Val, String> {
    match e {
        Expr::Const(v) => Ok(v.clone()),
        Expr::Reg(r) => Ok(regs.get(r).cloned().unwrap_or(Val::Undefined)),
        Expr::Not(a) => Ok(not(&eval(a, regs)?)),
        Expr::Neg(a) => neg(&eval(a, regs)?),
        Expr::Cond(c, a, b) => {
            if eval(c, regs)?.truthy() {
                eval(a, regs)
            } else {
                eval(b, regs)
            }
        }
        Expr::Tuple(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(eval(i, regs)?);
            }
            Ok(Val::Tuple(out))
        }
        Expr::Bin(op, a, b) => {
            let x = eval(a, regs)?;
            let y = eval(b, regs)?;
            binop(*op, &x.as_read(), &y.as_read())
        }
    }
}

/// `!v`.
pub(crate) fn not(v: &Val) -> Val {
    Val::Bool(!v.truthy())
}

/// `-v`.
pub(crate) fn neg(v: &Val) -> Result<Val, String> {
    match v {
        Val::Num(n) => Ok(Val::Num(n.wrapping_neg())),
        other => Err(format!("cannot negate {other:?}")),
    }
}

fn number(v: &Val) -> Result<i64, String> {
    match v {
        Val::Num(n) => Ok(*n),
        Val::Bool(b) => Ok(i64::from(*b)),
        Val::Null => Ok(0),
        other => Err(format!(
            "arithmetic on {other:?} is not supported in litmus tests"
        )),
    }
}

/// A binary operation on values already converted for reading (absent → undefined).
pub(crate) fn binop(op: BinOp, x: &Val, y: &Val) -> Result<Val, String> {
    let arith = |f: fn(i64, i64) -> i64| -> Result<Val, String> {
        let a = number(x)?;
        let b = number(y)?;
        Ok(Val::Num(f(a, b)))
    };
    let compare = |f: fn(&i64, &i64) -> bool| -> Result<Val, String> {
        let a = number(x)?;
        let b = number(y)?;
        Ok(Val::Bool(f(&a, &b)))
    };
    match op {
        BinOp::StrictEq => Ok(Val::Bool(x == y)),
        BinOp::StrictNe => Ok(Val::Bool(x != y)),
        BinOp::And => Ok(if x.truthy() { y.clone() } else { x.clone() }),
        BinOp::Or => Ok(if x.truthy() { x.clone() } else { y.clone() }),
        BinOp::Add => arith(i64::wrapping_add),
        BinOp::Sub => arith(i64::wrapping_sub),
        BinOp::Mul => arith(i64::wrapping_mul),
        BinOp::BitAnd => arith(|a, b| a & b),
        BinOp::BitOr => arith(|a, b| a | b),
        BinOp::BitXor => arith(|a, b| a ^ b),
        BinOp::Rem => {
            // The divisor is converted (and checked) first.
            let d = number(y)?;
            if d == 0 {
                return Err("remainder by zero is not supported in litmus tests".into());
            }
            Ok(Val::Num(number(x)?.wrapping_rem(d)))
        }
        BinOp::Lt => compare(i64::lt),
        BinOp::Le => compare(i64::le),
        BinOp::Gt => compare(i64::gt),
        BinOp::Ge => compare(i64::ge),
    }
}

/// The value an `Atomics` RMW writes, given the old value and the operand.
pub(crate) fn rmw_result(op: RmwOp, old: &Val, operand: &Val) -> Result<Val, String> {
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

/// The object a location expression's object part denotes.
pub(crate) fn object_of(v: &Val) -> Result<ObjId, String> {
    match v {
        Val::Obj(o) => Ok(*o),
        Val::Undefined | Val::Absent => Err("TypeError (property access on undefined)".into()),
        Val::Null => Err("TypeError (property access on null)".into()),
        other => Err(format!("TypeError (property access on {other:?})")),
    }
}

/// The key an array index value denotes.
pub(crate) fn index_key(v: &Val) -> Result<Key, String> {
    match v {
        Val::Num(n) if (0..=i64::from(u32::MAX)).contains(n) => Ok(Key::Index(*n as u32)),
        other => Err(format!("array index {other:?} is not supported")),
    }
}

/// Evaluates a location expression: the object first, then the key.
pub(crate) fn eval_loc(l: &LocExpr, regs: &BTreeMap<Reg, Val>) -> Result<Loc, String> {
    let obj = object_of(&eval(&l.obj, regs)?)?;
    let key = match &l.key {
        KeyExpr::Fixed(k) => k.clone(),
        KeyExpr::Index(e) => index_key(&eval(e, regs)?)?,
    };
    Ok(Loc { obj, key })
}

/// The lock's state location.
pub(crate) fn lock_loc(lock: ObjId) -> Loc {
    Loc {
        obj: lock,
        key: Key::LockState,
    }
}

/// What the test's threads can produce: the values each location may hold, the
/// locations that get an Init write, the results each thread may return, and the
/// locations a thread may write (plain, SeqCst or RMW).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Domains {
    /// Values per location (Init values included).
    pub values: BTreeMap<Loc, BTreeSet<Val>>,
    /// Locations with an Init write (setup, locks, allocation literals).
    pub initialized: BTreeSet<Loc>,
    /// The results a join of each thread may return.
    pub results: BTreeMap<ThreadId, BTreeSet<Val>>,
    /// Locations some run of some thread writes with a write or an RMW (lock states
    /// included), under these domains.
    pub written: BTreeSet<Loc>,
}

impl Domains {
    /// The values a read of `loc` may return: what writes to it may write, and
    /// *absent* when nothing initializes it.
    pub fn candidates(&self, loc: &Loc) -> BTreeSet<Val> {
        let mut v = self.values.get(loc).cloned().unwrap_or_default();
        if !self.initialized.contains(loc) {
            v.insert(Val::Absent);
        }
        v
    }
}

/// One run of a thread in progress.
#[derive(Clone)]
struct Run {
    regs: BTreeMap<Reg, Val>,
    /// Memory writes so far: location, value, is it an Init, is it a write/RMW.
    writes: Vec<(Loc, Val, bool)>,
    written: Vec<Loc>,
    result: Option<Val>,
}

/// What is left to run.
#[derive(Clone, Copy)]
enum Frame<'s> {
    Stmts(&'s [Stmt]),
    Release(ObjId),
}

/// Runs one thread on every choice of read values, collecting what complete runs write.
struct Walker<'d> {
    dom: &'d Domains,
    limit: usize,
    runs: usize,
    next: &'d mut Domains,
    thread: ThreadId,
}

impl Walker<'_> {
    fn finish(&mut self, run: Run) -> Result<(), CheckError> {
        if self.runs >= self.limit {
            return Err(CheckError(format!(
                "more than {} traces for one thread",
                self.limit
            )));
        }
        self.runs += 1;
        self.next
            .results
            .entry(self.thread)
            .or_default()
            .insert(run.result.unwrap_or(Val::Undefined));
        for (loc, v, init) in run.writes {
            self.next.values.entry(loc.clone()).or_default().insert(v);
            if init {
                self.next.initialized.insert(loc);
            }
        }
        self.next.written.extend(run.written);
        Ok(())
    }

    fn throw(&mut self, mut run: Run, msg: String) -> Result<(), CheckError> {
        run.result = Some(Val::Thrown(msg));
        self.finish(run)
    }

    fn walk(&mut self, frames: &[Frame<'_>], mut run: Run) -> Result<(), CheckError> {
        let Some((first, rest)) = frames.split_first() else {
            return self.finish(run);
        };
        let stmts = match first {
            Frame::Release(lock) => {
                run.writes.push((lock_loc(*lock), Val::Bool(false), false));
                run.written.push(lock_loc(*lock));
                return self.walk(rest, run);
            }
            Frame::Stmts(s) => *s,
        };
        let Some((stmt, more)) = stmts.split_first() else {
            return self.walk(rest, run);
        };
        let mut next: Vec<Frame<'_>> = Vec::with_capacity(frames.len() + 1);
        next.push(Frame::Stmts(more));
        next.extend_from_slice(rest);
        macro_rules! attempt {
            ($e:expr, $run:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(msg) => return self.throw($run, msg),
                }
            };
        }
        match stmt {
            Stmt::Assign { reg, value } => {
                let v = attempt!(eval(value, &run.regs), run);
                run.regs.insert(*reg, v);
                self.walk(&next, run)
            }
            Stmt::Read { reg, loc, .. } => {
                let loc = attempt!(eval_loc(loc, &run.regs), run);
                for v in self.dom.candidates(&loc) {
                    let mut r = run.clone();
                    r.regs.insert(*reg, v.as_read());
                    self.walk(&next, r)?;
                }
                Ok(())
            }
            Stmt::Has { reg, loc, .. } => {
                let loc = attempt!(eval_loc(loc, &run.regs), run);
                for v in self.dom.candidates(&loc) {
                    let mut r = run.clone();
                    r.regs.insert(*reg, Val::Bool(v != Val::Absent));
                    self.walk(&next, r)?;
                }
                Ok(())
            }
            Stmt::Write { loc, value, .. } => {
                let loc = attempt!(eval_loc(loc, &run.regs), run);
                let v = attempt!(eval(value, &run.regs), run);
                run.writes.push((loc.clone(), v, false));
                run.written.push(loc);
                self.walk(&next, run)
            }
            Stmt::Rmw {
                reg,
                loc,
                op,
                operand,
                ..
            } => {
                let loc = attempt!(eval_loc(loc, &run.regs), run);
                let operand = attempt!(eval(operand, &run.regs), run);
                for old in self.dom.candidates(&loc) {
                    let mut r = run.clone();
                    let new = attempt!(rmw_result(*op, &old, &operand), r);
                    r.writes.push((loc.clone(), new, false));
                    r.written.push(loc.clone());
                    r.regs.insert(*reg, old.as_read());
                    self.walk(&next, r)?;
                }
                Ok(())
            }
            Stmt::Cas {
                reg,
                loc,
                expected,
                replacement,
                ..
            } => {
                let loc = attempt!(eval_loc(loc, &run.regs), run);
                let exp = attempt!(eval(expected, &run.regs), run);
                let rep = attempt!(eval(replacement, &run.regs), run);
                for old in self.dom.candidates(&loc) {
                    let mut r = run.clone();
                    if old.as_read() == exp.as_read() {
                        r.writes.push((loc.clone(), rep.clone(), false));
                        r.written.push(loc.clone());
                    }
                    r.regs.insert(*reg, old.as_read());
                    self.walk(&next, r)?;
                }
                Ok(())
            }
            Stmt::Alloc { reg, obj, init, .. } => {
                for (key, e) in init {
                    let v = attempt!(eval(e, &run.regs), run);
                    let loc = Loc {
                        obj: *obj,
                        key: key.clone(),
                    };
                    run.writes.push((loc, v, true));
                }
                run.regs.insert(*reg, Val::Obj(*obj));
                self.walk(&next, run)
            }
            Stmt::If {
                cond,
                then,
                otherwise,
            } => {
                let c = attempt!(eval(cond, &run.regs), run);
                let branch: &[Stmt] = if c.truthy() { then } else { otherwise };
                let mut frames = vec![Frame::Stmts(branch)];
                frames.extend_from_slice(&next);
                self.walk(&frames, run)
            }
            Stmt::Hold { lock, body, .. } => {
                run.writes.push((lock_loc(*lock), Val::Bool(true), false));
                run.written.push(lock_loc(*lock));
                let mut frames = vec![Frame::Stmts(body), Frame::Release(*lock)];
                frames.extend_from_slice(&next);
                self.walk(&frames, run)
            }
            Stmt::Wait { lock, .. } => {
                run.writes.push((lock_loc(*lock), Val::Bool(false), false));
                run.writes.push((lock_loc(*lock), Val::Bool(true), false));
                run.written.push(lock_loc(*lock));
                self.walk(&next, run)
            }
            Stmt::Assume { cond } => {
                let c = attempt!(eval(cond, &run.regs), run);
                if c.truthy() {
                    self.walk(&next, run)
                } else {
                    // Not a run: the execution never gets past the await.
                    Ok(())
                }
            }
            Stmt::Spawn { .. } => self.walk(&next, run),
            Stmt::Join { reg, child, .. } => {
                let results = self.dom.results.get(child).cloned().unwrap_or_default();
                for v in results {
                    let mut r = run.clone();
                    if let Some(reg) = reg {
                        r.regs.insert(*reg, v);
                    }
                    self.walk(&next, r)?;
                }
                Ok(())
            }
            Stmt::Return(e) => {
                let v = attempt!(eval(e, &run.regs), run);
                run.result = Some(v);
                self.finish(run)
            }
        }
    }
}

/// Statements that may write memory, counted as `[mm.execution.values-bounded]`'s round
/// bound counts them.
fn count_writes(stmts: &[Stmt]) -> usize {
    stmts
        .iter()
        .map(|s| match s {
            Stmt::Write { .. }
            | Stmt::Rmw { .. }
            | Stmt::Cas { .. }
            | Stmt::Alloc { .. }
            | Stmt::Spawn { .. }
            | Stmt::Join { .. } => 1,
            Stmt::Hold { body, .. } => 2 + count_writes(body),
            Stmt::Wait { .. } => 2,
            Stmt::If {
                then, otherwise, ..
            } => count_writes(then) + count_writes(otherwise),
            _ => 0,
        })
        .sum()
}

/// One round: every thread on every choice of values from `dom`.
fn round(
    test: &LitmusTest,
    dom: &Domains,
    limit: usize,
    check_size: bool,
) -> Result<Domains, CheckError> {
    let mut next = Domains {
        values: dom.values.clone(),
        initialized: dom.initialized.clone(),
        results: dom.results.clone(),
        written: BTreeSet::new(),
    };
    for (t, thread) in test.threads.iter().enumerate() {
        let mut w = Walker {
            dom,
            limit,
            runs: 0,
            next: &mut next,
            thread: ThreadId(t as u32),
        };
        w.walk(
            &[Frame::Stmts(&thread.body)],
            Run {
                regs: BTreeMap::new(),
                writes: Vec::new(),
                written: Vec::new(),
                result: None,
            },
        )?;
    }
    for (loc, set) in &next.values {
        if check_size && set.len() > MAX_DOMAIN {
            return Err(CheckError(format!(
                "location {} may hold more than {MAX_DOMAIN} values",
                test.loc_name(loc)
            )));
        }
    }
    Ok(next)
}

/// The value domains of `test`: starting from the setup's Init values (and free/held for
/// locks), each round adds what the threads can write when every read may return any
/// value of the previous domains; the rounds stop at a fixpoint or after as many rounds
/// as the test has writing statements, plus two (a chain of reads-from and dependencies
/// that never revisits a write is complete by then; only thin-air cycles are cut off).
/// `limit` bounds the runs of one thread in one round.
pub(crate) fn domains(test: &LitmusTest, limit: usize) -> Result<Domains, CheckError> {
    let mut dom = Domains::default();
    for (loc, v) in &test.init {
        dom.values.entry(loc.clone()).or_default().insert(v.clone());
        dom.initialized.insert(loc.clone());
    }
    for (i, o) in test.objects.iter().enumerate() {
        if o.kind == ObjKind::Lock {
            let l = lock_loc(ObjId(i as u32));
            let set = dom.values.entry(l.clone()).or_default();
            set.insert(Val::Bool(false));
            set.insert(Val::Bool(true));
            dom.initialized.insert(l);
        }
    }
    let bound = test
        .threads
        .iter()
        .map(|t| count_writes(&t.body))
        .sum::<usize>()
        + 2;
    for _ in 0..=bound {
        let next = round(test, &dom, limit, true)?;
        let closed = next.values == dom.values
            && next.initialized == dom.initialized
            && next.results == dom.results;
        if closed {
            return Ok(next);
        }
        dom = next;
    }
    // Not closed within the bound: the domains are those reached; `written` is what the
    // threads write under them.
    let last = round(test, &dom, limit, false)?;
    dom.written = last.written;
    Ok(dom)
}
