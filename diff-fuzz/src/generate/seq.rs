//! Sequential programs: a pinned prelude (the fuel counter and `__show`, which prints any
//! value without relying on implementation-defined text), the generated statements, and
//! a final print of every top-level variable.

use arbitrary::Unstructured;

use crate::ast::{Node, Program, Ty};
use crate::generate::{Feature, FeatureSet, Gen, Swarm};

/// Fuel of a sequential program: loop iterations plus calls before `RangeError`.
pub const SEQ_FUEL: u32 = 400;

/// Prints any value as engine-independent text: functions as `function`, symbols by
/// `toString`, errors by name, other objects as JSON (or `unserializable`).
pub const SHOW: &str = "function __show(v) { if (typeof v === \"function\") return \"function\"; \
if (typeof v === \"symbol\") return v.toString(); \
if (typeof v === \"object\" && v !== null) { if (v instanceof Error) return \"Error:\" + v.name; \
try { return String(JSON.stringify(v)); } catch (e) { return \"unserializable \" + e.name; } } \
return String(v); }";

/// A generated sequential program.
#[derive(Clone, Debug)]
pub struct Generated {
    pub program: Program,
    pub swarm: Swarm,
    /// Features the program uses.
    pub used: FeatureSet,
}

/// Generates a sequential program from the input.
pub fn generate_seq(u: &mut Unstructured<'_>) -> Generated {
    let swarm = Swarm::draw_seq(u);
    let mut g = Gen::new(u, swarm.clone());
    let mut body = Vec::new();
    if swarm.features.has(Feature::Strict) {
        g.used(Feature::Strict);
        body.push(Node::pinned("\"use strict\";"));
    }
    body.push(Node::pinned(format!("let __fuel = {SEQ_FUEL};")));
    body.push(Node::pinned(SHOW));
    for _ in 0..swarm.top_statements {
        body.push(g.gen_stmt());
    }
    let finals: Vec<_> = g
        .scopes
        .first()
        .map(|s| s.iter().filter(|v| v.ty != Ty::Fn).cloned().collect())
        .unwrap_or_default();
    for v in finals {
        body.push(Node::stmt_text(format!(
            "print(\"final {}\", __show({}));",
            v.name, v.name
        )));
    }
    let used = g.used;
    Generated {
        program: Program {
            comment: vec![swarm.describe()],
            body,
        },
        swarm,
        used,
    }
}
