//! test262 runs on boa_engine: like [`crate::boa_runner`] (fresh context, `print` and
//! `console.log`, the same runtime limits, a large native stack, panics caught), plus a
//! native `$262` host object, and a detailed [`ScriptOutcome`] (the thrown value's
//! `name` and `message`) instead of a corpus line.
//!
//! `$262` has `global` (the global object) and `evalScript(text)` (parses and runs
//! `text` as a second script in the same realm; a parse error throws a `SyntaxError`).
//! It has no `createRealm`, `detachArrayBuffer`, `gc`, `agent` or `IsHTMLDDA`: the tests
//! that need them use features Weft does not claim, or are skipped by the runner's
//! host-hook check (see `Implementation::host_hooks`).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use boa_engine::error::{EngineError, RuntimeLimitError};
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{
    Context, JsError, JsObject, JsResult, JsValue, NativeFunction, Source, js_string,
};

use crate::boa_runner::{BoaOptions, PrintBuffer, install_globals, panic_message, string_of};
use crate::worker::{ScriptCompletion, ScriptOutcome};

/// Runs `source` as a classic script named `path` on a fresh boa context with `$262`,
/// on a new thread with a large stack; a panic becomes
/// [`ScriptCompletion::EngineFailure`].
pub fn run_script(source: &str, path: &str, options: &BoaOptions) -> ScriptOutcome {
    let source = source.to_owned();
    let path = path.to_owned();
    let options = options.clone();
    let spawned = std::thread::Builder::new()
        .name("boa-test262".into())
        .stack_size(options.thread_stack_size)
        .spawn(move || catch_unwind(AssertUnwindSafe(|| run_here(&source, &path, &options))));
    let failure = |message: String| ScriptOutcome {
        printed: String::new(),
        completion: ScriptCompletion::EngineFailure { message },
    };
    match spawned {
        Err(e) => failure(format!("could not start the boa thread: {e}")),
        Ok(handle) => match handle.join() {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(payload)) | Err(payload) => {
                failure(format!("boa_engine panicked: {}", panic_message(&*payload)))
            }
        },
    }
}

fn run_here(source: &str, path: &str, options: &BoaOptions) -> ScriptOutcome {
    let mut context = Context::default();
    let limits = context.runtime_limits_mut();
    limits.set_loop_iteration_limit(options.loop_iteration_limit);
    limits.set_recursion_limit(options.recursion_limit);
    limits.set_stack_size_limit(options.stack_size_limit);
    context.insert_data(PrintBuffer::default());
    let completion = match install_globals(&mut context).and_then(|()| install_262(&mut context)) {
        Err(e) => ScriptCompletion::EngineFailure {
            message: format!(
                "installing the host globals failed: {}",
                e.into_erased(&mut context)
            ),
        },
        Ok(()) => {
            let source = Source::from_bytes(source.as_bytes()).with_path(Path::new(path));
            match context.eval(source).and_then(|_| context.run_jobs()) {
                Ok(()) => ScriptCompletion::Normal,
                Err(e) => completion_of(e, &mut context),
            }
        }
    };
    let printed = context
        .get_data::<PrintBuffer>()
        .map(|b| b.0.borrow().clone())
        .unwrap_or_default();
    ScriptOutcome {
        printed,
        completion,
    }
}

fn install_262(context: &mut Context) -> JsResult<()> {
    let eval_script =
        FunctionObjectBuilder::new(context.realm(), NativeFunction::from_fn_ptr(eval_script))
            .name(js_string!("evalScript"))
            .length(1)
            .constructor(false)
            .build();
    let host = JsObject::with_object_proto(context.intrinsics());
    let global = context.global_object();
    host.define_property_or_throw(js_string!("global"), data(global.clone().into()), context)?;
    host.define_property_or_throw(js_string!("evalScript"), data(eval_script.into()), context)?;
    global.define_property_or_throw(js_string!("$262"), data(host.into()), context)?;
    Ok(())
}

fn data(value: JsValue) -> PropertyDescriptor {
    PropertyDescriptor::builder()
        .value(value)
        .writable(true)
        .enumerable(false)
        .configurable(true)
        .build()
}

/// `$262.evalScript(text)`: runs `text` as a script in the current realm.
fn eval_script(_this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?
        .to_std_string_lossy();
    context.eval(Source::from_bytes(text.as_bytes()))
}

fn completion_of(error: JsError, context: &mut Context) -> ScriptCompletion {
    match error.as_engine() {
        Some(EngineError::RuntimeLimit(RuntimeLimitError::LoopIteration)) => {
            ScriptCompletion::FuelExhausted
        }
        Some(EngineError::RuntimeLimit(
            RuntimeLimitError::Recursion | RuntimeLimitError::StackSize,
        )) => ScriptCompletion::Uncaught {
            name: Some("RangeError".into()),
            message: "boa runtime limit (recursion or stack size)".into(),
        },
        Some(other) => ScriptCompletion::EngineFailure {
            message: other.to_string(),
        },
        None => match error.into_opaque(context) {
            Ok(value) => describe(&value, context),
            Err(e) => ScriptCompletion::EngineFailure {
                message: e.into_erased(context).to_string(),
            },
        },
    }
}

/// `name`/`message` of a thrown value, as the reference interpreter reports them.
fn describe(value: &JsValue, context: &mut Context) -> ScriptCompletion {
    let text = |v: &JsValue, context: &mut Context| {
        string_of(v, context)
            .map_or_else(|_| "<unprintable>".to_owned(), |s| s.to_std_string_lossy())
    };
    if let Some(object) = value.as_object()
        && let Ok(true) = object.has_property(js_string!("name"), context)
    {
        let name = object
            .get(js_string!("name"), context)
            .map_or_else(|_| "<unprintable>".to_owned(), |n| text(&n, context));
        let message = object.get(js_string!("message"), context).map_or_else(
            |_| "<unprintable>".to_owned(),
            |m| {
                if m.is_undefined() {
                    String::new()
                } else {
                    text(&m, context)
                }
            },
        );
        return ScriptCompletion::Uncaught {
            name: Some(name),
            message,
        };
    }
    ScriptCompletion::Uncaught {
        name: None,
        message: text(value, context),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(source: &str) -> ScriptOutcome {
        run_script(source, "t.js", &BoaOptions::default())
    }

    #[test]
    fn host_object_and_errors() {
        let out = run(
            "print(typeof $262.global, $262.global === globalThis); $262.evalScript('var e = 1;'); print(e)",
        );
        assert_eq!(out.printed, "object true\n1\n");
        assert_eq!(out.completion, ScriptCompletion::Normal);
        let out = run("throw new TypeError('m')");
        assert_eq!(
            out.completion,
            ScriptCompletion::Uncaught {
                name: Some("TypeError".into()),
                message: "m".into()
            }
        );
        let out = run(
            "function E(m) { this.message = m } E.prototype.toString = function () { return 'E: ' + this.message }; throw new E('x')",
        );
        assert_eq!(
            out.completion,
            ScriptCompletion::Uncaught {
                name: None,
                message: "E: x".into()
            }
        );
        let out = run("$262.evalScript('let let = 1')");
        assert!(
            matches!(out.completion, ScriptCompletion::Uncaught { name: Some(ref n), .. } if n == "SyntaxError"),
            "{out:?}"
        );
        assert_eq!(
            run("for (;;) {}").completion,
            ScriptCompletion::FuelExhausted
        );
    }
}
