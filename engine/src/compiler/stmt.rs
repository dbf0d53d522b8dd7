//! Statements: blocks, declarations, control flow, loops, switch, try/finally.

use boa_ast::declaration::{Binding, LexicalDeclaration};
use boa_ast::statement::iteration::{ForLoopInitializer, IterableLoopInitializer};
use boa_ast::statement::{Block, Statement};
use boa_ast::{Declaration, StatementListItem};

use super::{
    BindKind, CResult, Compiler, Finalizer, FinalizerEntry, JumpTarget, Resolved, TryRegion, err,
};
use crate::atom::Atom;
use crate::vm::code::*;

/// How a pattern's names receive values.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum BindMode {
    /// A let/const/class (or parameter) initialisation.
    Init { lexical: bool },
    /// An assignment to existing bindings (`var` declarations, assignment patterns).
    Assign,
}

impl<'ast> Compiler<'ast> {
    pub(super) fn statement_list_item(&mut self, item: &'ast StatementListItem) -> CResult<()> {
        match item {
            StatementListItem::Statement(s) => self.statement(s),
            StatementListItem::Declaration(d) => self.declaration(d),
        }
    }

    fn declaration(&mut self, d: &'ast Declaration) -> CResult<()> {
        match d {
            Declaration::FunctionDeclaration(_) => Ok(()), // hoisted
            Declaration::Lexical(l) => self.lexical_declaration(l),
            Declaration::ClassDeclaration(c) => {
                let m = self.mark();
                let r = self.reg();
                let name = self.sym_atom(c.name().sym());
                self.class(
                    Some(name),
                    Some(name),
                    c.super_ref(),
                    c.constructor(),
                    c.elements(),
                    r,
                )?;
                self.init_binding(name, r, true);
                self.release(m);
                Ok(())
            }
            Declaration::GeneratorDeclaration(_) => self.unsupported("generator functions", None),
            Declaration::AsyncFunctionDeclaration(_) => Ok(()), // hoisted
            Declaration::AsyncGeneratorDeclaration(_) => {
                self.unsupported("async generator functions", None)
            }
        }
    }

    fn lexical_declaration(&mut self, l: &'ast LexicalDeclaration) -> CResult<()> {
        if !matches!(l, LexicalDeclaration::Let(_) | LexicalDeclaration::Const(_)) {
            return err("`using` declarations are not supported", None);
        }
        for v in l.variable_list().as_ref() {
            let m = self.mark();
            // `let x = a + b` with `x` in a register: evaluate into it directly.
            if let (Binding::Identifier(id), Some(init)) = (v.binding(), v.init()) {
                let name = self.sym_atom(id.sym());
                if let Some(r) = self.decl_target(name, init, true) {
                    self.expr_named(init, r, Some(name))?;
                    self.bind_pattern(v.binding(), r, true)?;
                    self.release(m);
                    continue;
                }
            }
            let t = self.reg();
            match v.init() {
                Some(init) => {
                    let hint = match v.binding() {
                        Binding::Identifier(id) => Some(self.sym_atom(id.sym())),
                        _ => None,
                    };
                    self.expr_named(init, t, hint)?;
                }
                None => {
                    self.emit(Op::LoadUndef(t));
                }
            }
            self.bind_pattern(v.binding(), t, true)?;
            self.release(m);
        }
        Ok(())
    }

    pub(super) fn block_body(&mut self, items: &'ast [StatementListItem]) -> CResult<()> {
        let decls = self.lexical_decls(items);
        self.push_scope(&decls);
        self.hoist_functions(items, false)?;
        for i in items {
            self.statement_list_item(i)?;
        }
        self.pop_scope();
        Ok(())
    }

    pub(super) fn statement(&mut self, s: &'ast Statement) -> CResult<()> {
        let labels = std::mem::take(&mut self.f().pending_labels);
        match s {
            Statement::Block(b) => {
                if labels.is_empty() {
                    self.block_body(b.statement_list().statements())
                } else {
                    self.labelled_block(labels, |c| c.block_body(b.statement_list().statements()))
                }
            }
            Statement::Var(v) => self.var_declaration(v),
            Statement::Empty | Statement::Debugger => Ok(()),
            Statement::Expression(e) => self.expr_discard(e),
            _ => self.statement_rest(s, labels),
        }
    }

    fn var_declaration(&mut self, v: &'ast boa_ast::declaration::VarDeclaration) -> CResult<()> {
        for var in v.0.as_ref() {
            if let Some(init) = var.init() {
                let m = self.mark();
                if let Binding::Identifier(id) = var.binding() {
                    let name = self.sym_atom(id.sym());
                    if let Some(r) = self.decl_target(name, init, false) {
                        self.expr_named(init, r, Some(name))?;
                        self.release(m);
                        continue;
                    }
                }
                let t = self.reg();
                let hint = match var.binding() {
                    Binding::Identifier(id) => Some(self.sym_atom(id.sym())),
                    _ => None,
                };
                self.expr_named(init, t, hint)?;
                self.bind_pattern(var.binding(), t, false)?;
                self.release(m);
            }
        }
        Ok(())
    }

    fn statement_rest(&mut self, s: &'ast Statement, labels: Vec<Atom>) -> CResult<()> {
        match s {
            Statement::If(i) => {
                let mut to_else = Vec::new();
                self.cond_jumps(i.cond(), false, &mut to_else)?;
                self.labelled_or_plain(labels.clone(), |c| c.statement(i.body()))?;
                if let Some(e) = i.else_node() {
                    let j2 = self.emit(Op::Jump(0));
                    for j in to_else {
                        self.patch_here(j);
                    }
                    self.labelled_or_plain(labels, |c| c.statement(e))?;
                    self.patch_here(j2);
                } else {
                    for j in to_else {
                        self.patch_here(j);
                    }
                }
                Ok(())
            }
            Statement::WhileLoop(w) => {
                // Rotated: the condition sits at the bottom and jumps back to the body,
                // so an iteration runs one jump (the back edge, which polls).
                let enter = self.emit(Op::Jump(0));
                let body = self.pc();
                self.push_loop(labels, true);
                self.statement(w.body())?;
                let cont = self.pc();
                self.patch(enter, cont);
                self.loop_condition(w.condition(), body)?;
                self.pop_loop(cont);
                Ok(())
            }
            Statement::DoWhileLoop(w) => {
                let start = self.pc();
                self.push_loop(labels, true);
                self.statement(w.body())?;
                let cont = self.pc();
                self.loop_condition(w.cond(), start)?;
                self.pop_loop(cont);
                Ok(())
            }
            Statement::ForLoop(f) => self.for_loop(f, labels),
            Statement::ForInLoop(f) => {
                let m = self.mark();
                let src = self.reg();
                let iter = self.reg();
                let val = self.reg();
                self.expr_in_loop_head_scope(f.initializer(), f.target(), src)?;
                self.emit(Op::ForInStart { iter, src });
                let start = self.pc();
                self.push_loop(labels, true);
                let next = self.emit(Op::ForInNext {
                    dst: val,
                    iter,
                    done: 0,
                });
                self.loop_binding(f.initializer(), val, |c| c.statement(f.body()))?;
                self.emit(Op::Jump(start));
                self.patch_here(next);
                self.pop_loop(start);
                self.release(m);
                Ok(())
            }
            Statement::ForOfLoop(f) => {
                if f.r#await() {
                    return err("for await is not supported by the engine yet", None);
                }
                let m = self.mark();
                let src = self.reg();
                let iter = self.regs(2);
                let val = self.reg();
                self.expr_in_loop_head_scope(f.initializer(), f.iterable(), src)?;
                self.emit(Op::GetIterator { iter, src });
                let start = self.pc();
                self.push_loop(labels, true);
                let next = self.emit(Op::IterNext {
                    dst: val,
                    iter,
                    done: 0,
                });
                // Throws from the binding or the body close the iterator quietly;
                // break/return/continue-outer close it normally (a finalizer).
                let save = self.reg();
                self.emit(Op::Mov(save, REG_ENV));
                let depth = self.fr().env_depth;
                let nscopes = self.fr().scopes.len();
                let ntries = self.fr().tries.len();
                let njumps = self.fr().jumps.len();
                self.f().finalizers.push(FinalizerEntry {
                    f: Finalizer::IterClose(iter),
                    env_depth: depth,
                    tries: ntries,
                    scopes: nscopes,
                    jumps: njumps,
                });
                let nfins = self.fr().finalizers.len();
                if let Some(t) = self.f().jumps.last_mut() {
                    t.cont_finalizers = nfins;
                }
                let region = self.open_try();
                self.loop_binding(f.initializer(), val, |c| c.statement(f.body()))?;
                let exc = self.reg();
                let ranges = self.close_try(region);
                self.f().finalizers.pop();
                self.emit(Op::Jump(start));
                let handler = self.pc();
                self.add_handlers(ranges, handler, exc);
                self.emit(Op::Mov(REG_ENV, save));
                self.emit(Op::IterCloseQuiet { iter });
                self.emit(Op::Throw(exc));
                self.patch_here(next);
                self.pop_loop(start);
                self.release(m);
                Ok(())
            }
            Statement::Switch(sw) => self.switch(sw, labels),
            Statement::Continue(c) => {
                let label = c.label().map(|l| self.sym_atom(l));
                self.jump_out(label, true)
            }
            Statement::Break(b) => {
                let label = b.label().map(|l| self.sym_atom(l));
                self.jump_out(label, false)
            }
            Statement::Return(r) => {
                let m = self.mark();
                // `return x` of a local with no finally block to run first (which
                // could assign it): return the register itself.
                if let Some(e) = r.target()
                    && self.fr().finalizers.is_empty()
                    && let Some(reg) = self.direct_reg(e)
                {
                    self.sync_this_for_return();
                    self.emit(Op::Return(reg));
                    self.release(m);
                    return Ok(());
                }
                let t = self.reg();
                match r.target() {
                    Some(e) => self.expr(e, t)?,
                    None => {
                        self.emit(Op::LoadUndef(t));
                    }
                }
                let closed = self.run_finalizers_to(0, 0, 0);
                self.sync_this_for_return();
                self.emit(Op::Return(t));
                self.reopen_tries(&closed);
                self.release(m);
                Ok(())
            }
            Statement::Labelled(l) => {
                let label = self.sym_atom(l.label());
                let mut labels = labels;
                labels.push(label);
                match l.item() {
                    boa_ast::statement::LabelledItem::Statement(s) => {
                        if is_loop_or_switch(s) || matches!(s, Statement::Labelled(_)) {
                            self.f().pending_labels = labels;
                            self.statement(s)
                        } else {
                            self.labelled_block(labels, |c| c.statement(s))
                        }
                    }
                    boa_ast::statement::LabelledItem::FunctionDeclaration(_) => {
                        err("labelled function declarations are not supported", None)
                    }
                }
            }
            Statement::Throw(t) => {
                let m = self.mark();
                let r = self.reg();
                self.expr(t.target(), r)?;
                self.emit(Op::Throw(r));
                self.release(m);
                Ok(())
            }
            Statement::Try(t) => self.try_statement(t),
            Statement::With(_) => err(
                "the `with` statement is not supported by the engine yet",
                None,
            ),
            Statement::Block(_)
            | Statement::Var(_)
            | Statement::Empty
            | Statement::Debugger
            | Statement::Expression(_) => self.statement(s),
        }
    }

    fn labelled_or_plain(
        &mut self,
        labels: Vec<Atom>,
        f: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        if labels.is_empty() {
            f(self)
        } else {
            self.labelled_block(labels, f)
        }
    }

    fn labelled_block(
        &mut self,
        labels: Vec<Atom>,
        f: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let t = self.jump_target(labels, false, false);
        self.f().jumps.push(t);
        f(self)?;
        let t = self.f().jumps.pop().expect("jump target");
        let end = self.pc();
        for b in t.breaks {
            self.patch(b, end);
        }
        Ok(())
    }

    fn jump_target(&self, labels: Vec<Atom>, is_loop: bool, breakable: bool) -> JumpTarget {
        let f = self.fr();
        JumpTarget {
            labels,
            is_loop,
            breakable,
            breaks: Vec::new(),
            continues: Vec::new(),
            env_depth: f.env_depth,
            finalizers: f.finalizers.len(),
            cont_finalizers: f.finalizers.len(),
            tries: f.tries.len(),
            scopes: f.scopes.len(),
        }
    }

    fn push_loop(&mut self, labels: Vec<Atom>, is_loop: bool) {
        let t = self.jump_target(labels, is_loop, true);
        self.f().jumps.push(t);
    }

    /// Ends a loop: breaks go to the current pc, continues to `cont`.
    fn pop_loop(&mut self, cont: u32) {
        let t = self.f().jumps.pop().expect("loop target");
        let end = self.pc();
        for b in t.breaks {
            self.patch(b, end);
        }
        for c in t.continues {
            self.patch(c, cont);
        }
    }

    fn jump_out(&mut self, label: Option<Atom>, is_continue: bool) -> CResult<()> {
        let idx = self
            .fr()
            .jumps
            .iter()
            .rposition(|t| match (label, is_continue) {
                (None, false) => t.breakable,
                (None, true) => t.is_loop,
                (Some(l), false) => t.labels.contains(&l),
                (Some(l), true) => t.is_loop && t.labels.contains(&l),
            });
        let Some(idx) = idx else {
            return err("illegal break/continue target", None);
        };
        let (fins, env_depth, tries, scopes) = {
            let t = &self.fr().jumps[idx];
            let fins = if is_continue {
                t.cont_finalizers
            } else {
                t.finalizers
            };
            (fins, t.env_depth, t.tries, t.scopes)
        };
        let closed = self.run_finalizers_to(fins, env_depth, tries);
        let _ = scopes;
        let j = self.emit(Op::Jump(0));
        let t = &mut self.f().jumps[idx];
        if is_continue {
            t.continues.push(j);
        } else {
            t.breaks.push(j);
        }
        self.reopen_tries(&closed);
        Ok(())
    }

    /// Emits the exit sequence to a target: runs the finalizers above `fins` (innermost
    /// first) at their own scope depth, and pops environments down to `env_depth`. The
    /// caller emits the jump and then calls `reopen_tries` with the returned list.
    ///
    /// Try regions (index `tries` and up) are left one by one: the code of a finalizer
    /// stays covered by the regions that enclose its own `try` statement (an exception
    /// it throws is caught there, §14.15.3), and not by its own region or any region
    /// inside it (else a `finally` that throws would run again). The returned indices are
    /// exactly the regions this exit closed — never one that an enclosing exit sequence
    /// (a `return` inside a finalizer being inlined) had already closed.
    fn run_finalizers_to(&mut self, fins: usize, env_depth: u32, tries: usize) -> Vec<usize> {
        let mut closed = Vec::new();
        let mut cur = self.fr().env_depth;
        let n = self.fr().finalizers.len();
        for i in (fins..n).rev() {
            let (depth, nscopes, fin_tries, njumps) = {
                let e = &self.fr().finalizers[i];
                (e.env_depth, e.scopes, e.tries, e.jumps)
            };
            self.close_tries_from(fin_tries.max(tries), &mut closed);
            while cur > depth {
                self.emit(Op::PopEnv);
                cur -= 1;
            }
            // Compile the finalizer with the state it was registered in.
            let saved_fins = self.f().finalizers.split_off(i);
            let saved_scopes = self.f().scopes.split_off(nscopes);
            let saved_jumps = self.f().jumps.split_off(njumps);
            let saved_depth = self.fr().env_depth;
            self.f().env_depth = depth;
            let fin = &saved_fins[0].f;
            match fin {
                Finalizer::IterClose(iter) => {
                    let iter = *iter;
                    self.emit(Op::IterClose { iter });
                }
                Finalizer::Finally(block) => {
                    let block: &'ast Block = block;
                    // Errors are impossible here only if the finally body compiles; it
                    // compiled once already, so a failure is not expected, and any
                    // error is reported when the normal path compiles it.
                    let m = self.mark();
                    let _ = self.block_body(block.statement_list().statements());
                    self.release(m);
                }
            }
            self.f().env_depth = saved_depth;
            self.f().scopes.extend(saved_scopes);
            self.f().jumps.extend(saved_jumps);
            self.f().finalizers.extend(saved_fins);
        }
        self.close_tries_from(tries, &mut closed);
        while cur > env_depth {
            self.emit(Op::PopEnv);
            cur -= 1;
        }
        closed
    }

    /// Closes (at the current pc) every open try region from index `from` on, adding
    /// the indices it closed to `closed`.
    fn close_tries_from(&mut self, from: usize, closed: &mut Vec<usize>) {
        let pc = self.pc();
        for (i, t) in self.f().tries.iter_mut().enumerate().skip(from) {
            if let Some(s) = t.open.take() {
                t.ranges.push((s, pc));
                closed.push(i);
            }
        }
    }

    /// Reopens (at the current pc) the try regions an exit sequence closed.
    pub(super) fn reopen_tries(&mut self, closed: &[usize]) {
        let pc = self.pc();
        for &i in closed {
            let t = &mut self.f().tries[i];
            if t.open.is_none() {
                t.open = Some(pc);
            }
        }
    }

    pub(super) fn open_try(&mut self) -> usize {
        let pc = self.pc();
        self.f().tries.push(TryRegion {
            ranges: Vec::new(),
            open: Some(pc),
        });
        self.fr().tries.len() - 1
    }

    pub(super) fn close_try(&mut self, idx: usize) -> Vec<(u32, u32)> {
        let pc = self.pc();
        let mut t = self.f().tries.remove(idx);
        if let Some(s) = t.open.take() {
            t.ranges.push((s, pc));
        }
        t.ranges
    }

    pub(super) fn add_handlers(&mut self, ranges: Vec<(u32, u32)>, target: u32, reg: R) {
        for (start, end) in ranges {
            if start < end {
                self.f().handlers.push(Handler {
                    start,
                    end,
                    target,
                    reg,
                });
            }
        }
    }

    fn try_statement(&mut self, t: &'ast boa_ast::statement::Try) -> CResult<()> {
        let m = self.mark();
        let save = self.reg();
        let exc = self.reg();
        self.emit(Op::Mov(save, REG_ENV));
        let fin_region = if let Some(fin) = t.finally() {
            let depth = self.fr().env_depth;
            let nscopes = self.fr().scopes.len();
            let ntries = self.fr().tries.len();
            let njumps = self.fr().jumps.len();
            self.f().finalizers.push(FinalizerEntry {
                f: Finalizer::Finally(fin.block()),
                env_depth: depth,
                tries: ntries,
                scopes: nscopes,
                jumps: njumps,
            });
            Some(self.open_try())
        } else {
            None
        };
        if let Some(catch) = t.catch() {
            let region = self.open_try();
            self.block_body(t.block().statement_list().statements())?;
            let ranges = self.close_try(region);
            let j = self.emit(Op::Jump(0));
            let handler = self.pc();
            self.add_handlers(ranges, handler, exc);
            self.emit(Op::Mov(REG_ENV, save));
            match catch.parameter() {
                Some(p) => {
                    let mut names = Vec::new();
                    super::analysis::binding_names(p, &mut names);
                    let decls: Vec<(Atom, BindKind)> = names
                        .iter()
                        .map(|n| (self.sym_atom(n.sym()), BindKind::Var))
                        .collect();
                    self.push_scope(&decls);
                    self.bind_pattern(p, exc, true)?;
                    self.block_body(catch.block().statement_list().statements())?;
                    self.pop_scope();
                }
                None => self.block_body(catch.block().statement_list().statements())?,
            }
            self.patch_here(j);
        } else {
            self.block_body(t.block().statement_list().statements())?;
        }
        if let (Some(region), Some(fin)) = (fin_region, t.finally()) {
            let ranges = self.close_try(region);
            self.f().finalizers.pop();
            // Normal completion runs the finally block inline.
            self.block_body(fin.block().statement_list().statements())?;
            let j = self.emit(Op::Jump(0));
            let handler = self.pc();
            let exc2 = self.reg();
            self.add_handlers(ranges, handler, exc2);
            self.emit(Op::Mov(REG_ENV, save));
            self.block_body(fin.block().statement_list().statements())?;
            self.emit(Op::Throw(exc2));
            self.patch_here(j);
        }
        self.release(m);
        Ok(())
    }

    fn for_loop(&mut self, f: &'ast boa_ast::statement::ForLoop, labels: Vec<Atom>) -> CResult<()> {
        let mut scoped = false;
        let mut lex_names: Vec<Atom> = Vec::new();
        match f.init() {
            Some(ForLoopInitializer::Lexical(l)) => {
                let decl = l.declaration();
                let kind = if decl.is_const() {
                    BindKind::Const
                } else {
                    BindKind::Let
                };
                let mut names = Vec::new();
                for v in decl.variable_list().as_ref() {
                    super::analysis::binding_names(v.binding(), &mut names);
                }
                let decls: Vec<(Atom, BindKind)> = names
                    .iter()
                    .map(|n| (self.sym_atom(n.sym()), kind))
                    .collect();
                lex_names = decls.iter().map(|d| d.0).collect();
                self.push_scope(&decls);
                scoped = true;
                self.lexical_declaration(decl)?;
            }
            Some(ForLoopInitializer::Var(v)) => {
                self.var_declaration(v)?;
            }
            Some(ForLoopInitializer::Expression(e)) => {
                let m = self.mark();
                let t = self.reg();
                self.expr(e, t)?;
                self.release(m);
            }
            None => {}
        }
        let per_iteration = scoped && self.fr().scopes.last().map(|s| s.has_env).unwrap_or(false);
        if per_iteration {
            self.copy_iteration_env(&lex_names);
        }
        // Rotated like `while`: enter at the condition, which sits at the bottom.
        let enter = f.condition().map(|_| self.emit(Op::Jump(0)));
        let start = self.pc();
        self.push_loop(labels, true);
        self.statement(f.body())?;
        let cont = self.pc();
        if per_iteration {
            self.copy_iteration_env(&lex_names);
        }
        if let Some(u) = f.final_expr() {
            self.expr_discard(u)?;
        }
        match f.condition() {
            Some(c) => {
                if let Some(j) = enter {
                    self.patch_here(j);
                }
                self.loop_condition(c, start)?;
            }
            None => {
                self.emit(Op::Jump(start));
            }
        }
        self.pop_loop(cont);
        if scoped {
            self.pop_scope();
        }
        Ok(())
    }

    /// A loop's condition at the bottom of the loop: jumps back to `body` while it
    /// holds (conditional jumps backwards poll for safepoints like `Jump`).
    fn loop_condition(&mut self, c: &'ast boa_ast::Expression, body: u32) -> CResult<()> {
        let mut back = Vec::new();
        self.cond_jumps(c, true, &mut back)?;
        for j in back {
            self.patch(j, body);
        }
        Ok(())
    }

    /// CreatePerIterationEnvironment: a fresh environment with the same values.
    fn copy_iteration_env(&mut self, names: &[Atom]) {
        let m = self.mark();
        let size = self.fr().scopes.last().map(|s| s.env_size).unwrap_or(0);
        let temps = self.regs(size);
        for i in 0..size {
            self.emit(Op::GetEnv {
                dst: temps + i as R,
                hops: 0,
                idx: i,
            });
        }
        self.emit(Op::PopEnv);
        self.emit(Op::PushEnv(size));
        for i in 0..size {
            self.emit(Op::SetEnv {
                src: temps + i as R,
                hops: 0,
                idx: i,
            });
        }
        let _ = names;
        self.release(m);
    }

    /// Evaluates a for-in/of head expression; a lexical declaration's names are in TDZ
    /// while it runs.
    fn expr_in_loop_head_scope(
        &mut self,
        init: &'ast IterableLoopInitializer,
        e: &'ast boa_ast::Expression,
        dst: R,
    ) -> CResult<()> {
        let names = match init {
            IterableLoopInitializer::Let(b) | IterableLoopInitializer::Const(b) => {
                let mut names = Vec::new();
                super::analysis::binding_names(b, &mut names);
                names
                    .iter()
                    .map(|n| (self.sym_atom(n.sym()), BindKind::Let))
                    .collect()
            }
            _ => Vec::new(),
        };
        if names.is_empty() {
            return self.expr(e, dst);
        }
        self.push_scope(&names);
        self.expr(e, dst)?;
        self.pop_scope();
        Ok(())
    }

    /// Binds the loop value to the loop head's target (in a fresh per-iteration scope
    /// for let/const) and compiles the body.
    fn loop_binding(
        &mut self,
        init: &'ast IterableLoopInitializer,
        val: R,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        match init {
            IterableLoopInitializer::Identifier(id) => {
                let name = self.sym_atom(id.sym());
                self.store_name(name, val);
                body(self)
            }
            IterableLoopInitializer::Access(a) => {
                self.assign_to_access(a, val)?;
                body(self)
            }
            IterableLoopInitializer::Var(v) => {
                self.bind_pattern(v.binding(), val, false)?;
                body(self)
            }
            IterableLoopInitializer::Let(b) | IterableLoopInitializer::Const(b) => {
                let kind = if matches!(init, IterableLoopInitializer::Const(_)) {
                    BindKind::Const
                } else {
                    BindKind::Let
                };
                let mut names = Vec::new();
                super::analysis::binding_names(b, &mut names);
                let decls: Vec<(Atom, BindKind)> = names
                    .iter()
                    .map(|n| (self.sym_atom(n.sym()), kind))
                    .collect();
                self.push_scope(&decls);
                self.bind_pattern(b, val, true)?;
                body(self)?;
                self.pop_scope();
                Ok(())
            }
            IterableLoopInitializer::Pattern(p) => {
                self.assign_pattern(p, val)?;
                body(self)
            }
        }
    }

    fn switch(&mut self, sw: &'ast boa_ast::statement::Switch, labels: Vec<Atom>) -> CResult<()> {
        let m = self.mark();
        let d = self.reg();
        self.expr(sw.val(), d)?;
        let mut items: Vec<&'ast StatementListItem> = Vec::new();
        for c in sw.cases() {
            items.extend(c.body().statements().iter());
        }
        let owned: Vec<StatementListItem> = items.iter().map(|i| (*i).clone()).collect();
        let decls = self.lexical_decls(&owned);
        self.push_scope(&decls);
        if let Some(s) = self.f().scopes.last_mut() {
            s.switch = true;
        }
        for c in sw.cases() {
            self.hoist_functions(c.body().statements(), false)?;
        }
        self.push_loop(labels, false);
        let t = self.reg();
        let mut jumps = Vec::new();
        for c in sw.cases() {
            if let Some(cond) = c.condition() {
                self.expr(cond, t)?;
                self.emit(Op::bin(BinOp::StrictEq, t, d, t));
                jumps.push(Some(self.emit(Op::JumpIfTrue(t, 0))));
            } else {
                jumps.push(None);
            }
        }
        let to_default = self.emit(Op::Jump(0));
        let mut default_pc = None;
        for (c, j) in sw.cases().iter().zip(jumps) {
            match j {
                Some(j) => self.patch_here(j),
                None => default_pc = Some(self.pc()),
            }
            for item in c.body().statements() {
                self.statement_list_item(item)?;
            }
        }
        let end = self.pc();
        self.patch(to_default, default_pc.unwrap_or(end));
        self.pop_loop(end);
        self.pop_scope();
        self.release(m);
        Ok(())
    }

    /// Binds a declaration's binding to `src`.
    pub(super) fn bind_pattern(&mut self, b: &'ast Binding, src: R, init: bool) -> CResult<()> {
        match b {
            Binding::Identifier(id) => {
                let name = self.sym_atom(id.sym());
                if init {
                    self.init_binding(name, src, true);
                } else {
                    self.store_name(name, src);
                }
                Ok(())
            }
            Binding::Pattern(p) => {
                let mode = if init {
                    BindMode::Init { lexical: true }
                } else {
                    BindMode::Assign
                };
                self.pattern(p, src, mode)
            }
        }
    }

    /// True if a name resolves to a register binding of the current function.
    #[allow(dead_code)]
    pub(super) fn is_reg(&self, name: Atom) -> bool {
        matches!(self.resolve(name), Resolved::Reg(..))
    }
}

fn is_loop_or_switch(s: &Statement) -> bool {
    matches!(
        s,
        Statement::WhileLoop(_)
            | Statement::DoWhileLoop(_)
            | Statement::ForLoop(_)
            | Statement::ForInLoop(_)
            | Statement::ForOfLoop(_)
            | Statement::Switch(_)
    )
}
