//! The sequential oracle: engine = engine under GC stress = reference interpreter =
//! boa_engine, on printed output and completion (normal, or the uncaught value's name),
//! with the engine's heap verifier clean.
//!
//! Outputs are compared as the text `print` wrote, which is `String(v)` of each argument:
//! `NaN` prints as `NaN` everywhere and `-0` as `0`, so neither needs special handling
//! (generated programs show values through `__show`, never engine-written messages).
//! boa_engine's documented deviations from ECMA-262 (`conformance/known-differences.toml`)
//! are handled by classification: when only boa disagrees, the divergence is `boa-only`,
//! and the known-divergence list (`known-divergences.toml`) names the ones understood.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Duration;

use weft_conformance::boa_runner::{self, BoaOptions};
use weft_conformance::{CorpusCompletion, CorpusOutput};

use crate::oracle::{Failed, PhaseClock, Stage, Verdict, in_engine_context, with_timeout};

/// The GC-stress interval: a collection every this many allocations.
pub const GC_STRESS_EVERY: usize = 5;

/// The engine's heap limit in the sequential oracle. Generated programs need a few
/// megabytes; a program over this allocates without bound (`a = Array.from(a.join())`
/// in a loop grows fourfold per iteration), and is skipped, like one the reference runs
/// out of fuel on, instead of every implementation grinding through gigabytes (the
/// 20 s watchdog then abandoned the engine's thread, which kept allocating until the
/// campaign was killed for lack of memory).
pub const ENGINE_HEAP_LIMIT: usize = 64 << 20;

/// How long one check may take before it counts as a hang.
pub const ENGINE_LIMIT: Duration = Duration::from_secs(20);

/// The runs of a program.
#[derive(Clone, Debug)]
pub struct SeqRuns {
    pub engine: CorpusOutput,
    /// The engine under GC stress (absent when the check left it out, see
    /// [`check_here`]).
    pub engine_gc: Option<CorpusOutput>,
    pub reference: CorpusOutput,
    /// boa_engine (absent when the check left it out, see [`SeqPlan::boa`]).
    pub boa: Option<CorpusOutput>,
    /// Heap-verifier problems of the engine runs.
    pub heap_problems: Vec<String>,
    /// A panic unwound through the thread (see [`Verdict::tainted`]).
    pub tainted: bool,
}

fn failure(message: String) -> CorpusOutput {
    CorpusOutput {
        printed: String::new(),
        completion: CorpusCompletion::EngineFailure(message),
    }
}

/// The message of the engine's RangeError at its heap limit.
const HEAP_LIMIT_MESSAGE: &str = "heap limit exceeded";

fn engine_output(printed: String, result: &Result<(), weft_engine::Uncaught>) -> CorpusOutput {
    let completion = match result {
        Ok(()) => CorpusCompletion::Normal,
        Err(u) if u.name.as_deref() == Some("InternalError") => {
            CorpusCompletion::EngineFailure(u.describe())
        }
        // Out of its resource budget, like the reference out of fuel.
        Err(u) if u.name.as_deref() == Some("RangeError") && u.message == HEAP_LIMIT_MESSAGE => {
            CorpusCompletion::FuelExhausted
        }
        Err(u) => CorpusCompletion::Uncaught(u.corpus_name()),
    };
    CorpusOutput {
        printed,
        completion,
    }
}

/// A program parsed once with `boa_parser` for the engine and the reference interpreter
/// (boa_engine parses on its own): parsing was about 40% of a check's CPU when each
/// implementation parsed for itself.
pub struct Parsed {
    script: boa_ast::Script,
    interner: boa_interner::Interner,
}

impl Parsed {
    /// Parses `src`, or None when either implementation would refuse it before parsing
    /// (too deeply nested) or it does not parse: those programs take the source path,
    /// where each implementation reports the error its own way.
    pub fn new(src: &str) -> Option<Parsed> {
        if weft_engine::nesting_too_deep(src).is_some()
            || weft_reference_interp::nesting_too_deep(src).is_some()
        {
            return None;
        }
        let mut interner = boa_interner::Interner::default();
        let scope = boa_ast::scope::Scope::new_global();
        let script = boa_parser::Parser::new(boa_parser::Source::from_bytes(src.as_bytes()))
            .parse_script(&scope, &mut interner)
            .ok()?;
        Some(Parsed { script, interner })
    }
}

/// One engine run in a fresh runtime: `eval` runs the program, then a collection and the
/// heap verifier; the output and the verifier's problems.
fn run_engine(
    options: &weft_engine::vm::Options,
    eval: &dyn Fn(&mut weft_engine::Vm) -> Result<weft_engine::Value, weft_engine::Uncaught>,
) -> (CorpusOutput, Vec<String>) {
    let rt = weft_engine::vm::Runtime::new(options.clone());
    let mut vm = weft_engine::vm::Vm::new_main(std::sync::Arc::clone(&rt));
    let result = eval(&mut vm).map(|_| ());
    vm.collect_now();
    let problems = vm.verify_heap();
    let printed = String::from_utf8_lossy(&rt.take_output()).into_owned();
    (engine_output(printed, &result), problems)
}

/// Runs the engine on the calling thread (which needs [`WORKER_STACK`](crate::oracle::WORKER_STACK) bytes of stack),
/// under GC stress when `gc_stress > 0`, then collects and runs the heap verifier.
/// Returns the output, the verifier's problems and whether the engine panicked.
/// `parsed` (the same program, parsed) saves the engine its parse; with the `shuttle`
/// feature the engine runs inside a shuttle execution and parses for itself.
pub fn engine_here(
    src: &str,
    parsed: Option<&Parsed>,
    gc_stress: usize,
) -> (CorpusOutput, Vec<String>, bool) {
    let options = weft_engine::vm::Options {
        gc_stress,
        heap_limit: ENGINE_HEAP_LIMIT,
        capture_output: true,
        ..Default::default()
    };
    let r = catch_unwind(AssertUnwindSafe(|| match parsed {
        Some(p) if !cfg!(feature = "shuttle") => run_engine(&options, &|vm| {
            vm.eval_parsed(&p.script, &p.interner, "fuzz.js")
        }),
        _ => {
            let src: std::sync::Arc<str> = std::sync::Arc::from(src);
            in_engine_context(move || run_engine(&options, &|vm| vm.eval_script(&src, "fuzz.js")))
        }
    }));
    match r {
        Ok((out, problems)) => (out, problems, false),
        Err(p) => (
            failure(format!("panic: {}", boa_runner::panic_message(&*p))),
            Vec::new(),
            true,
        ),
    }
}

/// Runs the reference interpreter on the calling thread (which needs [`WORKER_STACK`](crate::oracle::WORKER_STACK)
/// bytes of stack), catching a panic; the flag says whether it panicked.
pub fn reference_here(src: &str, parsed: Option<&Parsed>) -> (CorpusOutput, bool) {
    let options = weft_reference_interp::RunOptions {
        fuel: Some(50_000_000),
        ..Default::default()
    };
    match catch_unwind(AssertUnwindSafe(|| match parsed {
        Some(p) => weft_reference_interp::run_parsed_on_this_thread(
            &p.script,
            &p.interner,
            "fuzz.js",
            &options,
        ),
        None => weft_reference_interp::run_source_on_this_thread(src, "fuzz.js", &options),
    })) {
        Ok(out) => (CorpusOutput::from_reference(&out), false),
        Err(p) => (
            failure(format!(
                "reference panic: {}",
                boa_runner::panic_message(&*p)
            )),
            true,
        ),
    }
}

/// Runs boa_engine on the calling thread, catching a panic; the flag says whether it
/// panicked.
pub fn boa_here(src: &str) -> (CorpusOutput, bool) {
    match catch_unwind(AssertUnwindSafe(|| {
        boa_runner::run_on_current_thread(src, "fuzz.js", &BoaOptions::default())
    })) {
        Ok(out) => (out, false),
        Err(p) => (
            failure(format!(
                "boa_engine panicked: {}",
                boa_runner::panic_message(&*p)
            )),
            true,
        ),
    }
}

/// Which of the optional runs a check makes. The engine and the reference interpreter
/// always run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeqPlan {
    /// The engine again under GC stress.
    pub gc_stress: bool,
    /// boa_engine, the third opinion. When left out it still runs whenever the engine
    /// and the reference interpreter (or the GC-stress run) disagree, to say which side
    /// it takes; what a left-out boa run misses is only a `boa-only` divergence.
    pub boa: bool,
}

impl SeqPlan {
    /// Every run (replay, reduction, the cargo-fuzz target).
    pub const FULL: SeqPlan = SeqPlan {
        gc_stress: true,
        boa: true,
    };
}

/// Runs the implementations on the calling thread (which needs
/// [`WORKER_STACK`](crate::oracle::WORKER_STACK) bytes of stack): the engine, the engine
/// under GC stress, the reference interpreter and boa_engine, the optional ones as
/// `plan` says. `clock` learns the phases (and tells its [`Stage`]).
pub fn run_all_here(src: &str, plan: SeqPlan, clock: &mut PhaseClock<'_>) -> SeqRuns {
    clock.enter("parse");
    let parsed = Parsed::new(src);
    clock.enter("engine");
    let (engine, mut heap_problems, mut tainted) = engine_here(src, parsed.as_ref(), 0);
    if engine.completion == CorpusCompletion::FuelExhausted {
        // Over the heap limit: the program is skipped (see `judge`); nothing else runs.
        clock.end();
        return SeqRuns {
            engine_gc: None,
            reference: engine.clone(),
            boa: None,
            engine,
            heap_problems,
            tainted,
        };
    }
    let engine_gc = if plan.gc_stress {
        clock.enter("engine-gc");
        let (out, problems, t) = engine_here(src, parsed.as_ref(), GC_STRESS_EVERY);
        heap_problems.extend(problems);
        tainted |= t;
        Some(out)
    } else {
        None
    };
    clock.enter("reference");
    let (reference, t) = reference_here(src, parsed.as_ref());
    tainted |= t;
    let disagree = engine != reference || engine_gc.as_ref().is_some_and(|g| *g != engine);
    let boa = if plan.boa || disagree {
        clock.enter("boa");
        let (boa, t) = boa_here(src);
        tainted |= t;
        Some(boa)
    } else {
        None
    };
    clock.end();
    SeqRuns {
        engine,
        engine_gc,
        reference,
        boa,
        heap_problems,
        tainted,
    }
}

/// The whole sequential check of one program, on the calling thread (which needs
/// [`WORKER_STACK`](crate::oracle::WORKER_STACK) bytes of stack) and without a watchdog: a campaign worker's path,
/// where the campaign watches for hangs. The optional runs are made as `plan` says.
pub fn check_here(src: &str, plan: SeqPlan, stage: &Stage) -> Verdict {
    let mut clock = PhaseClock::new(stage);
    let runs = run_all_here(src, plan, &mut clock);
    let mut v = judge(&runs);
    v.tainted = runs.tainted;
    v.phases = clock.phases;
    v
}

fn show(name: &str, o: &CorpusOutput) -> String {
    format!("--- {name}\n{}", o.render())
}

/// Compares the runs.
pub fn judge(runs: &SeqRuns) -> Verdict {
    let r = &runs.reference;
    let ran_clean = r.completion == CorpusCompletion::Normal;
    let v = |kind: &str, detail: String| {
        let mut v = Verdict::diverged(kind, detail);
        v.ran_clean = ran_clean;
        v
    };
    let all = || {
        [
            show("engine", &runs.engine),
            runs.engine_gc
                .as_ref()
                .map(|o| show("engine (gc stress)", o))
                .unwrap_or_default(),
            show("reference", &runs.reference),
            runs.boa
                .as_ref()
                .map(|o| show("boa_engine", o))
                .unwrap_or_default(),
        ]
        .join("")
    };
    if let CorpusCompletion::EngineFailure(m) = &runs.engine.completion {
        let kind = if m == "hang" {
            "engine-hang"
        } else {
            "engine-failure"
        };
        return v(kind, all());
    }
    if let CorpusCompletion::EngineFailure(m) = &r.completion {
        return v(
            if m.starts_with("reference panic") {
                "reference-panic"
            } else {
                "reference-failure"
            },
            all(),
        );
    }
    if !runs.heap_problems.is_empty() {
        return v("heap", runs.heap_problems.join("\n"));
    }
    if runs.engine.completion == CorpusCompletion::FuelExhausted {
        return Verdict {
            skipped: Some("engine heap limit (the program allocates without bound)".into()),
            ..Verdict::default()
        };
    }
    if r.completion == CorpusCompletion::FuelExhausted {
        return Verdict {
            skipped: Some("reference out of fuel".into()),
            ..Verdict::default()
        };
    }
    if runs.engine != *r {
        let side = if runs.boa.as_ref() == Some(&runs.engine) {
            " (boa agrees with the engine)"
        } else if runs.boa.as_ref() == Some(r) {
            " (boa agrees with the reference)"
        } else {
            ""
        };
        return v(
            "engine-vs-reference",
            format!("engine differs from reference{side}\n{}", all()),
        );
    }
    if runs.engine_gc.as_ref().is_some_and(|g| *g != runs.engine) {
        return v("gc-stress", all());
    }
    if let Some(boa) = runs.boa.as_ref().filter(|b| *b != r) {
        let kind = if matches!(boa.completion, CorpusCompletion::EngineFailure(_)) {
            "boa-failure"
        } else {
            "boa-only"
        };
        return v(kind, all());
    }
    Verdict {
        ran_clean,
        ..Verdict::default()
    }
}

/// The whole sequential check of one program (every run, GC stress included), on a
/// watchdog thread: a check that does not end within [`ENGINE_LIMIT`] is a hang of the
/// implementation that was running.
pub fn check(src: &str) -> Verdict {
    let owned = src.to_owned();
    let stage = std::sync::Arc::new(Stage::default());
    let st = std::sync::Arc::clone(&stage);
    match with_timeout(ENGINE_LIMIT, move || check_here(&owned, SeqPlan::FULL, &st)) {
        Ok(v) => v,
        Err(Failed::Timeout) => Verdict::diverged(
            &stage.hang_kind(),
            format!(
                "the check did not end in {ENGINE_LIMIT:?} ({} was running)",
                stage.get()
            ),
        ),
        Err(Failed::Panic(m)) => Verdict::diverged("engine-failure", format!("panic: {m}")),
    }
}
