//! The z3 checker: a second, independent computation of a litmus test's allowed final
//! states (`[mm.outcome]`), by encoding its candidate executions and a model's axioms as
//! one SMT problem and enumerating the satisfying final states with blocking clauses.
//!
//! It shares the test representation ([`crate::program`]), the final state
//! ([`crate::state::State`]), the answer type and the choice of final locations
//! ([`crate::explicit::final_locations`]) with the explicit checker, and no checking
//! code: it has its own expression semantics and value domains (`values`), its own
//! symbolic execution of thread bodies into guarded potential events (`symbolic`), and
//! its own encoding of the relations and axioms (`encode`), written from
//! `spec/memory-model.md` and the definitions in `axioms.rs`.
//!
//! Outline of the encoding:
//!
//! 1. **Values** are finite: each location's domain is what the test's writes can
//!    produce (`[mm.execution.values-bounded]`); a value is an integer code, a thread's
//!    read's value is an integer variable restricted to its location's domain (a final
//!    read returns whatever the write it reads wrote), and
//!    arithmetic is tabulated pointwise over those finite sets. A written value is a
//!    term over the read variables, so data dependencies and thin-air cycles are
//!    representable, and bounding values to the domains is what makes the thin-air
//!    candidates finite and the same as the explicit checker's.
//! 2. **Events**: every event a thread may perform is a potential event with a guard
//!    (`if`, `Assume`, throwing, `return`); locations are guarded choices (dynamic
//!    indices and object references held in registers).
//! 3. **Relations and axioms** as terms: `rf` Booleans, `hb` as a transitive superset
//!    of `po ∪ sw ∪ init`, `tot` and `co` as integer positions, acyclicity by integer
//!    ranks (see `encode`).
//! 4. **Enumeration**: each model of the formula gives a final state (thread results
//!    and final reads); a clause forbidding that state is added and the solver asked
//!    again until unsatisfiable.
//!
//! The answer's `states` map each allowed state to 1 (the z3 checker enumerates states,
//! not executions) and its `witnesses` are empty.

mod encode;
mod guard;
mod symbolic;
mod values;

use std::collections::BTreeMap;

use crate::execution::EventKind;
use crate::explicit::{self, Answer, CheckError, Limits};
use crate::program::{LitmusTest, ModelName, Order, Val};
use crate::traces::{Trace, TraceEvent};

pub use symbolic::MAX_POTENTIAL_EVENTS;
pub use values::MAX_DOMAIN;

/// The allowed final states of `test` under `model`, computed with z3.
///
/// `limits.max_traces` bounds the runs of one thread while the value domains are
/// computed; `limits.max_executions` bounds the number of states enumerated (the answer
/// is then marked incomplete). A test too large for the encoding, or a query z3 cannot
/// decide, is an error.
pub fn answer(test: &LitmusTest, model: ModelName, limits: Limits) -> Result<Answer, CheckError> {
    let dom = values::domains(test, limits.max_traces)?;
    let finals = explicit::final_locations(test, &written_as_traces(&dom));
    let program = symbolic::build(test, &dom, &finals)?;
    let found = encode::enumerate(&program, model, limits.max_executions)?;
    Ok(Answer {
        model,
        states: found.states,
        witnesses: BTreeMap::new(),
        candidates: found.checks,
        complete: found.complete,
    })
}

/// The locations the threads may write, in the form `final_locations` takes (one
/// pseudo-trace holding a write to each).
fn written_as_traces(dom: &values::Domains) -> Vec<Vec<Trace>> {
    let events = dom
        .written
        .iter()
        .map(|l| TraceEvent {
            kind: EventKind::Write,
            loc: Some(l.clone()),
            order: Order::Plain,
            read_val: None,
            write_val: None,
            lock_op: false,
            label: String::new(),
        })
        .collect();
    vec![vec![Trace {
        events,
        result: Val::Undefined,
        joined: Vec::new(),
    }]]
}
