//! The Reference Record specification type (§6.2.5) and its operations.

use boa_interner::Sym;

use crate::env::Env;
use crate::interp::{Interp, JsResult};
use crate::value::{PropertyKey, Value};

/// The `[[ReferencedName]]` of a property reference: evaluated, but not yet converted
/// with ToPropertyKey (the conversion happens in GetValue/PutValue, after the base check).
#[derive(Clone, Debug)]
pub enum RefName<'a> {
    /// Already a property key.
    Key(PropertyKey),
    /// A value to convert with ToPropertyKey.
    Value(Value<'a>),
}

/// A Reference Record.
#[derive(Clone, Debug)]
pub enum Reference<'a> {
    /// A reference to a binding; `env` is `None` when unresolvable.
    Binding {
        /// `[[Base]]`: the Environment Record, or unresolvable.
        env: Option<Env<'a>>,
        /// `[[ReferencedName]]`.
        name: Sym,
        /// `[[Strict]]`.
        strict: bool,
    },
    /// A property reference.
    Property {
        /// `[[Base]]`.
        base: Value<'a>,
        /// `[[ReferencedName]]`.
        name: RefName<'a>,
        /// `[[ThisValue]]` for super references.
        this_value: Option<Value<'a>>,
        /// `[[Strict]]`.
        strict: bool,
    },
    /// Not a Reference Record: an already-evaluated value standing where a reference may
    /// appear (an optional chain that ended in a call or short-circuited). GetValue
    /// returns it; PutValue never sees it (optional chains are not assignment targets).
    Value(Value<'a>),
}

impl<'a> Interp<'a> {
    /// ResolveBinding (§9.4.2).
    pub fn resolve_binding(&mut self, name: Sym) -> JsResult<'a, Reference<'a>> {
        let env = self.resolve_binding_env(name, None)?;
        Ok(Reference::Binding {
            env,
            name,
            strict: self.ctx.strict,
        })
    }

    fn ref_key(&mut self, name: &RefName<'a>) -> JsResult<'a, PropertyKey> {
        match name {
            RefName::Key(k) => Ok(k.clone()),
            RefName::Value(v) => self.to_property_key(v),
        }
    }

    /// GetValue (§6.2.5.5).
    pub fn get_value(&mut self, r: &Reference<'a>) -> JsResult<'a, Value<'a>> {
        match r {
            Reference::Value(v) => Ok(v.clone()),
            Reference::Binding {
                env: None, name, ..
            } => {
                let n = self.sym_to_string(*name);
                Err(self.reference_error(format!("{n} is not defined")))
            }
            Reference::Binding {
                env: Some(env),
                name,
                strict,
            } => self.env_get_binding_value(env, *name, *strict),
            Reference::Property {
                base,
                name,
                this_value,
                ..
            } => {
                let base_obj = self.to_object(base)?;
                let key = self.ref_key(name)?;
                let receiver = this_value.clone().unwrap_or_else(|| base.clone());
                self.get(&base_obj, &key, receiver)
            }
        }
    }

    /// PutValue (§6.2.5.6).
    pub fn put_value(&mut self, r: &Reference<'a>, w: Value<'a>) -> JsResult<'a, ()> {
        match r {
            Reference::Value(_) => Err(self.syntax_error("Invalid assignment target")),
            Reference::Binding {
                env: None,
                name,
                strict,
            } => {
                if *strict {
                    let n = self.sym_to_string(*name);
                    return Err(self.reference_error(format!("{n} is not defined")));
                }
                let g = self.global_object.clone();
                let key = PropertyKey::String(self.sym_to_js(*name));
                self.set(&g, &key, w, Value::Object(g.clone()))?;
                Ok(())
            }
            Reference::Binding {
                env: Some(env),
                name,
                strict,
            } => self.env_set_mutable_binding(env, *name, w, *strict),
            Reference::Property {
                base,
                name,
                this_value,
                strict,
            } => {
                let base_obj = self.to_object(base)?;
                let key = self.ref_key(name)?;
                let receiver = this_value.clone().unwrap_or_else(|| base.clone());
                let ok = self.set(&base_obj, &key, w, receiver)?;
                if !ok && *strict {
                    return Err(self.type_error(format!(
                        "Cannot assign to read only property '{}' of {}",
                        crate::ops::objects::key_display(&key),
                        self.describe(base)
                    )));
                }
                Ok(())
            }
        }
    }

    /// InitializeReferencedBinding (§6.2.5.8).
    pub fn initialize_referenced_binding(
        &mut self,
        r: &Reference<'a>,
        w: Value<'a>,
    ) -> JsResult<'a, ()> {
        match r {
            Reference::Binding {
                env: Some(env),
                name,
                ..
            } => self.env_initialize_binding(env, *name, w),
            _ => unreachable!("InitializeReferencedBinding on a non-binding reference"),
        }
    }

    /// GetThisValue (§6.2.5.7) for the `this` of a call through a reference.
    pub fn reference_this_value(&self, r: &Reference<'a>) -> Value<'a> {
        match r {
            Reference::Property {
                base, this_value, ..
            } => this_value.clone().unwrap_or_else(|| base.clone()),
            // Declarative and global records have WithBaseObject() = undefined.
            Reference::Binding { .. } | Reference::Value(_) => Value::Undefined,
        }
    }
}
