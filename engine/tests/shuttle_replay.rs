//! Shuttle finds a failing schedule and replays it (`cargo test -p weft-engine --features
//! shuttle --test shuttle_replay`).
//!
//! This test has a binary of its own: shuttle installs its failure-reporting panic hook
//! once per process, with the configuration of the first runner, so a runner that
//! persists failing schedules to a file must be the first one in its process.

use weft_engine::Options;
use weft_engine::shuttle_check::shuttle::FailurePersistence;
use weft_engine::shuttle_check::shuttle::scheduler::RandomScheduler;
use weft_engine::shuttle_check::{config, replay, run_program, run_with};

/// A program with a lost update: two threads increment without the lock. Some schedule
/// loses an increment; its execution fails, shuttle writes the schedule to a file, and
/// replaying that schedule string fails again the same way.
#[test]
fn a_failing_schedule_is_found_and_replays() {
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
