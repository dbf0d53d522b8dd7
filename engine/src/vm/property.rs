//! Property access with ECMAScript semantics: prototype chains, accessors, array
//! `length`, string exotic objects ([[Get]], [[Set]], [[HasProperty]], [[Delete]],
//! [[OwnPropertyKeys]]).

use crate::atom::{self, Atom};
use crate::object::shape::attr;
use crate::object::{Class, flag};
use crate::value::{Kind, Value};
use crate::vm::{JsResult, ObjRef, Vm};

/// A property key: an array index, or an atom that is not an index.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Key {
    Index(u32),
    Atom(Atom),
}

impl Key {
    pub fn from_atom(a: Atom) -> Key {
        match atom::index(a) {
            Some(i) => Key::Index(i),
            None => Key::Atom(a),
        }
    }
    /// The atom naming this key.
    pub fn atom(self) -> Atom {
        match self {
            Key::Index(i) => atom::from_index(i),
            Key::Atom(a) => a,
        }
    }
    pub fn is_symbol(self) -> bool {
        matches!(self, Key::Atom(a) if atom::is_symbol(a))
    }
}

/// An own property as found: a value or an accessor pair, with attributes.
#[derive(Clone, Copy, Debug)]
pub struct Own {
    pub value: Value,
    pub attrs: u8,
}

impl Own {
    pub fn is_accessor(&self) -> bool {
        self.attrs & attr::ACCESSOR != 0
    }
}

/// Flag: some array index of this object is stored as a named property.
pub const SPARSE: u32 = 256;

fn element_attrs(o: &ObjRef) -> u8 {
    if o.has_flag(flag::ELEMENTS_FROZEN) {
        attr::ENUMERABLE
    } else if o.has_flag(flag::ELEMENTS_SEALED) {
        attr::ENUMERABLE | attr::WRITABLE
    } else {
        attr::DEFAULT
    }
}

impl Vm {
    /// [[GetOwnProperty]].
    pub fn get_own(&mut self, o: ObjRef, key: Key) -> Option<Own> {
        match key {
            Key::Index(i) => {
                if o.elements.is_some() {
                    let v = o.element(i);
                    if !v.is_hole() {
                        return Some(Own {
                            value: v,
                            attrs: element_attrs(&o),
                        });
                    }
                    if !o.has_flag(SPARSE) {
                        return None;
                    }
                }
                if let Class::Primitive(s) = &o.class
                    && let Some(u) = s.as_str()
                    && (i as usize) < u.len()
                {
                    let c = self.unit_string(u[i as usize]);
                    return Some(Own {
                        value: c,
                        attrs: attr::ENUMERABLE,
                    });
                }
                // Most objects have no index-named property: skip interning the index.
                if !o.shape().has_index_keys() {
                    return None;
                }
                let (v, a) = o.get_own_named(atom::from_index(i))?;
                Some(Own { value: v, attrs: a })
            }
            Key::Atom(a) => {
                if a == atom::LENGTH {
                    if o.is_array() {
                        let w = if o.has_flag(flag::LENGTH_READONLY) {
                            0
                        } else {
                            attr::WRITABLE
                        };
                        return Some(Own {
                            value: Value::number(f64::from(o.array_len())),
                            attrs: w,
                        });
                    }
                    if let Class::Primitive(s) = &o.class
                        && let Some(u) = s.as_str()
                    {
                        return Some(Own {
                            value: Value::number(u.len() as f64),
                            attrs: 0,
                        });
                    }
                }
                let (v, at) = o.get_own_named(a)?;
                Some(Own {
                    value: v,
                    attrs: at,
                })
            }
        }
    }

    /// [[Get]] on any value (primitives use their prototype).
    pub fn get(&mut self, v: Value, key: Key) -> JsResult<Value> {
        let start = match v.kind() {
            Kind::Object => v.as_obj(),
            Kind::String => {
                let u = v.as_str().unwrap_or(&[]);
                match key {
                    Key::Atom(atom::LENGTH) => return Ok(Value::number(u.len() as f64)),
                    Key::Index(i) if (i as usize) < u.len() => {
                        let c = u[i as usize];
                        return Ok(self.unit_string(c));
                    }
                    _ => self.realm().string_proto.as_obj(),
                }
            }
            Kind::Number => self.realm().number_proto.as_obj(),
            Kind::Boolean => self.realm().boolean_proto.as_obj(),
            Kind::Symbol => self.realm().symbol_proto.as_obj(),
            Kind::Undefined | Kind::Null | Kind::Internal => {
                let k = self.key_display(key);
                return Err(self.type_error(format!(
                    "Cannot read properties of {} (reading '{}')",
                    if v.is_null() { "null" } else { "undefined" },
                    k
                )));
            }
        };
        let Some(o) = start else {
            return Ok(Value::UNDEFINED);
        };
        self.get_from(o, key, v)
    }

    /// OrdinaryGet starting at `o` with `receiver`.
    pub fn get_from(&mut self, mut o: ObjRef, key: Key, receiver: Value) -> JsResult<Value> {
        loop {
            self.check_access(o)?;
            if let Some(p) = self.get_own(o, key) {
                if p.is_accessor() {
                    let getter = accessor_parts(p.value).0;
                    if getter.is_undefined() {
                        return Ok(Value::UNDEFINED);
                    }
                    return self.call_function(getter, receiver, &[]);
                }
                return Ok(p.value);
            }
            match o.proto().as_obj() {
                Some(n) => o = n,
                None => return Ok(Value::UNDEFINED),
            }
        }
    }

    /// A key for messages.
    pub fn key_display(&self, key: Key) -> String {
        match key {
            Key::Index(i) => i.to_string(),
            Key::Atom(a) => atom::display(a),
        }
    }

    /// [[HasProperty]].
    pub fn has_property(&mut self, mut o: ObjRef, key: Key) -> JsResult<bool> {
        loop {
            self.check_access(o)?;
            if self.get_own(o, key).is_some() {
                return Ok(true);
            }
            match o.proto().as_obj() {
                Some(n) => o = n,
                None => return Ok(false),
            }
        }
    }

    /// PutValue for a property reference: `base[key] = v`.
    pub fn put(&mut self, base: Value, key: Key, v: Value, strict: bool) -> JsResult<()> {
        match base.as_obj() {
            Some(o) => {
                let ok = self.set(o, key, v, base)?;
                if !ok && strict {
                    let k = self.key_display(key);
                    return Err(self.type_error(format!(
                        "Cannot assign to read only property '{k}' of object"
                    )));
                }
                Ok(())
            }
            None => {
                if base.is_nullish() {
                    let k = self.key_display(key);
                    return Err(self.type_error(format!(
                        "Cannot set properties of {} (setting '{}')",
                        if base.is_null() { "null" } else { "undefined" },
                        k
                    )));
                }
                // Primitives: a setter on the prototype chain may run; otherwise the
                // write fails (TypeError in strict code).
                let proto = self.to_object(base)?.proto();
                if let Some(p) = proto.as_obj() {
                    let found = self.find_setter(p, key);
                    if let Some(s) = found {
                        self.call_function(s, base, &[v])?;
                        return Ok(());
                    }
                }
                if strict {
                    let k = self.key_display(key);
                    return Err(
                        self.type_error(format!("Cannot create property '{k}' on primitive value"))
                    );
                }
                Ok(())
            }
        }
    }

    fn find_setter(&mut self, mut o: ObjRef, key: Key) -> Option<Value> {
        loop {
            if let Some(p) = self.get_own(o, key) {
                if p.is_accessor() {
                    let s = accessor_parts(p.value).1;
                    return (!s.is_undefined()).then_some(s);
                }
                return None;
            }
            o = o.proto().as_obj()?;
        }
    }

    /// OrdinarySet (§10.1.9.2). Returns false when the assignment fails.
    pub fn set(&mut self, o: ObjRef, key: Key, v: Value, receiver: Value) -> JsResult<bool> {
        self.check_access(o)?;
        // Fast path: an own writable data property of the receiver itself.
        if receiver == o.value() {
            match key {
                Key::Index(i) if o.is_array() && !o.element(i).is_hole() && o.set_element(i, v) => {
                    return Ok(true);
                }
                Key::Atom(a)
                    if (a != atom::LENGTH || !o.is_array()) && o.set_existing_named(a, v) =>
                {
                    return Ok(true);
                }
                _ => {}
            }
        }
        // Walk the chain for the first property with this key.
        let mut cur = Some(o);
        while let Some(c) = cur {
            if c != o {
                self.check_access(c)?;
            }
            if let Some(p) = self.get_own(c, key) {
                if p.is_accessor() {
                    let setter = accessor_parts(p.value).1;
                    if setter.is_undefined() {
                        return Ok(false);
                    }
                    self.call_function(setter, receiver, &[v])?;
                    return Ok(true);
                }
                if p.attrs & attr::WRITABLE == 0 {
                    return Ok(false);
                }
                break;
            }
            cur = c.proto().as_obj();
        }
        // Define or update on the receiver.
        let Some(r) = receiver.as_obj() else {
            return Ok(false);
        };
        if let Some(existing) = self.get_own(r, key) {
            if existing.is_accessor() || existing.attrs & attr::WRITABLE == 0 {
                return Ok(false);
            }
            return self.write_own(r, key, v);
        }
        if !r.is_extensible() {
            return Ok(false);
        }
        self.add_own(r, key, v, attr::DEFAULT)
    }

    /// Writes an existing own data property.
    fn write_own(&mut self, o: ObjRef, key: Key, v: Value) -> JsResult<bool> {
        match key {
            Key::Index(i) => {
                if o.elements.is_some() && !o.element(i).is_hole() && o.set_element(i, v) {
                    return Ok(true);
                }
                Ok(o.set_existing_named(atom::from_index(i), v))
            }
            Key::Atom(atom::LENGTH) if o.is_array() => self.set_array_length(o, v),
            Key::Atom(a) => Ok(o.set_existing_named(a, v)),
        }
    }

    /// Adds a new own property (the caller checked it is absent and the object is
    /// extensible).
    pub fn add_own(&mut self, o: ObjRef, key: Key, v: Value, attrs: u8) -> JsResult<bool> {
        match key {
            Key::Index(i) => {
                if o.elements.is_some() && attrs == attr::DEFAULT && o.set_element(i, v) {
                    return Ok(true);
                }
                if o.is_array() {
                    if o.has_flag(flag::LENGTH_READONLY) && i >= o.array_len() {
                        return Ok(false);
                    }
                    o.set_flag(SPARSE, true);
                    let ok = o.define_named(&self.rt.heap, atom::from_index(i), v, attrs);
                    if ok && i >= o.array_len() {
                        o.set_array_len_raw(i + 1);
                    }
                    return Ok(ok);
                }
                if o.elements.is_some() {
                    o.set_flag(SPARSE, true);
                }
                Ok(o.define_named(&self.rt.heap, atom::from_index(i), v, attrs))
            }
            Key::Atom(a) => Ok(o.define_named(&self.rt.heap, a, v, attrs)),
        }
    }

    /// ArraySetLength for a plain `length` write.
    pub fn set_array_length(&mut self, o: ObjRef, v: Value) -> JsResult<bool> {
        let n = self.to_number(v)?;
        let len = crate::vm::ops::f64_to_uint32(n);
        if f64::from(len) != n {
            return Err(self.range_error("Invalid array length"));
        }
        if o.has_flag(flag::LENGTH_READONLY) {
            return Ok(f64::from(o.array_len()) == n);
        }
        let old = o.array_len();
        if len < old {
            if o.has_flag(SPARSE) {
                // Named index properties at or beyond the new length go away
                // (non-configurable ones stop the truncation).
                let keys = o.own_keys();
                let mut idx: Vec<u32> = keys
                    .iter()
                    .filter_map(|k| atom::index(*k))
                    .filter(|i| *i >= len)
                    .collect();
                idx.sort_unstable_by(|a, b| b.cmp(a));
                for i in idx {
                    if let Some(p) = o.find(atom::from_index(i)) {
                        if p.attrs & attr::CONFIGURABLE == 0 {
                            o.truncate_elements(i + 1);
                            return Ok(false);
                        }
                        o.delete_named(&self.rt.heap, atom::from_index(i));
                    }
                }
            }
            if o.has_flag(flag::ELEMENTS_SEALED | flag::ELEMENTS_FROZEN) {
                return Ok(false);
            }
            o.truncate_elements(len);
        } else {
            o.set_array_len_raw(len);
        }
        Ok(true)
    }

    /// Defines (or redefines) an own data property: CreateDataProperty with attrs.
    pub fn define_value(&mut self, o: ObjRef, key: Key, v: Value, attrs: u8) -> JsResult<bool> {
        if o.is_array() && key == Key::Atom(atom::LENGTH) {
            return self.set_array_length(o, v);
        }
        if let Some(existing) = self.get_own(o, key) {
            if existing.attrs & attr::CONFIGURABLE == 0 {
                if existing.is_accessor() || existing.attrs & attr::WRITABLE == 0 {
                    return Ok(strict_same(existing.value, v) && existing.attrs == attrs);
                }
                if attrs & attr::CONFIGURABLE != 0
                    || (attrs & attr::ENUMERABLE) != (existing.attrs & attr::ENUMERABLE)
                {
                    return Ok(false);
                }
            }
            if let Key::Index(i) = key
                && o.elements.is_some()
                && !o.element(i).is_hole()
            {
                if attrs == element_attrs(&o) {
                    return Ok(o.set_element(i, v));
                }
                // Moving an element to named storage with special attributes.
                o.delete_element(i);
                o.set_flag(SPARSE, true);
                return Ok(o.define_named(&self.rt.heap, key.atom(), v, attrs));
            }
            return Ok(o.define_named(&self.rt.heap, key.atom(), v, attrs));
        }
        if !o.is_extensible() {
            return Ok(false);
        }
        self.add_own(o, key, v, attrs)
    }

    /// Defines an accessor property (getter and/or setter; undefined keeps none).
    pub fn define_accessor(
        &mut self,
        o: ObjRef,
        key: Key,
        getter: Option<Value>,
        setter: Option<Value>,
        attrs: u8,
    ) -> JsResult<bool> {
        let (mut g, mut s) = (Value::UNDEFINED, Value::UNDEFINED);
        if let Some(existing) = self.get_own(o, key) {
            if existing.attrs & attr::CONFIGURABLE == 0 {
                return Ok(false);
            }
            if existing.is_accessor() {
                let (eg, es) = accessor_parts(existing.value);
                g = eg;
                s = es;
            }
            if let Key::Index(i) = key {
                o.delete_element(i);
                o.set_flag(SPARSE, true);
            }
        } else if !o.is_extensible() {
            return Ok(false);
        } else if let Key::Index(_) = key {
            o.set_flag(SPARSE, true);
            if o.is_array()
                && let Key::Index(i) = key
                && i >= o.array_len()
            {
                o.set_array_len_raw(i + 1);
            }
        }
        if let Some(x) = getter {
            g = x;
        }
        if let Some(x) = setter {
            s = x;
        }
        let pair = self
            .new_object_with(Value::NULL, Class::accessor(g, s))
            .value();
        Ok(o.define_named(&self.rt.heap, key.atom(), pair, attrs | attr::ACCESSOR))
    }

    /// [[Delete]]: false when the property is non-configurable.
    pub fn delete(&mut self, o: ObjRef, key: Key) -> JsResult<bool> {
        self.check_access(o)?;
        let Some(p) = self.get_own(o, key) else {
            return Ok(true);
        };
        if p.attrs & attr::CONFIGURABLE == 0 {
            return Ok(false);
        }
        match key {
            Key::Index(i) if o.elements.is_some() && !o.element(i).is_hole() => {
                o.delete_element(i);
            }
            _ => o.delete_named(&self.rt.heap, key.atom()),
        }
        Ok(true)
    }

    /// [[OwnPropertyKeys]] in ECMAScript order.
    pub fn own_keys(&mut self, o: ObjRef) -> Vec<Key> {
        let mut keys: Vec<Key> = Vec::new();
        if let Class::Primitive(s) = &o.class
            && let Some(u) = s.as_str()
        {
            keys.extend((0..u.len() as u32).map(Key::Index));
        }
        for a in o.own_keys() {
            keys.push(Key::from_atom(a));
        }
        if let Class::Primitive(s) = &o.class
            && s.is_string()
        {
            // Indices first (string's, then others), then "length", then the rest.
            let (idx, rest): (Vec<Key>, Vec<Key>) =
                keys.into_iter().partition(|k| matches!(k, Key::Index(_)));
            let mut out = idx;
            out.push(Key::Atom(atom::LENGTH));
            out.extend(rest);
            return out;
        }
        if o.is_array() {
            let (idx, rest): (Vec<Key>, Vec<Key>) =
                keys.into_iter().partition(|k| matches!(k, Key::Index(_)));
            let mut out = idx;
            out.push(Key::Atom(atom::LENGTH));
            out.extend(rest);
            return out;
        }
        keys
    }

    /// Throws ConcurrentAccessError when `o` is restricted to another thread.
    #[inline]
    pub fn check_access(&mut self, o: ObjRef) -> JsResult<()> {
        let owner = o.owner.load(crate::sync::atomic::Ordering::Acquire);
        if owner != 0 && owner != self.thread_id + 1 {
            let p = self.realm().concurrent_error_proto;
            let e = self.make_error(p, &format!("object is restricted to thread {}", owner - 1));
            return Err(e);
        }
        Ok(())
    }
}

fn strict_same(a: Value, b: Value) -> bool {
    crate::vm::ops::same_value(a, b)
}

/// The (getter, setter) of an accessor-pair value.
pub fn accessor_parts(pair: Value) -> (Value, Value) {
    match pair.as_obj() {
        Some(o) => match &o.class {
            Class::Accessor { get, set } => (
                Value::from_bits(get.load(crate::sync::atomic::Ordering::Acquire)),
                Value::from_bits(set.load(crate::sync::atomic::Ordering::Acquire)),
            ),
            _ => (Value::UNDEFINED, Value::UNDEFINED),
        },
        None => (Value::UNDEFINED, Value::UNDEFINED),
    }
}
