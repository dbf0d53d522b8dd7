//! Destructuring patterns (binding and assignment) and assignment to property targets.

use boa_ast::Expression;
use boa_ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_ast::pattern::{ArrayPatternElement, ObjectPatternElement, Pattern};
use boa_ast::property::PropertyName;

use super::stmt::BindMode;
use super::{CResult, Compiler, err};
use crate::atom::Atom;
use crate::vm::code::*;

impl<'ast> Compiler<'ast> {
    pub(super) fn assign_pattern(&mut self, p: &'ast Pattern, src: R) -> CResult<()> {
        self.pattern(p, src, BindMode::Assign)
    }

    fn bind_ident(&mut self, name: Atom, src: R, mode: BindMode) {
        match mode {
            BindMode::Init { lexical } => self.init_binding(name, src, lexical),
            BindMode::Assign => self.store_name(name, src),
        }
    }

    fn default_value(
        &mut self,
        t: R,
        init: Option<&'ast Expression>,
        hint: Option<Atom>,
    ) -> CResult<()> {
        if let Some(init) = init {
            let j = self.emit(Op::JumpIfNotUndefined(t, 0));
            self.expr_named(init, t, hint)?;
            self.patch_here(j);
        }
        Ok(())
    }

    /// Loads a property name as a key into a register.
    pub(super) fn property_name_key(&mut self, n: &'ast PropertyName, dst: R) -> CResult<()> {
        match n {
            PropertyName::Literal(id) => {
                let u = self.sym_units(id.sym());
                let i = self.string_const(&u);
                self.emit(Op::LoadStr(dst, i));
            }
            PropertyName::Computed(e) => {
                self.expr(e, dst)?;
                self.emit(Op::Un {
                    op: UnOp::ToPropertyKey,
                    dst,
                    src: dst,
                });
            }
        }
        Ok(())
    }

    pub(super) fn pattern(&mut self, p: &'ast Pattern, src: R, mode: BindMode) -> CResult<()> {
        match p {
            Pattern::Object(o) => {
                let m = self.mark();
                let chk = self.reg();
                self.emit(Op::Un {
                    op: UnOp::RequireObjectCoercible,
                    dst: chk,
                    src,
                });
                let elems = o.bindings();
                let nkeys = elems.len() as u32;
                let keys = self.regs(nkeys);
                let t = self.reg();
                for (i, e) in elems.iter().enumerate() {
                    let key = keys + i as R;
                    match e {
                        ObjectPatternElement::SingleName {
                            name,
                            ident,
                            default_init,
                        } => {
                            self.property_name_key(name, key)?;
                            self.emit(Op::GetElem {
                                dst: t,
                                obj: src,
                                key,
                            });
                            let n = self.sym_atom(ident.sym());
                            self.default_value(t, default_init.as_ref(), Some(n))?;
                            self.bind_ident(n, t, mode);
                        }
                        ObjectPatternElement::Pattern {
                            name,
                            pattern,
                            default_init,
                        } => {
                            self.property_name_key(name, key)?;
                            self.emit(Op::GetElem {
                                dst: t,
                                obj: src,
                                key,
                            });
                            self.default_value(t, default_init.as_ref(), None)?;
                            let m2 = self.mark();
                            let v = self.reg();
                            self.emit(Op::Mov(v, t));
                            self.pattern(pattern, v, mode)?;
                            self.release(m2);
                        }
                        ObjectPatternElement::AssignmentPropertyAccess {
                            name,
                            access,
                            default_init,
                        } => {
                            self.property_name_key(name, key)?;
                            self.emit(Op::GetElem {
                                dst: t,
                                obj: src,
                                key,
                            });
                            self.default_value(t, default_init.as_ref(), None)?;
                            self.assign_to_access(access, t)?;
                        }
                        ObjectPatternElement::RestProperty { ident } => {
                            self.emit(Op::NewObject(t));
                            self.emit(Op::CopyDataProps {
                                dst: t,
                                src,
                                excluded: keys,
                                nexcluded: i as u16,
                            });
                            let n = self.sym_atom(ident.sym());
                            self.bind_ident(n, t, mode);
                        }
                        ObjectPatternElement::AssignmentRestPropertyAccess { access } => {
                            self.emit(Op::NewObject(t));
                            self.emit(Op::CopyDataProps {
                                dst: t,
                                src,
                                excluded: keys,
                                nexcluded: i as u16,
                            });
                            self.assign_to_access(access, t)?;
                        }
                    }
                }
                self.release(m);
                Ok(())
            }
            Pattern::Array(a) => {
                let m = self.mark();
                let iter = self.regs(2);
                let done = self.reg();
                let t = self.reg();
                let exc = self.reg();
                self.emit(Op::GetIterator { iter, src });
                self.emit(Op::LoadBool(done, false));
                let region = self.open_try();
                for e in a.bindings() {
                    match e {
                        ArrayPatternElement::Elision => {
                            self.emit(Op::IterStep { dst: t, iter, done });
                        }
                        ArrayPatternElement::SingleName {
                            ident,
                            default_init,
                        } => {
                            self.emit(Op::IterStep { dst: t, iter, done });
                            let n = self.sym_atom(ident.sym());
                            self.default_value(t, default_init.as_ref(), Some(n))?;
                            self.bind_ident(n, t, mode);
                        }
                        ArrayPatternElement::PropertyAccess {
                            access,
                            default_init,
                        } => {
                            self.emit(Op::IterStep { dst: t, iter, done });
                            self.default_value(t, default_init.as_ref(), None)?;
                            self.assign_to_access(access, t)?;
                        }
                        ArrayPatternElement::Pattern {
                            pattern,
                            default_init,
                        } => {
                            self.emit(Op::IterStep { dst: t, iter, done });
                            self.default_value(t, default_init.as_ref(), None)?;
                            let m2 = self.mark();
                            let v = self.reg();
                            self.emit(Op::Mov(v, t));
                            self.pattern(pattern, v, mode)?;
                            self.release(m2);
                        }
                        ArrayPatternElement::SingleNameRest { ident } => {
                            self.rest_array(t, iter, done);
                            let n = self.sym_atom(ident.sym());
                            self.bind_ident(n, t, mode);
                        }
                        ArrayPatternElement::PropertyAccessRest { access } => {
                            self.rest_array(t, iter, done);
                            self.assign_to_access(access, t)?;
                        }
                        ArrayPatternElement::PatternRest { pattern } => {
                            self.rest_array(t, iter, done);
                            let m2 = self.mark();
                            let v = self.reg();
                            self.emit(Op::Mov(v, t));
                            self.pattern(pattern, v, mode)?;
                            self.release(m2);
                        }
                    }
                }
                let ranges = self.close_try(region);
                let skip = self.emit(Op::JumpIfTrue(done, 0));
                self.emit(Op::IterClose { iter });
                let over = self.emit(Op::Jump(0));
                let handler = self.pc();
                self.add_handlers(ranges, handler, exc);
                let rethrow = self.emit(Op::JumpIfTrue(done, 0));
                self.emit(Op::IterCloseQuiet { iter });
                self.patch_here(rethrow);
                self.emit(Op::Throw(exc));
                self.patch_here(skip);
                self.patch_here(over);
                self.release(m);
                Ok(())
            }
        }
    }

    fn rest_array(&mut self, t: R, iter: R, done: R) {
        let m = self.mark();
        let x = self.reg();
        self.emit(Op::NewArray(t));
        let top = self.pc();
        self.emit(Op::IterStep { dst: x, iter, done });
        let out = self.emit(Op::JumpIfTrue(done, 0));
        self.emit(Op::ArrayPush { arr: t, src: x });
        self.emit(Op::Jump(top));
        self.patch_here(out);
        self.release(m);
    }

    /// `target = val` where target is a property access.
    pub(super) fn assign_to_access(&mut self, a: &'ast PropertyAccess, val: R) -> CResult<()> {
        let m = self.mark();
        match a {
            PropertyAccess::Simple(s) => {
                let obj = self.reg();
                self.expr(s.target(), obj)?;
                match s.field() {
                    PropertyAccessField::Const(id) => {
                        let key = self.sym_atom(id.sym());
                        let ic = self.new_ic();
                        self.emit(Op::SetProp {
                            obj,
                            key,
                            src: val,
                            ic,
                        });
                    }
                    PropertyAccessField::Expr(e) => {
                        let key = self.reg();
                        self.expr(e, key)?;
                        self.emit(Op::SetElem { obj, key, src: val });
                    }
                }
            }
            PropertyAccess::Super(s) => {
                let key = self.reg();
                self.super_key(s.field(), key)?;
                let (home, this) = self.super_base()?;
                self.emit(Op::SetSuper {
                    home,
                    this,
                    key,
                    src: val,
                });
            }
            PropertyAccess::Private(_) => {
                return err(
                    "private class members are not supported by the engine yet",
                    None,
                );
            }
        }
        self.release(m);
        Ok(())
    }

    pub(super) fn super_key(&mut self, f: &'ast PropertyAccessField, key: R) -> CResult<()> {
        match f {
            PropertyAccessField::Const(id) => {
                let u = self.sym_units(id.sym());
                let i = self.string_const(&u);
                self.emit(Op::LoadStr(key, i));
            }
            PropertyAccessField::Expr(e) => {
                self.expr(e, key)?;
                self.emit(Op::Un {
                    op: UnOp::ToPropertyKey,
                    dst: key,
                    src: key,
                });
            }
        }
        Ok(())
    }

    /// Registers holding the home object and `this` for a `super.x` access.
    pub(super) fn super_base(&mut self) -> CResult<(R, R)> {
        let home = self.reg();
        let home_name = super::function::home_atom();
        if self.fr().kind == FnKind::Arrow {
            match self.resolve(home_name) {
                super::Resolved::Env(hops, idx, _) => {
                    self.emit(Op::GetEnv {
                        dst: home,
                        hops,
                        idx,
                    });
                }
                _ => return err("'super' keyword unexpected here", None),
            }
        } else {
            self.emit(Op::LoadHome(home));
        }
        let this = self.reg();
        self.load_this(this);
        Ok((home, this))
    }
}
