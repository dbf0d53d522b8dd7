//! The static check that rejects, before anything runs, every construct outside the
//! subset of `spec/language.md`, with a SyntaxError naming the feature and its position.

use std::ops::ControlFlow;

use boa_ast::declaration::LexicalDeclaration;
use boa_ast::expression::literal::{Literal, LiteralKind};
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
use boa_ast::{Position, Script, Spanned};

/// The first unsupported construct of a script: (feature name, where).
pub fn find_unsupported(script: &Script) -> Option<(&'static str, Option<Position>)> {
    match UnsupportedFinder.visit_script(script) {
        ControlFlow::Break(found) => Some(found),
        ControlFlow::Continue(()) => None,
    }
}

struct UnsupportedFinder;

type Found = (&'static str, Option<Position>);

fn method_kind_feature(kind: MethodDefinitionKind) -> Option<&'static str> {
    match kind {
        MethodDefinitionKind::Generator => Some("generator methods"),
        MethodDefinitionKind::AsyncGenerator => Some("async generator methods"),
        MethodDefinitionKind::Async
        | MethodDefinitionKind::Get
        | MethodDefinitionKind::Set
        | MethodDefinitionKind::Ordinary => None,
    }
}

impl<'ast> Visitor<'ast> for UnsupportedFinder {
    type BreakTy = Found;

    fn visit_generator_declaration(&mut self, n: &'ast GeneratorDeclaration) -> ControlFlow<Found> {
        ControlFlow::Break(("generator functions", Some(n.body().span().start())))
    }
    fn visit_generator_expression(&mut self, n: &'ast GeneratorExpression) -> ControlFlow<Found> {
        ControlFlow::Break(("generator functions", Some(n.span().start())))
    }
    fn visit_async_generator_declaration(
        &mut self,
        n: &'ast AsyncGeneratorDeclaration,
    ) -> ControlFlow<Found> {
        ControlFlow::Break(("async generator functions", Some(n.body().span().start())))
    }
    fn visit_async_generator_expression(
        &mut self,
        n: &'ast AsyncGeneratorExpression,
    ) -> ControlFlow<Found> {
        ControlFlow::Break(("async generator functions", Some(n.span().start())))
    }
    fn visit_yield(&mut self, n: &'ast Yield) -> ControlFlow<Found> {
        ControlFlow::Break(("yield", Some(n.span().start())))
    }
    fn visit_reg_exp_literal(&mut self, n: &'ast RegExpLiteral) -> ControlFlow<Found> {
        ControlFlow::Break(("RegExp literals", Some(n.span().start())))
    }
    fn visit_literal(&mut self, n: &'ast Literal) -> ControlFlow<Found> {
        if matches!(n.kind(), LiteralKind::BigInt(_)) {
            return ControlFlow::Break(("BigInt literals", Some(n.span().start())));
        }
        ControlFlow::Continue(())
    }
    fn visit_with(&mut self, n: &'ast With) -> ControlFlow<Found> {
        ControlFlow::Break(("the 'with' statement", Some(n.expression().span().start())))
    }
    fn visit_private_property_access(
        &mut self,
        n: &'ast PrivatePropertyAccess,
    ) -> ControlFlow<Found> {
        ControlFlow::Break(("private class members", Some(n.span().start())))
    }
    fn visit_binary_in_private(&mut self, n: &'ast BinaryInPrivate) -> ControlFlow<Found> {
        ControlFlow::Break(("private class members", Some(n.span().start())))
    }
    fn visit_import_call(&mut self, n: &'ast ImportCall) -> ControlFlow<Found> {
        ControlFlow::Break(("dynamic import()", Some(n.span().start())))
    }
    fn visit_import_meta(&mut self, n: &'ast ImportMeta) -> ControlFlow<Found> {
        ControlFlow::Break(("import.meta", Some(n.span().start())))
    }
    fn visit_for_of_loop(&mut self, n: &'ast ForOfLoop) -> ControlFlow<Found> {
        if n.r#await() {
            return ControlFlow::Break(("for await", Some(n.iterable().span().start())));
        }
        n.visit_with(self)
    }
    fn visit_labelled_item(&mut self, n: &'ast LabelledItem) -> ControlFlow<Found> {
        if let LabelledItem::FunctionDeclaration(f) = n {
            return ControlFlow::Break((
                "labelled function declarations",
                Some(f.body().span().start()),
            ));
        }
        n.visit_with(self)
    }
    fn visit_lexical_declaration(&mut self, n: &'ast LexicalDeclaration) -> ControlFlow<Found> {
        if matches!(
            n,
            LexicalDeclaration::Using(_) | LexicalDeclaration::AwaitUsing(_)
        ) {
            return ControlFlow::Break(("'using' declarations", None));
        }
        n.visit_with(self)
    }
    fn visit_class_element(&mut self, n: &'ast ClassElement) -> ControlFlow<Found> {
        match n {
            ClassElement::PrivateFieldDefinition(f)
            | ClassElement::PrivateStaticFieldDefinition(f) => {
                return ControlFlow::Break((
                    "private class members",
                    Some(f.name().span().start()),
                ));
            }
            ClassElement::StaticBlock(b) => {
                return ControlFlow::Break((
                    "class static blocks",
                    Some(b.statements().span().start()),
                ));
            }
            ClassElement::MethodDefinition(m) => {
                if m.is_private() {
                    return ControlFlow::Break((
                        "private class members",
                        Some(m.body().span().start()),
                    ));
                }
                if let Some(f) = method_kind_feature(m.kind()) {
                    return ControlFlow::Break((f, Some(m.body().span().start())));
                }
            }
            ClassElement::FieldDefinition(_) | ClassElement::StaticFieldDefinition(_) => {}
        }
        n.visit_with(self)
    }
    fn visit_object_method_definition(
        &mut self,
        n: &'ast boa_ast::expression::literal::ObjectMethodDefinition,
    ) -> ControlFlow<Found> {
        if let Some(f) = method_kind_feature(n.kind()) {
            return ControlFlow::Break((f, Some(n.body().span().start())));
        }
        n.visit_with(self)
    }
}
