//! The race stress test (issue 5): race-heavy programs run many times each on real OS
//! threads, the heap verifier after every run; every outcome line must be one of the
//! program's allowed outcomes, and no run may crash, hang (20 s) or upset the verifier.
//!
//! - 13 programs of `conformance/tests/threads` (racy counters, property add/delete and
//!   publication races, Map races, `Lock` counters, `Condition` hand-overs, `Atomics`)
//!   with their `.outcomes`;
//! - 3 programs here: racing adds/deletes/array growth from four threads, a `Condition`
//!   ping-pong of 200 rounds, and racing allocation of a heap large enough that the
//!   collections during the run mark in parallel (ARCHITECTURE.md, "Marking").
//!
//! Each program runs 20 times by default (`WEFT_STRESS_RUNS=N` for N times; every other
//! run also collects every 50 allocations — except the big heap — `WEFT_STRESS_GC=N`
//! changes that interval, 0 turns it off). `engine/tools/stress.sh` runs it with 500 runs and prints the figures.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const CORPUS: &[&str] = &[
    "races/counter-plain-1x1",
    "races/counter-plain-2x2",
    "races/add-property",
    "races/delete-property",
    "races/publish-new-object",
    "races/spawn-race",
    "shared/map-racing-sets",
    "shared/map-get-set-race",
    "shared/array-under-lock",
    "lock/counter-exact",
    "condition/producer-consumer",
    "condition/handshake",
    "atomics/counter-add-exact",
];

const GROWTH: &str = r#"
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
print(arr.length >= 1200);
"#;
// `arr.length` ends at 1200 or more unless a push that read an older length writes its
// `length` after `arr[1199] = …` made it 1200: `length` is a plain location
// ([mm.event.write]), so its last write may be the smaller one (seen once in 500 runs).
const GROWTH_OUTCOMES: &[&str] = &[
    r#"T0 "0,1,2,3" "true" | T1 => 0 | T2 => 1 | T3 => 2 | T4 => 3"#,
    r#"T0 "0,1,2,3" "false" | T1 => 0 | T2 => 1 | T3 => 2 | T4 => 3"#,
];

const PING_PONG: &str = r#"
const l = new Lock();
const c = new Condition();
const s = { turn: 0, log: 0 };
function player(me) {
  for (let i = 0; i < 100; i++) {
    l.hold(() => {
      while (s.turn !== me) c.wait(l);
      s.log = s.log * 3 % 1000003 + me + 1;
      s.turn = 1 - me;
      c.notifyAll();
    });
  }
  return me;
}
const a = new Thread(player, 0);
const b = new Thread(player, 1);
print(a.join(), b.join(), s.turn, s.log);
"#;

/// Parallel marking under racing mutators: four threads allocate lists that survive
/// (more than `PARALLEL_MIN_BLOCKS` blocks, so later collections mark in parallel) and garbage while racing to grow the heap.
const BIG_HEAP: &str = r#"
// One array per thread: racing pushes on one shared array may lose elements (an allowed
// outcome of the race, not what this program checks).
const keep = [[], [], [], []];
const ts = [];
for (let t = 0; t < 4; t++) {
  ts.push(new Thread((id) => {
    let list = null;
    for (let i = 0; i < 25000; i++) {
      list = { i, next: list, s: i % 100 === 0 ? "n" + i : null };
      const junk = [i, { i }];
      if (i % 1000 === 0) keep[id].push(list);
    }
    let n = 0;
    for (let l = list; l; l = l.next) n++;
    return n;
  }, t));
}
const ns = ts.map((t) => t.join());
let ok = keep.every((k) => k.length === 25);
for (const k of keep) for (const l of k) if (typeof l.i !== "number" || l.i % 1000 !== 0) ok = false;
print(ns.join(","), ok);
"#;
const BIG_HEAP_OUTCOMES: &[&str] = &[
    r#"T0 "25000,25000,25000,25000 true" | T1 => 25000 | T2 => 25000 | T3 => 25000 | T4 => 25000"#,
];

fn ping_pong_outcome() -> String {
    let mut log: u64 = 0;
    for i in 0..200 {
        log = log * 3 % 1_000_003 + (i % 2) + 1;
    }
    format!(r#"T0 "0 1 0 {log}" | T1 => 0 | T2 => 1"#)
}

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/tests/threads")
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(default)
}

struct Program {
    name: String,
    source: String,
    outcomes: BTreeSet<String>,
    /// Whether every other run also collects every `WEFT_STRESS_GC` allocations (not for
    /// the big heap: a full collection of it every 50 allocations takes minutes).
    gc_stress: bool,
}

fn programs() -> Vec<Program> {
    let mut out = Vec::new();
    for p in CORPUS {
        let js = corpus_root().join(format!("{p}.js"));
        let source =
            std::fs::read_to_string(&js).unwrap_or_else(|e| panic!("{}: {e}", js.display()));
        let outcomes: BTreeSet<String> = std::fs::read_to_string(js.with_extension("outcomes"))
            .unwrap_or_else(|e| panic!("{p}.outcomes: {e}"))
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect();
        assert!(!outcomes.is_empty(), "{p} has no outcomes");
        out.push(Program {
            name: (*p).to_string(),
            source,
            outcomes,
            gc_stress: true,
        });
    }
    let own = |name: &str, source: &str, outcomes: Vec<String>| Program {
        name: name.to_string(),
        source: source.to_string(),
        outcomes: outcomes.into_iter().collect(),
        gc_stress: name != "stress/big-heap",
    };
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    out.push(own("stress/growth", GROWTH, strings(GROWTH_OUTCOMES)));
    out.push(own(
        "stress/ping-pong",
        PING_PONG,
        vec![ping_pong_outcome()],
    ));
    out.push(own("stress/big-heap", BIG_HEAP, strings(BIG_HEAP_OUTCOMES)));
    out
}

/// One run with the verifier: the outcome line, or why the run failed.
fn run_once(p: &Program, gc_stress: usize) -> Result<String, String> {
    let (tx, rx) = mpsc::channel();
    let (src, name) = (p.source.clone(), p.name.clone());
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let _ = tx.send(weft_engine::thread::outcome::run_outcome_checked(
                &src, &name, gc_stress, true,
            ));
        })
        .map_err(|e| format!("spawn: {e}"))?;
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok((_, problems)) if !problems.is_empty() => {
            Err(format!("heap verifier: {}", problems.join("; ")))
        }
        Ok((line, _)) if p.outcomes.contains(&line) => Ok(line),
        Ok((line, _)) => Err(format!("outcome {line:?} not allowed")),
        Err(mpsc::RecvTimeoutError::Timeout) => Err("hang (no outcome in 20 s)".into()),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("crash (the run panicked)".into()),
    }
}

#[test]
fn race_heavy_programs_never_crash_hang_or_break_the_heap() {
    let runs = env_usize("WEFT_STRESS_RUNS", 20).max(1);
    let gc = env_usize("WEFT_STRESS_GC", 50);
    let all = Instant::now();
    let mut failures = Vec::new();
    let mut total = 0;
    for p in programs() {
        let start = Instant::now();
        let mut histogram: BTreeMap<String, usize> = BTreeMap::new();
        for i in 0..runs {
            let gc_stress = if i % 2 == 1 && p.gc_stress { gc } else { 0 };
            total += 1;
            match run_once(&p, gc_stress) {
                Ok(line) => *histogram.entry(line).or_default() += 1,
                Err(e) => {
                    println!("FAIL {} run {i} (gc stress {gc_stress}): {e}", p.name);
                    failures.push(format!("{} run {i}: {e}", p.name));
                    *histogram.entry(format!("FAILED: {e}")).or_default() += 1;
                }
            }
        }
        println!(
            "{}: {runs} runs in {:.2} s, {} of {} allowed outcomes seen",
            p.name,
            start.elapsed().as_secs_f64(),
            histogram.keys().filter(|k| p.outcomes.contains(*k)).count(),
            p.outcomes.len()
        );
        for (line, n) in &histogram {
            println!("  {n:>6}  {line}");
        }
    }
    println!(
        "stress: {total} runs in {:.2} s, {} failed",
        all.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} failed runs: {failures:#?}",
        failures.len()
    );
}

#[test]
fn a_disallowed_outcome_is_reported() {
    // The checker itself can fail: a program whose only allowed outcome is wrong.
    let p = Program {
        name: "stress/self-check".into(),
        source: "print(1 + 1);".into(),
        outcomes: [r#"T0 "3""#.to_string()].into_iter().collect(),
        gc_stress: false,
    };
    let e = run_once(&p, 0).expect_err("2 is not 3");
    assert!(e.contains("not allowed"), "{e}");
    let ok = Program {
        outcomes: [r#"T0 "2""#.to_string()].into_iter().collect(),
        ..p
    };
    assert_eq!(run_once(&ok, 0).as_deref(), Ok(r#"T0 "2""#));
}
