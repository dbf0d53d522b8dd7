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

    // ----- thread bodies -----

    fn cx(&mut self) -> R<&mut Ctx> {
        self.ctx
            .last_mut()
            .ok_or_else(|| err_at(Pos::new(1, 1), "internal error: no thread context"))
    }

    fn new_reg(&mut self, name: String) -> R<Reg> {
        let c = self.cx()?;
        let r = Reg(c.reg_names.len() as u32);
        c.reg_names.push(name);
        Ok(r)
    }

    fn temp(&mut self) -> R<Reg> {
        let c = self.cx()?;
        c.temps += 1;
        let name = format!("_t{}", c.temps);
        self.new_reg(name)
    }

    fn lookup_local(&self, name: &str, at: Pos) -> R<Option<Local>> {
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

    fn declare_local(&mut self, name: &str, local: Local, at: Pos) -> R<()> {
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

    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err_at(
                self.cursor,
                "the code is nested too deeply for a litmus test",
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn block(&mut self, items: &[StatementListItem], out: &mut Vec<Stmt>) -> R<()> {
        for item in items {
            self.enter()?;
            let r = self.item(item, out);
            self.leave();
            r?;
        }
        Ok(())
    }

    fn scoped_block(&mut self, items: &[StatementListItem], out: &mut Vec<Stmt>) -> R<()> {
        self.cx()?.scopes.push(HashMap::new());
        let r = self.block(items, out);
        if let Some(c) = self.ctx.last_mut() {
            c.scopes.pop();
        }
        r
    }

    fn item(&mut self, item: &StatementListItem, out: &mut Vec<Stmt>) -> R<()> {
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

    fn statement(&mut self, s: &Statement, out: &mut Vec<Stmt>) -> R<()> {
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

    fn tuple(&mut self, a: &ArrayLiteral, out: &mut Vec<Stmt>) -> R<Expr> {
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

    fn if_statement(&mut self, i: &If, out: &mut Vec<Stmt>) -> R<()> {
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

    fn branch(&mut self, s: &Statement, out: &mut Vec<Stmt>) -> R<()> {
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
    fn await_loop(&mut self, w: &WhileLoop, at: Pos, out: &mut Vec<Stmt>) -> R<()> {
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
    fn is_wait_call(&self, e: &Expression) -> bool {
        match strip_parens(e) {
            Expression::Call(c) => matches!(self.method_call(c), Some((_, m)) if m == "wait"),
            _ => false,
        }
    }

    /// `x.m(...)` with `x` an identifier: (x, m).
    fn method_call(&self, c: &Call) -> Option<(String, String)> {
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

    fn local_decl(&mut self, v: &Variable, mutable: bool, at: Pos, out: &mut Vec<Stmt>) -> R<()> {
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

    fn spawn(&mut self, name: &str, pos: Pos, init: &Expression, out: &mut Vec<Stmt>) -> R<()> {
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
    fn effect(&mut self, e: &Expression, out: &mut Vec<Stmt>) -> R<()> {
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

    fn resolve_kind(&self, name: &str, at: Pos) -> R<Option<Resolved>> {
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

    fn hold(&mut self, lock: ObjId, lname: &str, c: &Call, out: &mut Vec<Stmt>) -> R<()> {
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

    fn wait(&mut self, cname: &str, c: &Call, out: &mut Vec<Stmt>) -> R<()> {
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

    fn wait_lock(&mut self, cname: &str, c: &Call) -> R<ObjId> {
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

    fn join(
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

    /// The object of a location expression (a constant object or a register).
    fn object(&mut self, target: &Expression, out: &mut Vec<Stmt>) -> R<Expr> {
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

    fn key_of(&mut self, field: &PropertyAccessField, out: &mut Vec<Stmt>) -> R<KeyExpr> {
        match field {
            PropertyAccessField::Const(id) => Ok(KeyExpr::Fixed(canonical_key(&self.ident(id)))),
            PropertyAccessField::Expr(e) => self.key_expr(e, out),
        }
    }

    fn key_expr(&mut self, e: &Expression, out: &mut Vec<Stmt>) -> R<KeyExpr> {
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

    fn loc_of(&mut self, s: &SimplePropertyAccess, out: &mut Vec<Stmt>) -> R<LocExpr> {
        let obj = self.object(s.target(), out)?;
        let key = self.key_of(s.field(), out)?;
        Ok(LocExpr { obj, key })
    }

    fn scope_loc(name: &str) -> LocExpr {
        LocExpr {
            obj: Expr::Const(Val::Obj(ObjId::SCOPE)),
            key: KeyExpr::Fixed(Key::Name(name.to_string())),
        }
    }

    fn dest(&mut self, dest: Option<Reg>) -> R<Reg> {
        match dest {
            Some(r) => Ok(r),
            None => self.temp(),
        }
    }

    /// The value of `e` as an expression over registers, emitting its reads and other
    /// effects to `out` in evaluation order. A register result goes to `dest` if given.
    fn value(&mut self, e: &Expression, dest: Option<Reg>, out: &mut Vec<Stmt>) -> R<Expr> {
        self.enter()?;
        let r = self.value_inner(e, dest, out);
        self.leave();
        r
    }

    fn value_inner(&mut self, e: &Expression, dest: Option<Reg>, out: &mut Vec<Stmt>) -> R<Expr> {
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

    fn identifier(&mut self, id: &Identifier, dest: Option<Reg>, out: &mut Vec<Stmt>) -> R<Expr> {
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

    fn binop(op: BinaryOp) -> Option<BinOp> {
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

    fn binary(
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

    fn compound(op: AssignOp) -> Result<Option<BinOp>, ()> {
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

    fn assign(
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

    fn assign_target(&mut self, name: &str, at: Pos) -> R<Target> {
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
    fn store(
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

    fn update(
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

    fn alloc_site(&mut self, e: &Expression, kind: ObjKind) -> R<ObjId> {
        let at = expr_start(e);
        let thread = self.cx()?.name.clone();
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(ObjInfo {
            name: format!("{thread}@{}:{}", at.line, at.column),
            kind,
        });
        Ok(id)
    }

    fn alloc_object(
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

    fn alloc_array(
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

    fn call(
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

    fn atomics(
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

/// What a name used as a method receiver is.
#[derive(Clone, Copy, Debug)]
enum Resolved {
    Lock(ObjId),
    Condition,
    Thread(ThreadId),
}

/// An assignment target.
enum Target {
    Reg(Reg),
    Loc(LocExpr),
}
