//! Threads on the engine: racing property adds, deletes and array growth from several
//! OS threads leave a heap the verifier finds clean (issue 5, "Bad input"), and the
//! synchronised results are exact.

use weft_engine::{Options, run_source};

fn run(src: &str, gc_stress: usize) -> (String, Option<String>, Vec<String>) {
    let options = Options {
        gc_stress,
        ..Options::default()
    };
    let out = run_source(src, "test.js", options, true);
    (
        out.printed,
        out.result.err().map(|u| u.describe()),
        out.heap_problems,
    )
}

const RACES: &str = r#"
const shared = {};
const arr = [];
const ts = [];
for (let t = 0; t < 4; t++) {
  ts.push(new Thread((id) => {
    for (let i = 0; i < 300; i++) {
      shared["k" + ((i * 7 + id) % 50)] = { id, i };
      if (i % 3 === 0) delete shared["k" + ((i + id) % 50)];
      arr.push(id);
      arr[i * 4 + id] = [id, i];
      const copy = shared["k" + (i % 50)];
      if (copy !== undefined && typeof copy.id !== "number") throw new Error("torn");
    }
    return id;
  }, t));
}
print(ts.map((t) => t.join()).join(","));
// push reads length and writes it back: racing pushes may lose elements or write a
// smaller length last, so only the bounds are certain (1 200 pushes, indices < 1 200).
print(Number.isInteger(arr.length) && arr.length >= 1 && arr.length <= 2400);
"#;

#[test]
fn racing_adds_deletes_and_growth_keep_the_heap_sound() {
    for stress in [0, 50] {
        let (printed, err, problems) = run(RACES, stress);
        assert_eq!(err, None, "no uncaught error (gc stress {stress})");
        assert_eq!(printed, "0,1,2,3\ntrue\n");
        assert!(problems.is_empty(), "verifier: {problems:?}");
    }
}

#[test]
fn lock_and_atomics_are_exact() {
    let src = r#"
const o = { n: 0, m: 0 };
const l = new Lock();
const ts = [0, 1, 2].map(() => new Thread(() => {
  for (let i = 0; i < 500; i++) {
    l.hold(() => { o.n = o.n + 1; });
    Atomics.add(o, "m", 1);
  }
}));
ts.forEach((t) => t.join());
print(o.n, o.m);
"#;
    let (printed, err, problems) = run(src, 0);
    assert_eq!(err, None);
    assert_eq!(printed, "1500 1500\n");
    assert!(problems.is_empty(), "verifier: {problems:?}");
}

#[test]
fn condition_hands_over_values() {
    let src = r#"
const l = new Lock(), c = new Condition();
const box = { items: [], done: false };
const consumer = new Thread(() => {
  let got = 0;
  l.hold(() => {
    while (!box.done || box.items.length > 0) {
      if (box.items.length === 0) { c.wait(l); continue; }
      got += box.items.shift();
    }
  });
  return got;
});
for (let i = 1; i <= 100; i++) l.hold(() => { box.items.push(i); c.notify(); });
l.hold(() => { box.done = true; c.notifyAll(); });
print(consumer.join());
"#;
    let (printed, err, problems) = run(src, 0);
    assert_eq!(err, None);
    assert_eq!(printed, "5050\n");
    assert!(problems.is_empty());
}

#[test]
fn self_join_and_deep_recursion_in_a_thread_are_errors() {
    let src = r#"
const t = new Thread(() => { try { Thread.current.join(); } catch (e) { return e.message; } });
print(t.join());
const r = new Thread(() => { function f(n) { return f(n + 1) + 1; } try { f(0); } catch (e) { return e.name; } });
print(r.join());
"#;
    let (printed, err, _) = run(src, 0);
    assert_eq!(err, None);
    assert_eq!(printed, "a thread cannot join itself\nRangeError\n");
}

#[test]
fn syntax_errors_have_positions() {
    let out = run_source(
        "let x = 1;\nlet = = 2;",
        "bad.js",
        Options::default(),
        false,
    );
    let u = out.result.expect_err("a syntax error");
    assert_eq!(u.name.as_deref(), Some("SyntaxError"));
    let loc = u.location.expect("a position");
    assert_eq!((loc.file.as_str(), loc.line), ("bad.js", 2));
}

#[test]
fn heap_limit_is_a_range_error() {
    let options = Options {
        heap_limit: 4 << 20,
        ..Options::default()
    };
    let src = "const keep = []; for (let i = 0; i < 1e7; i++) keep.push({ i, s: 'x' + i });";
    let out = run_source(src, "big.js", options, false);
    let u = out.result.expect_err("the heap limit stops the program");
    assert_eq!(u.name.as_deref(), Some("RangeError"));
}

#[test]
fn too_many_threads_is_a_range_error() {
    let options = Options {
        max_threads: 3,
        ..Options::default()
    };
    let src = r#"
const l = new Lock(), c = new Condition();
let release = false;
const ts = [];
try {
  for (let i = 0; i < 10; i++) ts.push(new Thread(() => { l.hold(() => { while (!release) c.wait(l); }); }));
} catch (e) { print(e.name, ts.length); }
l.hold(() => { release = true; c.notifyAll(); });
ts.forEach((t) => t.join());
"#;
    let out = run_source(src, "many.js", options, true);
    assert!(out.result.is_ok(), "{:?}", out.result);
    assert_eq!(out.printed, "RangeError 2\n");
}
