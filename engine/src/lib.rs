//! Weft's production JavaScript engine: a register-bytecode VM over a shared heap in
//! which JavaScript threads can run in parallel (the JIT is a later issue).
//!
//! See `ARCHITECTURE.md` next to this crate's `Cargo.toml` for the design and the
//! invariants that make races safe. The engine never depends on the reference
//! interpreter or the memory-model crate; it parses with `boa_parser`.

#![warn(missing_docs)]
// Under shuttle every atomic is a large scheduling-aware object, so an object cell is far
// larger than the other cell kinds; that build is for testing only.
#![cfg_attr(feature = "shuttle", allow(clippy::large_enum_variant))]

#[doc(hidden)]
pub mod atom;
mod builtins;
mod compiler;
pub mod embed;
pub(crate) mod fxhash;
#[doc(hidden)]
pub mod heap;
#[doc(hidden)]
pub mod object;
pub mod repl;
#[cfg(feature = "shuttle")]
pub mod shuttle_check;
#[doc(hidden)]
pub mod sync;
#[doc(hidden)]
pub mod thread;
#[doc(hidden)]
pub mod value;
#[doc(hidden)]
pub mod vm;

use std::sync::Arc;

use boa_interner::Interner;
use boa_parser::{Parser, Source};
use vm::JsResult;

pub use embed::{Context, Ctx, Engine, Error, Handle, JsValue, NativeFunction};
pub use value::Value;
pub use vm::{Options, Runtime, Vm};

/// Where an uncaught error was thrown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The script's file name as given to the engine.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

/// An uncaught exception, described without the heap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncaught {
    /// The thrown object's `name` when it has one, else `None`.
    pub name: Option<String>,
    /// The message (or `String(value)` when there is no name).
    pub message: String,
    /// Where it was thrown, when known.
    pub location: Option<Location>,
}

impl Uncaught {
    /// `Name: message` or the value's display.
    pub fn describe(&self) -> String {
        match &self.name {
            Some(n) if self.message.is_empty() => n.clone(),
            Some(n) => format!("{n}: {}", self.message),
            None => self.message.clone(),
        }
    }
    /// The error of a deadlocked run: `deadlock: every thread is blocked (...)`.
    pub fn deadlock(report: String) -> Uncaught {
        Uncaught {
            name: Some("deadlock".into()),
            message: report,
            location: None,
        }
    }
    /// Is this the error of a deadlocked run (see [`Uncaught::deadlock`])?
    pub fn is_deadlock(&self) -> bool {
        self.name.as_deref() == Some("deadlock") && self.location.is_none()
    }
    /// What the corpus prints after `Uncaught `.
    pub fn corpus_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| self.message.clone())
    }
}

/// The result of running a program.
#[derive(Debug, Clone)]
pub struct RunOutput {
    /// What the program printed.
    pub printed: String,
    /// How the main script ended (a deadlock is an `Uncaught` whose `is_deadlock()`).
    pub result: Result<(), Uncaught>,
    /// Problems the heap verifier found (when asked to verify).
    pub heap_problems: Vec<String>,
}

/// Deepest bracket nesting accepted before parsing (deeper input is a SyntaxError, not
/// a risk to the recursive parser's stack).
const MAX_NESTING: usize = 1000;

/// Where `src` first nests brackets deeper than the engine accepts (line, column), if
/// it does: [`Vm::eval_script`] rejects such source before parsing it.
pub fn nesting_too_deep(src: &str) -> Option<(u32, u32)> {
    let (mut depth, mut line, mut col) = (0usize, 1u32, 0u32);
    for ch in src.chars() {
        col += 1;
        match ch {
            '\n' => {
                line += 1;
                col = 0;
            }
            '(' | '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some((line, col));
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// How a script run ended, as [`Vm::run_script`] reports it.
#[derive(Debug, Clone)]
pub struct ScriptEnd {
    /// The script's completion on the thread that ran it: its value, or the uncaught
    /// error (a thrown value or a syntax error); `None` when that thread was blocked
    /// when the run deadlocked.
    pub result: Option<Result<Value, Uncaught>>,
    /// `Some("every thread is blocked (T0 in join, T1 in Lock.hold)")` when the run
    /// deadlocked (spec/threads.md [th.run.deadlock]).
    pub deadlock: Option<String>,
}

impl ScriptEnd {
    /// The script's completion, a deadlock being an error whose
    /// [`Uncaught::is_deadlock`] holds.
    fn into_result(self) -> Result<Value, Uncaught> {
        match (self.deadlock, self.result) {
            (Some(d), _) => Err(Uncaught::deadlock(d)),
            (None, Some(r)) => r,
            (None, None) => Err(Uncaught::deadlock("the script's thread was blocked".into())),
        }
    }
}

/// A script's end before the thrown value is described.
struct RawEnd {
    main: Option<Result<Value, Value>>,
    deadlock: Option<String>,
}

impl Vm {
    /// Parses, compiles and runs a script on this thread. A deadlocked run is an error
    /// whose [`Uncaught::is_deadlock`] holds.
    pub fn eval_script(&mut self, source: &str, file: &str) -> Result<Value, Uncaught> {
        self.run_script(source, file).into_result()
    }

    /// Like [`Vm::eval_script`] for a script already parsed with `boa_parser` (against
    /// a fresh global scope, its symbols in `interner`): a host that runs the same
    /// source on several engines parses it once. The caller is responsible for the
    /// nesting-depth limit [`Vm::eval_script`] applies to source text.
    pub fn eval_parsed(
        &mut self,
        script: &boa_ast::Script,
        interner: &Interner,
        file: &str,
    ) -> Result<Value, Uncaught> {
        let end = self.run_parsed_raw(script, interner, file);
        self.describe_end(end).into_result()
    }

    /// Runs a script on this thread like [`Vm::eval_script`], telling apart how the
    /// script ended and whether the run deadlocked.
    pub fn run_script(&mut self, source: &str, file: &str) -> ScriptEnd {
        let end = self.eval_script_raw(source, file);
        self.describe_end(end)
    }

    /// Describes a raw end's thrown value, if any.
    fn describe_end(&mut self, end: Result<RawEnd, Uncaught>) -> ScriptEnd {
        match end {
            Ok(end) => {
                let result = end.main.map(|r| {
                    r.map_err(|e| {
                        let u = self.describe_uncaught(e);
                        // finish_main rooted it until now.
                        if self.roots.last() == Some(&e) {
                            self.roots.pop();
                        }
                        u
                    })
                });
                ScriptEnd {
                    result,
                    deadlock: end.deadlock,
                }
            }
            Err(u) => ScriptEnd {
                result: Some(Err(u)),
                deadlock: None,
            },
        }
    }

    /// Like `run_script`, but a thrown value is returned as it is, after every other
    /// thread has finished; Err is a syntax error.
    fn eval_script_raw(&mut self, source: &str, file: &str) -> Result<RawEnd, Uncaught> {
        if let Some((line, column)) = nesting_too_deep(source) {
            return Err(Uncaught {
                name: Some("SyntaxError".into()),
                message: format!("nesting deeper than {MAX_NESTING} levels is not supported"),
                location: Some(Location {
                    file: file.into(),
                    line,
                    column,
                }),
            });
        }
        let mut interner = Interner::default();
        let scope = boa_ast::scope::Scope::new_global();
        let parsed =
            Parser::new(Source::from_bytes(source.as_bytes())).parse_script(&scope, &mut interner);
        let script = match parsed {
            Ok(s) => s,
            Err(e) => {
                let pos = parse_error_position(&e);
                return Err(Uncaught {
                    name: Some("SyntaxError".into()),
                    message: e.to_string(),
                    location: pos.map(|(line, column)| Location {
                        file: file.into(),
                        line,
                        column,
                    }),
                });
            }
        };
        self.run_parsed_raw(&script, &interner, file)
    }

    /// Compiles and runs an already parsed script (see [`Vm::eval_parsed`]).
    fn run_parsed_raw(
        &mut self,
        script: &boa_ast::Script,
        interner: &Interner,
        file: &str,
    ) -> Result<RawEnd, Uncaught> {
        let code = match compiler::compile_script(script, interner, file) {
            Ok(c) => c,
            Err(e) => {
                return Err(Uncaught {
                    name: Some("SyntaxError".into()),
                    message: e.message,
                    location: e.pos.map(|(line, column)| Location {
                        file: file.into(),
                        line,
                        column,
                    }),
                });
            }
        };
        if std::env::var_os("WEFT_DUMP_BYTECODE").is_some() {
            eprint!("{}", code.listing());
        }
        self.link_code(&code);
        crate::sync::lock(&self.rt.codes).push(Arc::clone(&code));
        let global = self.realm().global;
        let f = self.make_closure(code, Value::UNDEFINED);
        self.roots.push(f.value());
        let at = self.roots.len() - 1;
        let end = self.run_top(|vm| vm.call_function(f.value(), global, &[]));
        if self.roots.get(at) == Some(&f.value()) {
            self.roots.remove(at);
        }
        self.flush_counters();
        Ok(end)
    }

    /// Runs `body` as this thread's JavaScript: counted as an unfinished thread for
    /// deadlock detection when it is the outermost entry (no JavaScript frame below),
    /// which also catches the unwind of a deadlock and, on the main thread, waits for
    /// every other thread at the end. Nested entries run `body` as it is.
    pub(crate) fn run_top(&mut self, body: impl FnOnce(&mut Vm) -> JsResult<Value>) -> RawEnd {
        if !self.frames.is_empty() || self.native_depth > 0 {
            let r = body(self);
            return RawEnd {
                main: Some(r),
                deadlock: None,
            };
        }
        let live = Arc::clone(&self.rt);
        live.threads.liveness.enter();
        let (nr, nroots) = (self.regs.len(), self.roots.len());
        let r = thread::deadlock::catch_deadlock(|| {
            let r = body(self);
            // The thread's jobs and pending async work run before it finishes
            // ([th.thread.main]); the completion stays rooted meanwhile.
            let (Ok(v) | Err(v)) = r;
            self.roots.push(v);
            let saved = self.throw_pos.take();
            self.run_event_loop();
            self.throw_pos = saved;
            self.roots.pop();
            r
        });
        if r.is_none() {
            self.frames.clear();
            self.regs.truncate(nr);
            self.roots.truncate(nroots);
            self.native_depth = 0;
            self.thread_local.jobs.clear();
        }
        let main = r.map(|r| self.finish_main(r));
        live.threads.liveness.leave();
        if self.thread_id == 0 {
            thread::api::wait_for_all(self);
        }
        RawEnd {
            main,
            deadlock: live.threads.liveness.take_report(),
        }
    }

    /// Runs a script as the main thread of an outcome run: the main ending text
    /// (`!! Name: message`, or `blocked` when it was blocked in a deadlock; None when it
    /// completes) and whether the run deadlocked.
    pub fn eval_outcome(&mut self, source: &str, file: &str) -> (Option<String>, bool) {
        match self.eval_script_raw(source, file) {
            Ok(end) => {
                let dead = end.deadlock.is_some();
                match end.main {
                    Some(Ok(_)) => (None, dead),
                    Some(Err(e)) => {
                        self.roots.push(e);
                        (
                            Some(format!("!! {}", thread::outcome::thrown(self, e))),
                            dead,
                        )
                    }
                    None => (Some("blocked".to_string()), dead),
                }
            }
            Err(u) => (Some(format!("!! {}", u.describe())), false),
        }
    }

    /// Ends the main thread's script: records its result for threads that join it
    /// and roots a thrown value (on any thread) while the other threads finish.
    fn finish_main(&mut self, r: Result<Value, Value>) -> Result<Value, Value> {
        if self.thread_id == 0
            && let Some(m) = crate::sync::lock(&self.rt.main_thread).clone()
        {
            thread::async_api::finish_record(&m, r);
        }
        if let Err(e) = r {
            self.roots.push(e);
        }
        r
    }

    /// Describes a thrown value for the host.
    pub fn describe_uncaught(&mut self, e: Value) -> Uncaught {
        let location = self.throw_pos.take().map(|(f, line, column)| Location {
            file: f.to_string(),
            line,
            column,
        });
        self.roots.push(e);
        let mut name = None;
        let mut message = String::new();
        if let Some(o) = e.as_obj() {
            let nk = vm::property::Key::Atom(atom::NAME);
            if self.has_property(o, nk).unwrap_or(false) {
                name = self
                    .get(e, nk)
                    .and_then(|n| self.to_string(n))
                    .ok()
                    .map(|s| String::from_utf16_lossy(s.as_str().unwrap_or(&[])));
                let m = self
                    .get(e, vm::property::Key::Atom(atom::MESSAGE))
                    .unwrap_or(Value::UNDEFINED);
                if !m.is_undefined() {
                    message = self.display(m);
                }
            } else {
                // [language.host.uncaught]: String(value) for an object without a
                // `name` (its own toString may throw; then a fixed description).
                message = match self.to_string(e) {
                    Ok(s) => String::from_utf16_lossy(s.as_str().unwrap_or(&[])),
                    Err(_) => "[object]".into(),
                };
            }
        } else {
            message = self.display(e);
        }
        self.roots.pop();
        Uncaught {
            name,
            message,
            location,
        }
    }

    /// Runs the heap verifier with the world stopped.
    pub fn verify_heap(&mut self) -> Vec<String> {
        let mut roots = Vec::new();
        self.thread_roots(&mut roots);
        let rt = Arc::clone(&self.rt);
        rt.sp
            .with_world_stopped(&rt, roots, |all| heap::verify::verify(&rt.heap, all))
    }
}

fn parse_error_position(e: &boa_parser::Error) -> Option<(u32, u32)> {
    let p = match e {
        boa_parser::Error::Expected { span, .. } | boa_parser::Error::Unexpected { span, .. } => {
            span.start()
        }
        boa_parser::Error::Lex { err } => match err {
            boa_parser::lexer::Error::Syntax(_, pos) => *pos,
            boa_parser::lexer::Error::IO(_) => return None,
        },
        boa_parser::Error::General { position, .. } => *position,
        _ => return None,
    };
    Some((p.line_number(), p.column_number()))
}

/// Runs `source` in a fresh runtime on a thread with a large stack, capturing output.
pub fn run_source(source: &str, file: &str, mut options: Options, verify: bool) -> RunOutput {
    options.capture_output = true;
    let src = source.to_string();
    let file = file.to_string();
    let h = crate::sync::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let rt = Runtime::new(options);
            let mut vm = Vm::new_main(Arc::clone(&rt));
            let result = vm.eval_script(&src, &file).map(|_| ());
            let heap_problems = if verify {
                vm.collect_now();
                vm.verify_heap()
            } else {
                Vec::new()
            };
            let printed = String::from_utf8_lossy(&rt.take_output()).into_owned();
            RunOutput {
                printed,
                result,
                heap_problems,
            }
        });
    match h.map(|h| h.join()) {
        Ok(Ok(o)) => o,
        _ => RunOutput {
            printed: String::new(),
            result: Err(Uncaught {
                name: Some("InternalError".into()),
                message: "the engine thread failed".into(),
                location: None,
            }),
            heap_problems: Vec::new(),
        },
    }
}
