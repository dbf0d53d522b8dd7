//! The litmus suite (`conformance/litmus/*.js`) against its own expectations and the
//! bounded metatheory (issue 3, deliverables 5 and 6), with the explicit checker:
//! - every test's observation under every model equals its `Expect:` header;
//! - every test states an expectation for all four models;
//! - compilation soundness: every `x86-tso` state is a `weft` state;
//! - SC outcomes are allowed by `weft`, and `weft` outcomes by `ecma`;
//! - SC-DRF: a test race-free in its SC executions has exactly its SC outcomes under
//!   `weft`; a test race-free in every execution of `ecma` (`weft`) has its SC outcomes there.
//!
//! (`checkers_agree.rs` compares the explicit checker with z3 on the same files.)

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use weft_memory_model::axioms::data_race;
use weft_memory_model::explicit::{Limits, answer, check, for_each_candidate};
use weft_memory_model::litmus;
use weft_memory_model::program::{LitmusTest, ModelName};
use weft_memory_model::report::{ModelReport, Solver};
use weft_memory_model::state::State;

fn suite() -> Vec<(PathBuf, LitmusTest)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../conformance/litmus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("conformance/litmus exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "js"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let src = std::fs::read_to_string(&f).expect("readable");
            let t = litmus::parse(&src).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            (f, t)
        })
        .collect()
}

fn states(t: &LitmusTest, m: ModelName) -> BTreeSet<State> {
    let a = answer(t, m, Limits::default()).unwrap_or_else(|e| panic!("{}: {e}", t.name));
    assert!(a.complete, "{} under {m} hit the execution limit", t.name);
    a.states.into_keys().collect()
}

#[test]
fn suite_has_at_least_sixty_tests() {
    assert!(
        suite().len() >= 60,
        "the litmus suite has {} tests",
        suite().len()
    );
}

#[test]
fn observations_match_expectations() {
    let mut mismatches = Vec::new();
    for (file, t) in suite() {
        for m in ModelName::ALL {
            let Some(expected) = t.expect.get(&m).copied() else {
                mismatches.push(format!("{}: no expectation for {m}", file.display()));
                continue;
            };
            let a = answer(&t, m, Limits::default()).expect("checks");
            let report = ModelReport::new(&a, Solver::Explicit, Duration::ZERO);
            let observed = report.observation(&t);
            if observed != expected {
                mismatches.push(format!(
                    "{} under {m}: expected {}, observed {}",
                    file.display(),
                    expected.as_str(),
                    observed.as_str()
                ));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn model_inclusions_and_compilation_soundness() {
    for (file, t) in suite() {
        let sc = states(&t, ModelName::Sc);
        let weft = states(&t, ModelName::Weft);
        let ecma = states(&t, ModelName::Ecma);
        let x86 = states(&t, ModelName::X86Tso);
        assert!(
            sc.is_subset(&weft),
            "{}: an SC state is not allowed by weft",
            file.display()
        );
        assert!(
            weft.is_subset(&ecma),
            "{}: a weft state is not allowed by ecma",
            file.display()
        );
        let unsound: Vec<String> = x86.difference(&weft).map(|s| s.display(&t)).collect();
        assert!(
            unsound.is_empty(),
            "{}: x86-tso states not allowed by weft (the mapping is unsound): {unsound:?}",
            file.display()
        );
    }
}

/// Does some execution the model allows contain a data race?
fn racy_under(t: &LitmusTest, m: ModelName) -> bool {
    let mut racy = false;
    for_each_candidate(t, m, Limits::default(), |x, _| {
        if check(m, x).is_ok() && data_race(x, &x.hb()).is_some() {
            racy = true;
            return false;
        }
        true
    })
    .expect("checks");
    racy
}

/// `[mm.claim.sc-drf]`: a test race-free in every SC execution has exactly its SC
/// outcomes under `weft` (`[mm.drf.sc]`); a test race-free in every execution of `ecma`
/// (resp. `weft`) has exactly its SC outcomes there (`[mm.drf.sc.model-internal]`).
/// `ecma` lacks the first (`[mm.drf.ecma-thin-air]`, `LB+ctrl+plain.js`).
#[test]
fn sc_drf_on_the_suite() {
    let (mut programmer, mut internal) = (0, 0);
    for (file, t) in suite() {
        let sc = states(&t, ModelName::Sc);
        if !racy_under(&t, ModelName::Sc) {
            programmer += 1;
            assert_eq!(
                states(&t, ModelName::Weft),
                sc,
                "{}: SC-race-free but weft is not SC",
                file.display()
            );
        }
        for m in [ModelName::Weft, ModelName::Ecma] {
            if !racy_under(&t, m) {
                internal += 1;
                assert_eq!(
                    states(&t, m),
                    sc,
                    "{}: race-free under {m} but not SC",
                    file.display()
                );
            }
        }
    }
    assert!(
        programmer >= 10 && internal >= 10,
        "SC-DRF barely exercised: {programmer}/{internal}"
    );
}

/// The suite contains the witness that `ecma` lacks the programmer's SC-DRF.
#[test]
fn ecma_thin_air_breaks_programmer_sc_drf() {
    let (_, t) = suite()
        .into_iter()
        .find(|(f, _)| f.ends_with("LB+ctrl+plain.js"))
        .expect("LB+ctrl+plain.js is in the suite");
    assert!(!racy_under(&t, ModelName::Sc));
    assert_ne!(states(&t, ModelName::Ecma), states(&t, ModelName::Sc));
    assert_eq!(states(&t, ModelName::Weft), states(&t, ModelName::Sc));
}
