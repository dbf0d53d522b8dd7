//! Class-specific data of objects: functions, wrappers, collections, iterators.

use crate::sync::atomic::{AtomicU64, Ordering};
use crate::sync::{Arc, Mutex};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::code::Code;

/// A native function: `(vm, this, args, new_target)`; `new_target` is undefined for a
/// plain call.
pub type NativeFn = fn(&mut Vm, Value, &[Value], Value) -> Result<Value, Value>;

/// A JavaScript closure.
pub struct Closure {
    pub code: Arc<Code>,
    /// The environment it closes over (an env value or undefined).
    pub env: Value,
    /// The home object for `super` lookups (undefined if none).
    pub home: AtomicU64,
    /// A class constructor's field initialiser (a function) or undefined.
    pub fields: AtomicU64,
}

/// A bound function's target and bound values.
pub struct Bound {
    pub target: Value,
    pub this: Value,
    pub args: Box<[Value]>,
}

/// The kind of a collection iterator or array iterator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

/// State of a built-in iterator.
pub enum IterState {
    Array {
        target: Value,
        next: u32,
        kind: IterKind,
    },
    Collection {
        coll: Value,
        next: usize,
        kind: IterKind,
    },
    String {
        s: Value,
        pos: usize,
    },
    ForIn {
        obj: Value,
        keys: Vec<crate::vm::property::Key>,
        pos: usize,
    },
    Done,
}

/// A key of a Map/Set under SameValueZero. A string key is the string value itself,
/// hashed and compared by content (no copy per lookup). In the index it is always the
/// key of a live entry (an update keeps the entry's first key, as the spec does), so
/// the collector keeps it alive through the entries; a lookup key is rooted by the
/// caller.
#[derive(Clone, Debug)]
pub enum MapKey {
    Bits(u64),
    Str(Value),
}

impl MapKey {
    fn units(v: &Value) -> &'static [u16] {
        v.as_str().unwrap_or(&[])
    }
}

impl std::hash::Hash for MapKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            MapKey::Bits(b) => {
                state.write_u8(0);
                state.write_u64(*b);
            }
            MapKey::Str(s) => {
                state.write_u8(1);
                MapKey::units(s).hash(state);
            }
        }
    }
}

impl PartialEq for MapKey {
    fn eq(&self, other: &MapKey) -> bool {
        match (self, other) {
            (MapKey::Bits(a), MapKey::Bits(b)) => a == b,
            (MapKey::Str(a), MapKey::Str(b)) => a == b || MapKey::units(a) == MapKey::units(b),
            _ => false,
        }
    }
}

impl Eq for MapKey {}

/// Insertion-ordered entries of a Map or Set; deleted entries stay as tombstones so that
/// live iterators keep their position.
#[derive(Default)]
pub struct MapData {
    pub entries: Vec<Option<(Value, Value)>>,
    pub index: crate::fxhash::FxHashMap<MapKey, usize>,
    pub live: usize,
}

impl MapData {
    pub fn get(&self, k: &MapKey) -> Option<Value> {
        self.index
            .get(k)
            .and_then(|&i| self.entries[i].map(|e| e.1))
    }
    pub fn set(&mut self, k: MapKey, key: Value, v: Value) {
        if let Some(&i) = self.index.get(&k) {
            // The entry keeps its first key (the index holds that very value).
            let first = self.entries[i].map(|e| e.0).unwrap_or(key);
            self.entries[i] = Some((first, v));
        } else {
            self.index.insert(k, self.entries.len());
            self.entries.push(Some((key, v)));
            self.live += 1;
        }
    }
    pub fn delete(&mut self, k: &MapKey) -> bool {
        match self.index.remove(k) {
            Some(i) => {
                self.entries[i] = None;
                self.live -= 1;
                true
            }
            None => false,
        }
    }
    pub fn clear(&mut self) {
        for e in self.entries.iter_mut() {
            *e = None;
        }
        self.index.clear();
        self.live = 0;
    }
}

/// Host data: threads, locks and friends attach their state here.
pub trait HostData: Send + Sync {
    /// Values the host data references.
    fn trace(&self, f: &mut dyn FnMut(Value));
    /// `Object.prototype.toString` tag, if any.
    fn tag(&self) -> &'static str;
    fn as_any(&self) -> &dyn std::any::Any;
    /// Consistency checks of the heap verifier (beyond the traced values).
    fn check(&self) -> Result<(), String> {
        Ok(())
    }
}

/// What kind of object this is, with its class-specific data.
pub enum Class {
    Ordinary,
    Array,
    Arguments,
    Error,
    Function(Box<Closure>),
    Native {
        f: NativeFn,
        data: [AtomicU64; 2],
    },
    Bound(Box<Bound>),
    /// An accessor pair (stored in a property slot whose attributes say ACCESSOR).
    Accessor {
        get: AtomicU64,
        set: AtomicU64,
    },
    /// Boolean, Number, String and Symbol wrapper objects.
    Primitive(Value),
    Map(Box<Mutex<MapData>>),
    Set(Box<Mutex<MapData>>),
    WeakMap(Box<Mutex<MapData>>),
    Iter(Box<Mutex<IterState>>),
    Host(Box<dyn HostData>),
}

fn load(w: &AtomicU64) -> Value {
    Value::from_bits(w.load(Ordering::Acquire))
}

impl Class {
    pub fn native(f: NativeFn, a: Value, b: Value) -> Class {
        Class::Native {
            f,
            data: [AtomicU64::new(a.to_bits()), AtomicU64::new(b.to_bits())],
        }
    }

    pub fn accessor(get: Value, set: Value) -> Class {
        Class::Accessor {
            get: AtomicU64::new(get.to_bits()),
            set: AtomicU64::new(set.to_bits()),
        }
    }

    /// Every value referenced by the class data.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Class::Function(c) => {
                f(c.env);
                f(load(&c.home));
                f(load(&c.fields));
            }
            Class::Native { data, .. } => {
                for d in data {
                    f(load(d));
                }
            }
            Class::Bound(b) => {
                f(b.target);
                f(b.this);
                for a in b.args.iter() {
                    f(*a);
                }
            }
            Class::Accessor { get, set } => {
                f(load(get));
                f(load(set));
            }
            Class::Primitive(v) => f(*v),
            Class::Map(m) | Class::Set(m) | Class::WeakMap(m) => {
                for (k, v) in crate::sync::lock(m).entries.iter().flatten() {
                    f(*k);
                    f(*v);
                }
            }
            Class::Iter(it) => match &*crate::sync::lock(it) {
                IterState::Array { target, .. } => f(*target),
                IterState::Collection { coll, .. } => f(*coll),
                IterState::String { s, .. } => f(*s),
                IterState::ForIn { obj, .. } => f(*obj),
                IterState::Done => {}
            },
            Class::Host(h) => h.trace(f),
            Class::Ordinary | Class::Array | Class::Arguments | Class::Error => {}
        }
    }
}
