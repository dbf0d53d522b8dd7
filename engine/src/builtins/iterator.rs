//! %IteratorPrototype% and the built-in iterators (array, string, Map, Set).

use super::{method, method_sym};
use crate::atom;
use crate::object::Class;
use crate::object::class::{IterKind, IterState};
use crate::object::shape::attr;
use crate::sync::Mutex;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let r = vm.realm().clone();
    method_sym(
        vm,
        r.iterator_proto,
        atom::SYM_ITERATOR,
        "[Symbol.iterator]",
        0,
        return_this,
    );
    for (p, tag) in [
        (r.array_iter_proto, "Array Iterator"),
        (r.string_iter_proto, "String Iterator"),
        (r.map_iter_proto, "Map Iterator"),
        (r.set_iter_proto, "Set Iterator"),
    ] {
        method(vm, p, "next", 0, next);
        let t = vm.str(tag);
        if let Some(o) = p.as_obj() {
            o.define_named(&vm.rt.heap, atom::SYM_TO_STRING_TAG, t, attr::CONFIGURABLE);
        }
    }
}

fn return_this(_: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this)
}

/// Makes an iterator object.
pub fn make(vm: &mut Vm, proto: Value, st: IterState) -> Value {
    vm.new_object_with(proto, Class::Iter(Box::new(Mutex::new(st))))
        .value()
}

fn result(vm: &mut Vm, v: Value, done: bool) -> Value {
    let o = vm.new_object();
    o.define_named(&vm.rt.heap, atom::VALUE, v, attr::DEFAULT);
    o.define_named(&vm.rt.heap, atom::DONE, Value::bool(done), attr::DEFAULT);
    o.value()
}

enum Step {
    Done,
    Value(Value),
    Pair(Value, Value),
    ArrayAt(Value, u32, IterKind),
    StrChar(Vec<u16>),
}

/// %ArrayIteratorPrototype%.next and the other built-in iterators' `next`.
fn next(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(match step(vm, this)? {
        Some(v) => result(vm, v, false),
        None => result(vm, Value::UNDEFINED, true),
    })
}

/// Whether `f` is the built-in iterators' `next` (so that IteratorStep may call
/// [`step`] and skip the result object, which nothing else can observe: it is a fresh
/// ordinary object whose `done` and `value` are own data properties).
pub(crate) fn is_builtin_next(f: Value) -> bool {
    f.as_obj().is_some_and(|o| {
        matches!(&o.class, Class::Native { f, .. } if std::ptr::fn_addr_eq(*f, next as crate::object::NativeFn))
    })
}

/// One step of a built-in iterator: its next value, or None when it is done.
pub(crate) fn step(vm: &mut Vm, this: Value) -> JsResult<Option<Value>> {
    let Some(o) = this.as_obj() else {
        return Err(vm.type_error("next called on a non-iterator"));
    };
    let Class::Iter(st) = &o.class else {
        return Err(vm.type_error("next called on a non-iterator"));
    };
    let st_step = {
        let mut g = crate::sync::lock(st);
        match &mut *g {
            IterState::Array { target, next, kind } => {
                let (t, i, k) = (*target, *next, *kind);
                *next += 1;
                Step::ArrayAt(t, i, k)
            }
            IterState::Collection { coll, next, kind } => {
                let data = coll.as_obj().and_then(|c| match &c.get().class {
                    Class::Map(m) | Class::Set(m) => Some(m),
                    _ => None,
                });
                let mut out = Step::Done;
                if let Some(m) = data {
                    let d = crate::sync::lock(m);
                    while *next < d.entries.len() {
                        let e = d.entries[*next];
                        *next += 1;
                        if let Some((k, v)) = e {
                            out = match kind {
                                IterKind::Keys => Step::Value(k),
                                IterKind::Values => Step::Value(v),
                                IterKind::Entries => Step::Pair(k, v),
                            };
                            break;
                        }
                    }
                }
                if matches!(out, Step::Done) {
                    *g = IterState::Done;
                }
                out
            }
            IterState::String { s, pos } => {
                let u = s.as_str().unwrap_or(&[]);
                if *pos >= u.len() {
                    *g = IterState::Done;
                    Step::Done
                } else {
                    let c = u[*pos];
                    let len = if (0xD800..0xDC00).contains(&c)
                        && *pos + 1 < u.len()
                        && (0xDC00..0xE000).contains(&u[*pos + 1])
                    {
                        2
                    } else {
                        1
                    };
                    let ch = u[*pos..*pos + len].to_vec();
                    *pos += len;
                    Step::StrChar(ch)
                }
            }
            IterState::ForIn { .. } | IterState::Done => Step::Done,
        }
    };
    match st_step {
        Step::Done => Ok(None),
        Step::Value(v) => Ok(Some(v)),
        Step::Pair(k, v) => Ok(Some(vm.new_array_from(&[k, v]).value())),
        Step::StrChar(u) => Ok(Some(vm.new_string_owned(u))),
        Step::ArrayAt(t, i, k) => {
            let Some(to) = t.as_obj() else {
                return Ok(None);
            };
            let len = if let Class::Primitive(_) = &to.class {
                super::length_of(vm, to)?
            } else {
                super::length_of(vm, to)?
            };
            if f64::from(i) >= len {
                if let Class::Iter(st) = &o.class {
                    *crate::sync::lock(st) = IterState::Done;
                }
                return Ok(None);
            }
            let v = match k {
                IterKind::Keys => Value::number(f64::from(i)),
                IterKind::Values => vm.get(t, crate::vm::property::Key::Index(i))?,
                IterKind::Entries => {
                    let x = vm.get(t, crate::vm::property::Key::Index(i))?;
                    vm.new_array_from(&[Value::number(f64::from(i)), x]).value()
                }
            };
            Ok(Some(v))
        }
    }
}
