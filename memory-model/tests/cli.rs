//! The `weft-litmus` binary on small litmus files written to a temporary directory: the
//! herd7 layout, the model table, JSON, Graphviz output, `--why`, `--max-executions`,
//! `--check-expectations`, `--solver both`, and the exit codes (0 ok, 1 mismatch, 2 bad
//! input).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SB: &str = "// Litmus: SB+plain
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Sometimes
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  return o.y;
});
const T1 = new Thread(() => {
  o.y = 1;
  return o.x;
});
T0.join();
T1.join();
";

const MP: &str = "// Litmus: MP+sc
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  o.data = 1;
  Atomics.store(o, \"flag\", 1);
});
const T1 = new Thread(() => {
  const f = Atomics.load(o, \"flag\");
  const d = o.data;
  return [f, d];
});
T0.join();
T1.join();
";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write a litmus file");
    p
}

fn run(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_weft-litmus"))
        .args(args)
        .output()
        .expect("run weft-litmus");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

#[test]
fn herd_layout_for_sb_plain_under_weft() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sb = write(dir.path(), "SB+plain.js", SB);
    let (code, out, err) = run(&[s(&sb)]);
    assert_eq!(code, 0, "stderr: {err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Test SB+plain Allowed");
    assert_eq!(lines[1], "States 4");
    assert_eq!(lines[2], "T0=0; T1=0; o.x=1; o.y=1;");
    assert_eq!(
        &lines[6..12],
        &[
            "Ok",
            "Witnesses",
            "Positive: 1 Negative: 3",
            "Condition exists (T0 === 0 && T1 === 0)",
            "Observation SB+plain Sometimes 1 3",
            lines[11],
        ]
    );
    assert!(lines[11].starts_with("Time SB+plain "), "{out}");
}

#[test]
fn mp_sc_is_never_under_weft() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mp = write(dir.path(), "MP+sc.js", MP);
    let (code, out, err) = run(&["--model", "weft", s(&mp)]);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(out.starts_with("Test MP+sc Allowed\nStates 3\n"), "{out}");
    assert!(out.contains("\nNo\n"), "{out}");
    assert!(out.contains("Positive: 0 Negative: 3"), "{out}");
    assert!(out.contains("Observation MP+sc Never 0 3"), "{out}");
}

#[test]
fn several_models_give_a_table_and_expectations_hold() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sb = write(dir.path(), "SB+plain.js", SB);
    let mp = write(dir.path(), "MP+sc.js", MP);
    let (code, out, err) = run(&[
        "--model",
        "weft,ecma",
        "--model",
        "sc,x86-tso",
        "--check-expectations",
        s(&sb),
        s(&mp),
    ]);
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    assert!(out.contains("Test SB+plain Allowed: exists (T0 === 0 && T1 === 0)"));
    let header = out
        .lines()
        .find(|l| l.trim_start().starts_with("State"))
        .expect("a header row");
    for m in ["weft", "ecma", "sc", "x86-tso"] {
        assert!(header.contains(m), "{header}");
    }
    let sb_row = out
        .lines()
        .find(|l| l.starts_with("* T0=0; T1=0;"))
        .expect("the SB state row");
    assert_eq!(sb_row.matches('✓').count(), 3, "{sb_row}");
    assert_eq!(sb_row.matches('·').count(), 1, "{sb_row}");
    assert!(
        out.contains("Sometimes ✓") && out.contains("Never ✓"),
        "{out}"
    );
    assert!(out.contains("Every observation matches its expectation."));
}

#[test]
fn wrong_expectation_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wrong = SB.replace("sc=Never", "sc=Sometimes");
    let sb = write(dir.path(), "SB+wrong.js", &wrong);
    let (code, out, err) = run(&["--model", "all", "--check-expectations", s(&sb)]);
    assert_eq!(code, 1, "stdout: {out}\nstderr: {err}");
    assert!(out.contains("Sometimes ✗"), "{out}");
    assert!(
        err.contains("SB+plain under sc: expected Sometimes, observed Never"),
        "{err}"
    );
    // Without --check-expectations the mismatch is shown but is not a failure.
    let (code, _, _) = run(&["--model", "all", s(&sb)]);
    assert_eq!(code, 0);
}

#[test]
fn bad_input_exits_2_with_file_line_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write(
        dir.path(),
        "bad.js",
        "// Litmus: Bad\n// Condition: exists (T0 === 0)\nconst T0 = new Thread(() => {\n  for (;;) {}\n});\n",
    );
    let sb = write(dir.path(), "SB+plain.js", SB);
    let (code, out, err) = run(&[s(&bad), s(&sb)]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{}:4:3: 'for' loops are not supported", s(&bad))),
        "{err}"
    );
    // The other file is still answered.
    assert!(out.contains("Observation SB+plain Sometimes 1 3"), "{out}");
    let (code, _, err) = run(&[s(&dir.path().join("missing.js"))]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
    let (code, _, _) = run(&["--model", "arm", s(&sb)]);
    assert_eq!(code, 2);
}

#[test]
fn json_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sb = write(dir.path(), "SB+plain.js", SB);
    let (code, out, err) = run(&["--json", "--model", "weft,sc", s(&sb)]);
    assert_eq!(code, 0, "stderr: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let t = &v[0];
    assert_eq!(t["test"], "SB+plain");
    assert_eq!(t["file"], s(&sb));
    let weft = &t["models"]["weft"];
    assert_eq!(weft["observation"], "Sometimes");
    assert_eq!(weft["ok"], true);
    assert_eq!(weft["positive"], 1);
    assert_eq!(weft["negative"], 3);
    assert_eq!(weft["complete"], true);
    assert_eq!(weft["expected"], "Sometimes");
    assert_eq!(weft["matches_expectation"], true);
    assert!(weft["candidates"].as_u64().is_some_and(|c| c > 0));
    assert!(weft["time_ms"].is_number());
    let states = weft["states"].as_array().expect("states");
    assert_eq!(states.len(), 4);
    assert!(
        states
            .iter()
            .any(|st| st["T0"] == 0 && st["T1"] == 0 && st["o.x"] == 1)
    );
    assert_eq!(t["models"]["sc"]["observation"], "Never");
}

#[test]
fn dot_files_one_per_allowed_state() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sb = write(dir.path(), "SB+plain.js", SB);
    let graphs = dir.path().join("graphs");
    let (code, _, err) = run(&["--model", "weft,sc", "--dot", s(&graphs), s(&sb)]);
    assert_eq!(code, 0, "stderr: {err}");
    for n in 0..4 {
        assert!(graphs.join(format!("SB+plain-weft-{n}.dot")).exists());
    }
    for n in 0..3 {
        assert!(graphs.join(format!("SB+plain-sc-{n}.dot")).exists());
    }
    assert!(!graphs.join("SB+plain-sc-3.dot").exists());
    let g = std::fs::read_to_string(graphs.join("SB+plain-weft-0.dot")).expect("read");
    assert!(g.starts_with("digraph"), "{g}");
    assert!(g.contains("W o.x=1 (plain)"), "{g}");
    assert!(g.contains("label=\"rf\""), "{g}");
    assert!(g.contains("label=\"po\""), "{g}");
    assert!(g.contains("label=\"tot\""), "{g}");
    let sc = std::fs::read_to_string(graphs.join("SB+plain-sc-0.dot")).expect("read");
    assert!(sc.contains("label=\"co\""), "{sc}");
}

#[test]
fn why_names_the_violated_axiom() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sb = write(dir.path(), "SB+plain.js", SB);
    let (code, out, err) = run(&[
        "--model",
        "weft,sc",
        "--why",
        "T0 === 0 && T1 === 0",
        s(&sb),
    ]);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(out.contains("weft: allowed"), "{out}");
    assert!(out.contains("sc: forbidden"), "{out}");
    assert!(out.contains("violates [mm.axiom.sc]"), "{out}");
    assert!(out.contains("rf: "), "{out}");
    assert!(out.contains("co: "), "{out}");
    let (code, _, err) = run(&["--why", "T9 === 0", s(&sb)]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown name 'T9'"), "{err}");
}

#[test]
fn max_executions_marks_the_answer_incomplete() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sb = write(dir.path(), "SB+plain.js", SB);
    let (code, out, err) = run(&["--max-executions", "2", s(&sb)]);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(
        out.contains("Incomplete (stopped after 2 candidate executions)"),
        "{out}"
    );
    let (code, _, err) = run(&["--max-executions", "2", "--check-expectations", s(&sb)]);
    assert_eq!(code, 1);
    assert!(
        err.contains("stopped after 2 candidate executions"),
        "{err}"
    );
}

#[test]
fn both_solvers_agree() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sb = write(dir.path(), "SB+plain.js", SB);
    let mp = write(dir.path(), "MP+sc.js", MP);
    let (code, out, err) = run(&["--solver", "both", "--model", "all", s(&sb), s(&mp)]);
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    assert_eq!(
        out.matches("Solvers explicit and z3 agree on every model")
            .count(),
        2,
        "{out}"
    );
}

#[test]
fn svg_rendering_or_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mp = write(dir.path(), "MP+sc.js", MP);
    let graphs = dir.path().join("graphs");
    let (code, _, err) = run(&["--dot", s(&graphs), "--svg", s(&mp)]);
    assert_eq!(code, 0, "stderr: {err}");
    let have_dot = Command::new("dot").arg("-V").output().is_ok();
    for n in 0..3 {
        assert!(graphs.join(format!("MP+sc-weft-{n}.dot")).exists());
        assert_eq!(
            graphs.join(format!("MP+sc-weft-{n}.svg")).exists(),
            have_dot,
            "{err}"
        );
    }
    if !have_dot {
        assert!(err.contains("`dot` is not installed"), "{err}");
    }
    // --svg without --dot is a usage error.
    let (code, _, _) = run(&["--svg", s(&mp)]);
    assert_eq!(code, 2);
}

#[test]
fn many_files_print_the_same_reports() {
    // More than five files turn on the progress bar (on stderr, hidden when it is not
    // a terminal); stdout keeps one herd report per file.
    let dir = tempfile::tempdir().expect("temp dir");
    let files: Vec<PathBuf> = (0..7)
        .map(|i| write(dir.path(), &format!("SB{i}.js"), SB))
        .collect();
    let args: Vec<&str> = files.iter().map(|p| s(p)).collect();
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(out.matches("Test SB+plain Allowed\n").count(), 7, "{out}");
}
