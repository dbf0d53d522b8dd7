//! Weft's reference interpreter: a slow, spec-shaped AST walker over `boa_ast`.
//!
//! The public surface is deliberately small: [`run_source`] runs one script and
//! returns what it printed and how it completed. See `ARCHITECTURE.md` for the
//! code map and the invariants.

/// Options for one run of a script.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Evaluation steps allowed before the run is stopped with
    /// [`Completion::FuelExhausted`]; `None` runs until the program ends.
    pub fuel: Option<u64>,
    /// Maximum depth of nested function calls before a `RangeError` is thrown.
    pub max_call_depth: usize,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self {
            fuel: None,
            max_call_depth: 2_000,
        }
    }
}

/// A position in a source file, 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLocation {
    /// The file name the script was run under.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

impl std::fmt::Display for SourceLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// An exception that escaped the script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UncaughtError {
    /// For a thrown object with a `name` property (every Error), `ToString(name)`;
    /// `None` for other thrown values.
    pub name: Option<String>,
    /// For Error objects `ToString(message)`; for other values their string form.
    pub message: String,
    /// Where the exception was thrown, when known.
    pub location: Option<SourceLocation>,
}

impl UncaughtError {
    /// `TypeError: msg`, `TypeError` (empty message) or the thrown value's string form.
    pub fn summary(&self) -> String {
        match (&self.name, self.message.is_empty()) {
            (Some(name), true) => name.clone(),
            (Some(name), false) => format!("{name}: {}", self.message),
            (None, _) => self.message.clone(),
        }
    }

    /// The normalized one-token form used by the conformance corpus:
    /// `Uncaught TypeError` for errors, `Uncaught <value>` for other values.
    pub fn corpus_line(&self) -> String {
        match &self.name {
            Some(name) => format!("Uncaught {name}"),
            None => format!("Uncaught {}", self.message),
        }
    }
}

impl std::fmt::Display for UncaughtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Uncaught {}", self.summary())?;
        if let Some(loc) = &self.location {
            write!(f, "\n    at {loc}")?;
        }
        Ok(())
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Completion {
    /// The script ran to its end.
    Normal,
    /// An exception escaped (a syntax error is reported as an uncaught `SyntaxError`).
    Uncaught(UncaughtError),
    /// The fuel of [`RunOptions::fuel`] ran out before the script ended.
    FuelExhausted,
}

/// What a run printed and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutput {
    /// Everything `print` and `console.log` wrote, each call ending in `\n`.
    pub printed: String,
    /// How the script completed.
    pub completion: Completion,
}

/// Parses and runs `source` as a classic script named `file_name`.
///
/// Never panics on any input: syntax errors, unsupported features, deep
/// recursion and exhausted fuel are all reported through [`RunOutput`].
pub fn run_source(source: &str, file_name: &str, options: &RunOptions) -> RunOutput {
    let _ = (source, file_name, options);
    unimplemented!("interpreter under construction")
}
