//! Benchmark (issue 3, deliverable 7): the whole `conformance/litmus` suite under every
//! model with each checker, and per-test times for the IRIW tests and the tests with
//! four or more threads. Run with `cargo bench -p weft-memory-model --bench litmus_suite`
//! (`-- explicit` or `-- z3` to run one checker). Prints a table; not a timed test.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use weft_memory_model::explicit::{self, Limits};
use weft_memory_model::litmus;
use weft_memory_model::program::{LitmusTest, ModelName};
use weft_memory_model::smt;

type Checker = fn(&LitmusTest, ModelName, Limits) -> Result<explicit::Answer, explicit::CheckError>;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../conformance/litmus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "js"));
    files.sort();
    let tests: Vec<LitmusTest> = files
        .iter()
        .filter_map(|f| {
            std::fs::read_to_string(f)
                .ok()
                .and_then(|s| litmus::parse(&s).ok())
        })
        .collect();
    println!("{} litmus tests from {}", tests.len(), dir.display());
    let checkers: [(&str, Checker); 2] = [("explicit", explicit::answer), ("z3", smt::answer)];
    for (name, checker) in checkers {
        if !args.is_empty() && !args.iter().any(|a| a == name) {
            continue;
        }
        let mut total = Duration::ZERO;
        let mut per_test: Vec<(String, usize, [Duration; 4])> = Vec::new();
        let mut errors = 0;
        for t in &tests {
            let mut times = [Duration::ZERO; 4];
            for (i, m) in ModelName::ALL.into_iter().enumerate() {
                let start = Instant::now();
                if checker(t, m, Limits::default()).is_err() {
                    errors += 1;
                }
                times[i] = start.elapsed();
                total += times[i];
            }
            per_test.push((t.name.clone(), t.threads.len(), times));
        }
        println!(
            "\n== {name} checker: whole suite, all four models: {:.3} s ({errors} errors)",
            total.as_secs_f64()
        );
        println!(
            "{:<32} {:>7} {:>10} {:>10} {:>10} {:>10}",
            "test", "threads", "weft", "ecma", "sc", "x86-tso"
        );
        let mut shown: Vec<&(String, usize, [Duration; 4])> = per_test
            .iter()
            .filter(|(n, threads, _)| n.starts_with("IRIW") || *threads >= 4)
            .collect();
        let mut slowest: Vec<&(String, usize, [Duration; 4])> = per_test.iter().collect();
        slowest.sort_by_key(|(_, _, t)| std::cmp::Reverse(t.iter().sum::<Duration>()));
        for s in slowest.into_iter().take(3) {
            if !shown.iter().any(|x| x.0 == s.0) {
                shown.push(s);
            }
        }
        for (n, threads, t) in shown {
            println!(
                "{n:<32} {threads:>7} {:>9.1}ms {:>9.1}ms {:>9.1}ms {:>9.1}ms",
                ms(t[0]),
                ms(t[1]),
                ms(t[2]),
                ms(t[3])
            );
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
