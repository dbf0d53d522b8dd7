//! Two routes, one answer (DESIGN §6): every litmus test of `conformance/litmus/` is
//! also a program. `weft-ref explore` runs it, and a final line evaluates the test's
//! condition after joining every thread; the condition's observation over the explored
//! outcomes (Never / Sometimes / Always) must equal the one the memory model computes,
//! which the file's `Expect:` header records (the memory-model suite checks that header
//! against `weft-litmus` for every model).

use std::path::PathBuf;

use weft_memory_model::online::OnlineModel;
use weft_reference_interp::explore_source;
use weft_reference_interp::threads::explore::ExploreOptions;

fn litmus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../conformance/litmus")
}

fn header<'s>(source: &'s str, key: &str) -> Option<&'s str> {
    source
        .lines()
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix("// ")?.strip_prefix(key)?.strip_prefix(':'))
        .map(str::trim)
}

/// The top-level `const NAME = new Thread(` bindings, in order.
fn top_level_threads(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.starts_with("const ") && l.contains("= new Thread("))
        .filter_map(|l| l.strip_prefix("const ")?.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

/// `exists P` → (quantifier, P).
fn condition(text: &str) -> (String, String) {
    let (q, p) = text.split_once(' ').unwrap_or((text, ""));
    let p = p.trim();
    let p = p
        .strip_prefix('(')
        .and_then(|p| p.strip_suffix(')'))
        .unwrap_or(p);
    (q.to_owned(), p.to_owned())
}

fn expected(source: &str, model: &str) -> Option<String> {
    header(source, "Expect")?
        .split_whitespace()
        .find_map(|kv| kv.strip_prefix(model)?.strip_prefix('='))
        .map(str::to_owned)
}

#[test]
fn explore_agrees_with_the_memory_model_on_the_litmus_suite() {
    let mut agreed = 0;
    let mut skipped = Vec::new();
    let mut failures = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(litmus_dir())
        .expect("litmus directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "js"))
        .collect();
    files.sort();
    for path in files {
        let source = std::fs::read_to_string(&path).expect("readable");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let (_, prop) = condition(header(&source, "Condition").expect("condition"));
        let threads = top_level_threads(&source);
        // A condition about a thread that main cannot name (nested) cannot be evaluated
        // by the program itself.
        let names_ok = (0..10)
            .map(|i| format!("T{i}"))
            .filter(|t| prop.contains(t.as_str()))
            .all(|t| threads.contains(&t));
        if !names_ok {
            skipped.push(format!("{name}: names a nested thread"));
            continue;
        }
        let joins: Vec<String> = threads.iter().map(|t| format!("{t}.join()")).collect();
        let program = format!(
            "{source}\n(({}{}absent) => print(!!({prop})))({}{}undefined);\n",
            threads.join(", "),
            if threads.is_empty() { "" } else { ", " },
            joins.join(", "),
            if joins.is_empty() { "" } else { ", " },
        );
        for (model, id) in [("weft", OnlineModel::Weft), ("sc", OnlineModel::Sc)] {
            let Some(want) = expected(&source, model) else {
                continue;
            };
            let options = ExploreOptions {
                model: id,
                max_executions: 20_000,
                ..ExploreOptions::default()
            };
            let report = match explore_source(&program, &name, &options) {
                Ok(r) => r,
                Err(e) => {
                    failures.push(format!(
                        "{name} ({model}): does not run: {:?}",
                        e.completion
                    ));
                    continue;
                }
            };
            if !report.complete {
                skipped.push(format!(
                    "{name} ({model}): not complete within {} executions",
                    report.executions
                ));
                continue;
            }
            let truths: Vec<bool> = report
                .outcomes
                .keys()
                .map(|o| o.starts_with("T0 \"true\"") || o.contains("T0 \"true\" |"))
                .collect();
            let got = if truths.iter().all(|&t| t) {
                "Always"
            } else if truths.iter().any(|&t| t) {
                "Sometimes"
            } else {
                "Never"
            };
            if got == want {
                agreed += 1;
            } else {
                failures.push(format!(
                    "{name} ({model}): memory model says {want}, explore gives {got}: {:?}",
                    report.outcomes.keys().collect::<Vec<_>>()
                ));
            }
        }
    }
    eprintln!("agreed on {agreed} (test, model) pairs; skipped: {skipped:#?}");
    assert!(
        failures.is_empty(),
        "disagreements:\n{}",
        failures.join("\n")
    );
    assert!(agreed >= 100, "too few litmus tests were checked: {agreed}");
}
