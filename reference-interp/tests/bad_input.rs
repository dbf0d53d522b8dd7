//! Bad input is reported, never a crash: syntax errors with positions, runaway
//! recursion as a catchable RangeError, unsupported features named, fuel honoured.

use weft_reference_interp::{Completion, RunOptions, UncaughtError, run_source};

fn run(src: &str) -> (String, Completion) {
    let out = run_source(src, "test.js", &RunOptions::default());
    (out.printed, out.completion)
}

fn uncaught(src: &str) -> UncaughtError {
    match run(src).1 {
        Completion::Uncaught(e) => e,
        other => panic!("expected an uncaught exception, got {other:?}"),
    }
}

#[test]
fn syntax_error_has_line_and_column() {
    let e = uncaught("let a = 1;\nlet b = ;\n");
    assert_eq!(e.name.as_deref(), Some("SyntaxError"));
    let loc = e.location.clone().expect("a syntax error has a location");
    assert_eq!((loc.file.as_str(), loc.line), ("test.js", 2));
    assert!(
        loc.column >= 9,
        "column {} points into `let b = ;`",
        loc.column
    );
    assert!(e.to_string().starts_with("Uncaught SyntaxError: "));
    assert!(e.to_string().contains("at test.js:2:"));
}

#[test]
fn runtime_error_has_location_of_the_throw() {
    let e = uncaught("print(1);\n  undefinedFunction();\n");
    assert_eq!(e.name.as_deref(), Some("ReferenceError"));
    let loc = e.location.expect("location");
    assert_eq!((loc.line, loc.column), (2, 3));
    let e = uncaught("var o = {};\no.missing();\n");
    assert_eq!(e.name.as_deref(), Some("TypeError"));
    assert!(
        e.message.contains("o.missing"),
        "message names the callee: {}",
        e.message
    );
}

#[test]
fn thrown_values_are_reported_as_they_are() {
    let e = uncaught("throw 42;");
    assert_eq!((e.name, e.message.as_str()), (None, "42"));
    let e = uncaught("throw new RangeError('too big');");
    assert_eq!(e.summary(), "RangeError: too big");
    assert_eq!(e.corpus_line(), "Uncaught RangeError");
}

#[test]
fn unbounded_recursion_is_a_catchable_range_error() {
    let (printed, completion) = run("function f(n) { return f(n + 1) + 1; }\n\
         try { f(0); } catch (e) { print(e instanceof RangeError, e.name); }\n\
         var g = (n) => [n].map(() => g(n + 1));\n\
         try { g(0); } catch (e) { print(e.name); }");
    assert_eq!(completion, Completion::Normal);
    assert_eq!(printed, "true RangeError\nRangeError\n");
}

#[test]
fn uncaught_recursion_reports_range_error() {
    let e = uncaught("(function f() { f(); })();");
    assert_eq!(e.name.as_deref(), Some("RangeError"));
}

#[test]
fn deeply_nested_source_does_not_overflow() {
    let depth = 3_000;
    let src = format!("print({}1{});", "(".repeat(depth), ")".repeat(depth));
    let (printed, completion) = run(&src);
    assert_eq!(completion, Completion::Normal);
    assert_eq!(printed, "1\n");
    let src = format!("var x = {}0{};", "[".repeat(depth), "]".repeat(depth));
    assert_eq!(run(&src).1, Completion::Normal);
    let too_deep = 100_000;
    let src = format!("var y = {}0{};", "(".repeat(too_deep), ")".repeat(too_deep));
    let e = uncaught(&src);
    assert_eq!(e.name.as_deref(), Some("SyntaxError"));
    assert!(e.message.contains("nesting"), "{}", e.message);
}

#[test]
fn unsupported_features_are_named() {
    for (src, feature) in [
        ("function* g() { yield 1; }", "generator"),
        ("async function* f() {}", "async generator"),
        ("var r = /ab+c/;", "RegExp"),
        ("var b = 10n;", "BigInt"),
        ("with ({}) {}", "with"),
        ("class A { #x = 1; }", "private"),
        ("class A { static { } }", "static blocks"),
        ("eval('1')", "eval"),
        ("new Function('return 1')", "Function constructor"),
        ("new Date()", "Date"),
    ] {
        let e = uncaught(src);
        assert_eq!(e.name.as_deref(), Some("SyntaxError"), "{src}");
        assert!(
            e.message.contains(feature) && e.message.contains("not supported"),
            "{src}: {}",
            e.message
        );
    }
}

#[test]
fn fuel_stops_infinite_loops() {
    let out = run_source(
        "while (true) {}",
        "loop.js",
        &RunOptions {
            fuel: Some(10_000),
            ..RunOptions::default()
        },
    );
    assert_eq!(out.completion, Completion::FuelExhausted);
    let out = run_source(
        "var a = []; a.length = 4294967295; a.join('x');",
        "join.js",
        &RunOptions {
            fuel: Some(100_000),
            ..RunOptions::default()
        },
    );
    assert_eq!(out.completion, Completion::FuelExhausted);
}

#[test]
fn huge_strings_are_a_range_error() {
    let (printed, completion) = run(
        "var s = 'x'; try { while (true) s = s + s; } catch (e) { print(e.name, s.length > 1000); }",
    );
    assert_eq!(completion, Completion::Normal);
    assert_eq!(printed, "RangeError true\n");
}
