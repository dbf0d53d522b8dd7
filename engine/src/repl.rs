//! What the `weft` REPL needs from the engine: telling an incomplete entry (more lines
//! to come) from a finished one, evaluating an entry for its completion value, and
//! showing a value the way node's REPL does.

use boa_ast::{Statement, StatementListItem};
use boa_interner::Interner;
use boa_parser::{Parser, Source};

use crate::object::Class;
use crate::object::shape::attr;
use crate::value::{Kind, Value};
use crate::vm::Vm;
use crate::vm::property::Key;
use crate::{ScriptEnd, atom};

/// The global property through which an entry hands its completion value back; it exists
/// only between the end of the entry's last expression and the end of the entry.
const RESULT_KEY: &str = "\u{1}weft-repl-result";

fn parse(src: &str) -> Result<boa_ast::Script, Box<boa_parser::Error>> {
    let mut interner = Interner::default();
    let scope = boa_ast::scope::Scope::new_global();
    Parser::new(Source::from_bytes(src.as_bytes()))
        .parse_script(&scope, &mut interner)
        .map_err(Box::new)
}

/// Is `src` a script cut short — a parse that fails only because the input ended (an
/// open bracket, a statement that needs more)? The REPL then asks for another line.
pub fn is_incomplete(src: &str) -> bool {
    matches!(parse(src), Err(e) if matches!(*e, boa_parser::Error::AbruptEnd))
}

fn statement_count(src: &str) -> Option<usize> {
    parse(src).ok().map(|s| s.statements().statements().len())
}

/// Does `src` parse as exactly one expression statement?
fn is_one_expression(src: &str) -> bool {
    let Ok(script) = parse(src) else { return false };
    let items = script.statements().statements();
    items.len() == 1
        && matches!(&items[0], StatementListItem::Statement(s) if matches!(&**s, Statement::Expression(_)))
}

/// `src` with its last top-level statement, when it is an expression statement, turned
/// into a store of the expression's value into [`RESULT_KEY`]; None when there is none.
///
/// The last statement is the shortest tail `src[k..]` that parses as one expression
/// statement while `src[..k]` parses as all the other statements (`k` at the start or
/// just after a `;`, `}` or line break, where statements end).
pub(crate) fn capture_last_expression(src: &str) -> Option<String> {
    let n = statement_count(src)?;
    let candidates = std::iter::once(0).chain(
        src.char_indices()
            .filter(|(_, c)| matches!(c, ';' | '}' | '\n'))
            .map(|(i, c)| i + c.len_utf8()),
    );
    for k in candidates {
        let (head, tail) = src.split_at(k);
        if tail.trim().is_empty() {
            break;
        }
        if statement_count(head) != Some(n - 1) || !is_one_expression(tail) {
            continue;
        }
        let expr = tail.trim_end();
        let expr = expr.strip_suffix(';').unwrap_or(expr);
        let wrapped = format!("globalThis[\"\\u0001weft-repl-result\"] = ({expr}\n);");
        if is_one_expression(&wrapped) {
            return Some(format!("{head}{wrapped}"));
        }
        return None;
    }
    None
}

/// Evaluates one REPL entry on `vm` as a script; on success the value is the entry's
/// completion value when its last statement is an expression (else undefined).
pub fn eval_entry(vm: &mut Vm, src: &str, file: &str) -> (ScriptEnd, Value) {
    let rewritten = capture_last_expression(src);
    let end = vm.run_script(rewritten.as_deref().unwrap_or(src), file);
    let value = if rewritten.is_some() {
        take_result(vm)
    } else {
        Value::UNDEFINED
    };
    (end, value)
}

/// Takes (reads and deletes) the value a rewritten entry stored under [`RESULT_KEY`].
pub(crate) fn take_result(vm: &mut Vm) -> Value {
    let mut value = Value::UNDEFINED;
    let global = vm.realm().global;
    let key = Key::Atom(atom::intern_str(RESULT_KEY));
    if let Some(g) = global.as_obj()
        && let Some(own) = vm.get_own(g, key)
    {
        if !own.is_accessor() {
            value = own.value;
        }
        let _ = vm.delete(g, key);
    }
    value
}

/// A string as node's REPL quotes it: single quotes, escapes for quotes, backslashes
/// and control characters.
fn quote(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Shows `v` the way node's REPL does for primitives (`2`, `-0`, `'text'`, `undefined`,
/// `Symbol(x)`), and in the same style for objects: `{ a: 1 }`, `[ 1, 2 ]`,
/// `[Function: f]`, nested objects below depth 2 as `[Object]` / `[Array]`.
pub fn inspect(vm: &mut Vm, v: Value) -> String {
    vm.roots.push(v);
    let s = inspect_at(vm, v, 0);
    vm.roots.pop();
    s
}

fn inspect_at(vm: &mut Vm, v: Value, depth: usize) -> String {
    match v.kind() {
        Kind::String => quote(&String::from_utf16_lossy(v.as_str().unwrap_or(&[]))),
        Kind::Number => {
            let n = v.num();
            if n == 0.0 && n.is_sign_negative() {
                "-0".into()
            } else {
                crate::vm::numconv::number_to_string(n)
            }
        }
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
                    "[Function (anonymous)]".into()
                } else {
                    format!("[Function: {name}]")
                };
            }
            if matches!(o.class, Class::Error) {
                let name = vm.get(v, Key::Atom(atom::NAME)).unwrap_or(Value::UNDEFINED);
                let msg = vm
                    .get(v, Key::Atom(atom::MESSAGE))
                    .unwrap_or(Value::UNDEFINED);
                let (n, m) = (vm.display(name), vm.display(msg));
                return if m.is_empty() { n } else { format!("{n}: {m}") };
            }
            if o.is_array() {
                if depth > 2 {
                    return "[Array]".into();
                }
                let mut parts = Vec::new();
                for i in 0..o.array_len().min(100) {
                    parts.push(match vm.get_own(o, Key::Index(i)) {
                        Some(p) if p.is_accessor() => "[Getter/Setter]".into(),
                        Some(p) => inspect_at(vm, p.value, depth + 1),
                        None => "<1 empty item>".into(),
                    });
                }
                if o.array_len() > 100 {
                    parts.push(format!("... {} more items", o.array_len() - 100));
                }
                return if parts.is_empty() {
                    "[]".into()
                } else {
                    format!("[ {} ]", parts.join(", "))
                };
            }
            if depth > 2 {
                return "[Object]".into();
            }
            let mut parts = Vec::new();
            for k in vm.own_keys(o) {
                let Some(p) = vm.get_own(o, k) else { continue };
                if p.attrs & attr::ENUMERABLE == 0 {
                    continue;
                }
                let val = if p.is_accessor() {
                    "[Getter/Setter]".into()
                } else {
                    inspect_at(vm, p.value, depth + 1)
                };
                let key = if k.is_symbol() {
                    format!("[{}]", atom::display(k.atom()))
                } else {
                    let name = vm.key_display(k);
                    let plain = name.chars().enumerate().all(|(i, c)| {
                        c == '_' || c == '$' || c.is_alphabetic() || (i > 0 && c.is_ascii_digit())
                    }) && !name.is_empty();
                    if plain || name.parse::<u32>().is_ok() {
                        name
                    } else {
                        quote(&name)
                    }
                };
                parts.push(format!("{key}: {val}"));
            }
            if parts.is_empty() {
                "{}".into()
            } else {
                format!("{{ {} }}", parts.join(", "))
            }
        }
        _ => vm.display(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incomplete_entries_are_told_apart() {
        assert!(is_incomplete("function f() {"));
        assert!(is_incomplete("[1, 2,"));
        assert!(is_incomplete("if (x)"));
        assert!(!is_incomplete("1 + 1"));
        assert!(!is_incomplete("let = = 2;"));
        assert!(!is_incomplete("}"));
    }

    #[test]
    fn the_last_expression_is_captured() {
        let r = capture_last_expression("let x = 1;\nx + 1;").expect("an expression");
        assert!(r.starts_with("let x = 1;globalThis["), "{r}");
        assert!(r.ends_with("= (\nx + 1\n);"), "{r}");
        let r = capture_last_expression("a; f(21)").expect("an expression");
        assert!(r.ends_with("= ( f(21)\n);"), "{r}");
        let r = capture_last_expression("x\n-1").expect("an expression");
        assert!(r.ends_with("= (x\n-1\n);"), "{r}");
        assert_eq!(capture_last_expression("let y = 2;"), None);
        assert_eq!(capture_last_expression("1; if (a) b;"), None);
    }
}
