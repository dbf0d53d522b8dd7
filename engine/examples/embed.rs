//! Embedding the engine: one shared runtime, a script that starts JavaScript threads,
//! and the result (or the uncaught error) back in Rust. No `unsafe` needed.
//!
//! Run with `cargo run -p weft-engine --example embed`.

use std::sync::Arc;

use weft_engine::{Options, Runtime, Vm};

fn main() {
    let rt = Runtime::new(Options::default());
    let mut vm = Vm::new_main(Arc::clone(&rt));
    let script = r#"
        const counts = { hits: 0 };
        const workers = [1, 2, 3].map((n) => new Thread(() => {
            for (let i = 0; i < 1000; i++) Atomics.add(counts, "hits", n);
            return n * 10;
        }));
        print("joined:", workers.map((w) => w.join()).join(","));
        counts.hits
    "#;
    match vm.eval_script(script, "embedded.js") {
        Ok(_) => println!("script finished"),
        Err(e) => println!("uncaught: {}", e.describe()),
    }
    match vm.eval_script("null.boom", "second.js") {
        Ok(_) => println!("unexpected success"),
        Err(e) => println!(
            "second script: {} at {:?}",
            e.describe(),
            e.location.map(|l| (l.line, l.column))
        ),
    }
    let stats = rt.heap.stats();
    println!("collections so far: {}", stats.collections);
}
