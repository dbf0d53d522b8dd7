//! Compiling functions: parameters, the function scope, hoisting, pseudo bindings.

use std::collections::HashSet;

use boa_ast::Declaration;
use boa_ast::declaration::Binding;
use boa_ast::function::{FormalParameterList, FunctionBody};

use super::analysis;
use super::{Bind, BindKind, CResult, Compiler, FnState, Loc, Scope, err};
use crate::atom::{self, Atom};
use crate::sync::Arc;
use crate::vm::code::*;

/// What to compile.
pub(super) struct FnDesc<'ast> {
    pub name: Atom,
    pub params: &'ast FormalParameterList,
    pub body: &'ast FunctionBody,
    pub kind: FnKind,
    /// The binding a named function expression has for itself.
    pub self_name: Option<Atom>,
    pub is_async: bool,
}

pub(super) fn this_atom() -> Atom {
    atom::intern_str("this")
}
pub(super) fn new_target_atom() -> Atom {
    atom::intern_str("new.target")
}
pub(super) fn home_atom() -> Atom {
    atom::intern_str("%home")
}
pub(super) fn ctor_atom() -> Atom {
    atom::intern_str("%ctor")
}

impl<'ast> Compiler<'ast> {
    /// Compiles a function and returns its code (the caller emits `Closure`).
    pub(super) fn compile_function(&mut self, d: FnDesc<'ast>) -> CResult<Arc<Code>> {
        let parent_strict = self.fr().strict;
        let strict = parent_strict || d.body.strict();
        let arrow = d.kind == FnKind::Arrow;
        let caps = analysis::captures(&[d.params], self.sym_arguments);
        let caps_body = analysis::captures(&[d.body], self.sym_arguments);
        let mut captured: HashSet<Atom> = caps
            .names
            .iter()
            .chain(caps_body.names.iter())
            .map(|s| self.sym_atom(*s))
            .collect();
        let cap_this = caps.this || caps_body.this;
        let cap_nt = caps.new_target || caps_body.new_target;
        let cap_home = caps.home || caps_body.home;
        if cap_this {
            captured.insert(this_atom());
        }
        if cap_nt {
            captured.insert(new_target_atom());
        }
        if cap_home {
            captured.insert(home_atom());
        }
        if caps.super_call || caps_body.super_call {
            captured.insert(ctor_atom());
        }
        let mut f = FnState::new(d.kind, strict, false);
        f.is_async = d.is_async;
        f.captured = captured;
        self.funcs.push(f);

        // Named function expressions see their own name in an outer scope.
        if let Some(n) = d.self_name {
            let mut s = Scope::default();
            if self.fr().captured.contains(&n) {
                s.env_size = 1;
                s.has_env = true;
                s.names.insert(
                    n,
                    Bind {
                        loc: Loc::Env(0),
                        kind: BindKind::FnName,
                        init: false,
                    },
                );
                self.emit(Op::PushEnv(1));
                self.f().env_depth += 1;
                self.emit(Op::SetEnv {
                    src: REG_CALLEE,
                    hops: 0,
                    idx: 0,
                });
            } else {
                s.names.insert(
                    n,
                    Bind {
                        loc: Loc::Reg(REG_CALLEE),
                        kind: BindKind::FnName,
                        init: false,
                    },
                );
            }
            self.f().scopes.push(s);
        }

        // Parameters occupy REG_PARAMS.. in order.
        let params = d.params.as_ref();
        let simple_count = params.iter().take_while(|p| !p.is_rest_param()).count() as u32;
        let param_base = self.regs(simple_count);
        debug_assert_eq!(param_base, REG_PARAMS);

        // The function scope: pseudo bindings, parameters, arguments, vars, top-level
        // lexical declarations.
        let items = d.body.statements();
        let mut decls: Vec<(Atom, BindKind)> = Vec::new();
        let mut param_names = Vec::new();
        for p in params {
            let mut names = Vec::new();
            analysis::binding_names(p.variable().binding(), &mut names);
            for n in names {
                param_names.push(self.sym_atom(n.sym()));
            }
        }
        let args_atom = self.sym_atom(self.sym_arguments);
        let uses_arguments = !arrow
            && !param_names.contains(&args_atom)
            && (analysis_mentions(self, d.params, d.body, self.sym_arguments));
        let vars: Vec<Atom> = analysis::var_names(items)
            .into_iter()
            .map(|i| self.sym_atom(i.sym()))
            .collect();
        let lex = self.lexical_decls(items);
        // With parameter expressions (defaults, patterns), parameters have their own
        // scope with a TDZ, and the body's vars live in a separate scope
        // (FunctionDeclarationInstantiation steps 27-28).
        let separate = d.params.has_expressions();
        let param_kind = if separate {
            BindKind::Let
        } else {
            BindKind::Var
        };
        for &n in &param_names {
            decls.push((n, param_kind));
        }
        if uses_arguments {
            decls.push((args_atom, BindKind::Var));
        }
        let mut body_decls: Vec<(Atom, BindKind)> = Vec::new();
        for &v in &vars {
            body_decls.push((v, BindKind::Var));
        }
        for &(n, k) in &lex {
            body_decls.push((n, k));
        }
        if !separate {
            decls.append(&mut body_decls);
        }
        let mut scope = Scope::default();
        if !arrow {
            let this_kind = if d.kind == FnKind::DerivedCtor {
                BindKind::Let
            } else {
                BindKind::Pseudo
            };
            for (name, reg, kind) in [
                (this_atom(), REG_THIS, this_kind),
                (new_target_atom(), REG_NEW_TARGET, BindKind::Pseudo),
            ] {
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
                        kind,
                        init: false,
                    },
                );
            }
            for pseudo in [home_atom(), ctor_atom()] {
                if self.fr().captured.contains(&pseudo) {
                    scope.env_size += 1;
                    scope.names.insert(
                        pseudo,
                        Bind {
                            loc: Loc::Env(scope.env_size - 1),
                            kind: BindKind::Pseudo,
                            init: false,
                        },
                    );
                }
            }
        }
        let mut simple_param_regs = Vec::new();
        for (i, p) in params.iter().enumerate().filter(|_| !separate) {
            if let (Binding::Identifier(id), None, false) =
                (p.variable().binding(), p.init(), p.is_rest_param())
            {
                simple_param_regs.push((self.sym_atom(id.sym()), REG_PARAMS + i as R));
            }
        }
        for (name, kind) in decls {
            if scope.names.contains_key(&name) {
                continue;
            }
            let loc = if self.fr().captured.contains(&name) {
                scope.env_size += 1;
                Loc::Env(scope.env_size - 1)
            } else if let Some(&(_, r)) = simple_param_regs.iter().find(|(n, _)| *n == name) {
                // A simple parameter lives in its argument register (the last one of
                // duplicates wins, as in sloppy code).
                let last = simple_param_regs
                    .iter()
                    .rev()
                    .find(|(n, _)| *n == name)
                    .map(|x| x.1)
                    .unwrap_or(r);
                Loc::Reg(last)
            } else {
                Loc::Reg(self.reg())
            };
            scope.names.insert(
                name,
                Bind {
                    loc,
                    kind,
                    init: false,
                },
            );
        }
        scope.has_env = scope.env_size > 0;
        if scope.has_env {
            self.emit(Op::PushEnv(scope.env_size));
            self.f().env_depth += 1;
        }
        // Initial values: lexical → uninitialised, var → undefined (parameters keep
        // their argument registers).
        let inits: Vec<(Atom, Bind)> = scope.names.iter().map(|(k, v)| (*k, *v)).collect();
        self.f().scopes.push(scope);
        for (name, b) in &inits {
            let is_param_reg = matches!(b.loc, Loc::Reg(r) if r >= REG_PARAMS && (r as u32) < u32::from(REG_PARAMS) + simple_count);
            match (b.loc, b.kind) {
                (Loc::Reg(r), BindKind::Let | BindKind::Const) if r >= REG_PARAMS => {
                    self.emit(Op::LoadUninit(r));
                }
                (Loc::Reg(r), BindKind::Var) if !is_param_reg && r >= REG_PARAMS => {
                    self.emit(Op::LoadUndef(r));
                }
                (Loc::Env(idx), BindKind::Var) => {
                    if let Some(&(_, r)) = simple_param_regs.iter().rev().find(|(n, _)| n == name) {
                        self.emit(Op::SetEnv {
                            src: r,
                            hops: 0,
                            idx,
                        });
                    } else {
                        let t = self.reg();
                        self.emit(Op::LoadUndef(t));
                        self.emit(Op::SetEnv {
                            src: t,
                            hops: 0,
                            idx,
                        });
                    }
                }
                (Loc::Env(idx), BindKind::Pseudo) => {
                    let src = if *name == this_atom() {
                        REG_THIS
                    } else if *name == new_target_atom() {
                        REG_NEW_TARGET
                    } else if *name == ctor_atom() {
                        REG_CALLEE
                    } else {
                        let t = self.reg();
                        self.emit(Op::LoadHome(t));
                        t
                    };
                    self.emit(Op::SetEnv { src, hops: 0, idx });
                }
                (Loc::Env(idx), BindKind::Let) if *name == this_atom() => {
                    // Derived constructor: `this` starts uninitialised.
                    self.emit(Op::SetEnv {
                        src: REG_THIS,
                        hops: 0,
                        idx,
                    });
                }
                _ => {}
            }
        }
        if uses_arguments {
            let t = self.reg();
            self.emit(Op::CreateArguments(t));
            self.init_binding(args_atom, t, false);
        }
        // Parameters with patterns, defaults or rest.
        for (i, p) in params.iter().enumerate() {
            let simple = matches!(
                (p.variable().binding(), p.init(), p.is_rest_param()),
                (Binding::Identifier(_), None, false)
            );
            if simple && !separate {
                continue;
            }
            let m = self.mark();
            let src = if p.is_rest_param() {
                let t = self.reg();
                self.emit(Op::CreateRest {
                    dst: t,
                    from: i as u16,
                });
                t
            } else {
                REG_PARAMS + i as R
            };
            let val = if let Some(init) = p.init() {
                let t = self.reg();
                self.emit(Op::Mov(t, src));
                let j = self.emit(Op::JumpIfNotUndefined(t, 0));
                let hint = match p.variable().binding() {
                    Binding::Identifier(id) => Some(self.sym_atom(id.sym())),
                    _ => None,
                };
                self.expr_named(init, t, hint)?;
                self.patch_here(j);
                t
            } else {
                src
            };
            self.bind_pattern(p.variable().binding(), val, true)?;
            self.release(m);
        }
        if separate {
            // Body vars named like a parameter start with the parameter's value.
            let m = self.mark();
            let mut copies = Vec::new();
            for (n, _) in &body_decls {
                if param_names.contains(n) && !copies.iter().any(|(x, _)| x == n) {
                    let t = self.reg();
                    self.load_name(*n, t);
                    copies.push((*n, t));
                }
            }
            self.push_scope(&body_decls);
            for (n, t) in copies {
                self.init_binding(n, t, false);
            }
            let _ = m;
        }
        if d.kind == FnKind::ClassCtor {
            self.emit(Op::RunFields);
        }
        self.hoist_functions(items, false)?;
        for item in items {
            self.statement_list_item(item)?;
        }
        let t = self.reg();
        self.emit(Op::LoadUndef(t));
        self.sync_this_for_return();
        self.emit(Op::Return(t));
        self.check_regs(None)?;
        let length = d.params.length();
        Ok(self.finish(d.name, simple_count, length))
    }

    /// A hoistable declaration (function or async function): its name and what to
    /// compile.
    pub(super) fn hoistable(&self, d: &'ast Declaration) -> Option<(Atom, FnDesc<'ast>)> {
        let (name, params, body, is_async) = match d {
            Declaration::FunctionDeclaration(fd) => (fd.name(), fd.parameters(), fd.body(), false),
            Declaration::AsyncFunctionDeclaration(fd) => {
                (fd.name(), fd.parameters(), fd.body(), true)
            }
            _ => return None,
        };
        let name = self.sym_atom(name.sym());
        Some((
            name,
            FnDesc {
                name,
                params,
                body,
                kind: FnKind::Normal,
                self_name: None,
                is_async,
            },
        ))
    }

    pub(super) fn emit_closure(&mut self, code: Arc<Code>, dst: R) {
        let f = self.f();
        let idx = f.children.len() as u32;
        f.children.push(code);
        self.emit(Op::Closure { dst, code: idx });
    }

    /// Compiles a getter/setter/method body.
    pub(super) fn method_code(
        &mut self,
        name: Atom,
        params: &'ast FormalParameterList,
        body: &'ast FunctionBody,
        kind: FnKind,
        is_async: bool,
    ) -> CResult<Arc<Code>> {
        self.compile_function(FnDesc {
            name,
            params,
            body,
            kind,
            self_name: None,
            is_async,
        })
    }

    /// In a derived constructor whose `this` lives in an environment (an arrow may call
    /// `super()`), copies it to the `this` register the return path checks.
    pub(super) fn sync_this_for_return(&mut self) {
        if self.fr().kind != FnKind::DerivedCtor {
            return;
        }
        if let super::Resolved::Env(hops, idx, _) = self.resolve(this_atom()) {
            self.emit(Op::GetEnv {
                dst: REG_THIS,
                hops,
                idx,
            });
        }
    }

    /// Rejects generator/async forms.
    pub(super) fn unsupported<T>(&self, what: &str, pos: Option<boa_ast::Position>) -> CResult<T> {
        err(format!("{what} are not supported by the engine yet"), pos)
    }
}

/// Does `arguments` appear in the function's own code (or arrows inside it)?
fn analysis_mentions(
    c: &Compiler<'_>,
    params: &FormalParameterList,
    body: &FunctionBody,
    sym: boa_interner::Sym,
) -> bool {
    use boa_ast::expression::Identifier;
    use boa_ast::visitor::{VisitWith, Visitor};
    use std::ops::ControlFlow;
    struct V(boa_interner::Sym, bool);
    impl<'a> Visitor<'a> for V {
        type BreakTy = ();
        fn visit_identifier(&mut self, n: &'a Identifier) -> ControlFlow<()> {
            if n.sym() == self.0 {
                self.1 = true;
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        }
    }
    let _ = c;
    let mut v = V(sym, false);
    let _ = params.visit_with(&mut v);
    let _ = body.visit_with(&mut v);
    v.1
}
