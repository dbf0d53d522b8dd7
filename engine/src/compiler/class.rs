//! Classes: constructors, methods, accessors, static members and public fields.

use boa_ast::Expression;
use boa_ast::function::{ClassElement, ClassElementName, FunctionExpression};
use boa_ast::property::{MethodDefinitionKind, PropertyName};

use super::function::{FnDesc, home_atom, new_target_atom, this_atom};
use super::{Bind, BindKind, CResult, Compiler, FnState, Loc, Scope, analysis, err};
use crate::atom::{self, Atom};
use crate::sync::Arc;
use crate::vm::code::*;

/// A field to initialise: its key (a literal name or a hidden binding holding the
/// computed key) and initializer.
struct Field<'ast> {
    key: FieldKey,
    init: Option<&'ast Expression>,
}

enum FieldKey {
    Name(Atom),
    Hidden(Atom),
}

impl<'ast> Compiler<'ast> {
    /// Compiles a class definition into `dst`.
    pub(super) fn class(
        &mut self,
        name: Option<Atom>,
        inner: Option<Atom>,
        heritage: Option<&'ast Expression>,
        ctor: Option<&'ast FunctionExpression>,
        elements: &'ast [ClassElement],
        dst: R,
    ) -> CResult<()> {
        let m = self.mark();
        // Class bodies (and their heritage) are strict code.
        let was_strict = self.fr().strict;
        self.f().strict = true;
        let r = self.class_inner(name, inner, heritage, ctor, elements, dst);
        self.f().strict = was_strict;
        self.release(m);
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn class_inner(
        &mut self,
        name: Option<Atom>,
        inner: Option<Atom>,
        heritage: Option<&'ast Expression>,
        ctor: Option<&'ast FunctionExpression>,
        elements: &'ast [ClassElement],
        dst: R,
    ) -> CResult<()> {
        // Hidden bindings for computed field keys, always in the class environment.
        let mut hidden: Vec<Atom> = Vec::new();
        for (i, e) in elements.iter().enumerate() {
            match e {
                ClassElement::FieldDefinition(f) | ClassElement::StaticFieldDefinition(f)
                    if matches!(f.name(), PropertyName::Computed(_)) =>
                {
                    hidden.push(atom::intern_str(&format!("%fieldkey{i}")));
                }
                ClassElement::PrivateFieldDefinition(_)
                | ClassElement::PrivateStaticFieldDefinition(_) => {
                    return err(
                        "private class members are not supported by the engine yet",
                        None,
                    );
                }
                ClassElement::StaticBlock(_) => {
                    return err(
                        "class static blocks are not supported by the engine yet",
                        None,
                    );
                }
                ClassElement::MethodDefinition(md) if md.is_private() => {
                    return err(
                        "private class members are not supported by the engine yet",
                        None,
                    );
                }
                _ => {}
            }
        }
        let mut decls: Vec<(Atom, BindKind)> = Vec::new();
        if let Some(n) = inner {
            decls.push((n, BindKind::ClassInner));
        }
        for h in &hidden {
            self.f().captured.insert(*h);
            decls.push((*h, BindKind::Var));
        }
        let scoped = !decls.is_empty();
        if scoped {
            self.push_scope(&decls);
        }
        let parent = self.reg();
        let has_parent = heritage.is_some();
        if let Some(h) = heritage {
            self.expr(h, parent)?;
        }
        let class_name = name.unwrap_or(atom::EMPTY);
        let kind = if has_parent {
            FnKind::DerivedCtor
        } else {
            FnKind::ClassCtor
        };
        let code = match ctor {
            Some(f) => self.compile_function(FnDesc {
                name: class_name,
                params: f.parameters(),
                body: f.body(),
                kind,
                self_name: None,
                is_async: false,
            })?,
            None => self.default_ctor(class_name, kind),
        };
        let f_idx = self.fr().children.len() as u32;
        self.f().children.push(code);
        let func = self.reg();
        let proto = self.reg();
        self.emit(Op::MakeClass {
            dst: func,
            code: f_idx,
            parent,
            has_parent,
            proto_dst: proto,
        });
        let key = self.reg();
        let val = self.reg();
        let mut fields: Vec<Field<'ast>> = Vec::new();
        let mut statics: Vec<Field<'ast>> = Vec::new();
        let mut hidden_iter = hidden.iter();
        for e in elements {
            match e {
                ClassElement::MethodDefinition(md) => {
                    let ClassElementName::PropertyName(pn) = md.name() else {
                        return err("private class members are not supported", None);
                    };
                    let target = if md.is_static() { func } else { proto };
                    self.property_name_key(pn, key)?;
                    let mname = match pn {
                        PropertyName::Literal(id) => self.sym_atom(id.sym()),
                        PropertyName::Computed(_) => atom::EMPTY,
                    };
                    let fkind = match md.kind() {
                        MethodDefinitionKind::Get => FnKind::Getter,
                        MethodDefinitionKind::Set => FnKind::Setter,
                        MethodDefinitionKind::Ordinary => FnKind::Method,
                        MethodDefinitionKind::Generator => {
                            return self.unsupported("generator functions", None);
                        }
                        MethodDefinitionKind::Async => FnKind::Method,
                        MethodDefinitionKind::AsyncGenerator => {
                            return self.unsupported("async generator functions", None);
                        }
                    };
                    let is_async = matches!(md.kind(), MethodDefinitionKind::Async);
                    let code =
                        self.method_code(mname, md.parameters(), md.body(), fkind, is_async)?;
                    self.emit_closure(code, val);
                    self.emit(Op::SetHome {
                        func: val,
                        home: target,
                    });
                    let prefix = match fkind {
                        FnKind::Getter => 1,
                        FnKind::Setter => 2,
                        _ => 0,
                    };
                    if prefix != 0 || matches!(pn, PropertyName::Computed(_)) {
                        self.emit(Op::SetFunctionName {
                            func: val,
                            key,
                            prefix,
                        });
                    }
                    let op = match fkind {
                        FnKind::Getter => Op::DefineGetter {
                            obj: target,
                            key,
                            func: val,
                            enumerable: false,
                        },
                        FnKind::Setter => Op::DefineSetter {
                            obj: target,
                            key,
                            func: val,
                            enumerable: false,
                        },
                        _ => Op::DefineMethod {
                            obj: target,
                            key,
                            func: val,
                            enumerable: false,
                        },
                    };
                    self.emit(op);
                }
                ClassElement::FieldDefinition(fd) | ClassElement::StaticFieldDefinition(fd) => {
                    let fk = match fd.name() {
                        PropertyName::Literal(id) => FieldKey::Name(self.sym_atom(id.sym())),
                        PropertyName::Computed(_) => {
                            let h = *hidden_iter.next().expect("hidden key per computed field");
                            self.property_name_key(fd.name(), key)?;
                            self.init_binding(h, key, false);
                            FieldKey::Hidden(h)
                        }
                    };
                    let field = Field {
                        key: fk,
                        init: fd.initializer(),
                    };
                    if matches!(e, ClassElement::StaticFieldDefinition(_)) {
                        statics.push(field);
                    } else {
                        fields.push(field);
                    }
                }
                _ => {}
            }
        }
        if !fields.is_empty() {
            let code = self.field_initializer(&fields)?;
            self.emit_closure(code, val);
            self.emit(Op::SetHome {
                func: val,
                home: proto,
            });
            self.emit(Op::SetFields {
                ctor: func,
                func: val,
            });
        }
        if let Some(n) = inner {
            self.init_binding(n, func, false);
        }
        if !statics.is_empty() {
            let code = self.field_initializer(&statics)?;
            self.emit_closure(code, val);
            self.emit(Op::SetHome {
                func: val,
                home: func,
            });
            let t = self.reg();
            self.emit(Op::Call {
                dst: t,
                func: val,
                this: func,
                args: t,
                argc: 0,
            });
        }
        self.emit(Op::Mov(dst, func));
        if scoped {
            self.pop_scope();
        }
        Ok(())
    }

    fn default_ctor(&mut self, name: Atom, kind: FnKind) -> Arc<Code> {
        let strict = true;
        let mut f = FnState::new(kind, strict, false);
        f.scopes.push(Scope::default());
        self.funcs.push(f);
        let t = self.reg();
        if kind == FnKind::DerivedCtor {
            self.emit(Op::CreateRest { dst: t, from: 0 });
            self.emit(Op::SuperCallSpread { dst: t, arr: t });
        } else {
            self.emit(Op::RunFields);
        }
        self.emit(Op::LoadUndef(t));
        self.emit(Op::Return(t));
        self.finish(name, 0, 0)
    }

    /// A synthetic method whose body defines `fields` on `this`.
    fn field_initializer(&mut self, fields: &[Field<'ast>]) -> CResult<Arc<Code>> {
        let inits: Vec<&Expression> = fields.iter().filter_map(|f| f.init).collect();
        let caps = analysis::captures(&inits, self.sym_arguments);
        let mut captured: std::collections::HashSet<Atom> =
            caps.names.iter().map(|s| self.sym_atom(*s)).collect();
        if caps.this {
            captured.insert(this_atom());
        }
        if caps.new_target {
            captured.insert(new_target_atom());
        }
        if caps.home {
            captured.insert(home_atom());
        }
        let mut f = FnState::new(FnKind::Method, true, false);
        f.captured = captured;
        self.funcs.push(f);
        let mut scope = Scope::default();
        for (name, reg) in [(this_atom(), REG_THIS), (new_target_atom(), REG_NEW_TARGET)] {
            let loc = if self.fr().captured.contains(&name) {
                scope.env_size += 1;
                Loc::Env(scope.env_size - 1)
            } else {
                Loc::Reg(reg)
            };
            scope.names.insert(
                name,
                Bind {
                    loc,
                    kind: BindKind::Pseudo,
                    init: false,
                },
            );
        }
        if self.fr().captured.contains(&home_atom()) {
            scope.env_size += 1;
            scope.names.insert(
                home_atom(),
                Bind {
                    loc: Loc::Env(scope.env_size - 1),
                    kind: BindKind::Pseudo,
                    init: false,
                },
            );
        }
        scope.has_env = scope.env_size > 0;
        let entries: Vec<(Atom, Bind)> = scope.names.iter().map(|(k, v)| (*k, *v)).collect();
        if scope.has_env {
            self.emit(Op::PushEnv(scope.env_size));
            self.f().env_depth += 1;
        }
        self.f().scopes.push(scope);
        for (name, b) in entries {
            if let Loc::Env(idx) = b.loc {
                let src = if name == this_atom() {
                    REG_THIS
                } else if name == new_target_atom() {
                    REG_NEW_TARGET
                } else {
                    let t = self.reg();
                    self.emit(Op::LoadHome(t));
                    t
                };
                self.emit(Op::SetEnv { src, hops: 0, idx });
            }
        }
        let key = self.reg();
        let val = self.reg();
        for field in fields {
            let hint = match field.key {
                FieldKey::Name(n) => {
                    let u: Vec<u16> = atom::text(n).to_vec();
                    let i = self.string_const(&u);
                    self.emit(Op::LoadStr(key, i));
                    Some(n)
                }
                FieldKey::Hidden(h) => {
                    self.load_name(h, key);
                    None
                }
            };
            match field.init {
                Some(e) => {
                    self.expr_named(e, val, hint)?;
                    if hint.is_none() && super::expr::is_anonymous_fn(e) {
                        self.emit(Op::SetFunctionName {
                            func: val,
                            key,
                            prefix: 0,
                        });
                    }
                }
                None => {
                    self.emit(Op::LoadUndef(val));
                }
            }
            self.emit(Op::DefineField {
                obj: REG_THIS,
                key,
                src: val,
            });
        }
        let t = self.reg();
        self.emit(Op::LoadUndef(t));
        self.emit(Op::Return(t));
        self.check_regs(None)?;
        Ok(self.finish(atom::EMPTY, 0, 0))
    }
}
