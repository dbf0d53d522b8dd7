//! Shapes (hidden classes): immutable descriptions of an object's own named properties
//! (ARCHITECTURE.md, "Objects"). Shared shapes form a process-wide transition tree and
//! are immortal (R6); unshared shapes (dictionary mode: after a delete or an attribute
//! change) belong to one object and are retired, never freed under a racing reader.

use std::sync::LazyLock;

use crate::fxhash::FxHashMap;
// Process-wide like the rest of the tree: std's atomics even in the shuttle build.
use crate::sync::global::atomic::{AtomicPtr, Ordering};

use crate::atom::Atom;
// The transition tree is process-wide: std's lock even in the shuttle build.
use crate::sync::global::Mutex;

/// Property attribute bits.
pub mod attr {
    pub const WRITABLE: u8 = 1;
    pub const ENUMERABLE: u8 = 2;
    pub const CONFIGURABLE: u8 = 4;
    /// The slot holds an accessor pair object instead of a value.
    pub const ACCESSOR: u8 = 8;
    /// writable | enumerable | configurable: what assignment creates.
    pub const DEFAULT: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;
    /// writable | configurable: built-in methods.
    pub const HIDDEN: u8 = WRITABLE | CONFIGURABLE;
}

/// One property of a shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PropInfo {
    pub key: Atom,
    pub slot: u32,
    pub attrs: u8,
}

/// An immutable shape.
pub struct Shape {
    props: Vec<PropInfo>,
    index: Option<FxHashMap<Atom, u32>>,
    /// Slots ever used by objects of this shape; never decreases along a history (R5).
    slot_count: u32,
    shared: bool,
    /// Some key is an array index (so index lookups must consult the shape).
    has_index: bool,
    transitions: Mutex<FxHashMap<(Atom, u8), &'static Shape>>,
    /// The most recently made or followed child (a tree shape, or null): a lock-free
    /// first try for `with_added`. Children are immortal, and a child's last property is
    /// the key and attributes of its transition, so a racy load is always usable.
    last_child: AtomicPtr<Shape>,
}

const INDEX_FROM: usize = 8;

static ROOT: LazyLock<&'static Shape> =
    LazyLock::new(|| Box::leak(Box::new(Shape::build(Vec::new(), 0, true))));

impl Shape {
    fn build(props: Vec<PropInfo>, slot_count: u32, shared: bool) -> Shape {
        let index = (props.len() > INDEX_FROM).then(|| {
            props
                .iter()
                .enumerate()
                .map(|(i, p)| (p.key, i as u32))
                .collect()
        });
        let has_index = props.iter().any(|p| crate::atom::index(p.key).is_some());
        Shape {
            props,
            index,
            slot_count,
            shared,
            has_index,
            transitions: Mutex::new(FxHashMap::default()),
            last_child: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    /// The shared empty shape every new object starts with.
    pub fn root() -> &'static Shape {
        &ROOT
    }

    /// The properties in creation order.
    pub fn props(&self) -> &[PropInfo] {
        &self.props
    }

    pub fn len(&self) -> usize {
        self.props.len()
    }

    pub fn is_empty(&self) -> bool {
        self.props.is_empty()
    }

    pub fn slot_count(&self) -> u32 {
        self.slot_count
    }

    /// True when some property key is an array index.
    #[inline]
    pub fn has_index_keys(&self) -> bool {
        self.has_index
    }

    /// True for tree shapes (immortal, cacheable).
    pub fn is_shared(&self) -> bool {
        self.shared
    }

    /// Looks a key up.
    #[inline]
    pub fn find(&self, key: Atom) -> Option<PropInfo> {
        match &self.index {
            Some(ix) => ix.get(&key).map(|&i| self.props[i as usize]),
            None => self.props.iter().find(|p| p.key == key).copied(),
        }
    }

    /// The shape with `key` added in a fresh slot. From a shared shape this follows (or
    /// grows) the transition tree; from an unshared one it builds a new unshared shape.
    pub fn with_added(&'static self, key: Atom, attrs: u8) -> ShapeRef {
        if self.shared {
            let last = self.last_child.load(Ordering::Acquire);
            // SAFETY: a non-null `last_child` is a tree shape published below (Release,
            // after it was fully built); tree shapes are immortal (R6).
            if let Some(c) = unsafe { last.as_ref() }
                && c.props
                    .last()
                    .is_some_and(|p| p.key == key && p.attrs == attrs)
            {
                return ShapeRef::Shared(c);
            }
            let mut t = crate::sync::global::lock(&self.transitions);
            if let Some(&s) = t.get(&(key, attrs)) {
                self.last_child
                    .store(s as *const Shape as *mut Shape, Ordering::Release);
                return ShapeRef::Shared(s);
            }
            let mut props = self.props.clone();
            props.push(PropInfo {
                key,
                slot: self.slot_count,
                attrs,
            });
            let child: &'static Shape =
                Box::leak(Box::new(Shape::build(props, self.slot_count + 1, true)));
            t.insert((key, attrs), child);
            self.last_child
                .store(child as *const Shape as *mut Shape, Ordering::Release);
            ShapeRef::Shared(child)
        } else {
            ShapeRef::Unshared(self.with_added_unshared(key, attrs))
        }
    }

    /// A new unshared shape with `key` added in a fresh slot.
    pub fn with_added_unshared(&self, key: Atom, attrs: u8) -> Box<Shape> {
        let mut props = self.props.clone();
        props.push(PropInfo {
            key,
            slot: self.slot_count,
            attrs,
        });
        Box::new(Shape::build(props, self.slot_count + 1, false))
    }

    /// An unshared shape without `key` (its slot is not reused: R5).
    pub fn without(&self, key: Atom) -> Box<Shape> {
        let props = self
            .props
            .iter()
            .filter(|p| p.key != key)
            .copied()
            .collect();
        Box::new(Shape::build(props, self.slot_count, false))
    }

    /// An unshared shape where `key` (which must exist) has new attributes, in a fresh
    /// slot when `new_slot` (data ↔ accessor conversions), else in its old slot.
    pub fn with_changed(&self, key: Atom, attrs: u8, new_slot: bool) -> (Box<Shape>, u32) {
        let mut count = self.slot_count;
        let mut slot = 0;
        let props = self
            .props
            .iter()
            .map(|p| {
                if p.key == key {
                    slot = if new_slot {
                        count += 1;
                        count - 1
                    } else {
                        p.slot
                    };
                    PropInfo { key, slot, attrs }
                } else {
                    *p
                }
            })
            .collect();
        (Box::new(Shape::build(props, count, false)), slot)
    }

    /// An unshared shape with every attribute mapped by `f` (freeze, seal).
    pub fn with_all_attrs(&self, f: impl Fn(u8) -> u8) -> Box<Shape> {
        let props = self
            .props
            .iter()
            .map(|p| PropInfo {
                attrs: f(p.attrs),
                ..*p
            })
            .collect();
        Box::new(Shape::build(props, self.slot_count, false))
    }
}

/// The result of a transition: a tree shape, or a new unshared one to install.
pub enum ShapeRef {
    Shared(&'static Shape),
    Unshared(Box<Shape>),
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Add(u32, u8),
        Delete(u32),
        Change(u32, u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0u32..12, 0u8..16).prop_map(|(k, a)| Op::Add(k + 100_000, a)),
            (0u32..12).prop_map(|k| Op::Delete(k + 100_000)),
            (0u32..12, 0u8..16).prop_map(|(k, a)| Op::Change(k + 100_000, a)),
        ]
    }

    proptest! {
        /// Shapes agree with a model (an ordered list of (key, attrs)); slots are
        /// distinct, and a slot, once used, is never handed out again (R5).
        #[test]
        fn transitions_match_a_model(ops in proptest::collection::vec(op(), 0..40)) {
            let mut owned: Option<Box<Shape>>;
            let mut shape: &Shape = Shape::root();
            let mut model: Vec<(u32, u8)> = Vec::new();
            let mut used_slots = std::collections::HashSet::new();
            for op in ops {
                match op {
                    Op::Add(k, a) => {
                        if model.iter().any(|m| m.0 == k) { continue; }
                        model.push((k, a));
                        owned = Some(shape.with_added_unshared(k, a));
                    }
                    Op::Delete(k) => {
                        if !model.iter().any(|m| m.0 == k) { continue; }
                        model.retain(|m| m.0 != k);
                        owned = Some(shape.without(k));
                    }
                    Op::Change(k, a) => {
                        if !model.iter().any(|m| m.0 == k) { continue; }
                        for m in model.iter_mut() { if m.0 == k { m.1 = a; } }
                        owned = Some(shape.with_changed(k, a, true).0);
                    }
                }
                shape = owned.as_deref().unwrap();
                let got: Vec<(u32, u8)> = shape.props().iter().map(|p| (p.key, p.attrs)).collect();
                prop_assert_eq!(&got, &model);
                let slots: std::collections::HashSet<u32> = shape.props().iter().map(|p| p.slot).collect();
                prop_assert_eq!(slots.len(), model.len());
                for p in shape.props() {
                    prop_assert!(p.slot < shape.slot_count());
                    prop_assert_eq!(shape.find(p.key), Some(*p));
                }
                for s in &slots { used_slots.insert(*s); }
                prop_assert!(shape.slot_count() as usize >= used_slots.len());
            }
        }
    }

    #[test]
    fn tree_transitions_are_shared() {
        let a = match Shape::root().with_added(7_000_001, attr::DEFAULT) {
            ShapeRef::Shared(s) => s,
            ShapeRef::Unshared(_) => panic!("root transitions are shared"),
        };
        let b = match Shape::root().with_added(7_000_001, attr::DEFAULT) {
            ShapeRef::Shared(s) => s,
            ShapeRef::Unshared(_) => panic!("root transitions are shared"),
        };
        assert!(std::ptr::eq(a, b));
        assert_eq!(a.find(7_000_001).map(|p| p.slot), Some(0));
    }

    #[test]
    fn large_shapes_use_an_index() {
        let mut s: &'static Shape = Shape::root();
        for k in 0..50 {
            s = match s.with_added(8_000_000 + k, attr::DEFAULT) {
                ShapeRef::Shared(s) => s,
                ShapeRef::Unshared(_) => unreachable!(),
            };
        }
        assert!(s.index.is_some());
        assert_eq!(s.find(8_000_037).map(|p| p.slot), Some(37));
        assert_eq!(s.find(1), None);
    }
}
