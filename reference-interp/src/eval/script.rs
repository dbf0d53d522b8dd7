//! ScriptEvaluation (§16.1.6) and GlobalDeclarationInstantiation (§16.1.7), plus the
//! static-semantics helpers shared with function and block instantiation.

use boa_ast::declaration::LexicalDeclaration;
use boa_ast::function::{AsyncFunctionDeclaration, FunctionDeclaration};
use boa_ast::operations::{
    LexicallyScopedDeclaration, lexically_declared_names, lexically_scoped_declarations,
    var_declared_names,
};
use boa_ast::{Declaration, Script, StatementList, StatementListItem};
use boa_interner::Sym;

use crate::eval::Completion;
use crate::interp::{Interp, JsResult};
use crate::value::Value;

/// A hoisted function declaration: an ordinary or an async one.
#[derive(Clone, Copy)]
pub enum HoistedFunction<'n> {
    /// `function f() {}`.
    Plain(&'n FunctionDeclaration),
    /// `async function f() {}`.
    Async(&'n AsyncFunctionDeclaration),
}

impl HoistedFunction<'_> {
    /// The declared name.
    pub fn name(&self) -> boa_ast::expression::Identifier {
        match self {
            Self::Plain(f) => f.name(),
            Self::Async(f) => f.name(),
        }
    }
}

/// The function declarations that TopLevelVarScopedDeclarations contributes, in the
/// order "functionsToInitialize" wants them (last declaration of a name wins, §16.1.7 step 8).
pub fn functions_to_initialize(list: &StatementList) -> Vec<HoistedFunction<'_>> {
    let mut out: Vec<HoistedFunction<'_>> = Vec::new();
    let mut names: Vec<Sym> = Vec::new();
    for item in list.statements().iter().rev() {
        let f = match item {
            StatementListItem::Declaration(d) => match d.as_ref() {
                Declaration::FunctionDeclaration(f) => HoistedFunction::Plain(f),
                Declaration::AsyncFunctionDeclaration(f) => HoistedFunction::Async(f),
                _ => continue,
            },
            StatementListItem::Statement(_) => continue,
        };
        let n = f.name().sym();
        if !names.contains(&n) {
            names.push(n);
            out.insert(0, f);
        }
    }
    out
}

/// Sorted, deduplicated VarDeclaredNames (the boa helper returns a hash set).
pub fn sorted_var_names<N>(node: &N) -> Vec<Sym>
where
    for<'n> &'n N: Into<boa_ast::visitor::NodeRef<'n>>,
{
    let mut v: Vec<Sym> = var_declared_names(node).into_iter().collect();
    v.sort_by_key(|s| s.get());
    v
}

impl<'a> Interp<'a> {
    /// InstantiateFunctionObject (§8.6.1) of a hoisted declaration.
    pub fn instantiate_hoisted_function(
        &mut self,
        f: HoistedFunction<'a>,
        env: crate::env::Env<'a>,
    ) -> crate::object::Obj<'a> {
        match f {
            HoistedFunction::Plain(f) => self.instantiate_function_object(f, env),
            HoistedFunction::Async(f) => self.instantiate_async_function_object(f, env),
        }
    }

    /// ScriptEvaluation (§16.1.6).
    pub fn evaluate_script(&mut self, script: &'a Script) -> JsResult<'a, Value<'a>> {
        self.ctx.strict = script.strict();
        self.global_declaration_instantiation(script)?;
        match self.evaluate_statement_list(script.statements())? {
            Completion::Normal
            | Completion::Return(_)
            | Completion::Break(_)
            | Completion::Continue(_) => Ok(Value::Undefined),
        }
    }

    /// GlobalDeclarationInstantiation (§16.1.7).
    fn global_declaration_instantiation(&mut self, script: &'a Script) -> JsResult<'a, ()> {
        let env = self.global_env.clone();
        let lex_names = lexically_declared_names(script);
        let var_names = sorted_var_names(script);
        for name in &lex_names {
            let has_var = var_names.contains(name);
            let has_lex = env.borrow().bindings.contains_key(name);
            if has_var || has_lex {
                let n = self.sym_to_string(*name);
                return Err(
                    self.syntax_error(format!("Identifier '{n}' has already been declared"))
                );
            }
            if self.has_restricted_global_property(*name) {
                let n = self.sym_to_string(*name);
                return Err(self.syntax_error(format!("Cannot redeclare restricted global '{n}'")));
            }
        }
        for name in &var_names {
            if env.borrow().bindings.contains_key(name) {
                let n = self.sym_to_string(*name);
                return Err(
                    self.syntax_error(format!("Identifier '{n}' has already been declared"))
                );
            }
        }
        let functions = functions_to_initialize(script.statements());
        let function_names: Vec<Sym> = functions.iter().map(|f| f.name().sym()).collect();
        for f in &functions {
            if !self.can_declare_global_function(f.name().sym()) {
                let n = self.sym_to_string(f.name().sym());
                return Err(self.type_error(format!("Cannot declare global function '{n}'")));
            }
        }
        let declared_var_names: Vec<Sym> = var_names
            .iter()
            .copied()
            .filter(|n| !function_names.contains(n))
            .collect();
        self.instantiate_lexical_declarations(script, &env, true)?;
        for f in functions {
            let fo = self.instantiate_hoisted_function(f, env.clone());
            self.create_global_function_binding(f.name().sym(), Value::Object(fo))?;
        }
        for n in declared_var_names {
            self.create_global_var_binding(n)?;
        }
        Ok(())
    }

    /// Creates the (uninitialized) bindings of the lexically scoped declarations of a
    /// script, function body or block. For blocks (`top_level` false), function
    /// declarations are lexical too and are initialized at once (§14.2.3
    /// BlockDeclarationInstantiation).
    pub fn instantiate_lexical_declarations<N>(
        &mut self,
        node: &'a N,
        env: &crate::env::Env<'a>,
        top_level: bool,
    ) -> JsResult<'a, ()>
    where
        &'a N: Into<boa_ast::visitor::NodeRef<'a>>,
    {
        for d in lexically_scoped_declarations(node) {
            match d {
                LexicallyScopedDeclaration::LexicalDeclaration(lex) => {
                    let is_const = matches!(lex, LexicalDeclaration::Const(_));
                    if matches!(
                        lex,
                        LexicalDeclaration::Using(_) | LexicalDeclaration::AwaitUsing(_)
                    ) {
                        return Err(self.unsupported("'using' declarations"));
                    }
                    for n in d.bound_names() {
                        if is_const {
                            self.env_create_immutable_binding(env, n, true);
                        } else {
                            self.env_create_mutable_binding(env, n, false);
                        }
                    }
                }
                LexicallyScopedDeclaration::ClassDeclaration(c) => {
                    self.env_create_mutable_binding(env, c.name().sym(), false);
                }
                LexicallyScopedDeclaration::FunctionDeclaration(f) => {
                    if top_level {
                        continue;
                    }
                    let n = f.name().sym();
                    self.env_create_mutable_binding(env, n, false);
                    let fo = self.instantiate_function_object(f, env.clone());
                    self.env_initialize_binding(env, n, Value::Object(fo))?;
                }
                LexicallyScopedDeclaration::GeneratorDeclaration(_)
                | LexicallyScopedDeclaration::AsyncGeneratorDeclaration(_) => {
                    return Err(self.unsupported("generator functions"));
                }
                LexicallyScopedDeclaration::AsyncFunctionDeclaration(f) => {
                    if top_level {
                        continue;
                    }
                    let n = f.name().sym();
                    self.env_create_mutable_binding(env, n, false);
                    let fo = self.instantiate_async_function_object(f, env.clone());
                    self.env_initialize_binding(env, n, Value::Object(fo))?;
                }
                LexicallyScopedDeclaration::AssignmentExpression(_) => {}
            }
        }
        Ok(())
    }
}
