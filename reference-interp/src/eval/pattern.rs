//! BindingInitialization (§8.6.2), IteratorBindingInitialization (§8.6.3) and
//! DestructuringAssignmentEvaluation (§13.15.5). One walker serves both: `env` is the
//! environment to initialize, or `None` for "PutValue through ResolveBinding" (var
//! declarations, duplicate parameters and assignment patterns).

use boa_ast::declaration::Binding;
use boa_ast::expression::Identifier;
use boa_ast::function::FormalParameterList;
use boa_ast::pattern::{
    ArrayPattern, ArrayPatternElement, ObjectPattern, ObjectPatternElement, Pattern,
};
use boa_ast::property::PropertyName;

use crate::env::Env;
use crate::interp::{Abrupt, Interp, JsResult};
use crate::ops::iterator::IteratorRecord;
use crate::value::{PropertyKey, Value};

impl<'a> Interp<'a> {
    /// Binds `value` to the identifier `id` (the identifier case of BindingInitialization).
    pub fn bind_identifier(
        &mut self,
        id: Identifier,
        value: Value<'a>,
        env: &Option<Env<'a>>,
    ) -> JsResult<'a, ()> {
        match env {
            Some(e) => self.env_initialize_binding(e, id.sym(), value),
            None => {
                let r = self.resolve_binding(id.sym())?;
                self.put_value(&r, value)
            }
        }
    }

    /// BindingInitialization of a `Binding` (identifier or pattern).
    pub fn binding_initialization(
        &mut self,
        b: &'a Binding,
        value: Value<'a>,
        env: &Option<Env<'a>>,
    ) -> JsResult<'a, ()> {
        match b {
            Binding::Identifier(id) => self.bind_identifier(*id, value, env),
            Binding::Pattern(p) => self.pattern_initialization(p, value, env),
        }
    }

    /// BindingInitialization / DestructuringAssignmentEvaluation of a pattern.
    pub fn pattern_initialization(
        &mut self,
        p: &'a Pattern,
        value: Value<'a>,
        env: &Option<Env<'a>>,
    ) -> JsResult<'a, ()> {
        match p {
            Pattern::Object(o) => {
                self.require_object_coercible(&value)?;
                self.object_pattern_initialization(o, value, env)
            }
            Pattern::Array(a) => {
                let mut rec = self.get_iterator(&value)?;
                let result = self.array_pattern_initialization(a, &mut rec, env);
                match result {
                    Ok(()) => {
                        if !rec.done {
                            self.iterator_close_normal(&rec)?;
                        }
                        Ok(())
                    }
                    Err(e) => {
                        if rec.done {
                            Err(e)
                        } else {
                            Err(self.iterator_close_throw(&rec, e))
                        }
                    }
                }
            }
        }
    }

    /// Evaluates a PropertyName to a key (§13.2.5.4 Evaluation of PropertyName).
    pub fn evaluate_property_name(&mut self, name: &'a PropertyName) -> JsResult<'a, PropertyKey> {
        match name {
            PropertyName::Literal(id) => Ok(PropertyKey::String(self.sym_to_js(id.sym()))),
            PropertyName::Computed(e) => {
                let v = self.evaluate_expression(e)?;
                self.to_property_key(&v)
            }
        }
    }

    fn apply_default(
        &mut self,
        v: Value<'a>,
        default: Option<&'a boa_ast::Expression>,
        name_for_anonymous: Option<Identifier>,
    ) -> JsResult<'a, Value<'a>> {
        match (v, default) {
            (Value::Undefined, Some(d)) => match name_for_anonymous {
                Some(id) => {
                    let key = PropertyKey::String(self.sym_to_js(id.sym()));
                    self.evaluate_named(d, key)
                }
                None => self.evaluate_expression(d),
            },
            (v, _) => Ok(v),
        }
    }

    /// PropertyBindingInitialization / RestBindingInitialization (§14.3.3.1–2).
    fn object_pattern_initialization(
        &mut self,
        o: &'a ObjectPattern,
        value: Value<'a>,
        env: &Option<Env<'a>>,
    ) -> JsResult<'a, ()> {
        let mut excluded: Vec<PropertyKey> = Vec::new();
        for element in o.bindings() {
            match element {
                ObjectPatternElement::SingleName {
                    name,
                    ident,
                    default_init,
                } => {
                    let key = self.evaluate_property_name(name)?;
                    excluded.push(key.clone());
                    let v = self.get_v(&value, &key)?;
                    let v = self.apply_default(v, default_init.as_ref(), Some(*ident))?;
                    self.bind_identifier(*ident, v, env)?;
                }
                ObjectPatternElement::Pattern {
                    name,
                    pattern,
                    default_init,
                } => {
                    let key = self.evaluate_property_name(name)?;
                    excluded.push(key.clone());
                    let v = self.get_v(&value, &key)?;
                    let v = self.apply_default(v, default_init.as_ref(), None)?;
                    self.pattern_initialization(pattern, v, env)?;
                }
                ObjectPatternElement::AssignmentPropertyAccess {
                    name,
                    access,
                    default_init,
                } => {
                    let key = self.evaluate_property_name(name)?;
                    excluded.push(key.clone());
                    let lref = self.evaluate_property_access_reference(access)?;
                    let v = self.get_v(&value, &key)?;
                    let v = self.apply_default(v, default_init.as_ref(), None)?;
                    self.put_value(&lref, v)?;
                }
                ObjectPatternElement::RestProperty { ident } => {
                    let lhs = match env {
                        Some(_) => None,
                        None => Some(self.resolve_binding(ident.sym())?),
                    };
                    let rest = self.ordinary_object();
                    self.copy_data_properties(&rest, &value, &excluded)?;
                    match lhs {
                        Some(r) => self.put_value(&r, Value::Object(rest))?,
                        None => self.bind_identifier(*ident, Value::Object(rest), env)?,
                    }
                }
                ObjectPatternElement::AssignmentRestPropertyAccess { access } => {
                    let lref = self.evaluate_property_access_reference(access)?;
                    let rest = self.ordinary_object();
                    self.copy_data_properties(&rest, &value, &excluded)?;
                    self.put_value(&lref, Value::Object(rest))?;
                }
            }
        }
        Ok(())
    }

    fn step_or_undefined(&mut self, rec: &mut IteratorRecord<'a>) -> JsResult<'a, Value<'a>> {
        if rec.done {
            return Ok(Value::Undefined);
        }
        Ok(self.iterator_step_value(rec)?.unwrap_or(Value::Undefined))
    }

    fn collect_rest(&mut self, rec: &mut IteratorRecord<'a>) -> JsResult<'a, Value<'a>> {
        let mut items = Vec::new();
        while !rec.done {
            self.tick()?;
            if let Some(v) = self.iterator_step_value(rec)? {
                items.push(v);
            }
        }
        Ok(Value::Object(self.create_array_from_list(&items)))
    }

    /// IteratorBindingInitialization / IteratorDestructuringAssignmentEvaluation.
    fn array_pattern_initialization(
        &mut self,
        a: &'a ArrayPattern,
        rec: &mut IteratorRecord<'a>,
        env: &Option<Env<'a>>,
    ) -> JsResult<'a, ()> {
        for element in a.bindings() {
            match element {
                ArrayPatternElement::Elision => {
                    if !rec.done {
                        self.iterator_step_value(rec)?;
                    }
                }
                ArrayPatternElement::SingleName {
                    ident,
                    default_init,
                } => {
                    let v = self.step_or_undefined(rec)?;
                    let v = self.apply_default(v, default_init.as_ref(), Some(*ident))?;
                    self.bind_identifier(*ident, v, env)?;
                }
                ArrayPatternElement::PropertyAccess {
                    access,
                    default_init,
                } => {
                    let lref = self.evaluate_property_access_reference(access)?;
                    let v = self.step_or_undefined(rec)?;
                    let v = self.apply_default(v, default_init.as_ref(), None)?;
                    self.put_value(&lref, v)?;
                }
                ArrayPatternElement::Pattern {
                    pattern,
                    default_init,
                } => {
                    let v = self.step_or_undefined(rec)?;
                    let v = self.apply_default(v, default_init.as_ref(), None)?;
                    self.pattern_initialization(pattern, v, env)?;
                }
                ArrayPatternElement::SingleNameRest { ident } => {
                    let v = self.collect_rest(rec)?;
                    self.bind_identifier(*ident, v, env)?;
                }
                ArrayPatternElement::PropertyAccessRest { access } => {
                    let lref = self.evaluate_property_access_reference(access)?;
                    let v = self.collect_rest(rec)?;
                    self.put_value(&lref, v)?;
                }
                ArrayPatternElement::PatternRest { pattern } => {
                    let v = self.collect_rest(rec)?;
                    self.pattern_initialization(pattern, v, env)?;
                }
            }
        }
        Ok(())
    }

    /// IteratorBindingInitialization of FormalParameters (§15.1.5) over the argument list
    /// (a List iterator, which is unobservable, so the arguments are indexed directly).
    pub fn bind_formal_parameters(
        &mut self,
        formals: &'a FormalParameterList,
        args: &[Value<'a>],
        env: Option<Env<'a>>,
    ) -> JsResult<'a, ()> {
        for (i, param) in formals.as_ref().iter().enumerate() {
            let variable = param.variable();
            if param.is_rest_param() {
                let rest: Vec<Value<'a>> = args.get(i..).map(<[_]>::to_vec).unwrap_or_default();
                let arr = Value::Object(self.create_array_from_list(&rest));
                self.binding_initialization(variable.binding(), arr, &env)?;
                break;
            }
            let v = args.get(i).cloned().unwrap_or(Value::Undefined);
            let name = match variable.binding() {
                Binding::Identifier(id) => Some(*id),
                Binding::Pattern(_) => None,
            };
            let v = self.apply_default(v, variable.init(), name)?;
            self.binding_initialization(variable.binding(), v, &env)?;
        }
        Ok(())
    }

    /// Runs `f`, closing `rec` if it throws (the IfAbruptCloseIterator pattern).
    pub fn with_iterator_close<T>(
        &mut self,
        rec: &IteratorRecord<'a>,
        f: impl FnOnce(&mut Self) -> JsResult<'a, T>,
    ) -> JsResult<'a, T> {
        match f(self) {
            Ok(v) => Ok(v),
            Err(e @ Abrupt::Terminate(_)) => Err(e),
            Err(e) => Err(self.iterator_close_throw(rec, e)),
        }
    }
}
