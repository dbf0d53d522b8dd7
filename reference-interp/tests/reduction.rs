//! The partial-order reduction of `explore` (source sets and sleep sets) checked three
//! ways: against the unreduced search on a program small enough to enumerate every
//! interleaving; against the search without sleep sets (source sets alone are sound,
//! and sleep sets are where a reduction loses executions) on programs that exercise
//! every kind of step — plain and atomic accesses, locks, conditions, joins, spawns
//! inside threads, deadlocks — under both models; and for keeping its size: programs
//! that took hundreds of thousands of executions finish within a bound. (The litmus
//! agreement test compares the reduced search with the memory model itself.)

use std::collections::BTreeSet;
use std::path::PathBuf;

use weft_memory_model::online::OnlineModel;
use weft_reference_interp::explore_source;
use weft_reference_interp::threads::explore::{ExploreOptions, ExploreReport};

fn explore(source: &str, name: &str, model: OnlineModel, mode: Mode, max: u64) -> ExploreReport {
    let options = ExploreOptions {
        model,
        reduce: mode != Mode::Naive,
        sleep_sets: mode == Mode::Full,
        max_executions: max,
        ..ExploreOptions::default()
    };
    match explore_source(source, name, &options) {
        Ok(report) => report,
        Err(e) => panic!("{name}: does not run: {e:?}"),
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// Source sets and sleep sets (the default).
    Full,
    /// Source sets alone.
    NoSleep,
    /// Every interleaving.
    Naive,
}

fn outcome_set(r: &ExploreReport) -> BTreeSet<&String> {
    r.outcomes.keys().collect()
}

#[test]
fn the_reduction_finds_what_every_interleaving_finds() {
    // Main and one thread with two accesses each: 3 003 interleavings under sc, 7 245
    // executions under weft (which also chooses what reads read).
    let source =
        "const o = { x: 0, y: 0 };\nnew Thread(() => { o.x = 1; o.y = 1; });\nprint(o.y, o.x);";
    for model in [OnlineModel::Sc, OnlineModel::Weft] {
        let naive = explore(source, "two-writes", model, Mode::Naive, 20_000);
        let reduced = explore(source, "two-writes", model, Mode::Full, 20_000);
        assert!(naive.complete && reduced.complete, "{model:?}: incomplete");
        assert_eq!(outcome_set(&reduced), outcome_set(&naive), "{model:?}");
        assert!(
            reduced.executions * 50 < naive.executions,
            "{model:?}: {} reduced vs {} naive executions",
            reduced.executions,
            naive.executions
        );
    }
}

const PROGRAMS: &[(&str, &str)] = &[
    (
        "write-write-read",
        r#"const o = { x: 0 };
const a = new Thread(() => { o.x = 1; });
const b = new Thread(() => { o.x = 2; return o.x; });
const c = new Thread(() => [o.x, o.x]);
print(a.join(), b.join(), c.join(), o.x);"#,
    ),
    (
        "start-order-matters",
        // The shape of WRC: a thread that has not started yet must still be able to
        // run entirely before the others' writes (lost by plain sleep sets + FG).
        r#"const o = { x: 0, y: 0 };
const a = new Thread(() => { o.x = 1; });
const b = new Thread(() => { const r = o.x; o.y = 1; return r; });
const c = new Thread(() => [o.y, o.x]);
print(a.join(), b.join(), c.join());"#,
    ),
    (
        "locks-and-atomics",
        r#"const o = { n: 0, f: 0 };
const l = new Lock();
const a = new Thread(() => { l.hold(() => { o.n = o.n + 1; }); Atomics.store(o, "f", 1); });
const b = new Thread(() => { const f = Atomics.load(o, "f"); l.hold(() => { o.n = o.n + 10; }); return f; });
print(a.join(), b.join(), o.n);"#,
    ),
    (
        "condition",
        r#"const o = { ready: false };
const l = new Lock();
const c = new Condition();
const w = new Thread(() => l.hold(() => { while (!o.ready) c.wait(l); return "woke"; }));
l.hold(() => { o.ready = true; c.notify(); });
print(w.join());"#,
    ),
    (
        "lock-order-deadlock",
        r#"const l1 = new Lock();
const l2 = new Lock();
const a = new Thread(() => l1.hold(() => l2.hold(() => 1)));
const b = new Thread(() => l2.hold(() => l1.hold(() => 2)));
print(a.join(), b.join());"#,
    ),
    (
        "nested-spawn-and-rmw",
        r#"const o = { n: 0 };
const a = new Thread(() => {
  const inner = new Thread(() => Atomics.add(o, "n", 1));
  const mine = Atomics.add(o, "n", 10);
  return [mine, inner.join()];
});
const b = new Thread(() => Atomics.compareExchange(o, "n", 0, 100));
print(a.join(), b.join(), o.n);"#,
    ),
];

#[test]
fn sleep_sets_lose_no_outcome() {
    for (name, source) in PROGRAMS {
        for model in [OnlineModel::Weft, OnlineModel::Sc] {
            let without = explore(source, name, model, Mode::NoSleep, 200_000);
            let with = explore(source, name, model, Mode::Full, 200_000);
            assert!(
                without.complete && with.complete,
                "{name} ({model:?}): incomplete"
            );
            assert_eq!(
                outcome_set(&with),
                outcome_set(&without),
                "{name} ({model:?}): with sleep sets ({} executions) vs without ({})",
                with.executions,
                without.executions
            );
        }
    }
}

#[test]
fn the_reduction_keeps_three_and_four_thread_programs_small() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // With Flanagan–Godefroid's reduction and no sleep sets these took about 288 000
    // (IRIW) and 19 000 (three threads) executions; with source sets and sleep sets a
    // few hundred.
    let cases = [
        ("../conformance/litmus/IRIW+plain.js", 2_000),
        ("benches/programs/three-threads-20-accesses.js", 2_000),
        ("benches/programs/racy-counter.js", 2_000),
    ];
    for (path, bound) in cases {
        let source = std::fs::read_to_string(root.join(path)).expect("program exists");
        let report = explore(&source, path, OnlineModel::Weft, Mode::Full, bound);
        assert!(
            report.complete,
            "{path}: not complete within {bound} executions ({} run)",
            report.executions
        );
    }
}
