//! The built-in objects of the realm (§19–§25), one module per family, and the
//! helpers they share to create built-in functions (§10.3.4 CreateBuiltinFunction)
//! and to define their properties with the spec's default attributes (§18).

pub mod array;
pub mod atomics;
pub mod boolean;
pub mod error;
pub mod function;
pub mod global;
pub mod iterator;
pub mod json;
pub mod map_set;
pub mod math;
pub mod number;
pub mod object;
pub mod promise;
pub mod promise_combinators;
pub mod string;
pub mod symbol;
pub mod threads;

use crate::interp::Interp;
use crate::object::{NativeFn, NativeFunction, Obj, ObjectKind, Property};
use crate::string::JsString;
use crate::value::{PropertyKey, Value};

/// The argument at `i`, or `undefined` when fewer were passed.
pub fn arg<'a>(args: &[Value<'a>], i: usize) -> Value<'a> {
    args.get(i).cloned().unwrap_or(Value::Undefined)
}

/// The function name for a property key (§10.2.9 SetFunctionName): `[desc]` for symbols.
pub fn function_name_for_key(key: &PropertyKey) -> JsString {
    match key {
        PropertyKey::String(s) => s.clone(),
        PropertyKey::Symbol(s) => match &s.0.description {
            Some(d) => JsString::from("[").concat(d).concat(&JsString::from("]")),
            None => JsString::empty(),
        },
    }
}

impl<'a> Interp<'a> {
    /// CreateBuiltinFunction (§10.3.4) with `length` and `name` as in §10.2.9/§10.2.10.
    pub fn create_builtin_function(
        &mut self,
        name: JsString,
        length: u32,
        behaviour: NativeFn,
        constructor: bool,
    ) -> Obj<'a> {
        self.create_builtin_function_with_captures(name, length, behaviour, constructor, Vec::new())
    }

    /// CreateBuiltinFunction with captured values, readable by the behaviour through
    /// [`Interp::native_captures`].
    pub fn create_builtin_function_with_captures(
        &mut self,
        name: JsString,
        length: u32,
        behaviour: NativeFn,
        constructor: bool,
        captures: Vec<Value<'a>>,
    ) -> Obj<'a> {
        let f = Obj::new(
            Some(self.intrinsic("%Function.prototype%")),
            ObjectKind::Native(NativeFunction {
                behaviour,
                constructor,
                captures,
            }),
        );
        {
            let mut b = f.borrow_mut();
            b.properties.insert(
                PropertyKey::from("length"),
                Property::Data {
                    value: Value::from(length),
                    writable: false,
                    enumerable: false,
                    configurable: true,
                },
            );
            b.properties.insert(
                PropertyKey::from("name"),
                Property::Data {
                    value: Value::String(name),
                    writable: false,
                    enumerable: false,
                    configurable: true,
                },
            );
        }
        f
    }

    /// The captured values of the built-in function being run.
    pub fn native_captures(&self) -> Vec<Value<'a>> {
        match &self.ctx.function {
            Some(f) => match &f.borrow().kind {
                ObjectKind::Native(n) => n.captures.clone(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        }
    }

    /// Defines a built-in method: writable, non-enumerable, configurable (§18).
    pub fn define_method(
        &mut self,
        target: &Obj<'a>,
        key: impl Into<PropertyKey>,
        length: u32,
        behaviour: NativeFn,
    ) -> Obj<'a> {
        let key = key.into();
        let f = self.create_builtin_function(function_name_for_key(&key), length, behaviour, false);
        self.define_data(target, key, Value::Object(f.clone()));
        f
    }

    /// Defines a writable, non-enumerable, configurable data property.
    pub fn define_data(&mut self, target: &Obj<'a>, key: impl Into<PropertyKey>, value: Value<'a>) {
        target.borrow_mut().properties.insert(
            key.into(),
            Property::Data {
                value,
                writable: true,
                enumerable: false,
                configurable: true,
            },
        );
    }

    /// Defines a non-writable, non-enumerable, non-configurable data property.
    pub fn define_constant(
        &mut self,
        target: &Obj<'a>,
        key: impl Into<PropertyKey>,
        value: Value<'a>,
    ) {
        target.borrow_mut().properties.insert(
            key.into(),
            Property::Data {
                value,
                writable: false,
                enumerable: false,
                configurable: false,
            },
        );
    }

    /// Defines a non-writable, non-enumerable, configurable data property
    /// (e.g. `Symbol.prototype[@@toStringTag]`).
    pub fn define_readonly(
        &mut self,
        target: &Obj<'a>,
        key: impl Into<PropertyKey>,
        value: Value<'a>,
    ) {
        target.borrow_mut().properties.insert(
            key.into(),
            Property::Data {
                value,
                writable: false,
                enumerable: false,
                configurable: true,
            },
        );
    }

    /// Defines a built-in accessor property: non-enumerable, configurable; the getter is
    /// named `get <name>`, the setter `set <name>`.
    pub fn define_accessor(
        &mut self,
        target: &Obj<'a>,
        key: impl Into<PropertyKey>,
        getter: Option<NativeFn>,
        setter: Option<NativeFn>,
    ) {
        let key = key.into();
        let base = function_name_for_key(&key);
        let get = getter.map(|g| {
            self.create_builtin_function(JsString::from("get ").concat(&base), 0, g, false)
        });
        let set = setter.map(|s| {
            self.create_builtin_function(JsString::from("set ").concat(&base), 1, s, false)
        });
        target.borrow_mut().properties.insert(
            key,
            Property::Accessor {
                get,
                set,
                enumerable: false,
                configurable: true,
            },
        );
    }

    /// Creates a built-in constructor named `name` whose `prototype` is `prototype`
    /// (non-writable, non-enumerable, non-configurable) and links
    /// `prototype.constructor` back; installs it on the global object.
    pub fn define_global_constructor(
        &mut self,
        name: &str,
        length: u32,
        behaviour: NativeFn,
        prototype: &Obj<'a>,
    ) -> Obj<'a> {
        let c = self.create_builtin_function(JsString::from(name), length, behaviour, true);
        self.define_constant(&c, "prototype", Value::Object(prototype.clone()));
        self.define_data(prototype, "constructor", Value::Object(c.clone()));
        let global = self.global_object.clone();
        self.define_data(&global, name, Value::Object(c.clone()));
        c
    }

    /// Registers an intrinsic under its specification name.
    pub fn register_intrinsic(&mut self, name: &'static str, o: &Obj<'a>) {
        self.intrinsics.insert(name, o.clone());
    }

    /// A new ordinary object inheriting from `%Object.prototype%`, registered as `name`.
    pub fn new_prototype_object(&mut self, name: &'static str, kind: ObjectKind<'a>) -> Obj<'a> {
        let o = Obj::new(Some(self.intrinsic("%Object.prototype%")), kind);
        self.register_intrinsic(name, &o);
        o
    }
}
