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
