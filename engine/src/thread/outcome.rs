//! Outcome lines (spec/threads.md [th.outcome.line]): what each thread printed and how it
//! ended, for comparing the engine with the reference's explored outcome sets.

use crate::atom;
use crate::object::Class;
use crate::object::shape::attr;
use crate::value::{Kind, Value};
use crate::vm::Vm;
use crate::vm::property::Key;

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// [th.outcome.display] of a value.
pub fn display(vm: &mut Vm, v: Value) -> String {
    display_at(vm, v, 1)
}

fn display_at(vm: &mut Vm, v: Value, depth: usize) -> String {
    match v.kind() {
        Kind::Undefined | Kind::Internal => "undefined".into(),
        Kind::Null => "null".into(),
        Kind::Boolean => (v == Value::TRUE).to_string(),
        Kind::Number => {
            let n = v.num();
            if n == 0.0 && n.is_sign_negative() {
                "-0".into()
            } else {
                crate::vm::numconv::number_to_string(n)
            }
        }
        Kind::String => json_string(&String::from_utf16_lossy(v.as_str().unwrap_or(&[]))),
        Kind::Symbol => atom::display(v.as_symbol().unwrap_or(0)),
        Kind::Object => {
            let Some(o) = v.as_obj() else {
                return "undefined".into();
            };
            if o.is_callable() {
                let name = o
                    .get_own_named(atom::NAME)
                    .and_then(|(n, _)| n.as_str().map(String::from_utf16_lossy))
                    .unwrap_or_default();
                return if name.is_empty() {
                    "[Function]".into()
                } else {
                    format!("[Function {name}]")
                };
            }
            if o.is_array() {
                if depth >= 4 {
                    return "[...]".into();
                }
                let parts: Vec<String> = (0..o.array_len())
                    .map(|i| match vm.get_own(o, Key::Index(i)) {
                        Some(p) if !p.is_accessor() => display_at(vm, p.value, depth + 1),
                        Some(_) => "undefined".into(),
                        None => "<hole>".into(),
                    })
                    .collect();
                return format!("[{}]", parts.join(", "));
            }
            if depth >= 4 {
                return "{...}".into();
            }
            let _ = matches!(o.class, Class::Ordinary);
            let mut parts = Vec::new();
            for k in vm.own_keys(o) {
                if k.is_symbol() {
                    continue;
                }
                if let Some(p) = vm.get_own(o, k)
                    && p.attrs & attr::ENUMERABLE != 0
                {
                    let val = if p.is_accessor() {
                        "undefined".into()
                    } else {
                        display_at(vm, p.value, depth + 1)
                    };
                    parts.push(format!("{}: {val}", vm.key_display(k)));
                }
            }
            if parts.is_empty() {
                "{}".into()
            } else {
                format!("{{{}}}", parts.join(", "))
            }
        }
    }
}

/// The ending text of a thrown value: `Name: message` for Error objects.
pub fn thrown(vm: &mut Vm, e: Value) -> String {
    if let Some(o) = e.as_obj()
        && matches!(o.class, Class::Error)
    {
        let name = vm.get(e, Key::Atom(atom::NAME)).unwrap_or(Value::UNDEFINED);
        let msg = vm
            .get(e, Key::Atom(atom::MESSAGE))
            .unwrap_or(Value::UNDEFINED);
        let n = vm.display(name);
        let m = if msg.is_undefined() {
            String::new()
        } else {
            vm.display(msg)
        };
        return format!("{n}: {m}");
    }
    display(vm, e)
}

/// Runs a program and renders its outcome line (threads' lines apart, in id order).
/// A deadlocked run's line ends with ` | deadlock` ([th.outcome.deadlock]).
pub fn run_outcome(source: &str, file: &str) -> String {
    run_outcome_checked(source, file, 0, false).0
}

/// Like `run_outcome`, collecting every `gc_stress` allocations (0 = off) and, with
/// `verify`, running the heap verifier after the run; returns the outcome line and the
/// verifier's problems.
pub fn run_outcome_checked(
    source: &str,
    file: &str,
    gc_stress: usize,
    verify: bool,
) -> (String, Vec<String>) {
    run_outcome_with(source, file, gc_stress, verify, false)
}

/// [`run_outcome_checked`], and with `join_os_threads` the OS threads of the program's
/// threads are joined before the verifier runs (under shuttle, where no task may
/// outlive the execution).
pub(crate) fn run_outcome_with(
    source: &str,
    file: &str,
    gc_stress: usize,
    verify: bool,
    join_os_threads: bool,
) -> (String, Vec<String>) {
    let options = crate::vm::Options {
        capture_output: true,
        record_lines: true,
        gc_stress,
        ..Default::default()
    };
    let rt = crate::vm::Runtime::new(options);
    let mut vm = Vm::new_main(crate::sync::Arc::clone(&rt));
    let (r, deadlocked) = vm.eval_outcome(source, file);
    if join_os_threads {
        rt.threads.join_os_threads();
    }
    let problems = if verify {
        vm.collect_now();
        vm.verify_heap()
    } else {
        Vec::new()
    };
    let mut segs = Vec::new();
    let mut main = String::from("T0");
    for l in &vm.lines {
        main.push(' ');
        main.push_str(&json_string(l));
    }
    if let Some(end) = r {
        main.push(' ');
        main.push_str(&end);
    }
    segs.push(main);
    let mut threads = crate::sync::lock(&rt.threads.threads).clone();
    threads.sort_by_key(|t| t.id);
    for t in threads {
        let (lines, ending) = crate::sync::lock(&t.outcome).clone();
        let mut s = format!("T{}", t.id);
        for l in &lines {
            s.push(' ');
            s.push_str(&json_string(l));
        }
        s.push(' ');
        s.push_str(&ending);
        segs.push(s);
    }
    if deadlocked {
        segs.push("deadlock".to_string());
    }
    (segs.join(" | "), problems)
}
