//! The proposition of a condition (`T1[0] === 1 && o.x === absent`), parsed with boa as
//! a JavaScript expression and resolved against the test's names.

use std::collections::{HashMap, HashSet};

use boa_ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_ast::expression::literal::LiteralKind;
use boa_ast::expression::operator::binary::{BinaryOp, LogicalOp, RelationalOp};
use boa_ast::expression::operator::unary::UnaryOp;
use boa_ast::{Expression, Statement, StatementListItem};
use boa_interner::Interner;
use boa_parser::{Parser, Source};

use super::LitmusError;
use super::source::{Pos, expr_start, too_deep};
use crate::program::{Key, LitmusTest, Loc, ObjId, Prop, PropTerm, StateRef, ThreadId, Val};

/// The names a proposition may use.
#[derive(Debug, Default)]
pub struct PropNames {
    /// Threads by name.
    pub threads: HashMap<String, ThreadId>,
    /// Objects by name.
    pub objects: HashMap<String, ObjId>,
    /// Shared binding cells.
    pub cells: HashSet<String>,
}

impl PropNames {
    /// The names of a parsed test.
    pub fn from_test(test: &LitmusTest) -> Self {
        let mut n = PropNames::default();
        for (i, t) in test.threads.iter().enumerate() {
            n.threads.insert(t.name.clone(), ThreadId(i as u32));
        }
        for (i, o) in test.objects.iter().enumerate().skip(1) {
            n.objects.entry(o.name.clone()).or_insert(ObjId(i as u32));
        }
        for (loc, _) in &test.init {
            if let (ObjId::SCOPE, Key::Name(name)) = (loc.obj, &loc.key) {
                n.cells.insert(name.clone());
            }
        }
        n
    }
}

/// Parses a standalone proposition (positions relative to `text`).
pub fn parse_standalone(test: &LitmusTest, text: &str) -> Result<Prop, LitmusError> {
    parse_prop(text, Pos::new(1, 1), &PropNames::from_test(test))
}

const ALLOWED: &str = "conditions use ===, !==, &&, ||, !, parentheses, integers, true, false, undefined, null and absent";

struct Resolver<'a> {
    names: &'a PropNames,
    interner: &'a Interner,
    at: Pos,
    depth: usize,
}

/// Parses the proposition `text`, which starts at `at` in the file.
pub fn parse_prop(text: &str, at: Pos, names: &PropNames) -> Result<Prop, LitmusError> {
    let map = |p: Pos| {
        if p.line <= 1 {
            Pos::new(at.line, at.column + p.column.saturating_sub(1))
        } else {
            Pos::new(at.line + p.line - 1, p.column)
        }
    };
    let err = |p: Pos, m: String| {
        let p = map(p);
        LitmusError {
            line: p.line,
            column: p.column,
            message: m,
        }
    };
    if let Some(p) = too_deep(text) {
        return Err(err(p, "the condition is nested too deeply".into()));
    }
    let mut interner = Interner::default();
    let scope = boa_ast::scope::Scope::new_global();
    let script = Parser::new(Source::from_bytes(text.as_bytes()))
        .parse_script(&scope, &mut interner)
        .map_err(|e| {
            let (p, m) = super::lower::boa_error(&e, Pos::new(1, text.chars().count() as u32 + 1));
            err(p, format!("in the condition: {m}"))
        })?;
    let items = script.statements().statements();
    let expr = match items {
        [StatementListItem::Statement(s)] => match &**s {
            Statement::Expression(e) => e,
            _ => {
                return Err(err(
                    Pos::new(1, 1),
                    format!("the condition must be one expression ({ALLOWED})"),
                ));
            }
        },
        _ => {
            return Err(err(
                Pos::new(1, 1),
                format!("the condition must be one expression ({ALLOWED})"),
            ));
        }
    };
    let mut r = Resolver {
        names,
        interner: &interner,
        at,
        depth: 0,
    };
    r.prop(expr).map_err(|(p, m)| err(p, m))
}

type R<T> = Result<T, (Pos, String)>;

impl Resolver<'_> {
    fn name(&self, sym: boa_interner::Sym) -> String {
        self.interner
            .resolve(sym)
            .map(|s| s.to_string())
            .unwrap_or_default()
    }

    fn prop(&mut self, e: &Expression) -> R<Prop> {
        self.depth += 1;
        if self.depth > 200 {
            return Err((expr_start(e), "the condition is nested too deeply".into()));
        }
        let out = self.prop_inner(e);
        self.depth -= 1;
        out
    }

    fn prop_inner(&mut self, e: &Expression) -> R<Prop> {
        let _ = self.at;
        match e {
            Expression::Parenthesized(p) => self.prop(p.expression()),
            Expression::Unary(u) if u.op() == UnaryOp::Not => {
                Ok(Prop::Not(Box::new(self.prop(u.target())?)))
            }
            Expression::Literal(l) => match l.kind() {
                LiteralKind::Bool(b) => Ok(Prop::Const(*b)),
                _ => Err((
                    expr_start(e),
                    format!("a value is not a proposition: compare it with === ({ALLOWED})"),
                )),
            },
            Expression::Binary(b) => match b.op() {
                BinaryOp::Logical(LogicalOp::And) => Ok(Prop::And(
                    Box::new(self.prop(b.lhs())?),
                    Box::new(self.prop(b.rhs())?),
                )),
                BinaryOp::Logical(LogicalOp::Or) => Ok(Prop::Or(
                    Box::new(self.prop(b.lhs())?),
                    Box::new(self.prop(b.rhs())?),
                )),
                BinaryOp::Relational(RelationalOp::StrictEqual) => {
                    Ok(Prop::Eq(self.term(b.lhs())?, self.term(b.rhs())?))
                }
                BinaryOp::Relational(RelationalOp::StrictNotEqual) => Ok(Prop::Not(Box::new(
                    Prop::Eq(self.term(b.lhs())?, self.term(b.rhs())?),
                ))),
                BinaryOp::Relational(RelationalOp::Equal) => Err((
                    expr_start(e),
                    "'==' is not supported in conditions (use '===')".into(),
                )),
                BinaryOp::Relational(RelationalOp::NotEqual) => Err((
                    expr_start(e),
                    "'!=' is not supported in conditions (use '!==')".into(),
                )),
                op => Err((
                    expr_start(e),
                    format!("'{op}' is not supported in conditions ({ALLOWED})"),
                )),
            },
            _ => Err((
                expr_start(e),
                format!("expected a comparison in the condition ({ALLOWED})"),
            )),
        }
    }

    fn term(&mut self, e: &Expression) -> R<PropTerm> {
        let at = expr_start(e);
        match e {
            Expression::Parenthesized(p) => self.term(p.expression()),
            Expression::Literal(l) => match l.kind() {
                LiteralKind::Int(i) => Ok(PropTerm::Const(Val::Num(i64::from(*i)))),
                LiteralKind::Num(f) => match integral(*f) {
                    Some(n) => Ok(PropTerm::Const(Val::Num(n))),
                    None => Err((
                        at,
                        format!("the number {f} is not an integer (litmus values are integers)"),
                    )),
                },
                LiteralKind::Bool(b) => Ok(PropTerm::Const(Val::Bool(*b))),
                LiteralKind::Null => Ok(PropTerm::Const(Val::Null)),
                LiteralKind::Undefined => Ok(PropTerm::Const(Val::Undefined)),
                LiteralKind::String(_) => {
                    Err((at, "strings are not values of litmus tests".into()))
                }
                LiteralKind::BigInt(_) => {
                    Err((at, "BigInt values are not supported in litmus tests".into()))
                }
            },
            Expression::Unary(u) if u.op() == UnaryOp::Minus => match u.target() {
                Expression::Literal(l) => match l.kind() {
                    LiteralKind::Int(i) => Ok(PropTerm::Const(Val::Num(-i64::from(*i)))),
                    LiteralKind::Num(f) => match integral(-*f) {
                        Some(n) => Ok(PropTerm::Const(Val::Num(n))),
                        None => Err((at, "litmus values are integers".into())),
                    },
                    _ => Err((
                        at,
                        format!("'-' applies only to numbers in conditions ({ALLOWED})"),
                    )),
                },
                _ => Err((
                    at,
                    format!("'-' applies only to numbers in conditions ({ALLOWED})"),
                )),
            },
            Expression::Identifier(id) => {
                let name = self.name(id.sym());
                match name.as_str() {
                    "undefined" => return Ok(PropTerm::Const(Val::Undefined)),
                    "absent" => return Ok(PropTerm::Const(Val::Absent)),
                    _ => {}
                }
                if let Some(t) = self.names.threads.get(&name) {
                    return Ok(PropTerm::Ref(StateRef::Result(*t, None)));
                }
                if self.names.cells.contains(&name) {
                    return Ok(PropTerm::Ref(StateRef::Final(Loc {
                        obj: ObjId::SCOPE,
                        key: Key::Name(name),
                    })));
                }
                if let Some(o) = self.names.objects.get(&name) {
                    return Ok(PropTerm::Const(Val::Obj(*o)));
                }
                Err((
                    at,
                    format!(
                        "unknown name '{name}' in the condition (expected a thread, a shared 'let' binding or a setup object)"
                    ),
                ))
            }
            Expression::PropertyAccess(PropertyAccess::Simple(s)) => {
                let Expression::Identifier(id) = s.target() else {
                    return Err((
                        at,
                        "in conditions, properties are read from setup objects by name (o.x, a[0]) or thread results (T1[0])".into(),
                    ));
                };
                let base = self.name(id.sym());
                let key = match s.field() {
                    PropertyAccessField::Const(f) => super::canonical_key(&self.name(f.sym())),
                    PropertyAccessField::Expr(k) => match &**k {
                        Expression::Literal(l) => match l.kind() {
                            LiteralKind::String(sym) => super::canonical_key(&self.name(*sym)),
                            LiteralKind::Int(i) if *i >= 0 => Key::Index(*i as u32),
                            _ => {
                                return Err((
                                    expr_start(k),
                                    "expected a property name or an index".into(),
                                ));
                            }
                        },
                        other => {
                            return Err((
                                expr_start(other),
                                "a computed key in a condition must be a string or an integer"
                                    .into(),
                            ));
                        }
                    },
                };
                if let Some(t) = self.names.threads.get(&base) {
                    return match key {
                        Key::Index(i) => Ok(PropTerm::Ref(StateRef::Result(*t, Some(i)))),
                        _ => Err((
                            at,
                            format!("a thread's result is indexed by a number ({base}[0])"),
                        )),
                    };
                }
                if let Some(o) = self.names.objects.get(&base) {
                    return Ok(PropTerm::Ref(StateRef::Final(Loc { obj: *o, key })));
                }
                Err((
                    at,
                    format!(
                        "unknown name '{base}' in the condition (expected a setup object or a thread)"
                    ),
                ))
            }
            _ => Err((at, format!("expected a value in the condition ({ALLOWED})"))),
        }
    }
}

/// The integer a JavaScript number literal denotes, if it is one litmus tests can use.
pub fn integral(f: f64) -> Option<i64> {
    if f.is_finite() && f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_992.0 {
        Some(f as i64)
    } else {
        None
    }
}
