//! The syntax check behind the claimed subset: which constructs of a script
//! `spec/language.md` marks *not yet* or *never*. A test262 scenario whose composed
//! script (harness included) contains one is skipped, naming the construct, on every
//! implementation alike, so that pass rates over the claimed subset compare.
//!
//! This is a statement about the specification's table, not about any
//! implementation: the reference interpreter has its own (independent) check that turns
//! the same constructs into a `SyntaxError`, and the runner never accepts such an error
//! as a pass (see `judge`).

use std::ops::ControlFlow;

use boa_ast::declaration::LexicalDeclaration;
use boa_ast::expression::access::{PropertyAccess, PropertyAccessField, SimplePropertyAccess};
use boa_ast::expression::literal::{Literal, LiteralKind, ObjectMethodDefinition};
use boa_ast::expression::{Call, Expression, Identifier, New};
use boa_ast::expression::{
    ImportCall, ImportMeta, RegExpLiteral, Yield, access::PrivatePropertyAccess,
    operator::BinaryInPrivate,
};
use boa_ast::function::{
    AsyncGeneratorDeclaration, AsyncGeneratorExpression, ClassElement, GeneratorDeclaration,
    GeneratorExpression,
};
use boa_ast::property::MethodDefinitionKind;
use boa_ast::statement::{ForOfLoop, LabelledItem, With};
use boa_ast::visitor::{VisitWith, Visitor};
use boa_interner::{Interner, Sym};
use boa_parser::{Parser, Source};

/// The first construct of `source` that `spec/language.md` does not claim, with the
/// table row's status, or `None` (also when `source` does not parse: then the
/// implementation's parser has the say).
pub fn unclaimed_syntax(source: &str) -> Option<&'static str> {
    let mut interner = Interner::default();
    let scope = boa_ast::scope::Scope::new_global();
    let script = Parser::new(Source::from_bytes(source.as_bytes()))
        .parse_script(&scope, &mut interner)
        .ok()?;
    match Finder.visit_script(&script) {
        ControlFlow::Break(what) => Some(what),
        ControlFlow::Continue(()) => None,
    }
}

struct Finder;

const GENERATORS: &str = "generators (not yet)";
const ASYNC_GENERATORS: &str = "async generators (not yet)";
const PRIVATE: &str = "private class members (not yet)";

fn method_kind(kind: MethodDefinitionKind) -> ControlFlow<&'static str> {
    match kind {
        MethodDefinitionKind::Generator => ControlFlow::Break(GENERATORS),
        MethodDefinitionKind::AsyncGenerator => ControlFlow::Break(ASYNC_GENERATORS),
        MethodDefinitionKind::Async
        | MethodDefinitionKind::Get
        | MethodDefinitionKind::Set
        | MethodDefinitionKind::Ordinary => ControlFlow::Continue(()),
    }
}

impl<'ast> Visitor<'ast> for Finder {
    type BreakTy = &'static str;

    fn visit_generator_declaration(
        &mut self,
        _: &'ast GeneratorDeclaration,
    ) -> ControlFlow<&'static str> {
        ControlFlow::Break(GENERATORS)
    }
    fn visit_generator_expression(
        &mut self,
        _: &'ast GeneratorExpression,
    ) -> ControlFlow<&'static str> {
        ControlFlow::Break(GENERATORS)
    }
    fn visit_yield(&mut self, _: &'ast Yield) -> ControlFlow<&'static str> {
        ControlFlow::Break(GENERATORS)
    }
    fn visit_async_generator_declaration(
        &mut self,
        _: &'ast AsyncGeneratorDeclaration,
    ) -> ControlFlow<&'static str> {
        ControlFlow::Break(ASYNC_GENERATORS)
    }
    fn visit_async_generator_expression(
        &mut self,
        _: &'ast AsyncGeneratorExpression,
    ) -> ControlFlow<&'static str> {
        ControlFlow::Break(ASYNC_GENERATORS)
    }
    fn visit_reg_exp_literal(&mut self, _: &'ast RegExpLiteral) -> ControlFlow<&'static str> {
        ControlFlow::Break("RegExp literals (not yet)")
    }
    fn visit_literal(&mut self, n: &'ast Literal) -> ControlFlow<&'static str> {
        if matches!(n.kind(), LiteralKind::BigInt(_)) {
            return ControlFlow::Break("BigInt literals (not yet)");
        }
        ControlFlow::Continue(())
    }
    fn visit_with(&mut self, _: &'ast With) -> ControlFlow<&'static str> {
        ControlFlow::Break("the with statement (not yet)")
    }
    fn visit_private_property_access(
        &mut self,
        _: &'ast PrivatePropertyAccess,
    ) -> ControlFlow<&'static str> {
        ControlFlow::Break(PRIVATE)
    }
    fn visit_binary_in_private(&mut self, _: &'ast BinaryInPrivate) -> ControlFlow<&'static str> {
        ControlFlow::Break(PRIVATE)
    }
    fn visit_import_call(&mut self, _: &'ast ImportCall) -> ControlFlow<&'static str> {
        ControlFlow::Break("dynamic import() (never: modules)")
    }
    fn visit_import_meta(&mut self, _: &'ast ImportMeta) -> ControlFlow<&'static str> {
        ControlFlow::Break("import.meta (never: modules)")
    }
    fn visit_for_of_loop(&mut self, n: &'ast ForOfLoop) -> ControlFlow<&'static str> {
        if n.r#await() {
            return ControlFlow::Break("for await (not yet)");
        }
        n.visit_with(self)
    }
    fn visit_labelled_item(&mut self, n: &'ast LabelledItem) -> ControlFlow<&'static str> {
        if matches!(n, LabelledItem::FunctionDeclaration(_)) {
            return ControlFlow::Break("labelled function declarations (never: Annex B)");
        }
        n.visit_with(self)
    }
    fn visit_lexical_declaration(
        &mut self,
        n: &'ast LexicalDeclaration,
    ) -> ControlFlow<&'static str> {
        if matches!(
            n,
            LexicalDeclaration::Using(_) | LexicalDeclaration::AwaitUsing(_)
        ) {
            return ControlFlow::Break("using declarations (not in spec/language.md)");
        }
        n.visit_with(self)
    }
    fn visit_class_element(&mut self, n: &'ast ClassElement) -> ControlFlow<&'static str> {
        match n {
            ClassElement::PrivateFieldDefinition(_)
            | ClassElement::PrivateStaticFieldDefinition(_) => {
                return ControlFlow::Break(PRIVATE);
            }
            ClassElement::StaticBlock(_) => {
                return ControlFlow::Break("class static blocks (not yet)");
            }
            ClassElement::MethodDefinition(m) => {
                if m.is_private() {
                    return ControlFlow::Break(PRIVATE);
                }
                method_kind(m.kind())?;
            }
            ClassElement::FieldDefinition(_) | ClassElement::StaticFieldDefinition(_) => {}
        }
        n.visit_with(self)
    }
    fn visit_object_method_definition(
        &mut self,
        n: &'ast ObjectMethodDefinition,
    ) -> ControlFlow<&'static str> {
        method_kind(n.kind())?;
        n.visit_with(self)
    }
}

/// Global built-ins whose row says *not yet* or *never* (or that no row covers), with
/// that status. `Date` is flagged except in `Date.now`, `Function` only when called or
/// constructed (the Function constructor); `Function.prototype` is claimed.
const UNCLAIMED_GLOBALS: &[(&str, &str)] = &[
    ("Proxy", "Proxy (not yet)"),
    ("Reflect", "Reflect (not yet)"),
    ("RegExp", "RegExp (not yet)"),
    ("BigInt", "BigInt (not yet)"),
    ("BigInt64Array", "typed arrays (not yet)"),
    ("BigUint64Array", "typed arrays (not yet)"),
    ("ArrayBuffer", "typed arrays (not yet)"),
    ("SharedArrayBuffer", "typed arrays (not yet)"),
    ("DataView", "typed arrays (not yet)"),
    ("Int8Array", "typed arrays (not yet)"),
    ("Uint8Array", "typed arrays (not yet)"),
    ("Uint8ClampedArray", "typed arrays (not yet)"),
    ("Int16Array", "typed arrays (not yet)"),
    ("Uint16Array", "typed arrays (not yet)"),
    ("Int32Array", "typed arrays (not yet)"),
    ("Uint32Array", "typed arrays (not yet)"),
    ("Float16Array", "typed arrays (not yet)"),
    ("Float32Array", "typed arrays (not yet)"),
    ("Float64Array", "typed arrays (not yet)"),
    ("eval", "eval (not yet)"),
    ("Intl", "Intl (never)"),
    ("WeakSet", "WeakSet (not in spec/language.md)"),
    ("WeakRef", "WeakRef (not in spec/language.md)"),
    (
        "FinalizationRegistry",
        "FinalizationRegistry (not in spec/language.md)",
    ),
    ("Temporal", "Temporal (not in spec/language.md)"),
    ("ShadowRealm", "ShadowRealm (not in spec/language.md)"),
    ("Iterator", "iterator helpers (not in spec/language.md)"),
    ("decodeURI", "the URI functions (not in spec/language.md)"),
    (
        "decodeURIComponent",
        "the URI functions (not in spec/language.md)",
    ),
    ("encodeURI", "the URI functions (not in spec/language.md)"),
    (
        "encodeURIComponent",
        "the URI functions (not in spec/language.md)",
    ),
    ("escape", "Annex B escape (not claimed)"),
    ("unescape", "Annex B unescape (not claimed)"),
];

/// Well-known symbols whose row says *not yet*.
const UNCLAIMED_SYMBOLS: &[(&str, &str)] = &[
    ("species", "Symbol.species (not yet)"),
    ("isConcatSpreadable", "Symbol.isConcatSpreadable (not yet)"),
    ("unscopables", "Symbol.unscopables: with (not yet)"),
    ("asyncIterator", "async iteration (not yet)"),
    ("match", "RegExp (not yet)"),
    ("matchAll", "RegExp (not yet)"),
    ("replace", "RegExp (not yet)"),
    ("search", "RegExp (not yet)"),
    ("split", "RegExp (not yet)"),
];

/// The first use in `source` of a global built-in (or well-known symbol) that
/// `spec/language.md` does not claim, or `None` (also when `source` does not parse).
pub fn unclaimed_builtin(source: &str) -> Option<String> {
    let mut interner = Interner::default();
    let scope = boa_ast::scope::Scope::new_global();
    let script = Parser::new(Source::from_bytes(source.as_bytes()))
        .parse_script(&scope, &mut interner)
        .ok()?;
    let sym = |name: &str| interner.get(name);
    let finder = BuiltinFinder {
        globals: UNCLAIMED_GLOBALS
            .iter()
            .filter_map(|(name, why)| Some((sym(name)?, *name, *why)))
            .collect(),
        symbols: UNCLAIMED_SYMBOLS
            .iter()
            .filter_map(|(name, why)| Some((sym(name)?, *name, *why)))
            .collect(),
        date: sym("Date"),
        now: sym("now"),
        function: sym("Function"),
        symbol: sym("Symbol"),
    };
    let mut finder = finder;
    match finder.visit_script(&script) {
        ControlFlow::Break(what) => Some(what),
        ControlFlow::Continue(()) => None,
    }
}

struct BuiltinFinder {
    globals: Vec<(Sym, &'static str, &'static str)>,
    symbols: Vec<(Sym, &'static str, &'static str)>,
    date: Option<Sym>,
    now: Option<Sym>,
    function: Option<Sym>,
    symbol: Option<Sym>,
}

impl BuiltinFinder {
    fn is(expr: &Expression, sym: Option<Sym>) -> bool {
        matches!(expr, Expression::Identifier(id) if Some(id.sym()) == sym)
    }

    fn callee(&self, callee: &Expression) -> ControlFlow<String> {
        if Self::is(callee, self.function) {
            return ControlFlow::Break("the Function constructor (not yet)".into());
        }
        ControlFlow::Continue(())
    }
}

impl<'ast> Visitor<'ast> for BuiltinFinder {
    type BreakTy = String;

    fn visit_identifier(&mut self, n: &'ast Identifier) -> ControlFlow<String> {
        if let Some((_, name, why)) = self.globals.iter().find(|(s, _, _)| *s == n.sym()) {
            return ControlFlow::Break(format!("{name}: {why}"));
        }
        if Some(n.sym()) == self.date {
            return ControlFlow::Break("Date: Date beyond Date.now() (not yet)".into());
        }
        ControlFlow::Continue(())
    }
    fn visit_property_access(&mut self, n: &'ast PropertyAccess) -> ControlFlow<String> {
        if let PropertyAccess::Simple(access) = n {
            return self.visit_simple_property_access(access);
        }
        n.visit_with(self)
    }
    fn visit_simple_property_access(
        &mut self,
        n: &'ast SimplePropertyAccess,
    ) -> ControlFlow<String> {
        if let PropertyAccessField::Const(field) = n.field() {
            if Self::is(n.target(), self.date) && Some(field.sym()) == self.now {
                return ControlFlow::Continue(());
            }
            if Self::is(n.target(), self.symbol)
                && let Some((_, name, why)) =
                    self.symbols.iter().find(|(s, _, _)| *s == field.sym())
            {
                return ControlFlow::Break(format!("Symbol.{name}: {why}"));
            }
        }
        n.visit_with(self)
    }
    fn visit_call(&mut self, n: &'ast Call) -> ControlFlow<String> {
        self.callee(n.function())?;
        n.visit_with(self)
    }
    fn visit_new(&mut self, n: &'ast New) -> ControlFlow<String> {
        self.callee(n.constructor())?;
        n.visit_with(self)
    }
}

#[cfg(test)]
mod tests {
    use super::{unclaimed_builtin, unclaimed_syntax};

    #[test]
    fn finds_unclaimed_builtins() {
        let cases = [
            ("var p = new Proxy({}, {});", "Proxy"),
            ("Reflect.ownKeys({})", "Reflect"),
            ("new Date(0)", "Date"),
            ("var d = Date;", "Date"),
            ("Function('return this')()", "Function constructor"),
            ("new Function('a', 'return a')", "Function constructor"),
            ("var x = Symbol.species;", "Symbol.species"),
            ("eval('1')", "eval"),
            ("x instanceof RegExp", "RegExp"),
        ];
        for (source, what) in cases {
            let found = unclaimed_builtin(source);
            assert!(
                found.as_deref().is_some_and(|f| f.contains(what)),
                "{source}: {found:?}"
            );
        }
        for source in [
            "Date.now(); Function.prototype.call.call(f); Symbol.iterator; var o = {Proxy: 1}; o.Proxy; o.Reflect;",
            "var s = Symbol('species'); String.prototype.split.call('a,b', ',')",
            "var x = ;",
            "Promise.resolve(1).then(() => new AggregateError([]));",
        ] {
            assert_eq!(unclaimed_builtin(source), None, "{source}");
        }
    }

    #[test]
    fn finds_unclaimed_constructs() {
        let cases = [
            ("function* g() {}", "generators"),
            ("var o = { *m() {} }", "generators"),
            ("async function* g() {}", "async generators"),
            ("class C { async *m() {} }", "async generators"),
            ("var r = /a/g;", "RegExp"),
            ("var b = 1n;", "BigInt"),
            ("with ({}) {}", "with"),
            ("class C { #x = 1 }", "private"),
            ("class C { static { } }", "static blocks"),
            (
                "async function f() { for await (const x of []) {} }",
                "for await",
            ),
        ];
        for (source, what) in cases {
            let found = unclaimed_syntax(source);
            assert!(
                found.is_some_and(|f| f.contains(what)),
                "{source}: {found:?}"
            );
        }
    }

    #[test]
    fn claimed_syntax_and_parse_errors_pass() {
        for source in [
            "class A extends Object { get x() { return 1 } static y = 2; m() {} }",
            "let {a, ...r} = {a: 1}; var t = `x${a}`; a ??= 2; a?.b;",
            "var o = { get g() {}, set s(v) {}, m() {} }; for (const x of []) {}",
            "var yield_ = 1; var async = 2; async;",
            "async function f() { await 1; } var g = async () => f(); class C { async m() {} }",
            "var o = { async m() { return await Promise.all([]); } };",
            "let = ;", // a syntax error: the implementation decides
        ] {
            assert_eq!(unclaimed_syntax(source), None, "{source}");
        }
    }
}
