//! Runtime semantics of expressions (§13).

use boa_ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_ast::expression::literal::{
    ArrayLiteral, LiteralKind, ObjectLiteral, PropertyDefinition, TemplateElement,
};
use boa_ast::expression::operator::assign::{AssignOp, AssignTarget};
use boa_ast::expression::operator::binary::{
    ArithmeticOp, BinaryOp, BitwiseOp, LogicalOp, RelationalOp,
};
use boa_ast::expression::operator::unary::UnaryOp;
use boa_ast::expression::operator::update::{UpdateOp, UpdateTarget};
use boa_ast::expression::operator::{Assign, Binary, Unary, Update};
use boa_ast::expression::{
    Call, Identifier, New, Optional, OptionalOperationKind, SuperCall, TaggedTemplate,
};
use boa_ast::property::{MethodDefinitionKind, PropertyName};
use boa_ast::{Expression, Spanned};

use crate::env::EnvKind;
use crate::eval::reference::{RefName, Reference};
use crate::interp::{Interp, JsResult};
use crate::object::{FunctionCode, Obj, ObjectKind, PropertyDescriptor};
use crate::ops::compare::is_strictly_equal;
use crate::ops::conversion::{PreferredType, f64_to_int32};
use crate::string::{JsString, MAX_STRING_LENGTH};
use crate::value::{PropertyKey, Value};

/// What an optional chain evaluates to.
pub enum OptionalResult<'a> {
    /// A chain ending in a property access.
    Reference(Reference<'a>),
    /// A chain ending in a call.
    Value(Value<'a>),
}

/// Number::exponentiate (§6.1.6.1.3).
pub fn number_exponentiate(base: f64, exponent: f64) -> f64 {
    if exponent.is_nan() {
        return f64::NAN;
    }
    if exponent == 0.0 {
        return 1.0;
    }
    if base.is_nan() {
        return f64::NAN;
    }
    if base.abs() == 1.0 && exponent.is_infinite() {
        return f64::NAN;
    }
    base.powf(exponent)
}

impl<'a> Interp<'a> {
    /// Evaluation of an expression, with GetValue applied.
    pub fn evaluate_expression(&mut self, e: &'a Expression) -> JsResult<'a, Value<'a>> {
        self.tick()?;
        let r = self.with_stack(|me| me.evaluate_expression_inner(e));
        self.raise_pending(r)
    }

    fn evaluate_expression_inner(&mut self, e: &'a Expression) -> JsResult<'a, Value<'a>> {
        self.position = Some(e.span().start());
        match e {
            Expression::This(_) => self.resolve_this_binding(),
            Expression::Identifier(id) => {
                let r = self.resolve_binding(id.sym())?;
                self.position = Some(id.span().start());
                self.get_value(&r)
            }
            Expression::Literal(lit) => Ok(match lit.kind() {
                LiteralKind::String(s) => Value::String(self.sym_to_js(*s)),
                LiteralKind::Num(n) => Value::Number(*n),
                LiteralKind::Int(i) => Value::Number(f64::from(*i)),
                LiteralKind::Bool(b) => Value::Bool(*b),
                LiteralKind::Null => Value::Null,
                LiteralKind::Undefined => Value::Undefined,
                LiteralKind::BigInt(_) => return Err(self.unsupported("BigInt")),
            }),
            Expression::ArrayLiteral(a) => self.evaluate_array_literal(a),
            Expression::ObjectLiteral(o) => self.evaluate_object_literal(o),
            Expression::FunctionExpression(f) => {
                let name = f
                    .name()
                    .map(|id| PropertyKey::String(self.sym_to_js(id.sym())));
                Ok(Value::Object(self.instantiate_function_expression(f, name)))
            }
            Expression::ArrowFunction(f) => {
                let name = f
                    .name()
                    .map(|id| PropertyKey::String(self.sym_to_js(id.sym())));
                Ok(Value::Object(self.instantiate_arrow_function(f, name)))
            }
            Expression::ClassExpression(c) => {
                let binding = c
                    .name()
                    .filter(|_| c.name_scope().is_some())
                    .map(|id| id.sym());
                let name = c
                    .name()
                    .map(|id| PropertyKey::String(self.sym_to_js(id.sym())))
                    .unwrap_or_else(|| PropertyKey::String(JsString::empty()));
                let f = self.class_definition_evaluation(
                    binding,
                    name,
                    c.super_ref(),
                    c.constructor(),
                    c.elements(),
                )?;
                Ok(Value::Object(f))
            }
            Expression::TemplateLiteral(t) => {
                let mut out = JsString::empty();
                for el in t.elements() {
                    let part = match el {
                        TemplateElement::String(s) => self.sym_to_js(*s),
                        TemplateElement::Expr(e) => {
                            let v = self.evaluate_expression(e)?;
                            self.to_string(&v)?
                        }
                    };
                    out = self.concat_strings(&out, &part)?;
                }
                Ok(Value::String(out))
            }
            Expression::PropertyAccess(pa) => {
                let r = self.evaluate_property_access_reference(pa)?;
                self.position = Some(e.span().start());
                self.get_value(&r)
            }
            Expression::New(n) => self.evaluate_new(n),
            Expression::Call(c) => self.evaluate_call(c),
            Expression::SuperCall(s) => self.evaluate_super_call(s),
            Expression::Optional(o) => self.evaluate_optional(o),
            Expression::TaggedTemplate(t) => self.evaluate_tagged_template(t),
            Expression::NewTarget(_) => {
                let env = self.get_this_environment();
                let b = env.borrow();
                Ok(match &b.kind {
                    EnvKind::Function {
                        new_target: Some(nt),
                        ..
                    } => Value::Object(nt.clone()),
                    _ => Value::Undefined,
                })
            }
            Expression::Assign(a) => self.evaluate_assign(a),
            Expression::Unary(u) => self.evaluate_unary(u),
            Expression::Update(u) => self.evaluate_update(u),
            Expression::Binary(b) => self.evaluate_binary(b),
            Expression::Conditional(c) => {
                let test = self.evaluate_expression(c.condition())?;
                if self.to_boolean(&test) {
                    self.evaluate_expression(c.if_true())
                } else {
                    self.evaluate_expression(c.if_false())
                }
            }
            Expression::Parenthesized(p) => self.evaluate_expression(p.expression()),
            Expression::Spread(_) => Err(self.syntax_error("Unexpected spread element")),
            Expression::RegExpLiteral(_) => Err(self.unsupported("RegExp")),
            Expression::AsyncArrowFunction(f) => Ok(Value::Object(
                self.instantiate_async_arrow_function(f, None),
            )),
            Expression::AsyncFunctionExpression(f) => Ok(Value::Object(
                self.instantiate_async_function_expression(f, None),
            )),
            Expression::Await(a) => {
                let v = self.evaluate_expression(a.target())?;
                self.await_value(v)
            }
            Expression::GeneratorExpression(_)
            | Expression::AsyncGeneratorExpression(_)
            | Expression::Yield(_) => Err(self.unsupported("generator functions")),
            Expression::ImportCall(_) | Expression::ImportMeta(_) => {
                Err(self.unsupported("modules"))
            }
            Expression::BinaryInPrivate(_) => Err(self.unsupported("private class members")),
        }
    }

    /// NamedEvaluation (§8.4.5) for anonymous function definitions; plain evaluation otherwise.
    pub fn evaluate_named(
        &mut self,
        e: &'a Expression,
        name: PropertyKey,
    ) -> JsResult<'a, Value<'a>> {
        if !e.is_anonymous_function_definition() {
            return self.evaluate_expression(e);
        }
        match e.flatten() {
            Expression::FunctionExpression(f) => Ok(Value::Object(
                self.instantiate_function_expression(f, Some(name)),
            )),
            Expression::ArrowFunction(f) => Ok(Value::Object(
                self.instantiate_arrow_function(f, Some(name)),
            )),
            Expression::AsyncArrowFunction(f) => Ok(Value::Object(
                self.instantiate_async_arrow_function(f, Some(name)),
            )),
            Expression::AsyncFunctionExpression(f) => Ok(Value::Object(
                self.instantiate_async_function_expression(f, Some(name)),
            )),
            Expression::ClassExpression(c) => {
                let f = self.class_definition_evaluation(
                    None,
                    name,
                    c.super_ref(),
                    c.constructor(),
                    c.elements(),
                )?;
                Ok(Value::Object(f))
            }
            other => self.evaluate_expression(other),
        }
    }

    /// Evaluation of an expression that may denote a Reference.
    pub fn evaluate_reference(&mut self, e: &'a Expression) -> JsResult<'a, Option<Reference<'a>>> {
        match e {
            Expression::Identifier(id) => {
                self.position = Some(id.span().start());
                Ok(Some(self.resolve_binding(id.sym())?))
            }
            Expression::PropertyAccess(pa) => {
                let r = self.evaluate_property_access_reference(pa)?;
                self.position = Some(e.span().start());
                Ok(Some(r))
            }
            Expression::Parenthesized(p) => self.evaluate_reference(p.expression()),
            Expression::Optional(o) => match self.evaluate_optional_reference(o)? {
                Some(OptionalResult::Reference(r)) => Ok(Some(r)),
                // Not a reference: the caller evaluates the expression again only when
                // it is not one, so hand back a value-carrying property-less reference.
                Some(OptionalResult::Value(v)) => Ok(Some(Reference::Value(v))),
                None => Ok(Some(Reference::Value(Value::Undefined))),
            },
            _ => Ok(None),
        }
    }

    /// Evaluation of property accessors (§13.3.2.1) and super properties (§13.3.7.1).
    pub fn evaluate_property_access_reference(
        &mut self,
        pa: &'a PropertyAccess,
    ) -> JsResult<'a, Reference<'a>> {
        match pa {
            PropertyAccess::Simple(s) => {
                let base = self.evaluate_expression(s.target())?;
                let name = match s.field() {
                    PropertyAccessField::Const(id) => {
                        RefName::Key(PropertyKey::String(self.sym_to_js(id.sym())))
                    }
                    PropertyAccessField::Expr(e) => RefName::Value(self.evaluate_expression(e)?),
                };
                Ok(Reference::Property {
                    base,
                    name,
                    this_value: None,
                    strict: self.ctx.strict,
                })
            }
            PropertyAccess::Super(s) => {
                let env = self.get_this_environment();
                let actual_this = self.resolve_this_binding()?;
                let name = match s.field() {
                    PropertyAccessField::Const(id) => {
                        RefName::Key(PropertyKey::String(self.sym_to_js(id.sym())))
                    }
                    PropertyAccessField::Expr(e) => {
                        let v = self.evaluate_expression(e)?;
                        RefName::Key(self.to_property_key(&v)?)
                    }
                };
                // GetSuperBase (§9.1.1.3.5).
                let home = self
                    .env_function_object(&env)
                    .and_then(|f| match &f.borrow().kind {
                        ObjectKind::Function(fd) => fd.home_object.clone(),
                        _ => None,
                    });
                let base = match home {
                    Some(h) => match self.get_prototype_of(&h) {
                        Some(p) => Value::Object(p),
                        None => Value::Null,
                    },
                    None => return Err(self.syntax_error("'super' keyword unexpected here")),
                };
                Ok(Reference::Property {
                    base,
                    name,
                    this_value: Some(actual_this),
                    strict: true,
                })
            }
            PropertyAccess::Private(_) => Err(self.unsupported("private class members")),
        }
    }

    /// ArgumentListEvaluation (§13.3.8.1), spreading iterables.
    pub fn evaluate_arguments(&mut self, args: &'a [Expression]) -> JsResult<'a, Vec<Value<'a>>> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            if let Expression::Spread(s) = a {
                let v = self.evaluate_expression(s.target())?;
                let list = self.iterable_to_list(&v)?;
                out.extend(list);
            } else {
                out.push(self.evaluate_expression(a)?);
            }
        }
        Ok(out)
    }

    /// EvaluateCall (§13.3.6.2) for a function call expression.
    fn evaluate_call(&mut self, c: &'a Call) -> JsResult<'a, Value<'a>> {
        let callee = c.function();
        let (func, this) = match self.evaluate_reference(callee)? {
            Some(r) => {
                let f = self.get_value(&r)?;
                let this = self.reference_this_value(&r);
                (f, this)
            }
            None => (self.evaluate_expression(callee)?, Value::Undefined),
        };
        let args = self.evaluate_arguments(c.args())?;
        self.position = Some(c.span().start());
        if !self.is_callable(&func) {
            let what = self.callee_description(callee);
            return Err(self.type_error(format!("{what} is not a function")));
        }
        self.call(&func, this, &args)
    }

    /// A readable name for the callee of a failing call (`obj.method`, `f`, …).
    fn callee_description(&self, callee: &'a Expression) -> String {
        match callee.flatten() {
            Expression::Identifier(id) => self.sym_to_string(id.sym()),
            Expression::PropertyAccess(PropertyAccess::Simple(s)) => match s.field() {
                PropertyAccessField::Const(id) => {
                    let base = match s.target().flatten() {
                        Expression::Identifier(b) => format!("{}.", self.sym_to_string(b.sym())),
                        Expression::This(_) => "this.".into(),
                        _ => String::new(),
                    };
                    format!("{base}{}", self.sym_to_string(id.sym()))
                }
                PropertyAccessField::Expr(_) => "expression".into(),
            },
            _ => "expression".into(),
        }
    }

    /// EvaluateNew (§13.3.5.1.1).
    fn evaluate_new(&mut self, n: &'a New) -> JsResult<'a, Value<'a>> {
        let constructor = self.evaluate_expression(n.constructor())?;
        let args = self.evaluate_arguments(n.arguments())?;
        self.position = Some(n.call().span().start());
        match &constructor {
            Value::Object(c) if c.is_constructor() => self.construct(c, &args, None),
            _ => {
                let what = self.callee_description(n.constructor());
                Err(self.type_error(format!("{what} is not a constructor")))
            }
        }
    }

    /// SuperCall : `super` Arguments (§13.3.7.1).
    fn evaluate_super_call(&mut self, s: &'a SuperCall) -> JsResult<'a, Value<'a>> {
        let env = self.get_this_environment();
        let (active_function, new_target) = match &env.borrow().kind {
            EnvKind::Function {
                function_object,
                new_target,
                ..
            } => (function_object.clone(), new_target.clone()),
            _ => return Err(self.syntax_error("'super' keyword unexpected here")),
        };
        // GetSuperConstructor (§13.3.7.2).
        let func = self.get_prototype_of(&active_function);
        let args = self.evaluate_arguments(s.arguments())?;
        let Some(func) = func.filter(|f| f.is_constructor()) else {
            return Err(self.type_error("Super constructor is not a constructor"));
        };
        let result = self.construct(&func, &args, new_target.as_ref())?;
        self.bind_this_value(&env, result.clone())?;
        if let Value::Object(o) = &result {
            self.initialize_instance_elements(o, &active_function)?;
        }
        Ok(result)
    }

    /// OptionalExpression evaluation (§13.3.9.1) and OptionalChain (§13.3.9.2).
    fn evaluate_optional(&mut self, o: &'a Optional) -> JsResult<'a, Value<'a>> {
        match self.evaluate_optional_reference(o)? {
            None => Ok(Value::Undefined),
            Some(OptionalResult::Value(v)) => Ok(v),
            Some(OptionalResult::Reference(r)) => {
                self.position = Some(o.span().start());
                self.get_value(&r)
            }
        }
    }

    /// Evaluates an optional chain up to its last link; a chain ending in a property
    /// access yields a Reference (so `(a?.b)()` calls with `this` = `a`). `None` when the
    /// chain short-circuited.
    pub fn evaluate_optional_reference(
        &mut self,
        o: &'a Optional,
    ) -> JsResult<'a, Option<OptionalResult<'a>>> {
        let (mut value, mut this) = match self.evaluate_reference(o.target())? {
            Some(r) => {
                let v = self.get_value(&r)?;
                (v, self.reference_this_value(&r))
            }
            None => (self.evaluate_expression(o.target())?, Value::Undefined),
        };
        let chain = o.chain();
        for (i, op) in chain.iter().enumerate() {
            if op.shorted() && value.is_nullish() {
                return Ok(None);
            }
            let last = i + 1 == chain.len();
            match op.kind() {
                OptionalOperationKind::SimplePropertyAccess { field } => {
                    let name = match field {
                        PropertyAccessField::Const(id) => {
                            RefName::Key(PropertyKey::String(self.sym_to_js(id.sym())))
                        }
                        PropertyAccessField::Expr(e) => {
                            RefName::Value(self.evaluate_expression(e)?)
                        }
                    };
                    let r = Reference::Property {
                        base: value.clone(),
                        name,
                        this_value: None,
                        strict: self.ctx.strict,
                    };
                    if last {
                        return Ok(Some(OptionalResult::Reference(r)));
                    }
                    self.position = Some(op.span().start());
                    let v = self.get_value(&r)?;
                    this = value;
                    value = v;
                }
                OptionalOperationKind::PrivatePropertyAccess { .. } => {
                    return Err(self.unsupported("private class members"));
                }
                OptionalOperationKind::Call { args } => {
                    let args = self.evaluate_arguments(args)?;
                    self.position = Some(op.span().start());
                    if !self.is_callable(&value) {
                        let d = self.describe(&value);
                        return Err(self.type_error(format!("{d} is not a function")));
                    }
                    value = self.call(&value, this, &args)?;
                    this = Value::Undefined;
                }
            }
        }
        Ok(Some(OptionalResult::Value(value)))
    }

    /// Tagged templates (§13.3.11) with GetTemplateObject (§13.2.8.4).
    fn evaluate_tagged_template(&mut self, t: &'a TaggedTemplate) -> JsResult<'a, Value<'a>> {
        let (tag, this) = match self.evaluate_reference(t.tag())? {
            Some(r) => {
                let v = self.get_value(&r)?;
                (v, self.reference_this_value(&r))
            }
            None => (self.evaluate_expression(t.tag())?, Value::Undefined),
        };
        let site = t.identifier();
        let existing = self
            .template_map
            .iter()
            .find(|(id, _)| *id == site)
            .map(|(_, o)| o.clone());
        let template = match existing {
            Some(o) => o,
            None => {
                let cooked: Vec<Value<'a>> = t
                    .cookeds()
                    .iter()
                    .map(|c| c.map_or(Value::Undefined, |s| Value::String(self.sym_to_js(s))))
                    .collect();
                let raw: Vec<Value<'a>> = t
                    .raws()
                    .iter()
                    .map(|s| Value::String(self.sym_to_js(*s)))
                    .collect();
                let template = self.create_array_from_list(&cooked);
                let raw_obj = self.create_array_from_list(&raw);
                self.set_integrity_level(&raw_obj, crate::ops::objects::IntegrityLevel::Frozen)?;
                self.define_property_or_throw(
                    &template,
                    &PropertyKey::from("raw"),
                    PropertyDescriptor::data(Value::Object(raw_obj), false, false, false),
                )?;
                self.set_integrity_level(&template, crate::ops::objects::IntegrityLevel::Frozen)?;
                self.template_map.push((site, template.clone()));
                template
            }
        };
        let mut args = vec![Value::Object(template)];
        for e in t.exprs() {
            args.push(self.evaluate_expression(e)?);
        }
        if !self.is_callable(&tag) {
            let d = self.describe(&tag);
            return Err(self.type_error(format!("{d} is not a function")));
        }
        self.call(&tag, this, &args)
    }

    /// ArrayLiteral evaluation (§13.2.4.1) — ArrayAccumulation with holes and spread.
    fn evaluate_array_literal(&mut self, a: &'a ArrayLiteral) -> JsResult<'a, Value<'a>> {
        let array = self.array_create(0, None)?;
        // [mm.event.init]: a literal's elements are its Init values.
        array.borrow_mut().creating = true;
        let r = self.array_literal_elements(&array, a);
        array.borrow_mut().creating = false;
        r
    }

    fn array_literal_elements(
        &mut self,
        array: &Obj<'a>,
        a: &'a ArrayLiteral,
    ) -> JsResult<'a, Value<'a>> {
        let array = array.clone();
        let mut next_index: usize = 0;
        for el in a.as_ref() {
            match el {
                None => next_index += 1,
                Some(Expression::Spread(s)) => {
                    let v = self.evaluate_expression(s.target())?;
                    let mut rec = self.get_iterator(&v)?;
                    while let Some(item) = self.iterator_step_value(&mut rec)? {
                        self.tick()?;
                        self.create_data_property_or_throw(&array, next_index, item)?;
                        next_index += 1;
                    }
                }
                Some(e) => {
                    let v = self.evaluate_expression(e)?;
                    self.create_data_property_or_throw(&array, next_index, v)?;
                    next_index += 1;
                }
            }
        }
        self.set_prop(&array, "length", Value::from(next_index))?;
        Ok(Value::Object(array))
    }

    /// ObjectLiteral evaluation (§13.2.5.4) with PropertyDefinitionEvaluation (§13.2.5.5).
    fn evaluate_object_literal(&mut self, o: &'a ObjectLiteral) -> JsResult<'a, Value<'a>> {
        let obj = self.ordinary_object();
        // [mm.event.init]: a literal's properties are its Init values.
        obj.borrow_mut().creating = true;
        let r = self.object_literal_properties(&obj, o);
        obj.borrow_mut().creating = false;
        r
    }

    fn object_literal_properties(
        &mut self,
        obj: &Obj<'a>,
        o: &'a ObjectLiteral,
    ) -> JsResult<'a, Value<'a>> {
        let obj = obj.clone();
        for def in o.properties() {
            match def {
                PropertyDefinition::IdentifierReference(id) => {
                    let r = self.resolve_binding(id.sym())?;
                    let v = self.get_value(&r)?;
                    let key = PropertyKey::String(self.sym_to_js(id.sym()));
                    self.create_data_property_or_throw(&obj, key, v)?;
                }
                PropertyDefinition::Property(name, value) => {
                    let is_proto_setter = matches!(name, PropertyName::Literal(id)
                        if self.sym_to_string(id.sym()) == "__proto__");
                    let key = self.evaluate_property_name(name)?;
                    if is_proto_setter {
                        let v = self.evaluate_expression(value)?;
                        match v {
                            Value::Object(p) => {
                                self.set_prototype_of(&obj, Some(p));
                            }
                            Value::Null => {
                                self.set_prototype_of(&obj, None);
                            }
                            _ => {}
                        }
                        continue;
                    }
                    let v = self.evaluate_named(value, key.clone())?;
                    self.create_data_property_or_throw(&obj, key, v)?;
                }
                PropertyDefinition::MethodDefinition(m) => {
                    let key = self.evaluate_property_name(m.name())?;
                    self.define_method_property(
                        &obj,
                        key,
                        m.parameters(),
                        m.body(),
                        m.kind(),
                        true,
                        self.ctx.strict,
                    )?;
                }
                PropertyDefinition::SpreadObject(e) => {
                    let v = self.evaluate_expression(e)?;
                    self.copy_data_properties(&obj, &v, &[])?;
                }
                PropertyDefinition::CoverInitializedName(_, _) => {
                    return Err(self.syntax_error("Invalid shorthand property initializer"));
                }
            }
        }
        Ok(Value::Object(obj))
    }

    /// MethodDefinitionEvaluation (§15.4.4) for ordinary methods, getters and setters:
    /// DefineMethod + DefineMethodProperty.
    #[allow(clippy::too_many_arguments)]
    pub fn define_method_property(
        &mut self,
        home: &Obj<'a>,
        key: PropertyKey,
        params: &'a boa_ast::function::FormalParameterList,
        body: &'a boa_ast::function::FunctionBody,
        kind: MethodDefinitionKind,
        enumerable: bool,
        strict: bool,
    ) -> JsResult<'a, Obj<'a>> {
        let strict = strict || body.strict();
        let proto = self.intrinsic("%Function.prototype%");
        let env = self.ctx.lex_env.clone();
        let closure = self.ordinary_function_create(
            proto,
            FunctionCode::Source {
                params,
                body,
                arrow: false,
            },
            false,
            env,
            strict,
        );
        self.make_method(&closure, home);
        let desc = match kind {
            MethodDefinitionKind::Get => {
                self.set_function_name(&closure, &key, Some("get"));
                PropertyDescriptor {
                    get: Some(Value::Object(closure.clone())),
                    enumerable: Some(enumerable),
                    configurable: Some(true),
                    ..PropertyDescriptor::default()
                }
            }
            MethodDefinitionKind::Set => {
                self.set_function_name(&closure, &key, Some("set"));
                PropertyDescriptor {
                    set: Some(Value::Object(closure.clone())),
                    enumerable: Some(enumerable),
                    configurable: Some(true),
                    ..PropertyDescriptor::default()
                }
            }
            MethodDefinitionKind::Ordinary | MethodDefinitionKind::Async => {
                if kind == MethodDefinitionKind::Async {
                    self.make_async(&closure);
                }
                self.set_function_name(&closure, &key, None);
                PropertyDescriptor::data(Value::Object(closure.clone()), true, enumerable, true)
            }
            MethodDefinitionKind::Generator | MethodDefinitionKind::AsyncGenerator => {
                return Err(self.unsupported("generator and async methods"));
            }
        };
        self.define_property_or_throw(home, &key, desc)?;
        Ok(closure)
    }

    /// Assignment (§13.15.2), including compound and logical assignment.
    fn evaluate_assign(&mut self, a: &'a Assign) -> JsResult<'a, Value<'a>> {
        let op = a.op();
        let lref = match a.lhs() {
            AssignTarget::Pattern(p) => {
                if op != AssignOp::Assign {
                    return Err(self.syntax_error("Invalid destructuring assignment target"));
                }
                let v = self.evaluate_expression(a.rhs())?;
                self.pattern_initialization(p, v.clone(), &None)?;
                return Ok(v);
            }
            AssignTarget::Identifier(id) => self.resolve_binding(id.sym())?,
            AssignTarget::Access(pa) => self.evaluate_property_access_reference(pa)?,
        };
        let name_for_anonymous = match a.lhs() {
            AssignTarget::Identifier(id) => Some(PropertyKey::String(self.sym_to_js(id.sym()))),
            _ => None,
        };
        let rhs_value = |this: &mut Self| -> JsResult<'a, Value<'a>> {
            match &name_for_anonymous {
                Some(n) => this.evaluate_named(a.rhs(), n.clone()),
                None => this.evaluate_expression(a.rhs()),
            }
        };
        let value = match op {
            AssignOp::Assign => rhs_value(self)?,
            AssignOp::BoolAnd | AssignOp::BoolOr | AssignOp::Coalesce => {
                let lval = self.get_value(&lref)?;
                let short_circuit = match op {
                    AssignOp::BoolAnd => !self.to_boolean(&lval),
                    AssignOp::BoolOr => self.to_boolean(&lval),
                    _ => !lval.is_nullish(),
                };
                if short_circuit {
                    return Ok(lval);
                }
                rhs_value(self)?
            }
            _ => {
                let lval = self.get_value(&lref)?;
                let rval = self.evaluate_expression(a.rhs())?;
                let bin = match op {
                    AssignOp::Add => BinaryOp::Arithmetic(ArithmeticOp::Add),
                    AssignOp::Sub => BinaryOp::Arithmetic(ArithmeticOp::Sub),
                    AssignOp::Mul => BinaryOp::Arithmetic(ArithmeticOp::Mul),
                    AssignOp::Div => BinaryOp::Arithmetic(ArithmeticOp::Div),
                    AssignOp::Mod => BinaryOp::Arithmetic(ArithmeticOp::Mod),
                    AssignOp::Exp => BinaryOp::Arithmetic(ArithmeticOp::Exp),
                    AssignOp::And => BinaryOp::Bitwise(BitwiseOp::And),
                    AssignOp::Or => BinaryOp::Bitwise(BitwiseOp::Or),
                    AssignOp::Xor => BinaryOp::Bitwise(BitwiseOp::Xor),
                    AssignOp::Shl => BinaryOp::Bitwise(BitwiseOp::Shl),
                    AssignOp::Shr => BinaryOp::Bitwise(BitwiseOp::Shr),
                    AssignOp::Ushr => BinaryOp::Bitwise(BitwiseOp::UShr),
                    AssignOp::Assign
                    | AssignOp::BoolAnd
                    | AssignOp::BoolOr
                    | AssignOp::Coalesce => unreachable!("handled above"),
                };
                self.apply_string_or_numeric_binary_operator(&lval, bin, &rval)?
            }
        };
        self.put_value(&lref, value.clone())?;
        Ok(value)
    }

    /// Unary operators (§13.5).
    fn evaluate_unary(&mut self, u: &'a Unary) -> JsResult<'a, Value<'a>> {
        match u.op() {
            UnaryOp::Delete => {
                let Some(r) = self.evaluate_reference(u.target())? else {
                    self.evaluate_expression(u.target())?;
                    return Ok(Value::Bool(true));
                };
                match r {
                    Reference::Binding { env: None, .. } | Reference::Value(_) => {
                        Ok(Value::Bool(true))
                    }
                    Reference::Binding {
                        env: Some(env),
                        name,
                        ..
                    } => Ok(Value::Bool(self.env_delete_binding(&env, name)?)),
                    Reference::Property {
                        this_value: Some(_),
                        ..
                    } => Err(self.reference_error("Unsupported reference to 'super'")),
                    Reference::Property {
                        base, name, strict, ..
                    } => {
                        let base_obj = self.to_object(&base)?;
                        let key = match name {
                            RefName::Key(k) => k,
                            RefName::Value(v) => self.to_property_key(&v)?,
                        };
                        if self.threaded() {
                            self.check_restriction(&base_obj)?;
                        }
                        let ok = self.delete(&base_obj, &key);
                        if !ok && strict {
                            return Err(self.type_error(format!(
                                "Cannot delete property '{}'",
                                crate::ops::objects::key_display(&key)
                            )));
                        }
                        Ok(Value::Bool(ok))
                    }
                }
            }
            UnaryOp::TypeOf => {
                let v = match self.evaluate_reference(u.target())? {
                    Some(Reference::Binding { env: None, .. }) => {
                        return Ok(Value::str("undefined"));
                    }
                    Some(r) => self.get_value(&r)?,
                    None => self.evaluate_expression(u.target())?,
                };
                Ok(Value::str(type_of(&v)))
            }
            UnaryOp::Void => {
                self.evaluate_expression(u.target())?;
                Ok(Value::Undefined)
            }
            UnaryOp::Plus => {
                let v = self.evaluate_expression(u.target())?;
                Ok(Value::Number(self.to_number(&v)?))
            }
            UnaryOp::Minus => {
                let v = self.evaluate_expression(u.target())?;
                Ok(Value::Number(-self.to_number(&v)?))
            }
            UnaryOp::Tilde => {
                let v = self.evaluate_expression(u.target())?;
                Ok(Value::Number(f64::from(!self.to_int32(&v)?)))
            }
            UnaryOp::Not => {
                let v = self.evaluate_expression(u.target())?;
                Ok(Value::Bool(!self.to_boolean(&v)))
            }
        }
    }

    /// Update expressions (§13.4).
    fn evaluate_update(&mut self, u: &'a Update) -> JsResult<'a, Value<'a>> {
        let r = match u.target() {
            UpdateTarget::Identifier(id) => self.resolve_binding(id.sym())?,
            UpdateTarget::PropertyAccess(pa) => self.evaluate_property_access_reference(pa)?,
        };
        let old = self.get_value(&r)?;
        let old_n = self.to_number(&old)?;
        let (new_n, result) = match u.op() {
            UpdateOp::IncrementPost => (old_n + 1.0, old_n),
            UpdateOp::DecrementPost => (old_n - 1.0, old_n),
            UpdateOp::IncrementPre => (old_n + 1.0, old_n + 1.0),
            UpdateOp::DecrementPre => (old_n - 1.0, old_n - 1.0),
        };
        self.put_value(&r, Value::Number(new_n))?;
        Ok(Value::Number(result))
    }

    /// Binary operators (§13.6–§13.13, §13.16).
    fn evaluate_binary(&mut self, b: &'a Binary) -> JsResult<'a, Value<'a>> {
        match b.op() {
            BinaryOp::Logical(op) => {
                let l = self.evaluate_expression(b.lhs())?;
                let take_left = match op {
                    LogicalOp::And => !self.to_boolean(&l),
                    LogicalOp::Or => self.to_boolean(&l),
                    LogicalOp::Coalesce => !l.is_nullish(),
                };
                if take_left {
                    Ok(l)
                } else {
                    self.evaluate_expression(b.rhs())
                }
            }
            BinaryOp::Comma => {
                self.evaluate_expression(b.lhs())?;
                self.evaluate_expression(b.rhs())
            }
            BinaryOp::Relational(op) => {
                let l = self.evaluate_expression(b.lhs())?;
                let r = self.evaluate_expression(b.rhs())?;
                self.apply_relational(op, &l, &r)
            }
            op @ (BinaryOp::Arithmetic(_) | BinaryOp::Bitwise(_)) => {
                let l = self.evaluate_expression(b.lhs())?;
                let r = self.evaluate_expression(b.rhs())?;
                self.apply_string_or_numeric_binary_operator(&l, op, &r)
            }
        }
    }

    fn apply_relational(
        &mut self,
        op: RelationalOp,
        l: &Value<'a>,
        r: &Value<'a>,
    ) -> JsResult<'a, Value<'a>> {
        Ok(Value::Bool(match op {
            RelationalOp::Equal => self.is_loosely_equal(l, r)?,
            RelationalOp::NotEqual => !self.is_loosely_equal(l, r)?,
            RelationalOp::StrictEqual => is_strictly_equal(l, r),
            RelationalOp::StrictNotEqual => !is_strictly_equal(l, r),
            RelationalOp::LessThan => self.is_less_than(l, r, true)? == Some(true),
            RelationalOp::GreaterThan => self.is_less_than(r, l, false)? == Some(true),
            RelationalOp::LessThanOrEqual => self.is_less_than(r, l, false)? == Some(false),
            RelationalOp::GreaterThanOrEqual => self.is_less_than(l, r, true)? == Some(false),
            RelationalOp::InstanceOf => self.instance_of(l, r)?,
            RelationalOp::In => {
                let Value::Object(o) = r else {
                    return Err(self.type_error(
                        "Cannot use 'in' operator to search for a key in a non-object",
                    ));
                };
                let key = self.to_property_key(l)?;
                self.has_property(o, &key)?
            }
        }))
    }

    /// Concatenation with the interpreter's string length limit.
    pub fn concat_strings(&mut self, a: &JsString, b: &JsString) -> JsResult<'a, JsString> {
        if a.len() + b.len() > MAX_STRING_LENGTH {
            return Err(self.range_error("Invalid string length"));
        }
        Ok(a.concat(b))
    }

    /// ApplyStringOrNumericBinaryOperator (§13.15.3).
    pub fn apply_string_or_numeric_binary_operator(
        &mut self,
        lval: &Value<'a>,
        op: BinaryOp,
        rval: &Value<'a>,
    ) -> JsResult<'a, Value<'a>> {
        let (lval, rval) = if op == BinaryOp::Arithmetic(ArithmeticOp::Add) {
            let lprim = self.to_primitive(lval, PreferredType::Default)?;
            let rprim = self.to_primitive(rval, PreferredType::Default)?;
            if matches!(lprim, Value::String(_)) || matches!(rprim, Value::String(_)) {
                let ls = self.to_string(&lprim)?;
                let rs = self.to_string(&rprim)?;
                return Ok(Value::String(self.concat_strings(&ls, &rs)?));
            }
            (lprim, rprim)
        } else {
            (lval.clone(), rval.clone())
        };
        let l = self.to_number(&lval)?;
        let r = self.to_number(&rval)?;
        let shift = |x: f64| (f64_to_int32(x) as u32) & 31;
        Ok(Value::Number(match op {
            BinaryOp::Arithmetic(a) => match a {
                ArithmeticOp::Add => l + r,
                ArithmeticOp::Sub => l - r,
                ArithmeticOp::Mul => l * r,
                ArithmeticOp::Div => l / r,
                ArithmeticOp::Mod => l % r,
                ArithmeticOp::Exp => number_exponentiate(l, r),
            },
            BinaryOp::Bitwise(b) => match b {
                BitwiseOp::And => f64::from(f64_to_int32(l) & f64_to_int32(r)),
                BitwiseOp::Or => f64::from(f64_to_int32(l) | f64_to_int32(r)),
                BitwiseOp::Xor => f64::from(f64_to_int32(l) ^ f64_to_int32(r)),
                BitwiseOp::Shl => f64::from(f64_to_int32(l).wrapping_shl(shift(r))),
                BitwiseOp::Shr => f64::from(f64_to_int32(l) >> shift(r)),
                BitwiseOp::UShr => f64::from((f64_to_int32(l) as u32) >> shift(r)),
            },
            BinaryOp::Relational(_) | BinaryOp::Logical(_) | BinaryOp::Comma => {
                unreachable!("not a string or numeric operator")
            }
        }))
    }

    /// Binds a name for NamedEvaluation from an identifier.
    pub fn identifier_key(&self, id: Identifier) -> PropertyKey {
        PropertyKey::String(self.sym_to_js(id.sym()))
    }
}

/// The `typeof` operator's table (§13.5.3.1).
pub fn type_of(v: &Value<'_>) -> &'static str {
    match v {
        Value::Undefined => "undefined",
        Value::Null => "object",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Symbol(_) => "symbol",
        Value::Object(o) => {
            if o.is_callable() {
                "function"
            } else {
                "object"
            }
        }
    }
}
