//! `boa-runner FILE.js`: runs FILE.js as a classic script on boa_engine with
//! `print(...)` and `console.log(...)` defined, then runs pending jobs. Exit code 0 on
//! success, 1 on an uncaught exception, 2 when the file cannot be read.

use std::io::Write;
use std::process::ExitCode;

use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{Context, JsResult, JsValue, NativeFunction, Source, js_string};

fn print(_this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut parts = Vec::with_capacity(args.len());
    for arg in args {
        parts.push(arg.to_string(ctx)?.to_std_string_escaped());
    }
    let mut out = std::io::stdout().lock();
    // A closed pipe is not the program's failure; ignore write errors.
    let _ = writeln!(out, "{}", parts.join(" "));
    Ok(JsValue::undefined())
}

fn setup(ctx: &mut Context) -> JsResult<()> {
    ctx.register_global_callable(js_string!("print"), 0, NativeFunction::from_fn_ptr(print))?;
    let console = ObjectInitializer::new(ctx)
        .function(NativeFunction::from_fn_ptr(print), js_string!("log"), 0)
        .build();
    ctx.register_global_property(js_string!("console"), console, Attribute::all())?;
    Ok(())
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: boa-runner FILE.js");
        return ExitCode::from(2);
    };
    let source = match std::fs::read(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("boa-runner: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut ctx = Context::default();
    if let Err(e) = setup(&mut ctx) {
        eprintln!("boa-runner: setup failed: {e}");
        return ExitCode::from(2);
    }
    if let Err(e) = ctx.eval(Source::from_bytes(&source)) {
        eprintln!("Uncaught {e}");
        return ExitCode::from(1);
    }
    if let Err(e) = ctx.run_jobs() {
        eprintln!("Uncaught {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
