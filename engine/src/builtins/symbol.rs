//! Symbol (§20.4).

use super::{arg, constructor, getter, method, method_sym, value};
use crate::atom;
use crate::object::Class;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let p = vm.realm().symbol_proto;
    let c = constructor(vm, "Symbol", 0, symbol_ctor, p).value();
    for (n, a) in [
        ("iterator", atom::SYM_ITERATOR),
        ("hasInstance", atom::SYM_HAS_INSTANCE),
        ("toPrimitive", atom::SYM_TO_PRIMITIVE),
        ("toStringTag", atom::SYM_TO_STRING_TAG),
        ("asyncIterator", atom::SYM_ASYNC_ITERATOR),
        ("species", atom::SYM_SPECIES),
        ("isConcatSpreadable", atom::SYM_IS_CONCAT_SPREADABLE),
        ("unscopables", atom::SYM_UNSCOPABLES),
        ("match", atom::SYM_MATCH),
    ] {
        value(vm, c, n, Value::symbol(a), 0);
    }
    method(vm, c, "for", 1, symbol_for);
    method(vm, c, "keyFor", 1, key_for);
    method(vm, p, "toString", 0, to_string);
    method(vm, p, "valueOf", 0, value_of);
    getter(
        vm,
        p,
        atom::intern_str("description"),
        "get description",
        description,
    );
    method_sym(
        vm,
        p,
        atom::SYM_TO_PRIMITIVE,
        "[Symbol.toPrimitive]",
        1,
        value_of,
    );
    let tag = vm.str("Symbol");
    if let Some(o) = p.as_obj() {
        o.define_named(
            &vm.rt.heap,
            atom::SYM_TO_STRING_TAG,
            tag,
            crate::object::shape::attr::CONFIGURABLE,
        );
    }
}

fn symbol_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if !nt.is_undefined() {
        return Err(vm.type_error("Symbol is not a constructor"));
    }
    let d = arg(args, 0);
    let desc = if d.is_undefined() {
        None
    } else {
        Some(vm.to_units(d)?)
    };
    Ok(Value::symbol(atom::new_symbol(desc.as_deref())))
}

fn this_symbol(vm: &mut Vm, this: Value) -> JsResult<u32> {
    if let Some(s) = this.as_symbol() {
        return Ok(s);
    }
    if let Some(o) = this.as_obj()
        && let Class::Primitive(v) = &o.class
        && let Some(s) = v.as_symbol()
    {
        return Ok(s);
    }
    Err(vm.type_error("not a symbol"))
}

fn symbol_for(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let k = vm.to_units(arg(args, 0))?;
    let mut reg = crate::sync::lock(&vm.rt.symbol_registry);
    if let Some(&s) = reg.get(&k) {
        return Ok(Value::symbol(s));
    }
    let s = atom::new_symbol(Some(&k));
    reg.insert(k, s);
    Ok(Value::symbol(s))
}

fn key_for(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let Some(s) = arg(args, 0).as_symbol() else {
        return Err(vm.type_error("not a symbol"));
    };
    let found = crate::sync::lock(&vm.rt.symbol_registry)
        .iter()
        .find(|(_, v)| **v == s)
        .map(|(k, _)| k.clone());
    Ok(match found {
        Some(k) => vm.new_string_owned(k),
        None => Value::UNDEFINED,
    })
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = this_symbol(vm, this)?;
    let d = atom::descriptive_units(s).unwrap_or_default();
    Ok(vm.new_string_owned(d))
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::symbol(this_symbol(vm, this)?))
}

fn description(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = this_symbol(vm, this)?;
    Ok(match atom::description(s) {
        Some(d) => vm.new_string(&d),
        None => Value::UNDEFINED,
    })
}
