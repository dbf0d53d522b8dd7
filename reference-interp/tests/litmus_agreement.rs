//! Two routes, one answer (DESIGN §6): every litmus test of `conformance/litmus/` is
//! also a program. `weft-ref explore` runs it, and a final line evaluates the test's
//! condition after joining every thread — reading each location of the condition once,
//! as the model's final reads do (`[mm.outcome.final-read]`) — and the condition's
//! observation over the explored outcomes (Never / Sometimes / Always) must equal the
//! one the memory model computes, which the file's `Expect:` header records (the
//! memory-model suite checks that header against `weft-litmus` for every model).
//!
//! Both tests cover every model the contract names for exploration — `weft`, `ecma` (by
//! speculative reads) and `sc` — on every test they can express.
//!
//! Tests with a nested thread that nobody joins are left out: the model's final state
//! comes after joining every thread (`[mm.event.join]`), and main cannot name it.

use std::collections::BTreeSet;
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

/// Rewrites the condition so that each location is read once, before it is evaluated:
/// returns the statements that read them and the condition over temporaries.
fn single_reads(prop: &str) -> (String, String) {
    let chars: Vec<char> = prop.chars().collect();
    let mut out = String::new();
    let mut prelude = String::new();
    let mut temps: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_alphabetic() || c == '_' || c == '$' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '$')
            {
                i += 1;
            }
            let base: String = chars[start..i].iter().collect();
            let mut accessors: Vec<String> = Vec::new();
            loop {
                if i < chars.len() && chars[i] == '.' {
                    let s = i + 1;
                    i += 1;
                    while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                        i += 1;
                    }
                    accessors.push(format!("\"{}\"", chars[s..i].iter().collect::<String>()));
                } else if i < chars.len() && chars[i] == '[' {
                    let s = i + 1;
                    while i < chars.len() && chars[i] != ']' {
                        i += 1;
                    }
                    accessors.push(chars[s..i].iter().collect::<String>().trim().to_owned());
                    i += 1;
                } else {
                    break;
                }
            }
            let keyword = ["undefined", "null", "true", "false", "absent"].contains(&base.as_str());
            let thread = base.starts_with('T') && base[1..].chars().all(|c| c.is_ascii_digit());
            if keyword || thread {
                out.push_str(&base);
                for a in &accessors {
                    out.push_str(&format!("[{a}]"));
                }
                continue;
            }
            let term = format!(
                "{base}{}",
                accessors
                    .iter()
                    .map(|a| format!("[{a}]"))
                    .collect::<String>()
            );
            let index = temps.iter().position(|t| *t == term).unwrap_or_else(|| {
                let n = temps.len();
                let read = match accessors.split_last() {
                    None => base.clone(),
                    Some((last, rest)) => {
                        let object = format!("{base}{}", rest.iter().map(|a| format!("[{a}]")).collect::<String>());
                        format!(
                            "((d) => d === undefined ? absent : d.value)(Object.getOwnPropertyDescriptor({object}, {last}))"
                        )
                    }
                };
                prelude.push_str(&format!("const __v{n} = {read};\n"));
                temps.push(term);
                n
            });
            out.push_str(&format!("__v{index}"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    (prelude, out)
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
        // A nested thread that its parent does not join may still run when main reads
        // the final state, unlike in the model, which joins every thread first.
        let unjoined_nested = source
            .lines()
            .filter(|l| l.starts_with(char::is_whitespace) && l.contains("new Thread("))
            .filter_map(|l| l.trim().strip_prefix("const ")?.split_whitespace().next())
            .any(|t| !source.contains(&format!("{t}.join()")));
        if unjoined_nested {
            skipped.push(format!("{name}: a nested thread is never joined"));
            continue;
        }
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
        let (prelude, prop) = single_reads(&prop);
        let program = format!(
            "{source}\n(({}{}absent) => {{\n{prelude}print(!!({prop}));\n}})({}{}Symbol(\"absent\"));\n",
            threads.join(", "),
            if threads.is_empty() { "" } else { ", " },
            joins.join(", "),
            if joins.is_empty() { "" } else { ", " },
        );
        for (model, id) in [
            ("weft", OnlineModel::Weft),
            ("ecma", OnlineModel::Ecma),
            ("sc", OnlineModel::Sc),
        ] {
            let Some(want) = expected(&source, model) else {
                continue;
            };
            let options = ExploreOptions {
                model: id,
                max_executions: 3_000,
                // The contract allows spurious wake-ups (Cond+spurious-wakeup).
                spurious_wakeups: 1,
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
    assert!(
        skipped.len() <= 25,
        "too many litmus tests skipped: {skipped:#?}"
    );
    assert!(agreed >= 240, "too few litmus tests were checked: {agreed}");
}

/// The stronger form: the explored *final states* (each root thread's result and the
/// final value of each location the model reports) equal the model's state set.
#[test]
fn explore_final_states_equal_the_memory_models() {
    use weft_memory_model::explicit::{Limits, answer};
    use weft_memory_model::program::{ModelName, Val};

    let mut compared = 0;
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
        let test = weft_memory_model::litmus::parse(&source).expect("a valid litmus test");
        let roots: Vec<usize> = (0..test.threads.len())
            .filter(|&i| test.threads[i].parent.is_none())
            .collect();
        let unjoined_nested = test
            .threads
            .iter()
            .filter(|t| t.parent.is_some())
            .any(|t| !source.contains(&format!("{}.join()", t.name)));
        if unjoined_nested {
            skipped.push(format!("{name}: a nested thread is never joined"));
            continue;
        }
        for (model, id) in [
            (ModelName::Weft, OnlineModel::Weft),
            (ModelName::Ecma, OnlineModel::Ecma),
            (ModelName::Sc, OnlineModel::Sc),
        ] {
            let Ok(ans) = answer(&test, model, Limits::default()) else {
                failures.push(format!("{name}: the memory model has no answer"));
                continue;
            };
            let Some(first) = ans.states.keys().next() else {
                skipped.push(format!("{name} ({model:?}): no allowed state"));
                continue;
            };
            let locs: Vec<String> = first.finals.iter().map(|(l, _)| test.loc_name(l)).collect();
            if locs.iter().any(|l| l.contains("[[")) {
                skipped.push(format!("{name}: a lock's state is part of the final state"));
                break;
            }
            let thrown = ans
                .states
                .keys()
                .any(|s| s.results.iter().any(|(_, v)| matches!(v, Val::Thrown(_))));
            if thrown {
                skipped.push(format!("{name}: a thread throws"));
                break;
            }
            if ans.states.keys().any(|s| {
                s.results.iter().map(|(_, v)| v).chain(s.finals.iter().map(|(_, v)| v)).any(|v| {
                    matches!(v, Val::Obj(o) if test.objects.get(o.0 as usize).is_none_or(|i| !source.contains(&format!("const {} =", i.name))))
                })
            }) {
                skipped.push(format!("{name}: a state holds an object created by a thread"));
                break;
            }
            let want: BTreeSet<String> = ans
                .states
                .keys()
                .map(|s| {
                    let mut parts = Vec::new();
                    for (t, v) in &s.results {
                        if roots.contains(&(t.0 as usize)) {
                            parts.push(format!(
                                "{}={};",
                                test.threads[t.0 as usize].name,
                                test.val_name(v)
                            ));
                        }
                    }
                    for (l, v) in &s.finals {
                        parts.push(format!("{}={};", test.loc_name(l), test.val_name(v)));
                    }
                    parts.join(" ")
                })
                .collect();
            let program = state_program(&source, &test, &roots, &locs);
            let options = ExploreOptions {
                model: id,
                max_executions: 3_000,
                spurious_wakeups: 1,
                ..ExploreOptions::default()
            };
            let report = match explore_source(&program, &name, &options) {
                Ok(r) => r,
                Err(e) => {
                    failures.push(format!(
                        "{name} ({model:?}): does not run: {:?}",
                        e.completion
                    ));
                    continue;
                }
            };
            if !report.complete {
                skipped.push(format!("{name} ({model:?}): incomplete"));
                continue;
            }
            let got: BTreeSet<String> = report
                .outcomes
                .keys()
                .filter(|o| !o.contains("deadlock"))
                .filter_map(|o| {
                    let start = o.find("T0 \"")? + 4;
                    let rest = &o[start..];
                    let end = rest.find("\" |").unwrap_or(rest.len().saturating_sub(1));
                    Some(rest[..end].to_owned())
                })
                .collect();
            if got == want {
                compared += 1;
            } else {
                failures.push(format!(
                    "{name} ({model:?}):\n  model:   {want:?}\n  explore: {got:?}"
                ));
            }
        }
    }
    eprintln!("equal state sets on {compared} (test, model) pairs; skipped: {skipped:#?}");
    assert!(
        failures.is_empty(),
        "different state sets:\n{}",
        failures.join("\n")
    );
    assert!(
        skipped.len() <= 25,
        "too many litmus tests skipped: {skipped:#?}"
    );
    assert!(compared >= 230, "too few litmus tests compared: {compared}");
}

/// The litmus program followed by a line that joins every root thread and prints the
/// final state in the model's display form (`T0=1; T1=[1,0]; o.x=2;`), reading each
/// location once.
fn state_program(
    source: &str,
    test: &weft_memory_model::program::LitmusTest,
    roots: &[usize],
    locs: &[String],
) -> String {
    let objects: Vec<String> = test
        .objects
        .iter()
        .map(|o| o.name.clone())
        .filter(|n| {
            source.contains(&format!("const {n} =")) || source.contains(&format!("let {n} ="))
        })
        .collect();
    let mut js = String::from(source);
    js.push_str("\n{\nconst __absent = Symbol(\"absent\");\n");
    js.push_str(&format!(
        "const __objs = [{}];\n",
        objects
            .iter()
            .map(|n| format!("[{n}, \"{n}\"]"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    js.push_str(
        "const __name = (v) => {\n\
         if (v === __absent) return \"absent\";\n\
         for (const [o, n] of __objs) if (o === v) return n;\n\
         if (Array.isArray(v)) return \"[\" + v.map(__name).join(\",\") + \"]\";\n\
         return String(v);\n};\n\
         const __read = (o, k) => ((d) => d === undefined ? __absent : d.value)(Object.getOwnPropertyDescriptor(o, k));\n",
    );
    let mut parts = Vec::new();
    for &r in roots {
        let t = &test.threads[r].name;
        parts.push(format!("\"{t}=\" + __name({t}.join()) + \";\""));
    }
    for l in locs {
        let read = if let Some((o, k)) = l.split_once('.') {
            format!("__read({o}, \"{k}\")")
        } else if let Some((o, k)) = l.split_once('[') {
            format!("__read({o}, \"{}\")", k.trim_end_matches(']'))
        } else {
            l.clone()
        };
        parts.push(format!("\"{l}=\" + __name({read}) + \";\""));
    }
    js.push_str(&format!("print([{}].join(\" \"));\n}}\n", parts.join(", ")));
    js
}
