//! The threads corpus: `conformance/tests/threads/**/<name>.js`, each with a
//! `<name>.outcomes` file listing every outcome `weft-ref explore` must report (one
//! outcome line per line; `#` comments and blank lines ignored; order irrelevant; the
//! format is in `spec/threads.md`).
//!
//! Exploration is the reference interpreter's (the lead is adding it as a library
//! function of `weft-reference-interp`). Until it exists, [`explore`] answers
//! [`ExploreError::Unavailable`] and every threaded test is reported as skipped with
//! that reason. Wiring it is the body of [`explore`]: call the library function and
//! turn its outcome set into [`OutcomeSet`].

use std::collections::BTreeSet;

/// The reason threaded tests are skipped while exploration is missing.
pub const EXPLORE_UNAVAILABLE: &str = "explore not available";

/// What an exploration found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeSet {
    /// Every outcome line, sorted, without duplicates.
    pub outcomes: Vec<String>,
    /// Whether every execution was explored.
    pub complete: bool,
}

/// Why there is no outcome set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExploreError {
    /// The implementation cannot explore (yet).
    Unavailable(String),
    /// The exploration itself failed.
    Failed(String),
}

/// Explores every execution of a threaded program under Weft's model (`weft`, default
/// options), as `weft-ref explore NAME.js` does.
pub fn explore(_source: &str, _name: &str) -> Result<OutcomeSet, ExploreError> {
    Err(ExploreError::Unavailable(EXPLORE_UNAVAILABLE.into()))
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
        assert!(
            matches!(explore("1", "t.js"), Err(ExploreError::Unavailable(r)) if r == EXPLORE_UNAVAILABLE)
        );
    }
}
