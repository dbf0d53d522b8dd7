//! The generator's program tree: just enough structure for printing and for the
//! AST-level reducer (`reduce.rs`), which deletes statements, splices blocks into their
//! parent and replaces expressions by simpler ones of the same type.
//!
//! A node is a sequence of pieces — literal text, sub-expressions and blocks of
//! statements — so every construct the generator emits prints by concatenation, and the
//! reducer can walk every construct the same way without knowing JavaScript.

use std::fmt::Write as _;

/// The static type the generator believes an expression has. It steers generation
/// towards programs that do not throw at once; JavaScript does not need it to be right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Num,
    Str,
    Bool,
    /// An ordinary object.
    Obj,
    /// An array of numbers.
    Arr,
    /// A `Map`.
    Map,
    /// A function.
    Fn,
    /// Anything.
    Any,
}

impl Ty {
    /// Types an expression of type `Any` is drawn from.
    pub const CONCRETE: [Ty; 7] = [
        Ty::Num,
        Ty::Str,
        Ty::Bool,
        Ty::Obj,
        Ty::Arr,
        Ty::Map,
        Ty::Fn,
    ];

    /// The simplest expression of this type, which the reducer substitutes.
    pub fn simplest(self) -> &'static str {
        match self {
            Ty::Num => "0",
            Ty::Str => "\"\"",
            Ty::Bool => "false",
            Ty::Obj => "({})",
            Ty::Arr => "[]",
            Ty::Map => "new Map()",
            Ty::Fn => "(() => 0)",
            Ty::Any => "undefined",
        }
    }
}

/// What a node is, for the reducer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A statement the reducer may delete.
    Stmt,
    /// A statement the reducer must keep (fuel checks: without them a reduced program
    /// could run forever).
    Pinned,
    /// An expression of a type.
    Expr(Ty),
}

/// One piece of a node.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Text(String),
    Expr(Node),
    /// A braced block of statements.
    Block(Vec<Node>),
}

/// A statement or expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub role: Role,
    pub pieces: Vec<Piece>,
}

impl Node {
    /// An expression that is only text (a literal or a name).
    pub fn leaf(ty: Ty, text: impl Into<String>) -> Node {
        Node {
            role: Role::Expr(ty),
            pieces: vec![Piece::Text(text.into())],
        }
    }

    /// A statement that is only text.
    pub fn stmt_text(text: impl Into<String>) -> Node {
        Node {
            role: Role::Stmt,
            pieces: vec![Piece::Text(text.into())],
        }
    }

    /// A fuel check, which the reducer never removes.
    pub fn pinned(text: impl Into<String>) -> Node {
        Node {
            role: Role::Pinned,
            pieces: vec![Piece::Text(text.into())],
        }
    }

    /// The number of nodes in this subtree (for reduction progress and statistics).
    pub fn size(&self) -> usize {
        1 + self
            .pieces
            .iter()
            .map(|p| match p {
                Piece::Text(_) => 0,
                Piece::Expr(e) => e.size(),
                Piece::Block(b) => b.iter().map(Node::size).sum(),
            })
            .sum::<usize>()
    }

    fn print(&self, indent: usize, out: &mut String) {
        for p in &self.pieces {
            match p {
                Piece::Text(t) => out.push_str(t),
                Piece::Expr(e) => e.print(indent, out),
                Piece::Block(stmts) => print_block(stmts, indent, out),
            }
        }
    }
}

fn print_block(stmts: &[Node], indent: usize, out: &mut String) {
    out.push_str("{\n");
    for s in stmts {
        print_stmt(s, indent + 1, out);
    }
    for _ in 0..indent {
        out.push_str("  ");
    }
    out.push('}');
}

fn print_stmt(s: &Node, indent: usize, out: &mut String) {
    for _ in 0..indent {
        out.push_str("  ");
    }
    s.print(indent, out);
    out.push('\n');
}

/// A whole generated program: a header comment, then statements.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    /// Lines put in a leading `//` comment (the seed, the swarm configuration).
    pub comment: Vec<String>,
    pub body: Vec<Node>,
}

impl Program {
    /// The JavaScript source text.
    pub fn to_js(&self) -> String {
        let mut out = String::new();
        for c in &self.comment {
            let _ = writeln!(out, "// {c}");
        }
        for s in &self.body {
            print_stmt(s, 0, &mut out);
        }
        out
    }

    /// Number of nodes.
    pub fn size(&self) -> usize {
        self.body.iter().map(Node::size).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_blocks_with_indentation() {
        let cond = Node::leaf(Ty::Bool, "x > 1");
        let stmt = Node {
            role: Role::Stmt,
            pieces: vec![
                Piece::Text("if (".into()),
                Piece::Expr(cond),
                Piece::Text(") ".into()),
                Piece::Block(vec![Node::stmt_text("print(1);")]),
            ],
        };
        let p = Program {
            comment: vec!["seed 1".into()],
            body: vec![stmt],
        };
        assert_eq!(p.to_js(), "// seed 1\nif (x > 1) {\n  print(1);\n}\n");
        assert_eq!(p.size(), 3);
    }
}
