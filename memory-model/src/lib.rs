//! Weft's executable memory model for shared JavaScript objects (DESIGN §4,
//! `spec/memory-model.md`): event graphs, a relation algebra, one function per axiom,
//! the models `weft`, `ecma`, `sc` and `x86-tso`, and checkers that list every outcome a
//! litmus test may have.
//!
//! The model core (`program`, `relation`, `execution`, `axioms`, `traces`, `explicit`,
//! `state`) knows nothing of JavaScript syntax; litmus files are parsed into
//! [`program::LitmusTest`] by the `litmus` front end.

pub mod axioms;
pub mod dot;
pub mod execution;
pub mod explicit;
pub mod litmus;
pub mod online;
pub mod program;
pub mod relation;
pub mod report;
pub mod smt;
pub mod state;
pub mod traces;
