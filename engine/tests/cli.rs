//! The `weft` command: the REPL driven through a pipe (non-tty stdin), its history
//! file, and `--stats`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn weft(args: &[&str], stdin: &str, home: Option<&std::path::Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_weft"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(h) = home {
        cmd.env("HOME", h);
    }
    let mut child = cmd.spawn().expect("start weft");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("weft ends")
}

fn temp_dir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("weft-cli-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

#[test]
fn repl_prints_results_like_node_and_survives_errors() {
    let input = r#"let x = 40
x + 2
'a\'b'
"text"
[1, "a", { b: 2 }, [3]]
function f(a) {
  return a *
    2;
}
f(21)
null.boom
x
-0
Symbol("s")
undefined
null
true
let = = 2
f
({ a: { b: { c: { d: 1 } } } })
print("printed"); 7
const o = { x: 0 }; Atomics.wait(o, "x", 0)
x * 2
"#;
    let out = weft(&["--no-history"], input, None);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let expected = r#"undefined
42
"a'b"
'text'
[ 1, 'a', { b: 2 }, [ 3 ] ]
undefined
42
Uncaught TypeError: Cannot read properties of null (reading 'boom')
40
-0
Symbol(s)
undefined
null
true
Uncaught SyntaxError: unexpected token '=', primary expression at line 1, col 7
[Function: f]
{ a: { b: { c: [Object] } } }
printed
7
deadlock: every thread is blocked (T0 in Atomics.wait)
80
"#;
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

#[test]
fn repl_input_ending_inside_an_entry_is_a_syntax_error() {
    let out = weft(&["--no-history"], "1 +\n", None);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("Uncaught SyntaxError"), "{stdout}");
}

#[test]
fn repl_keeps_a_history_file_unless_told_not_to() {
    let home = temp_dir("history");
    let out = weft(&[], "1 + 1\nlet y = 3\n", Some(&home));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\nundefined\n");
    let hist = std::fs::read_to_string(home.join(".weft_history")).expect("a history file");
    assert!(
        hist.contains("1 + 1") && hist.contains("let y = 3"),
        "{hist}"
    );
    let other = temp_dir("nohistory");
    let out = weft(&["--no-history"], "1 + 1\n", Some(&other));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
    assert!(!other.join(".weft_history").exists());
    let _ = std::fs::remove_dir_all(&home);
    let _ = std::fs::remove_dir_all(&other);
}

#[test]
fn stats_report_gc_allocation_and_inline_cache_hit_rate() {
    let src = "const a = []; for (let i = 0; i < 20000; i++) a[i] = { v: i }; let s = 0; for (const o of a) s += o.v; print(s);";
    let out = weft(&["--stats", "--gc-stress", "5000", "eval", src], "", None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "199990000\n");
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .find(|l| l.starts_with("gc: "))
        .expect("a stats line");
    let collections: u64 = line["gc: ".len()..]
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a collection count");
    assert!(collections >= 1, "{line}");
    assert!(
        line.contains("max pause") && line.contains("allocated"),
        "{line}"
    );
    let rate: f64 = line
        .split("ic hit rate ")
        .nth(1)
        .and_then(|r| r.split('%').next())
        .and_then(|r| r.parse().ok())
        .expect("an inline-cache hit rate");
    assert!(
        rate > 90.0,
        "the loop's property reads hit the cache: {line}"
    );
}

#[test]
fn uncaught_errors_exit_with_1() {
    let out = weft(&["eval", "null.x"], "", None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("Uncaught TypeError"));
}

#[test]
fn version_flag_prints_the_crate_version() {
    for flag in ["--version", "-V"] {
        let out = weft(&[flag], "", None);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            text.trim(),
            format!("weft {}", env!("CARGO_PKG_VERSION")),
            "{flag}"
        );
    }
}
