//! Graphviz rendering of an execution: one cluster per thread (the main program
//! included), one node per event (`e7: W o.x=1 (plain)`), and the edges of its
//! relations — `po` (black, immediate successors only), `rf` (red), `sw` (green), `hb`
//! (blue, dashed, transitive reduction, without the pairs `po` or `sw` already show),
//! `tot` (grey, dotted, consecutive pairs of the witness memory order) and `co`
//! (orange, immediate successors) when the execution has them.

use std::fmt::Write as _;

use crate::execution::{Actor, EventKind, Execution};
use crate::program::{LitmusTest, ModelName, Order, ThreadId};
use crate::relation::Relation;
use crate::state::State;

/// The name of an actor: `main` or the thread's name.
pub fn actor_name(test: &LitmusTest, a: Actor) -> String {
    match a {
        Actor::Main => "main".into(),
        Actor::Thread(t) => thread_name(test, t),
    }
}

fn thread_name(test: &LitmusTest, t: ThreadId) -> String {
    test.threads
        .get(t.0 as usize)
        .map_or_else(|| format!("T{}", t.0), |th| th.name.clone())
}

fn order_word(o: Order) -> &'static str {
    match o {
        Order::Plain => "plain",
        Order::SeqCst => "sc",
        Order::Init => "init",
    }
}

/// A one-line description of event `i`: `W o.x=1 (plain)`, `R o.y=0 (sc)`,
/// `RMW o.c=0→1 (sc)`, `Init o.x=0`, `acquire l`, `spawn T1`, `final o.x=1`.
pub fn event_text(test: &LitmusTest, x: &Execution, i: usize) -> String {
    let Some(e) = x.events.get(i) else {
        return format!("e{i}?");
    };
    let loc = e.loc.as_ref().map(|l| test.loc_name(l)).unwrap_or_default();
    let val = |v: &Option<crate::program::Val>| {
        v.as_ref()
            .map(|v| test.val_name(v))
            .unwrap_or_else(|| "?".into())
    };
    let lock = || {
        e.loc
            .as_ref()
            .and_then(|l| test.objects.get(l.obj.0 as usize))
            .map_or_else(|| "?".into(), |o| o.name.clone())
    };
    match &e.kind {
        EventKind::Init => format!("Init {loc}={}", val(&e.write_val)),
        EventKind::Read => format!("R {loc}={} ({})", val(&e.read_val), order_word(e.order)),
        EventKind::Write if e.lock_op => format!("release {}", lock()),
        EventKind::Write => format!("W {loc}={} ({})", val(&e.write_val), order_word(e.order)),
        EventKind::Rmw if e.lock_op => format!("acquire {}", lock()),
        EventKind::Rmw => format!(
            "RMW {loc}={}→{} ({})",
            val(&e.read_val),
            val(&e.write_val),
            order_word(e.order)
        ),
        EventKind::Start => "start".into(),
        EventKind::End => "end".into(),
        EventKind::Spawn(t) => format!("spawn {}", thread_name(test, *t)),
        EventKind::Join(t) => format!("join {}", thread_name(test, *t)),
        EventKind::FinalRead => format!("final {loc}={}", val(&e.read_val)),
    }
}

/// Does event `i` carry source text worth showing (a memory access of a thread)?
pub fn has_source(x: &Execution, i: usize) -> bool {
    x.events.get(i).is_some_and(|e| {
        matches!(e.kind, EventKind::Read | EventKind::Write | EventKind::Rmw)
            && !e.label.is_empty()
            && !e.lock_op
            && e.actor != Actor::Main
    })
}

/// The pairs of a transitive relation that no third element sits between.
pub fn immediate(r: &Relation) -> Vec<(usize, usize)> {
    let n = r.size();
    r.pairs()
        .into_iter()
        .filter(|&(a, b)| {
            a != b && !(0..n).any(|c| c != a && c != b && r.contains(a, c) && r.contains(c, b))
        })
        .collect()
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// The Graphviz text of one execution of `test` allowed under `model`, ending in
/// `state`.
pub fn render(test: &LitmusTest, model: ModelName, x: &Execution, state: &State) -> String {
    let mut out = String::new();
    let title = format!("{} under {model}: {}", test.name, state.display(test));
    let _ = writeln!(out, "digraph \"{}\" {{", escape(&test.name));
    let _ = writeln!(out, "  label=\"{}\";", escape(&title));
    let _ = writeln!(out, "  labelloc=t;");
    let _ = writeln!(out, "  newrank=true;");
    let _ = writeln!(
        out,
        "  node [shape=box, fontname=\"monospace\", fontsize=10];"
    );
    let _ = writeln!(out, "  edge [fontsize=9];");
    let mut actors: Vec<Actor> = x.events.iter().map(|e| e.actor).collect();
    actors.sort();
    actors.dedup();
    for (k, a) in actors.iter().enumerate() {
        let _ = writeln!(out, "  subgraph cluster_{k} {{");
        let _ = writeln!(out, "    label=\"{}\";", escape(&actor_name(test, *a)));
        for (i, e) in x.events.iter().enumerate() {
            if e.actor != *a {
                continue;
            }
            let mut label = format!("e{i}: {}", event_text(test, x, i));
            if has_source(x, i) {
                label.push('\n');
                label.push_str(&e.label);
            }
            let _ = writeln!(out, "    e{i} [label=\"{}\"];", escape(&label));
        }
        let _ = writeln!(out, "  }}");
    }
    let po_imm = immediate(&x.po);
    for (a, b) in &po_imm {
        let _ = writeln!(out, "  e{a} -> e{b} [label=\"po\", color=black];");
    }
    for (w, r) in x.rf.pairs() {
        let _ = writeln!(
            out,
            "  e{w} -> e{r} [label=\"rf\", color=red, fontcolor=red];"
        );
    }
    let sw = x.sw();
    for (a, b) in sw.pairs() {
        let _ = writeln!(
            out,
            "  e{a} -> e{b} [label=\"sw\", color=green, fontcolor=darkgreen];"
        );
    }
    let hb = x.hb();
    if hb.is_irreflexive() {
        for (a, b) in immediate(&hb) {
            if po_imm.contains(&(a, b)) || sw.contains(a, b) {
                continue;
            }
            let _ = writeln!(
                out,
                "  e{a} -> e{b} [label=\"hb\", color=blue, fontcolor=blue, style=dashed];"
            );
        }
    }
    if let Some(tot) = &x.tot {
        for pair in tot.windows(2) {
            let _ = writeln!(
                out,
                "  e{} -> e{} [label=\"tot\", color=grey, fontcolor=grey, style=dotted];",
                pair[0], pair[1]
            );
        }
    }
    if let Some(co) = &x.co {
        for (a, b) in immediate(co) {
            let _ = writeln!(
                out,
                "  e{a} -> e{b} [label=\"co\", color=orange, fontcolor=orange];"
            );
        }
    }
    let _ = writeln!(out, "}}");
    out
}

/// A file name stem for the `n`th witness of `test` under `model`:
/// `<test>-<model>-<n>`, with characters that do not belong in file names replaced.
pub fn file_stem(test: &str, model: ModelName, n: usize) -> String {
    let clean: String = test
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '+' | '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{clean}-{model}-{n}")
}
