//! Every unsupported construct and malformed header of a litmus file is rejected with the
//! right `line:column` and a message naming the construct (the expected messages are
//! written out in full, snapshot-style).

use weft_memory_model::litmus;

/// The header every thread-body case starts with (lines 1–2).
const H: &str = "// Litmus: T\n// Condition: exists (T0 === 0)\n";

/// A file with the header, a setup on lines 3–6 (`o`, `z`, `l`, `c`), and thread `T0`
/// opened on line 7 whose body starts on line 8.
fn thread(body: &str) -> String {
    format!(
        "{H}const o = {{ x: 0, y: 0 }};\nlet z = 0;\nconst l = new Lock();\nconst c = new Condition();\nconst T0 = new Thread(() => {{\n{body}\n}});\n"
    )
}

#[track_caller]
fn check(source: &str, expected: &str) {
    match litmus::parse(source) {
        Ok(t) => panic!("accepted, expected `{expected}`:\n{source}\n{t:#?}"),
        Err(e) => assert_eq!(e.to_string(), expected, "for:\n{source}"),
    }
}

#[test]
fn positions_follow_every_supported_statement_form() {
    // The `for` comes after a hold, an if/else, an await loop, a nested thread with a
    // join, a block and a comment that mentions `for (;;)`.
    let body = "  l.hold(() => {\n    o.x = 1;\n  });\n  if (o.y === 1) { o.x = 2; } else { o.x = 3; }\n  while (o.x === 0) {}\n  const U = new Thread(() => {\n    o.y = 2;\n  });\n  U.join();\n  { let r = z; }\n  // for (;;) {}\n  for (const k in o) {}";
    check(
        &thread(body),
        "19:3: 'for' loops are not supported in litmus tests (use straight-line code, 'if', or an await loop 'while (cond) {}')",
    );
}

#[test]
fn positions_inside_else_branch() {
    check(
        &thread("  if (o.x === 1) {\n    o.y = 1;\n  } else {\n    do {} while (o.x);\n  }"),
        "11:5: 'do … while' loops are not supported in litmus tests (use straight-line code, 'if', or an await loop 'while (cond) {}')",
    );
}

#[test]
fn error_display_is_line_column_message() {
    let e = litmus::parse("").unwrap_err();
    assert_eq!((e.line, e.column), (1, 1));
    assert!(e.message.starts_with("missing 'Litmus:'"));
}

#[test]
fn for_loop() {
    check(
        &thread("  for (let i = 0; i < 2; i++) { o.x = i; }"),
        "8:3: 'for' loops are not supported in litmus tests (use straight-line code, 'if', or an await loop 'while (cond) {}')",
    );
}

#[test]
fn for_empty() {
    check(
        &thread("  o.x = 1;\n  for (;;) {}"),
        "9:3: 'for' loops are not supported in litmus tests (use straight-line code, 'if', or an await loop 'while (cond) {}')",
    );
}

#[test]
fn while_body() {
    check(
        &thread("  while (o.x === 0) { o.y = 1; }"),
        "8:3: 'while' loops are supported only as await loops: 'while (cond) {}' or 'while (cond) { c.wait(l); }' (anything else: use straight-line code and 'if')",
    );
}

#[test]
fn do_while() {
    check(
        &thread("  do { o.x = 1; } while (o.y === 0);"),
        "8:3: 'do … while' loops are not supported in litmus tests (use straight-line code, 'if', or an await loop 'while (cond) {}')",
    );
}

#[test]
fn switch_statement() {
    check(
        &thread("  switch (o.x) { case 0: break; }"),
        "8:3: 'switch' statements are not supported in litmus tests (use 'if')",
    );
}

#[test]
fn try_statement() {
    check(
        &thread("  try { o.x = 1; } catch (e) {}"),
        "8:3: 'try' statements are not supported in litmus tests",
    );
}

#[test]
fn throw_statement() {
    check(
        &thread("  const r = o.x;\n  throw r;"),
        "9:3: 'throw' is not supported in litmus tests",
    );
}

#[test]
fn labelled() {
    check(
        &thread("  a: { o.x = 1; }"),
        "8:3: labelled statements are not supported in litmus tests",
    );
}

#[test]
fn var_declaration() {
    check(
        &thread("  var r = o.x;"),
        "8:3: 'var' declarations are not supported in litmus tests (use 'let' or 'const')",
    );
}

#[test]
fn function_decl() {
    check(
        &thread("  function f() {}"),
        "8:3: function declarations are not supported in litmus tests (only thread functions, inside 'new Thread(…)')",
    );
}

#[test]
fn class_decl() {
    check(
        &thread("  class K {}"),
        "8:3: classes are not supported in litmus tests",
    );
}

#[test]
fn call() {
    check(
        &thread("  const r = f(1);"),
        "8:13: calls of functions ('f(…)') are not supported in litmus tests (the calls litmus tests support are Atomics.*, l.hold(() => { … }), c.wait(l), c.notify(), c.notifyAll() and U.join())",
    );
}

#[test]
fn print_in_thread() {
    check(
        &thread("  print(o.x);"),
        "8:3: print(…) is supported only in the main program, not inside threads",
    );
}

#[test]
fn method_call() {
    check(
        &thread("  const r = Math.max(1, 2);"),
        "8:13: the call Math.max(…) is not supported in litmus tests (the calls litmus tests support are Atomics.*, l.hold(() => { … }), c.wait(l), c.notify(), c.notifyAll() and U.join())",
    );
}

#[test]
fn closure() {
    check(
        &thread("  const f = () => 1;"),
        "8:13: closures other than thread functions and l.hold callbacks are not supported in litmus tests",
    );
}

#[test]
fn string_value() {
    check(
        &thread("  o.x = \"a\";"),
        "8:9: strings are not values of litmus tests (they appear only as property keys)",
    );
}

#[test]
fn loose_eq() {
    check(
        &thread("  if (o.x == 1) { o.y = 1; }"),
        "8:7: '==' is not supported in litmus tests (use '===')",
    );
}

#[test]
fn division() {
    check(
        &thread("  o.x = o.y / 2;"),
        "8:9: the operator '/' is not supported in litmus tests",
    );
}

#[test]
fn atomics_wait() {
    check(
        &thread("  Atomics.wait(o, \"x\", 0);"),
        "8:3: Atomics.wait is not supported in litmus tests (use a Condition: c.wait(l), c.notify())",
    );
}

#[test]
fn atomics_cell() {
    check(
        &thread("  Atomics.store(z, 1);"),
        "8:17: Atomics.store on the binding cell 'z' is not supported: Atomics operate on an object's property (Atomics.store(o, \"z\"…)); put the value in a shared object",
    );
}

#[test]
fn atomics_arity() {
    check(
        &thread("  const r = Atomics.load(o, \"x\", 1);"),
        "8:13: Atomics.load takes 2 arguments: Atomics.load(o, \"k\"); found 3",
    );
}

#[test]
fn notify_value() {
    check(
        &thread("  const r = c.notify();"),
        "8:13: the return value of c.notify() may not be used in litmus tests (call it as a statement)",
    );
}

#[test]
fn return_in_hold() {
    check(
        &thread("  l.hold(() => {\n    return o.x;\n  });"),
        "9:5: 'return' inside an l.hold(() => { … }) body is not supported in litmus tests (return after the hold)",
    );
}

#[test]
fn wait_outside_hold() {
    check(
        &thread("  c.wait(l);"),
        "8:3: c.wait(l) must be inside l.hold(() => { … })",
    );
}

#[test]
fn dup_thread() {
    check(
        &thread("  const T0 = new Thread(() => {});"),
        "8:9: duplicate thread name 'T0' (first declared at 7:7); thread names are unique in the file",
    );
}

#[test]
fn unknown_name() {
    check(&thread("  o.x = q;"), "8:9: unknown name 'q'");
}

#[test]
fn assign_const_reg() {
    check(
        &thread("  const r = 1;\n  r = 2;"),
        "9:3: cannot assign to 'r': it is a 'const' binding",
    );
}

#[test]
fn assign_const_obj() {
    check(
        &thread("  o = 1;"),
        "8:3: cannot assign to 'o': it is a 'const' binding",
    );
}

#[test]
fn setup_after_thread() {
    check(
        &(thread("  o.x = 1;") + "let w = 0;\n"),
        "10:5: the binding 'w' is declared after the first thread: the setup comes before the threads",
    );
}

#[test]
fn spawn_in_if() {
    check(
        &thread("  if (o.x === 1) {\n    const U = new Thread(() => {});\n  }"),
        "9:11: a thread spawned inside 'if' is not supported in litmus tests (spawn it unconditionally)",
    );
}

#[test]
fn fraction() {
    check(
        &thread("  o.x = 1.5;"),
        "8:9: the number 1.5 is not an integer (litmus values are integers)",
    );
}

#[test]
fn template() {
    check(
        &thread("  o.x = `a`;"),
        "8:9: template literals are not supported in litmus tests",
    );
}

#[test]
fn nested_setup_object() {
    check(
        &format!(
            "{H}{}",
            "const o = { p: { v: 0 } };\nconst T0 = new Thread(() => {});\n"
        ),
        "3:16: nested object literals are not supported in the setup (declare the inner object with its own 'const' and use its name)",
    );
}

#[test]
fn let_thread() {
    check(
        &format!("{H}{}", "let T0 = new Thread(() => {});\n"),
        "3:10: threads are bound with 'const' in litmus tests",
    );
}

#[test]
fn delete_value() {
    check(
        &thread("  const r = delete o.x;"),
        "8:13: 'delete' is a statement in litmus tests (its value may not be used)",
    );
}

#[test]
fn top_level_write() {
    check(
        &format!("{H}{}", "const o = { x: 0 };\no.x = 1;\n"),
        "4:1: the main program of a litmus test only declares the setup, spawns threads, joins them (T0.join();) and prints; shared accesses belong inside a thread",
    );
}

#[test]
fn thread_params() {
    check(
        &format!("{H}{}", "const T0 = new Thread((a) => {});\n"),
        "3:23: a thread function takes no parameters",
    );
}

#[test]
fn concise_arrow() {
    check(
        &format!("{H}{}", "const T0 = new Thread(() => 1);\n"),
        "3:23: a thread function needs a block body: () => { … }",
    );
}

#[test]
fn join_unknown() {
    check(
        &format!("{H}{}", "const T0 = new Thread(() => {});\nT1.join();\n"),
        "4:1: unknown thread 'T1'",
    );
}

#[test]
fn no_threads() {
    check(
        &format!("{H}{}", "const o = { x: 0 };\n"),
        "4:1: a litmus test needs at least one thread: const T0 = new Thread(() => { … });",
    );
}

#[test]
fn missing_litmus() {
    check(
        &String::from("// Condition: exists (T0 === 0)\nconst T0 = new Thread(() => {});\n"),
        "1:1: missing 'Litmus:' header line (a litmus file starts with '// Litmus: NAME')",
    );
}

#[test]
fn missing_condition() {
    check(
        &String::from("// Litmus: T\nconst T0 = new Thread(() => {});\n"),
        "1:1: missing 'Condition:' header line (e.g. '// Condition: exists (T0 === 0 && T1 === 0)')",
    );
}

#[test]
fn empty_file() {
    check(
        "",
        "1:1: missing 'Litmus:' header line (a litmus file starts with '// Litmus: NAME')",
    );
}

#[test]
fn unknown_model() {
    check(
        &String::from(
            "// Litmus: T\n// Condition: exists (T0 === 0)\n// Expect: weft=Never arm=Never\nconst T0 = new Thread(() => {});\n",
        ),
        "3:23: unknown model 'arm' in 'Expect:' (models: weft, ecma, sc, x86-tso)",
    );
}

#[test]
fn bad_observation() {
    check(
        &String::from(
            "// Litmus: T\n// Condition: exists (T0 === 0)\n// Expect: weft=Maybe\nconst T0 = new Thread(() => {});\n",
        ),
        "3:17: unknown observation 'Maybe' for weft (expected Never, Sometimes or Always)",
    );
}

#[test]
fn unknown_key() {
    check(
        &String::from(
            "// Litmus: T\n// Condtion: exists (T0 === 0)\nconst T0 = new Thread(() => {});\n",
        ),
        "2:4: unknown header key 'Condtion' (expected Litmus, Condition, Expect, Cite or Note)",
    );
}

#[test]
fn bad_quantifier() {
    check(
        &String::from("// Litmus: T\n// Condition: (T0 === 0)\nconst T0 = new Thread(() => {});\n"),
        "2:15: the condition must start with 'exists', '~exists' or 'forall'",
    );
}

#[test]
fn cond_unknown_name() {
    check(
        &String::from(
            "// Litmus: T\n// Condition: exists (T0 === 0 && T9 === 1)\nconst T0 = new Thread(() => {});\n",
        ),
        "2:35: unknown name 'T9' in the condition (expected a thread, a shared 'let' binding or a setup object)",
    );
}

#[test]
fn cond_loose_eq() {
    check(
        &String::from(
            "// Litmus: T\n// Condition: ~exists (T0 == 0)\nconst T0 = new Thread(() => {});\n",
        ),
        "2:24: '==' is not supported in conditions (use '===')",
    );
}

#[test]
fn cond_syntax() {
    check(
        &String::from(
            "// Litmus: T\n// Condition: forall (T0 === )\nconst T0 = new Thread(() => {});\n",
        ),
        "2:30: in the condition: syntax error: unexpected token ')', primary expression",
    );
}

#[test]
fn syntax_error() {
    check(
        &thread("  o.x = ;"),
        "8:9: syntax error: unexpected token ';', primary expression",
    );
}

#[test]
fn deep() {
    check(
        &thread(&format!("  o.x = {}1{};", "(".repeat(100), ")".repeat(100))),
        "8:71: brackets nested more than 64 levels deep are not supported in litmus tests",
    );
}

#[test]
fn join_after_spawn_order() {
    check(
        &format!(
            "{H}{}",
            "const T0 = new Thread(() => {});\nT0.join();\nconst T1 = new Thread(() => {});\n"
        ),
        "5:7: thread 'T1' is spawned after a join; the model starts every thread before joining any (move the joins to the end)",
    );
}

#[test]
fn regs_captured() {
    check(
        &thread("  const r = o.x;\n  const U = new Thread(() => {\n    o.y = r;\n  });"),
        "10:11: 'r' is a local of the enclosing thread 'T0'; a nested thread cannot use its parent's locals (share values through an object)",
    );
}

#[test]
fn hold_value() {
    check(
        &thread("  const r = l.hold(() => {});"),
        "8:13: l.hold(…) is a statement in litmus tests (its value may not be used; return after the hold)",
    );
}

#[test]
fn wait_wrong_lock() {
    check(
        &format!(
            "{H}{}",
            "const l = new Lock();\nconst m = new Lock();\nconst c = new Condition();\nconst T0 = new Thread(() => {\n  l.hold(() => {\n    c.wait(m);\n  });\n});\n"
        ),
        "8:5: c.wait(m) must be inside m.hold(() => { … })",
    );
}

#[test]
fn dup_expect() {
    check(
        &String::from(
            "// Litmus: T\n// Condition: exists (T0 === 0)\n// Expect: weft=Never weft=Always\nconst T0 = new Thread(() => {});\n",
        ),
        "3:23: a second expectation for weft",
    );
}
