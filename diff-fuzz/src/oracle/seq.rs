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

use std::time::Duration;

use weft_conformance::boa_runner::{self, BoaOptions};
use weft_conformance::{CorpusCompletion, CorpusOutput};

use crate::oracle::{Failed, Verdict, with_timeout};

/// The GC-stress interval: a collection every this many allocations.
pub const GC_STRESS_EVERY: usize = 5;

/// How long one engine run may take before it counts as a hang.
pub const ENGINE_LIMIT: Duration = Duration::from_secs(20);

/// The four runs of a program.
#[derive(Clone, Debug)]
pub struct SeqRuns {
    pub engine: CorpusOutput,
    pub engine_gc: CorpusOutput,
    pub reference: CorpusOutput,
    pub boa: CorpusOutput,
    /// Heap-verifier problems of the two engine runs.
    pub heap_problems: Vec<String>,
}

fn engine_output(out: &weft_engine::RunOutput) -> CorpusOutput {
    let completion = match &out.result {
        Ok(()) => CorpusCompletion::Normal,
        Err(u) if u.name.as_deref() == Some("InternalError") => {
            CorpusCompletion::EngineFailure(u.describe())
        }
        Err(u) => CorpusCompletion::Uncaught(u.corpus_name()),
    };
    CorpusOutput {
        printed: out.printed.clone(),
        completion,
    }
}

/// Runs the engine (with a watchdog), under GC stress when `gc_stress > 0`.
pub fn run_engine(src: &str, gc_stress: usize) -> (CorpusOutput, Vec<String>) {
    let src = src.to_owned();
    let r = with_timeout(ENGINE_LIMIT, move || {
        let options = weft_engine::Options {
            gc_stress,
            ..Default::default()
        };
        weft_engine::run_source(&src, "fuzz.js", options, true)
    });
    match r {
        Ok(out) => (engine_output(&out), out.heap_problems),
        Err(Failed::Timeout) => (
            CorpusOutput {
                printed: String::new(),
                completion: CorpusCompletion::EngineFailure("hang".into()),
            },
            Vec::new(),
        ),
        Err(Failed::Panic(m)) => (
            CorpusOutput {
                printed: String::new(),
                completion: CorpusCompletion::EngineFailure(format!("panic: {m}")),
            },
            Vec::new(),
        ),
    }
}

/// Runs the reference interpreter (catching a panic).
pub fn run_reference(src: &str) -> CorpusOutput {
    let options = weft_reference_interp::RunOptions {
        fuel: Some(50_000_000),
        ..Default::default()
    };
    match std::panic::catch_unwind(|| weft_reference_interp::run_source(src, "fuzz.js", &options)) {
        Ok(out) => CorpusOutput::from_reference(&out),
        Err(p) => CorpusOutput {
            printed: String::new(),
            completion: CorpusCompletion::EngineFailure(format!(
                "reference panic: {}",
                boa_runner::panic_message(&*p)
            )),
        },
    }
}

/// Runs all four.
pub fn run_all(src: &str) -> SeqRuns {
    let (engine, mut heap_problems) = run_engine(src, 0);
    let (engine_gc, gc_problems) = run_engine(src, GC_STRESS_EVERY);
    heap_problems.extend(gc_problems);
    let reference = run_reference(src);
    let boa = boa_runner::run(src, "fuzz.js", &BoaOptions::default());
    SeqRuns {
        engine,
        engine_gc,
        reference,
        boa,
        heap_problems,
    }
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
            show("engine (gc stress)", &runs.engine_gc),
            show("reference", &runs.reference),
            show("boa_engine", &runs.boa),
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
    if r.completion == CorpusCompletion::FuelExhausted {
        return Verdict {
            skipped: Some("reference out of fuel".into()),
            ..Verdict::default()
        };
    }
    if !runs.heap_problems.is_empty() {
        return v("heap", runs.heap_problems.join("\n"));
    }
    if runs.engine != *r {
        let side = if runs.boa == runs.engine {
            " (boa agrees with the engine)"
        } else if runs.boa == *r {
            " (boa agrees with the reference)"
        } else {
            ""
        };
        return v(
            "engine-vs-reference",
            format!("engine differs from reference{side}\n{}", all()),
        );
    }
    if runs.engine_gc != runs.engine {
        return v("gc-stress", all());
    }
    if runs.boa != *r {
        let kind = if matches!(runs.boa.completion, CorpusCompletion::EngineFailure(_)) {
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

/// The whole sequential check of one program.
pub fn check(src: &str) -> Verdict {
    judge(&run_all(src))
}
