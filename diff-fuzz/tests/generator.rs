//! The generator: its programs parse and end on the reference interpreter, threaded ones
//! write unique values and explore completely, every feature is reachable, and any input
//! (the empty one included) gives a program.

use std::collections::BTreeSet;

use arbitrary::Unstructured;
use weft_diff_fuzz::campaign::input_bytes;
use weft_diff_fuzz::generate::{self, Feature, FeatureSet};
use weft_reference_interp::{Completion, RunOptions, run_source};

fn seq_program(seed: u64, index: u64) -> (String, FeatureSet) {
    let bytes = input_bytes(seed, index, 4096);
    let g = generate::generate_seq(&mut Unstructured::new(&bytes));
    (g.program.to_js(), g.used)
}

fn conc_program(seed: u64, index: u64) -> (String, FeatureSet) {
    let bytes = input_bytes(seed, index, 256);
    let g = generate::generate_conc(&mut Unstructured::new(&bytes));
    (g.program.to_js(), g.used)
}

#[test]
fn sequential_programs_parse_and_end() {
    let options = RunOptions {
        fuel: Some(20_000_000),
        ..RunOptions::default()
    };
    for i in 0..60 {
        let (js, _) = seq_program(11, i);
        let out = run_source(&js, "gen.js", &options);
        match &out.completion {
            Completion::Uncaught(e) => assert_ne!(
                e.name.as_deref(),
                Some("SyntaxError"),
                "program {i} does not parse: {}\n{js}",
                e.summary()
            ),
            Completion::FuelExhausted => panic!("program {i} did not end:\n{js}"),
            Completion::Deadlock => panic!("program {i} deadlocked:\n{js}"),
            Completion::Normal => {}
        }
    }
}

#[test]
fn every_sequential_feature_is_reachable() {
    let mut used = FeatureSet::default();
    for i in 0..150 {
        used = used.union(seq_program(5, i).1);
    }
    let missing: Vec<_> = Feature::ALL
        .iter()
        .take_while(|f| **f != Feature::Threads)
        .filter(|f| !used.has(**f))
        .map(|f| f.label())
        .collect();
    assert!(missing.is_empty(), "never used: {missing:?}");
}

#[test]
fn every_threaded_feature_is_reachable() {
    let mut used = FeatureSet::default();
    for i in 0..150 {
        used = used.union(conc_program(5, i).1);
    }
    let missing: Vec<_> = Feature::ALL
        .iter()
        .skip_while(|f| **f != Feature::Threads)
        .filter(|f| !used.has(**f))
        .map(|f| f.label())
        .collect();
    assert!(missing.is_empty(), "never used: {missing:?}");
}

/// The value written by a line of a threaded program, if the line is a write.
fn written_value(line: &str) -> Option<u64> {
    let l = line.trim();
    let last_int = |s: &str| -> Option<u64> {
        let digits: String = s
            .chars()
            .rev()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit())
            .collect();
        digits.chars().rev().collect::<String>().parse().ok()
    };
    let is_write = (l.starts_with("o.x") || l.starts_with("arr[") || l.starts_with("c0 = "))
        && l.contains(" = ")
        || l.starts_with("m.set(")
        || [
            "Atomics.store(",
            "Atomics.add(",
            "Atomics.exchange(",
            "Atomics.or(",
            "Atomics.compareExchange(",
        ]
        .iter()
        .any(|p| l.contains(p));
    if is_write { last_int(l) } else { None }
}

#[test]
fn threaded_programs_write_unique_values() {
    let mut writes_seen = 0;
    for i in 0..60 {
        let (js, _) = conc_program(3, i);
        let mut values = BTreeSet::new();
        for line in js.lines() {
            if let Some(v) = written_value(line) {
                writes_seen += 1;
                assert!(v > 0, "a write of the initial value 0 in:\n{js}");
                assert!(values.insert(v), "value {v} written twice in:\n{js}");
            }
        }
    }
    assert!(writes_seen > 30, "only {writes_seen} writes in 60 programs");
}

#[test]
fn threaded_programs_explore_completely() {
    let mut complete = 0;
    for i in 0..12 {
        let (js, _) = conc_program(9, i);
        match weft_diff_fuzz::oracle::conc::explore(&js) {
            Ok(set) => {
                assert!(!set.is_empty(), "no outcome for:\n{js}");
                assert!(
                    set.iter().all(|o| !o.contains("deadlock")),
                    "a generated program can deadlock:\n{js}\n{set:?}"
                );
                complete += 1;
            }
            Err(why) => assert!(
                why.starts_with("exploration incomplete"),
                "program {i}: {why}\n{js}"
            ),
        }
    }
    assert!(complete >= 9, "only {complete}/12 explorations completed");
}

#[test]
fn any_input_gives_a_program() {
    for bytes in [&[][..], &[0xff; 3][..], &[0u8; 64][..]] {
        let s = generate::generate_seq(&mut Unstructured::new(bytes))
            .program
            .to_js();
        assert!(s.contains("let __fuel"));
        let c = generate::generate_conc(&mut Unstructured::new(bytes))
            .program
            .to_js();
        assert!(c.contains("new Thread"));
    }
}
