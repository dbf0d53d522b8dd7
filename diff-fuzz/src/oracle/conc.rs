//! The concurrent oracle: the reference interpreter, used as a library, explores every
//! execution of a threaded program under the memory model `weft` and gives its outcome
//! set; each of several real runs on the engine (OS threads, one fresh runtime each,
//! every other one under GC stress) must produce an outcome line in that set, and the
//! heap verifier must be clean after each run.

use std::collections::BTreeSet;
use std::time::Duration;

use weft_reference_interp::threads::explore::ExploreOptions;

use crate::oracle::{Failed, Verdict, with_timeout};

/// Executions allowed to `explore` before a program is skipped as too big.
pub const MAX_EXECUTIONS: u64 = 600;

/// How long one engine run may take before it counts as a hang.
pub const ENGINE_LIMIT: Duration = Duration::from_secs(20);

/// The reference's outcome set, or why there is none.
pub fn explore(src: &str) -> Result<BTreeSet<String>, String> {
    let options = ExploreOptions {
        max_executions: MAX_EXECUTIONS,
        ..ExploreOptions::default()
    };
    let r = std::panic::catch_unwind(|| {
        weft_reference_interp::explore_source(src, "fuzz.js", &options)
    });
    match r {
        Err(p) => Err(format!(
            "reference panic: {}",
            weft_conformance::boa_runner::panic_message(&*p)
        )),
        Ok(Err(out)) => Err(format!(
            "not explorable: {}",
            weft_conformance::CorpusOutput::from_reference(&out).render()
        )),
        Ok(Ok(report)) if !report.complete => Err(format!(
            "exploration incomplete after {} executions",
            report.executions
        )),
        Ok(Ok(report)) => {
            if std::env::var_os("WEFT_FUZZ_TIMING").is_some() {
                eprintln!(
                    "explore: {} executions, {} outcomes, {} ms",
                    report.executions,
                    report.outcomes.len(),
                    report.millis
                );
            }
            Ok(report.outcomes.into_keys().collect())
        }
    }
}

/// One engine run (`weft_engine::thread::outcome::run_outcome_checked`): its outcome
/// line (spec/threads.md th.outcome.line) and the heap verifier's problems after the
/// run; `gc_stress` collects every that many allocations (0 = off).
pub fn engine_outcome(src: &str, gc_stress: usize) -> (String, Vec<String>) {
    let src: std::sync::Arc<str> = std::sync::Arc::from(src);
    crate::oracle::in_engine_context(move || {
        #[cfg(feature = "shuttle")]
        {
            weft_engine::shuttle_check::run_outcome(&src, gc_stress)
        }
        #[cfg(not(feature = "shuttle"))]
        {
            weft_engine::thread::outcome::run_outcome_checked(&src, "fuzz.js", gc_stress, true)
        }
    })
}

/// The GC-stress interval of every other engine run of the conc oracle.
pub const GC_STRESS_EVERY: usize = 50;

/// The outcome set `explore` allows for `src` and whether none of its outcomes throws;
/// the verdict to give instead when the reference panics or cannot explore it completely.
pub fn allowed_outcomes(src: &str) -> Result<(BTreeSet<String>, bool), Box<Verdict>> {
    match explore(src) {
        Ok(set) => {
            let ran_clean = set
                .iter()
                .all(|o| !o.contains("threw") && !o.contains("!!"));
            Ok((set, ran_clean))
        }
        Err(why) if why.starts_with("reference panic") => {
            Err(Box::new(Verdict::diverged("reference-panic", why)))
        }
        Err(why) => Err(Box::new(Verdict {
            skipped: Some(why),
            ..Verdict::default()
        })),
    }
}

/// Explores, then runs the engine `runs` times.
pub fn check(src: &str, runs: usize) -> Verdict {
    let (allowed, ran_clean) = match allowed_outcomes(src) {
        Ok(a) => a,
        Err(v) => return *v,
    };
    for i in 0..runs {
        let owned = src.to_owned();
        let stress = if i % 2 == 1 { GC_STRESS_EVERY } else { 0 };
        let (line, problems) =
            match with_timeout(ENGINE_LIMIT, move || engine_outcome(&owned, stress)) {
                Ok(r) => r,
                Err(Failed::Timeout) => {
                    let mut v = Verdict::diverged(
                        "engine-hang",
                        format!(
                            "run {i} did not end in {ENGINE_LIMIT:?}; allowed:\n{}",
                            list(&allowed)
                        ),
                    );
                    v.ran_clean = ran_clean;
                    return v;
                }
                Err(Failed::Panic(m)) => {
                    return Verdict::diverged("engine-failure", format!("run {i} panicked: {m}"));
                }
            };
        if !problems.is_empty() {
            return Verdict::diverged("heap", problems.join("\n"));
        }
        if !allowed.contains(&line) {
            let mut v = Verdict::diverged(
                "outcome-not-allowed",
                format!(
                    "engine run {i}:\n  {line}\nallowed ({}):\n{}",
                    allowed.len(),
                    list(&allowed)
                ),
            );
            v.ran_clean = ran_clean;
            return v;
        }
    }
    Verdict {
        ran_clean,
        ..Verdict::default()
    }
}

fn list(set: &BTreeSet<String>) -> String {
    set.iter().map(|l| format!("  {l}\n")).collect()
}
