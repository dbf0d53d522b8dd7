//! Lowering of thread bodies: statements, blocks, locals, await loops, spawn/hold/wait/join (a part of the `impl Lowerer`; see the parent module).

use super::*;

impl<'a> Lowerer<'a> {
    // ----- thread bodies -----

    pub(super) fn cx(&mut self) -> R<&mut Ctx> {
        self.ctx
            .last_mut()
            .ok_or_else(|| err_at(Pos::new(1, 1), "internal error: no thread context"))
    }

    pub(super) fn new_reg(&mut self, name: String) -> R<Reg> {
        let c = self.cx()?;
        let r = Reg(c.reg_names.len() as u32);
        c.reg_names.push(name);
        Ok(r)
    }

    pub(super) fn temp(&mut self) -> R<Reg> {
        let c = self.cx()?;
        c.temps += 1;
        let name = format!("_t{}", c.temps);
        self.new_reg(name)
    }

    pub(super) fn lookup_local(&self, name: &str, at: Pos) -> R<Option<Local>> {
        for (depth, c) in self.ctx.iter().rev().enumerate() {
            for scope in c.scopes.iter().rev() {
                if let Some(l) = scope.get(name) {
                    return match (depth, l) {
                        (0, l) => Ok(Some(*l)),
                        (_, Local::Thread(t)) => Ok(Some(Local::Thread(*t))),
                        (_, Local::Reg(..)) => Err(err_at(
                            at,
                            format!(
                                "'{name}' is a local of the enclosing thread '{}'; a nested thread cannot use its parent's locals (share values through an object)",
                                c.name
                            ),
                        )),
                    };
                }
            }
        }
        Ok(None)
    }

    pub(super) fn declare_local(&mut self, name: &str, local: Local, at: Pos) -> R<()> {
        if matches!(name, "Atomics" | "undefined" | "absent") {
            return Err(err_at(
                at,
                format!("'{name}' is a name litmus tests reserve; choose another"),
            ));
        }
        let c = self.cx()?;
        if let Some(scope) = c.scopes.last_mut()
            && scope.insert(name.to_string(), local).is_some()
        {
            return Err(err_at(
                at,
                format!("'{name}' is declared twice in this block"),
            ));
        }
        Ok(())
    }

    pub(super) fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err_at(
                self.cursor,
                "the code is nested too deeply for a litmus test",
            ));
        }
        Ok(())
    }

    pub(super) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    pub(super) fn block(&mut self, items: &[StatementListItem], out: &mut Vec<Stmt>) -> R<()> {
        for item in items {
            self.enter()?;
            let r = self.item(item, out);
            self.leave();
            r?;
        }
        Ok(())
    }

    pub(super) fn scoped_block(
        &mut self,
        items: &[StatementListItem],
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        self.cx()?.scopes.push(HashMap::new());
        let r = self.block(items, out);
        if let Some(c) = self.ctx.last_mut() {
            c.scopes.pop();
        }
        r
    }

    pub(super) fn item(&mut self, item: &StatementListItem, out: &mut Vec<Stmt>) -> R<()> {
        match item {
            StatementListItem::Declaration(d) => match &**d {
                Declaration::Lexical(LexicalDeclaration::Let(list)) => {
                    let at = self.locate(Tok::Keyword(Keyword::Let));
                    for v in list.as_ref() {
                        self.local_decl(v, true, at, out)?;
                    }
                    Ok(())
                }
                Declaration::Lexical(LexicalDeclaration::Const(list)) => {
                    let at = self.locate(Tok::Keyword(Keyword::Const));
                    for v in list.as_ref() {
                        self.local_decl(v, false, at, out)?;
                    }
                    Ok(())
                }
                other => {
                    let (tok, msg) = declaration_problem(other);
                    Err(err_at(self.locate(tok), msg))
                }
            },
            StatementListItem::Statement(s) => self.statement(s, out),
        }
    }

    pub(super) fn statement(&mut self, s: &Statement, out: &mut Vec<Stmt>) -> R<()> {
        let at = match statement_keyword(s) {
            Some(t) => self.locate(t),
            None => self.cursor,
        };
        if let Some(msg) = unsupported_statement(s) {
            return Err(err_at(at, msg));
        }
        match s {
            Statement::Empty => Ok(()),
            Statement::Block(b) => self.scoped_block(b.statement_list().statements(), out),
            Statement::Expression(e) => {
                let r = self.effect(e, out);
                self.advance(expr_end(e));
                r
            }
            Statement::If(i) => self.if_statement(i, out),
            Statement::WhileLoop(w) => self.await_loop(w, at, out),
            Statement::Return(r) => {
                if self.cx()?.in_hold > 0 {
                    return Err(err_at(
                        at,
                        "'return' inside an l.hold(() => { … }) body is not supported in litmus tests (return after the hold)",
                    ));
                }
                let value = match r.target() {
                    None => Expr::Const(Val::Undefined),
                    Some(e) => {
                        let v = match strip_parens(e) {
                            Expression::ArrayLiteral(a) => self.tuple(a, out)?,
                            _ => self.value(e, None, out)?,
                        };
                        self.advance(expr_end(e));
                        v
                    }
                };
                self.cx()?.returned = true;
                out.push(Stmt::Return(value));
                Ok(())
            }
            _ => Err(err_at(
                at,
                "this statement is not supported in litmus tests",
            )),
        }
    }

    pub(super) fn tuple(&mut self, a: &ArrayLiteral, out: &mut Vec<Stmt>) -> R<Expr> {
        let mut items = Vec::new();
        let elems: &[Option<Expression>] = a.as_ref();
        for e in elems {
            let Some(e) = e else {
                return Err(err_at(
                    a.span().start().into(),
                    "array holes are not supported in litmus tests",
                ));
            };
            items.push(self.value(e, None, out)?);
        }
        Ok(Expr::Tuple(items))
    }

    pub(super) fn if_statement(&mut self, i: &If, out: &mut Vec<Stmt>) -> R<()> {
        let cond = self.value(i.cond(), None, out)?;
        self.advance(expr_end(i.cond()));
        self.cx()?.in_branch += 1;
        let mut then = Vec::new();
        let mut otherwise = Vec::new();
        let r = (|| {
            self.branch(i.body(), &mut then)?;
            if let Some(e) = i.else_node() {
                self.locate(Tok::Keyword(Keyword::Else));
                self.branch(e, &mut otherwise)?;
            }
            Ok(())
        })();
        self.cx()?.in_branch -= 1;
        r?;
        out.push(Stmt::If {
            cond,
            then,
            otherwise,
        });
        Ok(())
    }

    pub(super) fn branch(&mut self, s: &Statement, out: &mut Vec<Stmt>) -> R<()> {
        self.cx()?.scopes.push(HashMap::new());
        self.enter()?;
        let r = self.statement(s, out);
        self.leave();
        if let Some(c) = self.ctx.last_mut() {
            c.scopes.pop();
        }
        r
    }

    /// `while (E) {}` and `while (E) { c.wait(l); }`: the reads of E, then only the
    /// executions where E is false continue.
    pub(super) fn await_loop(&mut self, w: &WhileLoop, at: Pos, out: &mut Vec<Stmt>) -> R<()> {
        let shape = "'while' loops are supported only as await loops: 'while (cond) {}' or 'while (cond) { c.wait(l); }' (anything else: use straight-line code and 'if')";
        let wait: Option<&Expression> = match w.body() {
            Statement::Empty => None,
            Statement::Block(b) => match b.statement_list().statements() {
                [] => None,
                [StatementListItem::Statement(s)] => match &**s {
                    Statement::Expression(e) if self.is_wait_call(e) => Some(e),
                    _ => return Err(err_at(at, shape)),
                },
                _ => return Err(err_at(at, shape)),
            },
            Statement::Expression(e) if self.is_wait_call(e) => Some(e),
            _ => return Err(err_at(at, shape)),
        };
        let mut reads = Vec::new();
        let cond = self.value(w.condition(), None, &mut reads)?;
        self.advance(expr_end(w.condition()));
        if let Statement::Block(_) = w.body() {
            self.locate(Tok::Punct(Punctuator::OpenBlock));
        }
        if let Some(e) = wait {
            // Checked like any c.wait(l), then dropped: only the last test of E matters.
            if let Expression::Call(c) = strip_parens(e)
                && let Some((cname, _)) = self.method_call(c)
            {
                let start = expr_start(e);
                match self.resolve_kind(&cname, start)? {
                    Some(Resolved::Condition) => {
                        self.wait_lock(&cname, c)?;
                    }
                    _ => {
                        return Err(err_at(
                            start,
                            format!(
                                "'{cname}' is not a Condition; an await loop's body is empty or one c.wait(l)"
                            ),
                        ));
                    }
                }
            }
            self.advance(expr_end(e));
        }
        out.extend(reads);
        out.push(Stmt::Assume {
            cond: Expr::Not(Box::new(cond)),
        });
        Ok(())
    }

    /// Is `e` shaped like `c.wait(…)`?
    pub(super) fn is_wait_call(&self, e: &Expression) -> bool {
        match strip_parens(e) {
            Expression::Call(c) => matches!(self.method_call(c), Some((_, m)) if m == "wait"),
            _ => false,
        }
    }

    /// `x.m(...)` with `x` an identifier: (x, m).
    pub(super) fn method_call(&self, c: &Call) -> Option<(String, String)> {
        match c.function() {
            Expression::PropertyAccess(PropertyAccess::Simple(s)) => {
                match (s.target(), s.field()) {
                    (Expression::Identifier(t), PropertyAccessField::Const(m)) => {
                        Some((self.ident(t), self.ident(m)))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    pub(super) fn local_decl(
        &mut self,
        v: &Variable,
        mutable: bool,
        at: Pos,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let (name, pos) = self.binding_name(v, at)?;
        let Some(init) = v.init() else {
            if !mutable {
                return Err(err_at(pos, format!("'const {name}' needs an initializer")));
            }
            let reg = self.new_reg(name.clone())?;
            out.push(Stmt::Assign {
                reg,
                value: Expr::Const(Val::Undefined),
            });
            return self.declare_local(&name, Local::Reg(reg, true), pos);
        };
        if self.is_thread_new(init) {
            if mutable {
                return Err(err_at(
                    pos,
                    "threads are bound with 'const' in litmus tests",
                ));
            }
            return self.spawn(&name, pos, init, out);
        }
        let reg = self.new_reg(name.clone())?;
        let value = self.value(init, Some(reg), out)?;
        if value != Expr::Reg(reg) {
            out.push(Stmt::Assign { reg, value });
        }
        self.advance(expr_end(init));
        // Declared after its initializer: `const x = x` does not see itself.
        self.declare_local(&name, Local::Reg(reg, mutable), pos)
    }

    pub(super) fn spawn(
        &mut self,
        name: &str,
        pos: Pos,
        init: &Expression,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let (in_branch, returned, parent, holding) = {
            let c = self.cx()?;
            (c.in_branch, c.returned, c.tid, !c.held.is_empty())
        };
        let _ = holding;
        if in_branch > 0 {
            return Err(err_at(
                pos,
                "a thread spawned inside 'if' is not supported in litmus tests (spawn it unconditionally)",
            ));
        }
        if returned {
            return Err(err_at(
                pos,
                "a thread spawned after a conditional 'return' is not supported in litmus tests (spawn it before)",
            ));
        }
        self.declare_thread_name(name, pos)?;
        let tid = ThreadId(self.threads.len() as u32);
        self.threads.push(None);
        self.declare_local(name, Local::Thread(tid), pos)?;
        let Expression::New(n) = strip_parens(init) else {
            return Err(err_at(pos, "internal error: not a 'new'"));
        };
        out.push(Stmt::Spawn {
            child: tid,
            origin: Origin {
                line: pos.line,
                column: pos.column,
                text: format!("{name} = new Thread(…)"),
            },
        });
        self.thread(tid, name, Some(parent), n)?;
        self.advance(expr_end(init));
        Ok(())
    }

    // ----- expressions -----

    /// An expression statement: effects only.
    pub(super) fn effect(&mut self, e: &Expression, out: &mut Vec<Stmt>) -> R<()> {
        let inner = strip_parens(e);
        let at = expr_start(inner);
        match inner {
            Expression::Call(c) => {
                if let Some((obj, m)) = self.method_call(c) {
                    match self.resolve_kind(&obj, at)? {
                        Some(Resolved::Lock(lock)) if m == "hold" => {
                            return self.hold(lock, &obj, c, out);
                        }
                        Some(Resolved::Condition) if m == "wait" => return self.wait(&obj, c, out),
                        Some(Resolved::Condition) if m == "notify" || m == "notifyAll" => {
                            if !c.args().is_empty() {
                                return Err(err_at(at, format!("{obj}.{m}() takes no arguments")));
                            }
                            return Ok(());
                        }
                        Some(Resolved::Thread(t)) if m == "join" => {
                            return self.join(t, c, inner, None, out).map(|_| ());
                        }
                        _ => {}
                    }
                }
                self.value(inner, None, out).map(|_| ())
            }
            Expression::Unary(u) if u.op() == UnaryOp::Delete => {
                let Expression::PropertyAccess(PropertyAccess::Simple(s)) =
                    strip_parens(u.target())
                else {
                    return Err(err_at(
                        at,
                        "'delete' applies to a property in litmus tests (delete o.k)",
                    ));
                };
                let loc = self.loc_of(s, out)?;
                out.push(Stmt::Write {
                    loc,
                    value: Expr::Const(Val::Absent),
                    order: Order::Plain,
                    origin: self.origin_of(inner),
                });
                Ok(())
            }
            _ => self.value(inner, None, out).map(|_| ()),
        }
    }

    pub(super) fn resolve_kind(&self, name: &str, at: Pos) -> R<Option<Resolved>> {
        if let Some(l) = self.lookup_local(name, at)? {
            return Ok(match l {
                Local::Thread(t) => Some(Resolved::Thread(t)),
                Local::Reg(..) => None,
            });
        }
        Ok(match self.globals.get(name) {
            Some(Global::Object(o, ObjKind::Lock)) => Some(Resolved::Lock(*o)),
            Some(Global::Object(_, ObjKind::Condition)) => Some(Resolved::Condition),
            Some(Global::Thread(t)) => Some(Resolved::Thread(*t)),
            _ => None,
        })
    }

    pub(super) fn hold(
        &mut self,
        lock: ObjId,
        lname: &str,
        c: &Call,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let start = expr_start(c.function());
        let [f] = c.args() else {
            return Err(err_at(
                start,
                format!(
                    "{lname}.hold takes one argument, the critical section: {lname}.hold(() => {{ … }})"
                ),
            ));
        };
        if self.cx()?.held.contains(&lock) {
            return Err(err_at(
                start,
                format!("'{lname}' is already held here (nested holds of one lock deadlock)"),
            ));
        }
        let body = self.function_body(f, "the argument of hold")?;
        {
            let cx = self.cx()?;
            cx.held.push(lock);
            cx.in_hold += 1;
            cx.scopes.push(HashMap::new());
        }
        let mut stmts = Vec::new();
        let r = self.block(body.statements(), &mut stmts);
        if let Some(cx) = self.ctx.last_mut() {
            cx.held.pop();
            cx.in_hold -= 1;
            cx.scopes.pop();
        }
        r?;
        out.push(Stmt::Hold {
            lock,
            body: stmts,
            origin: Origin {
                line: start.line,
                column: start.column,
                text: format!("{lname}.hold"),
            },
        });
        Ok(())
    }

    pub(super) fn wait(&mut self, cname: &str, c: &Call, out: &mut Vec<Stmt>) -> R<()> {
        let start = expr_start(c.function());
        let lock = self.wait_lock(cname, c)?;
        out.push(Stmt::Wait {
            lock,
            origin: Origin {
                line: start.line,
                column: start.column,
                text: self
                    .src
                    .excerpt(start, expr_end(&Expression::Call(c.clone())), 48),
            },
        });
        Ok(())
    }

    pub(super) fn wait_lock(&mut self, cname: &str, c: &Call) -> R<ObjId> {
        let start = expr_start(c.function());
        let usage = format!(
            "{cname}.wait takes the lock it is called under: {cname}.wait(l) inside l.hold(() => {{ … }})"
        );
        let [Expression::Identifier(l)] = c.args() else {
            return Err(err_at(start, usage));
        };
        let lname = self.ident(l);
        let lock = match self.resolve_kind(&lname, start)? {
            Some(Resolved::Lock(lock)) => lock,
            _ => {
                return Err(err_at(
                    l.span().start().into(),
                    format!("'{lname}' is not a Lock; {usage}"),
                ));
            }
        };
        if !self.cx()?.held.contains(&lock) {
            return Err(err_at(
                start,
                format!("{cname}.wait({lname}) must be inside {lname}.hold(() => {{ … }})"),
            ));
        }
        Ok(lock)
    }

    pub(super) fn join(
        &mut self,
        t: ThreadId,
        c: &Call,
        e: &Expression,
        dest: Option<Reg>,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let start = expr_start(e);
        if !c.args().is_empty() {
            return Err(err_at(start, "join() takes no arguments"));
        }
        let me = self.cx()?.tid;
        if t == me || self.ctx.iter().any(|c| c.tid == t) {
            return Err(err_at(
                start,
                "a thread cannot join itself or a thread that spawned it",
            ));
        }
        out.push(Stmt::Join {
            reg: dest,
            child: t,
            origin: self.origin_of(e),
        });
        Ok(dest.map_or(Expr::Const(Val::Undefined), Expr::Reg))
    }
}
