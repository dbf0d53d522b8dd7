//! Pre-passes over a function body: which names nested functions may capture, which
//! names are `var`-declared, and what arrows borrow from their enclosing function.

use std::collections::HashSet;
use std::ops::ControlFlow;

use boa_ast::declaration::{Binding, Variable};
use boa_ast::expression::access::SuperPropertyAccess;
use boa_ast::expression::{Expression, Identifier, This};
use boa_ast::expression::{NewTarget, SuperCall};
use boa_ast::function::{
    ArrowFunction, AsyncArrowFunction, AsyncFunctionDeclaration, AsyncFunctionExpression,
    AsyncGeneratorDeclaration, AsyncGeneratorExpression, ClassDeclaration, ClassExpression,
    FunctionDeclaration, FunctionExpression, GeneratorDeclaration, GeneratorExpression,
};
use boa_ast::pattern::{ArrayPatternElement, ObjectPatternElement, Pattern};
use boa_ast::statement::iteration::IterableLoopInitializer;
use boa_ast::visitor::{VisitWith, Visitor};
use boa_ast::{Declaration, StatementListItem};
use boa_interner::Sym;

/// What nested functions of one function use from it.
#[derive(Default, Debug)]
pub struct Captures {
    /// Every identifier that appears inside a nested function (conservative).
    pub names: HashSet<Sym>,
    /// An arrow (through arrows only) uses `this` or `super(...)`.
    pub this: bool,
    pub new_target: bool,
    /// An arrow uses `super.x`.
    pub home: bool,
    /// An arrow uses `arguments`.
    pub arguments: bool,
    /// An arrow calls `super(...)`.
    pub super_call: bool,
}

struct CaptureVisitor<'a> {
    /// One entry per nested function entered: is it an arrow?
    stack: Vec<bool>,
    out: &'a mut Captures,
    arguments_sym: Sym,
}

impl CaptureVisitor<'_> {
    fn arrow_chain(&self) -> bool {
        !self.stack.is_empty() && self.stack.iter().all(|a| *a)
    }
    fn nested<T: VisitWith>(&mut self, arrow: bool, node: &T) -> ControlFlow<()> {
        self.stack.push(arrow);
        let r = node.visit_with(self);
        self.stack.pop();
        r
    }
}

impl<'ast> Visitor<'ast> for CaptureVisitor<'_> {
    type BreakTy = ();

    fn visit_identifier(&mut self, node: &'ast Identifier) -> ControlFlow<()> {
        if !self.stack.is_empty() {
            self.out.names.insert(node.sym());
            if node.sym() == self.arguments_sym && self.arrow_chain() {
                self.out.arguments = true;
            }
        }
        ControlFlow::Continue(())
    }
    fn visit_this(&mut self, _: &'ast This) -> ControlFlow<()> {
        if self.arrow_chain() {
            self.out.this = true;
        }
        ControlFlow::Continue(())
    }
    fn visit_new_target(&mut self, _: &'ast NewTarget) -> ControlFlow<()> {
        if self.arrow_chain() {
            self.out.new_target = true;
        }
        ControlFlow::Continue(())
    }
    fn visit_super_call(&mut self, node: &'ast SuperCall) -> ControlFlow<()> {
        if self.arrow_chain() {
            self.out.this = true;
            self.out.new_target = true;
            self.out.super_call = true;
        }
        node.visit_with(self)
    }
    fn visit_super_property_access(&mut self, node: &'ast SuperPropertyAccess) -> ControlFlow<()> {
        if self.arrow_chain() {
            self.out.this = true;
            self.out.home = true;
        }
        node.visit_with(self)
    }
    fn visit_arrow_function(&mut self, node: &'ast ArrowFunction) -> ControlFlow<()> {
        self.nested(true, node)
    }
    fn visit_async_arrow_function(&mut self, node: &'ast AsyncArrowFunction) -> ControlFlow<()> {
        self.nested(true, node)
    }
    fn visit_function_expression(&mut self, node: &'ast FunctionExpression) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_function_declaration(&mut self, node: &'ast FunctionDeclaration) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_generator_expression(&mut self, node: &'ast GeneratorExpression) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_generator_declaration(&mut self, node: &'ast GeneratorDeclaration) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_async_function_expression(
        &mut self,
        node: &'ast AsyncFunctionExpression,
    ) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_async_function_declaration(
        &mut self,
        node: &'ast AsyncFunctionDeclaration,
    ) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_async_generator_expression(
        &mut self,
        node: &'ast AsyncGeneratorExpression,
    ) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_async_generator_declaration(
        &mut self,
        node: &'ast AsyncGeneratorDeclaration,
    ) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_class_expression(&mut self, node: &'ast ClassExpression) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_class_declaration(&mut self, node: &'ast ClassDeclaration) -> ControlFlow<()> {
        self.nested(false, node)
    }
    fn visit_object_method_definition(
        &mut self,
        node: &'ast boa_ast::expression::literal::ObjectMethodDefinition,
    ) -> ControlFlow<()> {
        self.nested(false, node)
    }
}

/// Analyses a function body (and its parameters) for captures by nested functions.
pub fn captures<T: VisitWith>(nodes: &[&T], arguments_sym: Sym) -> Captures {
    let mut out = Captures::default();
    let mut v = CaptureVisitor {
        stack: Vec::new(),
        out: &mut out,
        arguments_sym,
    };
    for n in nodes {
        let _ = n.visit_with(&mut v);
    }
    out
}

/// Collects `var`-declared names of a function body (not descending into functions).
struct VarVisitor<'a> {
    out: &'a mut Vec<Identifier>,
}

impl<'ast> Visitor<'ast> for VarVisitor<'_> {
    type BreakTy = ();
    fn visit_var_declaration(
        &mut self,
        node: &'ast boa_ast::declaration::VarDeclaration,
    ) -> ControlFlow<()> {
        for v in node.0.as_ref() {
            variable_names(v, self.out);
        }
        ControlFlow::Continue(())
    }
    fn visit_iterable_loop_initializer(
        &mut self,
        node: &'ast IterableLoopInitializer,
    ) -> ControlFlow<()> {
        if let IterableLoopInitializer::Var(v) = node {
            variable_names(v, self.out);
        }
        ControlFlow::Continue(())
    }
    fn visit_expression(&mut self, _: &'ast Expression) -> ControlFlow<()> {
        // Expressions cannot contain var declarations outside nested functions.
        ControlFlow::Continue(())
    }
    fn visit_declaration(&mut self, _: &'ast Declaration) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_function_declaration(&mut self, _: &'ast FunctionDeclaration) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
}

fn variable_names(v: &Variable, out: &mut Vec<Identifier>) {
    binding_names(v.binding(), out);
}

/// The names a binding declares.
pub fn binding_names(b: &Binding, out: &mut Vec<Identifier>) {
    match b {
        Binding::Identifier(i) => out.push(*i),
        Binding::Pattern(p) => pattern_names(p, out),
    }
}

/// The names a pattern declares.
pub fn pattern_names(p: &Pattern, out: &mut Vec<Identifier>) {
    match p {
        Pattern::Object(o) => {
            for e in o.bindings() {
                match e {
                    ObjectPatternElement::SingleName { ident, .. }
                    | ObjectPatternElement::RestProperty { ident } => out.push(*ident),
                    ObjectPatternElement::Pattern { pattern, .. } => pattern_names(pattern, out),
                    _ => {}
                }
            }
        }
        Pattern::Array(a) => {
            for e in a.bindings() {
                match e {
                    ArrayPatternElement::SingleName { ident, .. }
                    | ArrayPatternElement::SingleNameRest { ident } => out.push(*ident),
                    ArrayPatternElement::Pattern { pattern, .. }
                    | ArrayPatternElement::PatternRest { pattern } => pattern_names(pattern, out),
                    _ => {}
                }
            }
        }
    }
}

/// `var` names of a statement list (function body or script), in order, with
/// duplicates.
pub fn var_names(items: &[StatementListItem]) -> Vec<Identifier> {
    let mut out = Vec::new();
    let mut v = VarVisitor { out: &mut out };
    for i in items {
        if let StatementListItem::Statement(s) = i {
            let _ = s.visit_with(&mut v);
        }
    }
    out
}
