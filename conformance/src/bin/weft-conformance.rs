//! `weft-conformance`: runs Weft's conformance suites — the language corpus, the
//! threads corpus and the litmus tests, or a checkout of tc39/test262 — against the
//! engine, the reference interpreter and boa_engine, in parallel worker processes.
//!
//! Exit status: 0 when everything passed (for test262: when the failures are exactly
//! the baseline's), 1 when something failed, timed out or regressed, 2 on bad usage
//! (an unavailable implementation asked for alone, a path that is not a checkout).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use weft_conformance::implementation::Implementation;
use weft_conformance::known_differences::KnownDifferences;
use weft_conformance::report::{self, Status, TestRecord};
use weft_conformance::runner::RunConfig;
use weft_conformance::test262::baseline::{Baseline, Ran};
use weft_conformance::test262::run::{DEFAULT_FUEL, Test262Options};
use weft_conformance::test262::{Checkout, PlanOptions};
use weft_conformance::worker::{self, WORKER_ARG, WorkerCommand};
use weft_conformance::{exec, known_differences_path, language_corpus_dir, suites};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ImplArg {
    /// The production engine.
    Engine,
    /// The reference interpreter.
    Reference,
    /// boa_engine.
    Boa,
    /// All three (unavailable ones are reported as skipped).
    All,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SuiteArg {
    /// conformance/tests/language: printed output and completion vs `.expected`.
    Language,
    /// conformance/tests/threads: outcome sets vs `.outcomes`.
    Threads,
    /// conformance/litmus: memory-model observations vs `Expect:` headers.
    Litmus,
}

/// Runs Weft's conformance suites (or a test262 checkout) against the engine, the
/// reference interpreter and boa_engine.
#[derive(Debug, Parser)]
#[command(name = "weft-conformance", version)]
struct Cli {
    /// Implementations to run (repeatable or comma-separated).
    #[arg(
        long = "impl",
        value_enum,
        value_delimiter = ',',
        default_value = "all"
    )]
    implementations: Vec<ImplArg>,

    /// Which of Weft's own suites to run (ignored with --test262).
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [SuiteArg::Language, SuiteArg::Threads, SuiteArg::Litmus])]
    suite: Vec<SuiteArg>,

    /// Run a tc39/test262 checkout (the directory holding `test/` and `harness/`)
    /// instead of Weft's own suites.
    #[arg(long, value_name = "PATH")]
    test262: Option<PathBuf>,

    /// With --test262: rewrite the baseline files from this run's failures.
    #[arg(long, requires = "test262")]
    update_baseline: bool,

    /// With --test262: the directory of `baseline-<impl>.toml`.
    #[arg(long, value_name = "DIR", default_value_os_t = default_baseline_dir())]
    baseline_dir: PathBuf,

    /// With --test262: also run tests outside the subset spec/language.md claims
    /// (modules and missing host hooks are still skipped).
    #[arg(long, requires = "test262")]
    include_unclaimed: bool,

    /// Only tests whose path (relative to their suite) contains SUBSTRING.
    #[arg(long, value_name = "SUBSTRING")]
    filter: Option<String>,

    /// Worker processes to run tests in.
    #[arg(long, short, value_name = "N", default_value_t = default_jobs())]
    jobs: usize,

    /// Wall-clock limit per script run, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 15.0)]
    timeout: f64,

    /// Address-space cap of each worker process, in MiB (0: none). A test that needs
    /// more fails (its worker dies) instead of taking the machine's memory.
    #[arg(long, value_name = "MIB", default_value_t = 8192)]
    memory_limit: u64,

    /// Threads suite: independent runs of each program on the engine; every run's
    /// outcome line must be one the `.outcomes` file allows.
    #[arg(long, value_name = "N", default_value_t = 3)]
    engine_runs: u32,

    /// Threads suite: the engine collects every N allocations during those runs
    /// (0: no GC stress).
    #[arg(long, value_name = "N", default_value_t = 0)]
    engine_gc_stress: usize,

    /// Reference-interpreter fuel (evaluation steps) per test262 scenario.
    #[arg(long, value_name = "STEPS", default_value_t = DEFAULT_FUEL)]
    fuel: u64,

    /// Write the JSON report (summaries and every test) to FILE.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,

    /// Write the Markdown report (summaries and every failure) to FILE.
    #[arg(long, value_name = "FILE")]
    markdown: Option<PathBuf>,

    /// No progress bar.
    #[arg(long)]
    no_progress: bool,
}

fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(2, usize::from)
}

fn default_baseline_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("test262")
}

fn main() -> ExitCode {
    if std::env::args().nth(1).as_deref() == Some(WORKER_ARG) {
        std::panic::set_hook(Box::new(|_| {}));
        return match worker::serve(exec::execute) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(3),
        };
    }
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("weft-conformance: {message}");
            ExitCode::from(2)
        }
    }
}

fn implementations(cli: &Cli) -> Result<Vec<Implementation>, String> {
    let mut out = Vec::new();
    for arg in &cli.implementations {
        let add: &[Implementation] = match arg {
            ImplArg::Engine => &[Implementation::Engine],
            ImplArg::Reference => &[Implementation::Reference],
            ImplArg::Boa => &[Implementation::Boa],
            ImplArg::All => &Implementation::ALL,
        };
        for i in add {
            if !out.contains(i) {
                out.push(*i);
            }
        }
    }
    out.sort();
    if !out.iter().any(|i| i.is_available()) {
        let reasons: Vec<String> = out
            .iter()
            .filter_map(|i| i.unavailable_reason().map(|r| format!("{i}: {r}")))
            .collect();
        return Err(format!("nothing to run: {}", reasons.join("; ")));
    }
    Ok(out)
}

fn run(cli: &Cli) -> Result<ExitCode, String> {
    let implementations = implementations(cli)?;
    if !(cli.timeout > 0.0 && cli.timeout.is_finite()) {
        return Err("--timeout must be a positive number of seconds".into());
    }
    let mut worker =
        WorkerCommand::current_exe().map_err(|e| format!("cannot find my own executable: {e}"))?;
    worker.memory_limit_mib = (cli.memory_limit > 0).then_some(cli.memory_limit);
    let config = RunConfig {
        jobs: cli.jobs.max(1),
        timeout: Duration::from_secs_f64(cli.timeout),
        worker,
        progress: !cli.no_progress,
    };
    for i in &implementations {
        if let Some(reason) = i.unavailable_reason() {
            eprintln!("note: {i} is skipped: {reason}");
        }
    }
    let start = Instant::now();
    match &cli.test262 {
        Some(path) => run_test262(cli, path, &implementations, &config, start),
        None => run_corpus(cli, &implementations, &config, start),
    }
}

fn run_corpus(
    cli: &Cli,
    implementations: &[Implementation],
    config: &RunConfig,
    start: Instant,
) -> Result<ExitCode, String> {
    let filter = cli.filter.as_deref();
    let mut records = Vec::new();
    for suite in &cli.suite {
        let more = match suite {
            SuiteArg::Language => {
                let known =
                    KnownDifferences::load(&known_differences_path()).map_err(|e| e.to_string())?;
                suites::language(
                    &language_corpus_dir(),
                    implementations,
                    filter,
                    &known,
                    config,
                )
            }
            SuiteArg::Threads => suites::threads(
                &suites::threads_corpus_dir(),
                implementations,
                filter,
                suites::EngineThreadsOptions {
                    runs: cli.engine_runs.max(1),
                    gc_stress: cli.engine_gc_stress,
                },
                config,
            ),
            SuiteArg::Litmus => suites::litmus(&suites::litmus_dir(), filter, config),
        }
        .map_err(|e| e.to_string())?;
        records.extend(more);
    }
    let elapsed = start.elapsed();
    let failures: Vec<&TestRecord> = records.iter().filter(|r| r.status.is_failure()).collect();
    for r in &failures {
        println!(
            "{} {} [{}]: {}",
            r.status.as_str().to_uppercase(),
            r.name,
            r.implementation,
            r.reason.as_deref().unwrap_or("")
        );
        if let Some(d) = &r.detail {
            println!("{}", d.trim_end());
        }
    }
    print_summary(&records, elapsed);
    let notes = vec![format!(
        "elapsed: {:.1} s, {} workers",
        elapsed.as_secs_f64(),
        config.jobs
    )];
    write_reports(
        cli,
        &records,
        "Weft conformance run",
        &notes,
        serde_json::json!({
            "suites": cli.suite.iter().map(|s| format!("{s:?}").to_lowercase()).collect::<Vec<_>>(),
            "elapsed_secs": elapsed.as_secs_f64(),
        }),
    )?;
    if failures.is_empty() {
        println!("every test that ran passed");
        Ok(ExitCode::SUCCESS)
    } else {
        println!("{} failure(s)", failures.len());
        Ok(ExitCode::from(1))
    }
}

fn run_test262(
    cli: &Cli,
    path: &Path,
    implementations: &[Implementation],
    config: &RunConfig,
    start: Instant,
) -> Result<ExitCode, String> {
    let checkout = Checkout::open(path).map_err(|e| e.to_string())?;
    let commit = checkout.commit();
    let tests = checkout
        .discover(cli.filter.as_deref())
        .map_err(|e| e.to_string())?;
    eprintln!(
        "test262 at {} ({}): {} test files",
        path.display(),
        commit.as_deref().unwrap_or("unknown commit"),
        tests.len()
    );
    let options = Test262Options {
        implementations: implementations.to_vec(),
        plan: PlanOptions {
            include_unclaimed: cli.include_unclaimed,
        },
        fuel: Some(cli.fuel),
    };
    let records = weft_conformance::test262::run::run(&checkout, &tests, &options, config);
    let elapsed = start.elapsed();
    print_summary(&records, elapsed);

    let mut ok = true;
    let mut notes = vec![
        format!("test262 commit: {}", commit.as_deref().unwrap_or("unknown")),
        format!(
            "elapsed: {:.1} s, {} workers, timeout {} s",
            elapsed.as_secs_f64(),
            config.jobs,
            cli.timeout
        ),
    ];
    for imp in implementations.iter().filter(|i| i.is_available()) {
        let ran: Vec<Ran> = records
            .iter()
            .filter(|r| r.implementation == imp.as_str() && r.status != Status::Skip)
            .map(|r| Ran {
                test: r.name.clone(),
                failure: r.status.is_failure().then(|| {
                    let reason = r.reason.clone().unwrap_or_default();
                    if r.status == Status::Timeout {
                        format!("timeout: {reason}")
                    } else {
                        reason
                    }
                }),
            })
            .collect();
        let file = cli.baseline_dir.join(format!("baseline-{imp}.toml"));
        let baseline = Baseline::load(&file).map_err(|e| e.to_string())?;
        let cmp = baseline.compare(&ran);
        if cli.update_baseline {
            let updated = baseline.updated(&ran, imp.as_str(), commit.as_deref());
            std::fs::create_dir_all(&cli.baseline_dir)
                .map_err(|e| format!("{}: {e}", cli.baseline_dir.display()))?;
            std::fs::write(&file, updated.render())
                .map_err(|e| format!("{}: {e}", file.display()))?;
            println!(
                "{imp}: wrote {} ({} expected failures)",
                file.display(),
                updated.failures.len()
            );
            continue;
        }
        for (test, reason) in &cmp.regressions {
            println!("REGRESSION {test} [{imp}]: {reason}");
        }
        for test in &cmp.fixed {
            println!(
                "FIXED {test} [{imp}]: passes but is listed in {}; run with --update-baseline",
                file.display()
            );
        }
        let line = format!(
            "{imp}: {} expected failures (baseline), {} regressions, {} fixed",
            cmp.expected_failures,
            cmp.regressions.len(),
            cmp.fixed.len()
        );
        println!("{line}");
        notes.push(line);
        for (cause, count) in baseline.failures_by_cause(&ran) {
            let line = format!("  {count:>5}  {cause}");
            println!("{line}");
            notes.push(format!("{imp} failures by cause: {count} × {cause}"));
        }
        ok &= cmp.ok();
    }
    write_reports(
        cli,
        &records,
        "test262 run",
        &notes,
        serde_json::json!({
            "test262_path": path.display().to_string(),
            "test262_commit": commit,
            "elapsed_secs": elapsed.as_secs_f64(),
            "timeout_secs": cli.timeout,
            "jobs": config.jobs,
            "filter": cli.filter,
        }),
    )?;
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn print_summary(records: &[TestRecord], elapsed: Duration) {
    println!();
    print!(
        "{}",
        report::text_table("directory", &report::by_directory(records), true)
    );
    println!();
    print!(
        "{}",
        report::text_table("feature", &report::by_feature(records), true)
    );
    println!();
    for ((suite, imp), c) in report::totals(records) {
        println!(
            "{suite} [{imp}]: {} pass, {} fail, {} skip, {} timeout{}",
            c.pass,
            c.fail,
            c.skip,
            c.timeout,
            if c.ran() > 0 {
                format!(" ({} of those that ran)", c.rate_text())
            } else {
                String::new()
            }
        );
    }
    let skips = report::skip_reasons(records);
    let mut shown: std::collections::BTreeMap<(&str, &str), usize> = Default::default();
    for (suite, imp, reason, n) in &skips {
        let count = shown.entry((suite, imp)).or_default();
        *count += 1;
        if *count == 1 {
            println!("most frequent reasons to skip ({suite} [{imp}]):");
        }
        if *count <= 8 {
            println!("  {n:>6}  {reason}");
        }
    }
    println!("time: {:.1} s", elapsed.as_secs_f64());
}

fn write_reports(
    cli: &Cli,
    records: &[TestRecord],
    title: &str,
    notes: &[String],
    meta: serde_json::Value,
) -> Result<(), String> {
    if let Some(file) = &cli.json {
        let text = serde_json::to_string_pretty(&report::json(records, meta))
            .map_err(|e| e.to_string())?;
        std::fs::write(file, text + "\n").map_err(|e| format!("{}: {e}", file.display()))?;
    }
    if let Some(file) = &cli.markdown {
        std::fs::write(file, report::markdown(records, title, notes))
            .map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}
