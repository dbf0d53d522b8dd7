//! Evaluation of the AST (ECMA-262 §13–§16): runtime semantics, one module per
//! part of the grammar, plus the Environment Record methods of §9.1 and the
//! Reference Record operations of §6.2.5.

pub mod async_fn;
pub mod class;
pub mod environment;
pub mod expr;
pub mod function;
pub mod pattern;
pub mod reference;
pub mod script;
pub mod stmt;

use boa_interner::Sym;

use crate::value::Value;

/// A statement's completion record (§6.2.4) other than a throw (throws travel as
/// `Err(Abrupt::Throw)`). Statement values are not kept: there is no `eval`.
#[derive(Debug, Clone)]
pub enum Completion<'a> {
    /// A normal completion.
    Normal,
    /// `return v`.
    Return(Value<'a>),
    /// `break` with an optional label.
    Break(Option<Sym>),
    /// `continue` with an optional label.
    Continue(Option<Sym>),
}
