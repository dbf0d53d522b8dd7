//! Test records and the reports made of them: the per-directory and per-feature
//! summary tables (text for the terminal, Markdown), and the JSON report.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

/// How a test ended on one implementation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// It did what its expectation says.
    Pass,
    /// It did not.
    Fail,
    /// It was not run (an unclaimed feature, a missing capability); the reason says why.
    Skip,
    /// No answer within the time limit (wall clock or fuel).
    Timeout,
}

impl Status {
    /// `pass`, `fail`, `skip` or `timeout`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Skip => "skip",
            Status::Timeout => "timeout",
        }
    }

    /// Whether the status makes a run fail (unless a baseline expects it).
    pub fn is_failure(self) -> bool {
        matches!(self, Status::Fail | Status::Timeout)
    }
}

/// One test on one implementation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TestRecord {
    /// `language`, `threads`, `litmus` or `test262`.
    pub suite: String,
    /// `reference`, `boa`, `engine`, or `memory-model` for litmus tests.
    pub implementation: String,
    /// The test's path relative to its suite's root.
    pub name: String,
    /// The directory it is counted under.
    pub directory: String,
    /// The features it exercises (spec rules for the corpus, feature tags for test262).
    pub features: Vec<String>,
    /// How it ended.
    pub status: Status,
    /// One line: why it failed, timed out or was skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// For failures: the diff of expected and actual output, or other detail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Wall time spent on it, in milliseconds.
    pub millis: u64,
}

/// Counts of each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Passed.
    pub pass: u64,
    /// Failed.
    pub fail: u64,
    /// Skipped.
    pub skip: u64,
    /// Timed out.
    pub timeout: u64,
}

impl Counts {
    /// Adds one status.
    pub fn add(&mut self, status: Status) {
        match status {
            Status::Pass => self.pass += 1,
            Status::Fail => self.fail += 1,
            Status::Skip => self.skip += 1,
            Status::Timeout => self.timeout += 1,
        }
    }

    /// Tests that ran.
    pub fn ran(&self) -> u64 {
        self.pass + self.fail + self.timeout
    }

    /// Passes over tests that ran, in percent; `None` when nothing ran.
    pub fn pass_rate(&self) -> Option<f64> {
        (self.ran() > 0).then(|| 100.0 * self.pass as f64 / self.ran() as f64)
    }

    /// The pass rate with one decimal (`-` when nothing ran); never rounded up to
    /// `100.0%` while something failed.
    pub fn rate_text(&self) -> String {
        match self.pass_rate() {
            None => "-".to_owned(),
            Some(r) if self.pass < self.ran() && r >= 99.95 => "99.9%".to_owned(),
            Some(r) => format!("{r:.1}%"),
        }
    }
}

/// A summary row key: suite, group (directory or feature), implementation.
pub type Key = (String, String, String);

/// Counts per (suite, directory, implementation).
pub fn by_directory(records: &[TestRecord]) -> BTreeMap<Key, Counts> {
    let mut out: BTreeMap<Key, Counts> = BTreeMap::new();
    for r in records {
        out.entry((
            r.suite.clone(),
            r.directory.clone(),
            r.implementation.clone(),
        ))
        .or_default()
        .add(r.status);
    }
    out
}

/// Counts per (suite, feature, implementation); a test without features counts under
/// `(none)`.
pub fn by_feature(records: &[TestRecord]) -> BTreeMap<Key, Counts> {
    let mut out: BTreeMap<Key, Counts> = BTreeMap::new();
    for r in records {
        let none = ["(none)".to_owned()];
        let features: &[String] = if r.features.is_empty() {
            &none
        } else {
            &r.features
        };
        for f in features {
            out.entry((r.suite.clone(), f.clone(), r.implementation.clone()))
                .or_default()
                .add(r.status);
        }
    }
    out
}

/// Counts per (suite, implementation).
pub fn totals(records: &[TestRecord]) -> BTreeMap<(String, String), Counts> {
    let mut out: BTreeMap<(String, String), Counts> = BTreeMap::new();
    for r in records {
        out.entry((r.suite.clone(), r.implementation.clone()))
            .or_default()
            .add(r.status);
    }
    out
}

/// How many tests were skipped for each reason, per suite and implementation, most
/// frequent first: `(suite, implementation, reason, count)`.
pub fn skip_reasons(records: &[TestRecord]) -> Vec<(String, String, String, u64)> {
    let mut counts: BTreeMap<(&str, &str, &str), u64> = BTreeMap::new();
    for r in records.iter().filter(|r| r.status == Status::Skip) {
        *counts
            .entry((
                &r.suite,
                &r.implementation,
                r.reason.as_deref().unwrap_or(""),
            ))
            .or_default() += 1;
    }
    let mut out: Vec<_> = counts
        .into_iter()
        .map(|((s, i, r), n)| (s.to_owned(), i.to_owned(), r.to_owned(), n))
        .collect();
    out.sort_by(|a, b| (&a.0, &a.1, b.3, &a.2).cmp(&(&b.0, &b.1, a.3, &b.2)));
    out
}

/// A plain-text table with a header; `ran_only` drops rows where nothing ran.
pub fn text_table(title: &str, rows: &BTreeMap<Key, Counts>, ran_only: bool) -> String {
    let header = [title, "impl", "pass", "fail", "skip", "timeout", "rate"];
    let mut lines: Vec<[String; 7]> = Vec::new();
    let mut hidden = 0u64;
    for ((suite, group, imp), c) in rows {
        if ran_only && c.ran() == 0 {
            hidden += c.skip;
            continue;
        }
        lines.push([
            format!("{suite}: {group}"),
            imp.clone(),
            c.pass.to_string(),
            c.fail.to_string(),
            c.skip.to_string(),
            c.timeout.to_string(),
            c.rate_text(),
        ]);
    }
    let mut widths = header.map(str::len);
    for l in &lines {
        for (w, cell) in widths.iter_mut().zip(l) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let row = |cells: &[String], out: &mut String| {
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            let pad = w - cell.chars().count();
            if i == 0 || i == 1 {
                let _ = write!(out, "{cell}{}  ", " ".repeat(pad));
            } else {
                let _ = write!(out, "{}{cell}  ", " ".repeat(pad));
            }
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('\n');
    };
    row(&header.map(str::to_owned), &mut out);
    for l in &lines {
        row(l, &mut out);
    }
    if hidden > 0 {
        let _ = writeln!(
            out,
            "({hidden} skipped tests in groups where nothing ran are not listed)"
        );
    }
    out
}

fn md_escape(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The Markdown report: totals, per-directory and per-feature tables, and every
/// failure and timeout with its reason.
pub fn markdown(records: &[TestRecord], title: &str, notes: &[String]) -> String {
    let mut out = format!("# {title}\n\n");
    for n in notes {
        let _ = writeln!(out, "- {}", md_escape(n));
    }
    if !notes.is_empty() {
        out.push('\n');
    }
    let table = |out: &mut String, name: &str, rows: &BTreeMap<Key, Counts>| {
        let _ = writeln!(out, "## By {name}\n");
        let _ = writeln!(
            out,
            "| suite | {name} | impl | pass | fail | skip | timeout | pass rate |"
        );
        out.push_str("|---|---|---|---:|---:|---:|---:|---:|\n");
        for ((suite, group, imp), c) in rows {
            let _ = writeln!(
                out,
                "| {suite} | {} | {imp} | {} | {} | {} | {} | {} |",
                md_escape(group),
                c.pass,
                c.fail,
                c.skip,
                c.timeout,
                c.rate_text()
            );
        }
        out.push('\n');
    };
    out.push_str("## Totals\n\n| suite | impl | pass | fail | skip | timeout | pass rate |\n|---|---|---:|---:|---:|---:|---:|\n");
    for ((suite, imp), c) in totals(records) {
        let _ = writeln!(
            out,
            "| {suite} | {imp} | {} | {} | {} | {} | {} |",
            c.pass,
            c.fail,
            c.skip,
            c.timeout,
            c.rate_text()
        );
    }
    out.push('\n');
    table(&mut out, "directory", &by_directory(records));
    table(&mut out, "feature", &by_feature(records));
    let skips = skip_reasons(records);
    if !skips.is_empty() {
        out.push_str(
            "## Skipped, by reason\n\n| suite | impl | reason | tests |\n|---|---|---|---:|\n",
        );
        for (suite, imp, reason, n) in &skips {
            let _ = writeln!(out, "| {suite} | {imp} | {} | {n} |", md_escape(reason));
        }
        out.push('\n');
    }
    let failures: Vec<&TestRecord> = records.iter().filter(|r| r.status.is_failure()).collect();
    if !failures.is_empty() {
        out.push_str(
            "## Failures\n\n| suite | test | impl | status | reason |\n|---|---|---|---|---|\n",
        );
        for r in failures {
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {} | {} |",
                r.suite,
                md_escape(&r.name),
                r.implementation,
                r.status.as_str(),
                md_escape(r.reason.as_deref().unwrap_or(""))
            );
        }
    }
    out
}

/// The JSON report: metadata, totals, both summaries and every record.
pub fn json(records: &[TestRecord], meta: serde_json::Value) -> serde_json::Value {
    let rows = |m: BTreeMap<Key, Counts>, name: &str| -> Vec<serde_json::Value> {
        m.into_iter()
            .map(|((suite, group, imp), c)| {
                serde_json::json!({
                    "suite": suite, name: group, "implementation": imp,
                    "pass": c.pass, "fail": c.fail, "skip": c.skip, "timeout": c.timeout,
                    "pass_rate": c.pass_rate(),
                })
            })
            .collect()
    };
    let totals: Vec<serde_json::Value> = totals(records)
        .into_iter()
        .map(|((suite, imp), c)| {
            serde_json::json!({
                "suite": suite, "implementation": imp,
                "pass": c.pass, "fail": c.fail, "skip": c.skip, "timeout": c.timeout,
                "pass_rate": c.pass_rate(),
            })
        })
        .collect();
    serde_json::json!({
        "meta": meta,
        "totals": totals,
        "directories": rows(by_directory(records), "directory"),
        "features": rows(by_feature(records), "feature"),
        "tests": records,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(dir: &str, imp: &str, features: &[&str], status: Status) -> TestRecord {
        TestRecord {
            suite: "test262".into(),
            implementation: imp.into(),
            name: format!("{dir}/t.js"),
            directory: dir.into(),
            features: features.iter().map(|f| (*f).to_owned()).collect(),
            status,
            reason: (status != Status::Pass).then(|| "why | not".to_owned()),
            detail: None,
            millis: 1,
        }
    }

    fn sample() -> Vec<TestRecord> {
        vec![
            rec("built-ins/Array", "reference", &["let"], Status::Pass),
            rec("built-ins/Array", "reference", &[], Status::Fail),
            rec("built-ins/Array", "boa", &["let", "class"], Status::Pass),
            rec("intl402", "reference", &[], Status::Skip),
            rec("language/asi", "reference", &[], Status::Timeout),
        ]
    }

    #[test]
    fn counts_and_rates() {
        let d = by_directory(&sample());
        let arr = d[&(
            "test262".into(),
            "built-ins/Array".into(),
            "reference".into(),
        )];
        assert_eq!((arr.pass, arr.fail, arr.ran()), (1, 1, 2));
        assert_eq!(arr.pass_rate(), Some(50.0));
        let intl = d[&("test262".into(), "intl402".into(), "reference".into())];
        assert_eq!(intl.pass_rate(), None);
        assert_eq!(intl.rate_text(), "-");
        let almost = Counts {
            pass: 9999,
            fail: 1,
            ..Counts::default()
        };
        assert_eq!(almost.rate_text(), "99.9%");
        let f = by_feature(&sample());
        assert_eq!(f[&("test262".into(), "let".into(), "boa".into())].pass, 1);
        assert_eq!(
            f[&("test262".into(), "(none)".into(), "reference".into())].ran(),
            2
        );
    }

    #[test]
    fn text_table_hides_groups_that_did_not_run() {
        let t = text_table("directory", &by_directory(&sample()), true);
        assert!(t.contains("test262: built-ins/Array  reference"), "{t}");
        assert!(t.contains("50.0%"), "{t}");
        assert!(!t.contains("intl402"), "{t}");
        assert!(t.contains("(1 skipped tests"), "{t}");
        assert!(t.lines().all(|l| l == l.trim_end()));
    }

    #[test]
    fn markdown_and_json() {
        let md = markdown(&sample(), "Run", &["commit abc".into()]);
        assert!(md.starts_with("# Run\n\n- commit abc\n"));
        assert!(
            md.contains("| test262 | built-ins/Array | reference | 1 | 1 | 0 | 0 | 50.0% |"),
            "{md}"
        );
        assert!(md.contains("why \\| not"), "pipes are escaped");
        assert!(md.contains("## Failures") && md.contains("timeout"));
        assert!(
            md.contains("| test262 | reference | why \\| not | 1 |"),
            "{md}"
        );
        let skips = skip_reasons(&[
            rec("a", "reference", &[], Status::Skip),
            rec("b", "reference", &[], Status::Skip),
            rec("c", "boa", &[], Status::Skip),
        ]);
        assert_eq!(skips.len(), 2);
        assert_eq!(
            skips[1],
            ("test262".into(), "reference".into(), "why | not".into(), 2)
        );
        let j = json(&sample(), serde_json::json!({"x": 1}));
        assert_eq!(j["tests"].as_array().map(Vec::len), Some(5));
        assert_eq!(j["tests"][0]["status"], "pass");
        assert!(j["tests"][0].get("reason").is_none());
        assert_eq!(j["meta"]["x"], 1);
        assert!(j["directories"].as_array().is_some_and(|d| {
            d.iter()
                .any(|r| r["directory"] == "intl402" && r["pass_rate"].is_null())
        }));
    }
}
