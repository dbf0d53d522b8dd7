//! Weft's reference interpreter: a slow, spec-shaped AST walker over `boa_ast`.
//!
//! The public surface is deliberately small: [`run_source`] runs one script and
//! returns what it printed and how it completed. See `ARCHITECTURE.md` for the
//! code map and the invariants.

pub mod builtins;
pub mod env;
pub mod eval;
pub mod interp;
pub mod object;
pub mod ops;
pub mod realm;
pub mod string;
pub mod threads;
pub mod unsupported;
pub mod value;

use boa_ast::Position;
use boa_interner::Interner;
use boa_parser::{Parser, Source};

use crate::interp::Termination;
use crate::value::{PropertyKey, Value};

/// Options for one run of a script.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Evaluation steps allowed before the run is stopped with
    /// [`Completion::FuelExhausted`]; `None` runs until the program ends.
    pub fuel: Option<u64>,
    /// Maximum depth of nested function calls before a `RangeError` is thrown.
    pub max_call_depth: usize,
    /// Chooses the thread schedule of a threaded program (`weft-ref run --seed`).
    pub seed: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self {
            fuel: None,
            max_call_depth: 10_000,
            seed: 0,
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
    /// Every unfinished thread was blocked (`[th.run.deadlock]`); the main thread's
    /// script itself may have completed.
    Deadlock,
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
    // The parser and the evaluator recurse; a large stack of our own keeps deeply nested
    // (but bounded) input away from the caller's stack, and `stacker` grows it further.
    let source = source.to_owned();
    let file = file_name.to_owned();
    let options = options.clone();
    let worker = std::thread::Builder::new()
        .name("weft-ref".into())
        .stack_size(256 * 1024 * 1024)
        .spawn(move || run_on_this_thread(&source, &file, &options));
    match worker.map(std::thread::JoinHandle::join) {
        Ok(Ok(out)) => out,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(e) => RunOutput {
            printed: String::new(),
            completion: Completion::Uncaught(UncaughtError {
                name: Some("RangeError".into()),
                message: format!("cannot start the interpreter thread: {e}"),
                location: None,
            }),
        },
    }
}

/// Like [`run_source`], but on the calling thread, which must have a large stack (the
/// parser and the evaluator recurse; `run_source` gives them 256 MiB). For callers that
/// run many programs in a row and cannot afford a thread per program (the fuzzer).
pub fn run_source_on_this_thread(source: &str, file_name: &str, options: &RunOptions) -> RunOutput {
    run_on_this_thread(source, file_name, options)
}

fn location(file: &str, pos: Position) -> SourceLocation {
    SourceLocation {
        file: file.to_owned(),
        line: pos.line_number(),
        column: pos.column_number(),
    }
}

fn syntax_error(file: &str, message: String, pos: Option<Position>) -> RunOutput {
    RunOutput {
        printed: String::new(),
        completion: Completion::Uncaught(UncaughtError {
            name: Some("SyntaxError".into()),
            message,
            location: pos.map(|p| location(file, p)),
        }),
    }
}

/// Explores every execution of `source` (`weft-ref explore`): parses it, then runs
/// [`threads::explore::explore_script`] on a thread with a large stack. A syntax error
/// (or unsupported feature) comes back as `Err` with the run's output describing it.
pub fn explore_source(
    source: &str,
    file_name: &str,
    options: &threads::explore::ExploreOptions,
) -> Result<threads::explore::ExploreReport, RunOutput> {
    let source = source.to_owned();
    let file = file_name.to_owned();
    let options = options.clone();
    let worker = std::thread::Builder::new()
        .name("weft-ref-explore".into())
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            if let Some(pos) = nesting_too_deep(&source) {
                return Err(syntax_error(
                    &file,
                    format!("nesting deeper than {MAX_NESTING_DEPTH} levels is not supported"),
                    Some(pos),
                ));
            }
            let mut interner = Interner::default();
            let scope = boa_ast::scope::Scope::new_global();
            let parsed = Parser::new(Source::from_bytes(source.as_bytes()))
                .parse_script(&scope, &mut interner);
            let script = match parsed {
                Ok(s) => s,
                Err(e) => {
                    let pos = parse_error_position(&e);
                    return Err(syntax_error(&file, e.to_string(), pos));
                }
            };
            if let Some((feature, pos)) = unsupported::find_unsupported(&script) {
                return Err(syntax_error(
                    &file,
                    format!("{feature} is not supported by the reference interpreter yet"),
                    pos,
                ));
            }
            Ok(threads::explore::explore_script(
                &interner, &script, &file, &options,
            ))
        });
    match worker.map(std::thread::JoinHandle::join) {
        Ok(Ok(r)) => r,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(e) => Err(syntax_error(
            file_name,
            format!("cannot start the explorer: {e}"),
            None,
        )),
    }
}

/// Where a parse error points, when the parser says.
fn parse_error_position(e: &boa_parser::Error) -> Option<Position> {
    match e {
        boa_parser::Error::Expected { span, .. } | boa_parser::Error::Unexpected { span, .. } => {
            Some(span.start())
        }
        boa_parser::Error::Lex { err } => match err {
            boa_parser::lexer::Error::Syntax(_, pos) => Some(*pos),
            boa_parser::lexer::Error::IO(_) => None,
        },
        boa_parser::Error::General { position, .. } => Some(*position),
        _ => None,
    }
}

/// Deepest bracket nesting the parser is given; deeper input is a SyntaxError rather
/// than a risk to the parser's (recursive) stack.
pub const MAX_NESTING_DEPTH: usize = 4_000;

/// The deepest nesting of `(`, `[` and `{` outside strings, templates and comments,
/// with where it first exceeds `MAX_NESTING_DEPTH`.
pub fn nesting_too_deep(source: &str) -> Option<Position> {
    let bytes = source.as_bytes();
    let (mut depth, mut i, mut line, mut col) = (0usize, 0usize, 1u32, 1u32);
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        match c {
            b'\n' => {
                line += 1;
                col = 0;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING_DEPTH {
                    return Some(Position::new(line, col));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\'' | b'"' | b'`' => {
                // Skip the literal (escapes included); templates' substitutions are
                // skipped with them, which only undercounts.
                i += 1;
                while i < bytes.len() && bytes[i] != c {
                    if bytes[i] == b'\\' {
                        i += 1;
                    } else if bytes[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
            b'/' if next == Some(b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if next == Some(b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    if bytes[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            _ => {}
        }
        i += 1;
        col += 1;
    }
    None
}

/// Parses and runs on the current thread (see [`run_source`]).
fn run_on_this_thread(source: &str, file: &str, options: &RunOptions) -> RunOutput {
    if let Some(pos) = nesting_too_deep(source) {
        return syntax_error(
            file,
            format!("nesting deeper than {MAX_NESTING_DEPTH} levels is not supported"),
            Some(pos),
        );
    }
    let mut interner = Interner::default();
    let scope = boa_ast::scope::Scope::new_global();
    let parsed =
        Parser::new(Source::from_bytes(source.as_bytes())).parse_script(&scope, &mut interner);
    let script = match parsed {
        Ok(s) => s,
        Err(e) => {
            let pos = parse_error_position(&e);
            return syntax_error(file, e.to_string(), pos);
        }
    };
    run_parsed_on_this_thread(&script, &interner, file, options)
}

/// Runs a script already parsed with `boa_parser` (against a fresh global scope, its
/// symbols in `interner`) like [`run_source_on_this_thread`]: a host that runs the same
/// source on several implementations parses it once. The caller applies the
/// source-level nesting limit ([`nesting_too_deep`]) before parsing.
pub fn run_parsed_on_this_thread(
    script: &boa_ast::Script,
    interner: &Interner,
    file: &str,
    options: &RunOptions,
) -> RunOutput {
    // The interpreter never collects, and every realm is full of reference cycles
    // (`F.prototype.constructor === F`, closures and their environments): a run would
    // leak its objects (about 200 KB a run), so a host running thousands of programs
    // in one process ran out of memory. The run's objects are recorded and their
    // cycles broken when it is over.
    let tracking = object::track_objects_if_idle();
    let out = run_parsed(script, interner, file, options);
    if tracking {
        // SAFETY: `script`, the AST the run's objects borrow, is alive until we
        // return, and the run is over: its interpreter was dropped inside `run_parsed`
        // and `out` holds no JavaScript values.
        unsafe { object::release_tracked_objects(false) };
    }
    out
}

fn run_parsed(
    script: &boa_ast::Script,
    interner: &Interner,
    file: &str,
    options: &RunOptions,
) -> RunOutput {
    if let Some((feature, pos)) = unsupported::find_unsupported(script) {
        return syntax_error(
            file,
            format!("{feature} is not supported by the reference interpreter yet"),
            pos,
        );
    }
    let mut interp =
        realm::create_interpreter(interner, file, options.fuel, options.max_call_depth);
    interp.rt.chooser = Box::new(threads::runtime::SeededChooser::new(options.seed));
    let end = threads::program::run_program(&mut interp, script);
    let main_end = interp.rt.threads[0].end.clone();
    let completion = match (end, main_end) {
        (threads::program::ProgramEnd::Terminated(Termination::FuelExhausted), _) => {
            Completion::FuelExhausted
        }
        (threads::program::ProgramEnd::Terminated(Termination::Infeasible), _) => {
            unreachable!("a sequentially consistent run has no infeasible branch")
        }
        (_, Some(threads::runtime::ThreadEnd::Threw(value))) => {
            let pos = threads::program::main_error_position(&interp);
            Completion::Uncaught(describe_uncaught(&mut interp, &value, pos, file))
        }
        (threads::program::ProgramEnd::Run(threads::runtime::RunEnd::Deadlock), _) => {
            Completion::Deadlock
        }
        _ => Completion::Normal,
    };
    RunOutput {
        printed: std::mem::take(&mut interp.printed),
        completion,
    }
}

/// The report of an uncaught exception. Reading `name`/`message` may run user code
/// (getters); anything that goes wrong there falls back to a fixed description.
fn describe_uncaught<'a>(
    interp: &mut interp::Interp<'a>,
    value: &Value<'a>,
    pos: Option<Position>,
    file: &str,
) -> UncaughtError {
    interp.fuel = interp.fuel.map(|_| 10_000);
    let (name, message) = match value {
        Value::Object(o) => {
            let name_key = PropertyKey::from("name");
            let has_name = interp.has_property(o, &name_key).unwrap_or(false);
            let name = if has_name {
                interp
                    .get_prop(o, name_key)
                    .and_then(|n| interp.to_string(&n))
                    .map(|s| s.to_rust_string())
                    .ok()
            } else {
                None
            };
            let message = if name.is_some() {
                interp
                    .get_prop(o, "message")
                    .and_then(|m| {
                        if m.is_undefined() {
                            Ok(string::JsString::empty())
                        } else {
                            interp.to_string(&m)
                        }
                    })
                    .map(|s| s.to_rust_string())
                    .unwrap_or_default()
            } else {
                interp
                    .to_display_string(value)
                    .map(|s| s.to_rust_string())
                    .unwrap_or_else(|_| "[object]".into())
            };
            (name, message)
        }
        other => (
            None,
            interp
                .to_display_string(other)
                .map(|s| s.to_rust_string())
                .unwrap_or_default(),
        ),
    };
    UncaughtError {
        name,
        message,
        location: pos.map(|p| location(file, p)),
    }
}
