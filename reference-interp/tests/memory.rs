//! A run leaves no objects behind: the interpreter never collects, so every realm's
//! reference cycles must be broken when a run ends (a fuzzing process runs hundreds of
//! thousands of programs and ran out of memory before they were).

use weft_reference_interp::object::live_objects;
use weft_reference_interp::{RunOptions, run_source_on_this_thread};

fn leaked_by(source: &str) -> usize {
    let before = live_objects();
    let out = run_source_on_this_thread(source, "leak.js", &RunOptions::default());
    drop(out);
    live_objects().saturating_sub(before)
}

#[test]
fn a_run_frees_its_realm_and_its_cycles() {
    let program = r#"
        function Node(next) { this.next = next; this.self = this; }
        let ring = new Node(null); ring.next = ring;
        const counter = (() => { let n = 0; return () => ++n; })();
        class A { m() { return counter(); } }
        const m = new Map([[ring, new A()]]);
        Promise.resolve(1).then(v => print(v + m.get(ring).m()));
        print([1, 2, 3].map(x => x * 2).join());
    "#;
    // The first run may set up per-thread state; every later run must free everything.
    leaked_by(program);
    assert_eq!(leaked_by(program), 0, "objects outlived the run");
}

#[test]
fn an_uncaught_error_run_frees_its_objects_too() {
    leaked_by("throw new TypeError('x');");
    assert_eq!(
        leaked_by("let o = {}; o.o = o; throw new TypeError('x');"),
        0
    );
}

#[test]
fn a_minimal_run_returns_to_the_same_count() {
    // (Run without the release the first two tests fail: 286 objects outlive a run.)
    let before = live_objects();
    let out = run_source_on_this_thread("print(1)", "leak.js", &RunOptions::default());
    assert!(out.printed.contains('1'));
    assert_eq!(live_objects(), before);
}
