//! Operators: assignment (plain, compound and logical), unary, update and binary
//! expressions.

use boa_ast::Expression;
use boa_ast::expression::OptionalOperationKind;
use boa_ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_ast::expression::operator::assign::{AssignOp, AssignTarget};
use boa_ast::expression::operator::binary::{
    ArithmeticOp, BinaryOp, BitwiseOp, LogicalOp, RelationalOp,
};
use boa_ast::expression::operator::unary::UnaryOp;
use boa_ast::expression::operator::update::{UpdateOp, UpdateTarget};

use super::{CResult, Compiler, Resolved, err};
use crate::atom::{self, Atom};
use crate::vm::code::*;

fn arith(op: ArithmeticOp) -> BinOp {
    match op {
        ArithmeticOp::Add => BinOp::Add,
        ArithmeticOp::Sub => BinOp::Sub,
        ArithmeticOp::Mul => BinOp::Mul,
        ArithmeticOp::Div => BinOp::Div,
        ArithmeticOp::Mod => BinOp::Mod,
        ArithmeticOp::Exp => BinOp::Exp,
    }
}

fn bitwise(op: BitwiseOp) -> BinOp {
    match op {
        BitwiseOp::And => BinOp::BitAnd,
        BitwiseOp::Or => BinOp::BitOr,
        BitwiseOp::Xor => BinOp::BitXor,
        BitwiseOp::Shl => BinOp::Shl,
        BitwiseOp::Shr => BinOp::Shr,
        BitwiseOp::UShr => BinOp::UShr,
    }
}

pub(super) fn assign_binop(op: AssignOp) -> Option<BinOp> {
    Some(match op {
        AssignOp::Add => BinOp::Add,
        AssignOp::Sub => BinOp::Sub,
        AssignOp::Mul => BinOp::Mul,
        AssignOp::Div => BinOp::Div,
        AssignOp::Mod => BinOp::Mod,
        AssignOp::Exp => BinOp::Exp,
        AssignOp::And => BinOp::BitAnd,
        AssignOp::Or => BinOp::BitOr,
        AssignOp::Xor => BinOp::BitXor,
        AssignOp::Shl => BinOp::Shl,
        AssignOp::Shr => BinOp::Shr,
        AssignOp::Ushr => BinOp::UShr,
        _ => return None,
    })
}

/// The operator of a binary expression that is neither logical nor a comma.
pub(super) fn arith_or_bitwise_or_rel(op: BinaryOp) -> Option<BinOp> {
    Some(match op {
        BinaryOp::Arithmetic(a) => arith(a),
        BinaryOp::Bitwise(bw) => bitwise(bw),
        BinaryOp::Relational(r) => match r {
            RelationalOp::Equal => BinOp::Eq,
            RelationalOp::NotEqual => BinOp::Ne,
            RelationalOp::StrictEqual => BinOp::StrictEq,
            RelationalOp::StrictNotEqual => BinOp::StrictNe,
            RelationalOp::GreaterThan => BinOp::Gt,
            RelationalOp::GreaterThanOrEqual => BinOp::Ge,
            RelationalOp::LessThan => BinOp::Lt,
            RelationalOp::LessThanOrEqual => BinOp::Le,
            RelationalOp::In => BinOp::In,
            RelationalOp::InstanceOf => BinOp::InstanceOf,
        },
        BinaryOp::Logical(_) | BinaryOp::Comma => return None,
    })
}

impl<'ast> Compiler<'ast> {
    /// Whether `name`, assigned in strict code, might name no binding when the
    /// assignment starts: a global the script does not declare.
    fn may_be_unresolvable(&self, name: Atom) -> bool {
        self.fr().strict
            && matches!(self.resolve(name), Resolved::Global)
            && !self.script_globals.contains(&name)
    }

    /// `name = rhs` in strict code for a global that may not exist: the reference is
    /// resolved before the right side runs (§13.15.2 step 1.a), so a global the right
    /// side creates does not save an unresolvable reference from its ReferenceError
    /// (§6.2.5.6 PutValue step 3.a).
    fn strict_assign_to_unresolved(
        &mut self,
        a: &'ast boa_ast::expression::operator::Assign,
        name: Atom,
        dst: R,
        pos: boa_ast::Position,
    ) -> CResult<()> {
        let m = self.mark();
        let resolved = self.reg();
        self.emit(Op::HasGlobal {
            dst: resolved,
            name,
        });
        self.expr_named(a.rhs(), dst, Some(name))?;
        self.set_pos(pos);
        let skip = self.emit(Op::JumpIfTrue(resolved, 0));
        let msg = self.str_const(&format!("{} is not defined", atom::display(name)));
        self.emit(Op::ThrowError {
            kind: ErrKind::Reference,
            msg,
        });
        self.patch_here(skip);
        self.store_name(name, dst);
        self.release(m);
        Ok(())
    }

    pub(super) fn assign(
        &mut self,
        a: &'ast boa_ast::expression::operator::Assign,
        dst: R,
        pos: boa_ast::Position,
    ) -> CResult<()> {
        let op = a.op();
        let logical = matches!(
            op,
            AssignOp::BoolAnd | AssignOp::BoolOr | AssignOp::Coalesce
        );
        match a.lhs() {
            AssignTarget::Identifier(id) => {
                let name = self.sym_atom(id.sym());
                if op == AssignOp::Assign && self.may_be_unresolvable(name) {
                    self.strict_assign_to_unresolved(a, name, dst, pos)?;
                } else if op == AssignOp::Assign {
                    self.expr_named(a.rhs(), dst, Some(name))?;
                    self.set_pos(pos);
                    self.store_name(name, dst);
                } else if logical {
                    self.load_name(name, dst);
                    let j = self.logical_jump(op, dst);
                    self.expr_named(a.rhs(), dst, Some(name))?;
                    self.set_pos(pos);
                    self.store_name(name, dst);
                    self.patch_here(j);
                } else {
                    let m = self.mark();
                    let cur = self.reg();
                    self.load_name(name, cur);
                    self.expr(a.rhs(), dst)?;
                    self.set_pos(pos);
                    let bop = assign_binop(op).unwrap_or(BinOp::Add);
                    self.emit(Op::bin(bop, dst, cur, dst));
                    self.store_name(name, dst);
                    self.release(m);
                }
            }
            AssignTarget::Access(pa) => {
                let m = self.mark();
                match pa {
                    PropertyAccess::Simple(s) => {
                        let obj = self.reg();
                        self.expr(s.target(), obj)?;
                        let key = self.reg();
                        let named = match s.field() {
                            PropertyAccessField::Const(id) => Some(self.sym_atom(id.sym())),
                            PropertyAccessField::Expr(e) => {
                                self.expr(e, key)?;
                                if op != AssignOp::Assign {
                                    self.emit(Op::Un {
                                        op: UnOp::ToPropertyKey,
                                        dst: key,
                                        src: key,
                                    });
                                }
                                None
                            }
                        };
                        let get = |c: &mut Self, d: R| match named {
                            Some(k) => {
                                let ic = c.new_ic();
                                c.emit(Op::GetProp {
                                    dst: d,
                                    obj,
                                    key: k,
                                    ic,
                                })
                            }
                            None => c.emit(Op::GetElem { dst: d, obj, key }),
                        };
                        let set = |c: &mut Self, s: R| match named {
                            Some(k) => {
                                let ic = c.new_ic();
                                c.emit(Op::SetProp {
                                    obj,
                                    key: k,
                                    src: s,
                                    ic,
                                })
                            }
                            None => c.emit(Op::SetElem { obj, key, src: s }),
                        };
                        if op == AssignOp::Assign {
                            self.expr(a.rhs(), dst)?;
                            self.set_pos(pos);
                            set(self, dst);
                        } else if logical {
                            self.set_pos(pos);
                            get(self, dst);
                            let j = self.logical_jump(op, dst);
                            self.expr(a.rhs(), dst)?;
                            self.set_pos(pos);
                            set(self, dst);
                            self.patch_here(j);
                        } else {
                            let cur = self.reg();
                            self.set_pos(pos);
                            get(self, cur);
                            self.expr(a.rhs(), dst)?;
                            self.set_pos(pos);
                            let bop = assign_binop(op).unwrap_or(BinOp::Add);
                            self.emit(Op::bin(bop, dst, cur, dst));
                            set(self, dst);
                        }
                    }
                    PropertyAccess::Super(s) => {
                        let key = self.reg();
                        self.super_key(s.field(), key)?;
                        let (home, this) = self.super_base()?;
                        if op == AssignOp::Assign {
                            self.expr(a.rhs(), dst)?;
                        } else {
                            let cur = self.reg();
                            self.emit(Op::GetSuper {
                                dst: cur,
                                home,
                                this,
                                key,
                            });
                            if logical {
                                self.emit(Op::Mov(dst, cur));
                                let j = self.logical_jump(op, dst);
                                self.expr(a.rhs(), dst)?;
                                self.emit(Op::SetSuper {
                                    home,
                                    this,
                                    key,
                                    src: dst,
                                });
                                self.patch_here(j);
                                self.release(m);
                                return Ok(());
                            }
                            self.expr(a.rhs(), dst)?;
                            let bop = assign_binop(op).unwrap_or(BinOp::Add);
                            self.emit(Op::bin(bop, dst, cur, dst));
                        }
                        self.emit(Op::SetSuper {
                            home,
                            this,
                            key,
                            src: dst,
                        });
                    }
                    PropertyAccess::Private(_) => {
                        return err(
                            "private class members are not supported by the engine yet",
                            Some(pos),
                        );
                    }
                }
                self.release(m);
            }
            AssignTarget::Pattern(p) => {
                self.expr(a.rhs(), dst)?;
                let m = self.mark();
                let v = self.reg();
                self.emit(Op::Mov(v, dst));
                self.assign_pattern(p, v)?;
                self.release(m);
            }
        }
        Ok(())
    }

    /// For a logical assignment: jumps over the assignment when it short-circuits.
    pub(super) fn logical_jump(&mut self, op: AssignOp, cur: R) -> usize {
        match op {
            AssignOp::BoolAnd => self.emit(Op::JumpIfFalse(cur, 0)),
            AssignOp::BoolOr => self.emit(Op::JumpIfTrue(cur, 0)),
            _ => self.emit(Op::JumpIfNotNullish(cur, 0)),
        }
    }

    pub(super) fn unary(
        &mut self,
        u: &'ast boa_ast::expression::operator::Unary,
        dst: R,
        pos: boa_ast::Position,
    ) -> CResult<()> {
        let op = match u.op() {
            UnaryOp::Minus => UnOp::Neg,
            UnaryOp::Plus => UnOp::Plus,
            UnaryOp::Not => UnOp::Not,
            UnaryOp::Tilde => UnOp::BitNot,
            UnaryOp::Void => {
                self.expr(u.target(), dst)?;
                self.emit(Op::LoadUndef(dst));
                return Ok(());
            }
            UnaryOp::TypeOf => {
                let mut t = u.target();
                while let Expression::Parenthesized(p) = t {
                    t = p.expression();
                }
                if let Expression::Identifier(id) = t {
                    let name = self.sym_atom(id.sym());
                    if matches!(self.resolve(name), Resolved::Global) {
                        self.emit(Op::TypeofGlobal { dst, name });
                        return Ok(());
                    }
                }
                UnOp::Typeof
            }
            UnaryOp::Delete => {
                let mut t = u.target();
                while let Expression::Parenthesized(p) = t {
                    t = p.expression();
                }
                let m = self.mark();
                match t {
                    Expression::PropertyAccess(PropertyAccess::Simple(s)) => {
                        let obj = self.reg();
                        let key = self.reg();
                        self.expr(s.target(), obj)?;
                        match s.field() {
                            PropertyAccessField::Const(id) => {
                                let u16s = self.sym_units(id.sym());
                                let i = self.string_const(&u16s);
                                self.emit(Op::LoadStr(key, i));
                            }
                            PropertyAccessField::Expr(e) => self.expr(e, key)?,
                        }
                        self.set_pos(pos);
                        self.emit(Op::Delete { dst, obj, key });
                    }
                    Expression::PropertyAccess(PropertyAccess::Super(_)) => {
                        let msg = self.str_const("Unsupported reference to 'super'");
                        self.emit(Op::ThrowError {
                            kind: ErrKind::Reference,
                            msg,
                        });
                    }
                    Expression::Optional(o)
                        if matches!(
                            o.chain().last().map(|c| c.kind()),
                            Some(OptionalOperationKind::SimplePropertyAccess { .. })
                        ) =>
                    {
                        self.optional_full(o, dst, None, true)?;
                    }
                    Expression::Identifier(id) => {
                        let name = self.sym_atom(id.sym());
                        if matches!(self.resolve(name), Resolved::Global) {
                            self.emit(Op::DeleteGlobal { dst, name });
                        } else {
                            self.emit(Op::LoadBool(dst, false));
                        }
                    }
                    other => {
                        self.expr(other, dst)?;
                        self.emit(Op::LoadBool(dst, true));
                    }
                }
                self.release(m);
                return Ok(());
            }
        };
        self.expr(u.target(), dst)?;
        self.set_pos(pos);
        self.emit(Op::Un { op, dst, src: dst });
        Ok(())
    }

    pub(super) fn update(
        &mut self,
        u: &'ast boa_ast::expression::operator::Update,
        dst: R,
        pos: boa_ast::Position,
    ) -> CResult<()> {
        let (inc, prefix) = match u.op() {
            UpdateOp::IncrementPost => (true, false),
            UpdateOp::IncrementPre => (true, true),
            UpdateOp::DecrementPost => (false, false),
            UpdateOp::DecrementPre => (false, true),
        };
        let step = if inc { UnOp::Inc } else { UnOp::Dec };
        // A register local (a `var` or an initialised `let`): update it in place.
        if let UpdateTarget::Identifier(id) = u.target()
            && let Some(r) = self.direct_reg_assignable(id.sym())
            && r != dst
        {
            self.set_pos(pos);
            if prefix {
                self.emit(Op::Un {
                    op: step,
                    dst: r,
                    src: r,
                });
                self.emit(Op::Mov(dst, r));
            } else {
                self.emit(Op::Un {
                    op: UnOp::ToNumeric,
                    dst,
                    src: r,
                });
                self.emit(Op::Un {
                    op: step,
                    dst: r,
                    src: dst,
                });
            }
            return Ok(());
        }
        let m = self.mark();
        let old = self.reg();
        let new = self.reg();
        let compute = |c: &mut Self| {
            c.set_pos(pos);
            c.emit(Op::Un {
                op: UnOp::ToNumeric,
                dst: old,
                src: old,
            });
            c.emit(Op::Un {
                op: step,
                dst: new,
                src: old,
            });
        };
        match u.target() {
            UpdateTarget::Identifier(id) => {
                let name = self.sym_atom(id.sym());
                self.load_name(name, old);
                compute(self);
                self.store_name(name, new);
            }
            UpdateTarget::PropertyAccess(pa) => match pa {
                PropertyAccess::Simple(s) => {
                    let obj = self.reg();
                    self.expr(s.target(), obj)?;
                    match s.field() {
                        PropertyAccessField::Const(id) => {
                            let key = self.sym_atom(id.sym());
                            let ic = self.new_ic();
                            self.set_pos(pos);
                            self.emit(Op::GetProp {
                                dst: old,
                                obj,
                                key,
                                ic,
                            });
                            compute(self);
                            let ic = self.new_ic();
                            self.emit(Op::SetProp {
                                obj,
                                key,
                                src: new,
                                ic,
                            });
                        }
                        PropertyAccessField::Expr(e) => {
                            let key = self.reg();
                            self.expr(e, key)?;
                            self.emit(Op::Un {
                                op: UnOp::ToPropertyKey,
                                dst: key,
                                src: key,
                            });
                            self.set_pos(pos);
                            self.emit(Op::GetElem { dst: old, obj, key });
                            compute(self);
                            self.emit(Op::SetElem { obj, key, src: new });
                        }
                    }
                }
                PropertyAccess::Super(s) => {
                    let key = self.reg();
                    self.super_key(s.field(), key)?;
                    let (home, this) = self.super_base()?;
                    self.emit(Op::GetSuper {
                        dst: old,
                        home,
                        this,
                        key,
                    });
                    compute(self);
                    self.emit(Op::SetSuper {
                        home,
                        this,
                        key,
                        src: new,
                    });
                }
                PropertyAccess::Private(_) => {
                    return err(
                        "private class members are not supported by the engine yet",
                        Some(pos),
                    );
                }
            },
        }
        self.emit(Op::Mov(dst, if prefix { new } else { old }));
        self.release(m);
        Ok(())
    }

    pub(super) fn binary(
        &mut self,
        b: &'ast boa_ast::expression::operator::Binary,
        dst: R,
        pos: boa_ast::Position,
    ) -> CResult<()> {
        let op = match arith_or_bitwise_or_rel(b.op()) {
            Some(op) => op,
            None => match b.op() {
                BinaryOp::Logical(l) => {
                    self.expr(b.lhs(), dst)?;
                    let j = match l {
                        LogicalOp::And => self.emit(Op::JumpIfFalse(dst, 0)),
                        LogicalOp::Or => self.emit(Op::JumpIfTrue(dst, 0)),
                        LogicalOp::Coalesce => self.emit(Op::JumpIfNotNullish(dst, 0)),
                    };
                    self.expr(b.rhs(), dst)?;
                    self.patch_here(j);
                    return Ok(());
                }
                _ => {
                    self.expr(b.lhs(), dst)?;
                    self.expr(b.rhs(), dst)?;
                    return Ok(());
                }
            },
        };
        self.binary_op(op, b.lhs(), b.rhs(), dst, pos)
    }
}
