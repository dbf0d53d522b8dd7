//! The exploration benchmark: each program of `benches/programs/` and a few litmus tests
//! are explored with partial-order reduction and without it (every interleaving, up to
//! a cap), and the table gives executions, time, executions per second and the
//! reduction. Run with `cargo bench -p weft-reference-interp --bench explore`.

use std::path::PathBuf;
use std::time::Instant;

use weft_reference_interp::explore_source;
use weft_reference_interp::threads::explore::{ExploreOptions, ExploreReport};

const NAIVE_CAP: u64 = 2_000;

fn run(path: &PathBuf, reduce: bool) -> (ExploreReport, f64) {
    let source = std::fs::read_to_string(path).expect("readable program");
    let options = ExploreOptions {
        reduce,
        max_executions: if reduce { 1_000_000 } else { NAIVE_CAP },
        ..ExploreOptions::default()
    };
    let start = Instant::now();
    let report = explore_source(&source, &path.display().to_string(), &options)
        .unwrap_or_else(|e| panic!("{} does not run: {:?}", path.display(), e.completion));
    (report, start.elapsed().as_secs_f64())
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut programs: Vec<PathBuf> = std::fs::read_dir(root.join("benches/programs"))
        .expect("programs")
        .map(|e| e.expect("entry").path())
        .collect();
    programs.sort();
    for litmus in [
        "MP+plain",
        "SB+sc",
        "IRIW+plain",
        "WRC+plain",
        "Counter+locks",
    ] {
        programs.push(root.join(format!("../conformance/litmus/{litmus}.js")));
    }
    println!(
        "{:<28} {:>9} {:>8} {:>9} {:>9} | {:>10} {:>8} {:>10}",
        "program", "outcomes", "execs", "seconds", "execs/s", "naive", "seconds", "reduction"
    );
    for p in &programs {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let (dpor, t1) = run(p, true);
        let (naive, t2) = run(p, false);
        let reduction = naive.executions as f64 / dpor.executions.max(1) as f64;
        println!(
            "{:<28} {:>9} {:>8} {:>9.3} {:>9.0} | {:>9}{} {:>8.3} {:>9.1}x{}",
            name,
            dpor.outcomes.len(),
            dpor.executions,
            t1,
            dpor.executions as f64 / t1.max(1e-9),
            naive.executions,
            if naive.complete { " " } else { "+" },
            t2,
            reduction,
            if naive.complete { "" } else { " (at least)" },
        );
        assert!(dpor.complete, "{name}: the reduced search must complete");
        if naive.complete {
            assert_eq!(
                dpor.outcomes.keys().collect::<Vec<_>>(),
                naive.outcomes.keys().collect::<Vec<_>>(),
                "{name}: reduction changed the outcomes"
            );
        }
    }
}
