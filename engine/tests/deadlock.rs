//! Deadlock detection (spec/threads.md [th.run.deadlock]): a run in which every
//! unfinished thread is blocked is reported — by `weft run` on stderr with exit code 4,
//! and as an error by the embedding API — instead of hanging.

use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use weft_engine::thread::outcome::run_outcome;
use weft_engine::{Options, Runtime, Vm};

/// Runs `src` on a fresh runtime in a helper thread, failing (not hanging) after 20 s.
/// Returns what `eval_script` gave (Ok(()) or the error's description), what was
/// printed and the heap verifier's problems afterwards.
fn run(src: &str) -> (Result<(), String>, String, Vec<String>) {
    run_with(src, 0)
}

fn run_with(src: &str, gc_stress: usize) -> (Result<(), String>, String, Vec<String>) {
    let (tx, rx) = mpsc::channel();
    let src = src.to_string();
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let rt = Runtime::new(Options {
                capture_output: true,
                gc_stress,
                ..Options::default()
            });
            let mut vm = Vm::new_main(std::sync::Arc::clone(&rt));
            let r = vm
                .eval_script(&src, "deadlock.js")
                .map(|_| ())
                .map_err(|u| {
                    assert!(u.is_deadlock(), "not a deadlock: {}", u.describe());
                    u.describe()
                });
            // The runtime stays usable after a deadlock.
            let again = vm.eval_script("print('after', 1 + 1)", "after.js");
            assert!(again.is_ok(), "the runtime is usable after a deadlock");
            vm.collect_now();
            let problems = vm.verify_heap();
            let printed = String::from_utf8_lossy(&rt.take_output()).into_owned();
            let _ = tx.send((r, printed, problems));
        })
        .expect("spawn");
    rx.recv_timeout(Duration::from_secs(20))
        .expect("the run ended (a deadlock must be reported, not hang)")
}

fn assert_deadlock(src: &str, report: &str, printed: &str) {
    let (r, out, problems) = run(src);
    assert_eq!(
        r,
        Err(format!("deadlock: every thread is blocked ({report})"))
    );
    assert_eq!(out, format!("{printed}after 2\n"));
    assert!(problems.is_empty(), "heap problems: {problems:?}");
}

#[test]
fn join_cycle() {
    assert_deadlock(
        "const main = Thread.current; const t = new Thread(() => main.join()); t.join(); print('never');",
        "T0 in join, T1 in join",
        "",
    );
}

#[test]
fn three_thread_join_cycle() {
    assert_deadlock(
        r#"
const o = { published: 0 };
const box = {};
const t1 = new Thread(() => { while (Atomics.load(o, "published") === 0) {} box.t2.join(); });
const t2 = new Thread(() => { t1.join(); });
box.t2 = t2;
Atomics.store(o, "published", 1);
t1.join();
"#,
        "T0 in join, T1 in join, T2 in join",
        "",
    );
}

#[test]
fn lock_never_released() {
    assert_deadlock(
        r#"
const l = new Lock();
const o = { held: 0, x: 0 };
const t = new Thread(() => l.hold(() => { Atomics.store(o, "held", 1); Atomics.wait(o, "x", 0); }));
while (Atomics.load(o, "held") === 0) {}
l.hold(() => print("never"));
"#,
        "T0 in Lock.hold, T1 in Atomics.wait",
        "",
    );
}

#[test]
fn hold_and_join() {
    assert_deadlock(
        "const l = new Lock(); l.hold(() => { const t = new Thread(() => l.hold(() => 1)); t.join(); });",
        "T0 in join, T1 in Lock.hold",
        "",
    );
}

#[test]
fn condition_wait_without_notifier() {
    assert_deadlock(
        "const l = new Lock(), c = new Condition(); print('before'); l.hold(() => c.wait(l)); print('never');",
        "T0 in Condition.wait",
        "before\n",
    );
}

#[test]
fn atomics_wait_forever() {
    assert_deadlock(
        "const o = { x: 0 }; Atomics.wait(o, 'x', 0); print('never');",
        "T0 in Atomics.wait",
        "",
    );
}

#[test]
fn main_joins_a_thread_waiting_on_main() {
    assert_deadlock(
        r#"
const l = new Lock();
l.hold(() => {
  const t = new Thread(() => l.hold(() => "got it"));
  print("joining");
  t.join();
});
"#,
        "T0 in join, T1 in Lock.hold",
        "joining\n",
    );
}

#[test]
fn finished_main_and_a_blocked_thread() {
    assert_deadlock(
        "const o = { x: 0 }; new Thread(() => Atomics.wait(o, 'x', 0)); print('done');",
        "T1 in Atomics.wait",
        "done\n",
    );
}

#[test]
fn catch_and_finally_do_not_see_a_deadlock() {
    assert_deadlock(
        r#"
const o = { x: 0 };
try { Atomics.wait(o, "x", 0); } catch (e) { print("caught"); } finally { print("finally"); }
"#,
        "T0 in Atomics.wait",
        "",
    );
}

#[test]
fn timed_waits_and_notified_waits_are_not_deadlocks() {
    let (r, out, problems) = run(r#"
const o = { x: 0 };
print(Atomics.wait(o, "x", 0, 10));
const l = new Lock(), c = new Condition();
let ready = false;
const t = new Thread(() => l.hold(() => { while (!ready) c.wait(l); return "woken"; }));
const w = new Thread(() => { while (Atomics.wait(o, "x", 0) !== "ok") {} return "notified"; });
while (Atomics.notify(o, "x") === 0) {}
l.hold(() => { ready = true; c.notifyAll(); });
print(t.join(), w.join());
"#);
    assert_eq!(r, Ok(()));
    assert_eq!(out, "timed-out\nwoken notified\nafter 2\n");
    assert!(problems.is_empty());
}

#[test]
fn outcome_lines_end_with_deadlock() {
    let src = "const l = new Lock(); const c = new Condition(); new Thread(() => l.hold(() => c.wait(l))); print('done');";
    assert_eq!(
        run_outcome(src, "d.js"),
        r#"T0 "done" | T1 blocked | deadlock"#
    );
    let src = "const main = Thread.current; const t = new Thread(() => { print('in'); main.join(); }); t.join();";
    assert_eq!(
        run_outcome(src, "d.js"),
        r#"T0 blocked | T1 "in" blocked | deadlock"#
    );
}

#[test]
fn weft_run_reports_a_deadlock_with_exit_code_4() {
    let dir = std::env::temp_dir().join(format!("weft-deadlock-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("d.js");
    std::fs::write(
        &file,
        "const o = { x: 0 }; print('waiting'); Atomics.wait(o, 'x', 0);",
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("run")
        .arg(&file)
        .output()
        .expect("run weft");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "waiting\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "deadlock: every thread is blocked (T0 in Atomics.wait)\n"
    );
}

#[test]
fn deadlocks_under_gc_stress_leave_a_sound_heap() {
    for src in [
        "const main = Thread.current; const t = new Thread(() => { const a = []; for (let i = 0; i < 200; i++) a.push({ i }); main.join(); }); const b = []; for (let i = 0; i < 200; i++) b.push('s' + i); t.join();",
        "const l = new Lock(), c = new Condition(); const ts = [0, 1, 2].map((k) => new Thread(() => { const a = [k]; l.hold(() => c.wait(l)); return a; })); ts.map((t) => t.join());",
    ] {
        let (r, out, problems) = run_with(src, 1);
        assert!(
            r.is_err_and(|e| e.starts_with("deadlock: every thread is blocked (T0 in join")),
            "{src}"
        );
        assert_eq!(out, "after 2\n");
        assert!(problems.is_empty(), "heap problems: {problems:?}");
    }
}

#[test]
fn a_context_that_does_not_wait_for_its_threads_rearms_the_detector() {
    use weft_engine::{Engine, Error};
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let engine = Engine::default();
            let mut main = engine.main_context();
            main.eval("var o = { x: 0 };", "init.js").expect("ok");
            let e = engine.clone();
            let other = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || {
                    let mut cx = e.context();
                    let r = cx.eval("new Thread(() => Atomics.wait(o, 'x', 0)); Atomics.wait(o, 'x', 0);", "w.js");
                    matches!(r, Err(Error::Deadlock(_)))
                })
                .expect("spawn")
                .join()
                .expect("joined");
            // A later, legitimate wait still blocks until notified (no stale deadlock).
            let r = main.eval(
                "const t = new Thread(() => Atomics.wait(o, 'x', 0)); while (Atomics.notify(o, 'x') === 0) {} t.join()",
                "again.js",
            );
            let _ = tx.send((other, r.map(|v| v.as_str().map(String::from))));
        })
        .expect("spawn");
    let (other, again) = rx.recv_timeout(Duration::from_secs(20)).expect("no hang");
    assert!(other, "the other context's script deadlocked");
    assert_eq!(again.expect("no stale deadlock"), Some("ok".to_string()));
}

#[test]
fn a_deadlock_leaves_no_held_lock_and_no_stale_waiter() {
    use weft_engine::{Engine, Error};
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let engine = Engine::default();
            let mut cx = engine.main_context();
            let first = cx.eval(
                "const l = new Lock(), c = new Condition(); l.hold(() => c.wait(l));",
                "first.js",
            );
            let second = cx.eval(
                r#"
const t = new Thread(() => l.hold(() => { c.wait(l); return "woken"; }));
while (l.hold(() => c.notify()) === 0) {}
t.join()
"#,
                "second.js",
            );
            let _ = tx.send((
                matches!(first, Err(Error::Deadlock(_))),
                second.map(|v| v.as_str().map(String::from)),
            ));
        })
        .expect("spawn");
    let (first, second) = rx.recv_timeout(Duration::from_secs(20)).expect("no hang");
    assert!(first, "the first script deadlocks");
    assert_eq!(
        second.expect("the second script runs"),
        Some("woken".to_string())
    );
}
