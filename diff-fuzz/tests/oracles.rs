//! The oracles on hand-written programs: agreement, planted divergences, and the
//! known-divergence list (every entry with a reproducer must still diverge on it).

use std::path::Path;

use weft_conformance::{CorpusCompletion, CorpusOutput};
use weft_diff_fuzz::campaign;
use weft_diff_fuzz::known::{self, KnownList};
use weft_diff_fuzz::oracle::{self, OracleKind};

fn out(printed: &str, completion: CorpusCompletion) -> CorpusOutput {
    CorpusOutput {
        printed: printed.into(),
        completion,
    }
}

fn runs() -> oracle::seq::SeqRuns {
    let o = out("1\n", CorpusCompletion::Normal);
    oracle::seq::SeqRuns {
        engine: o.clone(),
        engine_gc: Some(o.clone()),
        reference: o.clone(),
        boa: Some(o),
        heap_problems: Vec::new(),
        tainted: false,
    }
}

#[test]
fn seq_judge_classifies_each_disagreement() {
    let same = runs();
    let v = oracle::seq::judge(&same);
    assert!(v.divergence.is_none() && v.ran_clean);

    let mut r = runs();
    r.engine = out("2\n", CorpusCompletion::Normal);
    r.engine_gc = Some(r.engine.clone());
    let d = oracle::seq::judge(&r).divergence.expect("diverges");
    assert_eq!(d.kind, "engine-vs-reference");
    assert!(d.detail.contains("boa agrees with the reference"));

    let mut r = runs();
    r.engine_gc = Some(out("1\n", CorpusCompletion::Uncaught("TypeError".into())));
    assert_eq!(
        oracle::seq::judge(&r).divergence.expect("diverges").kind,
        "gc-stress"
    );

    let mut r = runs();
    r.boa = Some(out("", CorpusCompletion::Uncaught("RangeError".into())));
    assert_eq!(
        oracle::seq::judge(&r).divergence.expect("diverges").kind,
        "boa-only"
    );

    let mut r = runs();
    r.heap_problems.push("dangling pointer".into());
    assert_eq!(
        oracle::seq::judge(&r).divergence.expect("diverges").kind,
        "heap"
    );

    let mut r = runs();
    r.engine = out("", CorpusCompletion::EngineFailure("hang".into()));
    assert_eq!(
        oracle::seq::judge(&r).divergence.expect("diverges").kind,
        "engine-hang"
    );

    let mut r = runs();
    r.reference = out("", CorpusCompletion::FuelExhausted);
    assert!(oracle::seq::judge(&r).skipped.is_some());
}

#[test]
fn seq_agrees_on_a_plain_program_and_sees_a_boa_deviation() {
    let v =
        oracle::seq::check("let a = [3, 1, 2]; a.sort(); print(a.join(), typeof a, 0.1 + 0.2);");
    assert!(v.divergence.is_none(), "{v:?}");
    assert!(v.ran_clean);
    let v = oracle::seq::check("throw new TypeError('x');");
    assert!(v.divergence.is_none(), "{v:?}");
    assert!(!v.ran_clean);
    // ECMA-262 Number::exponentiate: 1 ** NaN is NaN; boa_engine 0.22 gives 1.
    let v = oracle::seq::check("print(1 ** NaN);");
    assert_eq!(v.divergence.expect("boa deviates").kind, "boa-only");
}

#[test]
fn seq_skips_a_program_that_allocates_without_bound() {
    // Each round makes the array about four times longer (weft-fuzz seed 21 index
    // 189273): the engine stops at its heap limit and the program is skipped, instead
    // of every implementation grinding through gigabytes.
    let src = "let a = [10, 20];\n\
               for (let i = 0; i < 40; i++) a = Array.from(a.join(', '), (c) => c.charCodeAt(0));\n\
               print(a.length);";
    let started = std::time::Instant::now();
    let v = oracle::seq::check(src);
    assert!(v.divergence.is_none(), "{v:?}");
    assert_eq!(
        v.skipped.as_deref(),
        Some("engine heap limit (the program allocates without bound)")
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(15));
    // A program under the limit is not skipped.
    let v = oracle::seq::check("let a = [10, 20]; a = Array.from(a.join(', ')); print(a.length);");
    assert!(v.skipped.is_none() && v.divergence.is_none(), "{v:?}");
}

const MESSAGE_PASSING: &str = "const o = { data: 0, flag: 0 };\n\
new Thread(() => { o.data = 1; o.flag = 1; });\n\
new Thread(() => { const f = o.flag; const d = o.data; return [f, d]; });\n";

#[test]
fn conc_explores_and_the_engine_stays_inside() {
    let set = oracle::conc::explore(MESSAGE_PASSING).expect("explores");
    assert_eq!(set.len(), 4, "{set:?}");
    assert!(set.contains("T0 | T1 => undefined | T2 => [1, 0]"));
    let (line, problems) = oracle::conc::engine_outcome(MESSAGE_PASSING, 5);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(set.contains(&line), "engine outcome {line} not in {set:?}");
    let v = oracle::conc::check(MESSAGE_PASSING, 3);
    assert!(v.divergence.is_none(), "{v:?}");
}

#[test]
fn conc_skips_what_it_cannot_explore() {
    let v = oracle::conc::check("let x = ;", 1);
    assert!(v.skipped.is_some() && v.divergence.is_none(), "{v:?}");
}

#[test]
fn parse_survives_garbage() {
    for text in [
        "",
        "{{{{",
        "\u{0}\u{ffff}'",
        "function (",
        "`${",
        "let let = 1;",
        "/*",
    ] {
        let v = oracle::parse::check(text);
        assert!(v.divergence.is_none(), "{text:?}: {v:?}");
    }
    let v = oracle::parse::check("while (true) {}");
    assert!(
        v.skipped.is_some(),
        "an endless loop is not run on the engine"
    );
}

#[test]
fn known_divergences_still_diverge() {
    let path = known::default_path();
    let list = KnownList::load(&path).expect("the list parses");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for entry in &list.divergence {
        let Some(rel) = &entry.reproducer else {
            continue;
        };
        let file = root.join(rel);
        let (oracle, input) =
            campaign::read_reproducer(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(oracle.name(), entry.oracle, "{}: oracle", entry.name);
        let runs = if oracle == OracleKind::Conc { 20 } else { 1 };
        let v = campaign::check(oracle, &input, runs);
        let d = v.divergence.unwrap_or_else(|| {
            panic!(
                "{}: no longer diverges (remove it from the list)",
                entry.name
            )
        });
        let matched = list.matching(oracle, &input, &d).map(|k| k.name.clone());
        assert_eq!(
            matched.as_deref(),
            Some(entry.name.as_str()),
            "{}: the divergence ({}) is not matched by its entry",
            entry.name,
            d.kind
        );
    }
}
