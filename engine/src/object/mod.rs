//! Objects: a per-object lock, a shape pointer, never-moving slot storage, optional array
//! elements and class-specific data (ARCHITECTURE.md, "Objects", "Arrays").
//!
//! This module holds the *own-property* operations that never run JavaScript; the
//! ECMAScript-level operations (prototype chains, accessors, coercions) are in `vm`.

pub mod class;
pub mod shape;
pub mod storage;

use std::ptr;

pub use class::{Class, Closure, NativeFn};
use shape::{PropInfo, Shape, ShapeRef, attr};
use storage::SegVec;

use crate::atom::{self, Atom};
use crate::heap::Heap;
use crate::sync::Mutex;
use crate::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};
use crate::value::Value;

/// Object flag bits.
pub mod flag {
    pub const EXTENSIBLE: u32 = 1;
    pub const CALLABLE: u32 = 2;
    pub const CONSTRUCTOR: u32 = 4;
    /// A class constructor: calling it without `new` throws.
    pub const CLASS_CTOR: u32 = 8;
    /// A derived class constructor (`this` is bound by `super()`).
    pub const DERIVED: u32 = 16;
    /// An array whose `length` is not writable.
    pub const LENGTH_READONLY: u32 = 32;
    /// Array elements are not all default-attribute data (frozen/sealed arrays).
    pub const ELEMENTS_FROZEN: u32 = 64;
    pub const ELEMENTS_SEALED: u32 = 128;
}

const INLINE: usize = 4;

/// Array elements at or above this index are stored as named properties: dense storage
/// up to here is at most 2^24 words (128 MiB) per array.
pub const MAX_DENSE_INDEX: u32 = 1 << 24;

/// Array elements: never-moving segments and an atomic length.
pub struct Elements {
    pub words: SegVec,
    pub len: AtomicU32,
}

/// A JavaScript object.
pub struct Object {
    lock: Mutex<()>,
    shape: AtomicPtr<Shape>,
    proto: AtomicU64,
    flags: AtomicU32,
    /// Thread id + 1 of the thread this object is restricted to (0 = none).
    pub owner: AtomicU32,
    inline: [AtomicU64; INLINE],
    slots: SegVec,
    pub elements: Option<Box<Elements>>,
    pub class: Class,
}

impl Object {
    /// A new object (not yet allocated: see `Vm::alloc_object`).
    pub fn new(proto: Value, class: Class, flags: u32) -> Object {
        let elements = matches!(class, Class::Array | Class::Arguments).then(|| {
            Box::new(Elements {
                words: SegVec::new(16),
                len: AtomicU32::new(0),
            })
        });
        Object {
            lock: Mutex::new(()),
            shape: AtomicPtr::new(Shape::root() as *const Shape as *mut Shape),
            proto: AtomicU64::new(proto.to_bits()),
            flags: AtomicU32::new(flags | flag::EXTENSIBLE),
            owner: AtomicU32::new(0),
            inline: std::array::from_fn(|_| AtomicU64::new(Value::HOLE.to_bits())),
            slots: SegVec::new(8),
            elements,
            class,
        }
    }

    #[inline]
    pub fn shape(&self) -> &Shape {
        // SAFETY: the pointer is always a live shape: tree shapes are immortal, and an
        // unshared shape replaced by another is only freed at the next stop-the-world
        // pause (retire list, R6), which cannot happen while this reference is used (a
        // shape reference is never held across a safepoint, R8). The Acquire load pairs
        // with the Release publication in `set_shape`, after the values it reveals were
        // written (R4).
        unsafe { &*self.shape.load(Ordering::Acquire) }
    }

    /// The shape pointer, for inline caches.
    #[inline]
    pub fn shape_ptr(&self) -> *const Shape {
        self.shape.load(Ordering::Acquire)
    }

    /// Publishes a new shape. Called with the object's lock held (every shape change
    /// is one step under it), or on an object no other thread can reach yet, so no
    /// other replacement races with this one: a plain load of the old pointer and a
    /// Release store (a plain `mov` on x86-64) do, where a swap would be a locked
    /// instruction per property added.
    fn set_shape(&self, heap: &Heap, s: ShapeRef) {
        let new = match s {
            ShapeRef::Shared(s) => s as *const Shape as *mut Shape,
            ShapeRef::Unshared(b) => Box::into_raw(b),
        };
        let old = self.shape.load(Ordering::Relaxed);
        self.shape.store(new, Ordering::Release);
        // SAFETY: `old` was this object's shape; if unshared it was made by Box::into_raw
        // above and is owned by this object alone. It is retired, not freed (R6).
        let old = unsafe { &*old };
        if !old.is_shared() {
            // SAFETY: as above; the box is only freed by the retire list.
            heap.retire(unsafe { Box::from_raw(old as *const Shape as *mut Shape) });
        }
    }

    #[inline]
    pub fn proto(&self) -> Value {
        Value::from_bits(self.proto.load(Ordering::Acquire))
    }

    pub fn set_proto(&self, p: Value) {
        let _g = crate::sync::lock(&self.lock);
        crate::heap::barrier::write(&self.proto, p);
    }

    #[inline]
    pub fn flags(&self) -> u32 {
        self.flags.load(Ordering::Acquire)
    }

    #[inline]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags() & f != 0
    }

    pub fn set_flag(&self, f: u32, on: bool) {
        if on {
            self.flags.fetch_or(f, Ordering::AcqRel);
        } else {
            self.flags.fetch_and(!f, Ordering::AcqRel);
        }
    }

    pub fn is_extensible(&self) -> bool {
        self.has_flag(flag::EXTENSIBLE)
    }

    pub fn is_callable(&self) -> bool {
        self.has_flag(flag::CALLABLE)
    }

    pub fn is_array(&self) -> bool {
        matches!(self.class, Class::Array)
    }

    #[inline]
    fn word(&self, slot: u32) -> Option<&AtomicU64> {
        let s = slot as usize;
        if s < INLINE {
            Some(&self.inline[s])
        } else {
            self.slots.get(s - INLINE)
        }
    }

    /// The word of a slot, for Atomics.
    pub fn slot_word(&self, slot: u32) -> Option<&AtomicU64> {
        self.word(slot)
    }

    /// Reads a slot word.
    #[inline]
    pub fn slot(&self, slot: u32) -> Value {
        self.word(slot)
            .map(|w| Value::from_bits(w.load(Ordering::Acquire)))
            .unwrap_or(Value::HOLE)
    }

    /// Writes a slot word (which must exist: its shape names it).
    #[inline]
    pub fn set_slot(&self, slot: u32, v: Value) {
        if let Some(w) = self.word(slot) {
            crate::heap::barrier::write(w, v);
        }
    }

    /// Gives a freshly allocated object, not yet stored anywhere another thread (or the
    /// collector) can reach, the tree shape `shape` whose properties are exactly `vals`
    /// in slots `0..`: a define without the lock, for objects every instance of which
    /// starts alike (closures). The values are written before the shape (R4).
    pub fn init_fresh(&self, shape: &'static Shape, vals: &[Value]) {
        debug_assert!(std::ptr::eq(self.shape_ptr(), Shape::root()));
        debug_assert_eq!(shape.slot_count() as usize, vals.len());
        for (i, v) in vals.iter().enumerate() {
            self.ensure_slot(i as u32, *v);
        }
        self.shape
            .store(shape as *const Shape as *mut Shape, Ordering::Release);
    }

    fn ensure_slot(&self, slot: u32, v: Value) -> bool {
        let s = slot as usize;
        if s < INLINE {
            crate::heap::barrier::write(&self.inline[s], v);
            true
        } else {
            self.slots.store(s - INLINE, v)
        }
    }

    // ---- array elements ----

    /// The array length (0 for non-arrays).
    #[inline]
    pub fn array_len(&self) -> u32 {
        self.elements
            .as_ref()
            .map(|e| e.len.load(Ordering::Acquire))
            .unwrap_or(0)
    }

    /// An element (HOLE when absent from the elements storage).
    #[inline]
    pub fn element(&self, i: u32) -> Value {
        match &self.elements {
            Some(e) if i < e.len.load(Ordering::Acquire) => e.words.load(i as usize),
            _ => Value::HOLE,
        }
    }

    /// True when index `i` would be stored densely (not as a named property). Dense
    /// storage grows at most to twice the length (plus 1 024), and never past
    /// [`MAX_DENSE_INDEX`]: a run of writes at doubling indices (2, 6, 14, … 2^32 − 2)
    /// would otherwise make the last segments gigabytes of holes, and a failed
    /// allocation aborts the process.
    fn dense_ok(&self, i: u32) -> bool {
        match &self.elements {
            Some(e) => {
                let len = e.len.load(Ordering::Acquire) as u64;
                (i as u64) < (len * 2 + 1024).min(e.words.max_len() as u64)
                    && i < MAX_DENSE_INDEX
                    && !self.has_flag(flag::ELEMENTS_FROZEN | flag::ELEMENTS_SEALED)
            }
            None => false,
        }
    }

    /// Writes element `i` densely if possible, growing `length`. Returns false when the
    /// element must be stored as a named property instead (sparse or frozen).
    pub fn set_element(&self, i: u32, v: Value) -> bool {
        if !self.dense_ok(i) {
            return false;
        }
        let Some(e) = &self.elements else {
            return false;
        };
        let len = e.len.load(Ordering::Acquire);
        if i >= len {
            if !self.is_extensible() || self.has_flag(flag::LENGTH_READONLY) {
                return false;
            }
            // The value is written before the length that reveals it (R4's analogue).
            if !e.words.store(i as usize, v) {
                return false;
            }
            e.len.fetch_max(i + 1, Ordering::AcqRel);
            true
        } else {
            e.words.store(i as usize, v)
        }
    }

    /// Sets the raw length word (callers handle truncation).
    pub fn set_array_len_raw(&self, n: u32) {
        if let Some(e) = &self.elements {
            e.len.store(n, Ordering::Release);
        }
    }

    /// Deletes a dense element (writes a hole).
    pub fn delete_element(&self, i: u32) {
        if let Some(e) = &self.elements
            && i < e.len.load(Ordering::Acquire)
        {
            e.words.store(i as usize, Value::HOLE);
        }
    }

    /// Truncates dense elements to `n` (holes beyond), for `length` writes.
    pub fn truncate_elements(&self, n: u32) {
        if let Some(e) = &self.elements {
            let old = e.len.load(Ordering::Acquire);
            let linked = e.words.linked_len() as u32;
            for i in n..old.min(linked) {
                e.words.store(i as usize, Value::HOLE);
            }
            e.len.store(n, Ordering::Release);
        }
    }

    // ---- named properties ----

    /// Looks an own named property up: (slot value, attributes). An accessor's value is
    /// its accessor-pair object.
    #[inline]
    pub fn get_own_named(&self, key: Atom) -> Option<(Value, u8)> {
        let p = self.shape().find(key)?;
        let v = self.slot(p.slot);
        Some((v, p.attrs))
    }

    /// The own property info of a named key.
    pub fn find(&self, key: Atom) -> Option<PropInfo> {
        self.shape().find(key)
    }

    /// Adds or redefines an own named property with these attributes, as one step
    /// under the object's lock. Returns false when the object is not extensible and the
    /// key is new.
    pub fn define_named(&self, heap: &Heap, key: Atom, v: Value, attrs: u8) -> bool {
        let _g = crate::sync::lock(&self.lock);
        self.define_named_exclusive(heap, key, v, attrs)
    }

    /// `define_named` without taking the lock, for an object that no other thread and
    /// no JavaScript code can reach yet: an object literal while it is being built
    /// (the object is only in a register of the building thread until the literal's
    /// value is produced, and the collector reads it only while that thread is
    /// stopped). Using it on any other object is a logic race on the shape (never
    /// undefined behaviour: every word is atomic).
    pub fn define_named_fresh(&self, heap: &Heap, key: Atom, v: Value, attrs: u8) -> bool {
        self.define_named_exclusive(heap, key, v, attrs)
    }

    /// The body of `define_named`, for a caller with exclusive access (the lock, or a
    /// fresh object).
    fn define_named_exclusive(&self, heap: &Heap, key: Atom, v: Value, attrs: u8) -> bool {
        let shape_ptr = self.shape.load(Ordering::Acquire);
        // SAFETY: see `shape`; the caller has exclusive access (the lock, or a fresh
        // object), so it cannot be replaced meanwhile.
        let shape: &Shape = unsafe { &*shape_ptr };
        match shape.find(key) {
            Some(p) if p.attrs == attrs => {
                self.set_slot(p.slot, v);
                true
            }
            Some(p) => {
                let kind_changes = (p.attrs ^ attrs) & attr::ACCESSOR != 0;
                let (new_shape, slot) = shape.with_changed(key, attrs, kind_changes);
                if !self.ensure_slot(slot, v) {
                    return false;
                }
                self.set_shape(heap, ShapeRef::Unshared(new_shape));
                true
            }
            None => {
                if !self.is_extensible() {
                    return false;
                }
                let next = if shape.is_shared() {
                    // SAFETY: shared shapes are immortal ('static).
                    let s: &'static Shape = unsafe { &*shape_ptr };
                    s.with_added(key, attrs)
                } else {
                    ShapeRef::Unshared(shape.with_added_unshared(key, attrs))
                };
                let slot = match &next {
                    ShapeRef::Shared(s) => s.find(key).map(|p| p.slot),
                    ShapeRef::Unshared(s) => s.find(key).map(|p| p.slot),
                };
                let Some(slot) = slot else { return false };
                // R4: the value is in its slot before the shape naming it is published.
                if !self.ensure_slot(slot, v) {
                    return false;
                }
                self.set_shape(heap, next);
                true
            }
        }
    }

    /// Writes an existing writable data property; false if absent/accessor/read-only.
    #[inline]
    pub fn set_existing_named(&self, key: Atom, v: Value) -> bool {
        match self.shape().find(key) {
            Some(p) if p.attrs & (attr::WRITABLE | attr::ACCESSOR) == attr::WRITABLE => {
                self.set_slot(p.slot, v);
                true
            }
            _ => false,
        }
    }

    /// Deletes an own named property (the caller checked configurability).
    pub fn delete_named(&self, heap: &Heap, key: Atom) {
        let _g = crate::sync::lock(&self.lock);
        let shape = self.shape();
        if let Some(p) = shape.find(key) {
            let new = shape.without(key);
            // The dead slot keeps its value for racing readers of the old shape, but no
            // longer keeps it alive for the collector once the shape is gone; R5 means
            // it is never handed to another key.
            let _ = p;
            self.set_shape(heap, ShapeRef::Unshared(new));
        }
    }

    /// Changes every property's attributes (freeze/seal) in one step.
    pub fn map_attrs(&self, heap: &Heap, f: impl Fn(u8) -> u8) {
        let _g = crate::sync::lock(&self.lock);
        let new = self.shape().with_all_attrs(f);
        self.set_shape(heap, ShapeRef::Unshared(new));
    }

    /// Own property keys in ECMAScript order: array indices ascending, then strings in
    /// creation order, then symbols in creation order.
    pub fn own_keys(&self) -> Vec<Atom> {
        let mut indices: Vec<(u32, Atom)> = Vec::new();
        if let Some(e) = &self.elements {
            let len = e.len.load(Ordering::Acquire);
            let linked = e.words.linked_len() as u32;
            for i in 0..len.min(linked) {
                if !e.words.load(i as usize).is_hole() {
                    indices.push((i, atom::from_index(i)));
                }
            }
        }
        let shape = self.shape();
        let mut strings = Vec::new();
        let mut symbols = Vec::new();
        for p in shape.props() {
            if let Some(i) = atom::index(p.key) {
                indices.push((i, p.key));
            } else if atom::is_symbol(p.key) {
                symbols.push(p.key);
            } else {
                strings.push(p.key);
            }
        }
        indices.sort_by_key(|x| x.0);
        indices.dedup_by_key(|x| x.0);
        let mut out: Vec<Atom> = indices.into_iter().map(|x| x.1).collect();
        out.extend(strings);
        out.extend(symbols);
        out
    }

    /// Bytes owned outside the cell.
    pub fn extra_bytes(&self) -> usize {
        self.slots.bytes() + self.elements.as_ref().map(|e| e.words.bytes()).unwrap_or(0)
    }

    /// Every value this object references (for the collector).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.proto());
        for w in &self.inline {
            f(Value::from_bits(w.load(Ordering::Acquire)));
        }
        self.slots.for_each_word(|_, v| f(v));
        if let Some(e) = &self.elements {
            e.words.for_each_word(|_, v| f(v));
        }
        self.class.trace(f);
    }

    /// Checks that the shape and the storage agree (for the verifier): every slot the
    /// shape names is backed by storage. Returns a description of the first problem.
    pub fn check_storage(&self) -> Result<(), String> {
        let shape = self.shape();
        for p in shape.props() {
            if p.slot >= shape.slot_count() {
                return Err(format!("slot {} beyond slot_count", p.slot));
            }
            if self.word(p.slot).is_none() {
                return Err(format!(
                    "property {} names slot {} with no storage",
                    atom::display(p.key),
                    p.slot
                ));
            }
            let v = self.slot(p.slot);
            if v.is_uninit() || v.is_env() {
                return Err(format!(
                    "property {} holds an internal marker",
                    atom::display(p.key)
                ));
            }
        }
        Ok(())
    }
}

impl Drop for Object {
    fn drop(&mut self) {
        let s = *self.shape.get_mut();
        // SAFETY: the object is being dropped (unreachable, world stopped); an unshared
        // shape belongs to it alone and was made by Box::into_raw in `set_shape`.
        let shape = unsafe { &*s };
        if !shape.is_shared() {
            // SAFETY: as above.
            drop(unsafe { Box::from_raw(s) });
        }
        self.shape = AtomicPtr::new(ptr::null_mut());
    }
}
