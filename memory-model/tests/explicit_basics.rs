//! The explicit checker on hand-built tests with textbook answers (no parser involved).

use std::collections::BTreeMap;

use weft_memory_model::explicit::{Limits, answer};
use weft_memory_model::program::*;

fn loc(name: &str) -> LocExpr {
    LocExpr {
        obj: Expr::Const(Val::Obj(ObjId(1))),
        key: KeyExpr::Fixed(Key::Name(name.into())),
    }
}

fn read(reg: u32, l: &str, order: Order) -> Stmt {
    Stmt::Read {
        reg: Reg(reg),
        loc: loc(l),
        order,
        origin: Origin::default(),
    }
}

fn write(l: &str, value: Expr, order: Order) -> Stmt {
    Stmt::Write {
        loc: loc(l),
        value,
        order,
        origin: Origin::default(),
    }
}

fn num(n: i64) -> Expr {
    Expr::Const(Val::Num(n))
}

fn ret(regs: &[u32]) -> Stmt {
    Stmt::Return(Expr::Tuple(
        regs.iter().map(|r| Expr::Reg(Reg(*r))).collect(),
    ))
}

fn test(name: &str, locs: &[&str], threads: Vec<Vec<Stmt>>) -> LitmusTest {
    LitmusTest {
        name: name.into(),
        objects: vec![
            ObjInfo {
                name: "scope".into(),
                kind: ObjKind::Scope,
            },
            ObjInfo {
                name: "o".into(),
                kind: ObjKind::Object,
            },
        ],
        init: locs
            .iter()
            .map(|l| {
                (
                    Loc {
                        obj: ObjId(1),
                        key: Key::Name((*l).into()),
                    },
                    Val::Num(0),
                )
            })
            .collect(),
        threads: threads
            .into_iter()
            .enumerate()
            .map(|(i, body)| Thread {
                name: format!("T{i}"),
                parent: None,
                body,
                reg_names: vec![],
            })
            .collect(),
        condition: Condition {
            quantifier: Quantifier::Exists,
            prop: Prop::Const(true),
            text: "true".into(),
        },
        expect: BTreeMap::new(),
        cite: vec![],
        notes: vec![],
    }
}

/// Whether some allowed state has the given thread results.
fn allows(t: &LitmusTest, model: ModelName, results: &[Vec<i64>]) -> bool {
    let a = answer(t, model, Limits::default()).expect("checks");
    assert!(a.complete);
    a.states.keys().any(|s| {
        // An empty expectation means "any result" (threads that return nothing).
        s.results.iter().zip(results).all(|((_, v), want)| {
            want.is_empty() || *v == Val::Tuple(want.iter().map(|n| Val::Num(*n)).collect())
        })
    })
}

fn sb(order: Order) -> LitmusTest {
    test(
        "SB",
        &["x", "y"],
        vec![
            vec![write("x", num(1), order), read(0, "y", order), ret(&[0])],
            vec![write("y", num(1), order), read(0, "x", order), ret(&[0])],
        ],
    )
}

#[test]
fn store_buffering() {
    let plain = sb(Order::Plain);
    let sc = sb(Order::SeqCst);
    for m in [ModelName::Weft, ModelName::Ecma, ModelName::X86Tso] {
        assert!(
            allows(&plain, m, &[vec![0], vec![0]]),
            "plain SB 0/0 under {m}"
        );
    }
    assert!(!allows(&plain, ModelName::Sc, &[vec![0], vec![0]]));
    for m in ModelName::ALL {
        assert!(
            !allows(&sc, m, &[vec![0], vec![0]]),
            "SeqCst SB 0/0 under {m}"
        );
        assert!(
            allows(&sc, m, &[vec![1], vec![1]]),
            "SeqCst SB 1/1 under {m}"
        );
    }
}

#[test]
fn message_passing() {
    let mp = |data: Order, flag: Order| {
        test(
            "MP",
            &["d", "f"],
            vec![
                vec![write("d", num(1), data), write("f", num(1), flag)],
                vec![read(0, "f", flag), read(1, "d", data), ret(&[0, 1])],
            ],
        )
    };
    let plain = mp(Order::Plain, Order::Plain);
    assert!(allows(&plain, ModelName::Weft, &[vec![], vec![1, 0]]));
    assert!(allows(&plain, ModelName::Ecma, &[vec![], vec![1, 0]]));
    assert!(!allows(&plain, ModelName::X86Tso, &[vec![], vec![1, 0]]));
    assert!(!allows(&plain, ModelName::Sc, &[vec![], vec![1, 0]]));
    let sc_flag = mp(Order::Plain, Order::SeqCst);
    for m in ModelName::ALL {
        assert!(
            !allows(&sc_flag, m, &[vec![], vec![1, 0]]),
            "MP with SeqCst flag under {m}"
        );
        assert!(allows(&sc_flag, m, &[vec![], vec![1, 1]]));
    }
}

#[test]
fn load_buffering_and_thin_air() {
    let lb = test(
        "LB",
        &["x", "y"],
        vec![
            vec![
                read(0, "x", Order::Plain),
                write("y", num(1), Order::Plain),
                ret(&[0]),
            ],
            vec![
                read(0, "y", Order::Plain),
                write("x", num(1), Order::Plain),
                ret(&[0]),
            ],
        ],
    );
    assert!(allows(&lb, ModelName::Ecma, &[vec![1], vec![1]]));
    assert!(!allows(&lb, ModelName::Weft, &[vec![1], vec![1]]));
    assert!(!allows(&lb, ModelName::X86Tso, &[vec![1], vec![1]]));
    assert!(!allows(&lb, ModelName::Sc, &[vec![1], vec![1]]));
    // LB+data: each thread copies what it read; 7 is written only if it is read first.
    let data = test(
        "LB+data",
        &["x", "y"],
        vec![
            vec![
                read(0, "x", Order::Plain),
                write("y", Expr::Reg(Reg(0)), Order::Plain),
                ret(&[0]),
            ],
            vec![
                read(0, "y", Order::Plain),
                write("x", Expr::Reg(Reg(0)), Order::Plain),
                ret(&[0]),
            ],
        ],
    );
    let weft = answer(&data, ModelName::Weft, Limits::default()).expect("checks");
    assert_eq!(weft.states.len(), 1, "only 0/0 without thin air");
    assert!(allows(&data, ModelName::Weft, &[vec![0], vec![0]]));
}

#[test]
fn independent_reads_of_independent_writes() {
    let iriw = |order: Order| {
        test(
            "IRIW",
            &["x", "y"],
            vec![
                vec![write("x", num(1), order)],
                vec![write("y", num(1), order)],
                vec![read(0, "x", order), read(1, "y", order), ret(&[0, 1])],
                vec![read(0, "y", order), read(1, "x", order), ret(&[0, 1])],
            ],
        )
    };
    let weak = [vec![], vec![], vec![1, 0], vec![1, 0]];
    assert!(allows(&iriw(Order::Plain), ModelName::Weft, &weak));
    assert!(!allows(&iriw(Order::Plain), ModelName::X86Tso, &weak));
    assert!(!allows(&iriw(Order::SeqCst), ModelName::Weft, &weak));
    assert!(!allows(&iriw(Order::SeqCst), ModelName::Ecma, &weak));
}

#[test]
fn coherence_of_plain_and_atomic_reads() {
    let corr = |order: Order| {
        test(
            "CoRR",
            &["x"],
            vec![
                vec![write("x", num(1), order)],
                vec![read(0, "x", order), read(1, "x", order), ret(&[0, 1])],
            ],
        )
    };
    // Plain reads may see the write and then miss it: no axiom relates the two reads.
    assert!(allows(
        &corr(Order::Plain),
        ModelName::Weft,
        &[vec![], vec![1, 0]]
    ));
    assert!(!allows(
        &corr(Order::SeqCst),
        ModelName::Weft,
        &[vec![], vec![1, 0]]
    ));
    assert!(!allows(
        &corr(Order::Plain),
        ModelName::X86Tso,
        &[vec![], vec![1, 0]]
    ));
}
