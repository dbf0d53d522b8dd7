//! Error and the native error types (§20.5).

use super::{arg, constructor, method, value};
use crate::atom;
use crate::object::Class;
use crate::object::shape::attr;
use crate::value::Value;
use crate::vm::property::Key;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let r = vm.realm().clone();
    let ep = r.error_proto;
    let base = constructor(vm, "Error", 1, error_ctor, ep);
    let name = vm.str("Error");
    value(vm, ep, "name", name, attr::HIDDEN);
    let empty = vm.str("");
    value(vm, ep, "message", empty, attr::HIDDEN);
    method(vm, ep, "toString", 0, error_to_string);
    for (n, p, f) in [
        (
            "TypeError",
            r.type_error_proto,
            type_error_ctor as crate::object::NativeFn,
        ),
        ("RangeError", r.range_error_proto, range_error_ctor),
        (
            "ReferenceError",
            r.reference_error_proto,
            reference_error_ctor,
        ),
        ("SyntaxError", r.syntax_error_proto, syntax_error_ctor),
        ("EvalError", r.eval_error_proto, eval_error_ctor),
        ("URIError", r.uri_error_proto, uri_error_ctor),
        (
            "ConcurrentAccessError",
            r.concurrent_error_proto,
            concurrent_error_ctor,
        ),
    ] {
        let c = constructor(vm, n, 1, f, p);
        c.set_proto(base.value());
        let nm = vm.str(n);
        value(vm, p, "name", nm, attr::HIDDEN);
        let e = vm.str("");
        value(vm, p, "message", e, attr::HIDDEN);
    }
    let p = r.aggregate_error_proto;
    let c = constructor(vm, "AggregateError", 2, aggregate_error_ctor, p);
    c.set_proto(base.value());
    let nm = vm.str("AggregateError");
    value(vm, p, "name", nm, attr::HIDDEN);
    let e = vm.str("");
    value(vm, p, "message", e, attr::HIDDEN);
}

/// `new AggregateError(errors, message, options)` (§20.5.7.1).
fn aggregate_error_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let d = vm.realm().aggregate_error_proto;
    let rest: Vec<Value> = args.iter().skip(1).copied().collect();
    let o = make(vm, &rest, nt, d)?;
    vm.roots.push(o);
    let errors = vm.iterate_to_vec(arg(args, 0))?;
    let arr = vm.new_array_from(&errors).value();
    if let Some(obj) = o.as_obj() {
        obj.define_named(&vm.rt.heap, atom::intern_str("errors"), arr, attr::HIDDEN);
    }
    Ok(o)
}

fn make(vm: &mut Vm, args: &[Value], nt: Value, dflt: Value) -> JsResult<Value> {
    let nt = if nt.is_undefined() {
        Value::UNDEFINED
    } else {
        nt
    };
    let proto = vm.proto_from_ctor(nt, dflt)?;
    let o = vm.new_object_with(proto, Class::Error);
    vm.roots.push(o.value());
    let msg = arg(args, 0);
    if !msg.is_undefined() {
        let s = vm.to_string(msg)?;
        o.define_named(&vm.rt.heap, atom::MESSAGE, s, attr::HIDDEN);
    }
    let opts = arg(args, 1);
    if let Some(oo) = opts.as_obj()
        && vm.has_property(oo, Key::Atom(atom::CAUSE))?
    {
        let c = vm.get(opts, Key::Atom(atom::CAUSE))?;
        o.define_named(&vm.rt.heap, atom::CAUSE, c, attr::HIDDEN);
    }
    Ok(o.value())
}

macro_rules! ctor {
    ($name:ident, $field:ident) => {
        fn $name(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
            let d = vm.realm().$field;
            make(vm, args, nt, d)
        }
    };
}
ctor!(error_ctor, error_proto);
ctor!(type_error_ctor, type_error_proto);
ctor!(range_error_ctor, range_error_proto);
ctor!(reference_error_ctor, reference_error_proto);
ctor!(syntax_error_ctor, syntax_error_proto);
ctor!(eval_error_ctor, eval_error_proto);
ctor!(uri_error_ctor, uri_error_proto);
ctor!(concurrent_error_ctor, concurrent_error_proto);

fn error_to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(vm.type_error("Error.prototype.toString called on non-object"));
    }
    let n = vm.get(this, Key::Atom(atom::NAME))?;
    let name = if n.is_undefined() {
        vm.str("Error")
    } else {
        vm.to_string(n)?
    };
    let m = vm.get(this, Key::Atom(atom::MESSAGE))?;
    let msg = if m.is_undefined() {
        vm.str("")
    } else {
        vm.to_string(m)?
    };
    let (a, b) = (name.as_str().unwrap_or(&[]), msg.as_str().unwrap_or(&[]));
    if a.is_empty() {
        return Ok(msg);
    }
    if b.is_empty() {
        return Ok(name);
    }
    let mut u = a.to_vec();
    u.extend(": ".encode_utf16());
    u.extend_from_slice(b);
    Ok(vm.new_string_owned(u))
}
