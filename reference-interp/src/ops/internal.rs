//! Object internal methods (§10.1 ordinary objects, §10.4.2 Array exotic objects,
//! §10.4.3 String exotic objects). Built-in function objects and bound functions use
//! the ordinary methods for properties; their `[[Call]]`/`[[Construct]]` are in `interp`.

use crate::interp::{Interp, JsResult};
use crate::object::{Obj, ObjectKind, Property, PropertyDescriptor};
use crate::string::JsString;
use crate::value::{PropertyKey, Value};

impl<'a> Interp<'a> {
    /// `[[GetPrototypeOf]]` (§10.1.1 OrdinaryGetPrototypeOf).
    pub fn get_prototype_of(&mut self, o: &Obj<'a>) -> Option<Obj<'a>> {
        if self.threaded()
            && let Err(e) = self.check_restriction(o)
        {
            self.rt.me().pending_throw = Some(e);
        }
        o.borrow().prototype.clone()
    }

    /// `[[SetPrototypeOf]]` (§10.1.2 OrdinarySetPrototypeOf).
    pub fn set_prototype_of(&mut self, o: &Obj<'a>, v: Option<Obj<'a>>) -> bool {
        if self.threaded()
            && let Err(e) = self.check_restriction(o)
        {
            self.rt.me().pending_throw = Some(e);
            return false;
        }
        let current = o.borrow().prototype.clone();
        let same = match (&v, &current) {
            (Some(a), Some(b)) => a.ptr_eq(b),
            (None, None) => true,
            _ => false,
        };
        if same {
            return true;
        }
        if !o.borrow().extensible {
            return false;
        }
        // Step 8: refuse cycles.
        let mut p = v.clone();
        while let Some(pp) = p {
            if pp.ptr_eq(o) {
                return false;
            }
            p = pp.borrow().prototype.clone();
        }
        o.borrow_mut().prototype = v;
        true
    }

    /// `[[IsExtensible]]` (§10.1.3).
    pub fn is_extensible(&mut self, o: &Obj<'a>) -> bool {
        o.borrow().extensible
    }

    /// `[[PreventExtensions]]` (§10.1.4).
    pub fn prevent_extensions(&mut self, o: &Obj<'a>) -> bool {
        if self.threaded()
            && let Err(e) = self.check_restriction(o)
        {
            self.rt.me().pending_throw = Some(e);
            return false;
        }
        o.borrow_mut().extensible = false;
        true
    }

    /// `[[GetOwnProperty]]` (§10.1.5 OrdinaryGetOwnProperty; §10.4.3.1 for String objects).
    pub fn get_own_property(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
    ) -> Option<PropertyDescriptor<'a>> {
        if self.threaded() && !self.in_step && !matches!(o.borrow().kind, ObjectKind::String(_)) {
            // [mm.event.read]: the value comes from the write the model lets it read.
            if let Err(e) = self.check_restriction(o) {
                self.rt.me().pending_throw = Some(e);
            }
            return self
                .read_property(o, key, crate::threads::memory::ReadKind::Plain)
                .map(|p| p.to_descriptor());
        }
        self.current_own_property(o, key)
    }

    /// `[[GetOwnProperty]]` on the latest state, without a memory event: the internal
    /// lookups of a step that writes (`[[Set]]`, `[[DefineOwnProperty]]`, `[[Delete]]`).
    pub fn current_own_property(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
    ) -> Option<PropertyDescriptor<'a>> {
        let b = o.borrow();
        if let Some(p) = b.properties.get(key) {
            return Some(p.to_descriptor());
        }
        if let ObjectKind::String(s) = &b.kind {
            return string_get_own_property(s, key);
        }
        None
    }

    /// `[[DefineOwnProperty]]` (§10.1.6; §10.4.2.1 for arrays; §10.4.3.2 for strings).
    pub fn define_own_property(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        desc: PropertyDescriptor<'a>,
    ) -> JsResult<'a, bool> {
        if self.threaded() && !self.in_step && !o.borrow().creating {
            self.announce_property_write(o, key)?;
            self.in_step = true;
            let r = self.define_own_property_step(o, key, desc);
            self.in_step = false;
            return r;
        }
        self.define_own_property_step(o, key, desc)
    }

    fn define_own_property_step(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        desc: PropertyDescriptor<'a>,
    ) -> JsResult<'a, bool> {
        let kind_is_array = o.is_array_exotic();
        if kind_is_array {
            return self.array_define_own_property(o, key, desc);
        }
        let string_data = match &o.borrow().kind {
            ObjectKind::String(s) => Some(s.clone()),
            _ => None,
        };
        if let Some(s) = string_data {
            // §10.4.3.2: the string's own index properties are fixed.
            if let Some(current) = string_get_own_property(&s, key) {
                let extensible = o.borrow().extensible;
                return Ok(is_compatible_property_descriptor(
                    extensible,
                    &desc,
                    Some(&current),
                ));
            }
        }
        Ok(self.ordinary_define_own_property(o, key, desc))
    }

    /// OrdinaryDefineOwnProperty (§10.1.6.1).
    pub fn ordinary_define_own_property(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        desc: PropertyDescriptor<'a>,
    ) -> bool {
        let current = self.current_own_property(o, key);
        let extensible = o.borrow().extensible;
        let done = validate_and_apply_property_descriptor(Some(o), key, extensible, desc, current);
        if done && !o.borrow().creating {
            self.record_property_write(o, key, false);
        }
        done
    }

    /// ArraySetLength and the index rule of `[[DefineOwnProperty]]` for arrays (§10.4.2.1, §10.4.2.4).
    fn array_define_own_property(
        &mut self,
        a: &Obj<'a>,
        key: &PropertyKey,
        desc: PropertyDescriptor<'a>,
    ) -> JsResult<'a, bool> {
        if *key == PropertyKey::from("length") {
            return self.array_set_length(a, desc);
        }
        if let Some(index) = key.as_array_index() {
            let length_key = PropertyKey::from("length");
            let (length, length_writable) = match a.borrow().properties.get(&length_key) {
                Some(Property::Data {
                    value: Value::Number(n),
                    writable,
                    ..
                }) => (*n as u32, *writable),
                _ => unreachable!("array without a numeric length"),
            };
            if index >= length && !length_writable {
                return Ok(false);
            }
            if !self.ordinary_define_own_property(a, key, desc) {
                return Ok(false);
            }
            if index >= length
                && let Some(Property::Data { value, .. }) =
                    a.borrow_mut().properties.get_mut(&length_key)
            {
                *value = Value::Number(f64::from(index) + 1.0);
            }
            if index >= length && !a.borrow().creating {
                self.record_property_write(a, &length_key, false);
            }
            return Ok(true);
        }
        Ok(self.ordinary_define_own_property(a, key, desc))
    }

    /// ArraySetLength (§10.4.2.4).
    fn array_set_length(
        &mut self,
        a: &Obj<'a>,
        desc: PropertyDescriptor<'a>,
    ) -> JsResult<'a, bool> {
        let length_key = PropertyKey::from("length");
        let Some(value) = desc.value.clone() else {
            return Ok(self.ordinary_define_own_property(a, &length_key, desc));
        };
        let new_len = self.to_uint32(&value)?;
        let number_len = self.to_number(&value)?;
        if f64::from(new_len) != number_len {
            return Err(self.range_error("Invalid array length"));
        }
        let mut new_len_desc = desc;
        new_len_desc.value = Some(Value::Number(f64::from(new_len)));
        let old_len_desc = self
            .current_own_property(a, &length_key)
            .expect("arrays have length");
        let old_len = match &old_len_desc.value {
            Some(Value::Number(n)) => *n as u32,
            _ => 0,
        };
        if new_len >= old_len {
            return Ok(self.ordinary_define_own_property(a, &length_key, new_len_desc));
        }
        if old_len_desc.writable == Some(false) {
            return Ok(false);
        }
        let new_writable = new_len_desc.writable != Some(false);
        if !new_writable {
            new_len_desc.writable = Some(true);
        }
        if !self.ordinary_define_own_property(a, &length_key, new_len_desc) {
            return Ok(false);
        }
        // Delete indices >= newLen in descending order, stopping at a non-configurable one.
        let mut indices: Vec<u32> = a
            .borrow()
            .properties
            .keys()
            .filter_map(PropertyKey::as_array_index)
            .filter(|&i| i >= new_len)
            .collect();
        indices.sort_unstable_by(|x, y| y.cmp(x));
        for i in indices {
            let k = PropertyKey::from(i);
            if !self.delete(a, &k) {
                if let Some(Property::Data {
                    value, writable, ..
                }) = a.borrow_mut().properties.get_mut(&length_key)
                {
                    *value = Value::Number(f64::from(i) + 1.0);
                    if !new_writable {
                        *writable = false;
                    }
                }
                return Ok(false);
            }
            self.tick()?;
        }
        if !new_writable
            && let Some(Property::Data { writable, .. }) =
                a.borrow_mut().properties.get_mut(&length_key)
        {
            *writable = false;
        }
        Ok(true)
    }

    /// `[[HasProperty]]` (§10.1.7 OrdinaryHasProperty).
    pub fn has_property(&mut self, o: &Obj<'a>, key: &PropertyKey) -> JsResult<'a, bool> {
        if self.threaded() {
            self.check_restriction(o)?;
        }
        let mut cur = Some(o.clone());
        while let Some(obj) = cur {
            if self.get_own_property(&obj, key).is_some() {
                return Ok(true);
            }
            cur = self.get_prototype_of(&obj);
        }
        Ok(false)
    }

    /// `[[Get]]` (§10.1.8 OrdinaryGet).
    pub fn get(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        receiver: Value<'a>,
    ) -> JsResult<'a, Value<'a>> {
        if self.threaded() {
            self.check_restriction(o)?;
        }
        let mut cur = o.clone();
        loop {
            match self.get_own_property(&cur, key) {
                None => match self.get_prototype_of(&cur) {
                    None => return Ok(Value::Undefined),
                    Some(p) => cur = p,
                },
                Some(desc) => {
                    if desc.is_data() {
                        return Ok(desc.value.unwrap_or(Value::Undefined));
                    }
                    return match desc.get {
                        Some(getter @ Value::Object(_)) => self.call(&getter, receiver, &[]),
                        _ => Ok(Value::Undefined),
                    };
                }
            }
        }
    }

    /// `[[Set]]` (§10.1.9 OrdinarySet).
    pub fn set(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        v: Value<'a>,
        receiver: Value<'a>,
    ) -> JsResult<'a, bool> {
        if self.threaded() && !self.in_step {
            // [mm.event.write]: one step; its internal lookups read the latest state.
            self.check_restriction(o)?;
            self.announce_property_write(o, key)?;
            self.in_step = true;
            let own = self.current_own_property(o, key);
            let r = self.ordinary_set_with_own_descriptor(o, key, v, receiver, own);
            self.in_step = false;
            return r;
        }
        let own = self.get_own_property(o, key);
        self.ordinary_set_with_own_descriptor(o, key, v, receiver, own)
    }

    /// OrdinarySetWithOwnDescriptor (§10.1.9.2).
    fn ordinary_set_with_own_descriptor(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        v: Value<'a>,
        receiver: Value<'a>,
        own: Option<PropertyDescriptor<'a>>,
    ) -> JsResult<'a, bool> {
        let own = match own {
            Some(d) => d,
            None => match self.get_prototype_of(o) {
                Some(parent) => return self.set(&parent, key, v, receiver),
                None => PropertyDescriptor::data(Value::Undefined, true, true, true),
            },
        };
        if own.is_data() {
            if own.writable == Some(false) {
                return Ok(false);
            }
            let Value::Object(receiver) = receiver else {
                return Ok(false);
            };
            return match self.get_own_property(&receiver, key) {
                Some(existing) => {
                    if existing.is_accessor() || existing.writable == Some(false) {
                        return Ok(false);
                    }
                    self.define_own_property(
                        &receiver,
                        key,
                        PropertyDescriptor {
                            value: Some(v),
                            ..PropertyDescriptor::default()
                        },
                    )
                }
                None => self.create_data_property(&receiver, key, v),
            };
        }
        match own.set {
            Some(setter @ Value::Object(_)) => {
                let in_step = std::mem::replace(&mut self.in_step, false);
                let r = self.call(&setter, receiver, &[v]);
                self.in_step = in_step;
                r?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `[[Delete]]` (§10.1.10 OrdinaryDelete).
    pub fn delete(&mut self, o: &Obj<'a>, key: &PropertyKey) -> bool {
        if self.threaded()
            && !self.in_step
            && let Err(e) = self.announce_property_change(o, key, true)
        {
            self.rt.me().pending_throw = Some(e);
            return false;
        }
        match self.current_own_property(o, key) {
            None => true,
            Some(desc) => {
                if desc.configurable == Some(true) {
                    o.borrow_mut().properties.shift_remove(key);
                    // [mm.event.write]: a delete writes absent.
                    self.record_property_write(o, key, false);
                    true
                } else {
                    false
                }
            }
        }
    }

    /// `[[OwnPropertyKeys]]` (§10.1.11 OrdinaryOwnPropertyKeys; §10.4.3.3 for strings).
    pub fn own_property_keys(&mut self, o: &Obj<'a>) -> Vec<PropertyKey> {
        if self.threaded()
            && let Err(e) = self.announce_keys_read(o)
        {
            self.rt.me().pending_throw = Some(e);
        }
        let b = o.borrow();
        let mut indices: Vec<u32> = b
            .properties
            .keys()
            .filter_map(PropertyKey::as_array_index)
            .collect();
        if let ObjectKind::String(s) = &b.kind {
            indices.extend(0..s.len() as u32);
        }
        indices.sort_unstable();
        indices.dedup();
        let mut keys: Vec<PropertyKey> = indices.into_iter().map(PropertyKey::from).collect();
        for k in b.properties.keys() {
            if let PropertyKey::String(s) = k
                && s.as_array_index().is_none()
            {
                keys.push(k.clone());
            }
        }
        for k in b.properties.keys() {
            if let PropertyKey::Symbol(_) = k {
                keys.push(k.clone());
            }
        }
        keys
    }
}

/// StringGetOwnProperty (§10.4.3.5).
fn string_get_own_property<'a>(s: &JsString, key: &PropertyKey) -> Option<PropertyDescriptor<'a>> {
    let index = key.as_array_index()? as usize;
    if index >= s.len() {
        return None;
    }
    Some(PropertyDescriptor::data(
        Value::String(s.slice(index, index + 1)),
        false,
        true,
        false,
    ))
}

/// IsCompatiblePropertyDescriptor (§10.1.6.2).
pub fn is_compatible_property_descriptor<'a>(
    extensible: bool,
    desc: &PropertyDescriptor<'a>,
    current: Option<&PropertyDescriptor<'a>>,
) -> bool {
    validate_and_apply_property_descriptor(
        None,
        &PropertyKey::from(""),
        extensible,
        desc.clone(),
        current.cloned(),
    )
}

/// ValidateAndApplyPropertyDescriptor (§10.1.6.3).
pub fn validate_and_apply_property_descriptor<'a>(
    o: Option<&Obj<'a>>,
    key: &PropertyKey,
    extensible: bool,
    desc: PropertyDescriptor<'a>,
    current: Option<PropertyDescriptor<'a>>,
) -> bool {
    let Some(current) = current else {
        if !extensible {
            return false;
        }
        if let Some(o) = o {
            let enumerable = desc.enumerable.unwrap_or(false);
            let configurable = desc.configurable.unwrap_or(false);
            let prop = if desc.is_accessor() {
                Property::Accessor {
                    get: desc.get.and_then(|g| g.as_object().cloned()),
                    set: desc.set.and_then(|s| s.as_object().cloned()),
                    enumerable,
                    configurable,
                }
            } else {
                Property::Data {
                    value: desc.value.unwrap_or(Value::Undefined),
                    writable: desc.writable.unwrap_or(false),
                    enumerable,
                    configurable,
                }
            };
            o.borrow_mut().properties.insert(key.clone(), prop);
        }
        return true;
    };
    if current.configurable == Some(false) {
        if desc.configurable == Some(true) {
            return false;
        }
        if let Some(e) = desc.enumerable
            && Some(e) != current.enumerable
        {
            return false;
        }
        if !desc.is_generic() && desc.is_accessor() != current.is_accessor() {
            return false;
        }
        if current.is_accessor() {
            if let Some(g) = &desc.get
                && !crate::ops::compare::same_value(g, current.get.as_ref().expect("accessor"))
            {
                return false;
            }
            if let Some(s) = &desc.set
                && !crate::ops::compare::same_value(s, current.set.as_ref().expect("accessor"))
            {
                return false;
            }
        } else if current.writable == Some(false) {
            if desc.writable == Some(true) {
                return false;
            }
            if let Some(v) = &desc.value
                && !crate::ops::compare::same_value(v, current.value.as_ref().expect("data"))
            {
                return false;
            }
        }
    }
    if let Some(o) = o {
        let mut b = o.borrow_mut();
        let existing = b
            .properties
            .get_mut(key)
            .expect("validated property exists as stored property");
        let enumerable = desc.enumerable.unwrap_or(current.enumerable == Some(true));
        let configurable = desc
            .configurable
            .unwrap_or(current.configurable == Some(true));
        if current.is_data() && desc.is_accessor() {
            *existing = Property::Accessor {
                get: desc.get.and_then(|g| g.as_object().cloned()),
                set: desc.set.and_then(|s| s.as_object().cloned()),
                enumerable,
                configurable,
            };
        } else if current.is_accessor() && desc.is_data() {
            *existing = Property::Data {
                value: desc.value.unwrap_or(Value::Undefined),
                writable: desc.writable.unwrap_or(false),
                enumerable,
                configurable,
            };
        } else {
            match existing {
                Property::Data {
                    value,
                    writable,
                    enumerable: e,
                    configurable: c,
                } => {
                    if let Some(v) = desc.value {
                        *value = v;
                    }
                    if let Some(w) = desc.writable {
                        *writable = w;
                    }
                    *e = enumerable;
                    *c = configurable;
                }
                Property::Accessor {
                    get,
                    set,
                    enumerable: e,
                    configurable: c,
                } => {
                    if let Some(g) = desc.get {
                        *get = g.as_object().cloned();
                    }
                    if let Some(s) = desc.set {
                        *set = s.as_object().cloned();
                    }
                    *e = enumerable;
                    *c = configurable;
                }
            }
        }
    }
    true
}
