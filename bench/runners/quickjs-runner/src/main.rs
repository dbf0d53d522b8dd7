//! `quickjs-runner FILE.js`: runs FILE.js as a classic script on QuickJS (the C engine
//! bundled by the `rquickjs` crate) with `print(...)` and `console.log(...)` defined,
//! then runs pending jobs. Exit code 0 on success, 1 on an uncaught exception, 2 when
//! the file cannot be read.

use std::io::Write;
use std::process::ExitCode;

use rquickjs::convert::Coerced;
use rquickjs::function::Rest;
use rquickjs::{CatchResultExt, CaughtError, Context, Function, Object, Runtime};

fn write_line(args: Rest<Coerced<String>>) {
    let line = args
        .0
        .into_iter()
        .map(|c| c.0)
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = std::io::stdout().lock();
    // A closed pipe is not the program's failure; ignore write errors.
    let _ = writeln!(out, "{line}");
}

/// Prints an uncaught exception as `Uncaught Name: message` and its stack.
fn report(e: CaughtError<'_>) {
    match e {
        CaughtError::Exception(ex) => {
            let name: String = ex.get("name").unwrap_or_else(|_| "Error".to_owned());
            let message = ex.message().unwrap_or_default();
            eprintln!("Uncaught {name}: {message}");
            if let Some(stack) = ex.stack() {
                eprint!("{stack}");
            }
        }
        other => eprintln!("Uncaught {other}"),
    }
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: quickjs-runner FILE.js");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("quickjs-runner: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let rt = match Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("quickjs-runner: cannot create a runtime: {e}");
            return ExitCode::from(2);
        }
    };
    rt.set_max_stack_size(64 * 1024 * 1024);
    let ctx = match Context::full(&rt) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("quickjs-runner: cannot create a context: {e}");
            return ExitCode::from(2);
        }
    };
    let ok = ctx.with(|ctx| {
        let setup = (|| -> rquickjs::Result<()> {
            let globals = ctx.globals();
            globals.set("print", Function::new(ctx.clone(), write_line)?)?;
            let console = Object::new(ctx.clone())?;
            console.set("log", Function::new(ctx.clone(), write_line)?)?;
            globals.set("console", console)?;
            Ok(())
        })();
        if let Err(e) = setup {
            eprintln!("quickjs-runner: setup failed: {e}");
            return false;
        }
        let mut opts = rquickjs::context::EvalOptions::default();
        opts.global = true;
        opts.strict = false;
        match ctx.eval_with_options::<(), _>(source, opts).catch(&ctx) {
            Ok(()) => true,
            Err(e) => {
                report(e);
                false
            }
        }
    });
    if !ok {
        return ExitCode::from(1);
    }
    loop {
        match rt.execute_pending_job() {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                eprintln!("Uncaught exception in a job: {e:?}");
                return ExitCode::from(1);
            }
        }
    }
    ExitCode::SUCCESS
}
