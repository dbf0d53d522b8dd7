//! The heap verifier (ARCHITECTURE.md, "Heap verifier"). Run with the world stopped.

use super::{Cell, Heap};
use crate::value::Value;

/// Checks every allocated cell; returns the problems found (empty = clean).
pub fn verify(heap: &Heap, roots: &[Value]) -> Vec<String> {
    let mut problems = Vec::new();
    let check = |what: &str, v: Value, problems: &mut Vec<String>| {
        if let Some(a) = v.cell_addr()
            && !heap.is_live_cell(a)
        {
            problems.push(format!("{what}: {v:?} points to a dead or foreign cell"));
        }
        if let Some(s) = v.as_symbol()
            && s >= crate::atom::count()
        {
            problems.push(format!("{what}: unknown symbol {s}"));
        }
    };
    for r in roots {
        check("root", *r, &mut problems);
    }
    heap.for_each_cell(|c| {
        let cell = c.get();
        cell.trace(&mut |v| check("cell field", v, &mut problems));
        if let Cell::Object(o) = cell {
            if let Err(e) = o.check_storage() {
                problems.push(format!("object {:#x}: {e}", c.addr()));
            }
            if let crate::object::Class::Host(h) = &o.class
                && let Err(e) = h.check()
            {
                problems.push(format!("object {:#x}: {e}", c.addr()));
            }
            if o.is_array() && u64::from(o.array_len()) > u64::from(u32::MAX) {
                problems.push("array length out of range".into());
            }
        }
    });
    problems
}
