//! Threaded programs: small (the main thread and one or two others, one to four
//! accesses each) so that the reference interpreter's `explore` completes, over shared
//! state — an object's properties, an array, a Map, a closure-captured `let` — with
//! plain accesses, `Atomics`, a `Lock`, a `Condition` and joins.
//!
//! Every written value is unique (a program-wide counter), so an outcome says which
//! write each read read. Programs cannot deadlock: locks are never nested and nothing
//! blocks while holding one, a thread joins only threads created before it, and the
//! one condition wait is paired with a notify that runs before its thread's joins.
//! (The engine does not detect deadlock yet, so a deadlock would be a hang.) Thread
//! bodies and the main script catch exceptions and report only `e.name`, because the
//! outcome line would otherwise contain implementation-defined messages.

use arbitrary::Unstructured;

use crate::ast::{Node, Program};
use crate::generate::seq::Generated;
use crate::generate::{Feature as F, FeatureSet, Gen, Swarm, b, stmt, t};

const SHARED_PROPS: [&str; 3] = ["x0", "x1", "x2"];

impl Swarm {
    /// Draws the configuration of a threaded program.
    pub fn draw_conc(u: &mut Unstructured<'_>) -> Swarm {
        let mut features = FeatureSet::default();
        features.insert(F::Threads);
        let bits = u.arbitrary::<u16>().unwrap_or(u16::MAX);
        let conc = [
            F::PlainShared,
            F::Atomics,
            F::Locks,
            F::Conditions,
            F::Joins,
            F::SharedMap,
            F::SharedArray,
            F::SharedClosure,
            F::AtomicsWait,
            F::AsyncJoin,
        ];
        for (i, f) in conc.iter().enumerate() {
            if bits & (1 << i) != 0 {
                features.insert(*f);
            }
        }
        if !features.has(F::Atomics) && !features.has(F::SharedMap) {
            features.insert(F::PlainShared);
        }
        Swarm {
            features,
            throw_rate: 0,
            top_statements: 0,
            expr_depth: 0,
            block_depth: 0,
            threads: u.int_in_range(1..=2).unwrap_or(1),
        }
    }
}

/// Per-thread generation state.
struct ThreadOps {
    ops: Vec<Node>,
    reads: Vec<String>,
}

impl Gen<'_, '_> {
    fn unique(&mut self, counter: &mut u32) -> u32 {
        *counter += 1;
        *counter
    }

    /// One memory or synchronization operation of thread `me` (0 = main).
    fn conc_op(&mut self, me: usize, counter: &mut u32, out: &mut ThreadOps, in_lock: bool) {
        let f = self.swarm.features;
        let mut kinds = Vec::new();
        for (on, k) in [
            (f.has(F::PlainShared), 0u8),
            (f.has(F::PlainShared), 1),
            (f.has(F::Atomics), 2),
            (f.has(F::Atomics), 3),
            (f.has(F::Atomics), 4),
            (f.has(F::SharedArray), 5),
            (f.has(F::SharedClosure), 6),
            (f.has(F::SharedMap), 7),
            (f.has(F::Locks) && !in_lock, 8),
            (f.has(F::Joins) && !in_lock && me != 1, 9),
            (f.has(F::AtomicsWait) && !in_lock, 10),
            (f.has(F::AsyncJoin) && !in_lock && me != 1, 11),
        ] {
            if on {
                kinds.push(k);
            }
        }
        if kinds.is_empty() {
            kinds.push(0);
        }
        let kind = kinds[self.pick(kinds.len())];
        let p = SHARED_PROPS[self.pick(SHARED_PROPS.len())];
        let r = self.fresh("r");
        let mut read = |g: &mut Self, text: String, feature: F| {
            g.used(feature);
            out.ops
                .push(Node::stmt_text(format!("const {r} = {text};")));
            out.reads.push(r.clone());
        };
        match kind {
            0 => {
                self.used(F::PlainShared);
                let v = self.unique(counter);
                out.ops.push(Node::stmt_text(format!("o.{p} = {v};")));
            }
            1 => read(self, format!("o.{p}"), F::PlainShared),
            2 => {
                self.used(F::Atomics);
                let v = self.unique(counter);
                out.ops
                    .push(Node::stmt_text(format!("Atomics.store(o, \"{p}\", {v});")));
            }
            3 => read(self, format!("Atomics.load(o, \"{p}\")"), F::Atomics),
            4 => {
                let v = self.unique(counter);
                let text = match self.pick(4) {
                    0 => format!("Atomics.add(o, \"{p}\", {v})"),
                    1 => format!("Atomics.exchange(o, \"{p}\", {v})"),
                    2 => format!("Atomics.compareExchange(o, \"{p}\", 0, {v})"),
                    _ => format!("Atomics.or(o, \"{p}\", {v})"),
                };
                read(self, text, F::Atomics);
            }
            5 => {
                let i = self.pick(2);
                match self.pick(3) {
                    0 => {
                        self.used(F::SharedArray);
                        let v = self.unique(counter);
                        out.ops.push(Node::stmt_text(format!("arr[{i}] = {v};")));
                    }
                    1 => read(self, format!("arr[{i}]"), F::SharedArray),
                    _ => read(self, "arr.length".into(), F::SharedArray),
                }
            }
            6 => match self.pick(3) {
                0 => {
                    self.used(F::SharedClosure);
                    let v = self.unique(counter);
                    out.ops.push(Node::stmt_text(format!("c0 = {v};")));
                }
                1 => read(self, "c0".into(), F::SharedClosure),
                _ => read(self, "c0++".into(), F::SharedClosure),
            },
            7 => match self.pick(3) {
                0 => {
                    self.used(F::SharedMap);
                    let v = self.unique(counter);
                    out.ops
                        .push(Node::stmt_text(format!("m.set(\"{p}\", {v});")));
                }
                1 => read(self, format!("m.get(\"{p}\")"), F::SharedMap),
                _ => read(self, "m.size".into(), F::SharedMap),
            },
            8 => {
                self.used(F::Locks);
                let mut inner = ThreadOps {
                    ops: Vec::new(),
                    reads: Vec::new(),
                };
                let n = self.int(1, 2);
                for _ in 0..n {
                    self.conc_op(me, counter, &mut inner, true);
                }
                let ret = format!("return [{}];", inner.reads.join(", "));
                inner.ops.push(Node::stmt_text(ret));
                out.ops.push(stmt(vec![
                    t(format!("const {r} = l0.hold(() => ")),
                    b(inner.ops),
                    t(");"),
                ]));
                out.reads.push(r);
            }
            9 => {
                self.used(F::Joins);
                let last = if me == 0 { self.swarm.threads } else { me - 1 };
                let target = self.int(1, last as i64);
                read(self, format!("t{target}.join()"), F::Joins);
            }
            11 => {
                // The reaction runs in a job of this thread after its function returns
                // (spec/threads.md th.thread.async-join); its line is part of the outcome.
                self.used(F::AsyncJoin);
                let last = if me == 0 { self.swarm.threads } else { me - 1 };
                let target = self.int(1, last as i64);
                out.ops.push(Node::stmt_text(format!(
                    "t{target}.asyncJoin().then((v) => print(\"joined t{target}\", String(v)));"
                )));
            }
            _ => {
                self.used(F::AtomicsWait);
                if self.chance(1, 2) {
                    read(self, format!("Atomics.notify(o, \"{p}\")"), F::AtomicsWait);
                } else {
                    read(
                        self,
                        format!("Atomics.wait(o, \"{p}\", 0, 0)"),
                        F::AtomicsWait,
                    );
                }
            }
        }
    }
}

/// Generates a threaded program from the input.
pub fn generate_conc(u: &mut Unstructured<'_>) -> Generated {
    let swarm = Swarm::draw_conc(u);
    let threads = swarm.threads;
    let mut g = Gen::new(u, swarm.clone());
    g.used(F::Threads);
    let mut counter = 0u32;
    let mut per_thread = Vec::new();
    for me in 0..=threads {
        let mut ops = ThreadOps {
            ops: Vec::new(),
            reads: Vec::new(),
        };
        // Few accesses keep the exploration small (its size grows exponentially).
        let most = if threads == 1 { 3 } else { 2 };
        let n = if me == 0 { g.int(0, 2) } else { g.int(1, most) };
        for _ in 0..n {
            g.conc_op(me, &mut counter, &mut ops, false);
        }
        per_thread.push(ops);
    }
    // The condition hand-off: a spawned thread waits for `o.flag`, another thread sets it
    // and notifies before any of its joins.
    if g.swarm.features.has(F::Conditions) {
        g.used(F::Conditions);
        let waiter = g.int(1, threads as i64) as usize;
        let mut notifier = g.int(0, threads as i64) as usize;
        if notifier == waiter {
            notifier = 0;
        }
        let at = g.pick(per_thread[waiter].ops.len() + 1);
        per_thread[waiter].ops.insert(
            at,
            Node::pinned("l0.hold(() => { while (o.flag === 0) cv.wait(l0); });"),
        );
        per_thread[notifier].ops.insert(
            0,
            Node::pinned("l0.hold(() => { o.flag = 1; cv.notifyAll(); });"),
        );
    }
    let mut body = vec![Node::pinned(
        "const o = { x0: 0, x1: 0, x2: 0, flag: 0 };\nconst arr = [0, 0];\nconst m = new Map();\nlet c0 = 0;\nconst l0 = new Lock();\nconst cv = new Condition();",
    )];
    let mut main_block = Vec::new();
    let mut iter = per_thread.into_iter();
    let main_ops = iter.next().unwrap_or(ThreadOps {
        ops: Vec::new(),
        reads: Vec::new(),
    });
    for (i, th) in iter.enumerate() {
        let mut ops = th.ops;
        ops.push(Node::stmt_text(format!(
            "return [{}];",
            th.reads.join(", ")
        )));
        let guarded = vec![stmt(vec![
            t("try "),
            b(ops),
            t(" catch (e) "),
            b(vec![Node::stmt_text("return \"threw \" + e.name;")]),
        ])];
        main_block.push(stmt(vec![
            t(format!("const t{} = new Thread(() => ", i + 1)),
            b(guarded),
            t(");"),
        ]));
    }
    main_block.extend(main_ops.ops);
    for i in 1..=threads {
        main_block.push(Node::pinned(format!("t{i}.join();")));
    }
    if !main_ops.reads.is_empty() {
        main_block.push(Node::stmt_text(format!(
            "print({});",
            main_ops.reads.join(", ")
        )));
    }
    main_block.push(Node::stmt_text(
        "print(o.x0, o.x1, o.x2, o.flag, arr[0], arr[1], arr.length, c0, m.get(\"x0\"), m.get(\"x1\"), m.get(\"x2\"), m.size);",
    ));
    body.push(stmt(vec![
        t("try "),
        b(main_block),
        t(" catch (e) "),
        b(vec![Node::stmt_text("print(\"main threw\", e.name);")]),
    ]));
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
