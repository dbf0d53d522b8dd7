//! `weft-ref explore`: every execution a threaded program may have under a model, and
//! the set of its outcomes (`spec/threads.md`, th.outcome).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Instant;

use boa_ast::Script;
use boa_interner::Interner;
use weft_memory_model::online::OnlineModel;

use crate::threads::speculation::Domains;

use crate::interp::{Interp, Termination};
use crate::object::{Obj, ObjectKind, Property};
use crate::realm;
use crate::threads::dpor::{Dpor, DporChooser};
use crate::threads::program::{ProgramEnd, run_program};
use crate::threads::runtime::{RunEnd, ThreadEnd, ThreadsRuntime};
use crate::value::{PropertyKey, Value};

/// Options of an exploration.
#[derive(Debug, Clone)]
pub struct ExploreOptions {
    /// The model whose executions are explored (`weft`, `ecma` or `sc`).
    pub model: OnlineModel,
    /// Stop after this many executions (the report then says incomplete).
    pub max_executions: u64,
    /// Steps allowed per execution; longer executions are cut and counted.
    pub max_steps: u64,
    /// Evaluation fuel per execution.
    pub fuel: Option<u64>,
    /// Partial-order reduction on (off: every interleaving).
    pub reduce: bool,
    /// Sleep sets on top of the reduction (off: source sets alone, more executions).
    pub sleep_sets: bool,
    /// Spurious wake-ups of `Condition.wait` allowed per execution.
    pub spurious_wakeups: u32,
}

impl Default for ExploreOptions {
    fn default() -> Self {
        Self {
            model: OnlineModel::Weft,
            max_executions: 1_000_000,
            max_steps: 20_000,
            fuel: Some(10_000_000),
            reduce: true,
            sleep_sets: true,
            spurious_wakeups: 0,
        }
    }
}

/// What an exploration found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExploreReport {
    /// Each distinct outcome (th.outcome rendering) with how many executions had it.
    pub outcomes: BTreeMap<String, u64>,
    /// Was every execution explored?
    pub complete: bool,
    /// Executions run (including pruned and cut ones).
    pub executions: u64,
    /// Executions the memory model rejected part-way (dead branches).
    pub infeasible: u64,
    /// Executions cut at the step bound or out of fuel (possibly non-terminating).
    pub cut: u64,
    /// Executions the reduction abandoned part-way (sleep-set blocked).
    pub redundant: u64,
    /// Wall-clock time in milliseconds.
    pub millis: u128,
}

/// Explores every execution of an already parsed script. Under `ecma` the search runs
/// in rounds with growing value domains for speculative reads (`speculation`) until a
/// round discovers no new value, or — `[mm.values.bounded]`, as the memory model's
/// checkers bound theirs — until `W + 2` rounds have run, `W` being the most writes any
/// execution made: a value that an execution without a `po ∪ rf` cycle computes lies at
/// the end of a chain of at most `W` writes, so later rounds could only add values that
/// nothing but a thin-air cycle produces. The report gives the last round's outcomes and
/// every round's executions.
pub fn explore_script(
    interner: &Interner,
    script: &Script,
    file: &str,
    options: &ExploreOptions,
) -> ExploreReport {
    let start = Instant::now();
    let mut report = ExploreReport {
        outcomes: BTreeMap::new(),
        complete: true,
        executions: 0,
        infeasible: 0,
        cut: 0,
        redundant: 0,
        millis: 0,
    };
    crate::object::track_objects();
    let mut domains = Domains::new();
    let mut rounds = 0;
    let mut most_writes = 0;
    loop {
        rounds += 1;
        report.outcomes.clear();
        report.complete = true;
        let mut next = domains.clone();
        let round = explore_round(
            interner,
            script,
            file,
            options,
            Rc::new(domains),
            &mut next,
            &mut report,
        );
        domains = next;
        most_writes = most_writes.max(round.most_writes);
        if options.model != OnlineModel::Ecma || !round.grew || !report.complete {
            break;
        }
        if rounds >= most_writes + 2 {
            break;
        }
    }
    // SAFETY: `script` and `interner` (the objects' `'a`) outlive this call and no
    // interpreter of the search is alive; recording stops here.
    unsafe { crate::object::release_tracked_objects(false) };
    report.millis = start.elapsed().as_millis();
    report
}

/// What one round of an exploration learned about the value domains.
struct Round {
    /// Did a new state join the domains?
    grew: bool,
    /// The most writes one execution of the round made.
    most_writes: usize,
}

/// One complete search with the value domains fixed; adds to `next` every state an
/// execution wrote.
fn explore_round(
    interner: &Interner,
    script: &Script,
    file: &str,
    options: &ExploreOptions,
    domains: Rc<Domains>,
    next: &mut Domains,
    report: &mut ExploreReport,
) -> Round {
    let dpor = Rc::new(RefCell::new(Dpor::new(options.reduce, options.sleep_sets)));
    let mut round = Round {
        grew: false,
        most_writes: 0,
    };
    loop {
        if report.executions >= options.max_executions {
            report.complete = false;
            break;
        }
        report.executions += 1;
        let mut interp = realm::create_interpreter(interner, file, options.fuel, 10_000);
        interp.rt = ThreadsRuntime::new(
            options.model,
            Box::new(DporChooser(dpor.clone())),
            options.max_steps,
        );
        interp.rt.spurious_left = options.spurious_wakeups;
        interp.rt.domains = domains.clone();
        let end = run_program(&mut interp, script);
        if options.model == OnlineModel::Ecma {
            round.grew |= interp.extend_domains(next);
            round.most_writes = round.most_writes.max(interp.write_count());
        }
        match end {
            ProgramEnd::Run(RunEnd::Infeasible)
            | ProgramEnd::Terminated(Termination::Infeasible) => {
                report.infeasible += 1;
            }
            ProgramEnd::Run(RunEnd::Redundant) => report.redundant += 1,
            ProgramEnd::Run(RunEnd::StepBound)
            | ProgramEnd::Terminated(Termination::FuelExhausted) => {
                report.cut += 1;
            }
            ProgramEnd::Run(_) if !interp.speculations_resolve() => report.infeasible += 1,
            ProgramEnd::Run(end) => {
                let outcome = render_outcome(&mut interp, end == RunEnd::Deadlock);
                *report.outcomes.entry(outcome).or_default() += 1;
            }
        }
        drop(interp);
        // SAFETY: `script` and `interner` (the objects' `'a`) outlive this call, and the
        // execution's objects are unreachable now that its interpreter is dropped.
        unsafe { crate::object::release_tracked_objects(true) };
        if !dpor.borrow_mut().next_execution() {
            break;
        }
    }
    if report.cut > 0 || dpor.borrow().diverged {
        report.complete = false;
    }
    round
}

/// The one-line rendering of an execution's outcome (th.outcome).
pub fn render_outcome(interp: &mut Interp<'_>, deadlock: bool) -> String {
    let mut parts = Vec::new();
    for t in 0..interp.rt.threads.len() {
        let mut s = format!("T{t}");
        for line in interp.rt.threads[t].printed.clone() {
            s.push(' ');
            s.push_str(&serde_json::to_string(&line).unwrap_or_default());
        }
        match interp.rt.threads[t].end.clone() {
            Some(ThreadEnd::Returned(v)) => {
                if t != 0 {
                    s.push_str(" => ");
                    s.push_str(&display(&v, 0));
                }
            }
            Some(ThreadEnd::Threw(v)) => {
                s.push_str(" !! ");
                s.push_str(&thrown(&v));
            }
            None => s.push_str(" blocked"),
        }
        parts.push(s);
    }
    if deadlock {
        parts.push("deadlock".into());
    }
    parts.join(" | ")
}

fn data<'a>(o: &Obj<'a>, key: &str) -> Option<Value<'a>> {
    let mut cur = Some(o.clone());
    while let Some(obj) = cur {
        let b = obj.borrow();
        match b.properties.get(&PropertyKey::from(key)) {
            Some(Property::Data { value, .. }) => return Some(value.clone()),
            Some(Property::Accessor { .. }) => return None,
            None => cur = b.prototype.clone(),
        }
    }
    None
}

/// An uncaught value: `Name: message` for errors, its display otherwise.
fn thrown(v: &Value<'_>) -> String {
    if let Value::Object(o) = v
        && matches!(o.borrow().kind, ObjectKind::Error)
    {
        let name = data(o, "name")
            .map(|n| display_plain(&n))
            .unwrap_or_default();
        let message = data(o, "message")
            .map(|m| display_plain(&m))
            .unwrap_or_default();
        return if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        };
    }
    display(v, 0)
}

fn display_plain(v: &Value<'_>) -> String {
    match v {
        Value::String(s) => s.to_rust_string(),
        other => format!("{other:?}"),
    }
}

fn number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        return "-0".into();
    }
    crate::value::number_to_js_string(n).to_rust_string()
}

/// th.outcome.display: a value as the outcome shows it.
pub fn display(v: &Value<'_>, depth: usize) -> String {
    match v {
        Value::Undefined => "undefined".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number(*n),
        Value::String(s) => serde_json::to_string(&s.to_rust_string()).unwrap_or_default(),
        Value::Symbol(s) => format!(
            "Symbol({})",
            s.0.description
                .as_ref()
                .map(|d| d.to_rust_string())
                .unwrap_or_default()
        ),
        Value::Object(o) => {
            if o.is_callable() {
                let name = data(o, "name")
                    .map(|n| display_plain(&n))
                    .unwrap_or_default();
                return if name.is_empty() {
                    "[Function]".into()
                } else {
                    format!("[Function {name}]")
                };
            }
            if o.is_array_exotic() {
                if depth >= 3 {
                    return "[...]".into();
                }
                let len = match data(o, "length") {
                    Some(Value::Number(n)) => n as usize,
                    _ => 0,
                };
                let items: Vec<String> = (0..len.min(1000))
                    .map(|i| {
                        let item = o.borrow().properties.get(&PropertyKey::from(i)).cloned();
                        match item {
                            Some(Property::Data { value, .. }) => display(&value, depth + 1),
                            Some(Property::Accessor { .. }) => "<accessor>".into(),
                            None => "<hole>".into(),
                        }
                    })
                    .collect();
                return format!("[{}]", items.join(", "));
            }
            if depth >= 3 {
                return "{...}".into();
            }
            let entries: Vec<(PropertyKey, Property<'_>)> = o
                .borrow()
                .properties
                .iter()
                .filter(|(k, p)| matches!(k, PropertyKey::String(_)) && p.enumerable())
                .map(|(k, p)| (k.clone(), p.clone()))
                .collect();
            // OrdinaryOwnPropertyKeys order: array indices ascending, then the rest.
            let mut entries = entries;
            entries.sort_by_key(|(k, _)| match k.as_array_index() {
                Some(i) => (0, i),
                None => (1, 0),
            });
            let items: Vec<String> = entries
                .into_iter()
                .map(|(k, p)| {
                    let key = match &k {
                        PropertyKey::String(s) => s.to_rust_string(),
                        PropertyKey::Symbol(_) => String::new(),
                    };
                    let value = match p {
                        Property::Data { value, .. } => display(&value, depth + 1),
                        Property::Accessor { .. } => "<accessor>".into(),
                    };
                    format!("{key}: {value}")
                })
                .collect();
            format!("{{{}}}", items.join(", "))
        }
    }
}
