//! The reference interpreter must never panic, whatever the input (`run_source`'s
//! contract): syntax errors, unsupported features, runtime errors, deep recursion and
//! exhausted fuel are all reported through `RunOutput`.
//!
//! Two properties, 256 cases each:
//!
//! - **token soup**: random sequences of JavaScript tokens (keywords, punctuators,
//!   literals, identifiers) joined by spaces — mostly syntax errors, sometimes programs;
//! - **generated programs**: valid-looking scripts from a small recursive generator
//!   (declarations, functions, calls, bounded loops, objects, arrays, try/catch, property
//!   access, operators, classes, destructuring, template literals).
//!
//! Every case runs with a small fuel budget, so it ends even when the program would not.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proptest::prelude::*;
use weft_reference_interp::{RunOptions, RunOutput, run_source};

const FUEL: u64 = 200_000;

/// Runs `source` and fails the property if the interpreter panics.
fn assert_no_panic(source: &str) -> Result<(), TestCaseError> {
    let options = RunOptions {
        fuel: Some(FUEL),
        ..RunOptions::default()
    };
    let result: std::thread::Result<RunOutput> = catch_unwind(AssertUnwindSafe(|| {
        run_source(source, "generated.js", &options)
    }));
    match result {
        Ok(_) => Ok(()),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "<non-string panic payload>".to_owned());
            Err(TestCaseError::fail(format!(
                "run_source panicked: {message}\n--- source ---\n{source}"
            )))
        }
    }
}

// ---------------------------------------------------------------------------
// (a) token soup

#[rustfmt::skip]
const TOKENS: &[&str] = &[
    // keywords
    "var", "let", "const", "function", "return", "if", "else", "for", "while", "do",
    "break", "continue", "switch", "case", "default", "try", "catch", "finally", "throw",
    "new", "delete", "typeof", "void", "instanceof", "in", "of", "class", "extends",
    "super", "this", "null", "undefined", "true", "false", "async", "await", "yield",
    "static", "get", "set", "with", "debugger", "import", "export",
    // punctuators
    "{", "}", "(", ")", "[", "]", ";", ",", ".", "...", "?.", "??", "?", ":", "=>",
    "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=",
    "&&=", "||=", "??=", "+", "-", "*", "/", "%", "**", "++", "--", "<<", ">>", ">>>",
    "&", "|", "^", "!", "~", "&&", "||", "<", ">", "<=", ">=", "==", "!=", "===", "!==",
    "#x",
    // literals
    "0", "1", "-1", "1.5", "1e21", "0x10", "0b11", "0o7", "NaN", "Infinity", "1n",
    "\"a\"", "'b'", "\"\"", "`t`", "`${", "`a${1}b`", "/re/g", "'\\u0041'",
    // identifiers and well-known names
    "a", "b", "x", "f", "o", "arr", "print", "console", "log", "Object", "Array",
    "Math", "JSON", "Map", "Set", "Symbol", "Error", "TypeError", "Promise", "String",
    "Number", "prototype", "constructor", "length", "globalThis", "arguments",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..48).prop_map(|tokens| tokens.join(" "))
}

// ---------------------------------------------------------------------------
// (b) generated programs

/// Variables every generated program declares in its prelude.
const VARS: &[&str] = &["a", "b", "c", "o", "arr"];
const PROPS: &[&str] = &["p", "q", "length", "x", "0", "toString"];

fn var_name() -> impl Strategy<Value = String> {
    prop::sample::select(VARS).prop_map(str::to_owned)
}

fn prop_name() -> impl Strategy<Value = String> {
    prop::sample::select(PROPS).prop_map(str::to_owned)
}

fn literal() -> impl Strategy<Value = String> {
    prop_oneof![
        (-3i32..100).prop_map(|n| if n < 0 {
            format!("({n})")
        } else {
            n.to_string()
        }),
        prop::sample::select(
            &[
                "0.5",
                "(-0)",
                "1e21",
                "NaN",
                "Infinity",
                "(2 ** 53)",
                "\"\"",
                "\"str\"",
                "'1'",
                "true",
                "false",
                "null",
                "undefined",
                "[]",
                "{}",
            ][..]
        )
        .prop_map(str::to_owned),
    ]
}

fn expr() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![literal(), var_name(), Just("this".to_owned())];
    leaf.prop_recursive(4, 48, 4, |inner| {
        let binary_ops = prop::sample::select(
            &[
                "+",
                "-",
                "*",
                "/",
                "%",
                "**",
                "==",
                "===",
                "!=",
                "!==",
                "<",
                "<=",
                ">",
                ">=",
                "&&",
                "||",
                "??",
                "&",
                "|",
                "^",
                "<<",
                ">>",
                ">>>",
                "in",
                "instanceof",
                ",",
            ][..],
        );
        let unary_ops = prop::sample::select(&["!", "-", "+", "~", "typeof", "void"][..]);
        prop_oneof![
            (inner.clone(), binary_ops, inner.clone())
                .prop_map(|(l, op, r)| format!("({l} {op} {r})")),
            (unary_ops, inner.clone()).prop_map(|(op, e)| format!("({op} {e})")),
            (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(c, t, e)| format!("({c} ? {t} : {e})")),
            prop::collection::vec(inner.clone(), 0..3)
                .prop_map(|args| format!("f({})", args.join(", "))),
            (inner.clone(), prop_name()).prop_map(|(e, p)| member(&format!("({e})"), &p, false)),
            (inner.clone(), prop_name()).prop_map(|(e, p)| member(&format!("({e})"), &p, true)),
            (inner.clone(), inner.clone()).prop_map(|(e, k)| format!("({e})[{k}]")),
            (inner.clone(), inner.clone()).prop_map(|(p, q)| format!("({{ p: {p}, q: {q} }})")),
            (inner.clone(), inner.clone())
                .prop_map(|(p, rest)| format!("({{ p: {p}, ...({rest}) }})")),
            prop::collection::vec(inner.clone(), 0..4)
                .prop_map(|xs| format!("[{}]", xs.join(", "))),
            (inner.clone(), inner.clone()).prop_map(|(x, y)| format!("[...arr, {x}, ...[{y}]]")),
            (inner.clone(), inner.clone()).prop_map(|(x, y)| format!("`t${{{x}}}m${{{y}}}`")),
            inner.clone().prop_map(|e| format!("((x) => {e})")),
            inner
                .clone()
                .prop_map(|e| format!("(function (x) {{ return {e}; }})")),
            (var_name(), inner.clone()).prop_map(|(v, e)| format!("({v} = {e})")),
            (var_name(), inner.clone()).prop_map(|(v, e)| format!("({v} += {e})")),
            var_name().prop_map(|v| format!("({v}++)")),
            inner.clone().prop_map(|e| format!("new C({e})")),
            inner.clone().prop_map(|e| format!("new D({e}).m()")),
            inner.clone().prop_map(|e| format!("String({e})")),
            inner.clone().prop_map(|e| format!("(o[s] = {e}, o[s])")),
            inner.clone().prop_map(|e| format!("Object.keys({e})")),
            inner.clone().prop_map(|e| format!("JSON.stringify({e})")),
            inner
                .clone()
                .prop_map(|e| format!("arr.map((v) => v + {e})")),
            (inner.clone(), inner).prop_map(|(k, v)| format!("new Map([[{k}, {v}]]).get({k})")),
        ]
    })
}

/// `base.p` (or `base?.p`) for identifier names, `base[0]` (or `base?.[0]`) for indices.
fn member(base: &str, p: &str, optional: bool) -> String {
    let is_index = p.chars().all(|c| c.is_ascii_digit());
    match (is_index, optional) {
        (false, false) => format!("{base}.{p}"),
        (false, true) => format!("{base}?.{p}"),
        (true, false) => format!("{base}[{p}]"),
        (true, true) => format!("{base}?.[{p}]"),
    }
}

fn stmt() -> impl Strategy<Value = String> {
    let simple = prop_oneof![
        expr().prop_map(|e| format!("print({e});")),
        expr().prop_map(|e| format!("{e};")),
        (var_name(), expr()).prop_map(|(v, e)| format!("{v} = {e};")),
        (0u32..1000, expr()).prop_map(|(n, e)| format!("let l{n} = {e};")),
        (0u32..1000, expr()).prop_map(|(n, e)| format!("const k{n} = {e};")),
        (0u32..1000, expr()).prop_map(|(n, e)| format!("var w{n} = {e};")),
        (expr(), prop_name()).prop_map(|(e, p)| format!("{} = {e};", member("o", &p, false))),
        expr().prop_map(|e| format!("arr.push({e});")),
        expr().prop_map(|e| format!("{{ let {{ p, q = {e}, ...rest }} = o; print(p, q, rest); }}")),
        expr().prop_map(|e| format!("{{ let [x0, , x2 = {e}, ...xs] = arr; print(x0, x2, xs); }}")),
        expr().prop_map(|e| format!("throw {e};")),
        expr().prop_map(|e| format!("print(`${{{e}}}`);")),
        Just("print(f(1, 2), g(3));".to_owned()),
    ];
    simple.prop_recursive(3, 24, 4, |inner| {
        let block = prop::collection::vec(inner, 0..4).prop_map(|ss| ss.join("\n"));
        prop_oneof![
            (expr(), block.clone(), block.clone())
                .prop_map(|(c, t, e)| format!("if ({c}) {{\n{t}\n}} else {{\n{e}\n}}")),
            (0u32..5, block.clone())
                .prop_map(|(n, b)| format!("for (let i = 0; i < {n}; i++) {{\n{b}\n}}")),
            (0u32..5, block.clone()).prop_map(|(n, b)| {
                format!("{{ let k = 0; while (k++ < {n}) {{\n{b}\n}} }}")
            }),
            block.clone().prop_map(|b| format!("for (const v of arr.slice(0, 3)) {{\n{b}\n}}")),
            block.clone().prop_map(|b| format!("for (const key in o) {{\n{b}\n}}")),
            (block.clone(), block.clone(), block.clone()).prop_map(|(t, c, f)| {
                format!("try {{\n{t}\n}} catch (err) {{\nprint(String(err));\n{c}\n}} finally {{\n{f}\n}}")
            }),
            (0u32..1000, block.clone(), expr()).prop_map(|(n, b, e)| {
                format!("function h{n}(x, y = 1, ...zs) {{\n{b}\nreturn {e};\n}}\nprint(h{n}(a, b));")
            }),
            (0u32..1000, block.clone(), expr()).prop_map(|(n, b, e)| {
                format!(
                    "class K{n} extends C {{\n  constructor(v) {{ super(v); this.w = {e}; }}\n  \
                     get g() {{ return this.v; }}\n  static s() {{ return {e}; }}\n  \
                     m() {{\n{b}\nreturn super.m(); }}\n}}\nprint(new K{n}(1).m(), K{n}.s());"
                )
            }),
            (expr(), block.clone(), block)
                .prop_map(|(d, x, y)| format!("switch ({d}) {{ case 1: {x} break; default: {y} }}")),
        ]
    })
}

/// The prelude declares every name the generator refers to, so most programs get past
/// the first statement.
const PRELUDE: &str = "\
var a = 1, b = \"two\", c = null, s = Symbol(\"s\");
var o = { p: 1, q: [1, 2], get x() { return this.p; } };
var arr = [1, 2, 3];
function f(x, y) { return x === undefined ? y : x; }
function g(n) { return n <= 0 ? 0 : n + g(n - 1); }
class C { constructor(v) { this.v = v; } m() { return this.v; } }
class D extends C { m() { return super.m() + 1; } }
";

fn program() -> impl Strategy<Value = String> {
    prop::collection::vec(stmt(), 1..8).prop_map(|stmts| format!("{PRELUDE}{}\n", stmts.join("\n")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn token_soup_never_panics(source in token_soup()) {
        assert_no_panic(&source)?;
    }

    #[test]
    fn generated_programs_never_panic(source in program()) {
        assert_no_panic(&source)?;
    }
}

/// A few fixed inputs that have broken interpreters before: deep nesting, huge loops,
/// runaway recursion, and the empty program.
#[test]
fn fixed_edge_cases_never_panic() {
    let deep = format!("{}1{}", "(".repeat(3_000), ")".repeat(3_000));
    let deep_arrays = format!("{}{}", "[".repeat(3_000), "]".repeat(3_000));
    for source in [
        "",
        "for (;;) {}",
        "while (true) { let x = {}; }",
        "function r() { return r(); } r();",
        "function r() { try { return r(); } catch (e) { return r(); } } r();",
        "throw 1",
        "let x = x;",
        "class A extends null {} new A();",
        "[].reduce((a, b) => a);",
        "new Array(-1);",
        "'a'.repeat(2 ** 40);",
        deep.as_str(),
        deep_arrays.as_str(),
    ] {
        if let Err(e) = assert_no_panic(source) {
            panic!("{e}");
        }
    }
}
