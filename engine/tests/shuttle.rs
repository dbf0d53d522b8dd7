//! A threaded JavaScript program under shuttle's schedulers (`cargo test -p weft-engine
//! --features shuttle --test shuttle`): two threads share an object, a `Lock` and
//! `Atomics` counters; each execution checks the printed result and runs the heap
//! verifier afterwards. A failing execution prints its schedule; set
//! `WEFT_SHUTTLE_REPLAY` to that string to run exactly that schedule again.
//! `WEFT_SHUTTLE_ITERATIONS` sets the number of executions per scheduler (default 20).

use std::time::Instant;

use weft_engine::Options;
use weft_engine::shuttle_check::{check_pct, check_random, replay, run_program};

const PROGRAM: &str = r#"
const shared = { n: 0, a: 0, log: [] };
const l = new Lock();
const c = new Condition();
const ts = [1, 2].map((k) => new Thread(() => {
  for (let i = 0; i < 2; i++) {
    Atomics.add(shared, "a", k);
    l.hold(() => { shared.n = shared.n + 1; shared.log.push(k); c.notifyAll(); });
    shared["p" + k + i] = { k, i };
  }
  return k * 10;
}));
l.hold(() => { while (shared.n < 4) c.wait(l); });
const r = ts.map((t) => t.join());
print(r.join(","), shared.n, Atomics.load(shared, "a"), shared.log.length, Object.keys(shared).length);
"#;

fn program() {
    let run = run_program(PROGRAM, Options::default());
    assert_eq!(run.deadlock, None);
    assert!(matches!(run.result, Some(Ok(()))), "{:?}", run.result);
    assert_eq!(run.printed, "10,20 4 6 4 7\n");
}

fn iterations() -> usize {
    std::env::var("WEFT_SHUTTLE_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20)
}

#[test]
fn threaded_program_under_pct_and_random_schedules() {
    if let Ok(schedule) = std::env::var("WEFT_SHUTTLE_REPLAY") {
        replay(program, &schedule);
        return;
    }
    let n = iterations();
    let t = Instant::now();
    let done = check_pct(program, n, 3);
    let pct = t.elapsed();
    let t = Instant::now();
    let done_random = check_random(program, n);
    let random = t.elapsed();
    assert_eq!((done, done_random), (n, n));
    eprintln!(
        "shuttle: PCT {n} executions in {:.2} s ({:.1}/s); random {n} in {:.2} s ({:.1}/s)",
        pct.as_secs_f64(),
        n as f64 / pct.as_secs_f64(),
        random.as_secs_f64(),
        n as f64 / random.as_secs_f64()
    );
}
