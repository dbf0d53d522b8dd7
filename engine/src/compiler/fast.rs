//! Cheaper bytecode for the common shapes of hot code: operands read straight from the
//! register of a local binding (no copy), number constants as immediates, conditions
//! compiled into fused compare-and-branch instructions, and updates and compound
//! assignments of register locals in place.
//!
//! Everything here is an optimisation of what `expr` would emit: the same operations
//! happen in the same order with the same values, only with fewer instructions.

use boa_ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_ast::expression::literal::LiteralKind;
use boa_ast::expression::operator::assign::{AssignOp, AssignTarget};
use boa_ast::expression::operator::binary::{BinaryOp, LogicalOp};
use boa_ast::expression::operator::unary::UnaryOp;
use boa_ast::expression::operator::update::{UpdateOp, UpdateTarget};
use boa_ast::{Expression, Spanned};

use super::{BindKind, CResult, Compiler, Resolved};
use crate::atom::Atom;
use crate::vm::code::*;

/// Whether evaluating `e` might assign a binding (conservative: true for anything but
/// the plain forms below). A local held in a register can only be written by code of
/// its own function (closures reach captured bindings through environments), so a
/// register read before `e` is evaluated still holds the same value after it when
/// this is false.
pub(super) fn may_assign(e: &Expression) -> bool {
    match e {
        Expression::Identifier(_) | Expression::Literal(_) | Expression::This(_) => false,
        Expression::Parenthesized(p) => may_assign(p.expression()),
        Expression::Unary(u) => u.op() == UnaryOp::Delete || may_assign(u.target()),
        Expression::Binary(b) => may_assign(b.lhs()) || may_assign(b.rhs()),
        Expression::PropertyAccess(PropertyAccess::Simple(s)) => {
            may_assign(s.target())
                || match s.field() {
                    PropertyAccessField::Const(_) => false,
                    PropertyAccessField::Expr(k) => may_assign(k),
                }
        }
        Expression::Call(c) => may_assign(c.function()) || c.args().iter().any(may_assign),
        Expression::Conditional(c) => {
            may_assign(c.condition()) || may_assign(c.if_true()) || may_assign(c.if_false())
        }
        _ => true,
    }
}

/// Whether `expr(e, dst)` writes `dst` only with its final instruction, after every
/// read of its operands: such an expression may target a binding's own register
/// directly (`let x = a + b`, `x = f(y)`, `var v = o.p`), since nothing can observe
/// the register half-written.
pub(super) fn writes_dst_last(e: &Expression) -> bool {
    match e {
        Expression::Literal(_) | Expression::Identifier(_) => true,
        Expression::Parenthesized(p) => writes_dst_last(p.expression()),
        Expression::Binary(b) => !matches!(b.op(), BinaryOp::Logical(_) | BinaryOp::Comma),
        Expression::Call(_) | Expression::PropertyAccess(PropertyAccess::Simple(_)) => true,
        _ => false,
    }
}

/// The number a literal (or a negated literal) denotes.
pub(super) fn number_literal(e: &Expression) -> Option<f64> {
    match e {
        Expression::Literal(l) => match l.kind() {
            LiteralKind::Num(n) => Some(*n),
            LiteralKind::Int(n) => Some(f64::from(*n)),
            _ => None,
        },
        Expression::Parenthesized(p) => number_literal(p.expression()),
        Expression::Unary(u) if u.op() == UnaryOp::Minus => number_literal(u.target()).map(|n| -n),
        _ => None,
    }
}

fn relational(op: BinaryOp) -> Option<CmpOp> {
    use boa_ast::expression::operator::binary::RelationalOp as R;
    match op {
        BinaryOp::Relational(r) => Some(match r {
            R::LessThan => CmpOp::Lt,
            R::LessThanOrEqual => CmpOp::Le,
            R::GreaterThan => CmpOp::Gt,
            R::GreaterThanOrEqual => CmpOp::Ge,
            R::Equal => CmpOp::Eq,
            R::NotEqual => CmpOp::Ne,
            R::StrictEqual => CmpOp::StrictEq,
            R::StrictNotEqual => CmpOp::StrictNe,
            R::In | R::InstanceOf => return None,
        }),
        _ => None,
    }
}

impl<'ast> Compiler<'ast> {
    /// The register of a local binding that `e` reads with no check (a `var`, a
    /// parameter, or a `let`/`const` known to be initialised), if `e` is one.
    pub(super) fn direct_reg(&self, e: &Expression) -> Option<R> {
        match e {
            Expression::Identifier(id) => {
                let name = self.sym_atom(id.sym());
                match self.resolve(name) {
                    Resolved::Reg(r, BindKind::Var | BindKind::FnName | BindKind::Pseudo) => {
                        Some(r)
                    }
                    Resolved::Reg(r, BindKind::Let | BindKind::Const | BindKind::ClassInner)
                        if self.reg_initialized(name) =>
                    {
                        Some(r)
                    }
                    _ => None,
                }
            }
            Expression::Parenthesized(p) => self.direct_reg(p.expression()),
            _ => None,
        }
    }

    /// The register a plain assignment may write directly (what `store_name` would
    /// do with a single `Mov`): a `var` or an initialised `let` in a register.
    pub(super) fn direct_reg_assignable(&self, e_name: boa_interner::Sym) -> Option<R> {
        let name = self.sym_atom(e_name);
        match self.resolve(name) {
            Resolved::Reg(r, BindKind::Var) => Some(r),
            Resolved::Reg(r, BindKind::Let) if self.reg_initialized(name) => Some(r),
            _ => None,
        }
    }

    /// Evaluates `e` into a register: the binding's own register when `e` reads a local
    /// directly, else a new temporary.
    pub(super) fn operand(&mut self, e: &'ast Expression) -> CResult<R> {
        if let Some(r) = self.direct_reg(e) {
            return Ok(r);
        }
        let t = self.reg();
        self.expr(e, t)?;
        Ok(t)
    }

    /// Evaluates the operands of a binary operator, left before right. The left one
    /// may stay in its binding's register only if the right one cannot assign it.
    pub(super) fn operands(&mut self, l: &'ast Expression, r: &'ast Expression) -> CResult<(R, R)> {
        let a = match self.direct_reg(l) {
            Some(a) if !may_assign(r) => a,
            _ => {
                let t = self.reg();
                self.expr(l, t)?;
                t
            }
        };
        let b = self.operand(r)?;
        Ok((a, b))
    }

    /// `dst = l <op> r` for a non-logical binary operator, with a constant operand as
    /// an immediate.
    pub(super) fn binary_op(
        &mut self,
        op: BinOp,
        l: &'ast Expression,
        r: &'ast Expression,
        dst: R,
        pos: boa_ast::Position,
    ) -> CResult<()> {
        let m = self.mark();
        if let Some(k) = number_literal(r) {
            let a = self.operand(l)?;
            self.set_pos(pos);
            self.emit(Op::BinK {
                op,
                k_left: false,
                dst,
                a,
                k,
            });
        } else if let Some(k) = number_literal(l) {
            let a = self.operand(r)?;
            self.set_pos(pos);
            self.emit(Op::BinK {
                op,
                k_left: true,
                dst,
                a,
                k,
            });
        } else {
            let (a, b) = self.operands(l, r)?;
            self.set_pos(pos);
            self.emit(Op::bin(op, dst, a, b));
        }
        self.release(m);
        Ok(())
    }

    /// Compiles the condition `e` as jumps taken when ToBoolean(e) is `when`; the
    /// jumps' positions go to `out` for patching, and control falls through otherwise.
    pub(super) fn cond_jumps(
        &mut self,
        e: &'ast Expression,
        when: bool,
        out: &mut Vec<usize>,
    ) -> CResult<()> {
        let pos = e.span().start();
        match e {
            Expression::Parenthesized(p) => return self.cond_jumps(p.expression(), when, out),
            Expression::Unary(u) if u.op() == UnaryOp::Not => {
                return self.cond_jumps(u.target(), !when, out);
            }
            Expression::Binary(b) => match b.op() {
                BinaryOp::Logical(LogicalOp::And) => {
                    if when {
                        let mut skip = Vec::new();
                        self.cond_jumps(b.lhs(), false, &mut skip)?;
                        self.cond_jumps(b.rhs(), true, out)?;
                        for j in skip {
                            self.patch_here(j);
                        }
                    } else {
                        self.cond_jumps(b.lhs(), false, out)?;
                        self.cond_jumps(b.rhs(), false, out)?;
                    }
                    return Ok(());
                }
                BinaryOp::Logical(LogicalOp::Or) => {
                    if when {
                        self.cond_jumps(b.lhs(), true, out)?;
                        self.cond_jumps(b.rhs(), true, out)?;
                    } else {
                        let mut skip = Vec::new();
                        self.cond_jumps(b.lhs(), true, &mut skip)?;
                        self.cond_jumps(b.rhs(), false, out)?;
                        for j in skip {
                            self.patch_here(j);
                        }
                    }
                    return Ok(());
                }
                op => {
                    if let Some(c) = relational(op) {
                        let c = if when { c } else { c.negate() };
                        let m = self.mark();
                        if let Some(k) = number_literal(b.rhs()) {
                            let a = self.operand(b.lhs())?;
                            self.set_pos(pos);
                            out.push(self.emit(Op::JumpCmpK { op: c, a, k, t: 0 }));
                        } else {
                            let (a, r) = self.operands(b.lhs(), b.rhs())?;
                            self.set_pos(pos);
                            out.push(self.emit(Op::JumpCmp {
                                op: c,
                                a,
                                b: r,
                                t: 0,
                            }));
                        }
                        self.release(m);
                        return Ok(());
                    }
                }
            },
            _ => {}
        }
        let m = self.mark();
        let r = self.operand(e)?;
        self.release(m);
        out.push(if when {
            self.emit(Op::JumpIfTrue(r, 0))
        } else {
            self.emit(Op::JumpIfFalse(r, 0))
        });
        Ok(())
    }

    /// Evaluates `e` for its effects only (an expression statement, a `for` update):
    /// `x++`, `x += e` and `x = a <op> b` on a register local write the binding
    /// directly.
    pub(super) fn expr_discard(&mut self, e: &'ast Expression) -> CResult<()> {
        match e {
            Expression::Update(u) => {
                if let UpdateTarget::Identifier(id) = u.target()
                    && let Some(r) = self.direct_reg_assignable(id.sym())
                {
                    let op = match u.op() {
                        UpdateOp::IncrementPost | UpdateOp::IncrementPre => UnOp::Inc,
                        UpdateOp::DecrementPost | UpdateOp::DecrementPre => UnOp::Dec,
                    };
                    self.set_pos(e.span().start());
                    self.emit(Op::Un { op, dst: r, src: r });
                    return Ok(());
                }
            }
            Expression::Assign(a) => {
                if let AssignTarget::Identifier(id) = a.lhs()
                    && let Some(r) = self.direct_reg_assignable(id.sym())
                {
                    let pos = e.span().start();
                    if a.op() == AssignOp::Assign {
                        if writes_dst_last(a.rhs()) {
                            self.set_pos(pos);
                            return self.expr(a.rhs(), r);
                        }
                    } else if let Some(op) = super::operators::assign_binop(a.op()) {
                        let m = self.mark();
                        if let Some(k) = number_literal(a.rhs()) {
                            self.set_pos(pos);
                            self.emit(Op::BinK {
                                op,
                                k_left: false,
                                dst: r,
                                a: r,
                                k,
                            });
                        } else {
                            // The binding is read after the right side is evaluated
                            // only if the right side cannot assign it.
                            if may_assign(a.rhs()) {
                                self.release(m);
                                return self.expr_to_temp(e);
                            }
                            let b = self.operand(a.rhs())?;
                            self.set_pos(pos);
                            self.emit(Op::bin(op, r, r, b));
                        }
                        self.release(m);
                        return Ok(());
                    }
                }
            }
            _ => {}
        }
        self.expr_to_temp(e)
    }

    /// The register of a local that a declaration `name = e` may initialise in place
    /// (see `writes_dst_last`): a `var` (`lexical` false) or a `let`/`const` in a
    /// register.
    pub(super) fn decl_target(&self, name: Atom, e: &Expression, lexical: bool) -> Option<R> {
        if !writes_dst_last(e) {
            return None;
        }
        match (self.resolve(name), lexical) {
            (Resolved::Reg(r, BindKind::Var), false)
            | (Resolved::Reg(r, BindKind::Let | BindKind::Const), true) => Some(r),
            _ => None,
        }
    }

    fn expr_to_temp(&mut self, e: &'ast Expression) -> CResult<()> {
        let m = self.mark();
        let t = self.reg();
        self.expr(e, t)?;
        self.release(m);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::sync::Arc;
    use crate::vm::code::{Code, Op};
    use crate::vm::{Options, Runtime, Vm};

    fn compile(src: &str) -> Arc<Code> {
        let mut interner = boa_interner::Interner::default();
        let scope = boa_ast::scope::Scope::new_global();
        let script = boa_parser::Parser::new(boa_parser::Source::from_bytes(src.as_bytes()))
            .parse_script(&scope, &mut interner)
            .expect("parses");
        super::super::compile_script(&script, &interner, "t.js").expect("compiles")
    }

    fn output(src: &str) -> String {
        let rt = Runtime::new(Options {
            capture_output: true,
            ..Options::default()
        });
        let mut vm = Vm::new_main(Arc::clone(&rt));
        let _ = vm.eval_script(src, "t.js");
        String::from_utf8(rt.take_output()).expect("utf-8")
    }

    /// Operands read in place keep ECMAScript's left-to-right order even when a later
    /// operand assigns the local; updates of `undefined`/`null`; TDZ across a switch's
    /// cases. (The expected text is Node's output; boa_engine 0.22 differs on several
    /// lines, which is why this is not a corpus program.)
    #[test]
    fn in_place_operands_keep_evaluation_order_and_tdz() {
        let src = r#"function f() {
  var x = 1;
  var a = x + (x = 10);
  var b = (x = 2) + x;
  var y = 3;
  var c = y * y++;
  var d = y++ + y;
  var e = ++y + y;
  var z = 5;
  z += (z = 100);
  var w = 7;
  w -= w++;
  var s = "s";
  s += s = "t";
  print(a, b, c, d, e, z, w, s, x, y);
}
f();
function g() {
  let i = 0;
  let arr = [];
  for (let k = 0; k < 3; k++) arr.push(i++ * 10 + k);
  let n = 10;
  n *= 2;
  n -= 1;
  n /= 2;
  n %= 4;
  n **= 3;
  let m = 0xff;
  m &= 0x0f;
  m |= 0x30;
  m ^= 1;
  m <<= 2;
  m >>= 1;
  m >>>= 0;
  let u = "2";
  u++;
  let v = "x";
  v--;
  let o = { valueOf: function () { return 41; } };
  let p = o;
  p++;
  print(arr.join(","), n, m, u, typeof u, v, p, typeof o);
}
g();
function h(q) {
  var r = q++;
  var t = --q;
  q += q;
  return [r, t, q].join(",");
}
print(h(5), h("7"), h(undefined), h(null));
function consts() {
  const c = 1;
  try { c++; } catch (e) { print("const ++", e.name, c); }
  try { c += 1; } catch (e) { print("const +=", e.name, c); }
  let l;
  l = l + 1;
  print(l);
}
consts();
function tdz(k) {
  try { let a = a + 1; } catch (e) { print("self", e.name); }
  try { let b = [b]; } catch (e) { print("array self", e.name); }
  try { x = 1; let x; } catch (e) { print("before", e.name); }
  switch (k) {
    case 0:
      let s = 5;
    case 1:
      try { print("case 1 reads s:", s); } catch (e) { print("case 1", e.name); }
      try { s = 6; print("now", s); } catch (e) { print("case 1 write", e.name); }
  }
  for (let j = 0; j < 2; j++) {
    try { if (j > 0) print(later); } catch (e) { print("loop", e.name); }
    let later = j;
    print("later", later);
  }
}
tdz(0);
tdz(1);"#;
        assert_eq!(
            output(src),
            "11 4 9 9 12 105 0 st 2 6\n0,11,22 3.375 124 3 number NaN 42 object\n5,5,10 7,7,14 NaN,NaN,NaN 0,0,0\nconst ++ TypeError 1\nconst += TypeError 1\nNaN\nself ReferenceError\narray self ReferenceError\nbefore ReferenceError\ncase 1 reads s: 5\nnow 6\nlater 0\nloop ReferenceError\nlater 1\nself ReferenceError\narray self ReferenceError\nbefore ReferenceError\ncase 1 ReferenceError\ncase 1 write ReferenceError\nlater 0\nloop ReferenceError\nlater 1\n"
        );
    }

    /// The shapes the fast paths exist for: a counting loop over `let` locals has no
    /// TDZ check and no copy of its locals; its condition is one compare-and-branch at
    /// the bottom; `i++` and `s += i` are one instruction each.
    #[test]
    fn a_counting_loop_compiles_to_few_instructions() {
        let code = compile(
            "function f(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; } return s; }",
        );
        let f = &code.children[0];
        let ops = &f.ops;
        assert!(
            !ops.iter().any(|o| matches!(o, Op::CheckInit { .. })),
            "{ops:?}"
        );
        assert!(!ops.iter().any(|o| matches!(o, Op::Mov(..))), "{ops:?}");
        assert!(ops.len() <= 11, "{ops:?}");
        let back = ops
            .iter()
            .position(|o| matches!(o, Op::JumpCmp { .. }))
            .expect("a fused compare and branch");
        let Op::JumpCmp { t, .. } = ops[back] else {
            unreachable!()
        };
        // The loop body between the back edge's target and the back edge: `s += i`
        // (Add) and `i++` (Un) only.
        assert_eq!(back - t as usize, 2, "{ops:?}");
        assert_eq!(
            output(
                "print((function (n) { let s = 0; for (let i = 0; i < n; i++) { s += i; } return s; })(10))"
            ),
            "45\n"
        );
    }

    /// A constant operand becomes an immediate; a TDZ check stays where the binding may
    /// be uninitialised (before its declaration, in its own initialiser, in a switch).
    #[test]
    fn constants_are_immediates_and_tdz_checks_stay_where_needed() {
        let code = compile("function f(x) { return x * 2 + 1 < 10; }");
        let ops = &code.children[0].ops;
        assert!(
            ops.iter().filter(|o| matches!(o, Op::BinK { .. })).count() >= 3,
            "{ops:?}"
        );
        let code = compile(
            "function g(k) { switch (k) { case 0: let s = 1; case 1: return s; } }\n\
             function h() { let a = 1; return a; }\n\
             function i() { let b = b; }",
        );
        let checks = |c: &Code| {
            c.ops
                .iter()
                .filter(|o| matches!(o, Op::CheckInit { .. }))
                .count()
        };
        assert_eq!(checks(&code.children[0]), 1);
        assert_eq!(checks(&code.children[1]), 0);
        assert_eq!(checks(&code.children[2]), 1);
    }
}
