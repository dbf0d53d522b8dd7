//! Atoms: interned property keys (strings) and symbols, in one process-wide, sharded,
//! concurrent table (ARCHITECTURE.md, "Strings and atoms"). Atoms never die.
//!
//! Invariant R11: an id's entry is written (a `OnceLock` set) before the id is inserted
//! into its shard, so a thread that finds the id can always read the entry.

use std::sync::LazyLock;

use crate::fxhash::FxHashMap;
// Process-wide: std's types even in the shuttle build (see `sync::global`).
use crate::sync::Arc;
use crate::sync::global::atomic::{AtomicU32, Ordering};
use crate::sync::global::{OnceLock, RwLock};

/// A property key: an interned string or a symbol.
pub type Atom = u32;

const SHARDS: usize = 16;
const SEG0: usize = 256;
const SEGMENTS: usize = 24;

/// What an atom id stands for.
#[derive(Debug)]
pub enum AtomEntry {
    /// An interned string, with its array-index value when it is a canonical index
    /// (`"0"`, `"17"`, not `"017"`, below 2^32 - 1).
    Str {
        text: Arc<[u16]>,
        index: Option<u32>,
    },
    /// A symbol with its optional description.
    Symbol { description: Option<Arc<[u16]>> },
}

struct Table {
    shards: [RwLock<FxHashMap<Arc<[u16]>, Atom>>; SHARDS],
    segments: [OnceLock<Box<[OnceLock<AtomEntry>]>>; SEGMENTS],
    next: AtomicU32,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let t = Table {
        shards: std::array::from_fn(|_| RwLock::new(FxHashMap::default())),
        segments: std::array::from_fn(|_| OnceLock::new()),
        next: AtomicU32::new(0),
    };
    for (i, name) in PREDEFINED.iter().enumerate() {
        let id = if let Some(desc) = name.strip_prefix('@') {
            t.new_symbol(Some(utf16(&format!("Symbol.{desc}")).into()))
        } else {
            t.intern(&utf16(name))
        };
        assert_eq!(id as usize, i, "predefined atoms are created in order");
    }
    t
});

fn utf16(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

fn locate(id: usize) -> (usize, usize) {
    // Segment k holds ids [SEG0*(2^k - 1), SEG0*(2^(k+1) - 1)).
    let k = (usize::BITS - 1 - (id / SEG0 + 1).leading_zeros()) as usize;
    (k, id - SEG0 * ((1 << k) - 1))
}

/// The array index a key text denotes, if it is canonical.
pub fn array_index_of(text: &[u16]) -> Option<u32> {
    if text.is_empty() || text.len() > 10 || (text.len() > 1 && text[0] == u16::from(b'0')) {
        return None;
    }
    let mut n: u64 = 0;
    for &c in text {
        if !(u16::from(b'0')..=u16::from(b'9')).contains(&c) {
            return None;
        }
        n = n * 10 + u64::from(c - u16::from(b'0'));
    }
    if n < u64::from(u32::MAX) {
        Some(n as u32)
    } else {
        None
    }
}

impl Table {
    fn slot(&self, id: u32) -> &OnceLock<AtomEntry> {
        let (k, off) = locate(id as usize);
        let seg = self.segments[k].get_or_init(|| {
            (0..SEG0 << k)
                .map(|_| OnceLock::new())
                .collect::<Vec<_>>()
                .into_boxed_slice()
        });
        &seg[off]
    }

    fn fresh_id(&self, entry: AtomEntry) -> Atom {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        assert!(
            (id as usize) < SEG0 * ((1 << SEGMENTS) - 1),
            "atom table full"
        );
        // The entry is set before the id escapes this function (R11).
        let _ = self.slot(id).set(entry);
        id
    }

    fn new_symbol(&self, description: Option<Arc<[u16]>>) -> Atom {
        self.fresh_id(AtomEntry::Symbol { description })
    }

    fn intern(&self, text: &[u16]) -> Atom {
        let shard = &self.shards[shard_of(text)];
        if let Some(&id) = shard.read().unwrap_or_else(|e| e.into_inner()).get(text) {
            return id;
        }
        let mut map = shard.write().unwrap_or_else(|e| e.into_inner());
        if let Some(&id) = map.get(text) {
            return id;
        }
        let text: Arc<[u16]> = text.into();
        let index = array_index_of(&text);
        let id = self.fresh_id(AtomEntry::Str {
            text: Arc::clone(&text),
            index,
        });
        map.insert(text, id);
        id
    }
}

fn shard_of(text: &[u16]) -> usize {
    let mut h: u32 = 2166136261;
    for &c in text {
        h = (h ^ u32::from(c)).wrapping_mul(16777619);
    }
    h as usize % SHARDS
}

/// Interns UTF-16 text.
pub fn intern(text: &[u16]) -> Atom {
    TABLE.intern(text)
}

/// Interns a Rust string.
pub fn intern_str(s: &str) -> Atom {
    TABLE.intern(&utf16(s))
}

/// Creates a new, unique symbol.
pub fn new_symbol(description: Option<&[u16]>) -> Atom {
    TABLE.new_symbol(description.map(Arc::from))
}

/// The entry of an atom id (None for an id never handed out).
pub fn entry(id: Atom) -> Option<&'static AtomEntry> {
    if id >= TABLE.next.load(Ordering::Relaxed) {
        return None;
    }
    TABLE.slot(id).get()
}

/// True when `id` is a symbol.
pub fn is_symbol(id: Atom) -> bool {
    matches!(entry(id), Some(AtomEntry::Symbol { .. }))
}

/// The text of a string atom (empty for a symbol).
pub fn text(id: Atom) -> Arc<[u16]> {
    match entry(id) {
        Some(AtomEntry::Str { text, .. }) => Arc::clone(text),
        _ => Arc::from(&[][..]),
    }
}

/// The array index a string atom denotes.
pub fn index(id: Atom) -> Option<u32> {
    match entry(id) {
        Some(AtomEntry::Str { index, .. }) => *index,
        _ => None,
    }
}

/// The atom of an array index.
pub fn from_index(i: u32) -> Atom {
    intern_str(&i.to_string())
}

/// A symbol's description.
pub fn description(id: Atom) -> Option<Arc<[u16]>> {
    match entry(id) {
        Some(AtomEntry::Symbol { description }) => description.clone(),
        _ => None,
    }
}

/// The text of an atom as a Rust string (lossy), for messages.
pub fn display(id: Atom) -> String {
    match entry(id) {
        Some(AtomEntry::Str { text, .. }) => String::from_utf16_lossy(text),
        Some(AtomEntry::Symbol { description }) => format!(
            "Symbol({})",
            description
                .as_deref()
                .map(String::from_utf16_lossy)
                .unwrap_or_default()
        ),
        None => "<bad atom>".into(),
    }
}

/// SymbolDescriptiveString (§20.4.3.3.1): `Symbol(description)` as UTF-16 code units,
/// keeping lone surrogates of the description. `None` when `id` is not a symbol.
pub fn descriptive_units(id: Atom) -> Option<Vec<u16>> {
    match entry(id) {
        Some(AtomEntry::Symbol { description }) => {
            let mut v = utf16("Symbol(");
            v.extend_from_slice(description.as_deref().unwrap_or(&[]));
            v.push(u16::from(b')'));
            Some(v)
        }
        _ => None,
    }
}

/// How many atoms exist (for the heap verifier).
pub fn count() -> u32 {
    TABLE.next.load(Ordering::Acquire)
}

macro_rules! predefined {
    ($($konst:ident = $name:literal,)*) => {
        const PREDEFINED: &[&str] = &[$($name),*];
        predefined!(@consts 0u32, $($konst,)*);
    };
    (@consts $n:expr, $k:ident, $($rest:ident,)*) => {
        #[allow(missing_docs)]
        pub const $k: Atom = $n;
        predefined!(@consts $n + 1, $($rest,)*);
    };
    (@consts $n:expr,) => {};
}

/// Forces the table (and so the predefined atoms) into existence.
pub fn init() {
    LazyLock::force(&TABLE);
}

predefined! {
    EMPTY = "",
    LENGTH = "length",
    PROTOTYPE = "prototype",
    CONSTRUCTOR = "constructor",
    NAME = "name",
    MESSAGE = "message",
    VALUE = "value",
    DONE = "done",
    NEXT = "next",
    RETURN = "return",
    THROW = "throw",
    GET = "get",
    SET = "set",
    WRITABLE = "writable",
    ENUMERABLE = "enumerable",
    CONFIGURABLE = "configurable",
    TO_STRING = "toString",
    VALUE_OF = "valueOf",
    TO_JSON = "toJSON",
    CALLEE = "callee",
    CAUSE = "cause",
    STACK = "stack",
    PROTO = "__proto__",
    UNDEFINED = "undefined",
    NULL = "null",
    TRUE = "true",
    FALSE = "false",
    NUMBER = "number",
    STRING = "string",
    BOOLEAN = "boolean",
    SYMBOL = "symbol",
    OBJECT = "object",
    FUNCTION = "function",
    DEFAULT = "default",
    ANONYMOUS = "anonymous",
    NAN = "NaN",
    INFINITY = "Infinity",
    ID = "id",
    RAW = "raw",
    INDEX = "index",
    INPUT = "input",
    ASYNC = "async",
    SYM_ITERATOR = "@iterator",
    SYM_HAS_INSTANCE = "@hasInstance",
    SYM_TO_PRIMITIVE = "@toPrimitive",
    SYM_TO_STRING_TAG = "@toStringTag",
    SYM_ASYNC_ITERATOR = "@asyncIterator",
    SYM_SPECIES = "@species",
    SYM_IS_CONCAT_SPREADABLE = "@isConcatSpreadable",
    SYM_UNSCOPABLES = "@unscopables",
    SYM_MATCH = "@match",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_atoms() {
        init();
        assert_eq!(display(LENGTH), "length");
        assert!(is_symbol(SYM_ITERATOR));
        assert_eq!(display(SYM_ITERATOR), "Symbol(Symbol.iterator)");
        assert_eq!(intern_str("length"), LENGTH);
    }

    #[test]
    fn indices() {
        assert_eq!(index(intern_str("17")), Some(17));
        assert_eq!(index(intern_str("017")), None);
        assert_eq!(index(intern_str("4294967295")), None);
        assert_eq!(index(intern_str("4294967294")), Some(4294967294));
        assert_eq!(from_index(5), intern_str("5"));
    }

    #[test]
    fn concurrent_interning_agrees() {
        // R11: many threads intern overlapping names; every thread gets the same id for
        // the same text, and every id it gets has its entry readable at once.
        let handles: Vec<_> = (0..4)
            .map(|t| {
                crate::sync::thread::spawn(move || {
                    (0..2000)
                        .map(|i| {
                            let name = format!("k{}", (i * 7 + t * 13) % 1500);
                            let id = intern_str(&name);
                            assert_eq!(display(id), name);
                            (name, id)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut seen: std::collections::HashMap<String, Atom> = Default::default();
        for h in handles {
            for (name, id) in h.join().unwrap() {
                assert_eq!(*seen.entry(name).or_insert(id), id);
            }
        }
        let ids: std::collections::HashSet<_> = seen.values().collect();
        assert_eq!(ids.len(), seen.len());
    }

    #[test]
    fn symbols_are_unique() {
        let a = new_symbol(Some(&utf16("x")));
        let b = new_symbol(Some(&utf16("x")));
        assert_ne!(a, b);
        assert!(is_symbol(a));
        assert_eq!(description(a).as_deref(), Some(&utf16("x")[..]));
        let lone = new_symbol(Some(&[0xD800, u16::from(b'x')]));
        let mut want = utf16("Symbol(");
        want.extend_from_slice(&[0xD800, u16::from(b'x'), u16::from(b')')]);
        assert_eq!(descriptive_units(lone), Some(want));
        assert_eq!(
            descriptive_units(SYM_ITERATOR),
            Some(utf16("Symbol(Symbol.iterator)"))
        );
        assert_eq!(descriptive_units(intern_str("x")), None);
    }
}
