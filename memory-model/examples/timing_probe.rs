//! Times the explicit checker per model on a dense generated-style test (a probe for
//! the benchmark; prints one line per model).
use std::collections::BTreeMap;
use std::time::Instant;

use weft_memory_model::explicit::{Limits, answer};
use weft_memory_model::program::*;

fn main() {
    let loc = |n: &str| LocExpr {
        obj: Expr::Const(Val::Obj(ObjId(1))),
        key: KeyExpr::Fixed(Key::Name(n.into())),
    };
    let w = |n: &str, v: i64, o: Order| Stmt::Write {
        loc: loc(n),
        value: Expr::Const(Val::Num(v)),
        order: o,
        origin: Origin::default(),
    };
    let r = |reg: u32, n: &str, o: Order| Stmt::Read {
        reg: Reg(reg),
        loc: loc(n),
        order: o,
        origin: Origin::default(),
    };
    let ret = |k: u32| Stmt::Return(Expr::Tuple((0..k).map(|i| Expr::Reg(Reg(i))).collect()));
    let threads = vec![
        vec![
            w("x", 1, Order::Plain),
            r(0, "y", Order::Plain),
            w("x", 2, Order::SeqCst),
            ret(1),
        ],
        vec![
            w("y", 1, Order::Plain),
            r(0, "x", Order::SeqCst),
            r(1, "x", Order::Plain),
            ret(2),
        ],
        vec![
            w("x", 3, Order::Plain),
            w("y", 2, Order::SeqCst),
            r(0, "y", Order::Plain),
            ret(1),
        ],
    ];
    let t = LitmusTest {
        name: "probe".into(),
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
        init: ["x", "y"]
            .iter()
            .map(|n| {
                (
                    Loc {
                        obj: ObjId(1),
                        key: Key::Name((*n).into()),
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
    };
    for m in ModelName::ALL {
        let start = Instant::now();
        let a = answer(&t, m, Limits::default()).expect("checks");
        println!(
            "{m}: {} states, {} candidates, {:?}",
            a.states.len(),
            a.candidates,
            start.elapsed()
        );
    }
}
