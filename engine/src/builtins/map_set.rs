//! Map, Set and WeakMap (§24.1–24.3). Each operation is one step under the
//! collection's lock.

use super::{arg, constructor, getter, method};
use crate::atom;
use crate::object::Class;
use crate::object::class::{IterKind, IterState, MapData, MapKey};
use crate::object::shape::attr;
use crate::sync::Mutex;
use crate::value::Value;
use crate::vm::property::Key;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let r = vm.realm().clone();
    constructor(vm, "Map", 0, map_ctor, r.map_proto);
    for (n, l, f) in [
        ("get", 1, map_get::<MAP> as crate::object::NativeFn),
        ("set", 2, map_set::<MAP>),
        ("has", 1, has::<MAP>),
        ("delete", 1, delete::<MAP>),
        ("clear", 0, clear::<MAP>),
        ("forEach", 1, for_each::<MAP>),
        ("keys", 0, keys::<MAP>),
        ("values", 0, values::<MAP>),
    ] {
        method(vm, r.map_proto, n, l, f);
    }
    let e = method(vm, r.map_proto, "entries", 0, entries::<MAP>);
    if let Some(o) = r.map_proto.as_obj() {
        o.define_named(&vm.rt.heap, atom::SYM_ITERATOR, e.value(), attr::HIDDEN);
    }
    getter(
        vm,
        r.map_proto,
        atom::intern_str("size"),
        "get size",
        size::<MAP>,
    );
    constructor(vm, "Set", 0, set_ctor, r.set_proto);
    for (n, l, f) in [
        ("add", 1, set_add as crate::object::NativeFn),
        ("has", 1, has::<SET>),
        ("delete", 1, delete::<SET>),
        ("clear", 0, clear::<SET>),
        ("forEach", 1, for_each::<SET>),
        ("entries", 0, entries::<SET>),
    ] {
        method(vm, r.set_proto, n, l, f);
    }
    let v = method(vm, r.set_proto, "values", 0, values::<SET>);
    if let Some(o) = r.set_proto.as_obj() {
        o.define_named(&vm.rt.heap, atom::SYM_ITERATOR, v.value(), attr::HIDDEN);
        o.define_named(
            &vm.rt.heap,
            atom::intern_str("keys"),
            v.value(),
            attr::HIDDEN,
        );
    }
    getter(
        vm,
        r.set_proto,
        atom::intern_str("size"),
        "get size",
        size::<SET>,
    );
    constructor(vm, "WeakMap", 0, weakmap_ctor, r.weakmap_proto);
    for (n, l, f) in [
        ("get", 1, map_get::<WEAK> as crate::object::NativeFn),
        ("set", 2, map_set::<WEAK>),
        ("has", 1, has::<WEAK>),
        ("delete", 1, delete::<WEAK>),
    ] {
        method(vm, r.weakmap_proto, n, l, f);
    }
    for (p, t) in [
        (r.map_proto, "Map"),
        (r.set_proto, "Set"),
        (r.weakmap_proto, "WeakMap"),
    ] {
        let s = vm.str(t);
        if let Some(o) = p.as_obj() {
            o.define_named(&vm.rt.heap, atom::SYM_TO_STRING_TAG, s, attr::CONFIGURABLE);
        }
    }
}

/// The SameValueZero key of a value.
pub fn map_key(v: Value) -> MapKey {
    if let Some(n) = v.as_number() {
        let n = if n == 0.0 { 0.0 } else { n };
        return MapKey::Bits(Value::number(n).to_bits());
    }
    if v.is_string() {
        return MapKey::Str(v);
    }
    MapKey::Bits(v.to_bits())
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Map,
    Set,
    Weak,
}

fn make(vm: &mut Vm, nt: Value, kind: Kind, args: &[Value]) -> JsResult<Value> {
    let name = match kind {
        Kind::Map => "Map",
        Kind::Set => "Set",
        Kind::Weak => "WeakMap",
    };
    if nt.is_undefined() {
        return Err(vm.type_error(format!("Constructor {name} requires 'new'")));
    }
    let r = vm.realm().clone();
    let dflt = match kind {
        Kind::Map => r.map_proto,
        Kind::Set => r.set_proto,
        Kind::Weak => r.weakmap_proto,
    };
    let p = vm.proto_from_ctor(nt, dflt)?;
    let data = Box::new(Mutex::new(MapData::default()));
    let class = match kind {
        Kind::Map => Class::Map(data),
        Kind::Set => Class::Set(data),
        Kind::Weak => Class::WeakMap(data),
    };
    let o = vm.new_object_with(p, class).value();
    vm.roots.push(o);
    let it = arg(args, 0);
    if it.is_nullish() {
        return Ok(o);
    }
    let adder_name = if kind == Kind::Set { "add" } else { "set" };
    let adder = vm.get(o, Key::from_atom(atom::intern_str(adder_name)))?;
    if !vm.is_callable(adder) {
        return Err(vm.type_error(format!("'{adder_name}' is not a function")));
    }
    vm.roots.push(adder);
    let (iter, next) = vm.get_iterator(it)?;
    vm.roots.push(iter);
    vm.roots.push(next);
    while let Some(v) = vm.iter_step(iter, next)? {
        let r = if kind == Kind::Set {
            vm.call_function(adder, o, &[v])
        } else if !v.is_object() {
            Err(vm.type_error("Iterator value is not an entry object"))
        } else {
            vm.get(v, Key::Index(0)).and_then(|k| {
                let val = vm.get(v, Key::Index(1))?;
                vm.call_function(adder, o, &[k, val])
            })
        };
        if let Err(e) = r {
            vm.roots.push(e);
            let _ = vm.iter_close(iter);
            return Err(e);
        }
    }
    Ok(o)
}

fn map_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    make(vm, nt, Kind::Map, args)
}
fn set_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    make(vm, nt, Kind::Set, args)
}
fn weakmap_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    make(vm, nt, Kind::Weak, args)
}

const MAP: u8 = 1;
const SET: u8 = 2;
const WEAK: u8 = 4;

/// The collection data of `this`, which must be one of the kinds in `K`.
fn data<const K: u8>(vm: &mut Vm, this: Value) -> JsResult<(&'static Mutex<MapData>, bool)> {
    if let Some(o) = this.as_obj() {
        vm.check_access(o)?;
        // The object stays reachable through `this` (a register) for the call.
        let o: &'static crate::object::Object = o.get();
        match &o.class {
            Class::Map(m) if K & MAP != 0 => return Ok((m, false)),
            Class::Set(m) if K & SET != 0 => return Ok((m, false)),
            Class::WeakMap(m) if K & WEAK != 0 => return Ok((m, true)),
            _ => {}
        }
    }
    Err(vm.type_error("Method called on incompatible receiver"))
}

fn map_get<const K: u8>(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (m, _) = data::<K>(vm, this)?;
    Ok(crate::sync::lock(m)
        .get(&map_key(arg(args, 0)))
        .unwrap_or(Value::UNDEFINED))
}

fn map_set<const K: u8>(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (m, weak) = data::<K>(vm, this)?;
    let k = arg(args, 0);
    if weak && !k.is_object() {
        return Err(vm.type_error("Invalid value used as weak map key"));
    }
    let k = if k.as_number() == Some(0.0) {
        Value::number(0.0)
    } else {
        k
    };
    crate::sync::lock(m).set(map_key(k), k, arg(args, 1));
    Ok(this)
}

fn set_add(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (m, _) = data::<SET>(vm, this)?;
    let k = arg(args, 0);
    let k = if k.as_number() == Some(0.0) {
        Value::number(0.0)
    } else {
        k
    };
    crate::sync::lock(m).set(map_key(k), k, k);
    Ok(this)
}

fn has<const K: u8>(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (m, _) = data::<K>(vm, this)?;
    Ok(Value::bool(
        crate::sync::lock(m)
            .index
            .contains_key(&map_key(arg(args, 0))),
    ))
}

fn delete<const K: u8>(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (m, _) = data::<K>(vm, this)?;
    Ok(Value::bool(
        crate::sync::lock(m).delete(&map_key(arg(args, 0))),
    ))
}

fn clear<const K: u8>(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (m, _) = data::<K>(vm, this)?;
    crate::sync::lock(m).clear();
    Ok(Value::UNDEFINED)
}

fn size<const K: u8>(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let (m, _) = data::<K>(vm, this)?;
    Ok(Value::number(crate::sync::lock(m).live as f64))
}

fn for_each<const K: u8>(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (m, _) = data::<K>(vm, this)?;
    let f = arg(args, 0);
    if !vm.is_callable(f) {
        return Err(vm.type_error("forEach callback is not a function"));
    }
    let mut i = 0;
    loop {
        let e = {
            let d = crate::sync::lock(m);
            if i >= d.entries.len() {
                break;
            }
            d.entries[i]
        };
        i += 1;
        if let Some((k, v)) = e {
            vm.call_function(f, arg(args, 1), &[v, k, this])?;
        }
    }
    Ok(Value::UNDEFINED)
}

fn iter<const K: u8>(vm: &mut Vm, this: Value, kind: IterKind) -> JsResult<Value> {
    let (_, _) = data::<K>(vm, this)?;
    let is_set = matches!(this.as_obj().map(|o| &o.get().class), Some(Class::Set(_)));
    let p = if is_set {
        vm.realm().set_iter_proto
    } else {
        vm.realm().map_iter_proto
    };
    Ok(super::iterator::make(
        vm,
        p,
        IterState::Collection {
            coll: this,
            next: 0,
            kind,
        },
    ))
}

fn keys<const K: u8>(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iter::<K>(vm, this, IterKind::Keys)
}
fn values<const K: u8>(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iter::<K>(vm, this, IterKind::Values)
}
fn entries<const K: u8>(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iter::<K>(vm, this, IterKind::Entries)
}
