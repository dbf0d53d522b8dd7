//! The language corpus on the production engine: every
//! `conformance/tests/language/**/*.js` runs (with the heap verifier afterwards) and its
//! output must equal the `.expected` file next to it — except the programs listed in
//! `tests/known-failures.txt` (each with a reason), which must still fail: a listed
//! program that passes makes this test fail, so the list only shrinks.
//!
//! `WEFT_UPDATE_KNOWN_FAILURES=1 cargo test -p weft-engine --test corpus` rewrites the
//! list from the current results; `WEFT_GC_STRESS=N` runs every program collecting
//! every N allocations.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use weft_engine::{Options, run_source};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/tests/language")
}

fn known_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/known-failures.txt")
}

fn normalize(s: &str) -> String {
    s.strip_prefix('\u{feff}')
        .unwrap_or(s)
        .replace("\r\n", "\n")
}

/// Runs one program; Ok(()) when it passes, Err(reason) otherwise.
fn run_case(path: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("unreadable: {e}"))?;
    let expected = std::fs::read_to_string(path.with_extension("expected"))
        .map(|s| normalize(&s))
        .map_err(|e| format!("no .expected: {e}"))?;
    let name = path.display().to_string();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        // WEFT_GC_STRESS=N collects every N allocations (rooting bugs show up as
        // verifier failures or wrong output).
        let gc_stress = std::env::var("WEFT_GC_STRESS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let options = Options {
            gc_stress,
            ..Options::default()
        };
        let out = run_source(&src, &name, options, true);
        let _ = tx.send(out);
    });
    let out = rx
        .recv_timeout(Duration::from_secs(10))
        .map_err(|_| "timeout (10 s)".to_string())?;
    let mut actual = out.printed.clone();
    if let Err(u) = &out.result {
        actual.push_str(&format!("Uncaught {}\n", u.corpus_name()));
    }
    if !out.heap_problems.is_empty() {
        return Err(format!("heap verifier: {}", out.heap_problems[0]));
    }
    if actual == expected {
        return Ok(());
    }
    if let Err(u) = &out.result
        && !expected.contains(&format!("Uncaught {}", u.corpus_name()))
    {
        return Err(format!("uncaught {}", u.describe())
            .chars()
            .take(160)
            .collect());
    }
    let (a, e): (Vec<&str>, Vec<&str>) = (actual.lines().collect(), expected.lines().collect());
    for i in 0..a.len().max(e.len()) {
        let (x, y) = (
            a.get(i).copied().unwrap_or("<none>"),
            e.get(i).copied().unwrap_or("<none>"),
        );
        if x != y {
            let r = format!("line {}: got {x:?}, expected {y:?}", i + 1);
            return Err(r.chars().take(160).collect());
        }
    }
    Err("output differs".into())
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "js") {
            out.push(p);
        }
    }
}

fn main() {
    // The libtest protocol cargo-nextest speaks: this binary is one test, `corpus`.
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--list") {
        if !args.iter().any(|a| a == "--ignored") {
            println!("corpus: test");
        }
        return;
    }
    let root = corpus_dir();
    let mut files = Vec::new();
    collect(&root, &mut files);
    assert!(
        !files.is_empty(),
        "no corpus programs under {}",
        root.display()
    );
    let filter: Option<String> = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-') && a != "corpus");
    let known: BTreeMap<String, String> = std::fs::read_to_string(known_path())
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(" # ") {
            Some((p, r)) => (p.trim().to_string(), r.trim().to_string()),
            None => (l.trim().to_string(), String::new()),
        })
        .collect();
    let mut results: BTreeMap<String, Result<(), String>> = BTreeMap::new();
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap_or(f).display().to_string();
        if let Some(fl) = &filter
            && !rel.contains(fl.as_str())
        {
            continue;
        }
        let r = run_case(f);
        if let Err(e) = &r
            && !known.contains_key(&rel)
        {
            println!("FAIL {rel}: {e}");
        }
        results.insert(rel, r);
    }
    if std::env::var_os("WEFT_UPDATE_KNOWN_FAILURES").is_some() {
        let mut text = String::from(
            "# Corpus programs the engine does not pass yet, each with the reason observed.\n# Regenerate with WEFT_UPDATE_KNOWN_FAILURES=1 cargo test -p weft-engine --test corpus\n",
        );
        for (p, r) in &results {
            if let Err(reason) = r {
                text.push_str(&format!("{p} # {}\n", reason.replace('\n', " ")));
            }
        }
        std::fs::write(known_path(), text).expect("write known-failures.txt");
    }
    let (mut passed, mut failed) = (0, 0);
    let mut problems = Vec::new();
    for (p, r) in &results {
        match (r, known.contains_key(p)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                failed += 1;
                problems.push(format!("STALE known failure (now passes): {p}"));
            }
            (Err(_), true) => passed += 1,
            (Err(_), false) => failed += 1,
        }
    }
    if filter.is_none() {
        for p in known.keys() {
            if !results.contains_key(p) {
                failed += 1;
                problems.push(format!("known failure names a missing program: {p}"));
            }
        }
    }
    let really_passing = results.values().filter(|r| r.is_ok()).count();
    for p in &problems {
        println!("{p}");
    }
    println!(
        "corpus: {really_passing} of {} programs pass on the engine ({} listed as known failures)",
        results.len(),
        known.len()
    );
    println!("{passed} passed, {failed} failed");
    std::process::exit(if failed == 0 { 0 } else { 1 });
}
