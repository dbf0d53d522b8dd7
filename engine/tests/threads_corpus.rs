//! The thread-API corpus on the engine: every `conformance/tests/threads/**/*.js` that
//! uses only what the engine supports runs once on real OS threads, and its outcome line
//! (spec/threads.md [th.outcome.line]) must be one of the program's `.outcomes`, and
//! the heap verifier must find nothing afterwards (`WEFT_GC_STRESS=N` collects every N
//! allocations). Programs that may deadlock run, and a deadlocked run must end with the
//! `| deadlock` outcome line rather than hang. Failures not listed in
//! `tests/threads-known-failures.txt` fail the test, and so does a listed program that
//! passes; `WEFT_UPDATE_KNOWN_FAILURES=1` rewrites the list.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// Globals the engine does not have (hosts' timers and microtask hooks are not part of
/// the threads API).
const UNSUPPORTED: &[&str] = &["queueMicrotask", "setTimeout"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/tests/threads")
}

fn known_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/threads-known-failures.txt")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    v.sort();
    for p in v {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "js") {
            out.push(p);
        }
    }
}

fn main() {
    // The libtest protocol cargo-nextest speaks: this binary is one test,
    // `threads_corpus`.
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--list") {
        if !args.iter().any(|a| a == "--ignored") {
            println!("threads_corpus: test");
        }
        return;
    }
    let mut files = Vec::new();
    collect(&root(), &mut files);
    assert!(
        !files.is_empty(),
        "no thread corpus under {}",
        root().display()
    );
    let known: BTreeMap<String, String> = std::fs::read_to_string(known_path())
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(" # ") {
            Some((p, r)) => (p.trim().to_string(), r.trim().to_string()),
            None => (l.trim().to_string(), String::new()),
        })
        .collect();
    let (mut unsupported, mut results) = (0, BTreeMap::new());
    for f in &files {
        let rel = f.strip_prefix(root()).unwrap_or(f).display().to_string();
        let src = std::fs::read_to_string(f).unwrap_or_default();
        let outcomes: BTreeSet<String> = std::fs::read_to_string(f.with_extension("outcomes"))
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect();
        if UNSUPPORTED.iter().any(|u| src.contains(u)) {
            unsupported += 1;
            continue;
        }
        let (tx, rx) = mpsc::channel();
        let name = rel.clone();
        // WEFT_GC_STRESS=N collects every N allocations; the heap verifier runs after
        // every program.
        let gc_stress = std::env::var("WEFT_GC_STRESS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                let _ = tx.send(weft_engine::thread::outcome::run_outcome_checked(
                    &src, &name, gc_stress, true,
                ));
            })
            .expect("spawn");
        let r = match rx.recv_timeout(Duration::from_secs(10)) {
            Ok((_, problems)) if !problems.is_empty() => {
                Err(format!("heap verifier: {}", problems[0]))
            }
            Ok((line, _)) if outcomes.contains(&line) => Ok(()),
            Ok((line, _)) => Err(format!("outcome {line:?} not allowed")),
            Err(_) => Err("timeout (10 s; deadlock?)".to_string()),
        };
        if let Err(e) = &r
            && !known.contains_key(&rel)
        {
            println!("FAIL {rel}: {}", e.chars().take(200).collect::<String>());
        }
        results.insert(rel, r);
    }
    if std::env::var_os("WEFT_UPDATE_KNOWN_FAILURES").is_some() {
        let mut text = String::from(
            "# Thread-corpus programs the engine does not pass yet, with the reason observed.\n",
        );
        for (p, r) in &results {
            if let Err(e) = r {
                text.push_str(&format!(
                    "{p} # {}\n",
                    e.chars().take(200).collect::<String>()
                ));
            }
        }
        std::fs::write(known_path(), text).expect("write the known-failures list");
    }
    let (mut passed, mut failed) = (0, 0);
    for (p, r) in &results {
        match (r.is_ok(), known.contains_key(p)) {
            (true, false) | (false, true) => passed += 1,
            (true, true) => {
                failed += 1;
                println!("STALE known failure (now passes): {p}");
            }
            (false, false) => failed += 1,
        }
    }
    let ok = results.values().filter(|r| r.is_ok()).count();
    println!(
        "threads corpus: {ok} of {} supported programs give an allowed outcome; {unsupported} use features the engine lacks",
        results.len()
    );
    println!("{passed} passed, {failed} failed");
    std::process::exit(if failed == 0 { 0 } else { 1 });
}
