//! A threaded JavaScript program under shuttle's schedulers (`cargo test -p weft-engine
//! --features shuttle --test shuttle`): two threads share an object, a `Lock` and
//! `Atomics` counters; each execution checks the printed result and runs the heap
//! verifier afterwards. A failing execution prints its schedule; set
//! `WEFT_SHUTTLE_REPLAY` to that string to run exactly that schedule again.
//! `WEFT_SHUTTLE_ITERATIONS` sets the number of executions per scheduler (default 20).

use std::time::Instant;

use weft_engine::Options;
use weft_engine::shuttle_check::shuttle::FailurePersistence;
use weft_engine::shuttle_check::shuttle::scheduler::RandomScheduler;
use weft_engine::shuttle_check::{check_pct, check_random, config, replay, run_program, run_with};

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

/// Shuttle's failure reporting is process-wide: one runner at a time.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

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
    let _serial = serial();
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

/// A program with a lost update: two threads increment without the lock. Some schedule
/// loses an increment; its execution fails, shuttle writes the schedule to a file, and
/// replaying that schedule string fails again the same way.
#[test]
fn a_failing_schedule_is_found_and_replays() {
    let _serial = serial();
    const RACY: &str = r#"
const o = { n: 0, go: 0 };
const ts = [0, 1].map(() => new Thread(() => {
  while (Atomics.load(o, "go") === 0) {}
  const v = o.n;
  for (let i = 0; i < 20; i++) {}
  o.n = v + 1;
}));
Atomics.store(o, "go", 1);
ts.forEach((t) => t.join());
print(o.n);
"#;
    fn racy() {
        let run = run_program(RACY, Options::default());
        assert_eq!(run.printed, "2\n", "lost update");
    }
    let dir = std::env::temp_dir().join(format!("weft-shuttle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut cfg = config();
    cfg.failure_persistence = FailurePersistence::File(Some(dir.clone()));
    let found = std::panic::catch_unwind(|| {
        run_with(RandomScheduler::new_from_seed(0x5eed, 200), cfg, racy)
    });
    assert!(found.is_err(), "200 random schedules never lost the update");
    let file = std::fs::read_dir(&dir)
        .expect("schedule dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .expect("a persisted schedule");
    let schedule = std::fs::read_to_string(&file).expect("read schedule");
    let _ = std::fs::remove_dir_all(&dir);
    let again = std::panic::catch_unwind(|| replay(racy, &schedule));
    let msg = again.expect_err("the replayed schedule fails again");
    let text = msg
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| msg.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default();
    assert!(text.contains("lost update"), "{text}");
}
