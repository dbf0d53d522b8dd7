//! Promises, async functions and the async thread API on real OS threads: exact
//! results under contention, async frames that resume on the thread that settles what
//! they await, `waitAsync` timeouts, and a heap the verifier finds clean afterwards —
//! also while collecting very often (`gc_stress`).

use weft_engine::{Options, run_source};

fn run(src: &str, gc_stress: usize) -> String {
    let options = Options {
        gc_stress,
        ..Options::default()
    };
    let out = run_source(src, "async-threads.js", options, true);
    assert_eq!(
        out.heap_problems,
        Vec::<String>::new(),
        "gc_stress {gc_stress}"
    );
    if let Err(u) = &out.result {
        panic!("uncaught {} (gc_stress {gc_stress})", u.describe());
    }
    out.printed
}

#[test]
fn async_hold_from_four_threads_is_exact() {
    let src = r#"
const l = new Lock();
const o = { n: 0, held: 0 };
const ts = [];
for (let t = 0; t < 4; t++) {
  ts.push(new Thread(() => {
    for (let i = 0; i < 50; i++) {
      l.asyncHold(async () => {
        if (o.held++ !== 0) throw new Error("two holders");
        const v = o.n;
        o.n = v + 1;
        o.held--;
      });
      l.asyncHold().then((release) => { o.n++; release(); });
    }
    return t;
  }));
}
print(ts.map((t) => t.join()).join(","), o.n);
"#;
    for stress in [0, 97] {
        assert_eq!(run(src, stress), "0,1,2,3 400\n");
    }
}

#[test]
fn an_async_frame_resumes_on_the_thread_that_settles_its_promise() {
    let src = r#"
let resolve;
const gate = new Promise((r) => { resolve = r; });
const seen = [];
async function f(i) {
  const mine = [i, "x" + i];
  seen.push(Thread.current.id);
  const v = await gate;
  seen.push(Thread.current.id);
  return mine[1] + v;
}
const ps = [];
for (let i = 0; i < 20; i++) ps.push(f(i));
const t = new Thread(() => { resolve("!"); return "settled"; });
print(t.join(), seen.filter((x) => x === 0).length, seen.filter((x) => x === 1).length);
Promise.all(ps).then((vs) => print(vs[0], vs[19], Thread.current.id));
"#;
    for stress in [0, 13] {
        assert_eq!(run(src, stress), "settled 20 20\nx0! x19! 0\n");
    }
}

#[test]
fn wait_async_times_out_or_is_notified_on_the_calling_thread() {
    let src = r#"
const o = { x: 0, y: 0 };
const a = Atomics.waitAsync(o, "x", 0, 20);
const b = Atomics.waitAsync(o, "y", 0);
const c = Atomics.waitAsync(o, "y", 1);
const d = Atomics.waitAsync(o, "y", 0, 0);
print(a.async, b.async, c.async, c.value, d.async, d.value);
a.value.then((v) => print("a", v, Thread.current.id));
b.value.then((v) => print("b", v, Thread.current.id));
const t = new Thread(() => {
  while (Atomics.notify(o, "y") === 0) Atomics.wait(o, "x", 5, 1);
});
"#;
    let out = run(src, 0);
    let mut lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.remove(0), "true true false not-equal false timed-out");
    lines.sort();
    assert_eq!(lines, ["a timed-out 0", "b ok 0"]);
}

#[test]
fn async_wait_hands_the_lock_back_after_a_notify() {
    let src = r#"
const l = new Lock();
const c = new Condition();
const s = { ready: false, got: [] };
const waiter = new Thread(() => {
  l.asyncHold().then(async (release) => {
    while (!s.ready) await c.asyncWait(l);
    s.got.push("woke holding the lock");
    release();
  });
});
const notifier = new Thread(() => {
  for (;;) {
    const done = l.hold(() => {
      s.ready = true;
      return c.notifyAll() > 0 || s.got.length > 0;
    });
    if (done) return;
    Atomics.wait({ v: 0 }, "v", 0, 1);
  }
});
waiter.join();
notifier.join();
print(s.got.join());
l.hold(() => print("free again"));
"#;
    for stress in [0, 31] {
        assert_eq!(run(src, stress), "woke holding the lock\nfree again\n");
    }
}
