//! Expressions.

use boa_ast::expression::OptionalOperationKind;
use boa_ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_ast::expression::literal::{LiteralKind, PropertyDefinition, TemplateElement};
use boa_ast::property::{MethodDefinitionKind, PropertyName};
use boa_ast::{Expression, Spanned};

use super::function::{FnDesc, new_target_atom, this_atom};
use super::{CResult, Compiler, Resolved, err};
use crate::atom::{self, Atom};
use crate::vm::code::*;

/// True for anonymous function/class/arrow expressions (which take a name from their
/// binding).
pub(super) fn is_anonymous_fn(e: &Expression) -> bool {
    match e {
        Expression::FunctionExpression(f) => f.name().is_none(),
        Expression::ArrowFunction(_) | Expression::AsyncArrowFunction(_) => true,
        Expression::AsyncFunctionExpression(f) => f.name().is_none(),
        Expression::ClassExpression(c) => c.name().is_none(),
        Expression::Parenthesized(p) => is_anonymous_fn(p.expression()),
        _ => false,
    }
}

impl<'ast> Compiler<'ast> {
    pub(super) fn expr(&mut self, e: &'ast Expression, dst: R) -> CResult<()> {
        self.expr_named(e, dst, None)
    }

    pub(super) fn load_this(&mut self, dst: R) {
        let this = this_atom();
        self.load_name(this, dst);
    }

    /// Compiles `e` into `dst`; anonymous functions get `hint` as their name.
    pub(super) fn expr_named(
        &mut self,
        e: &'ast Expression,
        dst: R,
        hint: Option<Atom>,
    ) -> CResult<()> {
        let pos = e.span().start();
        self.set_pos(pos);
        match e {
            Expression::This(_) => self.load_this(dst),
            Expression::Identifier(id) => {
                let name = self.sym_atom(id.sym());
                if name == atom::UNDEFINED && matches!(self.resolve(name), Resolved::Global) {
                    self.emit(Op::LoadUndef(dst));
                } else {
                    self.load_name(name, dst);
                }
            }
            Expression::Literal(l) => match l.kind() {
                LiteralKind::String(s) => {
                    let u = self.sym_units(*s);
                    let i = self.string_const(&u);
                    self.emit(Op::LoadStr(dst, i));
                }
                LiteralKind::Num(n) => {
                    self.emit(Op::LoadNum(dst, *n));
                }
                LiteralKind::Int(n) => {
                    self.emit(Op::LoadNum(dst, f64::from(*n)));
                }
                LiteralKind::BigInt(_) => {
                    return err("BigInt is not supported by the engine yet", Some(pos));
                }
                LiteralKind::Bool(b) => {
                    self.emit(Op::LoadBool(dst, *b));
                }
                LiteralKind::Null => {
                    self.emit(Op::LoadNull(dst));
                }
                LiteralKind::Undefined => {
                    self.emit(Op::LoadUndef(dst));
                }
            },
            Expression::RegExpLiteral(_) => {
                return err(
                    "regular expression literals are not supported by the engine yet",
                    Some(pos),
                );
            }
            Expression::ArrayLiteral(a) => {
                let m = self.mark();
                let arr = self.reg();
                let t = self.reg();
                self.emit(Op::NewArray(arr));
                for el in a.as_ref() {
                    match el {
                        None => {
                            self.emit(Op::LoadHole(t));
                            self.emit(Op::ArrayPush { arr, src: t });
                        }
                        Some(Expression::Spread(s)) => {
                            self.expr(s.target(), t)?;
                            self.emit(Op::ArraySpread { arr, src: t });
                        }
                        Some(x) => {
                            self.expr(x, t)?;
                            self.emit(Op::ArrayPush { arr, src: t });
                        }
                    }
                }
                self.emit(Op::Mov(dst, arr));
                self.release(m);
            }
            Expression::ObjectLiteral(o) => self.object_literal(o.properties(), dst)?,
            Expression::Spread(_) => return err("unexpected spread", Some(pos)),
            Expression::FunctionExpression(f) => {
                let own = f.name().map(|n| self.sym_atom(n.sym()));
                let name = own.or(hint).unwrap_or(atom::EMPTY);
                let self_name = if f.has_binding_identifier() {
                    own
                } else {
                    None
                };
                let code = self.compile_function(FnDesc {
                    name,
                    params: f.parameters(),
                    body: f.body(),
                    kind: FnKind::Normal,
                    self_name,
                    is_async: false,
                })?;
                self.emit_closure(code, dst);
            }
            Expression::ArrowFunction(f) => {
                let name = hint.unwrap_or(atom::EMPTY);
                let code = self.compile_function(FnDesc {
                    name,
                    params: f.parameters(),
                    body: f.body(),
                    kind: FnKind::Arrow,
                    self_name: None,
                    is_async: false,
                })?;
                self.emit_closure(code, dst);
            }
            Expression::AsyncArrowFunction(f) => {
                let name = hint.unwrap_or(atom::EMPTY);
                let code = self.compile_function(FnDesc {
                    name,
                    params: f.parameters(),
                    body: f.body(),
                    kind: FnKind::Arrow,
                    self_name: None,
                    is_async: true,
                })?;
                self.emit_closure(code, dst);
            }
            Expression::AsyncFunctionExpression(f) => {
                let own = f.name().map(|n| self.sym_atom(n.sym()));
                let name = own.or(hint).unwrap_or(atom::EMPTY);
                let self_name = if f.has_binding_identifier() {
                    own
                } else {
                    None
                };
                let code = self.compile_function(FnDesc {
                    name,
                    params: f.parameters(),
                    body: f.body(),
                    kind: FnKind::Normal,
                    self_name,
                    is_async: true,
                })?;
                self.emit_closure(code, dst);
            }
            Expression::GeneratorExpression(_) => {
                return self.unsupported("generator functions", Some(pos));
            }
            Expression::AsyncGeneratorExpression(_) => {
                return self.unsupported("async generator functions", Some(pos));
            }
            Expression::ClassExpression(c) => {
                let own = c.name().map(|n| self.sym_atom(n.sym()));
                self.class(
                    own.or(hint),
                    own,
                    c.super_ref(),
                    c.constructor(),
                    c.elements(),
                    dst,
                )?;
            }
            Expression::TemplateLiteral(t) => {
                let m = self.mark();
                let acc = self.reg();
                let x = self.reg();
                let empty = self.string_const(&[]);
                self.emit(Op::LoadStr(acc, empty));
                for el in t.elements() {
                    match el {
                        TemplateElement::String(s) => {
                            let u = self.sym_units(*s);
                            let i = self.string_const(&u);
                            self.emit(Op::LoadStr(x, i));
                        }
                        TemplateElement::Expr(e) => {
                            self.expr(e, x)?;
                            self.emit(Op::Un {
                                op: UnOp::ToString,
                                dst: x,
                                src: x,
                            });
                        }
                    }
                    self.emit(Op::bin(BinOp::Add, acc, acc, x));
                }
                self.emit(Op::Mov(dst, acc));
                self.release(m);
            }
            Expression::PropertyAccess(pa) => self.property_get(pa, dst)?,
            Expression::New(n) => {
                let m = self.mark();
                let func = self.reg();
                self.expr(n.constructor(), func)?;
                self.set_pos(pos);
                match self.args(n.arguments())? {
                    Args::Regs(args, argc) => {
                        self.set_pos(pos);
                        self.emit(Op::New {
                            dst,
                            func,
                            args,
                            argc,
                        });
                    }
                    Args::Array(arr) => {
                        self.set_pos(pos);
                        self.emit(Op::NewSpread { dst, func, arr });
                    }
                }
                self.release(m);
            }
            Expression::Call(c) => self.call(c.function(), c.args(), dst, pos)?,
            Expression::SuperCall(sc) if self.fr().kind == FnKind::Arrow => {
                self.super_call_in_arrow(sc.arguments(), dst, pos)?;
            }
            Expression::SuperCall(sc) => {
                let m = self.mark();
                match self.args(sc.arguments())? {
                    Args::Regs(args, argc) => {
                        self.set_pos(pos);
                        self.emit(Op::SuperCall { dst, args, argc });
                    }
                    Args::Array(arr) => {
                        self.set_pos(pos);
                        self.emit(Op::SuperCallSpread { dst, arr });
                    }
                }
                if self.fr().kind == FnKind::Arrow {
                    return err("super() inside arrow functions is not supported", Some(pos));
                }
                // Keep a captured `this` in step with the register.
                if let Resolved::Env(hops, idx, _) = self.resolve(this_atom()) {
                    self.emit(Op::SetEnv {
                        src: REG_THIS,
                        hops,
                        idx,
                    });
                }
                self.release(m);
            }
            Expression::ImportCall(_) | Expression::ImportMeta(_) => {
                return err("modules are not supported", Some(pos));
            }
            Expression::Optional(o) => self.optional(o, dst)?,
            Expression::TaggedTemplate(t) => self.tagged_template(t, dst, pos)?,
            Expression::NewTarget(_) => {
                let nt = new_target_atom();
                self.load_name(nt, dst);
            }
            Expression::Assign(a) => self.assign(a, dst, pos)?,
            Expression::Unary(u) => self.unary(u, dst, pos)?,
            Expression::Update(u) => self.update(u, dst, pos)?,
            Expression::Binary(b) => self.binary(b, dst, pos)?,
            Expression::BinaryInPrivate(_) => {
                return err(
                    "private class members are not supported by the engine yet",
                    Some(pos),
                );
            }
            Expression::Conditional(c) => {
                let mut to_false = Vec::new();
                self.cond_jumps(c.condition(), false, &mut to_false)?;
                self.expr_named(c.if_true(), dst, hint)?;
                let j2 = self.emit(Op::Jump(0));
                for j in to_false {
                    self.patch_here(j);
                }
                self.expr_named(c.if_false(), dst, hint)?;
                self.patch_here(j2);
            }
            Expression::Await(a) => {
                if !self.fr().is_async {
                    return err("await is only valid in async functions", Some(pos));
                }
                self.expr(a.target(), dst)?;
                self.emit(Op::Await { dst, src: dst });
            }
            Expression::Yield(_) => return self.unsupported("generator functions", Some(pos)),
            Expression::Parenthesized(p) => self.expr_named(p.expression(), dst, hint)?,
        }
        Ok(())
    }

    pub(super) fn property_get(&mut self, pa: &'ast PropertyAccess, dst: R) -> CResult<()> {
        match pa {
            PropertyAccess::Simple(s) => {
                let m = self.mark();
                let obj = self.reg();
                self.expr(s.target(), obj)?;
                self.set_pos(pa.span().start());
                self.get_field(obj, s.field(), dst)?;
                self.release(m);
            }
            PropertyAccess::Super(s) => {
                let m = self.mark();
                let key = self.reg();
                self.super_key(s.field(), key)?;
                let (home, this) = self.super_base()?;
                self.emit(Op::GetSuper {
                    dst,
                    home,
                    this,
                    key,
                });
                self.release(m);
            }
            PropertyAccess::Private(_) => {
                return err(
                    "private class members are not supported by the engine yet",
                    Some(pa.span().start()),
                );
            }
        }
        Ok(())
    }

    pub(super) fn get_field(
        &mut self,
        obj: R,
        field: &'ast PropertyAccessField,
        dst: R,
    ) -> CResult<()> {
        match field {
            PropertyAccessField::Const(id) => {
                let key = self.sym_atom(id.sym());
                let ic = self.new_ic();
                self.emit(Op::GetProp { dst, obj, key, ic });
            }
            PropertyAccessField::Expr(e) => {
                let m = self.mark();
                let key = self.reg();
                self.expr(e, key)?;
                self.emit(Op::GetElem { dst, obj, key });
                self.release(m);
            }
        }
        Ok(())
    }

    /// Compiles call arguments: consecutive registers, or an array when spread is used.
    pub(super) fn args(&mut self, args: &'ast [Expression]) -> CResult<Args> {
        if args.iter().any(|a| matches!(a, Expression::Spread(_))) {
            let arr = self.reg();
            let t = self.reg();
            self.emit(Op::NewArray(arr));
            for a in args {
                if let Expression::Spread(s) = a {
                    self.expr(s.target(), t)?;
                    self.emit(Op::ArraySpread { arr, src: t });
                } else {
                    self.expr(a, t)?;
                    self.emit(Op::ArrayPush { arr, src: t });
                }
            }
            Ok(Args::Array(arr))
        } else {
            let base = self.regs(args.len() as u32);
            for (i, a) in args.iter().enumerate() {
                self.expr(a, base + i as R)?;
            }
            if args.len() > u16::MAX as usize {
                return err("too many arguments", None);
            }
            Ok(Args::Regs(base, args.len() as u16))
        }
    }

    pub(super) fn emit_call(
        &mut self,
        dst: R,
        func: R,
        this: R,
        args: Args,
        pos: boa_ast::Position,
    ) {
        self.set_pos(pos);
        match args {
            Args::Regs(args, argc) => {
                self.emit(Op::Call {
                    dst,
                    func,
                    this,
                    args,
                    argc,
                });
            }
            Args::Array(arr) => {
                self.emit(Op::CallSpread {
                    dst,
                    func,
                    this,
                    arr,
                });
            }
        }
    }

    /// Evaluates a callee expression into (func, this).
    pub(super) fn callee(&mut self, f: &'ast Expression, func: R, this: R) -> CResult<()> {
        match f {
            Expression::PropertyAccess(PropertyAccess::Simple(s)) => {
                self.expr(s.target(), this)?;
                self.set_pos(f.span().start());
                self.get_field(this, s.field(), func)?;
            }
            Expression::PropertyAccess(PropertyAccess::Super(s)) => {
                let m = self.mark();
                let key = self.reg();
                self.super_key(s.field(), key)?;
                let (home, th) = self.super_base()?;
                self.emit(Op::GetSuper {
                    dst: func,
                    home,
                    this: th,
                    key,
                });
                self.emit(Op::Mov(this, th));
                self.release(m);
            }
            Expression::Parenthesized(p)
                if matches!(p.expression(), Expression::PropertyAccess(_)) =>
            {
                self.callee(p.expression(), func, this)?;
            }
            Expression::Parenthesized(p) if matches!(p.expression(), Expression::Optional(_)) => {
                if let Expression::Optional(o) = p.expression() {
                    self.optional_full(o, func, Some(this), false)?;
                }
            }
            _ => {
                self.expr(f, func)?;
                self.emit(Op::LoadUndef(this));
            }
        }
        Ok(())
    }

    pub(super) fn call(
        &mut self,
        f: &'ast Expression,
        args: &'ast [Expression],
        dst: R,
        pos: boa_ast::Position,
    ) -> CResult<()> {
        let m = self.mark();
        let func = self.reg();
        let this = self.reg();
        self.callee(f, func, this)?;
        let a = self.args(args)?;
        self.emit_call(dst, func, this, a, pos);
        self.release(m);
        Ok(())
    }

    /// Compiles an optional chain into `dst`; `this_out` receives the object the last
    /// property was read from (for `(a?.b)()`), `delete_last` deletes the last link
    /// instead of reading it.
    pub(super) fn optional_full(
        &mut self,
        o: &'ast boa_ast::expression::Optional,
        dst: R,
        this_out: Option<R>,
        delete_last: bool,
    ) -> CResult<()> {
        let m = self.mark();
        let val = self.reg();
        let this = self.reg();
        let func = self.reg();
        // A call as the first link uses the target's object as `this`.
        let first_is_call = matches!(
            o.chain().first().map(|c| c.kind()),
            Some(OptionalOperationKind::Call { .. })
        );
        if first_is_call {
            self.callee(o.target(), val, this)?;
        } else {
            self.expr(o.target(), val)?;
            self.emit(Op::LoadUndef(this));
        }
        let mut shorts = Vec::new();
        let n = o.chain().len();
        for (i, op) in o.chain().iter().enumerate() {
            let pos = op.span().start();
            if op.shorted() {
                shorts.push(self.emit(Op::JumpIfNullish(val, 0)));
            }
            match op.kind() {
                OptionalOperationKind::SimplePropertyAccess { field }
                    if delete_last && i + 1 == n =>
                {
                    let key = self.reg();
                    match field {
                        PropertyAccessField::Const(id) => {
                            let u = self.sym_units(id.sym());
                            let c = self.string_const(&u);
                            self.emit(Op::LoadStr(key, c));
                        }
                        PropertyAccessField::Expr(e) => self.expr(e, key)?,
                    }
                    self.set_pos(pos);
                    self.emit(Op::Delete {
                        dst: val,
                        obj: val,
                        key,
                    });
                }
                OptionalOperationKind::SimplePropertyAccess { field } => {
                    self.emit(Op::Mov(this, val));
                    self.set_pos(pos);
                    self.get_field(this, field, val)?;
                }
                OptionalOperationKind::PrivatePropertyAccess { .. } => {
                    return err(
                        "private class members are not supported by the engine yet",
                        Some(pos),
                    );
                }
                OptionalOperationKind::Call { args } => {
                    self.emit(Op::Mov(func, val));
                    let m2 = self.mark();
                    let a = self.args(args)?;
                    self.emit_call(val, func, this, a, pos);
                    self.release(m2);
                    self.emit(Op::LoadUndef(this));
                }
            }
        }
        self.emit(Op::Mov(dst, val));
        if let Some(t) = this_out {
            self.emit(Op::Mov(t, this));
        }
        let end = self.emit(Op::Jump(0));
        for s in shorts {
            self.patch_here(s);
        }
        if delete_last {
            self.emit(Op::LoadBool(dst, true));
        } else {
            self.emit(Op::LoadUndef(dst));
        }
        if let Some(t) = this_out {
            self.emit(Op::LoadUndef(t));
        }
        self.patch_here(end);
        self.release(m);
        Ok(())
    }

    pub(super) fn optional(
        &mut self,
        o: &'ast boa_ast::expression::Optional,
        dst: R,
    ) -> CResult<()> {
        self.optional_full(o, dst, None, false)
    }

    pub(super) fn tagged_template(
        &mut self,
        t: &'ast boa_ast::expression::TaggedTemplate,
        dst: R,
        pos: boa_ast::Position,
    ) -> CResult<()> {
        let m = self.mark();
        let func = self.reg();
        let this = self.reg();
        self.callee(t.tag(), func, this)?;
        let site = TemplateSite {
            cooked: t
                .cookeds()
                .iter()
                .map(|c| c.map(|s| self.sym_units(s)))
                .collect(),
            raw: t.raws().iter().map(|s| self.sym_units(*s)).collect(),
        };
        let idx = self.fr().templates.len() as u32;
        self.f().templates.push(site);
        let n = t.exprs().len() + 1;
        let base = self.regs(n as u32);
        self.emit(Op::TemplateObject { dst: base, idx });
        for (i, e) in t.exprs().iter().enumerate() {
            self.expr(e, base + 1 + i as R)?;
        }
        self.emit_call(dst, func, this, Args::Regs(base, n as u16), pos);
        self.release(m);
        Ok(())
    }

    pub(super) fn object_literal(
        &mut self,
        props: &'ast [PropertyDefinition],
        dst: R,
    ) -> CResult<()> {
        let m = self.mark();
        let obj = self.reg();
        let key = self.reg();
        let val = self.reg();
        self.emit(Op::NewObject(obj));
        for p in props {
            match p {
                PropertyDefinition::IdentifierReference(id) => {
                    let name = self.sym_atom(id.sym());
                    self.load_name(name, val);
                    self.emit(Op::DefineNamed {
                        obj,
                        key: name,
                        src: val,
                    });
                }
                PropertyDefinition::Property(name, e) => {
                    if let PropertyName::Literal(id) = name
                        && self.sym_atom(id.sym()) == atom::PROTO
                    {
                        self.expr(e, val)?;
                        self.emit(Op::SetProtoLiteral { obj, src: val });
                        continue;
                    }
                    if let PropertyName::Literal(id) = name {
                        // A literal key needs no register: the atom is in the instruction.
                        let a = self.sym_atom(id.sym());
                        self.expr_named(e, val, Some(a))?;
                        self.emit(Op::DefineNamed {
                            obj,
                            key: a,
                            src: val,
                        });
                        continue;
                    }
                    self.property_name_key(name, key)?;
                    self.expr_named(e, val, None)?;
                    if is_anonymous_fn(e) {
                        self.emit(Op::SetFunctionName {
                            func: val,
                            key,
                            prefix: 0,
                        });
                    }
                    self.emit(Op::DefineField { obj, key, src: val });
                }
                PropertyDefinition::MethodDefinition(md) => {
                    self.property_name_key(md.name(), key)?;
                    let name = match md.name() {
                        PropertyName::Literal(id) => self.sym_atom(id.sym()),
                        PropertyName::Computed(_) => atom::EMPTY,
                    };
                    let kind = match md.kind() {
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
                        self.method_code(name, md.parameters(), md.body(), kind, is_async)?;
                    self.emit_closure(code, val);
                    self.emit(Op::SetHome {
                        func: val,
                        home: obj,
                    });
                    let prefix = match kind {
                        FnKind::Getter => 1,
                        FnKind::Setter => 2,
                        _ => 0,
                    };
                    if matches!(md.name(), PropertyName::Computed(_)) || prefix != 0 {
                        self.emit(Op::SetFunctionName {
                            func: val,
                            key,
                            prefix,
                        });
                    }
                    let op = match kind {
                        FnKind::Getter => Op::DefineGetter {
                            obj,
                            key,
                            func: val,
                            enumerable: true,
                        },
                        FnKind::Setter => Op::DefineSetter {
                            obj,
                            key,
                            func: val,
                            enumerable: true,
                        },
                        _ => Op::DefineMethod {
                            obj,
                            key,
                            func: val,
                            enumerable: true,
                        },
                    };
                    self.emit(op);
                }
                PropertyDefinition::SpreadObject(e) => {
                    self.expr(e, val)?;
                    self.emit(Op::CopyDataProps {
                        dst: obj,
                        src: val,
                        excluded: key,
                        nexcluded: 0,
                    });
                }
                PropertyDefinition::CoverInitializedName(..) => {
                    return err("invalid shorthand property initializer", None);
                }
            }
        }
        self.emit(Op::Mov(dst, obj));
        self.release(m);
        Ok(())
    }
}

impl<'ast> Compiler<'ast> {
    /// `super(...)` inside an arrow function: the constructor, `new.target` and `this`
    /// come from the enclosing derived constructor's environment.
    pub(super) fn super_call_in_arrow(
        &mut self,
        args: &'ast [Expression],
        dst: R,
        pos: boa_ast::Position,
    ) -> CResult<()> {
        let m = self.mark();
        let ctor = self.reg();
        let nt = self.reg();
        let this = self.reg();
        let env_of = |c: &Self, name: Atom| match c.resolve(name) {
            Resolved::Env(h, i, _) => Some((h, i)),
            _ => None,
        };
        let (Some((ch, ci)), Some((nh, ni)), Some((th, ti))) = (
            env_of(self, super::function::ctor_atom()),
            env_of(self, new_target_atom()),
            env_of(self, this_atom()),
        ) else {
            return err("'super' keyword unexpected here", Some(pos));
        };
        self.emit(Op::GetEnv {
            dst: ctor,
            hops: ch,
            idx: ci,
        });
        self.emit(Op::GetEnv {
            dst: nt,
            hops: nh,
            idx: ni,
        });
        self.emit(Op::GetEnv {
            dst: this,
            hops: th,
            idx: ti,
        });
        let arr = self.reg();
        let t = self.reg();
        self.emit(Op::NewArray(arr));
        for a in args {
            if let Expression::Spread(s) = a {
                self.expr(s.target(), t)?;
                self.emit(Op::ArraySpread { arr, src: t });
            } else {
                self.expr(a, t)?;
                self.emit(Op::ArrayPush { arr, src: t });
            }
        }
        self.set_pos(pos);
        self.emit(Op::SuperCallDyn {
            dst,
            ctor,
            nt,
            this,
            arr,
        });
        self.emit(Op::SetEnv {
            src: dst,
            hops: th,
            idx: ti,
        });
        self.release(m);
        Ok(())
    }
}

/// Where call arguments are.
pub(super) enum Args {
    Regs(R, u16),
    Array(R),
}
