//! The threads corpus: `conformance/tests/threads/**/<name>.js`, each with a
//! `<name>.outcomes` file listing every outcome `weft-ref explore` must report (one
//! outcome line per line; `#` comments and blank lines ignored; order irrelevant; the
//! format is in `spec/threads.md`).
//!
//! Exploration is the reference interpreter's (`weft_reference_interp::explore_source`,
//! the library side of `weft-ref explore`), run in a worker process like every script.

use std::collections::BTreeSet;

/// What an exploration found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeSet {
    /// Every outcome line, sorted, without duplicates.
    pub outcomes: Vec<String>,
    /// Whether every execution was explored.
    pub complete: bool,
}

/// Explores every execution of a threaded program under Weft's model (`weft`, default
/// options), as `weft-ref explore NAME.js` does. A program that does not parse (or uses
/// an unsupported feature) is a failed exploration.
pub fn explore(source: &str, name: &str) -> Result<OutcomeSet, String> {
    let options = weft_reference_interp::threads::explore::ExploreOptions::default();
    match weft_reference_interp::explore_source(source, name, &options) {
        Ok(report) => Ok(OutcomeSet {
            outcomes: report.outcomes.into_keys().collect(),
            complete: report.complete,
        }),
        Err(out) => Err(format!(
            "the program does not run: {}",
            crate::CorpusOutput::from_reference(&out)
                .render()
                .trim_end()
        )),
    }
}

/// Runs a threaded program `runs` times on the production engine (real OS threads, a
/// fresh runtime each time, the heap verifier after each run) and answers with each
/// run's outcome line, as `weft_engine::thread::outcome::run_outcome_checked` renders
/// it. A run whose threads all block ends with the `| deadlock` line instead of hanging.
pub fn observe(source: &str, name: &str, runs: u32, gc_stress: usize) -> crate::worker::JobResult {
    let mut outcomes = Vec::new();
    let mut heap_problems = Vec::new();
    for run in 1..=runs.max(1) {
        let (line, problems) =
            weft_engine::thread::outcome::run_outcome_checked(source, name, gc_stress, true);
        heap_problems.extend(problems.into_iter().map(|p| format!("run {run}: {p}")));
        outcomes.push(line);
    }
    crate::worker::JobResult::Observed {
        outcomes,
        heap_problems,
    }
}

/// How the engine's observed outcome lines compare with a program's `.outcomes` set:
/// `Ok` with the distinct lines seen when every run's line is allowed and every heap was
/// well-formed, `Err` with the reason and a detail text otherwise.
pub fn judge_observed(
    allowed: &BTreeSet<String>,
    outcomes: &[String],
    heap_problems: &[String],
) -> Result<BTreeSet<String>, (String, String)> {
    let seen: BTreeSet<String> = outcomes.iter().cloned().collect();
    if let Some(first) = heap_problems.first() {
        return Err((
            format!(
                "heap verifier: {first} ({} problem(s))",
                heap_problems.len()
            ),
            heap_problems.join("\n"),
        ));
    }
    if outcomes.is_empty() {
        return Err(("no run was observed".into(), String::new()));
    }
    let foreign: Vec<&String> = seen.iter().filter(|o| !allowed.contains(*o)).collect();
    if foreign.is_empty() {
        return Ok(seen);
    }
    let runs = outcomes.iter().filter(|o| !allowed.contains(*o)).count();
    let mut detail = String::from("observed outcomes not in the .outcomes file:\n");
    for o in &foreign {
        detail.push_str(&format!("+ {o}\n"));
    }
    detail.push_str("allowed:\n");
    for o in allowed {
        detail.push_str(&format!("  {o}\n"));
    }
    Err((
        format!(
            "{runs} of {} run(s) ended in an outcome the .outcomes file does not allow: {}",
            outcomes.len(),
            foreign[0]
        ),
        detail,
    ))
}

/// The engine's list of threads-corpus programs it does not pass yet
/// (`engine/tests/threads-known-failures.txt`, `FILE # reason` lines, owned by the
/// engine crate and checked by its `threads_corpus` test).
pub fn engine_known_failures_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("engine")
        .join("tests")
        .join("threads-known-failures.txt")
}

/// Parses the engine's known-failures list: `FILE # reason` lines (`#` comment lines
/// and blank lines ignored; a line without ` # ` has an empty reason).
pub fn parse_engine_known_failures(text: &str) -> std::collections::BTreeMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(" # ") {
            Some((file, reason)) => (file.trim().to_owned(), reason.trim().to_owned()),
            None => (l.to_owned(), String::new()),
        })
        .collect()
}

/// The reference interpreter's list of threads-corpus programs that do not explore to
/// their recorded outcomes yet (`reference-interp/tests/threads-known-failures.txt`,
/// owned by that crate and checked by its own corpus test).
pub fn reference_known_failures_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("reference-interp")
        .join("tests")
        .join("threads-known-failures.txt")
}

/// Parses a known-failures list: `FILE -- reason` lines (`#` comments and blank lines
/// ignored; a line without ` -- ` has an empty reason).
pub fn parse_known_failures(text: &str) -> std::collections::BTreeMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(" -- ") {
            Some((file, reason)) => (file.trim().to_owned(), reason.trim().to_owned()),
            None => (l.to_owned(), String::new()),
        })
        .collect()
}

/// Parses an `.outcomes` file: the set of its outcome lines (trimmed).
pub fn parse_outcomes(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// The sorted text of an outcome set, one line each, for diffs.
pub fn render_outcomes<'a>(outcomes: impl IntoIterator<Item = &'a String>) -> String {
    let set: BTreeSet<&String> = outcomes.into_iter().collect();
    let mut out = String::new();
    for o in set {
        out.push_str(o);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_files() {
        let set = parse_outcomes("# comment\nT0 | T1 => 1\n\n  T0 | T1 => 0  \nT0 | T1 => 1\n");
        assert_eq!(set.len(), 2);
        assert_eq!(render_outcomes(&set), "T0 | T1 => 0\nT0 | T1 => 1\n");
    }

    #[test]
    fn known_failure_lists() {
        let known = parse_known_failures("# c\n\na/b.js -- needs promises\nc.js\n");
        assert_eq!(known.len(), 2);
        assert_eq!(known["a/b.js"], "needs promises");
        assert_eq!(known["c.js"], "");
    }

    #[test]
    fn engine_known_failure_lists() {
        let known = parse_engine_known_failures("# header\n\na/b.js # outcome x\nc.js\n");
        assert_eq!(known.len(), 2);
        assert_eq!(known["a/b.js"], "outcome x");
        assert_eq!(known["c.js"], "");
    }

    #[test]
    fn observed_outcomes_are_judged_against_the_allowed_set() {
        let allowed = parse_outcomes("T0 | T1 => 0\nT0 | T1 => 1\n");
        let runs = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let seen = judge_observed(&allowed, &runs(&["T0 | T1 => 1", "T0 | T1 => 1"]), &[]);
        assert_eq!(seen.unwrap().len(), 1);
        let (reason, detail) = judge_observed(
            &allowed,
            &runs(&["T0 | T1 => 1", "T0 | T1 => 2", "T0 | T1 => 2"]),
            &[],
        )
        .unwrap_err();
        assert!(reason.starts_with("2 of 3 run(s)"), "{reason}");
        assert!(detail.contains("+ T0 | T1 => 2"), "{detail}");
        let (reason, _) =
            judge_observed(&allowed, &runs(&["T0 | T1 => 0"]), &["run 1: bad".into()]).unwrap_err();
        assert!(reason.starts_with("heap verifier: run 1: bad"), "{reason}");
        assert!(judge_observed(&allowed, &[], &[]).is_err());
    }

    #[test]
    fn the_engine_observes_outcome_lines() {
        let src = "let x = 0; const t = new Thread(() => { x = 1; }); print(String(x)); t.join();";
        let crate::worker::JobResult::Observed {
            outcomes,
            heap_problems,
        } = observe(src, "race.js", 3, 0)
        else {
            panic!("no observation");
        };
        assert_eq!(outcomes.len(), 3);
        assert!(heap_problems.is_empty(), "{heap_problems:?}");
        let allowed = explore(src, "race.js").unwrap().outcomes;
        for o in &outcomes {
            assert!(allowed.contains(o), "{o} not in {allowed:?}");
        }
        let crate::worker::JobResult::Observed { outcomes, .. } = observe(
            "const l = new Lock(); l.hold(() => new Thread(() => l.hold(() => 1)).join());",
            "dl.js",
            1,
            0,
        ) else {
            panic!("no observation");
        };
        assert!(outcomes[0].ends_with("| deadlock"), "{outcomes:?}");
    }

    #[test]
    fn explore_finds_every_outcome_of_a_race() {
        let src = "let x = 0; const t = new Thread(() => { x = 1; }); print(String(x)); t.join();";
        let set = explore(src, "race.js").unwrap();
        assert!(set.complete);
        assert_eq!(
            set.outcomes,
            ["T0 \"0\" | T1 => undefined", "T0 \"1\" | T1 => undefined"]
        );
        assert!(matches!(explore("let = ;", "bad.js"), Err(m) if m.contains("SyntaxError")));
    }
}
