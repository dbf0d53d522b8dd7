//! Array and Array.prototype (§23.1).

use super::{arg, constructor, index_key, length_of, method, method_sym, relative, this_obj};
use crate::atom;
use crate::object::Class;
use crate::object::class::{IterKind, IterState};
use crate::object::shape::attr;
use crate::value::Value;
use crate::vm::ops::{same_value_zero, strict_equals, to_boolean};
use crate::vm::property::Key;
use crate::vm::{JsResult, ObjRef, Vm};

pub fn init(vm: &mut Vm) {
    let p = vm.realm().array_proto;
    let c = constructor(vm, "Array", 1, array_ctor, p).value();
    method(vm, c, "isArray", 1, is_array);
    method(vm, c, "of", 0, of);
    method(vm, c, "from", 1, from);
    let m: &[(&str, u32, crate::object::NativeFn)] = &[
        ("push", 1, push),
        ("pop", 0, pop),
        ("shift", 0, shift),
        ("unshift", 1, unshift),
        ("slice", 2, slice),
        ("splice", 2, splice),
        ("concat", 1, concat),
        ("join", 1, join),
        ("reverse", 0, reverse),
        ("indexOf", 1, index_of),
        ("lastIndexOf", 1, last_index_of),
        ("includes", 1, includes),
        ("find", 1, find),
        ("findIndex", 1, find_index),
        ("findLast", 1, find_last),
        ("findLastIndex", 1, find_last_index),
        ("filter", 1, filter),
        ("map", 1, map),
        ("forEach", 1, for_each),
        ("some", 1, some),
        ("every", 1, every),
        ("reduce", 1, reduce),
        ("reduceRight", 1, reduce_right),
        ("sort", 1, sort),
        ("fill", 1, fill),
        ("keys", 0, keys),
        ("entries", 0, entries),
        ("flat", 0, flat),
        ("flatMap", 1, flat_map),
        ("toString", 0, to_string),
        ("at", 1, at),
        ("copyWithin", 2, copy_within),
    ];
    for (n, l, f) in m {
        method(vm, p, n, *l, *f);
    }
    let values = method(vm, p, "values", 0, values);
    if let Some(o) = p.as_obj() {
        o.define_named(
            &vm.rt.heap,
            atom::SYM_ITERATOR,
            values.value(),
            attr::HIDDEN,
        );
    }
    let _ = method_sym;
}

fn array_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let dflt = vm.realm().array_proto;
    let proto = if nt.is_undefined() {
        dflt
    } else {
        vm.proto_from_ctor(nt, dflt)?
    };
    let a = vm.new_object_with(proto, Class::Array);
    if args.len() == 1
        && let Some(n) = args[0].as_number()
    {
        let len = crate::vm::ops::f64_to_uint32(n);
        if f64::from(len) != n {
            return Err(vm.range_error("Invalid array length"));
        }
        a.set_array_len_raw(len);
        return Ok(a.value());
    }
    for (i, v) in args.iter().enumerate() {
        a.set_element(i as u32, *v);
    }
    Ok(a.value())
}

fn is_array(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(
        arg(args, 0).as_obj().map(|o| o.is_array()).unwrap_or(false),
    ))
}

fn of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(vm.new_array_from(args).value())
}

fn from(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let items = arg(args, 0);
    let f = arg(args, 1);
    let this_arg = arg(args, 2);
    if !f.is_undefined() && !vm.is_callable(f) {
        return Err(
            vm.type_error("Array.from: when provided, the second argument must be a function")
        );
    }
    if items.is_nullish() {
        return Err(vm.type_error("Array.from requires an array-like or iterable"));
    }
    let out = vm.new_array();
    vm.roots.push(out.value());
    let it = vm.get(items, Key::Atom(atom::SYM_ITERATOR))?;
    if !it.is_nullish() {
        let (iter, next) = vm.get_iterator(items)?;
        vm.roots.push(iter);
        vm.roots.push(next);
        let mut i = 0u32;
        while let Some(v) = vm.iter_step(iter, next)? {
            let v = if f.is_undefined() {
                v
            } else {
                match vm.call_function(f, this_arg, &[v, Value::number(f64::from(i))]) {
                    Ok(x) => x,
                    Err(e) => {
                        vm.roots.push(e);
                        let _ = vm.iter_close(iter);
                        return Err(e);
                    }
                }
            };
            vm.add_own(out, Key::Index(i), v, attr::DEFAULT)?;
            i += 1;
        }
        return Ok(out.value());
    }
    let o = vm.to_object(items)?;
    vm.roots.push(o.value());
    let len = length_of(vm, o)?;
    for i in 0..len as u32 {
        let v = vm.get(o.value(), Key::Index(i))?;
        let v = if f.is_undefined() {
            v
        } else {
            vm.call_function(f, this_arg, &[v, Value::number(f64::from(i))])?
        };
        vm.add_own(out, Key::Index(i), v, attr::DEFAULT)?;
    }
    Ok(out.value())
}

fn set_len(vm: &mut Vm, o: ObjRef, n: f64) -> JsResult<()> {
    vm.put(o.value(), Key::Atom(atom::LENGTH), Value::number(n), true)
}

fn push(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.push")?;
    let mut n = length_of(vm, o)?;
    if n + args.len() as f64 > 9007199254740991.0 {
        return Err(vm.type_error("Pushing elements past 2^53-1 length"));
    }
    for a in args {
        if !(o.is_array() && o.array_len() as f64 == n && o.set_element(n as u32, *a)) {
            vm.put(o.value(), index_key(n), *a, true)?;
        }
        n += 1.0;
    }
    set_len(vm, o, n)?;
    Ok(Value::number(n))
}

fn pop(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.pop")?;
    let n = length_of(vm, o)?;
    if n == 0.0 {
        set_len(vm, o, 0.0)?;
        return Ok(Value::UNDEFINED);
    }
    let k = index_key(n - 1.0);
    let v = vm.get(o.value(), k)?;
    vm.roots.push(v);
    delete_or_throw(vm, o, k)?;
    set_len(vm, o, n - 1.0)?;
    Ok(v)
}

fn delete_or_throw(vm: &mut Vm, o: ObjRef, k: Key) -> JsResult<()> {
    if !vm.delete(o, k)? {
        let n = vm.key_display(k);
        return Err(vm.type_error(format!("Cannot delete property '{n}'")));
    }
    Ok(())
}

fn shift(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.shift")?;
    let n = length_of(vm, o)?;
    if n == 0.0 {
        set_len(vm, o, 0.0)?;
        return Ok(Value::UNDEFINED);
    }
    let first = vm.get(o.value(), Key::Index(0))?;
    vm.roots.push(first);
    for k in 1..n as u64 {
        let from = index_key(k as f64);
        let to = index_key(k as f64 - 1.0);
        if vm.has_property(o, from)? {
            let v = vm.get(o.value(), from)?;
            vm.put(o.value(), to, v, true)?;
        } else {
            delete_or_throw(vm, o, to)?;
        }
    }
    delete_or_throw(vm, o, index_key(n - 1.0))?;
    set_len(vm, o, n - 1.0)?;
    Ok(first)
}

fn unshift(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.unshift")?;
    let n = length_of(vm, o)?;
    let c = args.len() as f64;
    if c > 0.0 {
        let mut k = n;
        while k > 0.0 {
            let from = index_key(k - 1.0);
            let to = index_key(k + c - 1.0);
            if vm.has_property(o, from)? {
                let v = vm.get(o.value(), from)?;
                vm.put(o.value(), to, v, true)?;
            } else {
                delete_or_throw(vm, o, to)?;
            }
            k -= 1.0;
        }
        for (j, a) in args.iter().enumerate() {
            vm.put(o.value(), index_key(j as f64), *a, true)?;
        }
    }
    set_len(vm, o, n + c)?;
    Ok(Value::number(n + c))
}

fn slice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.slice")?;
    let len = length_of(vm, o)?;
    let start = relative(vm, arg(args, 0), len, 0.0)?;
    let end = relative(vm, arg(args, 1), len, len)?;
    let out = vm.new_array();
    vm.roots.push(out.value());
    let mut n = 0u32;
    let mut k = start;
    while k < end {
        let key = index_key(k);
        if vm.has_property(o, key)? {
            let v = vm.get(o.value(), key)?;
            vm.define_value(out, Key::Index(n), v, attr::DEFAULT)?;
        }
        k += 1.0;
        n += 1;
    }
    out.set_array_len_raw(n);
    Ok(out.value())
}

fn splice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.splice")?;
    let len = length_of(vm, o)?;
    let start = relative(vm, arg(args, 0), len, 0.0)?;
    let del = if args.is_empty() {
        0.0
    } else if args.len() == 1 {
        len - start
    } else {
        vm.to_integer(args[1])?.clamp(0.0, len - start)
    };
    let items: &[Value] = if args.len() > 2 { &args[2..] } else { &[] };
    let removed = vm.new_array();
    vm.roots.push(removed.value());
    for i in 0..del as u64 {
        let from = index_key(start + i as f64);
        if vm.has_property(o, from)? {
            let v = vm.get(o.value(), from)?;
            vm.define_value(removed, Key::Index(i as u32), v, attr::DEFAULT)?;
        }
    }
    removed.set_array_len_raw(del as u32);
    let ic = items.len() as f64;
    if ic < del {
        let mut k = start;
        while k < len - del {
            let from = index_key(k + del);
            let to = index_key(k + ic);
            if vm.has_property(o, from)? {
                let v = vm.get(o.value(), from)?;
                vm.put(o.value(), to, v, true)?;
            } else {
                delete_or_throw(vm, o, to)?;
            }
            k += 1.0;
        }
        let mut k = len;
        while k > len - del + ic {
            delete_or_throw(vm, o, index_key(k - 1.0))?;
            k -= 1.0;
        }
    } else if ic > del {
        let mut k = len - del;
        while k > start {
            let from = index_key(k + del - 1.0);
            let to = index_key(k + ic - 1.0);
            if vm.has_property(o, from)? {
                let v = vm.get(o.value(), from)?;
                vm.put(o.value(), to, v, true)?;
            } else {
                delete_or_throw(vm, o, to)?;
            }
            k -= 1.0;
        }
    }
    for (j, it) in items.iter().enumerate() {
        vm.put(o.value(), index_key(start + j as f64), *it, true)?;
    }
    set_len(vm, o, len - del + ic)?;
    Ok(removed.value())
}

fn concat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.concat")?;
    let out = vm.new_array();
    vm.roots.push(out.value());
    let mut n = 0f64;
    let mut items = vec![o.value()];
    items.extend_from_slice(args);
    for e in items {
        let spreadable = match e.as_obj() {
            Some(eo) => {
                let s = vm.get(e, Key::Atom(atom::SYM_IS_CONCAT_SPREADABLE))?;
                if s.is_undefined() {
                    eo.is_array()
                } else {
                    to_boolean(s)
                }
            }
            None => false,
        };
        if spreadable {
            let eo = e.as_obj().expect("object");
            let len = length_of(vm, eo)?;
            for k in 0..len as u64 {
                let key = index_key(k as f64);
                if vm.has_property(eo, key)? {
                    let v = vm.get(e, key)?;
                    vm.define_value(out, index_key(n), v, attr::DEFAULT)?;
                }
                n += 1.0;
            }
        } else {
            vm.define_value(out, index_key(n), e, attr::DEFAULT)?;
            n += 1.0;
        }
    }
    set_len(vm, out, n)?;
    Ok(out.value())
}

fn join(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.join")?;
    let len = length_of(vm, o)?;
    let sep: Vec<u16> = if arg(args, 0).is_undefined() {
        vec![u16::from(b',')]
    } else {
        vm.to_units(args[0])?
    };
    // Cycle detection: a nested join of the same array gives "".
    if vm
        .thread_local
        .locals
        .contains_key(&(o.value().to_bits() as usize ^ 1))
    {
        return Ok(vm.str(""));
    }
    vm.thread_local
        .locals
        .insert(o.value().to_bits() as usize ^ 1, o.value());
    let mut out: Vec<u16> = Vec::new();
    let r = (|| -> JsResult<()> {
        for k in 0..len as u64 {
            if k > 0 {
                out.extend_from_slice(&sep);
            }
            let v = vm.get(o.value(), index_key(k as f64))?;
            if !v.is_nullish() {
                let s = vm.to_string(v)?;
                out.extend_from_slice(s.as_str().unwrap_or(&[]));
            }
        }
        Ok(())
    })();
    vm.thread_local
        .locals
        .remove(&(o.value().to_bits() as usize ^ 1));
    r?;
    Ok(vm.new_string_owned(out))
}

fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.toString")?;
    let j = vm.get(o.value(), Key::from_atom(atom::intern_str("join")))?;
    if vm.is_callable(j) {
        return vm.call_function(j, o.value(), &[]);
    }
    super::object::to_string(vm, o.value(), &[], Value::UNDEFINED)
}

fn reverse(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.reverse")?;
    let len = length_of(vm, o)?;
    let mut lo = 0f64;
    while lo < (len / 2.0).floor() {
        let hi = len - 1.0 - lo;
        let (lk, hk) = (index_key(lo), index_key(hi));
        let le = vm.has_property(o, lk)?;
        let lv = if le {
            vm.get(o.value(), lk)?
        } else {
            Value::UNDEFINED
        };
        vm.roots.push(lv);
        let he = vm.has_property(o, hk)?;
        let hv = if he {
            vm.get(o.value(), hk)?
        } else {
            Value::UNDEFINED
        };
        match (le, he) {
            (true, true) => {
                vm.put(o.value(), lk, hv, true)?;
                vm.put(o.value(), hk, lv, true)?;
            }
            (false, true) => {
                vm.put(o.value(), lk, hv, true)?;
                delete_or_throw(vm, o, hk)?;
            }
            (true, false) => {
                delete_or_throw(vm, o, lk)?;
                vm.put(o.value(), hk, lv, true)?;
            }
            (false, false) => {}
        }
        lo += 1.0;
    }
    Ok(o.value())
}

fn index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.indexOf")?;
    let len = length_of(vm, o)?;
    if len == 0.0 {
        return Ok(Value::number(-1.0));
    }
    let mut k = vm.to_integer(arg(args, 1))?;
    if k < 0.0 {
        k = (len + k).max(0.0);
    }
    let target = arg(args, 0);
    while k < len {
        let key = index_key(k);
        if vm.has_property(o, key)? {
            let v = vm.get(o.value(), key)?;
            if strict_equals(v, target) {
                return Ok(Value::number(k));
            }
        }
        k += 1.0;
    }
    Ok(Value::number(-1.0))
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.lastIndexOf")?;
    let len = length_of(vm, o)?;
    if len == 0.0 {
        return Ok(Value::number(-1.0));
    }
    let mut k = if args.len() > 1 {
        vm.to_integer(args[1])?
    } else {
        len - 1.0
    };
    k = if k < 0.0 { len + k } else { k.min(len - 1.0) };
    let target = arg(args, 0);
    while k >= 0.0 {
        let key = index_key(k);
        if vm.has_property(o, key)? {
            let v = vm.get(o.value(), key)?;
            if strict_equals(v, target) {
                return Ok(Value::number(k));
            }
        }
        k -= 1.0;
    }
    Ok(Value::number(-1.0))
}

fn includes(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.includes")?;
    let len = length_of(vm, o)?;
    let mut k = vm.to_integer(arg(args, 1))?;
    if k < 0.0 {
        k = (len + k).max(0.0);
    }
    let target = arg(args, 0);
    while k < len {
        let v = vm.get(o.value(), index_key(k))?;
        if same_value_zero(v, target) {
            return Ok(Value::TRUE);
        }
        k += 1.0;
    }
    Ok(Value::FALSE)
}

fn callback(vm: &mut Vm, f: Value, what: &str) -> JsResult<()> {
    if !vm.is_callable(f) {
        let d = vm.describe_callee(f);
        return Err(vm.type_error(format!("{d} is not a function ({what})")));
    }
    Ok(())
}

/// Shared loop of find/findIndex/findLast/findLastIndex.
fn find_generic(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    rev: bool,
    want_index: bool,
) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.find")?;
    let len = length_of(vm, o)?;
    let f = arg(args, 0);
    callback(vm, f, "find")?;
    let t = arg(args, 1);
    for j in 0..len as u64 {
        let k = if rev { len - 1.0 - j as f64 } else { j as f64 };
        let v = vm.get(o.value(), index_key(k))?;
        let r = vm.call_function(f, t, &[v, Value::number(k), o.value()])?;
        if to_boolean(r) {
            return Ok(if want_index { Value::number(k) } else { v });
        }
    }
    Ok(if want_index {
        Value::number(-1.0)
    } else {
        Value::UNDEFINED
    })
}

fn find(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    find_generic(vm, this, args, false, false)
}
fn find_index(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    find_generic(vm, this, args, false, true)
}
fn find_last(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    find_generic(vm, this, args, true, false)
}
fn find_last_index(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    find_generic(vm, this, args, true, true)
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Iter {
    ForEach,
    Map,
    Filter,
    Some,
    Every,
}

fn iterate(vm: &mut Vm, this: Value, args: &[Value], kind: Iter) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype method")?;
    let len = length_of(vm, o)?;
    let f = arg(args, 0);
    callback(vm, f, "callback")?;
    let t = arg(args, 1);
    let out = match kind {
        Iter::Map => {
            let a = vm.new_array();
            a.set_array_len_raw(len as u32);
            Some(a)
        }
        Iter::Filter => Some(vm.new_array()),
        _ => None,
    };
    if let Some(a) = out {
        vm.roots.push(a.value());
    }
    let mut n = 0u32;
    for k in 0..len as u64 {
        let key = index_key(k as f64);
        if !vm.has_property(o, key)? {
            continue;
        }
        let v = vm.get(o.value(), key)?;
        let r = vm.call_function(f, t, &[v, Value::number(k as f64), o.value()])?;
        match kind {
            Iter::ForEach => {}
            Iter::Map => {
                if let Some(a) = out {
                    vm.define_value(a, key, r, attr::DEFAULT)?;
                }
            }
            Iter::Filter => {
                if to_boolean(r)
                    && let Some(a) = out
                {
                    vm.define_value(a, Key::Index(n), v, attr::DEFAULT)?;
                    n += 1;
                }
            }
            Iter::Some => {
                if to_boolean(r) {
                    return Ok(Value::TRUE);
                }
            }
            Iter::Every => {
                if !to_boolean(r) {
                    return Ok(Value::FALSE);
                }
            }
        }
    }
    Ok(match kind {
        Iter::ForEach => Value::UNDEFINED,
        Iter::Map | Iter::Filter => out.map(|a| a.value()).unwrap_or(Value::UNDEFINED),
        Iter::Some => Value::FALSE,
        Iter::Every => Value::TRUE,
    })
}

fn for_each(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    iterate(vm, this, args, Iter::ForEach)
}
fn map(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    iterate(vm, this, args, Iter::Map)
}
fn filter(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    iterate(vm, this, args, Iter::Filter)
}
fn some(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    iterate(vm, this, args, Iter::Some)
}
fn every(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    iterate(vm, this, args, Iter::Every)
}

fn reduce_generic(vm: &mut Vm, this: Value, args: &[Value], rev: bool) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.reduce")?;
    let len = length_of(vm, o)?;
    let f = arg(args, 0);
    callback(vm, f, "reduce")?;
    let idx = |j: u64| if rev { len - 1.0 - j as f64 } else { j as f64 };
    let mut j = 0u64;
    let mut acc = if args.len() > 1 {
        args[1]
    } else {
        loop {
            if j as f64 >= len {
                return Err(vm.type_error("Reduce of empty array with no initial value"));
            }
            let key = index_key(idx(j));
            j += 1;
            if vm.has_property(o, key)? {
                break vm.get(o.value(), key)?;
            }
        }
    };
    let root = vm.roots.len();
    vm.roots.push(acc);
    while (j as f64) < len {
        let k = idx(j);
        let key = index_key(k);
        j += 1;
        if vm.has_property(o, key)? {
            let v = vm.get(o.value(), key)?;
            acc = vm.call_function(f, Value::UNDEFINED, &[acc, v, Value::number(k), o.value()])?;
            vm.roots[root] = acc;
        }
    }
    Ok(acc)
}

fn reduce(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    reduce_generic(vm, this, args, false)
}
fn reduce_right(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    reduce_generic(vm, this, args, true)
}

fn sort(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    if !cmp.is_undefined() && !vm.is_callable(cmp) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    let o = this_obj(vm, this, "Array.prototype.sort")?;
    let len = length_of(vm, o)?;
    let mut vals = Vec::new();
    let mut undef = 0u64;
    for k in 0..len as u64 {
        let key = index_key(k as f64);
        if vm.has_property(o, key)? {
            let v = vm.get(o.value(), key)?;
            if v.is_undefined() {
                undef += 1;
            } else {
                vals.push(v);
                vm.roots.push(v);
            }
        }
    }
    // A stable merge sort whose comparator may throw.
    let mut err = None;
    let sorted = merge_sort(vm, vals, cmp, &mut err);
    if let Some(e) = err {
        return Err(e);
    }
    let mut k = 0f64;
    for v in sorted {
        vm.put(o.value(), index_key(k), v, true)?;
        k += 1.0;
    }
    for _ in 0..undef {
        vm.put(o.value(), index_key(k), Value::UNDEFINED, true)?;
        k += 1.0;
    }
    while k < len {
        delete_or_throw(vm, o, index_key(k))?;
        k += 1.0;
    }
    Ok(o.value())
}

fn compare(vm: &mut Vm, a: Value, b: Value, cmp: Value) -> JsResult<bool> {
    // true when b < a (so a must move after b)
    if cmp.is_undefined() {
        let sa = vm.to_string(a)?;
        vm.roots.push(sa);
        let sb = vm.to_string(b)?;
        vm.roots.pop();
        return Ok(sb.as_str() < sa.as_str());
    }
    let r = vm.call_function(cmp, Value::UNDEFINED, &[a, b])?;
    let n = vm.to_number(r)?;
    Ok(n > 0.0)
}

fn merge_sort(vm: &mut Vm, v: Vec<Value>, cmp: Value, err: &mut Option<Value>) -> Vec<Value> {
    if v.len() <= 1 || err.is_some() {
        return v;
    }
    let mid = v.len() / 2;
    let right = v[mid..].to_vec();
    let mut left = v;
    left.truncate(mid);
    let l = merge_sort(vm, left, cmp, err);
    let r = merge_sort(vm, right, cmp, err);
    let mut out = Vec::with_capacity(l.len() + r.len());
    let (mut i, mut j) = (0, 0);
    while i < l.len() && j < r.len() {
        if err.is_some() {
            return out;
        }
        match compare(vm, l[i], r[j], cmp) {
            Ok(true) => {
                out.push(r[j]);
                j += 1;
            }
            Ok(false) => {
                out.push(l[i]);
                i += 1;
            }
            Err(e) => {
                *err = Some(e);
                return out;
            }
        }
    }
    out.extend_from_slice(&l[i..]);
    out.extend_from_slice(&r[j..]);
    out
}

fn fill(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.fill")?;
    let len = length_of(vm, o)?;
    let start = relative(vm, arg(args, 1), len, 0.0)?;
    let end = relative(vm, arg(args, 2), len, len)?;
    let mut k = start;
    while k < end {
        vm.put(o.value(), index_key(k), arg(args, 0), true)?;
        k += 1.0;
    }
    Ok(o.value())
}

fn copy_within(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.copyWithin")?;
    let len = length_of(vm, o)?;
    let mut to = relative(vm, arg(args, 0), len, 0.0)?;
    let mut from = relative(vm, arg(args, 1), len, 0.0)?;
    let fin = relative(vm, arg(args, 2), len, len)?;
    let mut count = (fin - from).min(len - to);
    let dir = if from < to && to < from + count {
        from += count - 1.0;
        to += count - 1.0;
        -1.0
    } else {
        1.0
    };
    while count > 0.0 {
        let (fk, tk) = (index_key(from), index_key(to));
        if vm.has_property(o, fk)? {
            let v = vm.get(o.value(), fk)?;
            vm.put(o.value(), tk, v, true)?;
        } else {
            delete_or_throw(vm, o, tk)?;
        }
        from += dir;
        to += dir;
        count -= 1.0;
    }
    Ok(o.value())
}

fn at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.at")?;
    let len = length_of(vm, o)?;
    let r = vm.to_integer(arg(args, 0))?;
    let k = if r < 0.0 { len + r } else { r };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    vm.get(o.value(), index_key(k))
}

fn flatten(
    vm: &mut Vm,
    out: ObjRef,
    n: &mut f64,
    src: ObjRef,
    depth: f64,
    f: Option<(Value, Value)>,
) -> JsResult<()> {
    let len = length_of(vm, src)?;
    for k in 0..len as u64 {
        let key = index_key(k as f64);
        if !vm.has_property(src, key)? {
            continue;
        }
        let mut v = vm.get(src.value(), key)?;
        if let Some((func, t)) = f {
            v = vm.call_function(func, t, &[v, Value::number(k as f64), src.value()])?;
        }
        if depth > 0.0
            && let Some(vo) = v.as_obj()
            && vo.is_array()
        {
            vm.roots.push(v);
            flatten(vm, out, n, vo, depth - 1.0, None)?;
        } else {
            vm.define_value(out, index_key(*n), v, attr::DEFAULT)?;
            *n += 1.0;
        }
    }
    Ok(())
}

fn flat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.flat")?;
    let d = if arg(args, 0).is_undefined() {
        1.0
    } else {
        vm.to_integer(args[0])?
    };
    let out = vm.new_array();
    vm.roots.push(out.value());
    let mut n = 0.0;
    flatten(vm, out, &mut n, o, d, None)?;
    Ok(out.value())
}

fn flat_map(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array.prototype.flatMap")?;
    let f = arg(args, 0);
    callback(vm, f, "flatMap")?;
    let out = vm.new_array();
    vm.roots.push(out.value());
    let mut n = 0.0;
    flatten(vm, out, &mut n, o, 1.0, Some((f, arg(args, 1))))?;
    Ok(out.value())
}

fn make_iter(vm: &mut Vm, this: Value, kind: IterKind) -> JsResult<Value> {
    let o = this_obj(vm, this, "Array iterator")?;
    let p = vm.realm().array_iter_proto;
    Ok(super::iterator::make(
        vm,
        p,
        IterState::Array {
            target: o.value(),
            next: 0,
            kind,
        },
    ))
}

fn keys(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    make_iter(vm, this, IterKind::Keys)
}
fn values(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    make_iter(vm, this, IterKind::Values)
}
fn entries(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    make_iter(vm, this, IterKind::Entries)
}
