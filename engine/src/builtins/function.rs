//! Function.prototype: call, apply, bind, toString, Symbol.hasInstance (§20.2).

use super::{arg, method, method_sym};
use crate::atom;
use crate::object::class::Bound;
use crate::object::shape::attr;
use crate::object::{Class, Object, flag};
use crate::value::Value;
use crate::vm::property::Key;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let fp = vm.realm().function_proto;
    if let Some(f) = fp.as_obj() {
        f.define_named(
            &vm.rt.heap,
            atom::LENGTH,
            Value::number(0.0),
            attr::CONFIGURABLE,
        );
        let e = vm.str("");
        f.define_named(&vm.rt.heap, atom::NAME, e, attr::CONFIGURABLE);
    }
    method(vm, fp, "call", 1, call);
    method(vm, fp, "apply", 2, apply);
    method(vm, fp, "bind", 1, bind);
    method(vm, fp, "toString", 0, to_string);
    method_sym(
        vm,
        fp,
        atom::SYM_HAS_INSTANCE,
        "[Symbol.hasInstance]",
        1,
        has_instance,
    );
    // %ThrowTypeError% (§10.2.4.1): `length` 0 and `name` "" frozen, not extensible;
    // the accessors of Function.prototype.caller/arguments (§10.2.4,
    // AddRestrictedFunctionProperties) and of strict `arguments.callee`.
    let tte = vm.realm().throw_type_error;
    if let Some(t) = tte.as_obj() {
        t.define_named(&vm.rt.heap, atom::LENGTH, Value::number(0.0), 0);
        let e = vm.str("");
        t.define_named(&vm.rt.heap, atom::NAME, e, 0);
        t.set_flag(flag::EXTENSIBLE, false);
    }
    if let Some(f) = fp.as_obj() {
        for name in ["caller", "arguments"] {
            let k = Key::Atom(atom::intern_str(name));
            let _ = vm.define_accessor(f, k, Some(tte), Some(tte), attr::CONFIGURABLE);
        }
    }
    let ctor = vm.native_fn("Function", 1, function_ctor, true);
    ctor.define_named(&vm.rt.heap, atom::PROTOTYPE, fp, 0);
    if let Some(f) = fp.as_obj() {
        f.define_named(&vm.rt.heap, atom::CONSTRUCTOR, ctor.value(), attr::HIDDEN);
    }
    let g = vm.realm().global;
    super::value(vm, g, "Function", ctor.value(), attr::HIDDEN);
}

/// %ThrowTypeError% (§10.2.4.1).
pub(crate) fn throw_type_error(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(vm.type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions",
    ))
}

fn function_ctor(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(vm.type_error("the Function constructor is not supported by the engine yet"))
}

fn call(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !vm.is_callable(this) {
        return Err(vm.type_error("Function.prototype.call called on a non-function"));
    }
    let rest = if args.len() > 1 { &args[1..] } else { &[] };
    vm.call_function(this, arg(args, 0), rest)
}

/// CreateListFromArrayLike.
pub fn list_from_array_like(vm: &mut Vm, v: Value) -> JsResult<Vec<Value>> {
    if v.is_nullish() {
        return Ok(Vec::new());
    }
    let Some(o) = v.as_obj() else {
        return Err(vm.type_error("CreateListFromArrayLike called on non-object"));
    };
    let n = super::length_of(vm, o)?;
    let mut out = Vec::new();
    for i in 0..(n as u64) {
        let x = vm.get(v, super::index_key(i as f64))?;
        vm.roots.push(x);
        out.push(x);
    }
    Ok(out)
}

fn apply(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !vm.is_callable(this) {
        return Err(vm.type_error("Function.prototype.apply was called on a non-function"));
    }
    let list = list_from_array_like(vm, arg(args, 1))?;
    vm.call_function(this, arg(args, 0), &list)
}

fn bind(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let Some(target) = this.as_obj().filter(|o| o.is_callable()) else {
        return Err(vm.type_error("Bind must be called on a function"));
    };
    let bound_args: Box<[Value]> = args.iter().skip(1).copied().collect();
    let nargs = bound_args.len() as f64;
    let mut flags = flag::CALLABLE;
    if target.has_flag(flag::CONSTRUCTOR) {
        flags |= flag::CONSTRUCTOR;
    }
    let f = vm.alloc_object(Object::new(
        target.proto(),
        Class::Bound(Box::new(Bound {
            target: this,
            this: arg(args, 0),
            args: bound_args,
        })),
        flags,
    ));
    vm.roots.push(f.value());
    let mut len = 0.0;
    if let Some(p) = vm.get_own(target, Key::Atom(atom::LENGTH))
        && !p.is_accessor()
    {
        let l = vm.get(this, Key::Atom(atom::LENGTH))?;
        if let Some(n) = l.as_number() {
            len = if n == f64::INFINITY {
                f64::INFINITY
            } else if n == f64::NEG_INFINITY || n.is_nan() {
                0.0
            } else {
                (n.trunc() - nargs).max(0.0)
            };
        }
    }
    f.define_named(
        &vm.rt.heap,
        atom::LENGTH,
        Value::number(len),
        attr::CONFIGURABLE,
    );
    let n = vm.get(this, Key::Atom(atom::NAME))?;
    let mut name: Vec<u16> = "bound ".encode_utf16().collect();
    if let Some(s) = n.as_str() {
        name.extend_from_slice(s);
    }
    let nv = vm.new_string_owned(name);
    f.define_named(&vm.rt.heap, atom::NAME, nv, attr::CONFIGURABLE);
    Ok(f.value())
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !vm.is_callable(this) {
        return Err(vm.type_error("Function.prototype.toString requires that 'this' be a Function"));
    }
    let n = vm.get(this, Key::Atom(atom::NAME))?;
    let name = n.as_str().map(String::from_utf16_lossy).unwrap_or_default();
    Ok(vm.str(&format!("function {name}() {{ [native code] }}")))
}

fn has_instance(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(vm.ordinary_has_instance(this, arg(args, 0))?))
}

#[cfg(test)]
mod tests {
    use crate::sync::Arc;
    use crate::vm::{Options, Runtime, Vm};

    fn output(src: &str) -> String {
        let rt = Runtime::new(Options {
            capture_output: true,
            ..Options::default()
        });
        let mut vm = Vm::new_main(Arc::clone(&rt));
        vm.eval_script(src, "t.js").expect("script runs");
        String::from_utf8(rt.take_output()).expect("utf-8")
    }

    /// %ThrowTypeError% (§10.2.4.1) is one frozen, non-extensible function per realm,
    /// the getter and setter of Function.prototype.caller/arguments (§10.2.4) and of
    /// strict `arguments.callee`.
    #[test]
    fn throw_type_error_is_one_frozen_function() {
        let out = output(
            r#"
function strictArgs() { "use strict"; return arguments; }
var t = Object.getOwnPropertyDescriptor(strictArgs(), "callee").get;
var fc = Object.getOwnPropertyDescriptor(Function.prototype, "caller");
var fa = Object.getOwnPropertyDescriptor(Function.prototype, "arguments");
print(fc.get === t, fc.set === t, fa.get === t, fa.set === t, fc.enumerable, fc.configurable);
print(t.length, JSON.stringify(t.name), Object.isExtensible(t), Object.isFrozen(t));
var ld = Object.getOwnPropertyDescriptor(t, "length");
print(ld.writable, ld.enumerable, ld.configurable);
try { (function () { "use strict"; }).caller; } catch (e) { print("caller", e.name); }
try { Function.prototype.arguments = 1; } catch (e) { print("set arguments", e.name); }
try { t(); } catch (e) { print("call", e.name); }
"#,
        );
        assert_eq!(
            out,
            "true true true true false true\n0 \"\" false true\nfalse false false\n\
             caller TypeError\nset arguments TypeError\ncall TypeError\n"
        );
    }
}
