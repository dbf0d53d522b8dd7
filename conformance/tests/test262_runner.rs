//! The `weft-conformance` binary end to end, on small fixtures: a hand-written
//! stand-in for a test262 checkout (`fixtures/test262-mini`, with its baselines in
//! `fixtures/test262-mini-baseline`), the litmus suite, a slice of the language corpus,
//! and a threads-corpus stand-in (`fixtures/threads-mini`). The heavy corpus work stays
//! in `language_corpus.rs`; everything here runs in seconds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use weft_conformance::implementation::Implementation;
use weft_conformance::report::Status;
use weft_conformance::runner::RunConfig;
use weft_conformance::suites;
use weft_conformance::worker::WorkerCommand;

const BIN: &str = env!("CARGO_BIN_EXE_weft-conformance");

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

fn mini() -> PathBuf {
    fixtures().join("test262-mini")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("weft-conformance-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .arg("--no-progress")
        .output()
        .expect("weft-conformance runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// (test, implementation) → (status, reason) from a JSON report.
fn statuses(json: &Path) -> BTreeMap<(String, String), (String, String)> {
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
    report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                (
                    t["name"].as_str().unwrap().to_owned(),
                    t["implementation"].as_str().unwrap().to_owned(),
                ),
                (
                    t["status"].as_str().unwrap().to_owned(),
                    t["reason"].as_str().unwrap_or("").to_owned(),
                ),
            )
        })
        .collect()
}

#[test]
fn mini_checkout_matches_its_baseline() {
    let dir = scratch("mini");
    let json = dir.join("r.json");
    let md = dir.join("r.md");
    let out = run(&[
        "--impl",
        "all",
        "--test262",
        mini().to_str().unwrap(),
        "--baseline-dir",
        fixtures().join("test262-mini-baseline").to_str().unwrap(),
        "--json",
        json.to_str().unwrap(),
        "--markdown",
        md.to_str().unwrap(),
    ]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(
        stdout.contains("reference: 3 expected failures (baseline), 0 regressions, 0 fixed"),
        "{stdout}"
    );
    let s = statuses(&json);
    let check = |test: &str, imp: &str, status: &str, reason: &str| {
        let (got, why) = s
            .get(&(test.to_owned(), imp.to_owned()))
            .unwrap_or_else(|| panic!("{test} [{imp}] missing"));
        assert_eq!(got, status, "{test} [{imp}]: {why}");
        assert!(
            why.contains(reason),
            "{test} [{imp}]: reason {why:?} lacks {reason:?}"
        );
    };
    for imp in ["reference", "boa", "engine"] {
        for test in [
            "language/flags/default-both-modes.js",
            "language/flags/only-strict.js",
            "language/flags/no-strict.js",
            "language/flags/raw.js",
            "language/flags/includes.js",
            "language/flags/host-global.js",
            "language/flags/async.js",
            "language/negative/parse.js",
            "language/negative/runtime.js",
            "built-ins/Array/of.js",
        ] {
            check(test, imp, "pass", "");
        }
        // A thrown Test262Error has no `name`: every implementation reports it as
        // String(value), so the negative test passes and the assertion's message shows.
        check("language/negative/test262-error.js", imp, "pass", "");
        check(
            "language/failing/assertion.js",
            imp,
            "fail",
            "[non-strict] uncaught Test262Error: arithmetic expected 3 but got 2",
        );
        check(
            "language/failing/strict-only-failure.js",
            imp,
            "fail",
            "[strict] uncaught ReferenceError",
        );
        check(
            "language/failing/wrong-error-type.js",
            imp,
            "fail",
            "expected ReferenceError (at run time), got TypeError",
        );
        check(
            "language/skips/feature.js",
            imp,
            "skip",
            "feature generators",
        );
        check("language/skips/syntax.js", imp, "skip", "generators");
        check("language/skips/builtin.js", imp, "skip", "Reflect");
        check("language/skips/module.js", imp, "skip", "modules");
        check("intl402/skipped-directory.js", imp, "skip", "Intl (never)");
        check("staging/forever.js", imp, "skip", "staging");
    }
    check(
        "language/flags/eval-script.js",
        "reference",
        "skip",
        "$262.evalScript is not provided for reference",
    );
    check("language/flags/eval-script.js", "boa", "pass", "");
    check(
        "language/flags/eval-script.js",
        "engine",
        "skip",
        "$262.evalScript is not provided for engine",
    );
    assert!(
        stdout.contains("engine: 3 expected failures (baseline), 0 regressions, 0 fixed"),
        "{stdout}"
    );
    let md = std::fs::read_to_string(&md).unwrap();
    assert!(
        md.contains("## By directory") && md.contains("## By feature"),
        "{md}"
    );
    assert!(
        md.contains("| test262 | language/flags | reference | 7 | 0 | 1 | 0 | 100.0% |"),
        "{md}"
    );
    assert!(md.contains("`language/failing/assertion.js`"), "{md}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn regressions_and_stale_entries_fail_the_run() {
    for imp in ["reference", "engine", "boa"] {
        let dir = scratch(&format!("regress-{imp}"));
        let run_against_baseline = || {
            run(&[
                "--impl",
                imp,
                "--test262",
                mini().to_str().unwrap(),
                "--baseline-dir",
                dir.to_str().unwrap(),
            ])
        };
        let base = std::fs::read_to_string(
            fixtures().join(format!("test262-mini-baseline/baseline-{imp}.toml")),
        )
        .unwrap();
        // The failing assertion test is no longer listed (a regression); a passing test
        // is (a stale entry). Either alone fails the run.
        let edited = base.replace(
            "\"language/failing/assertion.js\"",
            "\"built-ins/Array/of.js\"",
        );
        std::fs::write(dir.join(format!("baseline-{imp}.toml")), edited).unwrap();
        let out = run_against_baseline();
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{imp}: {stdout}");
        assert!(
            stdout.contains(&format!("REGRESSION language/failing/assertion.js [{imp}]")),
            "{stdout}"
        );
        assert!(
            stdout.contains(&format!("FIXED built-ins/Array/of.js [{imp}]")),
            "{stdout}"
        );
        // Only the stale entry: still a failed run.
        let stale_only =
            format!("{base}\n[[failure]]\ntest = \"built-ins/Array/of.js\"\nreason = \"stale\"\n");
        std::fs::write(dir.join(format!("baseline-{imp}.toml")), stale_only).unwrap();
        let out = run_against_baseline();
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{imp}: {stdout}");
        assert!(!stdout.contains("REGRESSION"), "{stdout}");
        assert!(
            stdout.contains(&format!("FIXED built-ins/Array/of.js [{imp}]")),
            "{stdout}"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn unclaimed_tests_are_skipped_never_passed_and_run_only_when_asked() {
    // language/skips/* throw as soon as they run: a skip that ran would fail.
    let dir = scratch("skips");
    let json = dir.join("r.json");
    let args = |unclaimed: bool| {
        let mut a = vec![
            "--impl".to_owned(),
            "all".into(),
            "--test262".into(),
            mini().to_str().unwrap().into(),
            "--filter".into(),
            "language/skips/".into(),
            "--baseline-dir".into(),
            dir.to_str().unwrap().into(),
            "--json".into(),
            json.to_str().unwrap().into(),
            "--no-progress".into(),
        ];
        if unclaimed {
            a.push("--include-unclaimed".into());
        }
        a
    };
    let out = Command::new(BIN).args(args(false)).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stdout));
    let s = statuses(&json);
    assert!(!s.is_empty());
    for ((test, imp), (status, reason)) in &s {
        assert_eq!(status, "skip", "{test} [{imp}]: {reason}");
        assert!(
            !reason.is_empty(),
            "{test} [{imp}]: a skip names its reason"
        );
    }
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let totals = report["totals"].as_array().unwrap();
    assert_eq!(totals.len(), 3, "{totals:?}");
    for t in totals {
        assert_eq!(
            (t["pass"].as_u64(), t["fail"].as_u64(), t["skip"].as_u64()),
            (Some(0), Some(0), Some(4)),
            "{t}"
        );
        assert!(t["pass_rate"].is_null(), "skips never count as passes: {t}");
    }
    // Asked to run them anyway, the feature test runs (and fails: it throws).
    let out = Command::new(BIN).args(args(true)).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let s = statuses(&json);
    let (status, reason) = &s[&(
        "language/skips/feature.js".to_owned(),
        "reference".to_owned(),
    )];
    assert_eq!(status, "fail", "{reason}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn update_baseline_writes_every_failure() {
    let dir = scratch("update");
    let args = |update: bool| {
        let mut a = vec![
            "--impl",
            "reference,boa",
            "--test262",
            mini().to_str().unwrap(),
            "--baseline-dir",
            dir.to_str().unwrap(),
        ]
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
        if update {
            a.push("--update-baseline".into());
        }
        a
    };
    let first = Command::new(BIN).args(args(false)).output().unwrap();
    assert_eq!(
        first.status.code(),
        Some(1),
        "an empty baseline: every failure regresses"
    );
    let update = Command::new(BIN).args(args(true)).output().unwrap();
    assert!(update.status.success(), "{}", text(&update.stdout));
    for imp in ["reference", "boa"] {
        let written = std::fs::read_to_string(dir.join(format!("baseline-{imp}.toml"))).unwrap();
        assert_eq!(written.matches("[[failure]]").count(), 3, "{written}");
        assert!(
            written.contains(&format!("implementation = \"{imp}\"")),
            "{written}"
        );
        assert!(
            written.contains("language/failing/strict-only-failure.js"),
            "{written}"
        );
    }
    let again = Command::new(BIN).args(args(false)).output().unwrap();
    assert!(again.status.success(), "{}", text(&again.stdout));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_test_that_never_ends_times_out_without_hanging_the_runner() {
    let dir = scratch("timeout");
    let json = dir.join("r.json");
    let start = Instant::now();
    let out = run(&[
        "--impl",
        "reference,boa",
        "--test262",
        mini().to_str().unwrap(),
        "--include-unclaimed",
        "--filter",
        "staging/",
        "--timeout",
        "1",
        "--fuel",
        "1000000000000000",
        "--baseline-dir",
        dir.to_str().unwrap(),
        "--json",
        json.to_str().unwrap(),
    ]);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "took {:?}",
        start.elapsed()
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let s = statuses(&json);
    let (status, reason) = &s[&("staging/forever.js".to_owned(), "reference".to_owned())];
    assert_eq!(
        (status.as_str(), reason.as_str()),
        ("timeout", "[non-strict] no answer within 1 s")
    );
    // boa's loop limit may end it first (a timeout by fuel), or the clock.
    let (status, reason) = &s[&("staging/forever.js".to_owned(), "boa".to_owned())];
    assert_eq!(status, "timeout", "{reason}");
    assert!(
        reason == "[non-strict] fuel exhausted" || reason == "[non-strict] no answer within 1 s",
        "{reason}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn asynchronous_tests_run_their_jobs_on_every_implementation() {
    let dir = scratch("async");
    let json = dir.join("r.json");
    run(&[
        "--impl",
        "all",
        "--test262",
        mini().to_str().unwrap(),
        "--filter",
        "flags/async",
        "--baseline-dir",
        dir.to_str().unwrap(),
        "--json",
        json.to_str().unwrap(),
    ]);
    let s = statuses(&json);
    let boa = &s[&("language/flags/async.js".to_owned(), "boa".to_owned())];
    assert_eq!(boa.0, "pass", "{boa:?}");
    let reference = &s[&("language/flags/async.js".to_owned(), "reference".to_owned())];
    assert_eq!(
        reference.0, "pass",
        "the reference interpreter runs promise jobs: {reference:?}"
    );
    let engine = &s[&("language/flags/async.js".to_owned(), "engine".to_owned())];
    assert_eq!(engine.0, "pass", "the engine runs promise jobs: {engine:?}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_engine_runs_alone_and_bad_paths_are_usage_errors() {
    let dir = scratch("engine");
    let json = dir.join("r.json");
    let out = run(&[
        "--impl",
        "engine",
        "--suite",
        "language",
        "--filter",
        "operators/typeof",
        "--json",
        json.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let s = statuses(&json);
    assert!(
        !s.is_empty()
            && s.iter()
                .all(|((_, imp), (st, _))| imp == "engine" && st == "pass"),
        "{s:?}"
    );
    std::fs::remove_dir_all(dir).unwrap();
    let out = run(&["--test262", "/nonexistent/test262"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a test262 checkout"));
}

#[test]
fn own_suites_run_and_report() {
    let dir = scratch("corpus");
    let json = dir.join("r.json");
    let out = run(&[
        "--impl",
        "reference,boa",
        "--suite",
        "language,litmus",
        "--filter",
        "SB+",
        "--json",
        json.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let s = statuses(&json);
    let (status, _) = &s[&("SB+plain.js".to_owned(), "memory-model".to_owned())];
    assert_eq!(status, "pass");
    let out = run(&[
        "--impl",
        "reference,boa",
        "--suite",
        "language",
        "--filter",
        "operators/typeof",
        "--json",
        json.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let s = statuses(&json);
    assert!(
        s.len() >= 2 && s.values().all(|(st, _)| st == "pass"),
        "{s:?}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn threaded_tests_are_explored_on_the_reference_and_observed_on_the_engine() {
    let config = RunConfig {
        jobs: 1,
        timeout: Duration::from_secs(30),
        worker: WorkerCommand::new(PathBuf::from(BIN)),
        progress: false,
    };
    let records = suites::threads(
        &fixtures().join("threads-mini"),
        &Implementation::ALL,
        None,
        suites::EngineThreadsOptions {
            runs: 2,
            gc_stress: 1,
        },
        &config,
    )
    .unwrap();
    let by_impl: BTreeMap<(&str, &str), (Status, &str)> = records
        .iter()
        .map(|r| {
            (
                (r.name.as_str(), r.implementation.as_str()),
                (r.status, r.reason.as_deref().unwrap_or("")),
            )
        })
        .collect();
    assert_eq!(records.len(), 6, "{by_impl:?}");
    assert_eq!(by_impl[&("join.js", "reference")], (Status::Pass, ""));
    assert_eq!(by_impl[&("join.js", "boa")].0, Status::Skip);
    assert_eq!(by_impl[&("join.js", "engine")], (Status::Pass, ""));
    let (status, reason) = by_impl[&("wrong-outcomes.js", "reference")];
    assert_eq!(status, Status::Fail);
    assert!(
        reason.contains("differs from the .outcomes file"),
        "{reason}"
    );
    let (status, reason) = by_impl[&("wrong-outcomes.js", "engine")];
    assert_eq!(status, Status::Fail);
    assert!(
        reason.starts_with("2 of 2 run(s) ended in an outcome") && reason.contains("T0 \"3\""),
        "{reason}"
    );
}
