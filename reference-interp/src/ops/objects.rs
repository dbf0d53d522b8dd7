//! Operations on objects (§7.3).

use crate::interp::{Interp, JsResult};
use crate::object::{Obj, ObjectKind, Property, PropertyDescriptor};
use crate::ops::compare::same_value;
use crate::value::{PropertyKey, Value};

/// Integrity levels of SetIntegrityLevel/TestIntegrityLevel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntegrityLevel {
    /// `Object.seal`.
    Sealed,
    /// `Object.freeze`.
    Frozen,
}

/// Which of keys/values/entries EnumerableOwnProperties returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnumerableKind {
    /// Keys.
    Key,
    /// Values.
    Value,
    /// `[key, value]` arrays.
    KeyValue,
}

impl<'a> Interp<'a> {
    /// GetV (§7.3.3): property lookup on any value (primitives use their prototype).
    pub fn get_v(&mut self, v: &Value<'a>, key: &PropertyKey) -> JsResult<'a, Value<'a>> {
        let o = self.to_object(v)?;
        self.get(&o, key, v.clone())
    }

    /// Get (§7.3.2).
    pub fn get_prop(
        &mut self,
        o: &Obj<'a>,
        key: impl Into<PropertyKey>,
    ) -> JsResult<'a, Value<'a>> {
        self.get(o, &key.into(), Value::Object(o.clone()))
    }

    /// Set (§7.3.4) with Throw = true.
    pub fn set_prop(
        &mut self,
        o: &Obj<'a>,
        key: impl Into<PropertyKey>,
        v: Value<'a>,
    ) -> JsResult<'a, ()> {
        let key = key.into();
        if !self.set(o, &key, v, Value::Object(o.clone()))? {
            return Err(self.type_error(format!(
                "Cannot assign to read only property '{}'",
                key_display(&key)
            )));
        }
        Ok(())
    }

    /// CreateDataProperty (§7.3.5).
    pub fn create_data_property(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        v: Value<'a>,
    ) -> JsResult<'a, bool> {
        self.define_own_property(o, key, PropertyDescriptor::data(v, true, true, true))
    }

    /// CreateDataPropertyOrThrow (§7.3.7).
    pub fn create_data_property_or_throw(
        &mut self,
        o: &Obj<'a>,
        key: impl Into<PropertyKey>,
        v: Value<'a>,
    ) -> JsResult<'a, ()> {
        let key = key.into();
        if !self.create_data_property(o, &key, v)? {
            return Err(self.type_error(format!("Cannot define property '{}'", key_display(&key))));
        }
        Ok(())
    }

    /// DefinePropertyOrThrow (§7.3.8).
    pub fn define_property_or_throw(
        &mut self,
        o: &Obj<'a>,
        key: &PropertyKey,
        desc: PropertyDescriptor<'a>,
    ) -> JsResult<'a, ()> {
        if !self.define_own_property(o, key, desc)? {
            return Err(self.type_error(format!("Cannot redefine property: {}", key_display(key))));
        }
        Ok(())
    }

    /// DeletePropertyOrThrow (§7.3.9).
    pub fn delete_property_or_throw(&mut self, o: &Obj<'a>, key: &PropertyKey) -> JsResult<'a, ()> {
        if !self.delete(o, key) {
            return Err(self.type_error(format!("Cannot delete property '{}'", key_display(key))));
        }
        Ok(())
    }

    /// GetMethod (§7.3.10): `None` for undefined/null.
    pub fn get_method(
        &mut self,
        v: &Value<'a>,
        key: &PropertyKey,
    ) -> JsResult<'a, Option<Value<'a>>> {
        let f = self.get_v(v, key)?;
        if f.is_nullish() {
            return Ok(None);
        }
        if !self.is_callable(&f) {
            return Err(self.type_error(format!("{} is not a function", key_display(key))));
        }
        Ok(Some(f))
    }

    /// HasOwnProperty (§7.3.12).
    pub fn has_own_property(&mut self, o: &Obj<'a>, key: &PropertyKey) -> bool {
        self.get_own_property(o, key).is_some()
    }

    /// Invoke (§7.3.21).
    pub fn invoke(
        &mut self,
        v: &Value<'a>,
        key: &PropertyKey,
        args: &[Value<'a>],
    ) -> JsResult<'a, Value<'a>> {
        let f = self.get_v(v, key)?;
        self.call(&f, v.clone(), args)
    }

    /// SetIntegrityLevel (§7.3.16).
    pub fn set_integrity_level(
        &mut self,
        o: &Obj<'a>,
        level: IntegrityLevel,
    ) -> JsResult<'a, bool> {
        if !self.prevent_extensions(o) {
            return Ok(false);
        }
        let keys = self.own_property_keys(o);
        for k in keys {
            let desc = match level {
                IntegrityLevel::Sealed => PropertyDescriptor {
                    configurable: Some(false),
                    ..PropertyDescriptor::default()
                },
                IntegrityLevel::Frozen => match self.get_own_property(o, &k) {
                    None => continue,
                    Some(current) if current.is_accessor() => PropertyDescriptor {
                        configurable: Some(false),
                        ..PropertyDescriptor::default()
                    },
                    Some(_) => PropertyDescriptor {
                        configurable: Some(false),
                        writable: Some(false),
                        ..PropertyDescriptor::default()
                    },
                },
            };
            self.define_property_or_throw(o, &k, desc)?;
        }
        Ok(true)
    }

    /// TestIntegrityLevel (§7.3.17).
    pub fn test_integrity_level(&mut self, o: &Obj<'a>, level: IntegrityLevel) -> bool {
        if self.is_extensible(o) {
            return false;
        }
        for k in self.own_property_keys(o) {
            if let Some(d) = self.get_own_property(o, &k) {
                if d.configurable == Some(true) {
                    return false;
                }
                if level == IntegrityLevel::Frozen && d.is_data() && d.writable == Some(true) {
                    return false;
                }
            }
        }
        true
    }

    /// ArrayCreate (§10.4.2.2).
    pub fn array_create(&mut self, length: usize, proto: Option<Obj<'a>>) -> JsResult<'a, Obj<'a>> {
        if length > u32::MAX as usize {
            return Err(self.range_error("Invalid array length"));
        }
        let proto = proto.unwrap_or_else(|| self.intrinsic("%Array.prototype%"));
        let a = Obj::new(Some(proto), ObjectKind::Array);
        a.borrow_mut().properties.insert(
            PropertyKey::from("length"),
            Property::Data {
                value: Value::from(length),
                writable: true,
                enumerable: false,
                configurable: false,
            },
        );
        Ok(a)
    }

    /// CreateArrayFromList (§7.3.18).
    pub fn create_array_from_list(&mut self, elements: &[Value<'a>]) -> Obj<'a> {
        let a = self
            .array_create(0, None)
            .expect("an empty array can always be created");
        for (i, e) in elements.iter().enumerate() {
            a.borrow_mut()
                .properties
                .insert(PropertyKey::from(i), Property::data(e.clone()));
        }
        if let Some(Property::Data { value, .. }) = a
            .borrow_mut()
            .properties
            .get_mut(&PropertyKey::from("length"))
        {
            *value = Value::from(elements.len());
        }
        a
    }

    /// LengthOfArrayLike (§7.3.19).
    pub fn length_of_array_like(&mut self, o: &Obj<'a>) -> JsResult<'a, f64> {
        let len = self.get_prop(o, "length")?;
        self.to_length(&len)
    }

    /// CreateListFromArrayLike (§7.3.20).
    pub fn create_list_from_array_like(&mut self, v: &Value<'a>) -> JsResult<'a, Vec<Value<'a>>> {
        let Value::Object(o) = v else {
            return Err(self.type_error("CreateListFromArrayLike called on non-object"));
        };
        let len = self.length_of_array_like(o)?;
        if len > 100_000_000.0 {
            return Err(self.range_error("Too many arguments"));
        }
        let mut list = Vec::new();
        for i in 0..len as usize {
            self.tick()?;
            list.push(self.get_prop(o, i)?);
        }
        Ok(list)
    }

    /// OrdinaryHasInstance (§7.3.22).
    pub fn ordinary_has_instance(&mut self, c: &Value<'a>, o: &Value<'a>) -> JsResult<'a, bool> {
        if !self.is_callable(c) {
            return Ok(false);
        }
        let Value::Object(cobj) = c else {
            return Ok(false);
        };
        let bound_target = match &cobj.borrow().kind {
            ObjectKind::Bound(b) => Some(b.target.clone()),
            _ => None,
        };
        if let Some(bc) = bound_target {
            return self.instance_of(o, &Value::Object(bc));
        }
        let Value::Object(obj) = o else {
            return Ok(false);
        };
        let p = self.get_prop(cobj, "prototype")?;
        let Value::Object(p) = p else {
            return Err(self.type_error("Function has non-object prototype in instanceof check"));
        };
        let mut cur = self.get_prototype_of(obj);
        while let Some(c) = cur {
            if c.ptr_eq(&p) {
                return Ok(true);
            }
            cur = self.get_prototype_of(&c);
        }
        Ok(false)
    }

    /// InstanceofOperator (§13.10.2).
    pub fn instance_of(&mut self, v: &Value<'a>, target: &Value<'a>) -> JsResult<'a, bool> {
        if !matches!(target, Value::Object(_)) {
            return Err(self.type_error("Right-hand side of 'instanceof' is not an object"));
        }
        let key = PropertyKey::Symbol(self.well_known.has_instance.clone());
        if let Some(h) = self.get_method(target, &key)? {
            let r = self.call(&h, target.clone(), std::slice::from_ref(v))?;
            return Ok(self.to_boolean(&r));
        }
        if !self.is_callable(target) {
            return Err(self.type_error("Right-hand side of 'instanceof' is not callable"));
        }
        self.ordinary_has_instance(target, v)
    }

    /// EnumerableOwnProperties (§7.3.23).
    pub fn enumerable_own_properties(
        &mut self,
        o: &Obj<'a>,
        kind: EnumerableKind,
    ) -> JsResult<'a, Vec<Value<'a>>> {
        let keys = self.own_property_keys(o);
        let mut out = Vec::new();
        for k in keys {
            let PropertyKey::String(s) = &k else { continue };
            let Some(desc) = self.get_own_property(o, &k) else {
                continue;
            };
            if desc.enumerable != Some(true) {
                continue;
            }
            match kind {
                EnumerableKind::Key => out.push(Value::String(s.clone())),
                EnumerableKind::Value => out.push(self.get_prop(o, k.clone())?),
                EnumerableKind::KeyValue => {
                    let v = self.get_prop(o, k.clone())?;
                    let entry = self.create_array_from_list(&[Value::String(s.clone()), v]);
                    out.push(Value::Object(entry));
                }
            }
        }
        Ok(out)
    }

    /// CopyDataProperties (§7.3.25).
    pub fn copy_data_properties(
        &mut self,
        target: &Obj<'a>,
        source: &Value<'a>,
        excluded: &[PropertyKey],
    ) -> JsResult<'a, ()> {
        if source.is_nullish() {
            return Ok(());
        }
        let from = self.to_object(source)?;
        for k in self.own_property_keys(&from) {
            if excluded.contains(&k) {
                continue;
            }
            if let Some(d) = self.get_own_property(&from, &k)
                && d.enumerable == Some(true)
            {
                let v = self.get_prop(&from, k.clone())?;
                self.create_data_property_or_throw(target, k, v)?;
            }
        }
        Ok(())
    }

    /// OrdinaryObjectCreate (§10.1.12) with `%Object.prototype%` when `proto` is `None`.
    pub fn ordinary_object(&mut self) -> Obj<'a> {
        Obj::new(
            Some(self.intrinsic("%Object.prototype%")),
            ObjectKind::Ordinary,
        )
    }

    /// GetPrototypeFromConstructor (§10.1.14).
    pub fn get_prototype_from_constructor(
        &mut self,
        constructor: &Obj<'a>,
        default: &str,
    ) -> JsResult<'a, Obj<'a>> {
        let proto = self.get_prop(constructor, "prototype")?;
        match proto {
            Value::Object(p) => Ok(p),
            _ => Ok(self.intrinsic(default)),
        }
    }

    /// FromPropertyDescriptor (§6.2.6.4).
    pub fn from_property_descriptor(&mut self, desc: &PropertyDescriptor<'a>) -> Obj<'a> {
        let o = self.ordinary_object();
        let put = |k: &str, v: Value<'a>| {
            o.borrow_mut()
                .properties
                .insert(PropertyKey::from(k), Property::data(v));
        };
        if let Some(v) = &desc.value {
            put("value", v.clone());
        }
        if let Some(w) = desc.writable {
            put("writable", Value::Bool(w));
        }
        if let Some(g) = &desc.get {
            put("get", g.clone());
        }
        if let Some(s) = &desc.set {
            put("set", s.clone());
        }
        if let Some(e) = desc.enumerable {
            put("enumerable", Value::Bool(e));
        }
        if let Some(c) = desc.configurable {
            put("configurable", Value::Bool(c));
        }
        o
    }

    /// ToPropertyDescriptor (§6.2.6.5).
    pub fn to_property_descriptor(
        &mut self,
        v: &Value<'a>,
    ) -> JsResult<'a, PropertyDescriptor<'a>> {
        let Value::Object(o) = v else {
            return Err(self.type_error("Property description must be an object"));
        };
        let mut desc = PropertyDescriptor::default();
        let field = |this: &mut Self, name: &str| -> JsResult<'a, Option<Value<'a>>> {
            let k = PropertyKey::from(name);
            if this.has_property(o, &k)? {
                Ok(Some(this.get_prop(o, k)?))
            } else {
                Ok(None)
            }
        };
        if let Some(v) = field(self, "enumerable")? {
            desc.enumerable = Some(self.to_boolean(&v));
        }
        if let Some(v) = field(self, "configurable")? {
            desc.configurable = Some(self.to_boolean(&v));
        }
        if let Some(v) = field(self, "value")? {
            desc.value = Some(v);
        }
        if let Some(v) = field(self, "writable")? {
            desc.writable = Some(self.to_boolean(&v));
        }
        if let Some(v) = field(self, "get")? {
            if !v.is_undefined() && !self.is_callable(&v) {
                return Err(self.type_error("Getter must be a function"));
            }
            desc.get = Some(v);
        }
        if let Some(v) = field(self, "set")? {
            if !v.is_undefined() && !self.is_callable(&v) {
                return Err(self.type_error("Setter must be a function"));
            }
            desc.set = Some(v);
        }
        if desc.is_accessor() && desc.is_data() {
            return Err(self.type_error(
                "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute",
            ));
        }
        Ok(desc)
    }

    /// SameValue as a method, for symmetry with the other comparisons.
    pub fn same_value(&self, x: &Value<'a>, y: &Value<'a>) -> bool {
        same_value(x, y)
    }
}

/// A property key for messages.
pub fn key_display(key: &PropertyKey) -> String {
    match key {
        PropertyKey::String(s) => s.to_rust_string(),
        PropertyKey::Symbol(s) => s.descriptive_string().to_rust_string(),
    }
}
