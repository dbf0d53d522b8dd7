//! Weft's conformance corpus and its runner.
//!
//! The language corpus lives in `conformance/tests/language/**/<name>.js`, each program
//! next to a `<name>.expected` file holding its *corpus output*: everything it printed
//! with `print`/`console.log` (one `\n`-terminated line per call) and, when the program
//! ended with an uncaught exception, one last line `Uncaught <name>` (see
//! [`CorpusOutput`]). The expected files are produced by Node.js
//! (`node conformance/tools/expected-from-node.js`); the test
//! `conformance/tests/language_corpus.rs` checks the reference interpreter and
//! boa_engine against them.
//!
//! This library holds what the test (and the differential fuzzer) reuse:
//!
//! - corpus discovery ([`discover`]) and expected-output normalization
//!   ([`normalize_output`], [`read_expected`]);
//! - [`CorpusOutput`], the engine-independent form of "what a run printed and how it
//!   ended", with [`CorpusOutput::from_reference`] for the reference interpreter;
//! - [`boa_runner`], which runs a script on boa_engine and returns a [`CorpusOutput`];
//! - [`known_differences`], the parser for `conformance/known-differences.toml`;
//! - [`unified_diff`] for readable mismatch reports.
//!
//! Nothing here panics on a bad file: every failure is a [`CorpusError`].

use std::fmt;
use std::path::{Path, PathBuf};

pub mod boa_host;
pub mod boa_runner;
pub mod exec;
pub mod implementation;
pub mod known_differences;
pub mod report;
pub mod runner;
pub mod suites;
pub mod test262;
pub mod threads;
pub mod worker;

/// The directory of the language corpus in this source tree
/// (`conformance/tests/language`).
pub fn language_corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("language")
}

/// The path of the known-differences list in this source tree
/// (`conformance/known-differences.toml`).
pub fn known_differences_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("known-differences.toml")
}

/// The specification directory of this source tree (`spec/`), where Weft's own rules
/// (`**[rule.name]**`) are defined.
pub fn spec_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("spec")
}

/// An error while reading the corpus or its metadata.
#[derive(Debug)]
pub enum CorpusError {
    /// A file or directory could not be read.
    Io {
        /// The path that failed.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// A directory walk failed (for example, a permission error deep in the tree).
    Walk(walkdir::Error),
    /// A file name that is not valid UTF-8 (corpus paths are used as test names).
    NonUtf8Path(PathBuf),
    /// A file is not valid UTF-8.
    NonUtf8File(PathBuf),
    /// `known-differences.toml` could not be parsed.
    Toml {
        /// The file that failed to parse.
        path: PathBuf,
        /// The parser's message.
        message: String,
    },
    /// A file parsed but breaks a rule of its format.
    Invalid {
        /// The offending file.
        path: PathBuf,
        /// Which rule it breaks.
        message: String,
    },
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Self::Walk(e) => write!(f, "walking the corpus: {e}"),
            Self::NonUtf8Path(p) => write!(f, "{}: file name is not valid UTF-8", p.display()),
            Self::NonUtf8File(p) => write!(f, "{}: file is not valid UTF-8", p.display()),
            Self::Toml { path, message } => write!(f, "{}: {message}", path.display()),
            Self::Invalid { path, message } => write!(f, "{}: {message}", path.display()),
        }
    }
}

impl std::error::Error for CorpusError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            Self::Walk(e) => Some(e),
            _ => None,
        }
    }
}

/// One program of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusCase {
    /// Path relative to the corpus root, with `/` separators (`operators/typeof.js`).
    /// Used as the test name, as the file name the script runs under, and as the key
    /// in `known-differences.toml`.
    pub name: String,
    /// The `.js` file.
    pub js_path: PathBuf,
    /// The `.expected` file next to it (it may not exist).
    pub expected_path: PathBuf,
}

/// What a corpus directory contains.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    /// Every `.js` file, sorted by [`CorpusCase::name`].
    pub cases: Vec<CorpusCase>,
    /// `.expected` files with no `.js` file next to them, relative to the root, sorted.
    pub orphan_expected: Vec<String>,
}

/// Walks `root` and returns every `.js` file below it (sorted by relative path) and
/// every `.expected` file that has no program.
pub fn discover(root: &Path) -> Result<Corpus, CorpusError> {
    if !root.is_dir() {
        return Err(CorpusError::Io {
            path: root.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
        });
    }
    let mut corpus = Corpus::default();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.map_err(CorpusError::Walk)?;
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let name = relative_name(root, path)?;
        match path.extension().and_then(|e| e.to_str()) {
            Some("js") => corpus.cases.push(CorpusCase {
                name,
                js_path: path.to_path_buf(),
                expected_path: path.with_extension("expected"),
            }),
            Some("expected") if !path.with_extension("js").is_file() => {
                corpus.orphan_expected.push(name);
            }
            _ => {}
        }
    }
    corpus.cases.sort_by(|a, b| a.name.cmp(&b.name));
    corpus.orphan_expected.sort();
    Ok(corpus)
}

pub(crate) fn relative_name(root: &Path, path: &Path) -> Result<String, CorpusError> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut parts = Vec::new();
    for component in rel.components() {
        let part = component
            .as_os_str()
            .to_str()
            .ok_or_else(|| CorpusError::NonUtf8Path(path.to_path_buf()))?;
        parts.push(part);
    }
    Ok(parts.join("/"))
}

/// Reads a UTF-8 text file.
pub fn read_text(path: &Path) -> Result<String, CorpusError> {
    let bytes = std::fs::read(path).map_err(|source| CorpusError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|_| CorpusError::NonUtf8File(path.to_path_buf()))
}

/// Reads an `.expected` file and normalizes it with [`normalize_output`].
pub fn read_expected(path: &Path) -> Result<String, CorpusError> {
    read_text(path).map(|text| normalize_output(&text))
}

/// The normalization applied to both sides of every comparison: a leading UTF-8 byte
/// order mark is dropped and every `\r\n` becomes `\n`, so a checkout that rewrites
/// line endings does not break the corpus. Nothing else changes: trailing spaces and
/// blank lines are part of a program's output.
pub fn normalize_output(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.replace("\r\n", "\n")
}

/// How a run ended, in the corpus's engine-independent terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusCompletion {
    /// The script ran to its end (and, for engines with jobs, its job queue drained).
    Normal,
    /// An exception escaped. The string is what follows `Uncaught ` on the last line:
    /// `ToString(value.name)` for a thrown object that has a `name` property, else
    /// `String(value)`.
    Uncaught(String),
    /// The engine's execution budget ran out (reference fuel, boa's loop limit).
    FuelExhausted,
    /// The engine failed in a way no correct run can (a panic, an internal error).
    /// Rendered as `EngineFailure: <message>`, which never matches an expected file.
    EngineFailure(String),
}

/// What a run printed and how it ended: the thing an `.expected` file records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusOutput {
    /// Everything `print`/`console.log` wrote, each call ending in `\n`.
    pub printed: String,
    /// How the run ended.
    pub completion: CorpusCompletion,
}

impl CorpusOutput {
    /// The corpus output of a reference-interpreter run.
    pub fn from_reference(output: &weft_reference_interp::RunOutput) -> Self {
        use weft_reference_interp::Completion;
        let completion = match &output.completion {
            Completion::Normal => CorpusCompletion::Normal,
            Completion::Uncaught(e) => {
                let line = e.corpus_line();
                let what = line.strip_prefix("Uncaught ").unwrap_or(&line).to_owned();
                CorpusCompletion::Uncaught(what)
            }
            Completion::FuelExhausted => CorpusCompletion::FuelExhausted,
            // Every thread blocked (spec/threads.md): the corpus line is `Uncaught Deadlock`.
            Completion::Deadlock => CorpusCompletion::Uncaught("Deadlock".into()),
        };
        Self {
            printed: output.printed.clone(),
            completion,
        }
    }

    /// The text an `.expected` file holds for this output: `printed`, then one line for
    /// an abnormal completion (`Uncaught <name>`, `FuelExhausted`, `EngineFailure: …`).
    pub fn render(&self) -> String {
        let mut out = self.printed.clone();
        match &self.completion {
            CorpusCompletion::Normal => {}
            CorpusCompletion::Uncaught(what) => {
                out.push_str("Uncaught ");
                out.push_str(what);
                out.push('\n');
            }
            CorpusCompletion::FuelExhausted => out.push_str("FuelExhausted\n"),
            CorpusCompletion::EngineFailure(message) => {
                out.push_str("EngineFailure: ");
                out.push_str(message);
                out.push('\n');
            }
        }
        out
    }

    /// Whether this output equals `expected` after [`normalize_output`] of both sides.
    pub fn matches(&self, expected: &str) -> bool {
        normalize_output(&self.render()) == normalize_output(expected)
    }
}

impl fmt::Display for CorpusOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

/// A unified diff (3 lines of context) from `expected` to `actual`, with the given
/// header names; empty when they are equal.
pub fn unified_diff(
    expected: &str,
    actual: &str,
    expected_name: &str,
    actual_name: &str,
) -> String {
    if expected == actual {
        return String::new();
    }
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(expected_name, actual_name)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_only_touches_bom_and_crlf() {
        assert_eq!(normalize_output("\u{feff}a\r\nb \n\n"), "a\nb \n\n");
        assert_eq!(normalize_output("a\rb"), "a\rb");
    }

    #[test]
    fn render_appends_one_completion_line() {
        let out = CorpusOutput {
            printed: "1\n".into(),
            completion: CorpusCompletion::Uncaught("TypeError".into()),
        };
        assert_eq!(out.render(), "1\nUncaught TypeError\n");
        let out = CorpusOutput {
            printed: String::new(),
            completion: CorpusCompletion::FuelExhausted,
        };
        assert_eq!(out.render(), "FuelExhausted\n");
        assert!(out.matches("FuelExhausted\r\n"));
        assert!(!out.matches("FuelExhausted"));
    }

    #[test]
    fn diff_shows_changed_lines() {
        let d = unified_diff("a\nb\n", "a\nc\n", "expected", "actual");
        assert!(d.contains("-b") && d.contains("+c"), "{d}");
        assert!(unified_diff("x\n", "x\n", "e", "a").is_empty());
    }

    #[test]
    fn discover_sorts_and_finds_orphans() {
        let dir = std::env::temp_dir().join(format!("weft-discover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("b")).unwrap();
        for f in [
            "b/z.js",
            "b/z.expected",
            "a.js",
            "a.expected",
            "b/lost.expected",
        ] {
            std::fs::write(dir.join(f), "").unwrap();
        }
        let corpus = discover(&dir).unwrap();
        let names: Vec<_> = corpus.cases.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["a.js", "b/z.js"]);
        assert_eq!(corpus.orphan_expected, ["b/lost.expected"]);
        assert!(discover(&dir.join("missing")).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
