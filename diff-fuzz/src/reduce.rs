//! The AST-level reducer: shrinks a generated program while a predicate (the divergence
//! is still there, of the same kind) holds.
//!
//! Edits, tried in this order and repeated until none applies: delete a statement;
//! replace a statement by the statements of one of its blocks (an `if` by its branch, a
//! loop or `try` by its body); replace an expression by a sub-expression of the same
//! type; replace an expression by the simplest literal of its type. Pinned statements
//! (fuel checks, the shared declarations of threaded programs) are never deleted, so a
//! reduced program still ends.

use std::time::{Duration, Instant};

use crate::ast::{Node, Piece, Program, Role, Ty};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edit {
    Delete,
    Splice,
    Hoist,
    Simplify,
}

const EDITS: [Edit; 4] = [Edit::Delete, Edit::Splice, Edit::Hoist, Edit::Simplify];

/// Limits of one reduction.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub max_tests: usize,
    pub max_time: Duration,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            max_tests: 400,
            max_time: Duration::from_secs(60),
        }
    }
}

/// What a reduction did.
#[derive(Clone, Debug)]
pub struct Reduced {
    pub program: Program,
    pub tests: usize,
    pub size_before: usize,
    pub size_after: usize,
}

/// Reduces `program` while `keeps` holds. `keeps` is assumed to hold for `program`.
pub fn reduce(
    program: &Program,
    budget: Budget,
    mut keeps: impl FnMut(&Program) -> bool,
) -> Reduced {
    let start = Instant::now();
    let mut best = program.clone();
    let mut tests = 0;
    let out_of_budget =
        |tests: usize| tests >= budget.max_tests || start.elapsed() >= budget.max_time;
    'outer: loop {
        let mut progress = false;
        for edit in EDITS {
            let mut k = 0;
            loop {
                if out_of_budget(tests) {
                    break 'outer;
                }
                let mut candidate = best.clone();
                let mut index = k;
                if !edit_stmts(&mut candidate.body, &mut index, edit) {
                    break;
                }
                tests += 1;
                if keeps(&candidate) {
                    best = candidate;
                    progress = true;
                } else {
                    k += 1;
                }
            }
        }
        if !progress {
            break;
        }
    }
    Reduced {
        size_before: program.size(),
        size_after: best.size(),
        program: best,
        tests,
    }
}

/// Applies the `k`-th edit of kind `edit` found in `stmts` (depth first); false when
/// there are fewer than `k + 1`.
fn edit_stmts(stmts: &mut Vec<Node>, k: &mut usize, edit: Edit) -> bool {
    let mut i = 0;
    while i < stmts.len() {
        if stmts[i].role == Role::Stmt {
            match edit {
                Edit::Delete => {
                    if *k == 0 {
                        stmts.remove(i);
                        return true;
                    }
                    *k -= 1;
                }
                Edit::Splice => {
                    let blocks: Vec<usize> = stmts[i]
                        .pieces
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| matches!(p, Piece::Block(_)))
                        .map(|(j, _)| j)
                        .collect();
                    for j in blocks {
                        if *k == 0 {
                            let inner = match &stmts[i].pieces[j] {
                                Piece::Block(b) => b.clone(),
                                _ => Vec::new(),
                            };
                            stmts.splice(i..=i, inner);
                            return true;
                        }
                        *k -= 1;
                    }
                }
                _ => {}
            }
        }
        if edit_node(&mut stmts[i], k, edit) {
            return true;
        }
        i += 1;
    }
    false
}

fn is_simplest(n: &Node, ty: Ty) -> bool {
    matches!(n.pieces.as_slice(), [Piece::Text(t)] if t == ty.simplest())
}

fn edit_node(n: &mut Node, k: &mut usize, edit: Edit) -> bool {
    for piece in n.pieces.iter_mut() {
        match piece {
            Piece::Text(_) => {}
            Piece::Block(b) => {
                if edit_stmts(b, k, edit) {
                    return true;
                }
            }
            Piece::Expr(e) => {
                if let Role::Expr(ty) = e.role {
                    match edit {
                        Edit::Simplify if !is_simplest(e, ty) => {
                            if *k == 0 {
                                *e = Node::leaf(ty, ty.simplest());
                                return true;
                            }
                            *k -= 1;
                        }
                        Edit::Hoist => {
                            let children: Vec<Node> = e
                                .pieces
                                .iter()
                                .filter_map(|p| match p {
                                    Piece::Expr(c) if c.role == Role::Expr(ty) || ty == Ty::Any => {
                                        Some(c.clone())
                                    }
                                    _ => None,
                                })
                                .collect();
                            for c in children {
                                if *k == 0 {
                                    *e = c;
                                    return true;
                                }
                                *k -= 1;
                            }
                        }
                        _ => {}
                    }
                }
                if edit_node(e, k, edit) {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prog(js_lines: &[&str]) -> Program {
        Program {
            comment: Vec::new(),
            body: js_lines.iter().map(|l| Node::stmt_text(*l)).collect(),
        }
    }

    #[test]
    fn deletes_statements_that_do_not_matter() {
        let p = prog(&["a();", "b();", "BUG();", "c();"]);
        let r = reduce(&p, Budget::default(), |c| c.to_js().contains("BUG"));
        assert_eq!(r.program.to_js(), "BUG();\n");
        assert!(r.tests >= 3);
    }

    #[test]
    fn splices_blocks_and_simplifies_expressions() {
        let inner = Node {
            role: Role::Expr(Ty::Num),
            pieces: vec![
                Piece::Text("(".into()),
                Piece::Expr(Node::leaf(Ty::Num, "7")),
                Piece::Text(" + ".into()),
                Piece::Expr(Node::leaf(Ty::Num, "BUG")),
                Piece::Text(")".into()),
            ],
        };
        let s = Node {
            role: Role::Stmt,
            pieces: vec![
                Piece::Text("if (c) ".into()),
                Piece::Block(vec![
                    Node::pinned("fuel();"),
                    Node {
                        role: Role::Stmt,
                        pieces: vec![
                            Piece::Text("print(".into()),
                            Piece::Expr(inner),
                            Piece::Text(");".into()),
                        ],
                    },
                ]),
            ],
        };
        let p = Program {
            comment: Vec::new(),
            body: vec![s],
        };
        let r = reduce(&p, Budget::default(), |c| c.to_js().contains("BUG"));
        // The `if` is gone, the pinned statement stays, `7 +` is gone.
        assert_eq!(r.program.to_js(), "fuel();\nprint(BUG);\n");
        assert!(r.size_after < r.size_before);
    }

    #[test]
    fn respects_the_budget() {
        let p = prog(&["a();", "b();", "c();"]);
        let r = reduce(
            &p,
            Budget {
                max_tests: 1,
                max_time: Duration::from_secs(5),
            },
            |_| false,
        );
        assert_eq!(r.tests, 1);
        assert_eq!(r.program, p);
    }
}
