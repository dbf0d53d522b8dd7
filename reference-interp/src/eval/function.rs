//! ECMAScript function objects (§10.2): creation, `[[Call]]`, `[[Construct]]`,
//! FunctionDeclarationInstantiation, arguments objects, and class field initialisation.

use boa_ast::function::{
    ArrowFunction, FormalParameterList, FunctionBody, FunctionDeclaration, FunctionExpression,
};
use boa_ast::operations::{bound_names, contains_arguments, lexically_declared_names};
use boa_interner::Sym;

use crate::builtins::function_name_for_key;
use crate::env::{Env, EnvKind, ThisStatus, new_declarative_environment, new_function_environment};
use crate::eval::Completion;
use crate::eval::script::{functions_to_initialize, sorted_var_names};
use crate::interp::{ExecutionContext, Interp, JsResult};
use crate::object::{
    ClassField, ConstructorKind, FunctionCode, FunctionData, Obj, ObjectKind, Property,
    PropertyDescriptor, ThisMode,
};
use crate::string::JsString;
use crate::value::{PropertyKey, Value};

impl<'a> Interp<'a> {
    /// OrdinaryFunctionCreate (§10.2.3).
    pub fn ordinary_function_create(
        &mut self,
        prototype: Obj<'a>,
        code: FunctionCode<'a>,
        lexical_this: bool,
        env: Env<'a>,
        strict: bool,
    ) -> Obj<'a> {
        let this_mode = if lexical_this {
            ThisMode::Lexical
        } else if strict {
            ThisMode::Strict
        } else {
            ThisMode::Global
        };
        let length = match code {
            FunctionCode::Source { params, .. } => params.length(),
            FunctionCode::DefaultConstructor | FunctionCode::FieldInitializer(_) => 0,
        };
        let f = Obj::new(
            Some(prototype),
            ObjectKind::Function(Box::new(FunctionData {
                code,
                environment: env,
                this_mode,
                strict,
                home_object: None,
                constructor_kind: ConstructorKind::Base,
                is_class_constructor: false,
                is_constructor: false,
                fields: Vec::new(),
                is_async: false,
            })),
        );
        // SetFunctionLength (§10.2.10).
        f.borrow_mut().properties.insert(
            PropertyKey::from("length"),
            Property::Data {
                value: Value::from(length),
                writable: false,
                enumerable: false,
                configurable: true,
            },
        );
        f
    }

    /// MakeConstructor (§10.2.5): `writable_prototype` false is used for classes.
    pub fn make_constructor(
        &mut self,
        f: &Obj<'a>,
        writable_prototype: bool,
        prototype: Option<Obj<'a>>,
    ) {
        if let ObjectKind::Function(fd) = &mut f.borrow_mut().kind {
            fd.is_constructor = true;
        }
        let prototype = match prototype {
            Some(p) => p,
            None => {
                let p = self.ordinary_object();
                p.borrow_mut().properties.insert(
                    PropertyKey::from("constructor"),
                    Property::Data {
                        value: Value::Object(f.clone()),
                        writable: writable_prototype,
                        enumerable: false,
                        configurable: true,
                    },
                );
                p
            }
        };
        f.borrow_mut().properties.insert(
            PropertyKey::from("prototype"),
            Property::Data {
                value: Value::Object(prototype),
                writable: writable_prototype,
                enumerable: false,
                configurable: false,
            },
        );
    }

    /// SetFunctionName (§10.2.9), with an optional prefix (`get`/`set`/`bound`).
    pub fn set_function_name(&mut self, f: &Obj<'a>, name: &PropertyKey, prefix: Option<&str>) {
        let mut n = function_name_for_key(name);
        if let Some(p) = prefix {
            n = JsString::from(format!("{p} ").as_str()).concat(&n);
        }
        f.borrow_mut().properties.insert(
            PropertyKey::from("name"),
            Property::Data {
                value: Value::String(n),
                writable: false,
                enumerable: false,
                configurable: true,
            },
        );
    }

    /// MakeMethod (§10.2.7).
    pub fn make_method(&mut self, f: &Obj<'a>, home: &Obj<'a>) {
        if let ObjectKind::Function(fd) = &mut f.borrow_mut().kind {
            fd.home_object = Some(home.clone());
        }
    }

    fn is_strict_body(&self, body: &FunctionBody) -> bool {
        self.ctx.strict || body.strict()
    }

    /// InstantiateOrdinaryFunctionObject (§10.2.11 via §15.2.4).
    pub fn instantiate_function_object(
        &mut self,
        f: &'a FunctionDeclaration,
        env: Env<'a>,
    ) -> Obj<'a> {
        let strict = self.is_strict_body(f.body());
        let proto = self.intrinsic("%Function.prototype%");
        let fo = self.ordinary_function_create(
            proto,
            FunctionCode::Source {
                params: f.parameters(),
                body: f.body(),
                arrow: false,
            },
            false,
            env,
            strict,
        );
        let name = PropertyKey::String(self.sym_to_js(f.name().sym()));
        self.set_function_name(&fo, &name, None);
        self.make_constructor(&fo, true, None);
        fo
    }

    /// InstantiateOrdinaryFunctionExpression (§15.2.5), with NamedEvaluation's `name`.
    pub fn instantiate_function_expression(
        &mut self,
        f: &'a FunctionExpression,
        name: Option<PropertyKey>,
    ) -> Obj<'a> {
        let strict = self.is_strict_body(f.body());
        let proto = self.intrinsic("%Function.prototype%");
        let code = FunctionCode::Source {
            params: f.parameters(),
            body: f.body(),
            arrow: false,
        };
        let own_name = f.name().filter(|_| f.has_binding_identifier());
        if let Some(id) = own_name {
            // A named function expression binds its own name in a scope of its own.
            let func_env = new_declarative_environment(Some(self.ctx.lex_env.clone()));
            self.env_create_immutable_binding(&func_env, id.sym(), false);
            let closure =
                self.ordinary_function_create(proto, code, false, func_env.clone(), strict);
            let key = PropertyKey::String(self.sym_to_js(id.sym()));
            self.set_function_name(&closure, &key, None);
            self.make_constructor(&closure, true, None);
            if let Some(b) = func_env.borrow_mut().bindings.get_mut(&id.sym()) {
                b.value = Some(Value::Object(closure.clone()));
            }
            return closure;
        }
        let env = self.ctx.lex_env.clone();
        let closure = self.ordinary_function_create(proto, code, false, env, strict);
        let key = name.unwrap_or_else(|| PropertyKey::String(JsString::empty()));
        self.set_function_name(&closure, &key, None);
        self.make_constructor(&closure, true, None);
        closure
    }

    /// InstantiateArrowFunctionExpression (§15.3.4).
    pub fn instantiate_arrow_function(
        &mut self,
        f: &'a ArrowFunction,
        name: Option<PropertyKey>,
    ) -> Obj<'a> {
        let strict = self.is_strict_body(f.body());
        let proto = self.intrinsic("%Function.prototype%");
        let env = self.ctx.lex_env.clone();
        let closure = self.ordinary_function_create(
            proto,
            FunctionCode::Source {
                params: f.parameters(),
                body: f.body(),
                arrow: true,
            },
            true,
            env,
            strict,
        );
        let key = name.unwrap_or_else(|| PropertyKey::String(JsString::empty()));
        self.set_function_name(&closure, &key, None);
        closure
    }

    pub(crate) fn function_data(&self, f: &Obj<'a>) -> FunctionData<'a> {
        match &f.borrow().kind {
            ObjectKind::Function(fd) => (**fd).clone(),
            _ => unreachable!("not an ECMAScript function object"),
        }
    }

    /// PrepareForOrdinaryCall (§10.2.1.1): pushes a new execution context and returns the
    /// caller's, to be restored by the caller of this function.
    fn prepare_for_ordinary_call(
        &mut self,
        f: &Obj<'a>,
        fd: &FunctionData<'a>,
        new_target: Option<Obj<'a>>,
    ) -> (ExecutionContext<'a>, Env<'a>) {
        let env = new_function_environment(
            f.clone(),
            fd.this_mode == ThisMode::Lexical,
            new_target,
            fd.environment.clone(),
        );
        let callee_ctx = ExecutionContext {
            lex_env: env.clone(),
            var_env: env.clone(),
            function: Some(f.clone()),
            strict: fd.strict,
        };
        (std::mem::replace(&mut self.ctx, callee_ctx), env)
    }

    /// OrdinaryCallBindThis (§10.2.1.2).
    fn ordinary_call_bind_this(
        &mut self,
        fd: &FunctionData<'a>,
        env: &Env<'a>,
        this: Value<'a>,
    ) -> JsResult<'a, ()> {
        let this_value = match fd.this_mode {
            ThisMode::Lexical => return Ok(()),
            ThisMode::Strict => this,
            ThisMode::Global => {
                if this.is_nullish() {
                    Value::Object(self.global_object.clone())
                } else {
                    Value::Object(self.to_object(&this)?)
                }
            }
        };
        self.bind_this_value(env, this_value)
    }

    /// `[[Call]]` of an ECMAScript function object (§10.2.1).
    pub fn ecmascript_function_call(
        &mut self,
        f: &Obj<'a>,
        this: Value<'a>,
        args: &[Value<'a>],
    ) -> JsResult<'a, Value<'a>> {
        let fd = self.function_data(f);
        if fd.is_class_constructor {
            return Err(self.type_error("Class constructor cannot be invoked without 'new'"));
        }
        if fd.is_async {
            return self.async_function_call(f, fd, this, args);
        }
        self.ordinary_call(f, &fd, this, args)
    }

    /// Steps 2-8 of `[[Call]]` (§10.2.1): a new execution context, the this binding,
    /// the body; the caller's context is restored.
    pub(crate) fn ordinary_call(
        &mut self,
        f: &Obj<'a>,
        fd: &FunctionData<'a>,
        this: Value<'a>,
        args: &[Value<'a>],
    ) -> JsResult<'a, Value<'a>> {
        let fd = fd.clone();
        let (caller, env) = self.prepare_for_ordinary_call(f, &fd, None);
        let result = self
            .ordinary_call_bind_this(&fd, &env, this)
            .and_then(|()| self.ordinary_call_evaluate_body(f, &fd, args));
        self.ctx = caller;
        match result? {
            Completion::Return(v) => Ok(v),
            _ => Ok(Value::Undefined),
        }
    }

    /// `[[Construct]]` of an ECMAScript function object (§10.2.2).
    pub fn ecmascript_function_construct(
        &mut self,
        f: &Obj<'a>,
        args: &[Value<'a>],
        new_target: Obj<'a>,
    ) -> JsResult<'a, Value<'a>> {
        let fd = self.function_data(f);
        let kind = fd.constructor_kind;
        let this_argument = if kind == ConstructorKind::Base {
            let proto = self.get_prototype_from_constructor(&new_target, "%Object.prototype%")?;
            Some(Obj::new(Some(proto), ObjectKind::Ordinary))
        } else {
            None
        };
        let (caller, env) = self.prepare_for_ordinary_call(f, &fd, Some(new_target));
        let result = (|| {
            if let Some(t) = &this_argument {
                self.ordinary_call_bind_this(&fd, &env, Value::Object(t.clone()))?;
                self.initialize_instance_elements(t, f)?;
            }
            self.ordinary_call_evaluate_body(f, &fd, args)
        })();
        self.ctx = caller;
        let completion = result?;
        if let Completion::Return(v) = &completion {
            if let Value::Object(_) = v {
                return Ok(v.clone());
            }
            if let Some(t) = this_argument {
                return Ok(Value::Object(t));
            }
            if !v.is_undefined() {
                return Err(
                    self.type_error("Derived constructors may only return object or undefined")
                );
            }
        } else if let Some(t) = this_argument {
            return Ok(Value::Object(t));
        }
        // Derived constructor: the this binding must have been initialized by super().
        let b = env.borrow();
        match &b.kind {
            EnvKind::Function {
                this_value,
                this_status: ThisStatus::Initialized,
                ..
            } => Ok(this_value.clone()),
            _ => {
                drop(b);
                Err(self.reference_error(
                    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
                ))
            }
        }
    }

    /// OrdinaryCallEvaluateBody (§10.2.1.4) → EvaluateBody of the function's code.
    fn ordinary_call_evaluate_body(
        &mut self,
        f: &Obj<'a>,
        fd: &FunctionData<'a>,
        args: &[Value<'a>],
    ) -> JsResult<'a, Completion<'a>> {
        match fd.code {
            FunctionCode::Source {
                params,
                body,
                arrow,
            } => {
                self.function_declaration_instantiation(f, fd, params, body, args)?;
                let _ = arrow;
                self.evaluate_statement_list(body.statement_list())
            }
            FunctionCode::FieldInitializer(expr) => {
                let v = self.evaluate_expression(expr)?;
                Ok(Completion::Return(v))
            }
            FunctionCode::DefaultConstructor => self.default_constructor_body(f, fd, args),
        }
    }

    /// The behaviour of a default class constructor (§15.7.14 step 14.a), run as the
    /// body of the constructor (its `[[Construct]]` created the environment).
    fn default_constructor_body(
        &mut self,
        f: &Obj<'a>,
        fd: &FunctionData<'a>,
        args: &[Value<'a>],
    ) -> JsResult<'a, Completion<'a>> {
        if fd.constructor_kind == ConstructorKind::Derived {
            let func = self.get_prototype_of(f);
            let Some(func) = func.filter(|p| p.is_constructor()) else {
                return Err(self.type_error("Super constructor is not a constructor"));
            };
            let env = self.ctx.lex_env.clone();
            let new_target = match &env.borrow().kind {
                EnvKind::Function { new_target, .. } => new_target.clone(),
                _ => None,
            };
            let result = self.construct(&func, args, new_target.as_ref())?;
            let Value::Object(result_obj) = &result else {
                return Err(self.type_error("Super constructor returned a non-object"));
            };
            self.bind_this_value(&env, result.clone())?;
            self.initialize_instance_elements(result_obj, f)?;
            return Ok(Completion::Return(result));
        }
        // Base: [[Construct]] already allocated `this` and initialized the fields.
        Ok(Completion::Normal)
    }

    /// FunctionDeclarationInstantiation (§10.2.11).
    fn function_declaration_instantiation(
        &mut self,
        f: &Obj<'a>,
        fd: &FunctionData<'a>,
        formals: &'a FormalParameterList,
        body: &'a FunctionBody,
        args: &[Value<'a>],
    ) -> JsResult<'a, ()> {
        let strict = fd.strict;
        let parameter_names: Vec<Sym> = bound_names(formals);
        let has_duplicates = formals.has_duplicates();
        let has_parameter_expressions = formals.has_expressions();
        let var_names = sorted_var_names(body);
        let lexical_names = lexically_declared_names(body);
        let functions = functions_to_initialize(body.statement_list());
        let function_names: Vec<Sym> = functions.iter().map(|d| d.name().sym()).collect();
        let arguments_sym = self.interner.get("arguments");
        let mut arguments_object_needed = fd.this_mode != ThisMode::Lexical;
        if let Some(a) = arguments_sym
            && (parameter_names.contains(&a)
                || (!has_parameter_expressions
                    && (function_names.contains(&a) || lexical_names.contains(&a))))
        {
            arguments_object_needed = false;
        }
        // An arguments object that no code of this function mentions is unobservable.
        if !contains_arguments(body) && !contains_arguments(formals) {
            arguments_object_needed = false;
        }
        let env = self.ctx.lex_env.clone();
        for n in &parameter_names {
            if !env.borrow().bindings.contains_key(n) {
                self.env_create_mutable_binding(&env, *n, false);
                if has_duplicates {
                    self.env_initialize_binding(&env, *n, Value::Undefined)?;
                }
            }
        }
        let mut parameter_bindings = parameter_names.clone();
        if arguments_object_needed {
            let a = arguments_sym.expect("checked above");
            // An unmapped arguments object (a `callee` that throws) for strict code and
            // for non-simple parameter lists (§10.2.11 step 22).
            let ao = self.create_arguments_object(f, args, strict || !formals.is_simple());
            if strict {
                self.env_create_immutable_binding(&env, a, false);
            } else {
                self.env_create_mutable_binding(&env, a, false);
            }
            self.env_initialize_binding(&env, a, Value::Object(ao))?;
            parameter_bindings.push(a);
        }
        // IteratorBindingInitialization of the formals with the argument list.
        let target_env = if has_duplicates {
            None
        } else {
            Some(env.clone())
        };
        self.bind_formal_parameters(formals, args, target_env)?;
        let var_env = if !has_parameter_expressions {
            let mut instantiated = parameter_bindings.clone();
            for n in &var_names {
                if !instantiated.contains(n) {
                    instantiated.push(*n);
                    self.env_create_mutable_binding(&env, *n, false);
                    self.env_initialize_binding(&env, *n, Value::Undefined)?;
                }
            }
            env.clone()
        } else {
            let var_env = new_declarative_environment(Some(env.clone()));
            self.ctx.var_env = var_env.clone();
            let mut instantiated = Vec::new();
            for n in &var_names {
                if !instantiated.contains(n) {
                    instantiated.push(*n);
                    self.env_create_mutable_binding(&var_env, *n, false);
                    let initial = if !parameter_bindings.contains(n) || function_names.contains(n) {
                        Value::Undefined
                    } else {
                        self.env_get_binding_value(&env, *n, false)?
                    };
                    self.env_initialize_binding(&var_env, *n, initial)?;
                }
            }
            var_env
        };
        self.ctx.var_env = var_env.clone();
        let lex_env = if strict {
            var_env.clone()
        } else {
            new_declarative_environment(Some(var_env.clone()))
        };
        self.ctx.lex_env = lex_env.clone();
        self.instantiate_lexical_declarations(body, &lex_env, true)?;
        for func in functions {
            let fo = self.instantiate_hoisted_function(func, lex_env.clone());
            self.env_set_mutable_binding(&var_env, func.name().sym(), Value::Object(fo), false)?;
        }
        Ok(())
    }

    /// CreateUnmappedArgumentsObject (§10.4.4.6), `unmapped` for strict code and
    /// non-simple parameters. Otherwise the same object with a `callee` data property:
    /// parameter aliasing of mapped arguments objects is not supported
    /// (spec/language.md).
    fn create_arguments_object(
        &mut self,
        f: &Obj<'a>,
        args: &[Value<'a>],
        unmapped: bool,
    ) -> Obj<'a> {
        let obj = Obj::new(
            Some(self.intrinsic("%Object.prototype%")),
            ObjectKind::Arguments,
        );
        {
            let mut b = obj.borrow_mut();
            b.properties.insert(
                PropertyKey::from("length"),
                Property::Data {
                    value: Value::from(args.len()),
                    writable: true,
                    enumerable: false,
                    configurable: true,
                },
            );
            for (i, a) in args.iter().enumerate() {
                b.properties
                    .insert(PropertyKey::from(i), Property::data(a.clone()));
            }
        }
        let values = self.intrinsic("%Array.prototype.values%");
        let iter_key = PropertyKey::Symbol(self.well_known.iterator.clone());
        self.define_data(&obj, iter_key, Value::Object(values));
        if unmapped {
            let thrower = self.intrinsic("%ThrowTypeError%");
            obj.borrow_mut().properties.insert(
                PropertyKey::from("callee"),
                Property::Accessor {
                    get: Some(thrower.clone()),
                    set: Some(thrower),
                    enumerable: false,
                    configurable: false,
                },
            );
        } else {
            self.define_data(&obj, "callee", Value::Object(f.clone()));
        }
        obj
    }

    /// InitializeInstanceElements (§7.3.34): defines the constructor's fields on `o`.
    pub fn initialize_instance_elements(
        &mut self,
        o: &Obj<'a>,
        constructor: &Obj<'a>,
    ) -> JsResult<'a, ()> {
        let fields = match &constructor.borrow().kind {
            ObjectKind::Function(fd) => fd.fields.clone(),
            _ => Vec::new(),
        };
        for field in &fields {
            self.define_field(o, field)?;
        }
        Ok(())
    }

    /// DefineField (§7.3.33).
    pub fn define_field(&mut self, receiver: &Obj<'a>, field: &ClassField<'a>) -> JsResult<'a, ()> {
        let init_value = match &field.initializer {
            Some(init) => self.call(
                &Value::Object(init.clone()),
                Value::Object(receiver.clone()),
                &[],
            )?,
            None => Value::Undefined,
        };
        self.define_property_or_throw(
            receiver,
            &field.name,
            PropertyDescriptor::data(init_value, true, true, true),
        )
    }
}
