//! Runs a script on boa_engine, the third-party engine the corpus and the differential
//! fuzzer compare against, and reports its [`CorpusOutput`].
//!
//! Each run gets a fresh [`Context`] with two extra globals, `print` and `console` (an
//! object with `log`), installed like ordinary global functions (writable, configurable,
//! not enumerable) to match `conformance/tools/expected-from-node.js`. `print(...args)`
//! and `console.log(...args)` convert every argument the way `String(v)` does (symbols
//! become `Symbol(desc)`), join them with one space and append the line and a `\n` to
//! the run's output.
//!
//! The script is evaluated as a classic (sloppy) script, then the job queue is drained.
//! An exception that escapes becomes the completion `Uncaught <name>`, where `<name>` is
//! `ToString(value.name)` for an object that has a `name` property and `String(value)`
//! otherwise (`<unprintable>` if that conversion throws), as the Node tool does.
//!
//! boa's runtime limits keep every run finite: the loop-iteration limit (per call frame)
//! ends a runaway loop with [`CorpusCompletion::FuelExhausted`]; exceeding the recursion
//! or VM stack limit, which boa reports as an uncatchable engine error, is reported as
//! `Uncaught RangeError` (what the reference interpreter and V8 throw, although in boa
//! a `try` cannot catch it). [`run`] evaluates on a fresh thread with a large native
//! stack and turns a panic inside boa into [`CorpusCompletion::EngineFailure`], so
//! neither deep parser recursion nor a boa bug takes the caller down.
//!
//! Unhandled promise rejections are not reported (nor are they by the Node tool).

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use boa_engine::error::{EngineError, RuntimeLimitError};
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{
    Context, JsError, JsObject, JsResult, JsString, JsValue, NativeFunction, Source, js_string,
};

use crate::{CorpusCompletion, CorpusOutput};

/// Limits for one boa run.
#[derive(Debug, Clone)]
pub struct BoaOptions {
    /// Loop iterations allowed per call frame before the run ends as
    /// [`CorpusCompletion::FuelExhausted`].
    pub loop_iteration_limit: u64,
    /// Nested calls allowed before the run ends as `Uncaught RangeError`. The default,
    /// 10 000, is the reference interpreter's default call depth; it is above what the
    /// corpus asks for (`recursion/deep-recursion.js` needs 2001 nested calls) and well
    /// within what the default native stack can take.
    pub recursion_limit: usize,
    /// Values allowed on boa's VM stack before the run ends as `Uncaught RangeError`.
    pub stack_size_limit: usize,
    /// Native stack size of the thread [`run`] evaluates on, in bytes.
    pub thread_stack_size: usize,
}

impl Default for BoaOptions {
    fn default() -> Self {
        Self {
            loop_iteration_limit: 5_000_000,
            recursion_limit: 10_000,
            stack_size_limit: 1 << 20,
            thread_stack_size: 256 << 20,
        }
    }
}

/// Runs `source` as a classic script named `path` on a fresh boa [`Context`], on a new
/// thread with [`BoaOptions::thread_stack_size`] bytes of stack. A panic inside boa (or a
/// failure to start the thread) is reported as [`CorpusCompletion::EngineFailure`].
pub fn run(source: &str, path: &str, options: &BoaOptions) -> CorpusOutput {
    let source = source.to_owned();
    let path = path.to_owned();
    let options = options.clone();
    let spawned = std::thread::Builder::new()
        .name("boa-runner".into())
        .stack_size(options.thread_stack_size)
        .spawn(move || {
            catch_unwind(AssertUnwindSafe(|| {
                run_on_current_thread(&source, &path, &options)
            }))
        });
    let failure = |message: String| CorpusOutput {
        printed: String::new(),
        completion: CorpusCompletion::EngineFailure(message),
    };
    match spawned {
        Err(e) => failure(format!("could not start the boa thread: {e}")),
        Ok(handle) => match handle.join() {
            Ok(Ok(output)) => output,
            Ok(Err(payload)) | Err(payload) => {
                failure(format!("boa_engine panicked: {}", panic_message(&*payload)))
            }
        },
    }
}

/// The message of a panic payload (`&str` or `String`), or a placeholder.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic payload>".to_owned()
    }
}

/// What `print` has written so far, kept in the context's host-defined data.
#[derive(Default)]
pub(crate) struct PrintBuffer(pub(crate) RefCell<String>);

/// Like [`run`], but on the calling thread and without catching panics. The caller must
/// provide enough native stack for deeply nested source text.
pub fn run_on_current_thread(source: &str, path: &str, options: &BoaOptions) -> CorpusOutput {
    let mut context = Context::default();
    let limits = context.runtime_limits_mut();
    limits.set_loop_iteration_limit(options.loop_iteration_limit);
    limits.set_recursion_limit(options.recursion_limit);
    limits.set_stack_size_limit(options.stack_size_limit);
    context.insert_data(PrintBuffer::default());

    let completion = match install_globals(&mut context) {
        Err(e) => CorpusCompletion::EngineFailure(format!(
            "installing print/console failed: {}",
            describe_error(e, &mut context)
        )),
        Ok(()) => {
            let source = Source::from_bytes(source.as_bytes()).with_path(Path::new(path));
            match context.eval(source).and_then(|_| context.run_jobs()) {
                Ok(()) => CorpusCompletion::Normal,
                Err(e) => completion_of_error(e, &mut context),
            }
        }
    };
    let printed = context
        .get_data::<PrintBuffer>()
        .map(|b| b.0.borrow().clone())
        .unwrap_or_default();
    CorpusOutput {
        printed,
        completion,
    }
}

/// Installs `print` and `console.log` on the context's global object.
pub(crate) fn install_globals(context: &mut Context) -> JsResult<()> {
    let print_fn =
        FunctionObjectBuilder::new(context.realm(), NativeFunction::from_fn_ptr(print_native))
            .name(js_string!("print"))
            .length(0)
            .constructor(false)
            .build();
    let log =
        FunctionObjectBuilder::new(context.realm(), NativeFunction::from_fn_ptr(print_native))
            .name(js_string!("log"))
            .length(0)
            .constructor(false)
            .build();
    let console = JsObject::with_object_proto(context.intrinsics());
    console.define_property_or_throw(js_string!("log"), method(log.into()), context)?;
    let global = context.global_object();
    global.define_property_or_throw(js_string!("print"), method(print_fn.into()), context)?;
    global.define_property_or_throw(js_string!("console"), method(console.into()), context)?;
    Ok(())
}

/// A data property as ordinary global functions and methods have it.
fn method(value: JsValue) -> PropertyDescriptor {
    PropertyDescriptor::builder()
        .value(value)
        .writable(true)
        .enumerable(false)
        .configurable(true)
        .build()
}

/// `print(...args)` / `console.log(...args)`.
fn print_native(_this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mut line = String::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        line.push_str(&string_of(arg, context)?.to_std_string_lossy());
    }
    line.push('\n');
    if let Some(buffer) = context.get_data::<PrintBuffer>() {
        buffer.0.borrow_mut().push_str(&line);
    }
    Ok(JsValue::undefined())
}

/// `String(value)`: `ToString`, except that a symbol gives its descriptive string.
pub(crate) fn string_of(value: &JsValue, context: &mut Context) -> JsResult<JsString> {
    match value.as_symbol() {
        Some(symbol) => Ok(symbol.descriptive_string()),
        None => value.to_string(context),
    }
}

fn completion_of_error(error: JsError, context: &mut Context) -> CorpusCompletion {
    match error.as_engine() {
        Some(EngineError::RuntimeLimit(RuntimeLimitError::LoopIteration)) => {
            CorpusCompletion::FuelExhausted
        }
        Some(EngineError::RuntimeLimit(
            RuntimeLimitError::Recursion | RuntimeLimitError::StackSize,
        )) => CorpusCompletion::Uncaught("RangeError".to_owned()),
        Some(other) => CorpusCompletion::EngineFailure(other.to_string()),
        None => match error.into_opaque(context) {
            Ok(value) => CorpusCompletion::Uncaught(uncaught_name(&value, context)),
            Err(e) => CorpusCompletion::EngineFailure(describe_error(e, context)),
        },
    }
}

/// `ToString(value.name)` for an object that has a `name` property, else
/// `String(value)`; `<unprintable>` when the conversion throws.
fn uncaught_name(value: &JsValue, context: &mut Context) -> String {
    let text = match value.as_object() {
        Some(object) => match object.has_property(js_string!("name"), context) {
            Ok(true) => object
                .get(js_string!("name"), context)
                .and_then(|name| string_of(&name, context)),
            Ok(false) => string_of(value, context),
            Err(e) => Err(e),
        },
        None => string_of(value, context),
    };
    text.map_or_else(|_| "<unprintable>".to_owned(), |s| s.to_std_string_lossy())
}

fn describe_error(error: JsError, context: &mut Context) -> String {
    error.into_erased(context).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boa(source: &str) -> String {
        run(source, "test.js", &BoaOptions::default()).render()
    }

    #[test]
    fn print_and_console_log_convert_like_string() {
        assert_eq!(
            boa(
                "print(1, 'a', true, null, undefined, 1.5e21, -0); console.log(Symbol('s'), [1,2], {})"
            ),
            "1 a true null undefined 1.5e+21 0\nSymbol(s) 1,2 [object Object]\n"
        );
        assert_eq!(boa("print()"), "\n");
    }

    #[test]
    fn globals_are_not_enumerable() {
        assert_eq!(
            boa(
                "print(Object.keys(globalThis).length, Object.getOwnPropertyDescriptor(globalThis, 'print').writable, typeof console.log)"
            ),
            "0 true function\n"
        );
    }

    #[test]
    fn uncaught_lines() {
        assert_eq!(boa("print(1); null.x"), "1\nUncaught TypeError\n");
        assert_eq!(boa("throw 42"), "Uncaught 42\n");
        assert_eq!(boa("throw {}"), "Uncaught [object Object]\n");
        assert_eq!(boa("throw {name: 'N'}"), "Uncaught N\n");
        assert_eq!(
            boa("throw {toString() { throw 1 }}"),
            "Uncaught <unprintable>\n"
        );
        assert_eq!(
            boa("class E extends Error {}; throw new E('m')"),
            "Uncaught Error\n"
        );
        assert_eq!(boa("let x = ;"), "Uncaught SyntaxError\n");
        assert_eq!(boa("undefinedVariable"), "Uncaught ReferenceError\n");
    }

    #[test]
    fn jobs_run_after_the_script() {
        assert_eq!(
            boa("Promise.resolve(2).then(v => print(v)); print(1)"),
            "1\n2\n"
        );
    }

    #[test]
    fn limits_end_runaway_programs() {
        assert_eq!(boa("print(0); for (;;) {}"), "0\nFuelExhausted\n");
        assert_eq!(boa("function f() { f() } f()"), "Uncaught RangeError\n");
    }

    #[test]
    fn recursion_up_to_the_limit_works() {
        let src = "function d(n) { return n === 0 ? 0 : 1 + d(n - 1); } print(d(9000))";
        assert_eq!(boa(src), "9000\n");
        let getter = "var o = { get x() { return this.x; } }; o.x";
        assert_eq!(boa(getter), "Uncaught RangeError\n");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 2_000;
        let src = format!("print({}1{})", "(".repeat(depth), ")".repeat(depth));
        assert_eq!(boa(&src), "1\n");
    }
}
