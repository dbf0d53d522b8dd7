//! The shuttle oracle (`cargo test -p weft-diff-fuzz --features shuttle --test shuttle`):
//! a deliberately wrong outcome set makes some schedule fail; the failing schedule,
//! saved next to its reproducer, replays to the same failure, every time.

use std::collections::BTreeSet;

use weft_diff_fuzz::campaign::{self, Options};
use weft_diff_fuzz::known::KnownList;
use weft_diff_fuzz::oracle::schedule::RecordedSchedule;
use weft_diff_fuzz::oracle::shuttle::{ShuttleOptions, check_against, replay};
use weft_diff_fuzz::oracle::{OracleKind, Verdict, conc};

/// Two threads race on `o.x`; the main thread prints the winner.
const RACE: &str = r#"
const o = { x: 0 };
const t = new Thread(() => { o.x = 1; return 0; });
o.x = 2;
t.join();
print(o.x);
"#;

fn search_options() -> ShuttleOptions {
    ShuttleOptions {
        pct_iterations: 30,
        random_iterations: 30,
        ..ShuttleOptions::default()
    }
}

#[test]
fn a_wrong_outcome_set_fails_and_the_saved_schedule_replays_the_failure() {
    let allowed = conc::explore(RACE).expect("the reference explores the race");
    assert_eq!(allowed.len(), 2, "{allowed:?}");
    // Leave out the outcome where the main thread's write wins.
    let wrong: BTreeSet<String> = allowed
        .iter()
        .filter(|l| !l.contains("\"2\""))
        .cloned()
        .collect();
    assert_eq!(wrong.len(), 1, "{allowed:?}");

    // The right set: no schedule fails.
    let ok = check_against(RACE, &allowed, &search_options());
    assert!(ok.divergence.is_none(), "{ok:?}");

    // The wrong set: some schedule fails, and its schedule is recorded.
    let v = check_against(RACE, &wrong, &search_options());
    let d = v
        .divergence
        .clone()
        .expect("a schedule where the main thread wins");
    assert_eq!(d.kind, "shuttle-outcome-not-allowed");
    assert!(d.detail.contains("\"2\""), "{}", d.detail);
    let schedule_text = v.schedule.clone().expect("the failing schedule");

    // Saved as a campaign saves it: the reproducer and, next to it, the schedule.
    let dir = std::env::temp_dir().join(format!("weft-fuzz-shuttle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("shuttle-outcome-not-allowed-s0-i0.js");
    let text = campaign::reproducer_text(OracleKind::Shuttle, 0, 0, "", &v, RACE);
    std::fs::write(&path, text).expect("write the reproducer");
    std::fs::write(campaign::schedule_path(&path), &schedule_text).expect("write the schedule");

    let (oracle, input) = campaign::read_reproducer(&path).expect("read the reproducer");
    assert_eq!(oracle, OracleKind::Shuttle);
    let saved = std::fs::read_to_string(campaign::schedule_path(&path)).expect("read");
    let schedule = RecordedSchedule::decode(&saved).expect("decode the schedule");
    let _ = std::fs::remove_dir_all(&dir);

    // Replayed, the schedule fails the same way — the same engine outcome — every time.
    let engine_line = |detail: &str| detail.lines().nth(1).map(str::to_owned);
    for _ in 0..3 {
        let (kind, detail) = replay(&input, &wrong, &schedule).expect("the failure again");
        assert_eq!(kind, d.kind);
        assert_eq!(engine_line(&detail), engine_line(&d.detail), "{detail}");
    }
    // Against the right set the same execution passes: it is the set that is wrong.
    assert_eq!(replay(&input, &allowed, &schedule), None);
}

#[test]
fn a_schedule_that_does_not_fit_the_program_is_reported() {
    let allowed = conc::explore(RACE).expect("explores");
    let wrong = RecordedSchedule {
        scheduler: "pct".into(),
        gc_stress: 0,
        seed: 1,
        steps: vec![weft_diff_fuzz::oracle::schedule::Step::Task(7); 3],
    };
    let (kind, _) = replay(RACE, &allowed, &wrong).expect("fails");
    assert_eq!(kind, "schedule-mismatch");
}

#[test]
fn a_shuttle_campaign_checks_generated_threaded_programs() {
    let out = std::env::temp_dir().join(format!("weft-fuzz-shuttle-run-{}", std::process::id()));
    let options = Options {
        max_inputs: Some(3),
        out_dir: out.clone(),
        ..Options::new(vec![OracleKind::Shuttle], 300, 1)
    };
    let stats = campaign::run(&options, &KnownList::default());
    let s = &stats[&OracleKind::Shuttle];
    assert_eq!(s.execs, 3);
    let _ = std::fs::remove_dir_all(&out);
    // Replaying a reproducer without a schedule searches again.
    let v: Verdict = campaign::replay(OracleKind::Shuttle, RACE, None, 1);
    assert!(v.divergence.is_none(), "{v:?}");
}
