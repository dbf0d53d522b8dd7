//! ClassDefinitionEvaluation (§15.7.14) and class element evaluation.

use boa_ast::Expression;
use boa_ast::function::{ClassElement, ClassElementName, FunctionExpression};
use boa_interner::Sym;

use crate::env::new_declarative_environment;
use crate::interp::{Interp, JsResult};
use crate::object::{ClassField, ConstructorKind, FunctionCode, Obj, ObjectKind, Property};
use crate::value::{PropertyKey, Value};

impl<'a> Interp<'a> {
    /// ClassDefinitionEvaluation (§15.7.14). `binding` is the class's own inner binding
    /// name (absent for anonymous class expressions); `name` is the function name.
    pub fn class_definition_evaluation(
        &mut self,
        binding: Option<Sym>,
        name: PropertyKey,
        heritage: Option<&'a Expression>,
        constructor: Option<&'a FunctionExpression>,
        elements: &'a [ClassElement],
    ) -> JsResult<'a, Obj<'a>> {
        let env = self.ctx.lex_env.clone();
        let saved_strict = self.ctx.strict;
        let class_env = new_declarative_environment(Some(env.clone()));
        if let Some(b) = binding {
            self.env_create_immutable_binding(&class_env, b, true);
        }
        // All parts of a class are strict mode code (§11.2.2).
        self.ctx.strict = true;
        let result = (|| {
            let (proto_parent, constructor_parent) = match heritage {
                None => (
                    Some(self.intrinsic("%Object.prototype%")),
                    self.intrinsic("%Function.prototype%"),
                ),
                Some(h) => {
                    self.ctx.lex_env = class_env.clone();
                    let superclass = self.evaluate_expression(h);
                    self.ctx.lex_env = env.clone();
                    match superclass? {
                        Value::Null => (None, self.intrinsic("%Function.prototype%")),
                        Value::Object(s) if s.is_constructor() => {
                            let pp = self.get_prop(&s, "prototype")?;
                            let pp = match pp {
                                Value::Object(p) => Some(p),
                                Value::Null => None,
                                _ => {
                                    return Err(self.type_error(
                                        "Class extends value does not have valid prototype property",
                                    ));
                                }
                            };
                            (pp, s)
                        }
                        other => {
                            let d = self.describe(&other);
                            return Err(self.type_error(format!(
                                "Class extends value {d} is not a constructor or null"
                            )));
                        }
                    }
                }
            };
            let proto = Obj::new(proto_parent, ObjectKind::Ordinary);
            self.ctx.lex_env = class_env.clone();
            let code = match constructor {
                Some(c) => FunctionCode::Source {
                    params: c.parameters(),
                    body: c.body(),
                    arrow: false,
                },
                None => FunctionCode::DefaultConstructor,
            };
            let f = self.ordinary_function_create(
                constructor_parent,
                code,
                false,
                class_env.clone(),
                true,
            );
            self.make_method(&f, &proto);
            if let ObjectKind::Function(fd) = &mut f.borrow_mut().kind {
                fd.is_class_constructor = true;
                if heritage.is_some() {
                    fd.constructor_kind = ConstructorKind::Derived;
                }
            }
            self.set_function_name(&f, &name, None);
            self.make_constructor(&f, false, Some(proto.clone()));
            proto.borrow_mut().properties.insert(
                PropertyKey::from("constructor"),
                Property::Data {
                    value: Value::Object(f.clone()),
                    writable: true,
                    enumerable: false,
                    configurable: true,
                },
            );
            let mut instance_fields = Vec::new();
            let mut static_fields = Vec::new();
            for e in elements {
                match e {
                    ClassElement::MethodDefinition(m) => {
                        let ClassElementName::PropertyName(pn) = m.name() else {
                            return Err(self.unsupported("private class members"));
                        };
                        let target = if m.is_static() {
                            f.clone()
                        } else {
                            proto.clone()
                        };
                        let key = self.evaluate_property_name(pn)?;
                        self.define_method_property(
                            &target,
                            key,
                            m.parameters(),
                            m.body(),
                            m.kind(),
                            false,
                            true,
                        )?;
                    }
                    ClassElement::FieldDefinition(fd) | ClassElement::StaticFieldDefinition(fd) => {
                        let is_static = matches!(e, ClassElement::StaticFieldDefinition(_));
                        let home = if is_static { f.clone() } else { proto.clone() };
                        let key = self.evaluate_property_name(fd.name())?;
                        let initializer = fd.initializer().map(|init| {
                            let fp = self.intrinsic("%Function.prototype%");
                            let init_fn = self.ordinary_function_create(
                                fp,
                                FunctionCode::FieldInitializer(init),
                                false,
                                class_env.clone(),
                                true,
                            );
                            self.make_method(&init_fn, &home);
                            init_fn
                        });
                        let field = ClassField {
                            name: key,
                            initializer,
                        };
                        if is_static {
                            static_fields.push(field);
                        } else {
                            instance_fields.push(field);
                        }
                    }
                    ClassElement::PrivateFieldDefinition(_)
                    | ClassElement::PrivateStaticFieldDefinition(_) => {
                        return Err(self.unsupported("private class members"));
                    }
                    ClassElement::StaticBlock(_) => {
                        return Err(self.unsupported("class static blocks"));
                    }
                }
            }
            self.ctx.lex_env = env.clone();
            if let Some(b) = binding {
                self.env_initialize_binding(&class_env, b, Value::Object(f.clone()))?;
            }
            if let ObjectKind::Function(fd) = &mut f.borrow_mut().kind {
                fd.fields = instance_fields;
            }
            for field in &static_fields {
                self.define_field(&f, field)?;
            }
            Ok(f)
        })();
        self.ctx.lex_env = env;
        self.ctx.strict = saved_strict;
        result
    }
}
