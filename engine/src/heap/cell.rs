//! The kinds of heap cells and how the collector traces them.

use crate::object::Object;
use crate::sync::atomic::{AtomicU64, Ordering};
use crate::value::Value;

/// A garbage-collected cell.
pub enum Cell {
    Object(Object),
    String(JsString),
    Env(Env),
}

/// An immutable string of UTF-16 code units.
pub struct JsString {
    pub units: Box<[u16]>,
}

/// The binding cells of one scope ([mm.location.binding]): a parent environment (or
/// undefined) and the slots.
pub struct Env {
    pub parent: AtomicU64,
    pub slots: Box<[AtomicU64]>,
}

impl Env {
    pub fn new(parent: Value, size: usize) -> Env {
        Env {
            parent: AtomicU64::new(parent.to_bits()),
            slots: (0..size)
                .map(|_| AtomicU64::new(Value::UNINIT.to_bits()))
                .collect(),
        }
    }

    pub fn parent(&self) -> Value {
        Value::from_bits(self.parent.load(Ordering::Acquire))
    }

    #[inline]
    pub fn get(&self, i: usize) -> Value {
        self.slots
            .get(i)
            .map(|w| Value::from_bits(w.load(Ordering::Acquire)))
            .unwrap_or(Value::UNDEFINED)
    }

    #[inline]
    pub fn set(&self, i: usize, v: Value) {
        if let Some(w) = self.slots.get(i) {
            crate::heap::barrier::write(w, v);
        }
    }
}

impl Cell {
    /// Bytes owned outside the slot (for heap accounting).
    pub fn extra_bytes(&self) -> usize {
        match self {
            Cell::Object(o) => o.extra_bytes(),
            Cell::String(s) => s.units.len() * 2,
            Cell::Env(e) => e.slots.len() * 8,
        }
    }

    /// Calls `f` with every value this cell references.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Cell::Object(o) => o.trace(f),
            Cell::String(_) => {}
            Cell::Env(e) => {
                f(e.parent());
                for w in e.slots.iter() {
                    f(Value::from_bits(w.load(Ordering::Acquire)));
                }
            }
        }
    }
}
