//! Embedding the engine: a shared `Engine`, a Rust closure registered as the JavaScript
//! function `record`, and JavaScript threads that call it in parallel; values and errors
//! come back to Rust as `Result`s. No `unsafe` anywhere.
//!
//! Run with `cargo run -p weft-engine --example embed`.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use weft_engine::{Engine, Error, JsValue};

/// Runs the demonstration; returns the lines it would print.
pub fn run() -> Result<Vec<String>, Error> {
    let engine = Engine::default();
    let mut cx = engine.main_context();
    let mut out = Vec::new();

    // A native function any JavaScript thread may call: it squares its argument and
    // remembers which threads called it.
    let callers = Arc::new(Mutex::new(BTreeSet::new()));
    let seen = Arc::clone(&callers);
    cx.register_fn("record", 1, move |cx, _this, args| {
        let n = args
            .first()
            .and_then(JsValue::as_number)
            .unwrap_or(f64::NAN);
        if n.is_nan() {
            return Err(cx.error_value("TypeError", "record: expected a number"));
        }
        seen.lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(cx.thread_id());
        Ok(JsValue::Number(n * n))
    });

    let total = cx.eval(
        r#"
        const workers = [1, 2, 3].map((k) => new Thread(() => {
            let sum = 0;
            for (let i = 1; i <= 100; i++) sum += record(k * i);
            return sum;
        }));
        workers.map((w) => w.join()).reduce((a, b) => a + b, 0)
        "#,
        "workers.js",
    )?;
    out.push(format!(
        "sum of squares from 3 threads: {}",
        total.as_number().unwrap_or(f64::NAN)
    ));
    let ids: Vec<u32> = callers
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .copied()
        .collect();
    out.push(format!("threads that called Rust: {ids:?}"));

    // A JavaScript function called from Rust.
    let add = cx.eval("(a, b) => a + b", "add.js")?;
    let r = cx.call(
        &add,
        &JsValue::Undefined,
        &[JsValue::from("weft"), JsValue::from(1.5)],
    )?;
    out.push(format!(
        "add('weft', 1.5) = {:?}",
        r.as_str().unwrap_or("?")
    ));

    // Errors: a throw from Rust seen by JavaScript, and an uncaught one seen by Rust.
    let caught = cx.eval(
        "let m = 'nothing thrown';\ntry { record('x'); } catch (e) { m = e.name + ': ' + e.message; }\nm",
        "catch.js",
    )?;
    out.push(format!(
        "JavaScript caught: {}",
        caught.as_str().unwrap_or("?")
    ));
    match cx.eval("let o = null;\no.field", "boom.js") {
        Err(e) => out.push(format!("Rust got: {e}")),
        Ok(v) => out.push(format!("unexpected value {v:?}")),
    }
    Ok(out)
}

fn main() {
    // Deep JavaScript -> Rust -> JavaScript recursion runs on this thread's stack.
    let h = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(run)
        .expect("spawn the engine thread");
    match h.join() {
        Ok(Ok(lines)) => lines.iter().for_each(|l| println!("{l}")),
        Ok(Err(e)) => {
            eprintln!("embedding failed: {e}");
            std::process::exit(1);
        }
        Err(_) => {
            eprintln!("the engine thread panicked");
            std::process::exit(70);
        }
    }
}
