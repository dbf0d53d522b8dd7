//! Runtime semantics of statements and declarations (§14).

use std::collections::VecDeque;

use boa_ast::declaration::{Binding, LexicalDeclaration, VarDeclaration, Variable};
use boa_ast::statement::iteration::{ForLoopInitializer, IterableLoopInitializer};
use boa_ast::statement::{
    Block, DoWhileLoop, ForInLoop, ForLoop, ForOfLoop, If, LabelledItem, Switch, Try, WhileLoop,
};
use boa_ast::{Declaration, Spanned, Statement, StatementList, StatementListItem};
use boa_interner::Sym;

use crate::env::{Env, new_declarative_environment};
use crate::eval::Completion;
use crate::interp::{Abrupt, Interp, JsResult};
use crate::object::Obj;
use crate::ops::compare::is_strictly_equal;
use crate::ops::iterator::IteratorRecord;
use crate::value::{PropertyKey, Value};

/// LoopContinues (§14.7.1.2).
fn loop_continues(c: &Completion<'_>, labels: &[Sym]) -> bool {
    match c {
        Completion::Normal => true,
        Completion::Continue(None) => true,
        Completion::Continue(Some(l)) => labels.contains(l),
        _ => false,
    }
}

/// What ends a loop: the completion to return from the loop statement.
fn loop_exit<'a>(c: Completion<'a>, labels: &[Sym]) -> Completion<'a> {
    match c {
        Completion::Break(None) => Completion::Normal,
        Completion::Break(Some(l)) if labels.contains(&l) => Completion::Normal,
        other => other,
    }
}

/// The for-in iterator of §14.7.5.10 (CreateForInIterator / %ForInIteratorPrototype%.next).
struct ForInIterator<'a> {
    object: Option<Obj<'a>>,
    object_was_visited: bool,
    visited_keys: Vec<PropertyKey>,
    remaining_keys: VecDeque<PropertyKey>,
}

enum ForHead<'a> {
    In(&'a ForInLoop),
    Of(&'a ForOfLoop),
}

impl<'a> Interp<'a> {
    /// Evaluation of a StatementList.
    pub fn evaluate_statement_list(
        &mut self,
        list: &'a StatementList,
    ) -> JsResult<'a, Completion<'a>> {
        for item in list.statements() {
            let c = match item {
                StatementListItem::Statement(s) => self.evaluate_statement(s, &[])?,
                StatementListItem::Declaration(d) => self.evaluate_declaration(d)?,
            };
            if !matches!(c, Completion::Normal) {
                return Ok(c);
            }
        }
        Ok(Completion::Normal)
    }

    fn evaluate_declaration(&mut self, d: &'a Declaration) -> JsResult<'a, Completion<'a>> {
        match d {
            // Function declarations were instantiated when their scope was entered.
            Declaration::FunctionDeclaration(_) => Ok(Completion::Normal),
            Declaration::Lexical(l) => {
                self.evaluate_lexical_declaration(l)?;
                Ok(Completion::Normal)
            }
            Declaration::ClassDeclaration(c) => {
                // BindingClassDeclarationEvaluation (§15.7.16).
                let name = c.name().sym();
                let key = PropertyKey::String(self.sym_to_js(name));
                let f = self.class_definition_evaluation(
                    Some(name),
                    key,
                    c.super_ref(),
                    c.constructor(),
                    c.elements(),
                )?;
                let env = self.ctx.lex_env.clone();
                self.env_initialize_binding(&env, name, Value::Object(f))?;
                Ok(Completion::Normal)
            }
            Declaration::GeneratorDeclaration(_) | Declaration::AsyncGeneratorDeclaration(_) => {
                Err(self.unsupported("generator functions"))
            }
            Declaration::AsyncFunctionDeclaration(_) => Ok(Completion::Normal),
        }
    }

    /// Evaluation of LexicalDeclaration (§14.3.1.2).
    fn evaluate_lexical_declaration(&mut self, l: &'a LexicalDeclaration) -> JsResult<'a, ()> {
        let env = self.ctx.lex_env.clone();
        for v in l.variable_list().as_ref() {
            match (v.binding(), v.init()) {
                (Binding::Identifier(id), None) => {
                    self.env_initialize_binding(&env, id.sym(), Value::Undefined)?;
                }
                (Binding::Identifier(id), Some(init)) => {
                    let key = self.identifier_key(*id);
                    let value = self.evaluate_named(init, key)?;
                    // InitializeReferencedBinding of ResolveBinding(name).
                    let r = self.resolve_binding(id.sym())?;
                    self.initialize_referenced_binding(&r, value)?;
                }
                (Binding::Pattern(p), Some(init)) => {
                    let value = self.evaluate_expression(init)?;
                    self.pattern_initialization(p, value, &Some(env.clone()))?;
                }
                (Binding::Pattern(_), None) => {
                    return Err(
                        self.syntax_error("Missing initializer in destructuring declaration")
                    );
                }
            }
        }
        Ok(())
    }

    /// Evaluation of VariableStatement (§14.3.2.1).
    fn evaluate_var_declaration(&mut self, v: &'a VarDeclaration) -> JsResult<'a, ()> {
        for var in v.0.as_ref() {
            self.evaluate_variable_declaration(var)?;
        }
        Ok(())
    }

    fn evaluate_variable_declaration(&mut self, var: &'a Variable) -> JsResult<'a, ()> {
        match (var.binding(), var.init()) {
            (_, None) => Ok(()),
            (Binding::Identifier(id), Some(init)) => {
                let lhs = self.resolve_binding(id.sym())?;
                let key = self.identifier_key(*id);
                let value = self.evaluate_named(init, key)?;
                self.put_value(&lhs, value)
            }
            (Binding::Pattern(p), Some(init)) => {
                let value = self.evaluate_expression(init)?;
                self.pattern_initialization(p, value, &None)
            }
        }
    }

    /// Evaluation of a Statement with its label set (LabelledEvaluation, §14.13.4).
    pub fn evaluate_statement(
        &mut self,
        s: &'a Statement,
        labels: &[Sym],
    ) -> JsResult<'a, Completion<'a>> {
        self.tick()?;
        self.with_stack(|me| me.evaluate_statement_inner(s, labels))
    }

    fn evaluate_statement_inner(
        &mut self,
        s: &'a Statement,
        labels: &[Sym],
    ) -> JsResult<'a, Completion<'a>> {
        match s {
            Statement::Block(b) => self.evaluate_block(b),
            Statement::Var(v) => {
                self.evaluate_var_declaration(v)?;
                Ok(Completion::Normal)
            }
            Statement::Empty | Statement::Debugger => Ok(Completion::Normal),
            Statement::Expression(e) => {
                self.evaluate_expression(e)?;
                Ok(Completion::Normal)
            }
            Statement::If(i) => self.evaluate_if(i),
            Statement::DoWhileLoop(l) => self.evaluate_do_while(l, labels),
            Statement::WhileLoop(l) => self.evaluate_while(l, labels),
            Statement::ForLoop(l) => self.evaluate_for(l, labels),
            Statement::ForInLoop(l) => self.evaluate_for_in_of(ForHead::In(l), labels),
            Statement::ForOfLoop(l) => self.evaluate_for_in_of(ForHead::Of(l), labels),
            Statement::Switch(sw) => {
                let c = self.evaluate_switch(sw)?;
                Ok(match c {
                    Completion::Break(None) => Completion::Normal,
                    other => other,
                })
            }
            Statement::Continue(c) => Ok(Completion::Continue(c.label())),
            Statement::Break(b) => Ok(Completion::Break(b.label())),
            Statement::Return(r) => {
                let v = match r.target() {
                    Some(e) => self.evaluate_expression(e)?,
                    None => Value::Undefined,
                };
                Ok(Completion::Return(v))
            }
            Statement::Labelled(l) => {
                let mut new_labels = labels.to_vec();
                new_labels.push(l.label());
                let c = match l.item() {
                    LabelledItem::Statement(s) => self.evaluate_statement(s, &new_labels)?,
                    LabelledItem::FunctionDeclaration(_) => {
                        return Err(self.unsupported("labelled function declarations"));
                    }
                };
                Ok(match c {
                    Completion::Break(Some(x)) if x == l.label() => Completion::Normal,
                    other => other,
                })
            }
            Statement::Throw(t) => {
                let v = self.evaluate_expression(t.target())?;
                Err(Abrupt::Throw(v, Some(t.target().span().start())))
            }
            Statement::Try(t) => self.evaluate_try(t),
            Statement::With(_) => Err(self.unsupported("the 'with' statement")),
        }
    }

    /// Block evaluation (§14.2.2) with BlockDeclarationInstantiation (§14.2.3).
    fn evaluate_block(&mut self, b: &'a Block) -> JsResult<'a, Completion<'a>> {
        let old_env = self.ctx.lex_env.clone();
        let block_env = new_declarative_environment(Some(old_env.clone()));
        let r = self
            .instantiate_lexical_declarations(b.statement_list(), &block_env, false)
            .and_then(|()| {
                self.ctx.lex_env = block_env;
                self.evaluate_statement_list(b.statement_list())
            });
        self.ctx.lex_env = old_env;
        r
    }

    fn evaluate_if(&mut self, i: &'a If) -> JsResult<'a, Completion<'a>> {
        let c = self.evaluate_expression(i.cond())?;
        if self.to_boolean(&c) {
            self.evaluate_statement(i.body(), &[])
        } else if let Some(e) = i.else_node() {
            self.evaluate_statement(e, &[])
        } else {
            Ok(Completion::Normal)
        }
    }

    fn evaluate_do_while(
        &mut self,
        l: &'a DoWhileLoop,
        labels: &[Sym],
    ) -> JsResult<'a, Completion<'a>> {
        loop {
            let c = self.evaluate_statement(l.body(), &[])?;
            if !loop_continues(&c, labels) {
                return Ok(loop_exit(c, labels));
            }
            let cond = self.evaluate_expression(l.cond())?;
            if !self.to_boolean(&cond) {
                return Ok(Completion::Normal);
            }
        }
    }

    fn evaluate_while(&mut self, l: &'a WhileLoop, labels: &[Sym]) -> JsResult<'a, Completion<'a>> {
        loop {
            let cond = self.evaluate_expression(l.condition())?;
            if !self.to_boolean(&cond) {
                return Ok(Completion::Normal);
            }
            let c = self.evaluate_statement(l.body(), &[])?;
            if !loop_continues(&c, labels) {
                return Ok(loop_exit(c, labels));
            }
        }
    }

    /// ForStatement evaluation (§14.7.4.2) with ForBodyEvaluation and
    /// CreatePerIterationEnvironment (§14.7.4.3–4).
    fn evaluate_for(&mut self, l: &'a ForLoop, labels: &[Sym]) -> JsResult<'a, Completion<'a>> {
        let old_env = self.ctx.lex_env.clone();
        let mut per_iteration: Vec<Sym> = Vec::new();
        let result = (|| {
            match l.init() {
                None => {}
                Some(ForLoopInitializer::Expression(e)) => {
                    self.evaluate_expression(e)?;
                }
                Some(ForLoopInitializer::Var(v)) => self.evaluate_var_declaration(v)?,
                Some(ForLoopInitializer::Lexical(lex)) => {
                    let decl = lex.declaration();
                    let loop_env = new_declarative_environment(Some(old_env.clone()));
                    let is_const = decl.is_const();
                    for n in boa_ast::operations::bound_names(decl) {
                        if is_const {
                            self.env_create_immutable_binding(&loop_env, n, true);
                        } else {
                            self.env_create_mutable_binding(&loop_env, n, false);
                            per_iteration.push(n);
                        }
                    }
                    self.ctx.lex_env = loop_env;
                    self.evaluate_lexical_declaration(decl)?;
                }
            }
            self.create_per_iteration_environment(&per_iteration)?;
            loop {
                if let Some(test) = l.condition() {
                    let v = self.evaluate_expression(test)?;
                    if !self.to_boolean(&v) {
                        return Ok(Completion::Normal);
                    }
                }
                let c = self.evaluate_statement(l.body(), &[])?;
                if !loop_continues(&c, labels) {
                    return Ok(loop_exit(c, labels));
                }
                self.create_per_iteration_environment(&per_iteration)?;
                if let Some(inc) = l.final_expr() {
                    self.evaluate_expression(inc)?;
                }
            }
        })();
        self.ctx.lex_env = old_env;
        result
    }

    fn create_per_iteration_environment(&mut self, names: &[Sym]) -> JsResult<'a, ()> {
        if names.is_empty() {
            return Ok(());
        }
        let last = self.ctx.lex_env.clone();
        let outer = last.borrow().outer.clone();
        let this_env = new_declarative_environment(outer);
        for n in names {
            self.env_create_mutable_binding(&this_env, *n, false);
            let v = self.env_get_binding_value(&last, *n, true)?;
            self.env_initialize_binding(&this_env, *n, v)?;
        }
        self.ctx.lex_env = this_env;
        Ok(())
    }

    /// ForIn/OfStatement evaluation (§14.7.5.5–§14.7.5.7): head evaluation, then
    /// ForIn/OfBodyEvaluation.
    fn evaluate_for_in_of(
        &mut self,
        head: ForHead<'a>,
        labels: &[Sym],
    ) -> JsResult<'a, Completion<'a>> {
        let (init, expr, body) = match head {
            ForHead::In(l) => (l.initializer(), l.target(), l.body()),
            ForHead::Of(l) => (l.initializer(), l.iterable(), l.body()),
        };
        // ForIn/OfHeadEvaluation: a TDZ environment for the bound names of let/const heads.
        let old_env = self.ctx.lex_env.clone();
        let tdz_names: Vec<Sym> = match init {
            IterableLoopInitializer::Let(b) | IterableLoopInitializer::Const(b) => {
                boa_ast::operations::bound_names(b)
            }
            _ => Vec::new(),
        };
        if !tdz_names.is_empty() {
            let tdz = new_declarative_environment(Some(old_env.clone()));
            for n in &tdz_names {
                self.env_create_mutable_binding(&tdz, *n, false);
            }
            self.ctx.lex_env = tdz;
        }
        let expr_value = self.evaluate_expression(expr);
        self.ctx.lex_env = old_env.clone();
        let expr_value = expr_value?;
        match head {
            ForHead::In(_) => {
                if expr_value.is_nullish() {
                    return Ok(Completion::Normal);
                }
                let obj = self.to_object(&expr_value)?;
                let mut it = ForInIterator {
                    object: Some(obj),
                    object_was_visited: false,
                    visited_keys: Vec::new(),
                    remaining_keys: VecDeque::new(),
                };
                loop {
                    let Some(key) = self.for_in_next(&mut it)? else {
                        return Ok(Completion::Normal);
                    };
                    let c = self.for_body_iteration(init, Value::String(key), body)?;
                    if !loop_continues(&c, labels) {
                        return Ok(loop_exit(c, labels));
                    }
                }
            }
            ForHead::Of(_) => {
                let mut rec: IteratorRecord<'a> = self.get_iterator(&expr_value)?;
                loop {
                    let Some(next) = self.iterator_step_value(&mut rec)? else {
                        return Ok(Completion::Normal);
                    };
                    let c = match self.for_body_iteration(init, next, body) {
                        Ok(c) => c,
                        Err(e) => return Err(self.iterator_close_throw(&rec, e)),
                    };
                    if !loop_continues(&c, labels) {
                        self.iterator_close_normal(&rec)?;
                        return Ok(loop_exit(c, labels));
                    }
                }
            }
        }
    }

    /// One iteration of ForIn/OfBodyEvaluation (§14.7.5.7 steps 6.e–6.m).
    fn for_body_iteration(
        &mut self,
        init: &'a IterableLoopInitializer,
        next: Value<'a>,
        body: &'a Statement,
    ) -> JsResult<'a, Completion<'a>> {
        let old_env = self.ctx.lex_env.clone();
        let result = (|| {
            match init {
                IterableLoopInitializer::Identifier(id) => {
                    let r = self.resolve_binding(id.sym())?;
                    self.put_value(&r, next)?;
                }
                IterableLoopInitializer::Access(pa) => {
                    let r = self.evaluate_property_access_reference(pa)?;
                    self.put_value(&r, next)?;
                }
                IterableLoopInitializer::Var(v) => {
                    self.binding_initialization(v.binding(), next, &None)?;
                }
                IterableLoopInitializer::Pattern(p) => {
                    self.pattern_initialization(p, next, &None)?;
                }
                IterableLoopInitializer::Let(b) | IterableLoopInitializer::Const(b) => {
                    let is_const = matches!(init, IterableLoopInitializer::Const(_));
                    let iteration_env = new_declarative_environment(Some(old_env.clone()));
                    for n in boa_ast::operations::bound_names(b) {
                        if is_const {
                            self.env_create_immutable_binding(&iteration_env, n, true);
                        } else {
                            self.env_create_mutable_binding(&iteration_env, n, false);
                        }
                    }
                    self.ctx.lex_env = iteration_env.clone();
                    self.binding_initialization(b, next, &Some(iteration_env))?;
                }
            }
            self.evaluate_statement(body, &[])
        })();
        self.ctx.lex_env = old_env;
        result
    }

    /// %ForInIteratorPrototype%.next (§14.7.5.10.2.1).
    fn for_in_next(
        &mut self,
        it: &mut ForInIterator<'a>,
    ) -> JsResult<'a, Option<crate::string::JsString>> {
        loop {
            self.tick()?;
            let Some(object) = it.object.clone() else {
                return Ok(None);
            };
            if !it.object_was_visited {
                for k in self.own_property_keys(&object) {
                    if let PropertyKey::String(_) = k {
                        it.remaining_keys.push_back(k);
                    }
                }
                it.object_was_visited = true;
            }
            while let Some(r) = it.remaining_keys.pop_front() {
                if !it.visited_keys.contains(&r)
                    && let Some(desc) = self.get_own_property(&object, &r)
                {
                    it.visited_keys.push(r.clone());
                    if desc.enumerable == Some(true)
                        && let PropertyKey::String(s) = r
                    {
                        return Ok(Some(s));
                    }
                }
            }
            it.object = self.get_prototype_of(&object);
            it.object_was_visited = false;
        }
    }

    /// SwitchStatement evaluation with CaseBlockEvaluation (§14.12.2–4).
    fn evaluate_switch(&mut self, sw: &'a Switch) -> JsResult<'a, Completion<'a>> {
        let input = self.evaluate_expression(sw.val())?;
        let old_env = self.ctx.lex_env.clone();
        let block_env = new_declarative_environment(Some(old_env.clone()));
        let result = (|| {
            for case in sw.cases() {
                self.instantiate_lexical_declarations(case.body(), &block_env, false)?;
            }
            self.ctx.lex_env = block_env.clone();
            let cases = sw.cases();
            // Find the first matching case clause, in source order, skipping default.
            let mut start: Option<usize> = None;
            for (i, case) in cases.iter().enumerate() {
                if let Some(cond) = case.condition() {
                    let v = self.evaluate_expression(cond)?;
                    if is_strictly_equal(&input, &v) {
                        start = Some(i);
                        break;
                    }
                }
            }
            let start = match start {
                Some(s) => s,
                None => match cases.iter().position(|c| c.is_default()) {
                    Some(d) => d,
                    None => return Ok(Completion::Normal),
                },
            };
            for case in &cases[start..] {
                let c = self.evaluate_statement_list(case.body())?;
                if !matches!(c, Completion::Normal) {
                    return Ok(c);
                }
            }
            Ok(Completion::Normal)
        })();
        self.ctx.lex_env = old_env;
        result
    }

    /// TryStatement evaluation (§14.15.3).
    fn evaluate_try(&mut self, t: &'a Try) -> JsResult<'a, Completion<'a>> {
        let block_result = self.evaluate_block(t.block());
        let after_catch = match (block_result, t.catch()) {
            (Err(Abrupt::Throw(v, pos)), Some(catch)) => {
                let _ = pos;
                self.evaluate_catch(catch, v)
            }
            (r, _) => r,
        };
        let Some(finally) = t.finally() else {
            return after_catch;
        };
        if matches!(after_catch, Err(Abrupt::Terminate(_))) {
            return after_catch;
        }
        let f = self.evaluate_block(finally.block())?;
        match f {
            Completion::Normal => after_catch,
            other => Ok(other),
        }
    }

    /// CatchClauseEvaluation (§14.15.2).
    fn evaluate_catch(
        &mut self,
        catch: &'a boa_ast::statement::Catch,
        thrown: Value<'a>,
    ) -> JsResult<'a, Completion<'a>> {
        let Some(param) = catch.parameter() else {
            return self.evaluate_block(catch.block());
        };
        let old_env = self.ctx.lex_env.clone();
        let catch_env: Env<'a> = new_declarative_environment(Some(old_env.clone()));
        for n in boa_ast::operations::bound_names(param) {
            self.env_create_mutable_binding(&catch_env, n, false);
        }
        self.ctx.lex_env = catch_env.clone();
        let r = self
            .binding_initialization(param, thrown, &Some(catch_env))
            .and_then(|()| self.evaluate_block(catch.block()));
        self.ctx.lex_env = old_env;
        r
    }
}
