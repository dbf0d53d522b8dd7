//! Parallel marking against serial marking (ARCHITECTURE.md, "Marking"): on a large
//! object graph both mark exactly the same cells, and a collection with parallel marking
//! keeps exactly those cells and leaves the verifier clean.

use std::collections::BTreeSet;

use super::{Heap, mark};
use crate::Vm;
use crate::sync::Arc;
use crate::sync::atomic::Ordering;
use crate::value::Value;
use crate::vm::{Options, Runtime};

/// Deep lists, wide arrays, cycles, Maps, closures, suspended async frames, pending and
/// chained promises, strings — and garbage of each kind next to them.
const GRAPH: &str = r#"
let list = null;
for (let i = 0; i < 40000; i++) list = { i, next: list };
const wide = [];
for (let i = 0; i < 60000; i++) {
  if (i % 3 === 0) wide.push({ i }); else if (i % 3 === 1) wide.push("s" + i); else wide.push([i, i]);
}
const ring = [];
for (let i = 0; i < 3000; i++) { const a = { i }; const b = { a }; a.b = b; ring.push(a); }
const m = new Map();
for (let i = 0; i < 4000; i++) m.set({ k: i }, { v: i, owner: m });
const fns = [];
for (let i = 0; i < 4000; i++) { const captured = { i }; fns.push(() => captured.i + i); }
let open;
const gate = new Promise((r) => { open = r; });
async function waiter(i) { const mine = { i, s: "w" + i }; const v = await gate; return mine.i + v; }
const frames = [];
for (let i = 0; i < 2000; i++) frames.push(waiter(i));
const chained = frames.map((p) => p.then((x) => [x]));
for (let i = 0; i < 30000; i++) { const g = { i, o: [i, { i }], f: () => i }; }
let dropped = [];
for (let i = 0; i < 20000; i++) dropped.push({ i, s: "d" + i });
const gm = new Map();
for (let i = 0; i < 2000; i++) gm.set(i, { i });
async function lost() { await new Promise(() => {}); }
for (let i = 0; i < 500; i++) lost();
dropped = null;
"#;

/// The addresses of the marked cells.
fn marked(heap: &Heap) -> BTreeSet<usize> {
    let mut s = BTreeSet::new();
    heap.for_each_cell(|c| {
        if c.slot().mark.load(Ordering::Relaxed) != 0 {
            s.insert(c.addr());
        }
    });
    s
}

fn clear_marks(heap: &Heap) {
    heap.for_each_cell(|c| c.slot().mark.store(0, Ordering::Relaxed));
}

fn all_cells(heap: &Heap) -> BTreeSet<usize> {
    let mut s = BTreeSet::new();
    heap.for_each_cell(|c| {
        s.insert(c.addr());
    });
    s
}

fn runtime() -> (Arc<Runtime>, Vm) {
    let rt = Runtime::new(Options {
        capture_output: true,
        ..Options::default()
    });
    let vm = Vm::new_main(Arc::clone(&rt));
    (rt, vm)
}

/// Marks with the serial marker and with 1..=3 helpers, returning the serial set and
/// every allocated cell; fails if a parallel marking differs.
fn compare_markers(rt: &Runtime, vm: &Vm) -> (BTreeSet<usize>, BTreeSet<usize>) {
    let mut roots: Vec<Value> = Vec::new();
    vm.thread_roots(&mut roots);
    rt.sp.with_world_stopped(rt, roots, |all| {
        let heap = &rt.heap;
        assert!(marked(heap).is_empty(), "marks left over from a collection");
        mark::mark_serial(all);
        let serial = marked(heap);
        clear_marks(heap);
        for helpers in 1..=3 {
            let ran = mark::mark_parallel(all, helpers);
            assert_eq!(ran, helpers, "every helper was spawned");
            let parallel = marked(heap);
            clear_marks(heap);
            assert!(
                parallel == serial,
                "{helpers} helpers: {} cells marked, serial marking marks {} ({} only in parallel, {} only in serial)",
                parallel.len(),
                serial.len(),
                parallel.difference(&serial).count(),
                serial.difference(&parallel).count()
            );
        }
        (serial, all_cells(heap))
    })
}

#[test]
fn parallel_marking_marks_exactly_what_serial_marking_marks() {
    let (rt, mut vm) = runtime();
    vm.eval_script(GRAPH, "graph.js").expect("script runs");
    let (serial, all) = compare_markers(&rt, &vm);
    // The graph is large and there is garbage next to it, so a marker that marks too
    // little or too much would differ from the serial one somewhere.
    assert!(serial.len() > 150_000, "{} reachable cells", serial.len());
    assert!(
        all.len() - serial.len() > 50_000,
        "{} unreachable cells",
        all.len() - serial.len()
    );
    // A collection with parallel marking keeps exactly the serial survivors.
    rt.heap.set_markers(3);
    let before = rt.heap.stats().collections;
    vm.collect_now();
    assert_eq!(rt.heap.stats().collections, before + 1);
    let (after, all_after) = compare_markers(&rt, &vm);
    assert!(all_after == serial, "survivors differ from serial marking");
    assert!(after == serial, "reachable set changed by the collection");
    assert_eq!(vm.verify_heap(), Vec::<String>::new());
    // The program still works on the surviving graph.
    vm.eval_script(
        "let n = 0; for (let l = list; l; l = l.next) n++; \
         print(n, wide.length, ring[5].b.a === ring[5], m.size, fns[7](), chained.length); \
         open(1); Promise.all(chained).then((xs) => print(xs[1999][0]));",
        "check.js",
    )
    .expect("check runs");
    vm.collect_now();
    assert_eq!(vm.verify_heap(), Vec::<String>::new());
    let out = String::from_utf8(rt.take_output()).expect("utf-8");
    assert_eq!(out, "40000 60000 true 4000 14 2000\n2000\n");
}

#[test]
fn parallel_marking_of_a_tiny_heap_and_of_no_roots() {
    let (rt, mut vm) = runtime();
    vm.eval_script("globalThis.x = { y: [1, { z: 'z' }] };", "tiny.js")
        .expect("script runs");
    compare_markers(&rt, &vm);
    rt.sp.with_world_stopped(&rt, Vec::new(), |_| {
        assert_eq!(mark::mark_parallel(&[], 2), 2);
        assert!(marked(&rt.heap).is_empty());
    });
}

/// Under shuttle (`cargo test -p weft-engine --features shuttle --lib heap::tests::shuttle`)
/// the markers' work sharing and termination run under the random scheduler: every
/// interleaving it picks must mark the serial set and terminate.
#[cfg(feature = "shuttle")]
#[test]
fn shuttle_parallel_marking_matches_serial_under_random_schedules() {
    const SMALL: &str = r#"
let list = null;
for (let i = 0; i < 300; i++) list = { i, next: list };
const wide = [];
for (let i = 0; i < 300; i++) wide.push(i % 2 ? { i } : [i]);
const a = { }; const b = { a }; a.b = b;
const m = new Map([[a, b], ["k", wide]]);
for (let i = 0; i < 300; i++) { const g = { i }; }
"#;
    let iterations = std::env::var("WEFT_SHUTTLE_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    crate::shuttle_check::check_random(
        || {
            let (rt, mut vm) = runtime();
            vm.eval_script(SMALL, "small.js").expect("script runs");
            let (serial, all) = compare_markers(&rt, &vm);
            assert!(serial.len() > 900 && all.len() > serial.len());
        },
        iterations,
    );
}
