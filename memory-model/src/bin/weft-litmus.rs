//! `weft-litmus`: every allowed outcome of JavaScript litmus tests under Weft's memory
//! model (and `ecma`, `sc`, `x86-tso`), in herd7's layout.
//!
//! ```text
//! weft-litmus [OPTIONS] FILE...
//! ```
//!
//! Exit status: 0 when every test was answered (and, with `--check-expectations`, every
//! observation matches its header's `Expect`), 1 on an expectation mismatch or when the
//! two solvers of `--solver both` disagree, 2 on bad input (a file that cannot be read
//! or parsed, printed as `file:line:column: message`, or a test the checker refuses).

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use weft_memory_model::dot;
use weft_memory_model::execution::Execution;
use weft_memory_model::explicit::{self, Answer, CheckError, Limits};
use weft_memory_model::litmus;
use weft_memory_model::program::{LitmusTest, ModelName, Prop};
use weft_memory_model::report::{self, ModelReport, Solver};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SolverArg {
    /// The explicit enumerator of candidate executions.
    Explicit,
    /// The z3 encoding.
    Z3,
    /// Both; exit 1 if they disagree.
    Both,
}

/// Every allowed outcome of JavaScript litmus tests under Weft's memory model, in
/// herd7's layout.
#[derive(Debug, Parser)]
#[command(name = "weft-litmus", version)]
struct Cli {
    /// Litmus test files (`.js`, see memory-model/LITMUS.md).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Models to answer under: weft, ecma, sc, x86-tso, or all (repeatable or
    /// comma-separated; several give a side-by-side table).
    #[arg(
        long,
        value_name = "MODEL",
        value_delimiter = ',',
        default_value = "weft"
    )]
    model: Vec<String>,

    /// The checker: the explicit enumerator, the z3 encoding, or both (compared).
    #[arg(long, value_enum, default_value = "explicit")]
    solver: SolverArg,

    /// Print one JSON array for all tests instead of text.
    #[arg(long)]
    json: bool,

    /// Write one Graphviz file per allowed execution (one per allowed state) to DIR,
    /// named <test>-<model>-<n>.dot.
    #[arg(long, value_name = "DIR")]
    dot: Option<PathBuf>,

    /// With --dot, also render each graph to SVG with Graphviz's `dot`, if installed.
    #[arg(long, requires = "dot")]
    svg: bool,

    /// Give up after examining N candidate executions per test and model (the answer
    /// is then reported as incomplete).
    #[arg(long, value_name = "N")]
    max_executions: Option<u64>,

    /// Explain a state: STATE is a proposition in the condition's syntax, e.g.
    /// 'T0 === 0 && T1 === 0'. Says whether each model allows such a state, and if not
    /// shows up to 10 candidate executions reaching it with the axiom each violates.
    #[arg(long, value_name = "STATE")]
    why: Option<String>,

    /// Exit 1 if some model's observation differs from the test's `Expect:` header.
    #[arg(long)]
    check_expectations: bool,
}

/// How a run went, worst last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    Ok,
    Mismatch,
    BadInput,
}

impl Status {
    fn code(self) -> u8 {
        match self {
            Status::Ok => 0,
            Status::Mismatch => 1,
            Status::BadInput => 2,
        }
    }
}

/// What one file produced.
struct FileOutcome {
    /// Text for stdout.
    text: String,
    /// Messages for stderr.
    errors: Vec<String>,
    /// The JSON object of the test, if it was answered.
    json: Option<serde_json::Value>,
    /// Expectation mismatches (`file: test: model expected X, observed Y`).
    mismatches: Vec<String>,
    status: Status,
}

/// Writes to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn emit(text: &str) {
    if text.is_empty() {
        return;
    }
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Writes a line to stderr, ignoring failures.
fn emit_err(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

fn parse_models(names: &[String]) -> Result<Vec<ModelName>, String> {
    let mut out: Vec<ModelName> = Vec::new();
    for n in names {
        let n = n.trim();
        if n.eq_ignore_ascii_case("all") {
            for m in ModelName::ALL {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
            continue;
        }
        match ModelName::parse(&n.to_ascii_lowercase()) {
            Some(m) => {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
            None => {
                return Err(format!(
                    "unknown model '{n}' (models: weft, ecma, sc, x86-tso, all)"
                ));
            }
        }
    }
    Ok(out)
}

/// The z3 checker.
fn z3_answer(test: &LitmusTest, model: ModelName, limits: Limits) -> Result<Answer, CheckError> {
    weft_memory_model::smt::answer(test, model, limits)
}

fn run_solver(
    solver: Solver,
    test: &LitmusTest,
    model: ModelName,
    limits: Limits,
) -> Result<(Answer, ModelReport), CheckError> {
    let start = Instant::now();
    let answer = match solver {
        Solver::Explicit => explicit::answer(test, model, limits)?,
        Solver::Z3 => z3_answer(test, model, limits)?,
    };
    let report = ModelReport::new(&answer, solver, start.elapsed());
    Ok((answer, report))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let models = match parse_models(&cli.model) {
        Ok(m) => m,
        Err(e) => {
            emit_err(&format!("weft-litmus: {e}"));
            return ExitCode::from(2);
        }
    };
    let limits = Limits {
        max_executions: cli
            .max_executions
            .unwrap_or(Limits::default().max_executions),
        ..Limits::default()
    };
    if let Some(dir) = &cli.dot
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        emit_err(&format!(
            "weft-litmus: cannot create {}: {e}",
            dir.display()
        ));
        return ExitCode::from(2);
    }
    let progress = if cli.files.len() > 5 {
        let pb = ProgressBar::new(cli.files.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}") {
            pb.set_style(style);
        }
        Some(pb)
    } else {
        None
    };
    let mut svg_warned = false;
    let mut status = Status::Ok;
    let mut json_tests = Vec::new();
    let mut mismatches = Vec::new();
    for file in &cli.files {
        if let Some(pb) = &progress {
            pb.set_message(file.display().to_string());
        }
        let outcome = run_file(&cli, file, &models, limits, &mut svg_warned);
        status = status.max(outcome.status);
        let print = || {
            emit(&outcome.text);
            for e in &outcome.errors {
                emit_err(e);
            }
        };
        match &progress {
            Some(pb) => pb.suspend(print),
            None => print(),
        }
        if let Some(j) = outcome.json {
            json_tests.push(j);
        }
        mismatches.extend(outcome.mismatches);
        if let Some(pb) = &progress {
            pb.inc(1);
        }
    }
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    if cli.json {
        let mut text = serde_json::to_string_pretty(&serde_json::Value::Array(json_tests))
            .unwrap_or_else(|_| "[]".into());
        text.push('\n');
        emit(&text);
    }
    if cli.check_expectations {
        if mismatches.is_empty() {
            if !cli.json {
                emit("Every observation matches its expectation.\n");
            }
        } else {
            emit_err(&format!(
                "{} observation(s) differ from the expectation:",
                mismatches.len()
            ));
            for m in &mismatches {
                emit_err(&format!("  {m}"));
            }
            status = status.max(Status::Mismatch);
        }
    }
    ExitCode::from(status.code())
}

fn run_file(
    cli: &Cli,
    file: &Path,
    models: &[ModelName],
    limits: Limits,
    svg_warned: &mut bool,
) -> FileOutcome {
    let mut out = FileOutcome {
        text: String::new(),
        errors: Vec::new(),
        json: None,
        mismatches: Vec::new(),
        status: Status::Ok,
    };
    let shown = file.display().to_string();
    let text = match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                out.errors
                    .push(format!("{shown}: the file is not valid UTF-8"));
                out.status = Status::BadInput;
                return out;
            }
        },
        Err(e) => {
            out.errors.push(format!("{shown}: cannot read: {e}"));
            out.status = Status::BadInput;
            return out;
        }
    };
    let test = match litmus::parse(&text) {
        Ok(t) => t,
        Err(e) => {
            out.errors.push(format!("{shown}:{e}"));
            out.status = Status::BadInput;
            return out;
        }
    };
    let why = match &cli.why {
        None => None,
        Some(s) => match litmus::parse_proposition(&test, s) {
            Ok(p) => Some(p),
            Err(e) => {
                out.errors.push(format!("--why:{e}"));
                out.status = Status::BadInput;
                return out;
            }
        },
    };
    let mut reports: Vec<ModelReport> = Vec::new();
    let mut answers: Vec<Answer> = Vec::new();
    let mut agreement: BTreeMap<ModelName, bool> = BTreeMap::new();
    for &model in models {
        let primary = match cli.solver {
            SolverArg::Z3 => Solver::Z3,
            _ => Solver::Explicit,
        };
        let (answer, report) = match run_solver(primary, &test, model, limits) {
            Ok(r) => r,
            Err(e) => {
                out.errors.push(format!(
                    "{shown}: {} ({model}, {} checker): {e}",
                    test.name,
                    primary.as_str()
                ));
                out.status = Status::BadInput;
                return out;
            }
        };
        if cli.solver == SolverArg::Both {
            match run_solver(Solver::Z3, &test, model, limits) {
                Ok((_, z3)) => {
                    let diff = report::difference(&test, &report, &z3);
                    let complete = report.complete && z3.complete;
                    agreement.insert(model, diff.is_empty());
                    if !diff.is_empty() && complete {
                        out.errors.push(format!(
                            "{shown}: {} ({model}): the explicit and z3 checkers disagree:",
                            test.name
                        ));
                        for d in diff {
                            out.errors.push(format!("  {d}"));
                        }
                        out.status = out.status.max(Status::Mismatch);
                    } else if !diff.is_empty() {
                        out.errors.push(format!(
                            "{shown}: {} ({model}): the checkers' answers differ, but a search was stopped by --max-executions",
                            test.name
                        ));
                    }
                }
                Err(e) => {
                    out.errors
                        .push(format!("{shown}: {} ({model}, z3 checker): {e}", test.name));
                    out.status = Status::BadInput;
                    return out;
                }
            }
        }
        if let (Some(false), true) = (report.matches_expectation(&test), report.complete) {
            out.mismatches.push(format!(
                "{shown}: {} under {model}: expected {}, observed {}",
                test.name,
                report.expected(&test).map_or("-", |o| o.as_str()),
                report.observation(&test).as_str()
            ));
        } else if !report.complete && report.expected(&test).is_some() {
            out.mismatches.push(format!(
                "{shown}: {} under {model}: the search stopped after {} candidate executions, so the observation is not known",
                test.name, report.candidates
            ));
        }
        reports.push(report);
        answers.push(answer);
    }
    if cli.json {
        let mut j = report::test_json(&test, &shown, &reports);
        if let Some(ms) = j.get_mut("models").and_then(|m| m.as_object_mut()) {
            for (model, agree) in &agreement {
                if let Some(obj) = ms.get_mut(model.as_str()).and_then(|m| m.as_object_mut()) {
                    obj.insert("solvers_agree".into(), serde_json::Value::Bool(*agree));
                }
            }
        }
        out.json = Some(j);
    } else if reports.len() == 1 {
        out.text.push_str(&report::herd(&test, &reports[0]));
        if let Some(agree) = agreement.values().next() {
            out.text.push_str(if *agree {
                "Solvers explicit and z3 agree\n"
            } else {
                "Solvers explicit and z3 DISAGREE\n"
            });
        }
        out.text.push('\n');
    } else {
        out.text.push_str(&report::table(&test, &reports));
        if !agreement.is_empty() {
            let disagree: Vec<&str> = agreement
                .iter()
                .filter(|(_, a)| !**a)
                .map(|(m, _)| m.as_str())
                .collect();
            if disagree.is_empty() {
                out.text
                    .push_str("Solvers explicit and z3 agree on every model\n");
            } else {
                out.text.push_str(&format!(
                    "Solvers explicit and z3 DISAGREE under {}\n",
                    disagree.join(", ")
                ));
            }
        }
        out.text.push('\n');
    }
    if let Some(dir) = &cli.dot {
        for answer in &answers {
            if answer.witnesses.is_empty() && !answer.states.is_empty() {
                out.errors.push(format!(
                    "{shown}: the z3 checker gives no witness executions; use --solver explicit or both with --dot"
                ));
                continue;
            }
            for (n, (state, x)) in answer.witnesses.iter().enumerate() {
                let stem = dot::file_stem(&test.name, answer.model, n);
                let path = dir.join(format!("{stem}.dot"));
                let text = dot::render(&test, answer.model, x, state);
                if let Err(e) = std::fs::write(&path, text) {
                    out.errors
                        .push(format!("{}: cannot write: {e}", path.display()));
                    out.status = Status::BadInput;
                    continue;
                }
                if cli.svg && !*svg_warned {
                    let svg = dir.join(format!("{stem}.svg"));
                    match std::process::Command::new("dot")
                        .arg("-Tsvg")
                        .arg(&path)
                        .arg("-o")
                        .arg(&svg)
                        .output()
                    {
                        Ok(o) if o.status.success() => {}
                        Ok(o) => {
                            let why = String::from_utf8_lossy(&o.stderr);
                            out.errors.push(format!(
                                "{}: dot -Tsvg failed ({}): {}",
                                path.display(),
                                o.status,
                                why.lines().next().unwrap_or("")
                            ));
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                            out.errors.push(
                                "warning: Graphviz's `dot` is not installed; skipping --svg (the .dot files are written)".into(),
                            );
                            *svg_warned = true;
                        }
                        Err(e) => out.errors.push(format!("cannot run dot: {e}")),
                    }
                }
            }
        }
    }
    if let (Some(prop), Some(text)) = (&why, &cli.why) {
        match explain_state(&test, &answers, prop, text, limits) {
            Ok(s) => out.text.push_str(&s),
            Err(e) => {
                out.errors.push(format!("{shown}: {e}"));
                out.status = Status::BadInput;
            }
        }
    }
    out
}

/// The `--why` section for one test.
fn explain_state(
    test: &LitmusTest,
    answers: &[Answer],
    prop: &Prop,
    text: &str,
    limits: Limits,
) -> Result<String, CheckError> {
    let mut s = format!("Why {text} ({})\n", test.name);
    for a in answers {
        let allowed: Vec<_> = a.states.keys().filter(|st| st.satisfies(prop)).collect();
        if let Some(first) = allowed.first() {
            s.push_str(&format!(
                "{}: allowed — {} allowed state(s) satisfy it, e.g. {}\n",
                a.model,
                allowed.len(),
                first.display(test)
            ));
            continue;
        }
        let found = explicit::explain(test, a.model, limits, |st| st.satisfies(prop), 10)?;
        if found.is_empty() {
            s.push_str(&format!(
                "{}: no candidate execution reaches such a state (no choice of values read makes the threads produce it)\n",
                a.model
            ));
            continue;
        }
        s.push_str(&format!(
            "{}: forbidden — {} candidate execution(s) reach such a state{}:\n",
            a.model,
            found.len(),
            if found.len() >= 10 { " (first 10)" } else { "" }
        ));
        for (k, ex) in found.iter().enumerate() {
            match &ex.violation {
                Some(v) => s.push_str(&format!(
                    "  candidate {}: violates [{}]: {}\n",
                    k + 1,
                    v.axiom,
                    v.detail
                )),
                None => s.push_str(&format!(
                    "  candidate {}: allowed (the search for allowed states was incomplete)\n",
                    k + 1
                )),
            }
            s.push_str(&event_list(test, &ex.execution));
        }
    }
    s.push('\n');
    Ok(s)
}

/// An execution as an indented event list with its `rf` and `co`.
fn event_list(test: &LitmusTest, x: &Execution) -> String {
    let mut s = String::new();
    let width = x
        .events
        .iter()
        .map(|e| dot::actor_name(test, e.actor).chars().count())
        .max()
        .unwrap_or(4);
    for (i, e) in x.events.iter().enumerate() {
        let mut line = format!(
            "    e{i:<3} {:<width$}  {}",
            dot::actor_name(test, e.actor),
            dot::event_text(test, x, i)
        );
        if dot::has_source(x, i) {
            line = format!("{line:<48}  {}", e.label);
        }
        s.push_str(line.trim_end());
        s.push('\n');
    }
    let rf: Vec<String> =
        x.rf.pairs()
            .into_iter()
            .map(|(w, r)| format!("e{w}→e{r}"))
            .collect();
    s.push_str(&format!("    rf: {}\n", rf.join(" ")));
    if let Some(co) = &x.co {
        let co: Vec<String> = dot::immediate(co)
            .into_iter()
            .map(|(a, b)| format!("e{a}→e{b}"))
            .collect();
        s.push_str(&format!("    co: {}\n", co.join(" ")));
    }
    s
}
