//! Weft's own suites: the language corpus (`tests/language`, printed output and
//! completion against `.expected`), the threads corpus (`tests/threads`, outcome sets
//! against `.outcomes`) and the litmus tests (`litmus/`, the memory model's
//! observations against each test's `Expect:` header).

use std::path::{Path, PathBuf};

use crate::implementation::Implementation;
use crate::known_differences::KnownDifferences;
use crate::report::{Status, TestRecord};
use crate::runner::{RunConfig, run_parallel, timed};
use crate::worker::{Job, JobResult, RunError};
use crate::{
    CorpusError, discover, normalize_output, read_expected, read_text, threads, unified_diff,
};

/// The threads corpus directory of this source tree (`conformance/tests/threads`).
pub fn threads_corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("threads")
}

/// The litmus directory of this source tree (`conformance/litmus`).
pub fn litmus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("litmus")
}

/// The spec rules a corpus program names in its `// spec: [a] [b]` comments (the
/// language corpus) or its `// Rule: a, b` comments (the threads corpus).
pub fn spec_rules(source: &str) -> Vec<String> {
    let mut rules = Vec::new();
    for line in source.lines().take(40) {
        if let Some(rest) = line.trim().strip_prefix("// Rule:") {
            for rule in rest.split(',').map(str::trim) {
                if !rule.is_empty() && !rules.iter().any(|r| r == rule) {
                    rules.push(rule.to_owned());
                }
            }
            continue;
        }
        let Some(rest) = line.trim().strip_prefix("// spec:") else {
            continue;
        };
        let mut text = rest;
        while let Some(open) = text.find('[') {
            let Some(close) = text[open..].find(']') else {
                break;
            };
            let rule = &text[open + 1..open + close];
            if !rule.is_empty() && !rules.iter().any(|r| r == rule) {
                rules.push(rule.to_owned());
            }
            text = &text[open + close + 1..];
        }
    }
    rules
}

fn top_directory(suite: &str, name: &str) -> String {
    match name.split_once('/') {
        Some((dir, _)) => format!("{suite}/{dir}"),
        None => suite.to_owned(),
    }
}

#[allow(clippy::too_many_arguments)]
fn record(
    suite: &str,
    implementation: &str,
    name: &str,
    features: &[String],
    status: Status,
    reason: Option<String>,
    detail: Option<String>,
    millis: u64,
) -> TestRecord {
    TestRecord {
        suite: suite.to_owned(),
        implementation: implementation.to_owned(),
        name: name.to_owned(),
        directory: top_directory(suite, name),
        features: features.to_vec(),
        status,
        reason,
        detail,
        millis,
    }
}

/// The record of a job that got no answer.
fn run_error(error: &RunError, config: &RunConfig) -> (Status, String) {
    match error {
        RunError::Timeout => (
            Status::Timeout,
            format!("no answer within {} s", config.timeout.as_secs_f64()),
        ),
        other => (Status::Fail, other.to_string()),
    }
}

/// Runs the language corpus under `root` on each implementation.
pub fn language(
    root: &Path,
    implementations: &[Implementation],
    filter: Option<&str>,
    known: &KnownDifferences,
    config: &RunConfig,
) -> Result<Vec<TestRecord>, CorpusError> {
    let corpus = discover(root)?;
    let cases: Vec<_> = corpus
        .cases
        .into_iter()
        .filter(|c| filter.is_none_or(|f| c.name.contains(f)))
        .collect();
    Ok(run_parallel(&cases, config, "language", |worker, case| {
        let source = read_text(&case.js_path);
        let expected = read_expected(&case.expected_path);
        let features = source.as_deref().map(spec_rules).unwrap_or_default();
        implementations
            .iter()
            .map(|&imp| {
                let rec = |status, reason: Option<String>, detail, millis| {
                    record("language", imp.as_str(), &case.name, &features, status, reason, detail, millis)
                };
                if let Some(reason) = imp.unavailable_reason() {
                    return rec(Status::Skip, Some(reason.to_owned()), None, 0);
                }
                let (source, expected) = match (&source, &expected) {
                    (Ok(s), Ok(e)) => (s, e),
                    (Err(e), _) | (_, Err(e)) => {
                        return rec(Status::Fail, Some(e.to_string()), None, 0);
                    }
                };
                let job = Job::Corpus {
                    implementation: imp,
                    source: source.clone(),
                    name: case.name.clone(),
                };
                let (answer, millis) = timed(|| worker.run_confirmed(&job, config.timeout));
                let actual = match answer {
                    Ok(JobResult::Corpus { rendered }) => normalize_output(&rendered),
                    Ok(JobResult::Skipped { reason }) => return rec(Status::Skip, Some(reason), None, millis),
                    Ok(other) => return rec(Status::Fail, Some(format!("unexpected answer: {other:?}")), None, millis),
                    Err(e) => {
                        let (status, reason) = run_error(&e, config);
                        return rec(status, Some(reason), None, millis);
                    }
                };
                let differs = actual != *expected;
                let listed = (imp == Implementation::Boa)
                    .then(|| known.find(&case.name, "boa_engine"))
                    .flatten();
                match (differs, listed) {
                    (false, None) => rec(Status::Pass, None, None, millis),
                    (true, Some(entry)) => rec(
                        Status::Skip,
                        Some(format!("known difference ({})", entry.spec)),
                        None,
                        millis,
                    ),
                    (false, Some(entry)) => rec(
                        Status::Fail,
                        Some(format!(
                            "stale known difference: boa_engine now matches the expected output (listed under {}); remove the entry",
                            entry.spec
                        )),
                        None,
                        millis,
                    ),
                    (true, None) => {
                        let first = actual.lines().last().unwrap_or("").to_owned();
                        rec(
                            Status::Fail,
                            Some(format!("output differs from {} (ends with {first:?})", case.expected_path.display())),
                            Some(unified_diff(expected, &actual, "expected", "actual")),
                            millis,
                        )
                    }
                }
            })
            .collect()
    }))
}

/// How the threads suite runs the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EngineThreadsOptions {
    /// Independent runs of each program; every run's outcome line must be allowed.
    pub runs: u32,
    /// Collect every this many allocations during those runs (0: no stress).
    pub gc_stress: usize,
}

impl Default for EngineThreadsOptions {
    fn default() -> Self {
        Self {
            runs: 3,
            gc_stress: 0,
        }
    }
}

/// Runs the threads corpus under `root` (if it exists) on each implementation: the
/// reference interpreter explores each program (its outcome set must be exactly the
/// `.outcomes` file, and the search complete); the engine runs it `engine.runs` times on
/// real OS threads (every outcome line it reports must be in the `.outcomes` file, and
/// the heap verifier clean after each run); boa_engine has no threads.
pub fn threads(
    root: &Path,
    implementations: &[Implementation],
    filter: Option<&str>,
    engine: EngineThreadsOptions,
    config: &RunConfig,
) -> Result<Vec<TestRecord>, CorpusError> {
    if !root.is_dir() {
        return Ok(Vec::new());
    }
    let mut cases = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.map_err(CorpusError::Walk)?;
        let path = entry.path();
        if entry.file_type().is_file() && path.extension().is_some_and(|e| e == "js") {
            let name = crate::relative_name(root, path)?;
            if filter.is_none_or(|f| name.contains(f)) {
                cases.push((name, path.to_path_buf()));
            }
        }
    }
    let known_reference = read_text(&threads::reference_known_failures_path())
        .map(|t| threads::parse_known_failures(&t))
        .unwrap_or_default();
    let known_engine = read_text(&threads::engine_known_failures_path())
        .map(|t| threads::parse_engine_known_failures(&t))
        .unwrap_or_default();
    Ok(run_parallel(
        &cases,
        config,
        "threads",
        |worker, (name, path)| {
            let source = read_text(path);
            let expected =
                read_text(&path.with_extension("outcomes")).map(|t| threads::parse_outcomes(&t));
            let features = source.as_deref().map(spec_rules).unwrap_or_default();
            implementations
                .iter()
                .map(|&imp| {
                    let rec = |(status, reason, detail): Verdict, millis| {
                        record(
                            "threads",
                            imp.as_str(),
                            name,
                            &features,
                            status,
                            reason,
                            detail,
                            millis,
                        )
                    };
                    if let Some(reason) = imp.unavailable_reason() {
                        return rec((Status::Skip, Some(reason.to_owned()), None), 0);
                    }
                    if imp == Implementation::Boa {
                        let reason = "boa_engine has no Thread API".to_owned();
                        return rec((Status::Skip, Some(reason), None), 0);
                    }
                    let (source, expected) = match (&source, &expected) {
                        (Ok(s), Ok(e)) => (s, e),
                        (Err(e), _) | (_, Err(e)) => {
                            return rec((Status::Fail, Some(e.to_string()), None), 0);
                        }
                    };
                    let job = match imp {
                        Implementation::Engine => Job::Observe {
                            source: source.clone(),
                            name: name.clone(),
                            runs: engine.runs.max(1),
                            gc_stress: engine.gc_stress,
                        },
                        _ => Job::Explore {
                            source: source.clone(),
                            name: name.clone(),
                        },
                    };
                    let (answer, millis) = timed(|| worker.run_confirmed(&job, config.timeout));
                    let verdict = match answer {
                        Ok(JobResult::Explore { outcomes, complete }) => {
                            let listed = known_reference.get(name.as_str());
                            explored_verdict(expected, outcomes, complete, listed)
                        }
                        Ok(JobResult::Observed {
                            outcomes,
                            heap_problems,
                        }) => {
                            let listed = known_engine.get(name.as_str());
                            observed_verdict(expected, &outcomes, &heap_problems, listed)
                        }
                        Ok(JobResult::Skipped { reason }) => (Status::Skip, Some(reason), None),
                        Ok(JobResult::Error { message }) => (Status::Fail, Some(message), None),
                        Ok(other) => (
                            Status::Fail,
                            Some(format!("unexpected answer: {other:?}")),
                            None,
                        ),
                        Err(e) => {
                            let (status, reason) = run_error(&e, config);
                            (status, Some(reason), None)
                        }
                    };
                    rec(verdict, millis)
                })
                .collect()
        },
    ))
}

/// A record's status, reason and detail.
type Verdict = (Status, Option<String>, Option<String>);

/// The reference interpreter's exploration against the `.outcomes` set, honouring its
/// known-failures list (a listed program that passes fails, so the list stays honest).
fn explored_verdict(
    expected: &std::collections::BTreeSet<String>,
    outcomes: Vec<String>,
    complete: bool,
    listed: Option<&String>,
) -> Verdict {
    let actual: std::collections::BTreeSet<String> = outcomes.into_iter().collect();
    let passes = complete && actual == *expected;
    if let (Some(reason), false) = (listed, passes) {
        (Status::Skip, Some(format!("known failure: {reason}")), None)
    } else if listed.is_some() {
        (
            Status::Fail,
            Some(format!(
                "passes but is listed in {}: remove it there",
                threads::reference_known_failures_path().display()
            )),
            None,
        )
    } else if !complete {
        (
            Status::Fail,
            Some("the exploration was not complete".into()),
            None,
        )
    } else if passes {
        (Status::Pass, None, None)
    } else {
        let e = threads::render_outcomes(expected);
        let a = threads::render_outcomes(&actual);
        (
            Status::Fail,
            Some("outcome set differs from the .outcomes file".into()),
            Some(unified_diff(&e, &a, "expected", "explored")),
        )
    }
}

/// The engine's observed outcome lines against the `.outcomes` set, honouring the
/// engine's known-failures list the same way.
fn observed_verdict(
    expected: &std::collections::BTreeSet<String>,
    outcomes: &[String],
    heap_problems: &[String],
    listed: Option<&String>,
) -> Verdict {
    match (
        threads::judge_observed(expected, outcomes, heap_problems),
        listed,
    ) {
        (Ok(_), None) => (Status::Pass, None, None),
        (Err((reason, detail)), None) => (Status::Fail, Some(reason), Some(detail)),
        (Err(_), Some(reason)) => (Status::Skip, Some(format!("known failure: {reason}")), None),
        (Ok(_), Some(_)) => (
            Status::Fail,
            Some(format!(
                "passes but is listed in {}: remove it there",
                threads::engine_known_failures_path().display()
            )),
            None,
        ),
    }
}

/// Checks every litmus test under `root` against its `Expect:` header.
pub fn litmus(
    root: &Path,
    filter: Option<&str>,
    config: &RunConfig,
) -> Result<Vec<TestRecord>, CorpusError> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root).map_err(|source| CorpusError::Io {
        path: root.to_path_buf(),
        source,
    })? {
        let entry = entry.map_err(|source| CorpusError::Io {
            path: root.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.extension().is_some_and(|e| e == "js") && filter.is_none_or(|f| name.contains(f)) {
            files.push((name, path));
        }
    }
    files.sort();
    Ok(run_parallel(
        &files,
        config,
        "litmus",
        |worker, (name, path)| {
            let rec = |status, reason: Option<String>, detail, millis, models: &[String]| {
                record(
                    "litmus",
                    "memory-model",
                    name,
                    models,
                    status,
                    reason,
                    detail,
                    millis,
                )
            };
            let source = match read_text(path) {
                Ok(s) => s,
                Err(e) => return vec![rec(Status::Fail, Some(e.to_string()), None, 0, &[])],
            };
            let (answer, millis) =
                timed(|| worker.run_confirmed(&Job::Litmus { source }, config.timeout));
            vec![match answer {
                Ok(JobResult::Litmus { verdicts }) if verdicts.is_empty() => rec(
                    Status::Skip,
                    Some("no Expect: header".into()),
                    None,
                    millis,
                    &[],
                ),
                Ok(JobResult::Litmus { verdicts }) => {
                    let models: Vec<String> = verdicts.iter().map(|v| v.model.clone()).collect();
                    let wrong: Vec<String> = verdicts
                        .iter()
                        .filter(|v| !v.complete || v.expected != v.observed)
                        .map(|v| {
                            if v.complete {
                                format!(
                                    "{}: expected {}, observed {}",
                                    v.model, v.expected, v.observed
                                )
                            } else {
                                format!("{}: the search stopped before it was complete", v.model)
                            }
                        })
                        .collect();
                    if wrong.is_empty() {
                        rec(Status::Pass, None, None, millis, &models)
                    } else {
                        rec(
                            Status::Fail,
                            Some(wrong.join("; ")),
                            Some(wrong.join("\n")),
                            millis,
                            &models,
                        )
                    }
                }
                Ok(JobResult::Error { message }) => {
                    rec(Status::Fail, Some(message), None, millis, &[])
                }
                Ok(other) => rec(
                    Status::Fail,
                    Some(format!("unexpected answer: {other:?}")),
                    None,
                    millis,
                    &[],
                ),
                Err(e) => {
                    let (status, reason) = run_error(&e, config);
                    rec(status, Some(reason), None, millis, &[])
                }
            }]
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_rule_comments() {
        let src = "// spec: [language.a.b] [language.c]\n// spec: [language.a.b], [x.y]\nprint(1) // spec: [not.here]\n";
        assert_eq!(spec_rules(src), ["language.a.b", "language.c", "x.y"]);
        assert!(spec_rules("print(1)").is_empty());
        assert_eq!(
            spec_rules("// Rule: th.lock.hold, th.run.deadlock\n// Rule: th.lock.hold\n"),
            ["th.lock.hold", "th.run.deadlock"]
        );
        assert_eq!(
            top_directory("language", "operators/x.js"),
            "language/operators"
        );
        assert_eq!(top_directory("litmus", "SB.js"), "litmus");
    }
}
