//! The concurrent oracle: the reference interpreter, used as a library, explores every
//! execution of a threaded program under the memory model `weft` and gives its outcome
//! set; each of several real runs on the engine (OS threads, one fresh runtime each)
//! must produce an outcome line in that set, and the heap verifier must be clean after
//! each run.

use std::collections::BTreeSet;
use std::time::Duration;

use weft_engine::sync::{Arc, lock};
use weft_reference_interp::threads::explore::ExploreOptions;

use crate::oracle::{Failed, Verdict, with_timeout};

/// Executions allowed to `explore` before a program is skipped as too big.
pub const MAX_EXECUTIONS: u64 = 20_000;

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
        Ok(Ok(report)) => Ok(report.outcomes.into_keys().collect()),
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// One engine run: its outcome line (spec/threads.md th.outcome.line) and the heap
/// verifier's problems after a final collection.
pub fn engine_outcome(src: &str) -> (String, Vec<String>) {
    let options = weft_engine::Options {
        capture_output: true,
        record_lines: true,
        ..Default::default()
    };
    let rt = weft_engine::Runtime::new(options);
    let mut vm = weft_engine::Vm::new_main(Arc::clone(&rt));
    let ending = vm.eval_outcome(src, "fuzz.js");
    let mut main = String::from("T0");
    for l in &vm.lines {
        main.push(' ');
        main.push_str(&json_string(l));
    }
    if let Some(end) = ending {
        main.push(' ');
        main.push_str(&end);
    }
    let mut segs = vec![main];
    let mut threads = lock(&rt.threads.threads).clone();
    threads.sort_by_key(|t| t.id);
    for t in threads {
        let (lines, ending) = lock(&t.outcome).clone();
        let mut s = format!("T{}", t.id);
        for l in &lines {
            s.push(' ');
            s.push_str(&json_string(l));
        }
        s.push(' ');
        s.push_str(&ending);
        segs.push(s);
    }
    vm.collect_now();
    let problems = vm.verify_heap();
    (segs.join(" | "), problems)
}

/// Explores, then runs the engine `runs` times.
pub fn check(src: &str, runs: usize) -> Verdict {
    let allowed = match explore(src) {
        Ok(set) => set,
        Err(why) if why.starts_with("reference panic") => {
            return Verdict::diverged("reference-panic", why);
        }
        Err(why) => {
            return Verdict {
                skipped: Some(why),
                ..Verdict::default()
            };
        }
    };
    let ran_clean = allowed
        .iter()
        .all(|o| !o.contains("threw") && !o.contains("!!"));
    for i in 0..runs {
        let owned = src.to_owned();
        let (line, problems) = match with_timeout(ENGINE_LIMIT, move || engine_outcome(&owned)) {
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
