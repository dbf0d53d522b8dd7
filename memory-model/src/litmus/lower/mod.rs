//! Lowering of a parsed litmus file to [`crate::program`]: the setup becomes objects and
//! Init values, each thread body a list of [`Stmt`]s over registers. Expressions that
//! read shared memory are split into reads into fresh registers, in evaluation order.

use std::collections::{BTreeMap, HashMap};

use boa_ast::declaration::{Binding, LexicalDeclaration, Variable};
use boa_ast::expression::access::{PropertyAccess, PropertyAccessField, SimplePropertyAccess};
use boa_ast::expression::literal::{ArrayLiteral, LiteralKind, ObjectLiteral, PropertyDefinition};
use boa_ast::expression::operator::assign::{AssignOp, AssignTarget};
use boa_ast::expression::operator::binary::{
    ArithmeticOp, BinaryOp, BitwiseOp, LogicalOp, RelationalOp,
};
use boa_ast::expression::operator::unary::UnaryOp;
use boa_ast::expression::operator::update::{UpdateOp, UpdateTarget};
use boa_ast::expression::{Call, Identifier, New};
use boa_ast::function::{FormalParameterList, FunctionBody};
use boa_ast::property::PropertyName;
use boa_ast::statement::{If, WhileLoop};
use boa_ast::{
    Declaration, Expression, Keyword, Punctuator, Spanned, Statement, StatementListItem,
};
use boa_interner::{Interner, Sym};
use boa_parser::{Parser, Source};

mod body;
mod expr;

use super::header;
use super::prop::{self, PropNames, integral};
use super::source::{
    MAX_SOURCE_LEN, MAX_TOKENS, Pos, SourceMap, Tok, access_start, expr_end, expr_span, expr_start,
    too_deep, too_many_tokens,
};
use super::{LitmusError, canonical_key};
use crate::program::{
    BinOp, Condition, Expr, Key, KeyExpr, LitmusTest, Loc, LocExpr, ObjId, ObjInfo, ObjKind, Order,
    Origin, Reg, RmwOp, Stmt, Thread, ThreadId, Val,
};

type R<T> = Result<T, LitmusError>;

fn err_at(p: Pos, message: impl Into<String>) -> LitmusError {
    LitmusError {
        line: p.line,
        column: p.column,
        message: message.into(),
    }
}

/// The position and message of a boa parse error (`end` for errors at the end).
pub fn boa_error(e: &boa_parser::Error, end: Pos) -> (Pos, String) {
    let pos = match e {
        boa_parser::Error::Expected { span, .. } | boa_parser::Error::Unexpected { span, .. } => {
            Some(span.start().into())
        }
        boa_parser::Error::Lex { err } => match err {
            boa_parser::lexer::Error::Syntax(_, p) => Some((*p).into()),
            boa_parser::lexer::Error::IO(_) => None,
        },
        boa_parser::Error::General { position, .. } => Some((*position).into()),
        boa_parser::Error::AbruptEnd => Some(end),
        _ => None,
    };
    let mut msg = e.to_string();
    if let Some(i) = msg.rfind(" at line ") {
        msg.truncate(i);
    }
    if matches!(e, boa_parser::Error::AbruptEnd) {
        msg = "unexpected end of the file".into();
    }
    (
        pos.unwrap_or(Pos::new(1, 1)),
        format!("syntax error: {msg}"),
    )
}

/// Parses and lowers a whole litmus file.
pub fn parse_test(text: &str) -> R<LitmusTest> {
    if text.len() > MAX_SOURCE_LEN {
        return Err(err_at(
            Pos::new(1, 1),
            format!(
                "the file has {} bytes; litmus tests are at most {MAX_SOURCE_LEN}",
                text.len()
            ),
        ));
    }
    let src = SourceMap::new(text);
    let header = header::parse(&src)?;
    let Some(name) = header.name.clone() else {
        return Err(err_at(
            Pos::new(1, 1),
            "missing 'Litmus:' header line (a litmus file starts with '// Litmus: NAME')",
        ));
    };
    let Some(raw_condition) = header.condition.clone() else {
        return Err(err_at(
            Pos::new(1, 1),
            "missing 'Condition:' header line (e.g. '// Condition: exists (T0 === 0 && T1 === 0)')",
        ));
    };
    if let Some(p) = too_deep(text) {
        return Err(err_at(
            p,
            format!(
                "brackets nested more than {} levels deep are not supported in litmus tests",
                super::source::MAX_NESTING
            ),
        ));
    }
    if let Some(p) = too_many_tokens(text) {
        return Err(err_at(
            p,
            format!("the file has more than {MAX_TOKENS} tokens; litmus tests are small programs"),
        ));
    }
    let mut interner = Interner::default();
    let scope = boa_ast::scope::Scope::new_global();
    let script = Parser::new(Source::from_bytes(text.as_bytes()))
        .parse_script(&scope, &mut interner)
        .map_err(|e| {
            let (p, m) = boa_error(&e, src.end());
            err_at(p, m)
        })?;
    let mut l = Lowerer::new(&src, &interner);
    l.program(script.statements().statements())?;
    let Lowerer {
        objects,
        init,
        threads,
        ..
    } = l;
    let threads: Vec<Thread> = threads.into_iter().flatten().collect();
    let mut test = LitmusTest {
        name,
        objects,
        init,
        threads,
        condition: Condition {
            quantifier: raw_condition.quantifier,
            prop: crate::program::Prop::Const(true),
            text: raw_condition.text.clone(),
        },
        expect: header.expect.clone(),
        cite: header.cite.clone(),
        notes: header.notes.clone(),
    };
    let names = PropNames::from_test(&test);
    test.condition.prop = prop::parse_prop(&raw_condition.prop, raw_condition.prop_pos, &names)?;
    Ok(test)
}

/// A top-level name.
#[derive(Clone, Debug)]
enum Global {
    /// A shared binding cell (`let x`), with the object its initializer created, if any.
    Cell { object: Option<ObjId> },
    /// A constant reference to a setup object, lock or condition.
    Object(ObjId, ObjKind),
    /// A constant that is not an object (`const K = 1`).
    Constant(Val),
    /// A thread.
    Thread(ThreadId),
}

/// A thread-local name.
#[derive(Clone, Copy, Debug)]
enum Local {
    /// A register; `mutable` for `let`.
    Reg(Reg, bool),
    /// A child thread.
    Thread(ThreadId),
}

/// The lowering state of one thread body.
struct Ctx {
    tid: ThreadId,
    name: String,
    reg_names: Vec<String>,
    scopes: Vec<HashMap<String, Local>>,
    /// Locks held here (innermost last), for `c.wait(l)` and nested holds.
    held: Vec<ObjId>,
    /// Depth of `if` branches (a spawn there would not always happen).
    in_branch: usize,
    /// A `return` was seen (a later spawn would not always happen).
    returned: bool,
    /// Inside a `hold` body (no `return`).
    in_hold: usize,
    temps: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Setup,
    Threads,
    Joined,
}

struct Lowerer<'a> {
    src: &'a SourceMap<'a>,
    interner: &'a Interner,
    cursor: Pos,
    objects: Vec<ObjInfo>,
    init: Vec<(Loc, Val)>,
    threads: Vec<Option<Thread>>,
    /// Where each thread name was declared (names are unique in the file).
    thread_decl: HashMap<String, Pos>,
    globals: HashMap<String, Global>,
    /// Ids pre-assigned to the root threads, in order.
    root_ids: Vec<ThreadId>,
    next_root: usize,
    phase: Phase,
    ctx: Vec<Ctx>,
    depth: usize,
}

const STRAIGHT_LINE: &str = "use straight-line code, 'if', or an await loop 'while (cond) {}'";
const CALLS: &str = "the calls litmus tests support are Atomics.*, l.hold(() => { … }), c.wait(l), c.notify(), c.notifyAll() and U.join()";
const MAX_DEPTH: usize = 200;

/// The statement forms and where they are placed.
fn statement_keyword(s: &Statement) -> Option<Tok> {
    Some(match s {
        Statement::Block(_) => Tok::Punct(Punctuator::OpenBlock),
        Statement::Var(_) => Tok::Keyword(Keyword::Var),
        Statement::Empty => Tok::Punct(Punctuator::Semicolon),
        Statement::Expression(_) => return None,
        Statement::If(_) => Tok::Keyword(Keyword::If),
        Statement::DoWhileLoop(_) => Tok::Keyword(Keyword::Do),
        Statement::WhileLoop(_) => Tok::Keyword(Keyword::While),
        Statement::ForLoop(_) | Statement::ForInLoop(_) | Statement::ForOfLoop(_) => {
            Tok::Keyword(Keyword::For)
        }
        Statement::Switch(_) => Tok::Keyword(Keyword::Switch),
        Statement::Continue(_) => Tok::Keyword(Keyword::Continue),
        Statement::Break(_) => Tok::Keyword(Keyword::Break),
        Statement::Return(_) => Tok::Keyword(Keyword::Return),
        Statement::Labelled(_) => Tok::Ident,
        Statement::Throw(_) => Tok::Keyword(Keyword::Throw),
        Statement::Try(_) => Tok::Keyword(Keyword::Try),
        Statement::With(_) => Tok::Keyword(Keyword::With),
        Statement::Debugger => Tok::Keyword(Keyword::Debugger),
    })
}

/// Why a statement form is not supported (for forms that never are).
fn unsupported_statement(s: &Statement) -> Option<String> {
    Some(match s {
        Statement::Var(_) => {
            "'var' declarations are not supported in litmus tests (use 'let' or 'const')".into()
        }
        Statement::DoWhileLoop(_) => {
            format!("'do … while' loops are not supported in litmus tests ({STRAIGHT_LINE})")
        }
        Statement::ForLoop(_) | Statement::ForInLoop(_) | Statement::ForOfLoop(_) => {
            format!("'for' loops are not supported in litmus tests ({STRAIGHT_LINE})")
        }
        Statement::Switch(_) => {
            "'switch' statements are not supported in litmus tests (use 'if')".into()
        }
        Statement::Continue(_) => "'continue' is not supported in litmus tests".into(),
        Statement::Break(_) => "'break' is not supported in litmus tests".into(),
        Statement::Labelled(_) => "labelled statements are not supported in litmus tests".into(),
        Statement::Throw(_) => "'throw' is not supported in litmus tests".into(),
        Statement::Try(_) => "'try' statements are not supported in litmus tests".into(),
        Statement::With(_) => "'with' statements are not supported in litmus tests".into(),
        Statement::Debugger => "'debugger' is not supported in litmus tests".into(),
        _ => return None,
    })
}

fn declaration_problem(d: &Declaration) -> (Tok, String) {
    match d {
        Declaration::FunctionDeclaration(_)
        | Declaration::GeneratorDeclaration(_)
        | Declaration::AsyncFunctionDeclaration(_)
        | Declaration::AsyncGeneratorDeclaration(_) => (
            Tok::Keyword(Keyword::Function),
            "function declarations are not supported in litmus tests (only thread functions, inside 'new Thread(…)')".into(),
        ),
        Declaration::ClassDeclaration(_) => (
            Tok::Keyword(Keyword::Class),
            "classes are not supported in litmus tests".into(),
        ),
        Declaration::Lexical(_) => (
            Tok::Ident,
            "'using' declarations are not supported in litmus tests".into(),
        ),
    }
}

/// Names of expression forms, for messages.
fn expression_name(e: &Expression) -> &'static str {
    match e {
        Expression::This(_) => "'this'",
        Expression::RegExpLiteral(_) => "regular expressions",
        Expression::Spread(_) => "spread ('...')",
        Expression::FunctionExpression(_)
        | Expression::ArrowFunction(_)
        | Expression::AsyncArrowFunction(_)
        | Expression::GeneratorExpression(_)
        | Expression::AsyncFunctionExpression(_)
        | Expression::AsyncGeneratorExpression(_) => {
            "closures other than thread functions and l.hold callbacks"
        }
        Expression::ClassExpression(_) => "classes",
        Expression::TemplateLiteral(_) => "template literals",
        Expression::New(_) => {
            "'new' (other than new Thread, new Lock and new Condition in their places)"
        }
        Expression::SuperCall(_) => "'super'",
        Expression::ImportCall(_) => "'import()'",
        Expression::Optional(_) => "optional chaining ('?.')",
        Expression::TaggedTemplate(_) => "tagged templates",
        Expression::NewTarget(_) => "'new.target'",
        Expression::ImportMeta(_) => "'import.meta'",
        Expression::Await(_) => "'await'",
        Expression::Yield(_) => "'yield'",
        Expression::BinaryInPrivate(_) => "private names",
        Expression::PropertyAccess(_) => "this property access",
        _ => "this expression",
    }
}

fn rmw_op(name: &str) -> Option<RmwOp> {
    Some(match name {
        "add" => RmwOp::Add,
        "sub" => RmwOp::Sub,
        "and" => RmwOp::And,
        "or" => RmwOp::Or,
        "xor" => RmwOp::Xor,
        "exchange" => RmwOp::Exchange,
        _ => return None,
    })
}

fn strip_parens(mut e: &Expression) -> &Expression {
    while let Expression::Parenthesized(p) = e {
        e = p.expression();
    }
    e
}

impl<'a> Lowerer<'a> {
    fn new(src: &'a SourceMap<'a>, interner: &'a Interner) -> Self {
        Lowerer {
            src,
            interner,
            cursor: Pos::new(1, 1),
            objects: vec![ObjInfo {
                name: "(scope)".into(),
                kind: ObjKind::Scope,
            }],
            init: Vec::new(),
            threads: Vec::new(),
            thread_decl: HashMap::new(),
            globals: HashMap::new(),
            root_ids: Vec::new(),
            next_root: 0,
            phase: Phase::Setup,
            ctx: Vec::new(),
            depth: 0,
        }
    }

    // ----- positions and names -----

    fn name(&self, sym: Sym) -> String {
        self.interner
            .resolve(sym)
            .map(|s| s.to_string())
            .unwrap_or_default()
    }

    fn ident(&self, id: &Identifier) -> String {
        self.name(id.sym())
    }

    /// Places a statement led by `tok`: the first such token from the cursor.
    fn locate(&mut self, tok: Tok) -> Pos {
        match self.src.find(self.cursor, |t| t == tok) {
            Some((start, end)) => {
                self.cursor = end;
                start
            }
            None => self.cursor,
        }
    }

    fn advance(&mut self, p: Pos) {
        if p > self.cursor {
            self.cursor = p;
        }
    }

    fn origin(&self, start: Pos, end: Pos) -> Origin {
        Origin {
            line: start.line,
            column: start.column,
            text: self.src.excerpt(start, end, 48),
        }
    }

    fn origin_of(&self, e: &Expression) -> Origin {
        let (s, t) = expr_span(e);
        self.origin(s, t)
    }

    // ----- the main program -----

    fn program(&mut self, items: &[StatementListItem]) -> R<()> {
        // Root threads get the first ids, in order, so nested ones come after.
        for item in items {
            if let StatementListItem::Declaration(d) = item
                && let Declaration::Lexical(LexicalDeclaration::Const(list)) = &**d
            {
                for v in list.as_ref() {
                    if v.init().is_some_and(|e| self.is_thread_new(e)) {
                        let id = ThreadId(self.threads.len() as u32);
                        self.threads.push(None);
                        self.root_ids.push(id);
                    }
                }
            }
        }
        for item in items {
            self.top_item(item)?;
        }
        if self.root_ids.is_empty() {
            return Err(err_at(
                self.src.end(),
                "a litmus test needs at least one thread: const T0 = new Thread(() => { … });",
            ));
        }
        Ok(())
    }

    fn is_thread_new(&self, e: &Expression) -> bool {
        matches!(strip_parens(e), Expression::New(n) if self.constructor_name(n).as_deref() == Some("Thread"))
    }

    fn constructor_name(&self, n: &New) -> Option<String> {
        match n.constructor() {
            Expression::Identifier(id) => Some(self.ident(id)),
            _ => None,
        }
    }

    fn top_item(&mut self, item: &StatementListItem) -> R<()> {
        match item {
            StatementListItem::Declaration(d) => match &**d {
                Declaration::Lexical(LexicalDeclaration::Let(list)) => {
                    let at = self.locate(Tok::Keyword(Keyword::Let));
                    for v in list.as_ref() {
                        self.top_let(v, at)?;
                    }
                    Ok(())
                }
                Declaration::Lexical(LexicalDeclaration::Const(list)) => {
                    let at = self.locate(Tok::Keyword(Keyword::Const));
                    for v in list.as_ref() {
                        self.top_const(v, at)?;
                    }
                    Ok(())
                }
                other => {
                    let (tok, msg) = declaration_problem(other);
                    Err(err_at(self.locate(tok), msg))
                }
            },
            StatementListItem::Statement(s) => match &**s {
                Statement::Empty => {
                    self.locate(Tok::Punct(Punctuator::Semicolon));
                    Ok(())
                }
                Statement::Expression(e) => {
                    let r = self.top_expression(e);
                    self.advance(expr_end(e));
                    r
                }
                other => {
                    let at = match statement_keyword(other) {
                        Some(t) => self.locate(t),
                        None => self.cursor,
                    };
                    let msg = unsupported_statement(other).unwrap_or_else(|| {
                        "the main program of a litmus test only declares the setup, spawns threads, joins them and prints (statements belong inside a thread)".into()
                    });
                    Err(err_at(at, msg))
                }
            },
        }
    }

    fn binding_name(&self, v: &Variable, at: Pos) -> R<(String, Pos)> {
        match v.binding() {
            Binding::Identifier(id) => Ok((self.ident(id), id.span().start().into())),
            Binding::Pattern(_) => Err(err_at(
                at,
                "destructuring is not supported in litmus tests (declare one name at a time)",
            )),
        }
    }

    fn check_setup_phase(&self, at: Pos, what: &str) -> R<()> {
        if self.phase != Phase::Setup {
            return Err(err_at(
                at,
                format!("{what} after the first thread: the setup comes before the threads"),
            ));
        }
        Ok(())
    }

    fn top_let(&mut self, v: &Variable, at: Pos) -> R<()> {
        let (name, pos) = self.binding_name(v, at)?;
        self.check_setup_phase(pos, &format!("the binding '{name}' is declared"))?;
        self.check_fresh_global(&name, pos)?;
        let (value, object) = match v.init() {
            None => (Val::Undefined, None),
            Some(e) => {
                let e = strip_parens(e);
                match e {
                    Expression::ObjectLiteral(o) => {
                        let id = self.setup_object(&name, o)?;
                        (Val::Obj(id), Some(id))
                    }
                    Expression::ArrayLiteral(a) => {
                        let id = self.setup_array(&name, a)?;
                        (Val::Obj(id), Some(id))
                    }
                    Expression::New(n) => {
                        let what = match self.constructor_name(n).as_deref() {
                            Some("Thread") => "threads",
                            Some("Lock") => "locks",
                            Some("Condition") => "conditions",
                            _ => "objects",
                        };
                        return Err(err_at(
                            expr_start(e),
                            format!("{what} are bound with 'const' in litmus tests"),
                        ));
                    }
                    other => {
                        let v = self.setup_value(other)?;
                        let object = match v {
                            Val::Obj(o) => Some(o),
                            _ => None,
                        };
                        (v, object)
                    }
                }
            }
        };
        if let Some(e) = v.init() {
            self.advance(expr_end(e));
        }
        self.init.push((
            Loc {
                obj: ObjId::SCOPE,
                key: Key::Name(name.clone()),
            },
            value,
        ));
        self.globals.insert(name, Global::Cell { object });
        Ok(())
    }

    fn check_fresh_global(&self, name: &str, pos: Pos) -> R<()> {
        if self.globals.contains_key(name) {
            return Err(err_at(pos, format!("'{name}' is declared twice")));
        }
        if matches!(
            name,
            "Atomics" | "Thread" | "Lock" | "Condition" | "print" | "undefined" | "absent"
        ) {
            return Err(err_at(
                pos,
                format!("'{name}' is a name litmus tests reserve; choose another"),
            ));
        }
        Ok(())
    }

    fn top_const(&mut self, v: &Variable, at: Pos) -> R<()> {
        let (name, pos) = self.binding_name(v, at)?;
        let Some(init) = v.init() else {
            return Err(err_at(pos, format!("'const {name}' needs an initializer")));
        };
        let e = strip_parens(init);
        if self.is_thread_new(e) {
            if self.phase == Phase::Joined {
                return Err(err_at(
                    pos,
                    format!(
                        "thread '{name}' is spawned after a join; the model starts every thread before joining any (move the joins to the end)"
                    ),
                ));
            }
            self.phase = Phase::Threads;
            let Some(&tid) = self.root_ids.get(self.next_root) else {
                return Err(err_at(pos, "internal error: thread ids out of step"));
            };
            self.next_root += 1;
            self.check_fresh_global(&name, pos)?;
            self.declare_thread_name(&name, pos)?;
            self.globals.insert(name.clone(), Global::Thread(tid));
            let Expression::New(n) = e else {
                return Err(err_at(pos, "internal error: not a 'new'"));
            };
            self.thread(tid, &name, None, n)?;
            self.advance(expr_end(init));
            return Ok(());
        }
        self.check_setup_phase(pos, &format!("'{name}' is declared"))?;
        self.check_fresh_global(&name, pos)?;
        let global = match e {
            Expression::ObjectLiteral(o) => {
                Global::Object(self.setup_object(&name, o)?, ObjKind::Object)
            }
            Expression::ArrayLiteral(a) => {
                Global::Object(self.setup_array(&name, a)?, ObjKind::Array)
            }
            Expression::New(n) => {
                let kind = match self.constructor_name(n).as_deref() {
                    Some("Lock") => ObjKind::Lock,
                    Some("Condition") => ObjKind::Condition,
                    _ => {
                        return Err(err_at(
                            expr_start(e),
                            "only 'new Thread(…)', 'new Lock()' and 'new Condition()' are supported in litmus tests",
                        ));
                    }
                };
                if !n.arguments().is_empty() {
                    return Err(err_at(
                        expr_start(e),
                        format!(
                            "'new {}()' takes no arguments",
                            if kind == ObjKind::Lock {
                                "Lock"
                            } else {
                                "Condition"
                            }
                        ),
                    ));
                }
                let id = ObjId(self.objects.len() as u32);
                self.objects.push(ObjInfo {
                    name: name.clone(),
                    kind,
                });
                Global::Object(id, kind)
            }
            Expression::Identifier(id) if self.globals.contains_key(&self.ident(id)) => {
                match self.globals.get(&self.ident(id)).cloned() {
                    Some(g @ (Global::Object(..) | Global::Constant(_))) => g,
                    _ => {
                        return Err(err_at(
                            expr_start(e),
                            "a setup 'const' is initialized with a literal, an object or array literal, new Lock(), new Condition(), or another setup object",
                        ));
                    }
                }
            }
            other => match self.setup_value(other)? {
                Val::Obj(o) => {
                    let kind = self
                        .objects
                        .get(o.0 as usize)
                        .map_or(ObjKind::Object, |i| i.kind);
                    Global::Object(o, kind)
                }
                v => Global::Constant(v),
            },
        };
        self.advance(expr_end(init));
        self.globals.insert(name, global);
        Ok(())
    }

    /// A literal value of the setup: number, boolean, undefined, null, or a setup object.
    fn setup_value(&self, e: &Expression) -> R<Val> {
        let e = strip_parens(e);
        let at = expr_start(e);
        const WHAT: &str =
            "setup values are integers, booleans, undefined, null or names of setup objects";
        match e {
            Expression::Literal(l) => match l.kind() {
                LiteralKind::Int(i) => Ok(Val::Num(i64::from(*i))),
                LiteralKind::Num(f) => integral(*f).map(Val::Num).ok_or_else(|| {
                    err_at(
                        at,
                        format!("the number {f} is not an integer (litmus values are integers)"),
                    )
                }),
                LiteralKind::Bool(b) => Ok(Val::Bool(*b)),
                LiteralKind::Null => Ok(Val::Null),
                LiteralKind::Undefined => Ok(Val::Undefined),
                LiteralKind::String(_) => Err(err_at(
                    at,
                    format!("strings are not values of litmus tests ({WHAT})"),
                )),
                LiteralKind::BigInt(_) => Err(err_at(
                    at,
                    "BigInt values are not supported in litmus tests",
                )),
            },
            Expression::Unary(u) if u.op() == UnaryOp::Minus => {
                match self.setup_value(u.target())? {
                    Val::Num(n) => Ok(Val::Num(n.wrapping_neg())),
                    _ => Err(err_at(at, WHAT)),
                }
            }
            Expression::Identifier(id) => {
                let name = self.ident(id);
                if name == "undefined" {
                    return Ok(Val::Undefined);
                }
                match self.globals.get(&name) {
                    Some(Global::Object(o, _)) => Ok(Val::Obj(*o)),
                    Some(Global::Constant(v)) => Ok(v.clone()),
                    Some(Global::Cell { .. }) => Err(err_at(
                        at,
                        format!(
                            "'{name}' is a binding cell; setup values are literals or setup objects"
                        ),
                    )),
                    Some(Global::Thread(_)) => {
                        Err(err_at(at, format!("'{name}' is a thread; {WHAT}")))
                    }
                    None => Err(err_at(
                        at,
                        format!("unknown name '{name}' ({WHAT}, declared before use)"),
                    )),
                }
            }
            Expression::ObjectLiteral(_) | Expression::ArrayLiteral(_) => Err(err_at(
                at,
                "nested object literals are not supported in the setup (declare the inner object with its own 'const' and use its name)",
            )),
            other => Err(err_at(
                at,
                format!("{} is not a setup value ({WHAT})", expression_name(other)),
            )),
        }
    }

    fn property_key(&self, name: &PropertyName) -> R<Key> {
        match name {
            PropertyName::Literal(id) => Ok(canonical_key(&self.ident(id))),
            PropertyName::Computed(e) => match strip_parens(e) {
                Expression::Literal(l) => match l.kind() {
                    LiteralKind::String(s) => Ok(canonical_key(&self.name(*s))),
                    LiteralKind::Int(i) if *i >= 0 => Ok(Key::Index(*i as u32)),
                    LiteralKind::Num(f) => match integral(*f) {
                        Some(n) => Ok(canonical_key(&n.to_string())),
                        None => Err(err_at(expr_start(e), "property keys are names or integers")),
                    },
                    _ => Err(err_at(expr_start(e), "property keys are names or integers")),
                },
                other => Err(err_at(
                    expr_start(other),
                    "computed property keys are not supported in object literals of litmus tests",
                )),
            },
        }
    }

    fn setup_object(&mut self, name: &str, o: &ObjectLiteral) -> R<ObjId> {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(ObjInfo {
            name: name.to_string(),
            kind: ObjKind::Object,
        });
        let mut seen: BTreeMap<Key, ()> = BTreeMap::new();
        for p in o.properties() {
            let (key, value, at) = match p {
                PropertyDefinition::Property(k, v) => {
                    (self.property_key(k)?, self.setup_value(v)?, expr_start(v))
                }
                PropertyDefinition::IdentifierReference(i) => {
                    let e = Expression::Identifier(*i);
                    (
                        canonical_key(&self.ident(i)),
                        self.setup_value(&e)?,
                        i.span().start().into(),
                    )
                }
                _ => {
                    return Err(err_at(
                        o.span().start().into(),
                        "object literals of litmus tests have only 'key: value' properties",
                    ));
                }
            };
            if seen.insert(key.clone(), ()).is_some() {
                return Err(err_at(
                    at,
                    "a property is given twice in this object literal",
                ));
            }
            self.init.push((Loc { obj: id, key }, value));
        }
        Ok(id)
    }

    fn setup_array(&mut self, name: &str, a: &ArrayLiteral) -> R<ObjId> {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(ObjInfo {
            name: name.to_string(),
            kind: ObjKind::Array,
        });
        let elems: &[Option<Expression>] = a.as_ref();
        for (i, e) in elems.iter().enumerate() {
            let Some(e) = e else {
                return Err(err_at(
                    a.span().start().into(),
                    "array holes are not supported in litmus tests (write every element)",
                ));
            };
            let v = self.setup_value(e)?;
            self.init.push((
                Loc {
                    obj: id,
                    key: Key::Index(i as u32),
                },
                v,
            ));
        }
        self.init.push((
            Loc {
                obj: id,
                key: Key::Length,
            },
            Val::Num(elems.len() as i64),
        ));
        Ok(id)
    }

    fn top_expression(&mut self, e: &Expression) -> R<()> {
        let at = expr_start(e);
        if let Expression::Call(c) = strip_parens(e) {
            match c.function() {
                Expression::Identifier(id) if self.ident(id) == "print" => return Ok(()),
                Expression::PropertyAccess(PropertyAccess::Simple(s)) => {
                    if let (Expression::Identifier(t), PropertyAccessField::Const(m)) =
                        (s.target(), s.field())
                        && self.ident(m) == "join"
                    {
                        let name = self.ident(t);
                        return match self.globals.get(&name) {
                            Some(Global::Thread(_)) if c.args().is_empty() => {
                                self.phase = Phase::Joined;
                                Ok(())
                            }
                            Some(Global::Thread(_)) => Err(err_at(at, "join() takes no arguments")),
                            _ if self.thread_decl.contains_key(&name) => Err(err_at(
                                at,
                                format!(
                                    "'{name}' is a nested thread; only the thread that spawned it can join it"
                                ),
                            )),
                            _ => Err(err_at(at, format!("unknown thread '{name}'"))),
                        };
                    }
                }
                _ => {}
            }
        }
        if self.is_thread_new(e) {
            return Err(err_at(
                at,
                "bind each thread to a name: const T0 = new Thread(() => { … }); (the condition refers to threads by name)",
            ));
        }
        Err(err_at(
            at,
            "the main program of a litmus test only declares the setup, spawns threads, joins them (T0.join();) and prints; shared accesses belong inside a thread",
        ))
    }

    fn declare_thread_name(&mut self, name: &str, pos: Pos) -> R<()> {
        if let Some(first) = self.thread_decl.get(name) {
            return Err(err_at(
                pos,
                format!(
                    "duplicate thread name '{name}' (first declared at {}:{}); thread names are unique in the file",
                    first.line, first.column
                ),
            ));
        }
        self.thread_decl.insert(name.to_string(), pos);
        Ok(())
    }

    /// The body of a thread function or `hold` callback, checked: no parameters, a
    /// block body.
    fn function_body<'e>(&mut self, f: &'e Expression, what: &str) -> R<&'e FunctionBody> {
        let at = expr_start(f);
        let (params, body): (&FormalParameterList, &FunctionBody) = match strip_parens(f) {
            Expression::ArrowFunction(a) => (a.parameters(), a.body()),
            Expression::FunctionExpression(fe) => (fe.parameters(), fe.body()),
            Expression::AsyncArrowFunction(_) | Expression::AsyncFunctionExpression(_) => {
                return Err(err_at(
                    at,
                    format!("{what} cannot be async in litmus tests"),
                ));
            }
            Expression::GeneratorExpression(_) | Expression::AsyncGeneratorExpression(_) => {
                return Err(err_at(at, format!("{what} cannot be a generator")));
            }
            _ => {
                return Err(err_at(
                    at,
                    format!(
                        "expected {what}: an arrow function '() => {{ … }}' or 'function () {{ … }}'"
                    ),
                ));
            }
        };
        if params.length() != 0 || params.has_rest_parameter() || !params.as_ref().is_empty() {
            return Err(err_at(at, format!("{what} takes no parameters")));
        }
        let body_start: Pos = body.span().start().into();
        match self.src.next_token(body_start) {
            Some((Tok::Punct(Punctuator::OpenBlock), _, end)) if body_start >= at => {
                self.advance(end)
            }
            _ => {
                return Err(err_at(
                    at,
                    format!("{what} needs a block body: () => {{ … }}"),
                ));
            }
        }
        Ok(body)
    }

    fn thread(&mut self, tid: ThreadId, name: &str, parent: Option<ThreadId>, n: &New) -> R<()> {
        let at = n.span().start().into();
        let [f] = n.arguments() else {
            return Err(err_at(
                at,
                "new Thread takes one argument, the thread function: new Thread(() => { … })",
            ));
        };
        let body = self.function_body(f, "a thread function")?;
        self.ctx.push(Ctx {
            tid,
            name: name.to_string(),
            reg_names: Vec::new(),
            scopes: vec![HashMap::new()],
            held: Vec::new(),
            in_branch: 0,
            returned: false,
            in_hold: 0,
            temps: 0,
        });
        let mut stmts = Vec::new();
        let r = self.block(body.statements(), &mut stmts);
        let ctx = self.ctx.pop();
        r?;
        let reg_names = ctx.map(|c| c.reg_names).unwrap_or_default();
        if let Some(slot) = self.threads.get_mut(tid.0 as usize) {
            *slot = Some(Thread {
                name: name.to_string(),
                parent,
                body: stmts,
                reg_names,
            });
        }
        self.advance(expr_end(f));
        Ok(())
    }
}

/// What a name used as a method receiver is.
#[derive(Clone, Copy, Debug)]
pub(super) enum Resolved {
    Lock(ObjId),
    Condition,
    Thread(ThreadId),
}

/// An assignment target.
pub(super) enum Target {
    Reg(Reg),
    Loc(LocExpr),
}
