//! The runtime (shared by all threads) and the per-thread virtual machine.

pub mod async_fn;
mod call;
pub mod code;
mod helpers;
mod interp;
mod iter;
pub mod numconv;
pub mod ops;
pub mod property;
pub mod realm;

use std::collections::HashMap;

use crate::atom::{self, Atom};
use crate::heap::{Cell, CellRef, Heap, JsString, Tlab};
use crate::object::{Class, Object};
use crate::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use crate::sync::{Arc, Mutex, OnceLock, RwLock};
use crate::thread::safepoint::Safepoint;
use crate::value::Value;
use code::Code;
pub use realm::Realm;

/// The result of an operation that may throw a JavaScript value.
pub type JsResult<T> = Result<T, Value>;

/// Options of a runtime.
#[derive(Clone, Debug)]
pub struct Options {
    /// Heap limit in bytes (0 = unlimited).
    pub heap_limit: usize,
    /// Collect every N allocations (0 = off).
    pub gc_stress: usize,
    /// Most threads alive at once (main included).
    pub max_threads: usize,
    /// Deepest JavaScript call stack per thread.
    pub max_frames: usize,
    /// Capture printed output instead of writing to stdout.
    pub capture_output: bool,
    /// Also keep each thread's printed lines apart (for outcome lines).
    pub record_lines: bool,
    /// Bytes of Rust stack that nested native → JavaScript re-entries (a callback of
    /// `map`, a getter run by a built-in, …) may use below a thread's outermost native
    /// call; a native call deeper than that throws a RangeError. JavaScript-to-JavaScript
    /// calls use no Rust stack (they are bounded by `max_frames`). Threads the engine
    /// spawns have 256 MiB stacks; the default, 48 MiB, suits any thread with 64 MiB.
    pub native_stack: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            heap_limit: 0,
            gc_stress: 0,
            max_threads: 64,
            max_frames: 10_000,
            capture_output: false,
            record_lines: false,
            native_stack: 48 << 20,
        }
    }
}

/// Where `print` writes.
pub enum Output {
    Stdout,
    Capture(Vec<u8>),
}

/// Global lexical bindings (top-level let/const/class of scripts): name → (index,
/// const). The values live in [`Runtime::lex_words`], outside the lock: a binding's
/// word never moves and a name, once declared, is never removed, so inline caches may
/// keep an index and read or write the word without the lock.
#[derive(Default)]
pub struct GlobalLex {
    pub names: HashMap<Atom, (u32, bool)>,
}

/// State shared by every thread of one program.
pub struct Runtime {
    pub heap: Heap,
    pub sp: Safepoint,
    pub realm: OnceLock<Realm>,
    pub codes: Mutex<Vec<Arc<Code>>>,
    pub out: Mutex<Output>,
    pub options: Options,
    pub lex: RwLock<GlobalLex>,
    /// The values of the global lexical bindings, by index (see [`GlobalLex`]).
    pub lex_words: crate::object::storage::SegVec,
    pub symbol_registry: Mutex<HashMap<Vec<u16>, Atom>>,
    pub clock_reads: AtomicU64,
    pub random_state: Mutex<u64>,
    pub next_thread_id: AtomicU32,
    pub ic_hits: AtomicU64,
    pub ic_misses: AtomicU64,
    /// Values kept alive for the embedder and the runtime itself.
    pub handles: Mutex<Vec<Value>>,
    pub threads: crate::thread::Registry,
    /// The main thread's record, once `Thread.current` made its Thread object.
    pub main_thread: Mutex<Option<Arc<crate::thread::ThreadRecord>>>,
    /// Waiter lists of `Atomics.wait`.
    pub waiters: crate::thread::atomics::Waiters,
    pub interrupted: AtomicBool,
    /// The one-code-unit strings "\0".."\x7f", made once with the realm (a string
    /// cell each; rooted by `global_roots`): `s[i]`, `charAt`, `fromCharCode` of
    /// ASCII allocate nothing.
    pub(crate) unit_strings: OnceLock<Box<[Value]>>,
}

/// The code of a frame: a plain pointer, so that calls and returns touch no reference
/// count (an `Arc` clone per call is a locked instruction on a line every thread
/// running the same function shares).
///
/// Validity: every frame runs a closure's code, and that closure is in the frame's
/// `REG_CALLEE` register for the frame's whole life (the compiler never writes that
/// register; a suspended async frame keeps it in its saved registers), so the
/// register file roots the closure, and the closure's `Arc<Code>` keeps the code alive.
#[derive(Clone, Copy)]
pub struct CodeRef(std::ptr::NonNull<Code>);

// SAFETY: a `CodeRef` is a shared reference to an immutable, `Sync` `Code` (its mutable
// parts are atomics and `OnceLock`s).
unsafe impl Send for CodeRef {}
// SAFETY: as above.
unsafe impl Sync for CodeRef {}

impl CodeRef {
    /// The code of `arc`; the caller keeps it alive as described on [`CodeRef`].
    #[inline]
    pub fn new(arc: &Arc<Code>) -> CodeRef {
        CodeRef(std::ptr::NonNull::from(&**arc))
    }

    /// A counted reference again (for a frame that is suspended).
    pub fn to_arc(self) -> Arc<Code> {
        let p = self.0.as_ptr() as *const Code;
        // SAFETY: `p` came from `Arc::as_ptr`-equivalent `&**arc` of an `Arc<Code>` that
        // is still alive (see the type's docs), so its strong count is at least one and
        // may be incremented; `from_raw` then owns the increment.
        unsafe {
            Arc::increment_strong_count(p);
            Arc::from_raw(p)
        }
    }
}

impl std::ops::Deref for CodeRef {
    type Target = Code;
    #[inline]
    fn deref(&self) -> &Code {
        // SAFETY: the code outlives the frame that holds this pointer (type docs).
        unsafe { self.0.as_ref() }
    }
}

/// One call frame.
pub struct Frame {
    pub code: CodeRef,
    pub pc: usize,
    pub base: usize,
    /// Absolute register index of the first actual argument, and the count.
    pub argv: usize,
    pub argc: usize,
    /// Where the caller wants the result (absolute register), None for an entry frame.
    pub ret: Option<usize>,
    pub construct: bool,
    /// Register stack length to restore on return.
    pub floor: usize,
}

/// A thread's virtual machine.
pub struct Vm {
    pub rt: Arc<Runtime>,
    pub tlab: Tlab,
    pub regs: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Values natives keep across calls into JavaScript (truncated after each native).
    pub roots: Vec<Value>,
    pub thread_id: u32,
    pub native_depth: u32,
    /// Source position of the most recent throw (file, line, column).
    pub throw_pos: Option<(Arc<str>, u32, u32)>,
    /// The stack address of this thread's outermost native call (see
    /// [`Options::native_stack`]).
    stack_base: usize,
    /// The current thread's Thread object and state (threads).
    pub thread_local: crate::thread::ThreadVmState,
    /// Lines this thread printed (with `Options::record_lines`).
    pub lines: Vec<String>,
    /// Inline-cache hits and misses not yet added to the runtime's counters (kept per
    /// thread so that the hot path writes no shared cache line).
    pub(crate) ic_hits: u64,
    pub(crate) ic_misses: u64,
}

impl Runtime {
    pub fn new(options: Options) -> Arc<Runtime> {
        atom::init();
        Arc::new(Runtime {
            heap: Heap::new(options.heap_limit, options.gc_stress),
            sp: Safepoint::new(),
            realm: OnceLock::new(),
            codes: Mutex::new(Vec::new()),
            out: Mutex::new(if options.capture_output {
                Output::Capture(Vec::new())
            } else {
                Output::Stdout
            }),
            options,
            lex: RwLock::new(GlobalLex::default()),
            lex_words: crate::object::storage::SegVec::new(64),
            symbol_registry: Mutex::new(HashMap::new()),
            clock_reads: AtomicU64::new(0),
            random_state: Mutex::new(0x2545_F491_4F6C_DD1D),
            next_thread_id: AtomicU32::new(1),
            ic_hits: AtomicU64::new(0),
            ic_misses: AtomicU64::new(0),
            handles: Mutex::new(Vec::new()),
            threads: crate::thread::Registry::default(),
            main_thread: Mutex::new(None),
            waiters: Default::default(),
            interrupted: AtomicBool::new(false),
            unit_strings: OnceLock::new(),
        })
    }

    pub fn realm(&self) -> &Realm {
        self.realm.get().expect("realm initialised by Vm::new_main")
    }

    /// Every runtime-wide root (for the collector).
    pub fn global_roots(&self, out: &mut Vec<Value>) {
        if let Some(r) = self.realm.get() {
            r.trace(&mut |v| out.push(v));
        }
        for c in crate::sync::lock(&self.codes).iter() {
            c.trace(&mut |v| out.push(v));
        }
        self.lex_words.for_each_word(|_, v| out.push(v));
        if let Some(u) = self.unit_strings.get() {
            out.extend(u.iter());
        }
        out.extend(crate::sync::lock(&self.handles).iter());
        self.threads.trace(&mut |v| out.push(v));
        if let Some(m) = &*crate::sync::lock(&self.main_thread) {
            out.push(Value::from_bits(m.object.load(Ordering::Acquire)));
            if let Some(Ok(v) | Err(v)) = *crate::sync::lock(&m.result) {
                out.push(v);
            }
        }
    }

    /// Takes the captured output.
    pub fn take_output(&self) -> Vec<u8> {
        match &mut *crate::sync::lock(&self.out) {
            Output::Capture(b) => std::mem::take(b),
            Output::Stdout => Vec::new(),
        }
    }
}

/// A reference to an object cell.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ObjRef(pub(crate) CellRef);

impl std::ops::Deref for ObjRef {
    type Target = Object;
    #[inline]
    fn deref(&self) -> &Object {
        match self.0.get() {
            Cell::Object(o) => o,
            // An ObjRef is only made from a value tagged as an object, and tags are
            // set from the cell kind at allocation; this arm is unreachable.
            _ => unreachable!("ObjRef to a non-object cell"),
        }
    }
}

impl ObjRef {
    /// The object, valid while it stays reachable (see `CellRef::get`).
    #[inline]
    pub fn get(self) -> &'static Object {
        match self.0.get() {
            Cell::Object(o) => o,
            _ => unreachable!("ObjRef to a non-object cell"),
        }
    }

    #[inline]
    pub fn value(self) -> Value {
        Value::from_cell(self.0)
    }
}

impl Value {
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        if self.is_object() {
            self.cell().map(ObjRef)
        } else {
            None
        }
    }

    /// The code units of a string value.
    #[inline]
    pub fn as_str(self) -> Option<&'static [u16]> {
        if self.is_string() {
            match self.cell()?.get() {
                Cell::String(s) => Some(&s.units),
                _ => None,
            }
        } else {
            None
        }
    }

    /// The environment of an env value.
    pub(crate) fn as_env(self) -> Option<&'static crate::heap::Env> {
        if self.is_env() {
            match self.cell()?.get() {
                Cell::Env(e) => Some(e),
                _ => None,
            }
        } else {
            None
        }
    }
}

impl Vm {
    /// A VM for a new thread of `rt` (the realm must exist).
    pub fn new(rt: Arc<Runtime>, thread_id: u32) -> Vm {
        rt.sp.register();
        Vm {
            rt,
            tlab: Tlab::default(),
            regs: Vec::with_capacity(1024),
            frames: Vec::new(),
            roots: Vec::new(),
            thread_id,
            native_depth: 0,
            throw_pos: None,
            stack_base: 0,
            thread_local: Default::default(),
            lines: Vec::new(),
            ic_hits: 0,
            ic_misses: 0,
        }
    }

    /// Creates the runtime's realm on this (main) thread.
    pub fn new_main(rt: Arc<Runtime>) -> Vm {
        let mut vm = Vm::new(rt, 0);
        if vm.rt.realm.get().is_none() {
            let realm = realm::create(&mut vm);
            let _ = vm.rt.realm.set(realm);
            let units: Box<[Value]> = (0..128u16).map(|c| vm.new_string(&[c])).collect();
            let _ = vm.rt.unit_strings.set(units);
            crate::builtins::install(&mut vm);
        }
        vm
    }

    /// Whether a native call made now would take nested native calls deeper into the
    /// Rust stack than [`Options::native_stack`] allows (the caller throws a RangeError).
    /// The outermost native call (none running) records where the stack stands.
    #[inline]
    pub(crate) fn native_stack_exhausted(&mut self) -> bool {
        /// A bound on nesting that holds even if the stack were not measurable.
        const MAX_NATIVE_DEPTH: u32 = 1 << 20;
        let marker = 0u8;
        let sp = std::hint::black_box(std::ptr::addr_of!(marker)) as usize;
        if self.native_depth == 0 {
            self.stack_base = sp;
            return false;
        }
        // Stacks grow downwards on every target Weft builds for.
        self.stack_base.saturating_sub(sp) > self.rt.options.native_stack
            || self.native_depth >= MAX_NATIVE_DEPTH
    }

    #[inline]
    pub fn realm(&self) -> &Realm {
        self.rt.realm()
    }

    // ---- allocation ----

    pub fn alloc_object(&mut self, o: Object) -> ObjRef {
        ObjRef(self.rt.heap.alloc(&mut self.tlab, Cell::Object(o)))
    }

    /// An ordinary object with `proto`.
    pub fn new_object_with(&mut self, proto: Value, class: Class) -> ObjRef {
        self.alloc_object(Object::new(proto, class, 0))
    }

    /// `{}` with Object.prototype.
    pub fn new_object(&mut self) -> ObjRef {
        let p = self.realm().object_proto;
        self.new_object_with(p, Class::Ordinary)
    }

    pub fn new_array(&mut self) -> ObjRef {
        let p = self.realm().array_proto;
        self.new_object_with(p, Class::Array)
    }

    pub fn new_array_from(&mut self, items: &[Value]) -> ObjRef {
        let a = self.new_array();
        for (i, v) in items.iter().enumerate() {
            a.set_element(i as u32, *v);
        }
        a
    }

    pub fn new_string(&mut self, units: &[u16]) -> Value {
        Value::from_cell(self.rt.heap.alloc(
            &mut self.tlab,
            Cell::String(JsString {
                units: units.into(),
            }),
        ))
    }

    pub fn new_string_owned(&mut self, units: Vec<u16>) -> Value {
        Value::from_cell(self.rt.heap.alloc(
            &mut self.tlab,
            Cell::String(JsString {
                units: units.into_boxed_slice(),
            }),
        ))
    }

    /// The string of one code unit (shared for ASCII, see `Runtime::unit_strings`).
    #[inline]
    pub fn unit_string(&mut self, c: u16) -> Value {
        if let Some(u) = self.rt.unit_strings.get()
            && let Some(v) = u.get(usize::from(c))
        {
            return *v;
        }
        self.new_string(&[c])
    }

    pub fn str(&mut self, s: &str) -> Value {
        let u: Vec<u16> = s.encode_utf16().collect();
        self.new_string_owned(u)
    }

    pub fn new_env(&mut self, parent: Value, size: usize) -> Value {
        Value::from_cell(self.rt.heap.alloc(
            &mut self.tlab,
            Cell::Env(crate::heap::Env::new(parent, size)),
        ))
    }

    /// The string value of an atom.
    pub fn atom_value(&mut self, a: Atom) -> Value {
        if atom::is_symbol(a) {
            Value::symbol(a)
        } else {
            let t = atom::text(a);
            self.new_string(&t)
        }
    }

    /// Makes the code's string constants (once) and registers it for rooting.
    pub fn link_code(&mut self, code: &Arc<Code>) {
        if code.string_values.get().is_none() {
            let vals: Box<[Value]> = code.strings.iter().map(|s| self.new_string(s)).collect();
            let _ = code.string_values.set(vals);
            for c in &code.children {
                self.link_code(c);
            }
        }
    }

    // ---- errors ----

    /// Makes an error object of the given constructor's prototype with a message.
    pub fn make_error(&mut self, proto: Value, msg: &str) -> Value {
        let o = self.new_object_with(proto, Class::Error);
        let m = self.str(msg);
        o.define_named(
            &self.rt.heap,
            atom::MESSAGE,
            m,
            crate::object::shape::attr::HIDDEN,
        );
        o.value()
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> Value {
        let p = self.realm().type_error_proto;
        self.make_error(p, msg.as_ref())
    }
    pub fn range_error(&mut self, msg: impl AsRef<str>) -> Value {
        let p = self.realm().range_error_proto;
        self.make_error(p, msg.as_ref())
    }
    pub fn reference_error(&mut self, msg: impl AsRef<str>) -> Value {
        let p = self.realm().reference_error_proto;
        self.make_error(p, msg.as_ref())
    }
    pub fn syntax_error(&mut self, msg: impl AsRef<str>) -> Value {
        let p = self.realm().syntax_error_proto;
        self.make_error(p, msg.as_ref())
    }
    pub fn plain_error(&mut self, msg: impl AsRef<str>) -> Value {
        let p = self.realm().error_proto;
        self.make_error(p, msg.as_ref())
    }

    // ---- safepoints ----

    /// A safepoint poll: collects (or helps a collection) when one is due.
    #[inline]
    pub fn poll(&mut self) -> JsResult<()> {
        if self.rt.heap.gc_requested.load(Ordering::Relaxed)
            || self.rt.sp.stop_requested.load(Ordering::Relaxed)
        {
            self.safepoint_slow()?;
        }
        Ok(())
    }

    fn safepoint_slow(&mut self) -> JsResult<()> {
        self.rt.heap.flush(&mut self.tlab);
        let mut roots = Vec::with_capacity(self.regs.len() + self.roots.len() + 16);
        self.thread_roots(&mut roots);
        let rt = Arc::clone(&self.rt);
        rt.sp.stop_and_collect(&rt, roots, self.thread_id);
        if rt.heap.over_limit() {
            return Err(self.range_error("heap limit exceeded"));
        }
        Ok(())
    }

    /// This thread's roots.
    pub fn thread_roots(&self, out: &mut Vec<Value>) {
        out.extend(self.regs.iter().copied());
        out.extend(self.roots.iter().copied());
        self.thread_local.trace(&mut |v| out.push(v));
    }

    /// Adds this thread's inline-cache counts to the runtime's (`--stats`).
    pub fn flush_counters(&mut self) {
        let (h, m) = (
            std::mem::take(&mut self.ic_hits),
            std::mem::take(&mut self.ic_misses),
        );
        self.rt.ic_hits.fetch_add(h, Ordering::Relaxed);
        self.rt.ic_misses.fetch_add(m, Ordering::Relaxed);
    }

    /// Forces a collection now (tests, `--verify-heap`).
    pub fn collect_now(&mut self) {
        self.rt.heap.gc_requested.store(true, Ordering::Relaxed);
        let _ = self.safepoint_slow();
    }

    /// Writes one printed line.
    pub fn print_line(&mut self, line: &[u16]) {
        let mut s = String::from_utf16_lossy(line);
        if self.rt.options.record_lines {
            self.lines.push(s.clone());
        }
        s.push('\n');
        match &mut *crate::sync::lock(&self.rt.out) {
            Output::Stdout => {
                use std::io::Write;
                let mut o = std::io::stdout().lock();
                let _ = o.write_all(s.as_bytes());
                let _ = o.flush();
            }
            Output::Capture(b) => b.extend_from_slice(s.as_bytes()),
        }
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.flush_counters();
        self.rt.heap.release_tlab(&mut self.tlab);
        self.rt.sp.unregister();
    }
}
