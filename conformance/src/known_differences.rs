//! `conformance/known-differences.toml`: corpus programs on which a third-party engine
//! is known to deviate from ECMA-262 (and so from the `.expected` file).
//!
//! ```toml
//! [[difference]]
//! test = "builtins/array-sort.js"      # relative to conformance/tests/language
//! engine = "boa_engine"
//! spec = "ECMA-262 §23.1.3.30 Array.prototype.sort"
//! reason = "boa ... instead of ..."
//! ```
//!
//! `spec` names what decides the case. Normally that is ECMA-262 (`ECMA-262 §<section>
//! <name>`); for host behaviour that ECMA-262 leaves to the embedder and Weft's own
//! specification fixes (such as `[language.host.stack-overflow]`), it is the Weft rule:
//! `Weft [<rule.name>]`, a rule defined in `spec/*.md`.
//!
//! The list must stay honest: the corpus test fails when a listed program does not
//! exist or no longer differs, or when a cited Weft rule is not defined. Parsing checks
//! the shape of every entry; whether the files and rules exist is checked by the caller.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use crate::CorpusError;

/// The engines a difference may be recorded for.
pub const KNOWN_ENGINES: &[&str] = &["boa_engine"];

/// The whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownDifferences {
    /// Every `[[difference]]` entry, in file order.
    #[serde(default, rename = "difference")]
    pub differences: Vec<KnownDifference>,
}

/// One `[[difference]]` entry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownDifference {
    /// The program, relative to `conformance/tests/language`, `/`-separated.
    pub test: String,
    /// The engine that deviates (one of [`KNOWN_ENGINES`]).
    pub engine: String,
    /// What decides the case: `ECMA-262 §x.y.z Name`, or `Weft [rule.name]` for host
    /// behaviour that ECMA-262 leaves open and Weft's specification fixes.
    pub spec: String,
    /// What the engine does instead, and why that is wrong.
    pub reason: String,
}

impl KnownDifference {
    /// The Weft rule name cited by a `spec = "Weft [rule.name]"` entry, without brackets.
    pub fn weft_rule(&self) -> Option<&str> {
        let rule = self.spec.strip_prefix("Weft [")?.strip_suffix(']')?;
        let valid = !rule.is_empty()
            && rule.split('.').count() >= 2
            && rule.split('.').all(|segment| {
                !segment.is_empty()
                    && segment
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            });
        valid.then_some(rule)
    }
}

/// Whether the rule `[name]` is defined (written in bold, `**[name]**`) in one of the
/// Markdown files of `spec_dir`.
pub fn weft_rule_is_defined(spec_dir: &Path, name: &str) -> Result<bool, CorpusError> {
    let needle = format!("**[{name}]**");
    let entries = std::fs::read_dir(spec_dir).map_err(|source| CorpusError::Io {
        path: spec_dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| CorpusError::Io {
            path: spec_dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) == Some("md")
            && crate::read_text(&path)?.contains(&needle)
        {
            return Ok(true);
        }
    }
    Ok(false)
}

impl KnownDifferences {
    /// Parses and validates the text of a known-differences file; `path` is only used in
    /// error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Self, CorpusError> {
        let list: Self = toml::from_str(text).map_err(|e| CorpusError::Toml {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let invalid = |message: String| CorpusError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        let mut seen = BTreeSet::new();
        for d in &list.differences {
            if d.test.is_empty() || !d.test.ends_with(".js") || d.test.contains('\\') {
                return Err(invalid(format!(
                    "test {:?} must be a `/`-separated path to a .js file",
                    d.test
                )));
            }
            if !KNOWN_ENGINES.contains(&d.engine.as_str()) {
                return Err(invalid(format!(
                    "{}: unknown engine {:?} (known: {KNOWN_ENGINES:?})",
                    d.test, d.engine
                )));
            }
            let ecma_ok = d
                .spec
                .strip_prefix("ECMA-262 §")
                .is_some_and(|section| section.split_whitespace().count() >= 2);
            if !ecma_ok && d.weft_rule().is_none() {
                return Err(invalid(format!(
                    "{}: spec {:?} must read `ECMA-262 §<section> <name>` or `Weft [<rule.name>]`",
                    d.test, d.spec
                )));
            }
            if d.reason.trim().is_empty() {
                return Err(invalid(format!("{}: empty reason", d.test)));
            }
            if !seen.insert((d.test.as_str(), d.engine.as_str())) {
                return Err(invalid(format!(
                    "{}: listed twice for {}",
                    d.test, d.engine
                )));
            }
        }
        Ok(list)
    }

    /// Reads and parses a known-differences file.
    pub fn load(path: &Path) -> Result<Self, CorpusError> {
        Self::parse(&crate::read_text(path)?, path)
    }

    /// The entry for `test` on `engine`, if any.
    pub fn find(&self, test: &str, engine: &str) -> Option<&KnownDifference> {
        self.differences
            .iter()
            .find(|d| d.test == test && d.engine == engine)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<KnownDifferences, CorpusError> {
        KnownDifferences::parse(text, Path::new("known-differences.toml"))
    }

    #[test]
    fn weft_rules_are_found_in_spec_files() {
        let dir = std::env::temp_dir().join(format!("weft-rules-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("x.md"),
            "- **[language.host.x]** text, see [other.rule]",
        )
        .unwrap();
        assert!(weft_rule_is_defined(&dir, "language.host.x").unwrap());
        assert!(!weft_rule_is_defined(&dir, "other.rule").unwrap());
        assert!(weft_rule_is_defined(&dir.join("missing"), "a.b").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn empty_file_is_an_empty_list() {
        assert!(parse("# nothing\n").unwrap().differences.is_empty());
    }

    #[test]
    fn parses_and_finds_an_entry() {
        let list = parse(
            r#"
[[difference]]
test = "a/b.js"
engine = "boa_engine"
spec = "ECMA-262 §7.1.17 ToString"
reason = "boa prints x instead of y"
"#,
        )
        .unwrap();
        assert_eq!(list.differences.len(), 1);
        assert!(list.find("a/b.js", "boa_engine").is_some());
        assert!(list.find("a/c.js", "boa_engine").is_none());
    }

    #[test]
    fn rejects_bad_entries() {
        let entry = |test: &str, engine: &str, spec: &str, reason: &str| {
            format!(
                "[[difference]]\ntest = {test:?}\nengine = {engine:?}\nspec = {spec:?}\nreason = {reason:?}\n"
            )
        };
        let good = entry("a.js", "boa_engine", "ECMA-262 §1.2 X", "r");
        assert!(parse(&good).is_ok());
        assert!(parse(&format!("{good}{good}")).is_err(), "duplicate");
        assert!(parse(&entry("a.txt", "boa_engine", "ECMA-262 §1.2 X", "r")).is_err());
        assert!(parse(&entry("a.js", "v8", "ECMA-262 §1.2 X", "r")).is_err());
        assert!(parse(&entry("a.js", "boa_engine", "§1.2", "r")).is_err());
        assert!(parse(&entry("a.js", "boa_engine", "Weft [a.b]", "r")).is_ok());
        assert!(parse(&entry("a.js", "boa_engine", "Weft [Ab]", "r")).is_err());
        assert!(parse(&entry("a.js", "boa_engine", "Weft [a..b]", "r")).is_err());
        assert!(parse(&entry("a.js", "boa_engine", "ECMA-262 §1.2 X", " ")).is_err());
        assert!(
            parse("[[difference]]\ntest = \"a.js\"\n").is_err(),
            "missing fields"
        );
        assert!(parse("[[difference]]\ntest = \"a.js\"\nengine = \"boa_engine\"\nspec = \"ECMA-262 §1 X\"\nreason = \"r\"\nextra = 1\n").is_err());
    }
}
