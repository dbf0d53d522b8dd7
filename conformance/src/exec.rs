//! What a worker process does with a [`Job`]: runs a script on an implementation,
//! answers a litmus test with the memory model's explicit checker, or explores a
//! threaded program. This is the only place that calls into the implementations.

use weft_memory_model::explicit::{self, Limits};
use weft_memory_model::litmus;
use weft_memory_model::report::{ModelReport, Solver};
use weft_reference_interp::{Completion, RunOptions, run_source};

use crate::boa_runner::{self, BoaOptions};
use crate::implementation::Implementation;
use crate::threads;
use crate::worker::{Job, JobResult, LitmusVerdict, ScriptCompletion, ScriptOutcome};
use crate::{CorpusOutput, boa_host};

/// Fuel of reference runs of corpus programs (as in `tests/language_corpus.rs`).
pub const CORPUS_FUEL: u64 = 50_000_000;

/// Executes one job (the worker's `execute`).
pub fn execute(job: &Job) -> JobResult {
    match job {
        Job::Corpus {
            implementation,
            source,
            name,
        } => match implementation.unavailable_reason() {
            Some(reason) => JobResult::Skipped {
                reason: reason.into(),
            },
            None => JobResult::Corpus {
                rendered: run_corpus(*implementation, source, name).render(),
            },
        },
        Job::Script {
            implementation,
            source,
            name,
            scan,
            fuel,
        } => {
            if let Some(reason) = implementation.unavailable_reason() {
                return JobResult::Skipped {
                    reason: reason.into(),
                };
            }
            if let Some(scan_text) = scan {
                if let Some(what) = crate::test262::scan::unclaimed_syntax(source) {
                    return JobResult::Skipped {
                        reason: format!("uses {what}"),
                    };
                }
                if let Some(what) = crate::test262::scan::unclaimed_builtin(scan_text) {
                    return JobResult::Skipped {
                        reason: format!("uses {what}"),
                    };
                }
            }
            JobResult::Script(run_script(*implementation, source, name, *fuel))
        }
        Job::Litmus { source } => run_litmus(source),
        Job::Explore { source, name } => match threads::explore(source, name) {
            Ok(set) => JobResult::Explore {
                outcomes: set.outcomes,
                complete: set.complete,
            },
            Err(message) => JobResult::Error { message },
        },
        Job::Observe {
            source,
            name,
            runs,
            gc_stress,
        } => threads::observe(source, name, *runs, *gc_stress),
    }
}

/// A corpus run: what the `.expected` file records.
fn run_corpus(implementation: Implementation, source: &str, name: &str) -> CorpusOutput {
    match implementation {
        Implementation::Boa => boa_runner::run(source, name, &BoaOptions::default()),
        Implementation::Engine => {
            let out = run_engine(source, name);
            CorpusOutput {
                printed: out.printed,
                completion: match out.completion {
                    ScriptCompletion::Normal => crate::CorpusCompletion::Normal,
                    ScriptCompletion::Uncaught { name, message } => {
                        crate::CorpusCompletion::Uncaught(name.unwrap_or(message))
                    }
                    ScriptCompletion::FuelExhausted => crate::CorpusCompletion::FuelExhausted,
                    ScriptCompletion::EngineFailure { message } => {
                        crate::CorpusCompletion::EngineFailure(message)
                    }
                },
            }
        }
        Implementation::Reference => {
            let options = RunOptions {
                fuel: Some(CORPUS_FUEL),
                ..Default::default()
            };
            CorpusOutput::from_reference(&run_source(source, name, &options))
        }
    }
}

fn run_script(
    implementation: Implementation,
    source: &str,
    name: &str,
    fuel: Option<u64>,
) -> ScriptOutcome {
    match implementation {
        Implementation::Boa => boa_host::run_script(source, name, &BoaOptions::default()),
        Implementation::Engine => run_engine(source, name),
        Implementation::Reference => {
            let options = RunOptions {
                fuel,
                ..Default::default()
            };
            let out = run_source(source, name, &options);
            let completion = match out.completion {
                Completion::Normal => ScriptCompletion::Normal,
                Completion::FuelExhausted => ScriptCompletion::FuelExhausted,
                // Every thread blocked: reported like an uncaught error named Deadlock.
                Completion::Deadlock => ScriptCompletion::Uncaught {
                    name: Some("Deadlock".into()),
                    message: "every unfinished thread is blocked".into(),
                },
                Completion::Uncaught(e) => ScriptCompletion::Uncaught {
                    name: e.name,
                    message: e.message,
                },
            };
            ScriptOutcome {
                printed: out.printed,
                completion,
            }
        }
    }
}

/// A run on the production engine, with its heap verifier afterwards: a problem the
/// verifier finds is an engine failure whatever the script did. The engine has no fuel;
/// the worker's wall-clock timeout bounds it.
fn run_engine(source: &str, name: &str) -> ScriptOutcome {
    let out = weft_engine::run_source(source, name, weft_engine::Options::default(), true);
    let completion = if let Some(problem) = out.heap_problems.first() {
        ScriptCompletion::EngineFailure {
            message: format!(
                "heap verifier: {problem} ({} problem(s))",
                out.heap_problems.len()
            ),
        }
    } else {
        match out.result {
            Ok(()) => ScriptCompletion::Normal,
            Err(e) => {
                let message = if e.name.is_none() && ENGINE_OBJECT_DISPLAYS.contains(&&*e.message) {
                    string_of_thrown_object(source, name).unwrap_or(e.message)
                } else {
                    e.message
                };
                ScriptCompletion::Uncaught {
                    name: e.name,
                    message,
                }
            }
        }
    };
    ScriptOutcome {
        printed: out.printed,
        completion,
    }
}

/// How `weft_engine::run_source` describes a thrown object that has no `name`
/// property (a `Test262Error`, a plain object): by its type alone, not `String(value)`.
const ENGINE_OBJECT_DISPLAYS: [&str; 2] = ["object", "function"];

/// Native stack of the thread that re-runs a script on the engine (as
/// `weft_engine::run_source` gives its own).
const ENGINE_STACK: usize = 256 << 20;

/// `String(value)` of the object a script throws, as the reference interpreter and
/// boa_engine report it (`Test262Error: message` for test262's error class).
///
/// `weft_engine::run_source` reports such an object only as `object`, and its
/// description keeps no handle on the value; the embedding API does
/// (`weft_engine::Error::Thrown`), so the script runs once more on a fresh
/// `weft_engine::Engine`, and the thrown value is converted with `Ctx::to_string` (its
/// own `toString` runs). Only runs that already ended with such an object pay for
/// this. `None` when the second run does not end by throwing an object, or when the
/// conversion itself throws.
fn string_of_thrown_object(source: &str, name: &str) -> Option<String> {
    let (source, name) = (source.to_owned(), name.to_owned());
    let run = move || {
        let engine = weft_engine::Engine::new(weft_engine::Options {
            capture_output: true,
            ..weft_engine::Options::default()
        });
        let mut context = engine.main_context();
        match context.eval(&source, &name) {
            Err(weft_engine::Error::Thrown {
                value: value @ weft_engine::JsValue::Object(_),
                ..
            }) => context.cx().to_string(&value).ok(),
            _ => None,
        }
    };
    std::thread::Builder::new()
        .name("engine-rerun".into())
        .stack_size(ENGINE_STACK)
        .spawn(run)
        .ok()?
        .join()
        .ok()
        .flatten()
}

/// Answers a litmus test under each model its header states an expectation for.
fn run_litmus(source: &str) -> JobResult {
    let test = match litmus::parse(source) {
        Ok(t) => t,
        Err(e) => {
            return JobResult::Error {
                message: format!("cannot parse the litmus test: {e}"),
            };
        }
    };
    let mut verdicts = Vec::new();
    for (&model, &expected) in &test.expect {
        let start = std::time::Instant::now();
        let answer = match explicit::answer(&test, model, Limits::default()) {
            Ok(a) => a,
            Err(e) => {
                return JobResult::Error {
                    message: format!("{model}: the checker refused the test: {e}"),
                };
            }
        };
        let report = ModelReport::new(&answer, Solver::Explicit, start.elapsed());
        verdicts.push(LitmusVerdict {
            model: model.as_str().to_owned(),
            expected: expected.as_str().to_owned(),
            observed: report.observation(&test).as_str().to_owned(),
            complete: report.complete,
        });
    }
    JobResult::Litmus { verdicts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_run_on_both_implementations() {
        for implementation in Implementation::ALL {
            let job = Job::Script {
                implementation,
                source: "print(1 + 1); throw new RangeError('r')".into(),
                name: "t.js".into(),
                scan: Some(String::new()),
                fuel: Some(1_000_000),
            };
            let JobResult::Script(out) = execute(&job) else {
                panic!("{implementation}: no script outcome");
            };
            assert_eq!(out.printed, "2\n", "{implementation}");
            assert_eq!(
                out.completion,
                ScriptCompletion::Uncaught {
                    name: Some("RangeError".into()),
                    message: "r".into()
                },
                "{implementation}"
            );
        }
    }

    #[test]
    fn a_thrown_object_without_a_name_is_reported_as_its_string_on_every_implementation() {
        let cases = [
            (
                "print('a'); function E(m) { this.message = m } E.prototype.toString = function () { return 'E: ' + this.message }; throw new E('x')",
                "E: x",
            ),
            ("throw {}", "[object Object]"),
            ("throw 'object'", "object"),
            // toString itself throws: the engine keeps its own description.
            ("throw { toString() { throw 1 } }", ""),
        ];
        for implementation in Implementation::ALL {
            for (source, expected) in cases {
                let JobResult::Script(out) = execute(&Job::Script {
                    implementation,
                    source: source.into(),
                    name: "t.js".into(),
                    scan: None,
                    fuel: Some(1_000_000),
                }) else {
                    panic!("{implementation}: no script outcome");
                };
                let ScriptCompletion::Uncaught { name, message } = out.completion else {
                    panic!("{implementation} {source}: {:?}", out.completion);
                };
                assert_eq!(name, None, "{implementation} {source}");
                if expected.is_empty() {
                    assert!(!message.is_empty(), "{implementation} {source}");
                } else {
                    assert_eq!(message, expected, "{implementation} {source}");
                }
                if source.starts_with("print") {
                    assert_eq!(out.printed, "a\n", "{implementation}: printed once");
                }
            }
        }
    }

    #[test]
    fn scan_skips_before_any_implementation_runs() {
        let job = |implementation, source: &str| Job::Script {
            implementation,
            source: source.into(),
            name: "t.js".into(),
            scan: Some(source.into()),
            fuel: None,
        };
        assert!(matches!(
            execute(&job(Implementation::Boa, "function* g() {}")),
            JobResult::Skipped { reason } if reason.contains("generators")
        ));
        assert!(matches!(
            execute(&job(Implementation::Engine, "class C { #p }")),
            JobResult::Skipped { reason } if reason.contains("private")
        ));
    }

    #[test]
    fn corpus_and_litmus_jobs() {
        let job = Job::Corpus {
            implementation: Implementation::Reference,
            source: "print('a'); null.x".into(),
            name: "t.js".into(),
        };
        assert_eq!(
            execute(&job),
            JobResult::Corpus {
                rendered: "a\nUncaught TypeError\n".into()
            }
        );
        let litmus = "// Litmus: t\n// Condition: exists (T0 === 1)\n// Expect: weft=Always sc=Always\nlet x = 0;\nconst T0 = new Thread(() => { x = 1; const r = x; return r; });\nT0.join();\n";
        let JobResult::Litmus { verdicts } = execute(&Job::Litmus {
            source: litmus.into(),
        }) else {
            panic!("no verdicts");
        };
        assert_eq!(verdicts.len(), 2);
        assert!(
            verdicts
                .iter()
                .all(|v| v.observed == "Always" && v.complete),
            "{verdicts:?}"
        );
        assert!(matches!(
            execute(&Job::Litmus {
                source: "garbage".into()
            }),
            JobResult::Error { .. }
        ));
    }
}
