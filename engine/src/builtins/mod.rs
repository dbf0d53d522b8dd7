//! Built-in objects. Each module installs one family on the realm.

mod array;
mod error;
pub(crate) mod function;
mod global;
pub(crate) mod iterator;
mod json;
mod map_set;
mod math;
mod number;
mod object;
pub(crate) mod promise;
mod promise_statics;
mod string;
mod symbol;

use crate::atom::{self, Atom};
use crate::object::NativeFn;
use crate::object::shape::attr;
use crate::value::Value;
use crate::vm::property::Key;
use crate::vm::{JsResult, ObjRef, Vm};

/// A native that does nothing (Function.prototype's call behaviour).
pub fn noop(_: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

/// The i-th argument or undefined.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

/// Defines a built-in method (writable, configurable, not enumerable).
pub fn method(vm: &mut Vm, target: Value, name: &str, length: u32, f: NativeFn) -> ObjRef {
    let func = vm.native_fn(name, length, f, false);
    if let Some(t) = target.as_obj() {
        t.define_named(
            &vm.rt.heap,
            atom::intern_str(name),
            func.value(),
            attr::HIDDEN,
        );
    }
    func
}

/// Defines a symbol-keyed built-in method.
pub fn method_sym(vm: &mut Vm, target: Value, sym: Atom, name: &str, length: u32, f: NativeFn) {
    let func = vm.native_fn(name, length, f, false);
    if let Some(t) = target.as_obj() {
        t.define_named(&vm.rt.heap, sym, func.value(), attr::HIDDEN);
    }
}

/// Defines a getter-only accessor.
pub fn getter(vm: &mut Vm, target: Value, key: Atom, name: &str, f: NativeFn) {
    let func = vm.native_fn(name, 0, f, false);
    if let Some(t) = target.as_obj() {
        let _ = vm.define_accessor(
            t,
            Key::from_atom(key),
            Some(func.value()),
            None,
            attr::CONFIGURABLE,
        );
    }
}

/// Defines a data property with attributes.
pub fn value(vm: &mut Vm, target: Value, name: &str, v: Value, attrs: u8) {
    if let Some(t) = target.as_obj() {
        t.define_named(&vm.rt.heap, atom::intern_str(name), v, attrs);
    }
}

/// Creates a constructor with `proto` as its prototype, installs it as a global.
pub fn constructor(vm: &mut Vm, name: &str, length: u32, f: NativeFn, proto: Value) -> ObjRef {
    let c = vm.native_fn(name, length, f, true);
    c.define_named(&vm.rt.heap, atom::PROTOTYPE, proto, 0);
    if let Some(p) = proto.as_obj() {
        p.define_named(&vm.rt.heap, atom::CONSTRUCTOR, c.value(), attr::HIDDEN);
    }
    let g = vm.realm().global;
    value(vm, g, name, c.value(), attr::HIDDEN);
    c
}

/// Installs every built-in.
pub fn install(vm: &mut Vm) {
    object::init(vm);
    function::init(vm);
    error::init(vm);
    symbol::init(vm);
    iterator::init(vm);
    array::init(vm);
    string::init(vm);
    number::init(vm);
    math::init(vm);
    json::init(vm);
    map_set::init(vm);
    promise::init(vm);
    global::init(vm);
    crate::thread::api::init(vm);
}

/// `this` as an object or a TypeError naming the method.
pub fn this_obj(vm: &mut Vm, this: Value, what: &str) -> JsResult<ObjRef> {
    if this.is_nullish() {
        return Err(vm.type_error(format!("{what} called on null or undefined")));
    }
    let o = vm.to_object(this)?;
    // A fresh wrapper of a primitive `this` must survive callbacks (R9).
    vm.roots.push(o.value());
    Ok(o)
}

/// LengthOfArrayLike.
pub fn length_of(vm: &mut Vm, o: ObjRef) -> JsResult<f64> {
    if o.is_array() {
        return Ok(f64::from(o.array_len()));
    }
    let l = vm.get(o.value(), Key::Atom(atom::LENGTH))?;
    vm.to_length(l)
}

/// A key for an index that may exceed u32 (array-likes).
pub fn index_key(i: f64) -> Key {
    if (0.0..4294967295.0).contains(&i) {
        Key::Index(i as u32)
    } else {
        Key::from_atom(atom::intern_str(&crate::vm::numconv::number_to_string(i)))
    }
}

/// Relative index clamp used by slice/splice/etc.
pub fn relative(vm: &mut Vm, v: Value, len: f64, dflt: f64) -> JsResult<f64> {
    if v.is_undefined() {
        return Ok(dflt);
    }
    let r = vm.to_integer(v)?;
    Ok(if r < 0.0 {
        (len + r).max(0.0)
    } else {
        r.min(len)
    })
}
