//! Lowering of expressions: locations, values, operators, assignments, allocation, calls and Atomics (a part of the `impl Lowerer`; see the parent module).

use super::*;

impl<'a> Lowerer<'a> {
    /// The object of a location expression (a constant object or a register).
    pub(super) fn object(&mut self, target: &Expression, out: &mut Vec<Stmt>) -> R<Expr> {
        let t = strip_parens(target);
        let at = expr_start(t);
        if let Expression::Identifier(id) = t {
            let name = self.ident(id);
            if self.lookup_local(&name, at)?.is_none() {
                match self.globals.get(&name) {
                    Some(Global::Object(_, ObjKind::Lock)) => {
                        return Err(err_at(
                            at,
                            format!(
                                "'{name}' is a Lock; its only method is {name}.hold(() => {{ … }})"
                            ),
                        ));
                    }
                    Some(Global::Object(_, ObjKind::Condition)) => {
                        return Err(err_at(
                            at,
                            format!(
                                "'{name}' is a Condition; its methods are wait(l), notify() and notifyAll()"
                            ),
                        ));
                    }
                    Some(Global::Constant(v)) => {
                        return Err(err_at(
                            at,
                            format!("'{name}' is the constant {v:?}, not an object"),
                        ));
                    }
                    _ => {}
                }
            }
        }
        if let Expression::Literal(_) = t {
            return Err(err_at(at, "properties are read from objects, not literals"));
        }
        self.value(t, None, out)
    }

    pub(super) fn key_of(
        &mut self,
        field: &PropertyAccessField,
        out: &mut Vec<Stmt>,
    ) -> R<KeyExpr> {
        match field {
            PropertyAccessField::Const(id) => Ok(KeyExpr::Fixed(canonical_key(&self.ident(id)))),
            PropertyAccessField::Expr(e) => self.key_expr(e, out),
        }
    }

    pub(super) fn key_expr(&mut self, e: &Expression, out: &mut Vec<Stmt>) -> R<KeyExpr> {
        let k = strip_parens(e);
        if let Expression::Literal(l) = k {
            return match l.kind() {
                LiteralKind::String(s) => Ok(KeyExpr::Fixed(canonical_key(&self.name(*s)))),
                LiteralKind::Int(i) if *i >= 0 => Ok(KeyExpr::Fixed(Key::Index(*i as u32))),
                _ => Err(err_at(
                    expr_start(k),
                    "a key is a property name or a non-negative integer",
                )),
            };
        }
        Ok(KeyExpr::Index(self.value(k, None, out)?))
    }

    pub(super) fn loc_of(&mut self, s: &SimplePropertyAccess, out: &mut Vec<Stmt>) -> R<LocExpr> {
        let obj = self.object(s.target(), out)?;
        let key = self.key_of(s.field(), out)?;
        Ok(LocExpr { obj, key })
    }

    pub(super) fn scope_loc(name: &str) -> LocExpr {
        LocExpr {
            obj: Expr::Const(Val::Obj(ObjId::SCOPE)),
            key: KeyExpr::Fixed(Key::Name(name.to_string())),
        }
    }

    pub(super) fn dest(&mut self, dest: Option<Reg>) -> R<Reg> {
        match dest {
            Some(r) => Ok(r),
            None => self.temp(),
        }
    }

    /// The value of `e` as an expression over registers, emitting its reads and other
    /// effects to `out` in evaluation order. A register result goes to `dest` if given.
    pub(super) fn value(
        &mut self,
        e: &Expression,
        dest: Option<Reg>,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        self.enter()?;
        let r = self.value_inner(e, dest, out);
        self.leave();
        r
    }

    pub(super) fn value_inner(
        &mut self,
        e: &Expression,
        dest: Option<Reg>,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let at = expr_start(e);
        match e {
            Expression::Parenthesized(p) => self.value(p.expression(), dest, out),
            Expression::Literal(l) => {
                match l.kind() {
                    LiteralKind::Int(i) => Ok(Expr::Const(Val::Num(i64::from(*i)))),
                    LiteralKind::Num(f) => integral(*f)
                        .map(|n| Expr::Const(Val::Num(n)))
                        .ok_or_else(|| {
                            err_at(
                                at,
                                format!(
                                    "the number {f} is not an integer (litmus values are integers)"
                                ),
                            )
                        }),
                    LiteralKind::Bool(b) => Ok(Expr::Const(Val::Bool(*b))),
                    LiteralKind::Null => Ok(Expr::Const(Val::Null)),
                    LiteralKind::Undefined => Ok(Expr::Const(Val::Undefined)),
                    LiteralKind::String(_) => Err(err_at(
                        at,
                        "strings are not values of litmus tests (they appear only as property keys)",
                    )),
                    LiteralKind::BigInt(_) => Err(err_at(
                        at,
                        "BigInt values are not supported in litmus tests",
                    )),
                }
            }
            Expression::Identifier(id) => self.identifier(id, dest, out),
            Expression::PropertyAccess(PropertyAccess::Simple(s)) => {
                let loc = self.loc_of(s, out)?;
                let reg = self.dest(dest)?;
                out.push(Stmt::Read {
                    reg,
                    loc,
                    order: Order::Plain,
                    origin: self.origin_of(e),
                });
                Ok(Expr::Reg(reg))
            }
            Expression::PropertyAccess(_) => Err(err_at(
                at,
                "private and 'super' property accesses are not supported in litmus tests",
            )),
            Expression::Assign(a) => self.assign(a, e, out),
            Expression::Update(u) => self.update(u, e, out),
            Expression::Unary(u) => {
                let op = u.op();
                match op {
                    UnaryOp::Not => Ok(Expr::Not(Box::new(self.value(u.target(), None, out)?))),
                    UnaryOp::Minus => Ok(Expr::Neg(Box::new(self.value(u.target(), None, out)?))),
                    UnaryOp::Delete => Err(err_at(
                        at,
                        "'delete' is a statement in litmus tests (its value may not be used)",
                    )),
                    other => Err(err_at(
                        at,
                        format!("the operator '{other}' is not supported in litmus tests"),
                    )),
                }
            }
            Expression::Binary(b) => self.binary(b, e, dest, out),
            Expression::Conditional(c) => {
                let cond = self.value(c.condition(), None, out)?;
                let mut then = Vec::new();
                let a = self.value(c.if_true(), None, &mut then)?;
                let mut otherwise = Vec::new();
                let b = self.value(c.if_false(), None, &mut otherwise)?;
                if then.is_empty() && otherwise.is_empty() {
                    return Ok(Expr::Cond(Box::new(cond), Box::new(a), Box::new(b)));
                }
                let t = self.dest(dest)?;
                then.push(Stmt::Assign { reg: t, value: a });
                otherwise.push(Stmt::Assign { reg: t, value: b });
                out.push(Stmt::If {
                    cond,
                    then,
                    otherwise,
                });
                Ok(Expr::Reg(t))
            }
            Expression::ObjectLiteral(o) => self.alloc_object(o, e, dest, out),
            Expression::ArrayLiteral(a) => self.alloc_array(a, e, dest, out),
            Expression::Call(c) => self.call(c, e, dest, out),
            Expression::New(n) => {
                let what = match self.constructor_name(n).as_deref() {
                    Some("Thread") => {
                        "a thread is spawned as a declaration: const U = new Thread(() => { … });"
                    }
                    Some("Lock") | Some("Condition") => {
                        "locks and conditions are created in the setup, before the threads"
                    }
                    _ => {
                        "'new' is not supported in litmus tests (only new Thread, new Lock and new Condition)"
                    }
                };
                Err(err_at(at, what))
            }
            other => Err(err_at(
                at,
                format!(
                    "{} {} not supported in litmus tests",
                    expression_name(other),
                    if expression_name(other).ends_with('s') {
                        "are"
                    } else {
                        "is"
                    }
                ),
            )),
        }
    }

    pub(super) fn identifier(
        &mut self,
        id: &Identifier,
        dest: Option<Reg>,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let name = self.ident(id);
        let at: Pos = id.span().start().into();
        match self.lookup_local(&name, at)? {
            Some(Local::Reg(r, _)) => return Ok(Expr::Reg(r)),
            Some(Local::Thread(_)) => {
                return Err(err_at(
                    at,
                    format!("'{name}' is a thread; its only use is {name}.join()"),
                ));
            }
            None => {}
        }
        if name == "undefined" {
            return Ok(Expr::Const(Val::Undefined));
        }
        match self.globals.get(&name).cloned() {
            Some(Global::Cell { .. }) => {
                let reg = self.dest(dest)?;
                out.push(Stmt::Read {
                    reg,
                    loc: Self::scope_loc(&name),
                    order: Order::Plain,
                    origin: Origin {
                        line: at.line,
                        column: at.column,
                        text: name.clone(),
                    },
                });
                Ok(Expr::Reg(reg))
            }
            Some(Global::Object(o, _)) => Ok(Expr::Const(Val::Obj(o))),
            Some(Global::Constant(v)) => Ok(Expr::Const(v)),
            Some(Global::Thread(_)) => Err(err_at(
                at,
                format!("'{name}' is a thread; its only use is {name}.join()"),
            )),
            None => Err(err_at(at, format!("unknown name '{name}'"))),
        }
    }

    pub(super) fn binop(op: BinaryOp) -> Option<BinOp> {
        Some(match op {
            BinaryOp::Arithmetic(ArithmeticOp::Add) => BinOp::Add,
            BinaryOp::Arithmetic(ArithmeticOp::Sub) => BinOp::Sub,
            BinaryOp::Arithmetic(ArithmeticOp::Mul) => BinOp::Mul,
            BinaryOp::Arithmetic(ArithmeticOp::Mod) => BinOp::Rem,
            BinaryOp::Bitwise(BitwiseOp::And) => BinOp::BitAnd,
            BinaryOp::Bitwise(BitwiseOp::Or) => BinOp::BitOr,
            BinaryOp::Bitwise(BitwiseOp::Xor) => BinOp::BitXor,
            BinaryOp::Relational(RelationalOp::StrictEqual) => BinOp::StrictEq,
            BinaryOp::Relational(RelationalOp::StrictNotEqual) => BinOp::StrictNe,
            BinaryOp::Relational(RelationalOp::LessThan) => BinOp::Lt,
            BinaryOp::Relational(RelationalOp::LessThanOrEqual) => BinOp::Le,
            BinaryOp::Relational(RelationalOp::GreaterThan) => BinOp::Gt,
            BinaryOp::Relational(RelationalOp::GreaterThanOrEqual) => BinOp::Ge,
            BinaryOp::Logical(LogicalOp::And) => BinOp::And,
            BinaryOp::Logical(LogicalOp::Or) => BinOp::Or,
            _ => return None,
        })
    }

    pub(super) fn binary(
        &mut self,
        b: &boa_ast::expression::operator::Binary,
        e: &Expression,
        dest: Option<Reg>,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let at = expr_start(e);
        match b.op() {
            BinaryOp::Relational(RelationalOp::In) => {
                let key = self.key_expr(b.lhs(), out)?;
                let obj = self.object(b.rhs(), out)?;
                let reg = self.dest(dest)?;
                out.push(Stmt::Has {
                    reg,
                    loc: LocExpr { obj, key },
                    origin: self.origin_of(e),
                });
                return Ok(Expr::Reg(reg));
            }
            BinaryOp::Relational(RelationalOp::Equal) => {
                return Err(err_at(
                    at,
                    "'==' is not supported in litmus tests (use '===')",
                ));
            }
            BinaryOp::Relational(RelationalOp::NotEqual) => {
                return Err(err_at(
                    at,
                    "'!=' is not supported in litmus tests (use '!==')",
                ));
            }
            op @ BinaryOp::Logical(LogicalOp::And | LogicalOp::Or) => {
                let lhs = self.value(b.lhs(), None, out)?;
                let mut rhs_stmts = Vec::new();
                let rhs = self.value(b.rhs(), None, &mut rhs_stmts)?;
                if rhs_stmts.is_empty() {
                    return Ok(Expr::Bin(
                        Self::binop(op).unwrap_or(BinOp::And),
                        Box::new(lhs),
                        Box::new(rhs),
                    ));
                }
                // Short-circuit: the right side's reads happen only when it is evaluated.
                let t = self.dest(dest)?;
                out.push(Stmt::Assign { reg: t, value: lhs });
                rhs_stmts.push(Stmt::Assign { reg: t, value: rhs });
                let (then, otherwise) = if op == BinaryOp::Logical(LogicalOp::And) {
                    (rhs_stmts, Vec::new())
                } else {
                    (Vec::new(), rhs_stmts)
                };
                out.push(Stmt::If {
                    cond: Expr::Reg(t),
                    then,
                    otherwise,
                });
                return Ok(Expr::Reg(t));
            }
            _ => {}
        }
        let Some(op) = Self::binop(b.op()) else {
            return Err(err_at(
                at,
                format!("the operator '{}' is not supported in litmus tests", b.op()),
            ));
        };
        let lhs = self.value(b.lhs(), None, out)?;
        let rhs = self.value(b.rhs(), None, out)?;
        Ok(Expr::Bin(op, Box::new(lhs), Box::new(rhs)))
    }

    pub(super) fn compound(op: AssignOp) -> Result<Option<BinOp>, ()> {
        Ok(Some(match op {
            AssignOp::Assign => return Ok(None),
            AssignOp::Add => BinOp::Add,
            AssignOp::Sub => BinOp::Sub,
            AssignOp::Mul => BinOp::Mul,
            AssignOp::Mod => BinOp::Rem,
            AssignOp::And => BinOp::BitAnd,
            AssignOp::Or => BinOp::BitOr,
            AssignOp::Xor => BinOp::BitXor,
            _ => return Err(()),
        }))
    }

    pub(super) fn assign(
        &mut self,
        a: &boa_ast::expression::operator::Assign,
        e: &Expression,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let at = expr_start(e);
        let Ok(op) = Self::compound(a.op()) else {
            return Err(err_at(
                at,
                format!(
                    "the assignment operator '{}' is not supported in litmus tests",
                    a.op()
                ),
            ));
        };
        match a.lhs() {
            AssignTarget::Identifier(id) => {
                let name = self.ident(id);
                let target = self.assign_target(&name, id.span().start().into())?;
                match target {
                    Target::Reg(reg) => {
                        let rhs =
                            self.value(a.rhs(), if op.is_none() { Some(reg) } else { None }, out)?;
                        let value = match op {
                            None => rhs,
                            Some(op) => Expr::Bin(op, Box::new(Expr::Reg(reg)), Box::new(rhs)),
                        };
                        if value != Expr::Reg(reg) {
                            out.push(Stmt::Assign { reg, value });
                        }
                        Ok(Expr::Reg(reg))
                    }
                    Target::Loc(loc) => self.store(loc, op, a.rhs(), e, out),
                }
            }
            AssignTarget::Access(PropertyAccess::Simple(s)) => {
                let loc = self.loc_of(s, out)?;
                self.store(loc, op, a.rhs(), e, out)
            }
            AssignTarget::Access(_) => Err(err_at(
                at,
                "private and 'super' property accesses are not supported in litmus tests",
            )),
            AssignTarget::Pattern(_) => Err(err_at(
                at,
                "destructuring assignment is not supported in litmus tests",
            )),
        }
    }

    pub(super) fn assign_target(&mut self, name: &str, at: Pos) -> R<Target> {
        match self.lookup_local(name, at)? {
            Some(Local::Reg(r, true)) => return Ok(Target::Reg(r)),
            Some(Local::Reg(_, false)) => {
                return Err(err_at(
                    at,
                    format!("cannot assign to '{name}': it is a 'const' binding"),
                ));
            }
            Some(Local::Thread(_)) => {
                return Err(err_at(
                    at,
                    format!("cannot assign to '{name}': it is a 'const' binding (a thread)"),
                ));
            }
            None => {}
        }
        match self.globals.get(name) {
            Some(Global::Cell { .. }) => Ok(Target::Loc(Self::scope_loc(name))),
            Some(_) => Err(err_at(
                at,
                format!("cannot assign to '{name}': it is a 'const' binding"),
            )),
            None => Err(err_at(at, format!("unknown name '{name}'"))),
        }
    }

    /// `loc = rhs` or `loc op= rhs`: (the read of the old value), the right side, the
    /// write. The expression's value is the value written.
    pub(super) fn store(
        &mut self,
        loc: LocExpr,
        op: Option<BinOp>,
        rhs: &Expression,
        e: &Expression,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let origin = self.origin_of(e);
        let old = match op {
            Some(_) => {
                let r = self.temp()?;
                out.push(Stmt::Read {
                    reg: r,
                    loc: loc.clone(),
                    order: Order::Plain,
                    origin: origin.clone(),
                });
                Some(r)
            }
            None => None,
        };
        let rhs = self.value(rhs, None, out)?;
        let value = match (op, old) {
            (Some(op), Some(old)) => Expr::Bin(op, Box::new(Expr::Reg(old)), Box::new(rhs)),
            _ => rhs,
        };
        out.push(Stmt::Write {
            loc,
            value: value.clone(),
            order: Order::Plain,
            origin,
        });
        Ok(value)
    }

    pub(super) fn update(
        &mut self,
        u: &boa_ast::expression::operator::Update,
        e: &Expression,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let (delta, prefix) = match u.op() {
            UpdateOp::IncrementPost => (BinOp::Add, false),
            UpdateOp::IncrementPre => (BinOp::Add, true),
            UpdateOp::DecrementPost => (BinOp::Sub, false),
            UpdateOp::DecrementPre => (BinOp::Sub, true),
        };
        let one = Box::new(Expr::Const(Val::Num(1)));
        let loc = match u.target() {
            UpdateTarget::Identifier(id) => {
                let name = self.ident(id);
                match self.assign_target(&name, id.span().start().into())? {
                    Target::Reg(reg) => {
                        let old = self.temp()?;
                        out.push(Stmt::Assign {
                            reg: old,
                            value: Expr::Reg(reg),
                        });
                        out.push(Stmt::Assign {
                            reg,
                            value: Expr::Bin(delta, Box::new(Expr::Reg(reg)), one),
                        });
                        return Ok(Expr::Reg(if prefix { reg } else { old }));
                    }
                    Target::Loc(loc) => loc,
                }
            }
            UpdateTarget::PropertyAccess(PropertyAccess::Simple(s)) => self.loc_of(s, out)?,
            UpdateTarget::PropertyAccess(pa) => {
                return Err(err_at(
                    access_start(pa),
                    "private and 'super' property accesses are not supported in litmus tests",
                ));
            }
        };
        let origin = self.origin_of(e);
        let old = self.temp()?;
        out.push(Stmt::Read {
            reg: old,
            loc: loc.clone(),
            order: Order::Plain,
            origin: origin.clone(),
        });
        let new = Expr::Bin(delta, Box::new(Expr::Reg(old)), one);
        out.push(Stmt::Write {
            loc,
            value: new.clone(),
            order: Order::Plain,
            origin,
        });
        Ok(if prefix { new } else { Expr::Reg(old) })
    }

    pub(super) fn alloc_site(&mut self, e: &Expression, kind: ObjKind) -> R<ObjId> {
        let at = expr_start(e);
        let thread = self.cx()?.name.clone();
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(ObjInfo {
            name: format!("{thread}@{}:{}", at.line, at.column),
            kind,
        });
        Ok(id)
    }

    pub(super) fn alloc_object(
        &mut self,
        o: &ObjectLiteral,
        e: &Expression,
        dest: Option<Reg>,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let mut init: Vec<(Key, Expr)> = Vec::new();
        for p in o.properties() {
            let (key, value) = match p {
                PropertyDefinition::Property(k, v) => {
                    let key = self.property_key(k)?;
                    (key, self.value(v, None, out)?)
                }
                PropertyDefinition::IdentifierReference(i) => (
                    canonical_key(&self.ident(i)),
                    self.identifier(i, None, out)?,
                ),
                _ => {
                    return Err(err_at(
                        expr_start(e),
                        "object literals of litmus tests have only 'key: value' properties",
                    ));
                }
            };
            if init.iter().any(|(k, _)| *k == key) {
                return Err(err_at(
                    expr_start(e),
                    "a property is given twice in this object literal",
                ));
            }
            init.push((key, value));
        }
        let obj = self.alloc_site(e, ObjKind::Object)?;
        let reg = self.dest(dest)?;
        out.push(Stmt::Alloc {
            reg,
            obj,
            init,
            origin: self.origin_of(e),
        });
        Ok(Expr::Reg(reg))
    }

    pub(super) fn alloc_array(
        &mut self,
        a: &ArrayLiteral,
        e: &Expression,
        dest: Option<Reg>,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let mut init: Vec<(Key, Expr)> = Vec::new();
        let elems: &[Option<Expression>] = a.as_ref();
        for (i, el) in elems.iter().enumerate() {
            let Some(el) = el else {
                return Err(err_at(
                    expr_start(e),
                    "array holes are not supported in litmus tests",
                ));
            };
            init.push((Key::Index(i as u32), self.value(el, None, out)?));
        }
        init.push((Key::Length, Expr::Const(Val::Num(elems.len() as i64))));
        let obj = self.alloc_site(e, ObjKind::Array)?;
        let reg = self.dest(dest)?;
        out.push(Stmt::Alloc {
            reg,
            obj,
            init,
            origin: self.origin_of(e),
        });
        Ok(Expr::Reg(reg))
    }

    pub(super) fn call(
        &mut self,
        c: &Call,
        e: &Expression,
        dest: Option<Reg>,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let at = expr_start(e);
        if let Some((obj, m)) = self.method_call(c) {
            if obj == "Atomics"
                && self.lookup_local("Atomics", at)?.is_none()
                && !self.globals.contains_key("Atomics")
            {
                return self.atomics(&m, c, e, dest, out);
            }
            match self.resolve_kind(&obj, at)? {
                Some(Resolved::Thread(t)) if m == "join" => {
                    let reg = self.dest(dest)?;
                    return self.join(t, c, e, Some(reg), out);
                }
                Some(Resolved::Condition) if m == "notify" || m == "notifyAll" => {
                    return Err(err_at(
                        at,
                        format!(
                            "the return value of {obj}.{m}() may not be used in litmus tests (call it as a statement)"
                        ),
                    ));
                }
                Some(Resolved::Condition) if m == "wait" => {
                    return Err(err_at(
                        at,
                        format!(
                            "{obj}.wait(…) is a statement in litmus tests (its value may not be used)"
                        ),
                    ));
                }
                Some(Resolved::Lock(_)) if m == "hold" => {
                    return Err(err_at(
                        at,
                        format!(
                            "{obj}.hold(…) is a statement in litmus tests (its value may not be used; return after the hold)"
                        ),
                    ));
                }
                _ => {}
            }
            return Err(err_at(
                at,
                format!("the call {obj}.{m}(…) is not supported in litmus tests ({CALLS})"),
            ));
        }
        if let Expression::Identifier(f) = c.function() {
            let name = self.ident(f);
            if name == "print" {
                return Err(err_at(
                    at,
                    "print(…) is supported only in the main program, not inside threads",
                ));
            }
            return Err(err_at(
                at,
                format!(
                    "calls of functions ('{name}(…)') are not supported in litmus tests ({CALLS})"
                ),
            ));
        }
        Err(err_at(
            at,
            format!("this call is not supported in litmus tests ({CALLS})"),
        ))
    }

    pub(super) fn atomics(
        &mut self,
        m: &str,
        c: &Call,
        e: &Expression,
        dest: Option<Reg>,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let at = expr_start(e);
        let arity = match m {
            "load" => 2,
            "store" => 3,
            "compareExchange" => 4,
            _ if rmw_op(m).is_some() => 3,
            "wait" | "waitAsync" | "notify" => {
                return Err(err_at(
                    at,
                    format!(
                        "Atomics.{m} is not supported in litmus tests (use a Condition: c.wait(l), c.notify())"
                    ),
                ));
            }
            _ => {
                return Err(err_at(
                    at,
                    format!(
                        "Atomics.{m} is not supported in litmus tests (Atomics.load, store, add, sub, and, or, xor, exchange and compareExchange are)"
                    ),
                ));
            }
        };
        let args = c.args();
        // Atomics on a binding cell: `Atomics.load(x)` / `Atomics.store(x, 1)`.
        if let Some(Expression::Identifier(id)) = args.first().map(strip_parens) {
            let name = self.ident(id);
            if self.lookup_local(&name, at)?.is_none()
                && let Some(Global::Cell { object: None }) = self.globals.get(&name)
            {
                return Err(err_at(
                    id.span().start().into(),
                    format!(
                        "Atomics.{m} on the binding cell '{name}' is not supported: Atomics operate on an object's property (Atomics.{m}(o, \"{name}\"…)); put the value in a shared object"
                    ),
                ));
            }
        }
        if args.len() != arity {
            let shape = match m {
                "load" => "Atomics.load(o, \"k\")".to_string(),
                "store" => "Atomics.store(o, \"k\", v)".to_string(),
                "compareExchange" => {
                    "Atomics.compareExchange(o, \"k\", expected, replacement)".to_string()
                }
                _ => format!("Atomics.{m}(o, \"k\", v)"),
            };
            return Err(err_at(
                at,
                format!(
                    "Atomics.{m} takes {arity} arguments: {shape}; found {}",
                    args.len()
                ),
            ));
        }
        let obj = self.object(&args[0], out)?;
        let key = self.key_expr(&args[1], out)?;
        let loc = LocExpr { obj, key };
        let origin = self.origin_of(e);
        match m {
            "load" => {
                let reg = self.dest(dest)?;
                out.push(Stmt::Read {
                    reg,
                    loc,
                    order: Order::SeqCst,
                    origin,
                });
                Ok(Expr::Reg(reg))
            }
            "store" => {
                let v = self.value(&args[2], None, out)?;
                out.push(Stmt::Write {
                    loc,
                    value: v.clone(),
                    order: Order::SeqCst,
                    origin,
                });
                Ok(v)
            }
            "compareExchange" => {
                let expected = self.value(&args[2], None, out)?;
                let replacement = self.value(&args[3], None, out)?;
                let reg = self.dest(dest)?;
                out.push(Stmt::Cas {
                    reg,
                    loc,
                    expected,
                    replacement,
                    origin,
                });
                Ok(Expr::Reg(reg))
            }
            _ => {
                let op = rmw_op(m).ok_or_else(|| err_at(at, "internal error: unknown RMW"))?;
                let operand = self.value(&args[2], None, out)?;
                let reg = self.dest(dest)?;
                out.push(Stmt::Rmw {
                    reg,
                    loc,
                    op,
                    operand,
                    origin,
                });
                Ok(Expr::Reg(reg))
            }
        }
    }
}
