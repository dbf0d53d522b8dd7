//! Reports of checker answers: herd7's text layout for one test under one model, a
//! side-by-side table for several models, and JSON for machines.
//!
//! herd7's layout, for a test whose condition is `exists`:
//!
//! ```text
//! Test SB+plain Allowed
//! States 4
//! T0=0; T1=0; o.x=1; o.y=1;
//! …
//! Ok
//! Witnesses
//! Positive: 1 Negative: 3
//! Condition exists (T0 === 0 && T1 === 0)
//! Observation SB+plain Sometimes 1 3
//! Time SB+plain 0.01
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::explicit::Answer;
use crate::program::{LitmusTest, ModelName, Observation, Quantifier, Val};
use crate::state::State;

/// Which checker produced an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Solver {
    /// The explicit enumerator ([`crate::explicit`]).
    Explicit,
    /// The z3 encoding.
    Z3,
}

impl Solver {
    /// `explicit` or `z3`.
    pub fn as_str(self) -> &'static str {
        match self {
            Solver::Explicit => "explicit",
            Solver::Z3 => "z3",
        }
    }
}

/// One model's answer to one test, with what the report needs to say about it.
#[derive(Clone, Debug)]
pub struct ModelReport {
    /// The model.
    pub model: ModelName,
    /// The checker that answered.
    pub solver: Solver,
    /// Allowed final states, each with the number of allowed executions reaching it
    /// (the z3 checker counts each state once).
    pub states: BTreeMap<State, u64>,
    /// Candidate executions examined (for z3: solver calls).
    pub candidates: u64,
    /// False when `--max-executions` stopped the search.
    pub complete: bool,
    /// Wall time of the check.
    pub time: Duration,
}

impl ModelReport {
    /// The report of a checker's answer.
    pub fn new(answer: &Answer, solver: Solver, time: Duration) -> Self {
        ModelReport {
            model: answer.model,
            solver,
            states: answer.states.clone(),
            candidates: answer.candidates,
            complete: answer.complete,
            time,
        }
    }

    /// Allowed executions whose final state satisfies the condition's proposition.
    pub fn positive(&self, test: &LitmusTest) -> u64 {
        self.states
            .iter()
            .filter(|(s, _)| s.satisfies(&test.condition.prop))
            .map(|(_, n)| *n)
            .sum()
    }

    /// Allowed executions whose final state does not satisfy the proposition.
    pub fn negative(&self, test: &LitmusTest) -> u64 {
        self.states
            .iter()
            .filter(|(s, _)| !s.satisfies(&test.condition.prop))
            .map(|(_, n)| *n)
            .sum()
    }

    /// herd's observation: `Never` when no allowed state satisfies the proposition,
    /// `Always` when every one does (and there is one), `Sometimes` otherwise.
    pub fn observation(&self, test: &LitmusTest) -> Observation {
        let sat = self
            .states
            .keys()
            .filter(|s| s.satisfies(&test.condition.prop))
            .count();
        if sat == 0 {
            Observation::Never
        } else if sat == self.states.len() {
            Observation::Always
        } else {
            Observation::Sometimes
        }
    }

    /// Does the condition, as quantified, hold?
    pub fn ok(&self, test: &LitmusTest) -> bool {
        let obs = self.observation(test);
        match test.condition.quantifier {
            Quantifier::Exists => obs != Observation::Never,
            Quantifier::NotExists => obs == Observation::Never,
            Quantifier::Forall => obs == Observation::Always || self.states.is_empty(),
        }
    }

    /// The header's expectation for this model, if it states one.
    pub fn expected(&self, test: &LitmusTest) -> Option<Observation> {
        test.expect.get(&self.model).copied()
    }

    /// Does the observation agree with the header's expectation (`None` without one)?
    pub fn matches_expectation(&self, test: &LitmusTest) -> Option<bool> {
        self.expected(test).map(|e| e == self.observation(test))
    }
}

/// herd's word for the condition's quantifier.
pub fn kind_word(q: Quantifier) -> &'static str {
    match q {
        Quantifier::Exists => "Allowed",
        Quantifier::NotExists => "Forbidden",
        Quantifier::Forall => "Required",
    }
}

fn seconds(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64())
}

/// herd7's text for one test under one model.
pub fn herd(test: &LitmusTest, r: &ModelReport) -> String {
    let mut out = String::new();
    let name = &test.name;
    let _ = writeln!(out, "Test {name} {}", kind_word(test.condition.quantifier));
    let _ = writeln!(out, "States {}", r.states.len());
    for s in r.states.keys() {
        let _ = writeln!(out, "{}", s.display(test));
    }
    let _ = writeln!(out, "{}", if r.ok(test) { "Ok" } else { "No" });
    let (pos, neg) = (r.positive(test), r.negative(test));
    let _ = writeln!(out, "Witnesses");
    let _ = writeln!(out, "Positive: {pos} Negative: {neg}");
    let _ = writeln!(out, "Condition {}", test.condition.text);
    let _ = writeln!(
        out,
        "Observation {name} {} {pos} {neg}",
        r.observation(test).as_str()
    );
    if !r.complete {
        let _ = writeln!(
            out,
            "Incomplete (stopped after {} candidate executions)",
            r.candidates
        );
    }
    let _ = writeln!(out, "Time {name} {}", seconds(r.time));
    out
}

/// The side-by-side table of several models' answers to one test: a row per state
/// (✓ where the model allows it), then the condition's verdict, the observation, the
/// witness counts, the header's expectation (✓ when the observation matches it, ✗ when
/// it does not), completeness when a search stopped early, and the times.
pub fn table(test: &LitmusTest, rs: &[ModelReport]) -> String {
    let mut all: BTreeMap<&State, ()> = BTreeMap::new();
    for r in rs {
        for s in r.states.keys() {
            all.insert(s, ());
        }
    }
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    for s in all.keys() {
        let mark = if s.satisfies(&test.condition.prop) {
            "*"
        } else {
            " "
        };
        let cells = rs
            .iter()
            .map(|r| {
                if r.states.contains_key(*s) {
                    "✓"
                } else {
                    "·"
                }
                .to_string()
            })
            .collect();
        rows.push((format!("{mark} {}", s.display(test)), cells));
    }
    let sep = rows.len();
    let cond = "Ok/No".to_string();
    rows.push((
        cond,
        rs.iter()
            .map(|r| if r.ok(test) { "Ok" } else { "No" }.to_string())
            .collect(),
    ));
    rows.push((
        "Observation".into(),
        rs.iter()
            .map(|r| r.observation(test).as_str().to_string())
            .collect(),
    ));
    rows.push((
        "Positive/Negative".into(),
        rs.iter()
            .map(|r| format!("{}/{}", r.positive(test), r.negative(test)))
            .collect(),
    ));
    rows.push((
        "Expect".into(),
        rs.iter()
            .map(|r| match r.expected(test) {
                None => "-".to_string(),
                Some(e) if e == r.observation(test) => format!("{} ✓", e.as_str()),
                Some(e) => format!("{} ✗", e.as_str()),
            })
            .collect(),
    ));
    if rs.iter().any(|r| !r.complete) {
        rows.push((
            "Complete".into(),
            rs.iter()
                .map(|r| {
                    if r.complete {
                        "yes".to_string()
                    } else {
                        format!("no ({})", r.candidates)
                    }
                })
                .collect(),
        ));
    }
    rows.push((
        "Time (s)".into(),
        rs.iter().map(|r| seconds(r.time)).collect(),
    ));
    let width0 = rows
        .iter()
        .map(|(h, _)| h.chars().count())
        .chain(std::iter::once(5))
        .max()
        .unwrap_or(5);
    let widths: Vec<usize> = (0..rs.len())
        .map(|i| {
            rows.iter()
                .map(|(_, c)| c.get(i).map_or(0, |s| s.chars().count()))
                .chain(std::iter::once(rs[i].model.as_str().len()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Test {} {}: {}",
        test.name,
        kind_word(test.condition.quantifier),
        test.condition.text
    );
    let mut header = format!("{:<width0$}", "  State");
    for (r, w) in rs.iter().zip(&widths) {
        let _ = write!(header, "  {:<w$}", r.model.as_str());
    }
    let _ = writeln!(out, "{}", header.trim_end());
    for (i, (h, cells)) in rows.iter().enumerate() {
        if i == sep {
            let total = width0 + widths.iter().map(|w| w + 2).sum::<usize>();
            let _ = writeln!(out, "{}", "─".repeat(total));
        }
        let mut line = format!("{h:<width0$}");
        for (c, w) in cells.iter().zip(&widths) {
            let _ = write!(line, "  {c:<w$}");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out, "(* marks states that satisfy the proposition)");
    out
}

/// A value as JSON: numbers, booleans and `null` as themselves, arrays as arrays, and
/// `undefined`, `absent`, objects (by name) and thrown errors as strings.
pub fn val_json(test: &LitmusTest, v: &Val) -> Value {
    match v {
        Val::Num(n) => json!(n),
        Val::Bool(b) => json!(b),
        Val::Null => Value::Null,
        Val::Tuple(items) => Value::Array(items.iter().map(|i| val_json(test, i)).collect()),
        other => Value::String(test.val_name(other)),
    }
}

/// A state as a JSON object from names (`T0`, `o.x`) to values.
pub fn state_json(test: &LitmusTest, s: &State) -> Value {
    let mut m = Map::new();
    for (t, v) in &s.results {
        let name = test
            .threads
            .get(t.0 as usize)
            .map_or_else(|| format!("T{}", t.0), |th| th.name.clone());
        m.insert(name, val_json(test, v));
    }
    for (l, v) in &s.finals {
        m.insert(test.loc_name(l), val_json(test, v));
    }
    Value::Object(m)
}

/// One model's answer as JSON.
pub fn model_json(test: &LitmusTest, r: &ModelReport) -> Value {
    json!({
        "solver": r.solver.as_str(),
        "states": r.states.keys().map(|s| state_json(test, s)).collect::<Vec<_>>(),
        "executions": r.states.values().collect::<Vec<_>>(),
        "observation": r.observation(test).as_str(),
        "ok": r.ok(test),
        "positive": r.positive(test),
        "negative": r.negative(test),
        "complete": r.complete,
        "candidates": r.candidates,
        "time_ms": r.time.as_secs_f64() * 1000.0,
        "expected": r.expected(test).map(Observation::as_str),
        "matches_expectation": r.matches_expectation(test),
    })
}

/// One test's answers as a JSON object: name, file, condition, and per model its
/// [`model_json`].
pub fn test_json(test: &LitmusTest, file: &str, rs: &[ModelReport]) -> Value {
    let mut models = Map::new();
    for r in rs {
        models.insert(r.model.as_str().to_string(), model_json(test, r));
    }
    json!({
        "test": test.name,
        "file": file,
        "condition": test.condition.text,
        "kind": kind_word(test.condition.quantifier),
        "models": models,
    })
}

/// The difference between two checkers' answers, if any: states only one allows and
/// completeness, one line each.
pub fn difference(test: &LitmusTest, a: &ModelReport, b: &ModelReport) -> Vec<String> {
    let mut out = Vec::new();
    for s in a.states.keys() {
        if !b.states.contains_key(s) {
            out.push(format!(
                "only {} allows {}",
                a.solver.as_str(),
                s.display(test)
            ));
        }
    }
    for s in b.states.keys() {
        if !a.states.contains_key(s) {
            out.push(format!(
                "only {} allows {}",
                b.solver.as_str(),
                s.display(test)
            ));
        }
    }
    out
}
