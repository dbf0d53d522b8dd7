//! The litmus front end: parses a litmus test written in JavaScript (`LITMUS.md`) into
//! the syntax-free IR of [`crate::program`], with `boa_parser`.
//!
//! A file is a header of `// Key: value` lines (`Litmus`, `Condition`, `Expect`, `Cite`,
//! `Note`), a setup (shared `let` binding cells, `const` objects, arrays, locks and
//! conditions), and threads `const T0 = new Thread(() => { … })` whose bodies use the
//! subset of JavaScript in `LITMUS.md`'s table. Anything else is rejected with a
//! [`LitmusError`] carrying the line and column and naming the construct; no input makes
//! the parser panic (boa's recursive parser only sees files of bounded size and nesting,
//! on a thread with a large stack).

mod header;
mod lower;
mod prop;
mod source;
#[cfg(test)]
mod tests;

use crate::program::{Key, LitmusTest, Prop};

/// Why a litmus file was rejected: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LitmusError {
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
    /// What is wrong, naming the construct and, where it helps, what was expected.
    pub message: String,
}

impl std::fmt::Display for LitmusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for LitmusError {}

/// Stack size of the thread that runs boa's recursive parser and the lowering.
const PARSER_STACK: usize = 256 * 1024 * 1024;

/// Runs `f` on a thread with a large stack; a failure to start the thread (or a panic
/// inside it, which would be a bug) becomes an error at 1:1.
fn on_big_stack<T: Send>(
    f: impl FnOnce() -> Result<T, LitmusError> + Send,
) -> Result<T, LitmusError> {
    let internal = |what: &str| LitmusError {
        line: 1,
        column: 1,
        message: format!("internal error of the litmus parser: {what}"),
    };
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .name("litmus-parser".into())
            .stack_size(PARSER_STACK)
            .spawn_scoped(s, f)
        {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|_| Err(internal("the parser thread panicked"))),
            Err(e) => Err(internal(&format!("cannot start the parser thread: {e}"))),
        }
    })
}

/// Parses a litmus file's text into a test.
pub fn parse(source: &str) -> Result<LitmusTest, LitmusError> {
    on_big_stack(|| lower::parse_test(source))
}

/// Parses a proposition in the condition's syntax (`T0 === 0 && o.x === 1`) against the
/// names of an already parsed test (for `weft-litmus --why`). Positions are relative to
/// `text` (line 1).
pub fn parse_proposition(test: &LitmusTest, text: &str) -> Result<Prop, LitmusError> {
    on_big_stack(|| prop::parse_standalone(test, text))
}

/// The key a property name denotes: `length` is [`Key::Length`], a canonical array index
/// (`0`, `17`, not `01`) is [`Key::Index`], anything else [`Key::Name`]. Used alike for
/// setup literals, thread accesses and conditions, so that they always agree.
pub fn canonical_key(name: &str) -> Key {
    if name == "length" {
        return Key::Length;
    }
    let canonical = !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_digit())
        && (name == "0" || !name.starts_with('0'));
    match name.parse::<u32>() {
        Ok(n) if canonical && n != u32::MAX => Key::Index(n),
        _ => Key::Name(name.to_string()),
    }
}
