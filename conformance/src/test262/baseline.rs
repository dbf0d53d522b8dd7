//! The baseline: the test262 tests an implementation is known to fail, each with a
//! one-line reason (`conformance/test262/baseline-<implementation>.toml`).
//!
//! ```toml
//! implementation = "reference"
//! test262_commit = "be13516fb6441b950ba8a3df97eb34062c186972"
//!
//! [[failure]]
//! test = "built-ins/Array/length/define-own-prop-length-overflow-order.js"
//! reason = "uncaught Test262Error: …"
//! ```
//!
//! A run fails when a test that is *not* in the baseline fails or times out (a
//! regression), and when a test in the baseline passes (the entry is stale: the list
//! must stay honest). `--update-baseline` rewrites the entries of the tests that ran
//! and keeps the others (a `--filter` run touches only what it ran); a test that still
//! fails keeps its (possibly hand-written) reason.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::CorpusError;

/// The whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// The implementation the list is for.
    #[serde(default)]
    pub implementation: String,
    /// The test262 commit the list was last written against.
    #[serde(default)]
    pub test262_commit: String,
    /// The expected failures, sorted by test.
    #[serde(default, rename = "failure")]
    pub failures: Vec<Entry>,
}

/// One expected failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The test, relative to the checkout's `test/` directory.
    pub test: String,
    /// Why it fails, on one line.
    pub reason: String,
}

/// The result of one test that ran (skips are not given to the baseline).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ran {
    /// The test, relative to `test/`.
    pub test: String,
    /// `None` when it passed; otherwise the one-line failure (or timeout) reason.
    pub failure: Option<String>,
}

/// How a run compares with the baseline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    /// Failing tests not in the baseline, with their reasons.
    pub regressions: Vec<(String, String)>,
    /// Tests in the baseline that passed.
    pub fixed: Vec<String>,
    /// Tests in the baseline that failed, as expected.
    pub expected_failures: usize,
}

impl Comparison {
    /// Whether the run is acceptable.
    pub fn ok(&self) -> bool {
        self.regressions.is_empty() && self.fixed.is_empty()
    }
}

impl Baseline {
    /// Parses and validates a baseline file's text (`path` is for messages).
    pub fn parse(text: &str, path: &Path) -> Result<Self, CorpusError> {
        let baseline: Self = toml::from_str(text).map_err(|e| CorpusError::Toml {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let mut seen = std::collections::BTreeSet::new();
        for e in &baseline.failures {
            let problem = if e.test.is_empty() || !e.test.ends_with(".js") {
                Some(format!("{:?} is not a test path", e.test))
            } else if e.reason.trim().is_empty() || e.reason.contains('\n') {
                Some(format!("{}: the reason must be one non-empty line", e.test))
            } else if !seen.insert(e.test.as_str()) {
                Some(format!("{}: listed twice", e.test))
            } else {
                None
            };
            if let Some(message) = problem {
                return Err(CorpusError::Invalid {
                    path: path.to_path_buf(),
                    message,
                });
            }
        }
        Ok(baseline)
    }

    /// Reads a baseline file; a missing file is an empty baseline.
    pub fn load(path: &Path) -> Result<Self, CorpusError> {
        if !path.exists() {
            return Ok(Self::default());
        }
        Self::parse(&crate::read_text(path)?, path)
    }

    /// The file's text: a header comment, then the entries sorted by test.
    pub fn render(&self) -> String {
        let mut sorted = self.clone();
        sorted.failures.sort_by(|a, b| a.test.cmp(&b.test));
        let body = toml::to_string(&sorted).unwrap_or_default();
        format!(
            "# test262 tests that {} is known to fail, each with a one-line reason.\n\
             # Written by `weft-conformance --test262 PATH --update-baseline`; a failing test\n\
             # not listed here, or a listed test that passes, fails the run.\n\n{body}",
            if self.implementation.is_empty() {
                "this implementation"
            } else {
                &self.implementation
            }
        )
    }

    /// Compares the tests that ran with the baseline.
    pub fn compare(&self, ran: &[Ran]) -> Comparison {
        let listed: BTreeMap<&str, &str> = self
            .failures
            .iter()
            .map(|e| (e.test.as_str(), e.reason.as_str()))
            .collect();
        let mut out = Comparison::default();
        for r in ran {
            match (&r.failure, listed.contains_key(r.test.as_str())) {
                (Some(reason), false) => out.regressions.push((r.test.clone(), reason.clone())),
                (Some(_), true) => out.expected_failures += 1,
                (None, true) => out.fixed.push(r.test.clone()),
                (None, false) => {}
            }
        }
        out
    }

    /// The failures of this run grouped by cause, most frequent first: the part of the
    /// baseline reason before ` — ` (the whole reason when there is none), or
    /// `not in the baseline` for regressions.
    pub fn failures_by_cause(&self, ran: &[Ran]) -> Vec<(String, usize)> {
        let listed: BTreeMap<&str, &str> = self
            .failures
            .iter()
            .map(|e| (e.test.as_str(), e.reason.as_str()))
            .collect();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for r in ran.iter().filter(|r| r.failure.is_some()) {
            let cause = listed
                .get(r.test.as_str())
                .map_or("not in the baseline", |reason| {
                    reason.split(" — ").next().unwrap_or(reason)
                });
            *counts.entry(cause.to_owned()).or_default() += 1;
        }
        let mut out: Vec<_> = counts.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }

    /// The baseline after this run: entries of tests that ran are replaced by this
    /// run's failures (keeping the reason of a test that still fails), others are kept.
    pub fn updated(&self, ran: &[Ran], implementation: &str, commit: Option<&str>) -> Self {
        let ran_tests: std::collections::BTreeSet<&str> =
            ran.iter().map(|r| r.test.as_str()).collect();
        let old: BTreeMap<&str, &str> = self
            .failures
            .iter()
            .map(|e| (e.test.as_str(), e.reason.as_str()))
            .collect();
        let mut failures: Vec<Entry> = self
            .failures
            .iter()
            .filter(|e| !ran_tests.contains(e.test.as_str()))
            .cloned()
            .collect();
        for r in ran {
            if let Some(reason) = &r.failure {
                let reason = old
                    .get(r.test.as_str())
                    .map_or_else(|| reason.replace('\n', " "), |&old| old.to_owned());
                failures.push(Entry {
                    test: r.test.clone(),
                    reason,
                });
            }
        }
        failures.sort_by(|a, b| a.test.cmp(&b.test));
        failures.dedup_by(|a, b| a.test == b.test);
        Self {
            implementation: implementation.to_owned(),
            test262_commit: commit.map_or_else(|| self.test262_commit.clone(), str::to_owned),
            failures,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ran(test: &str, failure: Option<&str>) -> Ran {
        Ran {
            test: test.into(),
            failure: failure.map(str::to_owned),
        }
    }

    fn baseline(entries: &[(&str, &str)]) -> Baseline {
        Baseline {
            implementation: "reference".into(),
            test262_commit: "c0".into(),
            failures: entries
                .iter()
                .map(|(t, r)| Entry {
                    test: (*t).into(),
                    reason: (*r).into(),
                })
                .collect(),
        }
    }

    #[test]
    fn regressions_fixes_and_expected_failures() {
        let b = baseline(&[("a.js", "known"), ("b.js", "known")]);
        let c = b.compare(&[
            ran("a.js", Some("still")),
            ran("b.js", None),
            ran("c.js", Some("new")),
            ran("d.js", None),
        ]);
        assert_eq!(c.regressions, [("c.js".to_owned(), "new".to_owned())]);
        assert_eq!(c.fixed, ["b.js"]);
        assert_eq!(c.expected_failures, 1);
        assert!(!c.ok());
        assert!(b.compare(&[ran("a.js", Some("x")), ran("d.js", None)]).ok());
    }

    #[test]
    fn failures_grouped_by_cause() {
        let b = baseline(&[
            ("a.js", "cause A — detail 1"),
            ("b.js", "cause A — detail 2"),
            ("c.js", "plain"),
        ]);
        let by = b.failures_by_cause(&[
            ran("a.js", Some("x")),
            ran("b.js", Some("x")),
            ran("c.js", Some("x")),
            ran("d.js", Some("x")),
            ran("e.js", None),
        ]);
        assert_eq!(
            by,
            [
                ("cause A".to_owned(), 2),
                ("not in the baseline".to_owned(), 1),
                ("plain".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn update_keeps_what_did_not_run_and_old_reasons() {
        let b = baseline(&[
            ("a.js", "hand-written"),
            ("b.js", "known"),
            ("z.js", "other"),
        ]);
        let u = b.updated(
            &[
                ran("a.js", Some("auto")),
                ran("b.js", None),
                ran("c.js", Some("new\nline")),
            ],
            "reference",
            Some("c1"),
        );
        let tests: Vec<_> = u
            .failures
            .iter()
            .map(|e| (e.test.as_str(), e.reason.as_str()))
            .collect();
        assert_eq!(
            tests,
            [
                ("a.js", "hand-written"),
                ("c.js", "new line"),
                ("z.js", "other")
            ]
        );
        assert_eq!(u.test262_commit, "c1");
    }

    #[test]
    fn round_trip_and_validation() {
        let b = baseline(&[("x/b.js", "r2"), ("x/a.js", "r1")]);
        let text = b.render();
        assert!(text.starts_with("# test262 tests that reference"));
        let back = Baseline::parse(&text, Path::new("b.toml")).unwrap();
        assert_eq!(back.failures[0].test, "x/a.js");
        assert_eq!(back.failures.len(), 2);
        let p = Path::new("b.toml");
        assert!(Baseline::parse("[[failure]]\ntest = \"a.js\"\nreason = \"\"\n", p).is_err());
        assert!(Baseline::parse("[[failure]]\ntest = \"a\"\nreason = \"r\"\n", p).is_err());
        assert!(Baseline::parse("[[failure]]\ntest = \"a.js\"\nreason = \"r\"\n[[failure]]\ntest = \"a.js\"\nreason = \"r\"\n", p).is_err());
        assert!(Baseline::parse("bogus = 1\n", p).is_err());
        assert_eq!(
            Baseline::load(Path::new("/nonexistent/b.toml")).unwrap(),
            Baseline::default()
        );
    }
}
