//! The thread-API corpus (`conformance/tests/threads/**`): every program must explore
//! (`weft-ref explore`, model weft) to exactly the outcome set recorded in its
//! `.outcomes` file, with the search complete. One trial per file.
//!
//! `threads-known-failures.txt` lists files that do not pass yet, each with its reason;
//! a listed file that passes fails the run, so the list only shrinks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use weft_reference_interp::explore_source;
use weft_reference_interp::threads::explore::ExploreOptions;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../conformance/tests/threads")
}

fn known_failures() -> BTreeMap<String, String> {
    let text = include_str!("threads-known-failures.txt");
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (file, reason) = l.split_once(" -- ").unwrap_or((l, ""));
            (file.trim().to_owned(), reason.trim().to_owned())
        })
        .collect()
}

fn js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            js_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "js") {
            out.push(p);
        }
    }
}

fn check(path: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expected_path = path.with_extension("outcomes");
    let expected_text = std::fs::read_to_string(&expected_path)
        .map_err(|e| format!("{}: {e}", expected_path.display()))?;
    let want: BTreeSet<String> = expected_text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let options = ExploreOptions {
        max_executions: 50_000,
        ..ExploreOptions::default()
    };
    let report = explore_source(&source, &path.display().to_string(), &options)
        .map_err(|out| format!("does not run: {:?}", out.completion))?;
    let got: BTreeSet<String> = report.outcomes.keys().cloned().collect();
    if !report.complete {
        return Err(format!(
            "exploration incomplete after {} executions ({} cut)",
            report.executions, report.cut
        ));
    }
    if got != want {
        let missing: Vec<_> = want.difference(&got).collect();
        let extra: Vec<_> = got.difference(&want).collect();
        return Err(format!(
            "missing outcomes: {missing:#?}\nunexpected outcomes: {extra:#?}"
        ));
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = corpus_dir();
    let mut files = Vec::new();
    js_files(&root, &mut files);
    files.sort();
    let known = known_failures();
    let mut trials = Vec::new();
    for path in files {
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        let reason = known.get(&name).cloned();
        trials.push(Trial::test(name.clone(), move || {
            match (check(&path), reason) {
                (Ok(()), None) => Ok(()),
                (Err(e), None) => Err(Failed::from(e)),
                (Err(_), Some(_)) => Ok(()),
                (Ok(()), Some(r)) => Err(Failed::from(format!(
                    "passes but is listed in threads-known-failures.txt ({r}): remove it"
                ))),
            }
        }));
    }
    assert!(
        trials.len() >= 120,
        "the corpus should have at least 120 programs"
    );
    libtest_mimic::run(&args, trials).exit();
}
