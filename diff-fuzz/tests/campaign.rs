//! The campaign runner: every input is counted exactly once, the optional runs of the
//! sequential oracle follow their samples, and the monitor's hang handling loses no
//! input and saves what it gave up on.

use std::time::Duration;

use weft_diff_fuzz::campaign::{self, Options};
use weft_diff_fuzz::known::KnownList;
use weft_diff_fuzz::oracle::OracleKind;

fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("weft-fuzz-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn a_bounded_campaign_counts_every_input_and_samples_the_optional_runs() {
    let options = Options {
        jobs: 2,
        max_inputs: Some(8),
        gc_stress_sample: 8,
        boa_sample: 4,
        out_dir: temp_dir("bounded"),
        ..Options::new(vec![OracleKind::Seq], 120, 1)
    };
    let stats = campaign::run(&options, &KnownList::default());
    let s = &stats[&OracleKind::Seq];
    assert_eq!(s.execs, 8);
    assert_eq!(s.phase_runs.get("engine"), Some(&8));
    assert_eq!(s.phase_runs.get("reference"), Some(&8));
    // Input 0 makes the GC-stress run; inputs 0 and 4 make the boa run, and any other
    // input only where the engine and the reference disagree.
    assert_eq!(s.phase_runs.get("engine-gc"), Some(&1));
    let boa = s.phase_runs.get("boa").copied().unwrap_or(0);
    assert!(boa >= 2, "{:?}", s.phase_runs);
    assert!(s.exec_per_sec() > 0.0);
    let _ = std::fs::remove_dir_all(&options.out_dir);
}

#[test]
fn inputs_the_monitor_gives_up_on_are_counted_once_and_saved() {
    // With a hang limit of zero the monitor gives up on every input it sees running;
    // inputs that end before it looks are counted by their worker. Either way each
    // input is counted once, and each one given up on is saved as a reproducer.
    let out = temp_dir("hangs");
    let options = Options {
        jobs: 2,
        max_inputs: Some(6),
        hang_limit: Duration::ZERO,
        save_per_kind: 100,
        out_dir: out.clone(),
        ..Options::new(vec![OracleKind::Seq], 120, 3)
    };
    let stats = campaign::run(&options, &KnownList::default());
    let s = &stats[&OracleKind::Seq];
    assert_eq!(s.execs, 6, "{s:?}");
    let hangs: u64 = s
        .kinds
        .iter()
        .filter(|(k, _)| k.ends_with("-hang"))
        .map(|(_, n)| *n)
        .sum();
    let saved = std::fs::read_dir(&out)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().contains("-hang-"))
                .count()
        })
        .unwrap_or(0) as u64;
    assert_eq!(saved, hangs);
    for p in s
        .saved
        .iter()
        .filter(|p| p.to_string_lossy().contains("-hang-"))
    {
        let (oracle, input) = campaign::read_reproducer(p).expect("reproducer");
        assert_eq!(oracle, OracleKind::Seq);
        assert!(input.contains("__fuel"));
    }
    let _ = std::fs::remove_dir_all(&out);
}
