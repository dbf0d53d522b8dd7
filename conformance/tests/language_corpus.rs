//! The differential language corpus: every `conformance/tests/language/**/*.js` runs on
//! the reference interpreter and on boa_engine, and both corpus outputs must equal the
//! program's `.expected` file (boa may differ only on programs listed in
//! `conformance/known-differences.toml`, and must differ on those).
//!
//! One trial per program, named by its path relative to `tests/language`, so
//! `cargo test -p weft-conformance --test language_corpus -- operators/` and nextest
//! filters select programs by name. Two extra trials check the corpus itself
//! (`corpus::discovery`) and the known-differences list (`corpus::known-differences`).

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::ExitCode;
use std::sync::Arc;

use libtest_mimic::{Arguments, Failed, Trial};
use weft_conformance::boa_runner::{self, BoaOptions};
use weft_conformance::known_differences::{
    KnownDifference, KnownDifferences, weft_rule_is_defined,
};
use weft_conformance::{
    Corpus, CorpusCase, CorpusError, CorpusOutput, discover, known_differences_path,
    language_corpus_dir, normalize_output, read_expected, read_text, spec_dir, unified_diff,
};
use weft_reference_interp::{RunOptions, run_source};

const BOA: &str = "boa_engine";
const REFERENCE_FUEL: u64 = 50_000_000;
/// Native stack for the thread the reference interpreter runs on.
const REFERENCE_STACK: usize = 256 << 20;

fn main() -> ExitCode {
    let args = Arguments::from_args();
    install_quiet_panic_hook();

    let root = language_corpus_dir();
    let corpus = discover(&root);
    let known = KnownDifferences::load(&known_differences_path());

    let mut trials = vec![
        discovery_trial(&corpus),
        known_differences_trial(&corpus, &known),
    ];
    let known = Arc::new(known.unwrap_or_default());
    if let Ok(corpus) = corpus {
        for case in corpus.cases {
            let known = Arc::clone(&known);
            let name = case.name.clone();
            trials.push(Trial::test(name, move || run_case(&case, &known)));
        }
    }
    libtest_mimic::run(&args, trials).exit_code()
}

/// Fails when the corpus cannot be read, is empty, or has `.expected` files without a
/// program.
fn discovery_trial(corpus: &Result<Corpus, CorpusError>) -> Trial {
    let result = match corpus {
        Err(e) => Err(format!("cannot read the corpus: {e}")),
        Ok(c) if c.cases.is_empty() => Err(format!(
            "no .js programs under {}",
            language_corpus_dir().display()
        )),
        Ok(c) if !c.orphan_expected.is_empty() => Err(format!(
            ".expected files without a .js program: {}",
            c.orphan_expected.join(", ")
        )),
        Ok(_) => Ok(()),
    };
    Trial::test("corpus::discovery", move || result.map_err(Failed::from))
}

/// Fails when the known-differences list does not parse, names a missing program, or
/// cites a Weft rule that `spec/` does not define.
/// (A listed program that no longer differs fails its own trial.)
fn known_differences_trial(
    corpus: &Result<Corpus, CorpusError>,
    known: &Result<KnownDifferences, CorpusError>,
) -> Trial {
    let result = match (corpus, known) {
        (_, Err(e)) => Err(e.to_string()),
        (Err(_), Ok(_)) => Ok(()), // reported by corpus::discovery
        (Ok(corpus), Ok(known)) => {
            let names: BTreeSet<&str> = corpus.cases.iter().map(|c| c.name.as_str()).collect();
            let mut problems = Vec::new();
            for d in &known.differences {
                if !names.contains(d.test.as_str()) {
                    problems.push(format!("{}: no such program in the corpus", d.test));
                }
                if let Some(rule) = d.weft_rule() {
                    match weft_rule_is_defined(&spec_dir(), rule) {
                        Ok(true) => {}
                        Ok(false) => problems.push(format!(
                            "{}: cites [{rule}], which no spec/*.md file defines",
                            d.test
                        )),
                        Err(e) => problems.push(e.to_string()),
                    }
                }
            }
            if problems.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "{}:\n{}",
                    known_differences_path().display(),
                    problems.join("\n")
                ))
            }
        }
    };
    Trial::test("corpus::known-differences", move || {
        result.map_err(Failed::from)
    })
}

fn run_case(case: &CorpusCase, known: &KnownDifferences) -> Result<(), Failed> {
    let source = read_text(&case.js_path).map_err(|e| e.to_string())?;
    let expected = read_expected(&case.expected_path).map_err(|e| {
        format!("{e}\n(generate it with `node conformance/tools/expected-from-node.js`)")
    })?;

    let mut problems = Vec::new();

    match run_reference(&source, &case.name) {
        Err(panic) => problems.push(format!("reference interpreter panicked: {panic}")),
        Ok(output) => {
            if let Some(diff) = mismatch(&expected, &output) {
                problems.push(format!(
                    "reference interpreter output differs from {}:\n{diff}",
                    case.expected_path.display()
                ));
            }
        }
    }

    let boa = boa_runner::run(&source, &case.name, &BoaOptions::default());
    match (mismatch(&expected, &boa), known.find(&case.name, BOA)) {
        (None, None) => {}
        (Some(diff), None) => problems.push(format!(
            "boa_engine output differs from {}:\n{diff}\n\
             (if boa deviates from ECMA-262 here, list the case in {} with the deciding \
             spec section)",
            case.expected_path.display(),
            known_differences_path().display()
        )),
        (Some(_), Some(_)) => {}
        (None, Some(entry)) => problems.push(stale_entry(entry)),
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n\n").into())
    }
}

fn stale_entry(entry: &KnownDifference) -> String {
    format!(
        "stale entry in {}: boa_engine now matches the expected output of {} \
         (listed under {}); remove the entry",
        known_differences_path().display(),
        entry.test,
        entry.spec
    )
}

/// The unified diff from `expected` to `output`, or `None` when they agree.
fn mismatch(expected: &str, output: &CorpusOutput) -> Option<String> {
    let actual = normalize_output(&output.render());
    let expected = normalize_output(expected);
    (actual != expected).then(|| unified_diff(&expected, &actual, "expected", "actual"))
}

/// Runs the reference interpreter on its own thread with a large stack, turning a panic
/// into an error message (with the panic's location, recorded by the quiet hook).
fn run_reference(source: &str, name: &str) -> Result<CorpusOutput, String> {
    let source = source.to_owned();
    let name = name.to_owned();
    let handle = std::thread::Builder::new()
        .name(format!("reference:{name}"))
        .stack_size(REFERENCE_STACK)
        .spawn(move || {
            let options = RunOptions {
                fuel: Some(REFERENCE_FUEL),
                ..Default::default()
            };
            catch_unwind(AssertUnwindSafe(|| run_source(&source, &name, &options)))
                .map(|output| CorpusOutput::from_reference(&output))
                .map_err(|payload| {
                    LAST_PANIC
                        .with(|p| p.borrow_mut().take())
                        .unwrap_or_else(|| boa_runner::panic_message(&*payload))
                })
        })
        .map_err(|e| format!("could not start a thread: {e}"))?;
    handle
        .join()
        .unwrap_or_else(|payload| Err(boa_runner::panic_message(&*payload)))
}

thread_local! {
    /// The last panic on this thread, as `message (at file:line:col)`.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Panics are reported as trial failures, so the default hook's stderr output would
/// only repeat them (once per trial); this hook records them for the failure message.
fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = boa_runner::panic_message(info.payload());
        let text = match info.location() {
            Some(loc) => format!("{message} (at {loc})"),
            None => message,
        };
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(text));
    }));
}
