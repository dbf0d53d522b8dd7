//! Lowering tests: what each supported construct becomes in the IR.

use super::parse;
use crate::program::{
    BinOp, Expr, Key, KeyExpr, LitmusTest, Loc, LocExpr, ModelName, ObjId, ObjKind, Observation,
    Order, Prop, PropTerm, Quantifier, Reg, RmwOp, StateRef, Stmt, ThreadId, Val,
};

const H: &str = "// Litmus: T\n// Condition: exists (T0 === 0)\n";

fn test(setup: &str, body: &str) -> LitmusTest {
    let src = format!("{H}{setup}\nconst T0 = new Thread(() => {{\n{body}\n}});\n");
    match parse(&src) {
        Ok(t) => t,
        Err(e) => panic!("{e}\n{src}"),
    }
}

fn body(setup: &str, b: &str) -> Vec<Stmt> {
    test(setup, b).threads[0].body.clone()
}

fn obj(id: u32) -> Expr {
    Expr::Const(Val::Obj(ObjId(id)))
}

fn field(id: u32, k: &str) -> LocExpr {
    LocExpr {
        obj: obj(id),
        key: KeyExpr::Fixed(Key::Name(k.into())),
    }
}

fn reg(n: u32) -> Expr {
    Expr::Reg(Reg(n))
}

/// Statements without their origins, for comparisons.
fn shapes(stmts: &[Stmt]) -> Vec<String> {
    stmts
        .iter()
        .map(|s| match s {
            Stmt::Read {
                reg, loc, order, ..
            } => format!("R {reg:?} {loc:?} {order:?}"),
            Stmt::Write {
                loc, value, order, ..
            } => format!("W {loc:?} {value:?} {order:?}"),
            Stmt::Has { reg, loc, .. } => format!("Has {reg:?} {loc:?}"),
            Stmt::Rmw {
                reg,
                loc,
                op,
                operand,
                ..
            } => format!("Rmw {reg:?} {loc:?} {op:?} {operand:?}"),
            other => format!("{other:?}"),
        })
        .collect()
}

#[test]
fn nested_reads_get_temporaries_in_order() {
    let b = body("const o = { x: 0, y: 0 };", "  o.x = o.y + 1;");
    assert_eq!(
        shapes(&b),
        vec![
            format!("R Reg(0) {:?} Plain", field(1, "y")),
            format!(
                "W {:?} {:?} Plain",
                field(1, "x"),
                Expr::Bin(
                    BinOp::Add,
                    Box::new(reg(0)),
                    Box::new(Expr::Const(Val::Num(1)))
                )
            ),
        ]
    );
    let Stmt::Write { origin, .. } = &b[1] else {
        panic!()
    };
    assert_eq!(
        (origin.line, origin.column, origin.text.as_str()),
        (5, 3, "o.x = o.y + 1")
    );
}

#[test]
fn binding_cells_and_evaluation_order() {
    let t = test(
        "let x = 0;\nlet y = 1;\nconst a = [0, 0];",
        "  a[x] = y;\n  const n = a.length;",
    );
    let scope = |n: &str| LocExpr {
        obj: Expr::Const(Val::Obj(ObjId::SCOPE)),
        key: KeyExpr::Fixed(Key::Name(n.into())),
    };
    let b = &t.threads[0].body;
    assert_eq!(
        shapes(b),
        vec![
            format!("R Reg(0) {:?} Plain", scope("x")),
            format!("R Reg(1) {:?} Plain", scope("y")),
            format!(
                "W {:?} {:?} Plain",
                LocExpr {
                    obj: obj(1),
                    key: KeyExpr::Index(reg(0))
                },
                reg(1)
            ),
            format!(
                "R Reg(2) {:?} Plain",
                LocExpr {
                    obj: obj(1),
                    key: KeyExpr::Fixed(Key::Length)
                }
            ),
        ]
    );
    assert_eq!(t.threads[0].reg_names, vec!["_t1", "_t2", "n"]);
    let a = ObjId(1);
    assert_eq!(
        t.init,
        vec![
            (
                Loc {
                    obj: ObjId::SCOPE,
                    key: Key::Name("x".into())
                },
                Val::Num(0)
            ),
            (
                Loc {
                    obj: ObjId::SCOPE,
                    key: Key::Name("y".into())
                },
                Val::Num(1)
            ),
            (
                Loc {
                    obj: a,
                    key: Key::Index(0)
                },
                Val::Num(0)
            ),
            (
                Loc {
                    obj: a,
                    key: Key::Index(1)
                },
                Val::Num(0)
            ),
            (
                Loc {
                    obj: a,
                    key: Key::Length
                },
                Val::Num(2)
            ),
        ]
    );
    assert_eq!(t.objects[1].kind, ObjKind::Array);
}

#[test]
fn let_bound_object_is_a_cell_holding_a_reference() {
    let t = test("let o = { v: 1 };", "  const r = o.v;");
    assert!(t.init.contains(&(
        Loc {
            obj: ObjId::SCOPE,
            key: Key::Name("o".into())
        },
        Val::Obj(ObjId(1))
    )));
    let b = &t.threads[0].body;
    assert!(
        matches!(&b[0], Stmt::Read { loc, .. } if loc.obj == Expr::Const(Val::Obj(ObjId::SCOPE)))
    );
    assert!(matches!(&b[1], Stmt::Read { reg: Reg(0), loc, .. } if loc.obj == reg(1)));
}

#[test]
fn short_circuit_reads_are_conditional() {
    let b = body(
        "const o = { p: null };",
        "  const p = o.p;\n  const ok = p !== null && p.v === 1;",
    );
    assert!(matches!(&b[0], Stmt::Read { reg: Reg(0), .. }));
    assert!(matches!(&b[1], Stmt::Assign { reg: Reg(1), .. }));
    let Stmt::If {
        cond,
        then,
        otherwise,
    } = &b[2]
    else {
        panic!("{b:?}")
    };
    assert_eq!(*cond, reg(1));
    assert!(otherwise.is_empty());
    assert!(matches!(&then[0], Stmt::Read { loc, .. } if loc.obj == reg(0)));
    // Without reads on the right, && is an expression.
    let b = body(
        "const o = { x: 0 };",
        "  const r = o.x;\n  const s = r === 1 && r !== 2;",
    );
    assert_eq!(b.len(), 2);
    assert!(matches!(
        &b[1],
        Stmt::Assign {
            value: Expr::Bin(BinOp::And, ..),
            ..
        }
    ));
}

#[test]
fn atomics() {
    let b = body(
        "const o = { x: 0 };",
        "  const a = Atomics.load(o, \"x\");\n  Atomics.store(o, \"x\", a);\n  const b = Atomics.add(o, \"x\", 2);\n  const c = Atomics.compareExchange(o, \"x\", 1, 3);",
    );
    assert!(matches!(
        &b[0],
        Stmt::Read {
            order: Order::SeqCst,
            ..
        }
    ));
    assert!(matches!(&b[1], Stmt::Write { order: Order::SeqCst, value, .. } if *value == reg(0)));
    assert!(matches!(&b[2], Stmt::Rmw { op: RmwOp::Add, .. }));
    let Stmt::Cas { origin, .. } = &b[3] else {
        panic!("{b:?}")
    };
    // The x86 mapping recognises compareExchange by its label.
    assert!(origin.text.contains("compareExchange"), "{origin:?}");
}

#[test]
fn in_delete_compound_and_update() {
    let b = body(
        "const o = { x: 0 };",
        "  const h = \"x\" in o;\n  delete o.x;\n  o.x += 2;\n  o.x++;",
    );
    assert!(matches!(&b[0], Stmt::Has { loc, .. } if *loc == field(1, "x")));
    assert!(matches!(
        &b[1],
        Stmt::Write {
            value: Expr::Const(Val::Absent),
            order: Order::Plain,
            ..
        }
    ));
    assert!(matches!(&b[2], Stmt::Read { .. }) && matches!(&b[3], Stmt::Write { .. }));
    assert!(matches!(&b[4], Stmt::Read { .. }) && matches!(&b[5], Stmt::Write { .. }));
    assert_eq!(b.len(), 6);
}

#[test]
fn allocation_sites_are_named_by_thread_and_position() {
    let t = test(
        "const o = { p: null };",
        "  const q = { v: 1 };\n  o.p = q;",
    );
    let b = &t.threads[0].body;
    let Stmt::Alloc { obj, init, .. } = &b[0] else {
        panic!("{b:?}")
    };
    assert_eq!(t.objects[obj.0 as usize].name, "T0@5:13");
    assert_eq!(
        init,
        &vec![(Key::Name("v".into()), Expr::Const(Val::Num(1)))]
    );
}

#[test]
fn holds_waits_and_await_loops() {
    let b = body(
        "const o = { f: 0 };\nconst l = new Lock();\nconst c = new Condition();",
        "  l.hold(() => {\n    while (o.f === 0) {\n      c.wait(l);\n    }\n    c.notify();\n    c.wait(l);\n  });\n  while (!Atomics.load(o, \"f\")) {}",
    );
    let Stmt::Hold { lock, body, origin } = &b[0] else {
        panic!("{b:?}")
    };
    assert_eq!(*lock, ObjId(2));
    assert_eq!(origin.text, "l.hold");
    assert!(matches!(&body[0], Stmt::Read { .. }));
    assert!(matches!(&body[1], Stmt::Assume { cond: Expr::Not(_) }));
    assert!(matches!(&body[2], Stmt::Wait { lock: ObjId(2), .. }));
    assert_eq!(body.len(), 3);
    assert!(matches!(
        &b[1],
        Stmt::Read {
            order: Order::SeqCst,
            ..
        }
    ));
    assert!(matches!(&b[2], Stmt::Assume { .. }));
}

#[test]
fn nested_threads_come_after_the_roots() {
    let src = format!(
        "{H}const o = {{ x: 0 }};\nconst T0 = new Thread(() => {{\n  const U = new Thread(() => {{\n    return o.x;\n  }});\n  const r = U.join();\n  return r;\n}});\nconst T1 = new Thread(function () {{\n  o.x = 1;\n}});\nT0.join();\nT1.join();\nprint(T0.join());\n"
    );
    let t = parse(&src).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = t.threads.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, vec!["T0", "T1", "U"]);
    assert_eq!(t.threads[2].parent, Some(ThreadId(0)));
    assert_eq!(t.root_threads(), vec![ThreadId(0), ThreadId(1)]);
    let b = &t.threads[0].body;
    assert!(matches!(
        &b[0],
        Stmt::Spawn {
            child: ThreadId(2),
            ..
        }
    ));
    assert!(matches!(
        &b[1],
        Stmt::Join {
            reg: Some(Reg(0)),
            child: ThreadId(2),
            ..
        }
    ));
    assert_eq!(b[2], Stmt::Return(reg(0)));
}

#[test]
fn return_of_an_array_is_a_tuple() {
    let b = body("const o = { x: 0 };", "  const r = o.x;\n  return [r, 1];");
    assert_eq!(
        b[1],
        Stmt::Return(Expr::Tuple(vec![reg(0), Expr::Const(Val::Num(1))]))
    );
}

#[test]
fn header_fields() {
    let src = "// Litmus: X+y\n// Condition: ~exists (T0[0] === 1 && !(o.x !== absent) || T0 === undefined)\n// Expect: weft=Never, ecma=Sometimes\n// Cite: A, B\n// continued\n// Note: first\n// NOTE: second\nconst o = { x: 0 };\nconst T0 = new Thread(() => {});\n";
    let t = parse(src).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(t.name, "X+y");
    assert_eq!(t.condition.quantifier, Quantifier::NotExists);
    assert_eq!(
        t.condition.text,
        "~exists (T0[0] === 1 && !(o.x !== absent) || T0 === undefined)"
    );
    let r = |i| PropTerm::Ref(StateRef::Result(ThreadId(0), i));
    let ox = PropTerm::Ref(StateRef::Final(Loc {
        obj: ObjId(1),
        key: Key::Name("x".into()),
    }));
    assert_eq!(
        t.condition.prop,
        Prop::Or(
            Box::new(Prop::And(
                Box::new(Prop::Eq(r(Some(0)), PropTerm::Const(Val::Num(1)))),
                Box::new(Prop::Not(Box::new(Prop::Not(Box::new(Prop::Eq(
                    ox,
                    PropTerm::Const(Val::Absent)
                ))))))
            )),
            Box::new(Prop::Eq(r(None), PropTerm::Const(Val::Undefined)))
        )
    );
    assert_eq!(t.expect.get(&ModelName::Weft), Some(&Observation::Never));
    assert_eq!(
        t.expect.get(&ModelName::Ecma),
        Some(&Observation::Sometimes)
    );
    assert_eq!(t.cite, vec!["A, B continued"]);
    assert_eq!(t.notes, vec!["first", "second"]);
}

#[test]
fn proposition_for_why() {
    let t = test("const o = { x: 0 };", "  return o.x;");
    let p = super::parse_proposition(&t, "T0 === 1 && o.x === 0").unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(p, Prop::And(..)));
    let e = super::parse_proposition(&t, "T0 === q").unwrap_err();
    assert_eq!((e.line, e.column), (1, 8));
}

#[test]
fn canonical_keys() {
    use super::canonical_key;
    assert_eq!(canonical_key("0"), Key::Index(0));
    assert_eq!(canonical_key("17"), Key::Index(17));
    assert_eq!(canonical_key("017"), Key::Name("017".into()));
    assert_eq!(canonical_key("4294967295"), Key::Name("4294967295".into()));
    assert_eq!(canonical_key("length"), Key::Length);
    assert_eq!(canonical_key("x"), Key::Name("x".into()));
}
