//! Object and Object.prototype (§20.1).

use super::{arg, constructor, getter, method};
use crate::atom;
use crate::object::shape::attr;
use crate::object::{Class, flag};
use crate::value::Value;
use crate::vm::ops::{same_value, to_boolean};
use crate::vm::property::{Key, SPARSE, accessor_parts};
use crate::vm::{JsResult, ObjRef, Vm};

pub fn init(vm: &mut Vm) {
    let proto = vm.realm().object_proto;
    let c = constructor(vm, "Object", 1, object_ctor, proto).value();
    method(vm, c, "keys", 1, keys);
    method(vm, c, "values", 1, values);
    method(vm, c, "entries", 1, entries);
    method(vm, c, "assign", 2, assign);
    method(vm, c, "freeze", 1, freeze);
    method(vm, c, "isFrozen", 1, is_frozen);
    method(vm, c, "seal", 1, seal);
    method(vm, c, "isSealed", 1, is_sealed);
    method(vm, c, "preventExtensions", 1, prevent_extensions);
    method(vm, c, "isExtensible", 1, is_extensible);
    method(vm, c, "defineProperty", 3, define_property);
    method(vm, c, "defineProperties", 2, define_properties);
    method(
        vm,
        c,
        "getOwnPropertyDescriptor",
        2,
        get_own_property_descriptor,
    );
    method(
        vm,
        c,
        "getOwnPropertyDescriptors",
        1,
        get_own_property_descriptors,
    );
    method(vm, c, "getOwnPropertyNames", 1, get_own_property_names);
    method(vm, c, "getOwnPropertySymbols", 1, get_own_property_symbols);
    method(vm, c, "getPrototypeOf", 1, get_prototype_of);
    method(vm, c, "setPrototypeOf", 2, set_prototype_of);
    method(vm, c, "create", 2, create);
    method(vm, c, "fromEntries", 1, from_entries);
    method(vm, c, "is", 2, is);
    method(vm, c, "hasOwn", 2, has_own);
    method(vm, proto, "hasOwnProperty", 1, has_own_property);
    method(vm, proto, "isPrototypeOf", 1, is_prototype_of);
    method(vm, proto, "propertyIsEnumerable", 1, property_is_enumerable);
    method(vm, proto, "toString", 0, to_string);
    method(vm, proto, "toLocaleString", 0, to_locale_string);
    method(vm, proto, "valueOf", 0, value_of);
    getter(vm, proto, atom::PROTO, "get __proto__", proto_get);
    let setter = vm.native_fn("set __proto__", 1, proto_set, false);
    if let Some(p) = proto.as_obj() {
        let _ = vm.define_accessor(
            p,
            Key::Atom(atom::PROTO),
            None,
            Some(setter.value()),
            attr::CONFIGURABLE,
        );
    }
}

fn object_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !nt.is_undefined() && !is_object_ctor(vm, nt) {
        let dflt = vm.realm().object_proto;
        let p = vm.proto_from_ctor(nt, dflt)?;
        return Ok(vm.new_object_with(p, Class::Ordinary).value());
    }
    if v.is_nullish() {
        return Ok(vm.new_object().value());
    }
    Ok(vm.to_object(v)?.value())
}

fn is_object_ctor(vm: &mut Vm, nt: Value) -> bool {
    let g = vm.realm().global;
    vm.get(g, Key::from_atom(atom::intern_str("Object"))).ok() == Some(nt)
}

fn enumerable_own(vm: &mut Vm, o: ObjRef) -> JsResult<Vec<Key>> {
    let mut out = Vec::new();
    for k in vm.own_keys(o) {
        if k.is_symbol() {
            continue;
        }
        if let Some(p) = vm.get_own(o, k)
            && p.attrs & attr::ENUMERABLE != 0
        {
            out.push(k);
        }
    }
    Ok(out)
}

fn keys(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.check_access(o)?;
    let ks = enumerable_own(vm, o)?;
    let vals: Vec<Value> = ks.into_iter().map(|k| vm.key_value(k)).collect();
    Ok(vm.new_array_from(&vals).value())
}

fn values(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.check_access(o)?;
    vm.roots.push(o.value());
    let out = vm.new_array();
    vm.roots.push(out.value());
    for k in vm.own_keys(o) {
        if k.is_symbol() {
            continue;
        }
        if let Some(p) = vm.get_own(o, k)
            && p.attrs & attr::ENUMERABLE != 0
        {
            let v = vm.get_from(o, k, o.value())?;
            let n = out.array_len();
            out.set_element(n, v);
        }
    }
    Ok(out.value())
}

fn entries(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.check_access(o)?;
    vm.roots.push(o.value());
    let out = vm.new_array();
    vm.roots.push(out.value());
    for k in vm.own_keys(o) {
        if k.is_symbol() {
            continue;
        }
        if let Some(p) = vm.get_own(o, k)
            && p.attrs & attr::ENUMERABLE != 0
        {
            let v = vm.get_from(o, k, o.value())?;
            let kv = vm.key_value(k);
            let pair = vm.new_array_from(&[kv, v]);
            let n = out.array_len();
            out.set_element(n, pair.value());
        }
    }
    Ok(out.value())
}

fn assign(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let t = vm.to_object(arg(args, 0))?;
    vm.roots.push(t.value());
    for src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let from = vm.to_object(*src)?;
        vm.roots.push(from.value());
        for k in vm.own_keys(from) {
            if let Some(p) = vm.get_own(from, k)
                && p.attrs & attr::ENUMERABLE != 0
            {
                let v = vm.get_from(from, k, from.value())?;
                vm.put(t.value(), k, v, true)?;
            }
        }
    }
    Ok(t.value())
}

/// SetIntegrityLevel.
pub fn set_integrity(vm: &mut Vm, o: ObjRef, frozen: bool) {
    o.set_flag(flag::EXTENSIBLE, false);
    if o.elements.is_some() {
        o.set_flag(
            if frozen {
                flag::ELEMENTS_FROZEN
            } else {
                flag::ELEMENTS_SEALED
            },
            true,
        );
        if frozen && o.is_array() {
            o.set_flag(flag::LENGTH_READONLY, true);
        }
    }
    o.map_attrs(&vm.rt.heap, |a| {
        let mut a = a & !attr::CONFIGURABLE;
        if frozen && a & attr::ACCESSOR == 0 {
            a &= !attr::WRITABLE;
        }
        a
    });
}

fn freeze(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Some(o) = v.as_obj() {
        vm.check_access(o)?;
        set_integrity(vm, o, true);
    }
    Ok(v)
}

fn seal(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Some(o) = v.as_obj() {
        vm.check_access(o)?;
        set_integrity(vm, o, false);
    }
    Ok(v)
}

fn test_integrity(vm: &mut Vm, v: Value, frozen: bool) -> bool {
    let Some(o) = v.as_obj() else { return true };
    if o.is_extensible() {
        return false;
    }
    for k in vm.own_keys(o) {
        if let Some(p) = vm.get_own(o, k) {
            if p.attrs & attr::CONFIGURABLE != 0 {
                return false;
            }
            if frozen && !p.is_accessor() && p.attrs & attr::WRITABLE != 0 {
                return false;
            }
        }
    }
    true
}

fn is_frozen(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(test_integrity(vm, arg(args, 0), true)))
}

fn is_sealed(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(test_integrity(vm, arg(args, 0), false)))
}

fn prevent_extensions(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Some(o) = v.as_obj() {
        vm.check_access(o)?;
        o.set_flag(flag::EXTENSIBLE, false);
    }
    Ok(v)
}

fn is_extensible(_vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(
        arg(args, 0)
            .as_obj()
            .map(|o| o.is_extensible())
            .unwrap_or(false),
    ))
}

/// A property descriptor as read from an object (§6.2.6).
#[derive(Default, Clone, Copy)]
pub struct Desc {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Desc {
    fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
}

/// ToPropertyDescriptor.
pub fn to_desc(vm: &mut Vm, v: Value) -> JsResult<Desc> {
    let Some(o) = v.as_obj() else {
        return Err(vm.type_error("Property description must be an object"));
    };
    let mut d = Desc::default();
    let field = |vm: &mut Vm, name: atom::Atom| -> JsResult<Option<Value>> {
        let k = Key::Atom(name);
        if vm.has_property(o, k)? {
            Ok(Some(vm.get(o.value(), k)?))
        } else {
            Ok(None)
        }
    };
    d.enumerable = field(vm, atom::ENUMERABLE)?.map(to_boolean);
    d.configurable = field(vm, atom::CONFIGURABLE)?.map(to_boolean);
    d.value = field(vm, atom::VALUE)?;
    d.writable = field(vm, atom::WRITABLE)?.map(to_boolean);
    d.get = field(vm, atom::GET)?;
    d.set = field(vm, atom::SET)?;
    if let Some(g) = d.get
        && !g.is_undefined()
        && !vm.is_callable(g)
    {
        return Err(vm.type_error("Getter must be a function"));
    }
    if let Some(s) = d.set
        && !s.is_undefined()
        && !vm.is_callable(s)
    {
        return Err(vm.type_error("Setter must be a function"));
    }
    if d.is_accessor() && d.is_data() {
        return Err(vm.type_error(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute",
        ));
    }
    Ok(d)
}

fn bits(w: bool, e: bool, c: bool) -> u8 {
    (if w { attr::WRITABLE } else { 0 })
        | (if e { attr::ENUMERABLE } else { 0 })
        | (if c { attr::CONFIGURABLE } else { 0 })
}

/// ValidateAndApplyPropertyDescriptor (§10.1.6.3) on an ordinary object.
pub fn define_own(vm: &mut Vm, o: ObjRef, key: Key, d: Desc) -> JsResult<bool> {
    vm.check_access(o)?;
    if o.is_array() && key == Key::Atom(atom::LENGTH) {
        return define_array_length(vm, o, d);
    }
    let Some(cur) = vm.get_own(o, key) else {
        if !o.is_extensible() {
            return Ok(false);
        }
        if let (Key::Index(i), true) = (key, o.is_array())
            && o.has_flag(flag::LENGTH_READONLY)
            && i >= o.array_len()
        {
            return Ok(false);
        }
        let e = d.enumerable.unwrap_or(false);
        let c = d.configurable.unwrap_or(false);
        if d.is_accessor() {
            return vm.define_accessor(
                o,
                key,
                Some(d.get.unwrap_or(Value::UNDEFINED)),
                Some(d.set.unwrap_or(Value::UNDEFINED)),
                bits(false, e, c),
            );
        }
        let a = bits(d.writable.unwrap_or(false), e, c);
        return apply_data(vm, o, key, d.value.unwrap_or(Value::UNDEFINED), a);
    };
    let cur_acc = cur.is_accessor();
    let cur_c = cur.attrs & attr::CONFIGURABLE != 0;
    let cur_e = cur.attrs & attr::ENUMERABLE != 0;
    let cur_w = cur.attrs & attr::WRITABLE != 0;
    if !cur_c {
        if d.configurable == Some(true) {
            return Ok(false);
        }
        if d.enumerable.is_some_and(|e| e != cur_e) {
            return Ok(false);
        }
        if (d.is_accessor() && !cur_acc) || (d.is_data() && cur_acc) {
            return Ok(false);
        }
        if cur_acc {
            let (g, s) = accessor_parts(cur.value);
            if d.get.is_some_and(|x| !same_value(x, g)) || d.set.is_some_and(|x| !same_value(x, s))
            {
                return Ok(false);
            }
            // Validated: a non-configurable accessor cannot change at all.
            return Ok(true);
        } else if !cur_w {
            if d.writable == Some(true) {
                return Ok(false);
            }
            if d.value.is_some_and(|x| !same_value(x, cur.value)) {
                return Ok(false);
            }
        }
    }
    let e = d.enumerable.unwrap_or(cur_e);
    let c = d.configurable.unwrap_or(cur_c);
    if d.is_accessor() || (cur_acc && !d.is_data()) {
        let (g, s) = if cur_acc {
            accessor_parts(cur.value)
        } else {
            (Value::UNDEFINED, Value::UNDEFINED)
        };
        return vm.define_accessor(
            o,
            key,
            Some(d.get.unwrap_or(g)),
            Some(d.set.unwrap_or(s)),
            bits(false, e, c),
        );
    }
    let w = d.writable.unwrap_or(if cur_acc { false } else { cur_w });
    let v = d
        .value
        .unwrap_or(if cur_acc { Value::UNDEFINED } else { cur.value });
    apply_data(vm, o, key, v, bits(w, e, c))
}

/// Stores a data property with exact attributes (validation already done).
fn apply_data(vm: &mut Vm, o: ObjRef, key: Key, v: Value, a: u8) -> JsResult<bool> {
    if let Key::Index(i) = key
        && o.elements.is_some()
    {
        if a == attr::DEFAULT && !o.has_flag(SPARSE) && o.set_element(i, v) {
            return Ok(true);
        }
        o.delete_element(i);
        o.set_flag(SPARSE, true);
        if o.is_array() && i >= o.array_len() {
            o.set_array_len_raw(i + 1);
        }
    }
    Ok(o.define_named(&vm.rt.heap, key.atom(), v, a))
}

fn define_array_length(vm: &mut Vm, o: ObjRef, d: Desc) -> JsResult<bool> {
    if d.is_accessor() || d.configurable == Some(true) || d.enumerable == Some(true) {
        return Ok(false);
    }
    let ro = o.has_flag(flag::LENGTH_READONLY);
    if let Some(v) = d.value {
        let n = vm.to_number(v)?;
        let len = crate::vm::ops::f64_to_uint32(n);
        if f64::from(len) != n {
            return Err(vm.range_error("Invalid array length"));
        }
        if ro && len != o.array_len() {
            return Ok(false);
        }
        if !ro && !vm.set_array_length(o, Value::number(n))? {
            if d.writable == Some(false) {
                o.set_flag(flag::LENGTH_READONLY, true);
            }
            return Ok(false);
        }
    }
    if d.writable == Some(true) && ro {
        return Ok(false);
    }
    if d.writable == Some(false) {
        o.set_flag(flag::LENGTH_READONLY, true);
    }
    Ok(true)
}

fn define_property(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    let Some(obj) = o.as_obj() else {
        return Err(vm.type_error("Object.defineProperty called on non-object"));
    };
    let key = vm.to_property_key(arg(args, 1))?;
    let d = to_desc(vm, arg(args, 2))?;
    if !define_own(vm, obj, key, d)? {
        let k = vm.key_display(key);
        return Err(vm.type_error(format!("Cannot redefine property: {k}")));
    }
    Ok(o)
}

fn define_properties(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    let Some(obj) = o.as_obj() else {
        return Err(vm.type_error("Object.defineProperties called on non-object"));
    };
    let props = vm.to_object(arg(args, 1))?;
    vm.roots.push(props.value());
    let mut descs = Vec::new();
    for k in vm.own_keys(props) {
        if let Some(p) = vm.get_own(props, k)
            && p.attrs & attr::ENUMERABLE != 0
        {
            let dv = vm.get(props.value(), k)?;
            vm.roots.push(dv);
            let d = to_desc(vm, dv)?;
            for v in [d.value, d.get, d.set].into_iter().flatten() {
                vm.roots.push(v);
            }
            descs.push((k, d));
        }
    }
    for (_, d) in &descs {
        for v in [d.value, d.get, d.set].into_iter().flatten() {
            vm.roots.push(v);
        }
    }
    for (k, d) in descs {
        if !define_own(vm, obj, k, d)? {
            let n = vm.key_display(k);
            return Err(vm.type_error(format!("Cannot redefine property: {n}")));
        }
    }
    Ok(o)
}

/// FromPropertyDescriptor of an own property.
pub fn descriptor_object(vm: &mut Vm, o: ObjRef, key: Key) -> JsResult<Value> {
    let Some(p) = vm.get_own(o, key) else {
        return Ok(Value::UNDEFINED);
    };
    let d = vm.new_object();
    let h = &vm.rt.heap;
    if p.is_accessor() {
        let (g, s) = accessor_parts(p.value);
        d.define_named(h, atom::GET, g, attr::DEFAULT);
        d.define_named(h, atom::SET, s, attr::DEFAULT);
    } else {
        d.define_named(h, atom::VALUE, p.value, attr::DEFAULT);
        d.define_named(
            h,
            atom::WRITABLE,
            Value::bool(p.attrs & attr::WRITABLE != 0),
            attr::DEFAULT,
        );
    }
    d.define_named(
        h,
        atom::ENUMERABLE,
        Value::bool(p.attrs & attr::ENUMERABLE != 0),
        attr::DEFAULT,
    );
    d.define_named(
        h,
        atom::CONFIGURABLE,
        Value::bool(p.attrs & attr::CONFIGURABLE != 0),
        attr::DEFAULT,
    );
    Ok(d.value())
}

fn get_own_property_descriptor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.check_access(o)?;
    let key = vm.to_property_key(arg(args, 1))?;
    descriptor_object(vm, o, key)
}

fn get_own_property_descriptors(
    vm: &mut Vm,
    _: Value,
    args: &[Value],
    _: Value,
) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.check_access(o)?;
    let out = vm.new_object();
    vm.roots.push(out.value());
    for k in vm.own_keys(o) {
        let d = descriptor_object(vm, o, k)?;
        vm.define_value(out, k, d, attr::DEFAULT)?;
    }
    Ok(out.value())
}

fn get_own_property_names(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.check_access(o)?;
    let ks: Vec<Key> = vm
        .own_keys(o)
        .into_iter()
        .filter(|k| !k.is_symbol())
        .collect();
    let vals: Vec<Value> = ks.into_iter().map(|k| vm.key_value(k)).collect();
    Ok(vm.new_array_from(&vals).value())
}

fn get_own_property_symbols(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.check_access(o)?;
    let ks: Vec<Key> = vm
        .own_keys(o)
        .into_iter()
        .filter(|k| k.is_symbol())
        .collect();
    let vals: Vec<Value> = ks.into_iter().map(|k| vm.key_value(k)).collect();
    Ok(vm.new_array_from(&vals).value())
}

fn get_prototype_of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.check_access(o)?;
    Ok(o.proto())
}

/// OrdinarySetPrototypeOf with the cycle check.
pub fn set_proto_checked(o: ObjRef, p: Value) -> bool {
    if o.proto() == p {
        return true;
    }
    if !o.is_extensible() {
        return false;
    }
    let mut cur = p;
    while let Some(c) = cur.as_obj() {
        if c == o {
            return false;
        }
        cur = c.proto();
    }
    o.set_proto(p);
    true
}

fn set_prototype_of(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    let p = arg(args, 1);
    if o.is_nullish() {
        return Err(vm.type_error("Object.setPrototypeOf called on null or undefined"));
    }
    if !p.is_object() && !p.is_null() {
        return Err(vm.type_error("Object prototype may only be an Object or null"));
    }
    if let Some(obj) = o.as_obj() {
        vm.check_access(obj)?;
    }
    if let Some(obj) = o.as_obj()
        && !set_proto_checked(obj, p)
    {
        return Err(vm.type_error("Cyclic __proto__ value or non-extensible object"));
    }
    Ok(o)
}

fn create(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let p = arg(args, 0);
    if !p.is_object() && !p.is_null() {
        return Err(vm.type_error("Object prototype may only be an Object or null"));
    }
    let o = vm.new_object_with(p, Class::Ordinary);
    let props = arg(args, 1);
    if !props.is_undefined() {
        vm.roots.push(o.value());
        define_properties(vm, Value::UNDEFINED, &[o.value(), props], Value::UNDEFINED)?;
    }
    Ok(o.value())
}

fn from_entries(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let it = arg(args, 0);
    if it.is_nullish() {
        return Err(vm.type_error("Object.fromEntries requires an iterable"));
    }
    let o = vm.new_object();
    vm.roots.push(o.value());
    let items = vm.iterate_to_vec(it)?;
    for e in items {
        if !e.is_object() {
            return Err(vm.type_error("Iterator value is not an entry object"));
        }
        let k = vm.get(e, Key::Index(0))?;
        let v = vm.get(e, Key::Index(1))?;
        let key = vm.to_property_key(k)?;
        vm.define_value(o, key, v, attr::DEFAULT)?;
    }
    Ok(o.value())
}

fn is(_vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(same_value(arg(args, 0), arg(args, 1))))
}

/// Object.hasOwn (§20.1.2.13): ToObject(O) first, then ToPropertyKey(P).
fn has_own(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    vm.roots.push(o.value());
    let key = vm.to_property_key(arg(args, 1))?;
    vm.check_access(o)?;
    Ok(Value::bool(vm.get_own(o, key).is_some()))
}

fn has_own_property(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let key = vm.to_property_key(arg(args, 0))?;
    let o = vm.to_object(this)?;
    vm.check_access(o)?;
    Ok(Value::bool(vm.get_own(o, key).is_some()))
}

fn is_prototype_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let Some(mut v) = arg(args, 0).as_obj() else {
        return Ok(Value::FALSE);
    };
    let o = vm.to_object(this)?;
    loop {
        match v.proto().as_obj() {
            Some(p) if p == o => return Ok(Value::TRUE),
            Some(p) => v = p,
            None => return Ok(Value::FALSE),
        }
    }
}

fn property_is_enumerable(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let key = vm.to_property_key(arg(args, 0))?;
    let o = vm.to_object(this)?;
    Ok(Value::bool(
        vm.get_own(o, key)
            .map(|p| p.attrs & attr::ENUMERABLE != 0)
            .unwrap_or(false),
    ))
}

/// Object.prototype.toString (§20.1.3.6).
pub fn to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if this.is_undefined() {
        return Ok(vm.str("[object Undefined]"));
    }
    if this.is_null() {
        return Ok(vm.str("[object Null]"));
    }
    let o = vm.to_object(this)?;
    let builtin = match &o.class {
        Class::Array => "Array",
        Class::Arguments => "Arguments",
        Class::Error => "Error",
        Class::Primitive(p) if p.is_bool() => "Boolean",
        Class::Primitive(p) if p.is_number() => "Number",
        Class::Primitive(p) if p.is_string() => "String",
        _ if o.is_callable() => "Function",
        _ => "Object",
    };
    let tag = vm.get(o.value(), Key::Atom(atom::SYM_TO_STRING_TAG))?;
    let t = match tag.as_str() {
        Some(s) => String::from_utf16_lossy(s),
        None => builtin.to_string(),
    };
    Ok(vm.str(&format!("[object {t}]")))
}

fn to_locale_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let f = vm.get(this, Key::Atom(atom::TO_STRING))?;
    vm.call_function(f, this, &[])
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(vm.to_object(this)?.value())
}

fn proto_get(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(vm.to_object(this)?.proto())
}

fn proto_set(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let p = arg(args, 0);
    if this.is_nullish() {
        return Err(vm.type_error("Object.prototype.__proto__ called on null or undefined"));
    }
    if let Some(o) = this.as_obj()
        && (p.is_object() || p.is_null())
        && !set_proto_checked(o, p)
    {
        return Err(vm.type_error("Cyclic __proto__ value"));
    }
    Ok(Value::UNDEFINED)
}
