//! One function per axiom, named as in `spec/memory-model.md`. Each returns `Ok(())`
//! when the execution satisfies it, or a [`Violation`] naming the rule and saying why.

use std::collections::HashSet;

use crate::execution::{EventKind, Execution};
use crate::relation::Relation;

/// Why an execution is forbidden.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The stable rule name (`mm.axiom.sc-atomics`).
    pub axiom: &'static str,
    /// A human-readable reason naming events by index.
    pub detail: String,
}

fn violation(axiom: &'static str, detail: String) -> Result<(), Violation> {
    Err(Violation { axiom, detail })
}

/// `[mm.axiom.rf.well-formed]`: every read reads exactly one write to its location with
/// the value it read.
pub fn rf_well_formed(x: &Execution) -> Result<(), Violation> {
    for (r, e) in x.events.iter().enumerate() {
        if !e.is_read() {
            continue;
        }
        let sources: Vec<usize> = (0..x.len()).filter(|&w| x.rf.contains(w, r)).collect();
        if sources.len() != 1 {
            return violation(
                "mm.axiom.rf.well-formed",
                format!("read e{r} reads from {} writes", sources.len()),
            );
        }
        let w = sources[0];
        if !x.events[w].is_write() || !x.same_loc(w, r) || w == r {
            return violation(
                "mm.axiom.rf.well-formed",
                format!("e{w} cannot be read by e{r}"),
            );
        }
        if x.events[w].write_val != e.read_val {
            return violation(
                "mm.axiom.rf.well-formed",
                format!("e{r} reads a value e{w} did not write"),
            );
        }
    }
    Ok(())
}

/// `[mm.axiom.coherent-reads.no-future]`: no read happens before the write it reads.
pub fn coherent_reads_no_future(x: &Execution, hb: &Relation) -> Result<(), Violation> {
    for (w, r) in x.rf.pairs() {
        if hb.contains(r, w) {
            return violation(
                "mm.axiom.coherent-reads.no-future",
                format!("e{r} reads from e{w}, but e{r} happens before e{w}"),
            );
        }
    }
    Ok(())
}

/// `[mm.axiom.coherent-reads.no-intervening]`: no write to the location happens between
/// (in hb) the write a read reads and the read.
pub fn coherent_reads_no_intervening(x: &Execution, hb: &Relation) -> Result<(), Violation> {
    for (w, r) in x.rf.pairs() {
        for v in 0..x.len() {
            if v != w
                && x.events[v].is_write()
                && x.same_loc(v, r)
                && hb.contains(w, v)
                && hb.contains(v, r)
            {
                return violation(
                    "mm.axiom.coherent-reads.no-intervening",
                    format!("e{r} reads from e{w}, but e{v} writes the location in between (hb)"),
                );
            }
        }
    }
    Ok(())
}

/// `[mm.axiom.no-thin-air]` (Weft's contract): `acyclic(po ∪ rf)`.
pub fn no_thin_air(x: &Execution) -> Result<(), Violation> {
    let r = x.po.union(&x.rf);
    match r.find_cycle() {
        None => Ok(()),
        Some(cycle) => violation(
            "mm.axiom.no-thin-air",
            format!("po ∪ rf has the cycle {}", show_cycle(&cycle)),
        ),
    }
}

/// `[mm.axiom.tot.extends-hb]`: memory order contains hb, so hb must be acyclic.
pub fn tot_extends_hb(hb: &Relation) -> Result<(), Violation> {
    if hb.is_irreflexive() {
        return Ok(());
    }
    let cycle = hb.find_cycle().unwrap_or_default();
    violation(
        "mm.axiom.tot.extends-hb",
        format!(
            "happens-before is cyclic ({}), so no memory order contains it",
            show_cycle(&cycle)
        ),
    )
}

/// The constraints of `[mm.axiom.sc-atomics]` (ECMA-262 §29.7.3 as repaired): for each
/// rf(W,R), the SeqCst writes V to the location that memory order must not place between
/// W and R, namely those for which (a) W synchronizes-with R, or (b) W hb R, V hb R and W
/// is SeqCst, or (c) W hb R, W hb V and R is SeqCst.
pub fn sc_atomics_constraints(
    x: &Execution,
    hb: &Relation,
    sw: &Relation,
) -> Vec<(usize, usize, Vec<usize>)> {
    let mut out = Vec::new();
    for (w, r) in x.rf.pairs() {
        let w_hb_r = hb.contains(w, r);
        let vs: Vec<usize> = (0..x.len())
            .filter(|&v| {
                v != w
                    && v != r
                    && x.events[v].is_write()
                    && x.events[v].is_seq_cst()
                    && x.same_loc(v, r)
            })
            .filter(|&v| {
                sw.contains(w, r)
                    || (w_hb_r && hb.contains(v, r) && x.events[w].is_seq_cst())
                    || (w_hb_r && hb.contains(w, v) && x.events[r].is_seq_cst())
            })
            .collect();
        if !vs.is_empty() {
            out.push((w, r, vs));
        }
    }
    out
}

/// `[mm.axiom.sc-atomics]`: a memory order exists that contains hb and puts no
/// constrained SeqCst write between a write and a read that reads from it. Returns the
/// witness order.
pub fn sc_atomics(x: &Execution, hb: &Relation, sw: &Relation) -> Result<Vec<usize>, Violation> {
    let constraints = sc_atomics_constraints(x, hb, sw);
    let n = x.len();
    let mut failed: HashSet<u64> = HashSet::new();
    let mut order = Vec::with_capacity(n);
    let hb_inv = hb.inverse();
    let preds: Vec<u64> = (0..n).map(|e| hb_inv.row(e)).collect();
    if search_tot(n, &preds, &constraints, 0, &mut order, &mut failed) {
        return Ok(order);
    }
    let described: Vec<String> = constraints
        .iter()
        .map(|(w, r, vs)| {
            let vs: Vec<String> = vs.iter().map(|v| format!("e{v}")).collect();
            format!("e{r} reads e{w}: {} must not fall between", vs.join(", "))
        })
        .collect();
    Err(Violation {
        axiom: "mm.axiom.sc-atomics",
        detail: format!(
            "no memory order extends happens-before and satisfies every constraint ({})",
            described.join("; ")
        ),
    })
}

/// Depth-first search for a linear extension of `hb` satisfying the not-between
/// constraints; `failed` memoizes placed-sets known to be dead ends.
fn search_tot(
    n: usize,
    preds: &[u64],
    constraints: &[(usize, usize, Vec<usize>)],
    placed: u64,
    order: &mut Vec<usize>,
    failed: &mut HashSet<u64>,
) -> bool {
    if order.len() == n {
        return true;
    }
    if failed.contains(&placed) {
        return false;
    }
    for e in 0..n {
        if placed & (1 << e) != 0 {
            continue;
        }
        // Every hb-predecessor must already be placed.
        if preds[e] & !placed != 0 {
            continue;
        }
        // e must not be a V between a placed W and an unplaced R.
        let blocked = constraints
            .iter()
            .any(|(w, r, vs)| placed & (1 << w) != 0 && placed & (1 << r) == 0 && vs.contains(&e));
        if blocked {
            continue;
        }
        order.push(e);
        if search_tot(n, preds, constraints, placed | (1 << e), order, failed) {
            return true;
        }
        order.pop();
    }
    failed.insert(placed);
    false
}

/// `[mm.model.sc]`: `acyclic(po ∪ rf ∪ co ∪ fr ∪ sw)` for the execution's `co`.
pub fn sc(x: &Execution) -> Result<(), Violation> {
    let r =
        x.po.union(&x.rf)
            .union(co_of(x))
            .union(&x.fr())
            .union(&x.sw());
    match r.find_cycle() {
        None => Ok(()),
        Some(c) => violation(
            "mm.axiom.sc",
            format!("po ∪ rf ∪ co ∪ fr has the cycle {}", show_cycle(&c)),
        ),
    }
}

fn co_of(x: &Execution) -> &Relation {
    x.co.as_ref()
        .expect("hardware and SC models need a coherence order")
}

/// `[mm.axiom.x86.sc-per-location]`: `acyclic(po-loc ∪ rf ∪ co ∪ fr)`.
pub fn x86_sc_per_location(x: &Execution) -> Result<(), Violation> {
    let r = x.po_loc().union(&x.rf).union(co_of(x)).union(&x.fr());
    match r.find_cycle() {
        None => Ok(()),
        Some(c) => violation(
            "mm.axiom.x86.sc-per-location",
            format!("po-loc ∪ rf ∪ co ∪ fr has the cycle {}", show_cycle(&c)),
        ),
    }
}

/// `[mm.axiom.x86.atomicity]`: no write comes between (in co) the write a locked RMW
/// reads and the RMW's own write.
pub fn x86_atomicity(x: &Execution) -> Result<(), Violation> {
    let fr = x.fr();
    let co = co_of(x);
    for (e, ev) in x.events.iter().enumerate() {
        if ev.kind != EventKind::Rmw {
            continue;
        }
        for v in 0..x.len() {
            if fr.contains(e, v) && co.contains(v, e) {
                return violation(
                    "mm.axiom.x86.atomicity",
                    format!(
                        "e{v} is coherence-between the read and the write of the locked RMW e{e}"
                    ),
                );
            }
        }
    }
    Ok(())
}

/// `[mm.axiom.x86.tso]`: `acyclic(ppo ∪ rfe ∪ co ∪ fr ∪ implied ∪ thread sync)` where
/// ppo drops write→read program order and `implied` is program order to or from a
/// locked instruction (the mapping of `[mm.mapping.x86-64]`).
pub fn x86_tso(x: &Execution) -> Result<(), Violation> {
    let n = x.len();
    let mut ppo = Relation::empty(n);
    let mut implied = Relation::empty(n);
    for (a, b) in x.po.pairs() {
        let (ea, eb) = (&x.events[a], &x.events[b]);
        let write_then_read = ea.is_write() && !ea.is_read() && eb.is_read() && !eb.is_write();
        if !write_then_read {
            ppo.add(a, b);
        }
        if ea.x86_locked() || eb.x86_locked() {
            implied.add(a, b);
        }
    }
    let rfe = x.rf.restrict(|_| true, |_| true);
    let rfe = Relation::from_pairs(
        n,
        rfe.pairs().into_iter().filter(|&(w, r)| x.external(w, r)),
    );
    let thread_sync = x.sw().restrict(
        |a| x.events[a].is_thread_op(),
        |b| x.events[b].is_thread_op(),
    );
    let ghb = ppo
        .union(&rfe)
        .union(co_of(x))
        .union(&x.fr())
        .union(&implied)
        .union(&thread_sync);
    match ghb.find_cycle() {
        None => Ok(()),
        Some(c) => violation(
            "mm.axiom.x86.tso",
            format!("the global happens-before has the cycle {}", show_cycle(&c)),
        ),
    }
}

fn show_cycle(c: &[usize]) -> String {
    let mut parts: Vec<String> = c.iter().map(|e| format!("e{e}")).collect();
    if let Some(first) = c.first() {
        parts.push(format!("e{first}"));
    }
    parts.join(" → ")
}

/// `[mm.race.data-race]`: two accesses to the same location, at least one a write, not
/// both SeqCst, neither an Init, unordered by happens-before. Returns the first pair.
pub fn data_race(x: &Execution, hb: &Relation) -> Option<(usize, usize)> {
    for a in 0..x.len() {
        for b in a + 1..x.len() {
            let (ea, eb) = (&x.events[a], &x.events[b]);
            let accesses = |e: &crate::execution::Event| e.is_read() || e.is_write();
            if !accesses(ea) || !accesses(eb) || !x.same_loc(a, b) {
                continue;
            }
            if ea.kind == EventKind::Init || eb.kind == EventKind::Init {
                continue;
            }
            if !(ea.is_write() || eb.is_write()) {
                continue;
            }
            if ea.is_seq_cst() && eb.is_seq_cst() {
                continue;
            }
            if !hb.contains(a, b) && !hb.contains(b, a) {
                return Some((a, b));
            }
        }
    }
    None
}
