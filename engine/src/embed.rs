//! The embedding API (DESIGN §5): a shared [`Engine`] (`Send + Sync`), one [`Context`]
//! per OS thread that runs JavaScript, values as [`JsValue`] (objects held by rooted
//! [`Handle`]s, so a collection never frees what Rust still holds), native functions
//! from Rust closures that any JavaScript thread may call, and errors as
//! [`Result`]s. No `unsafe` is needed by an embedder.
//!
//! ```
//! use weft_engine::{Engine, JsValue};
//!
//! let engine = Engine::default();
//! let mut cx = engine.main_context();
//! cx.register_fn("twice", 1, |_cx, _this, args| {
//!     let n = args.first().and_then(JsValue::as_number).unwrap_or(0.0);
//!     Ok(JsValue::Number(n * 2.0))
//! });
//! let v = cx.eval("twice(21)", "doc.js").unwrap();
//! assert_eq!(v.as_number(), Some(42.0));
//! ```
//!
//! Run contexts on threads with large stacks (say 64 MiB): JavaScript that calls a
//! native that calls JavaScript again recurses on the Rust stack, and the engine lets
//! that nesting use [`Options::native_stack`](crate::Options::native_stack) bytes (48 MiB
//! by default) before it throws a RangeError. On a smaller stack (a default 8 MiB main
//! thread, a 2 MiB spawned one) lower that option to well under the stack's size.

use crate::object::Class;
use crate::object::class::HostData;
use crate::sync::{Arc, Mutex};
use crate::thread::deadlock;
use crate::value::{Kind, Value};
use crate::vm::property::Key;
use crate::vm::{JsResult, Options, Runtime, Vm};
use crate::{Uncaught, atom};

/// Free slots of the runtime's handle table (`Runtime::handles`, a GC root).
struct HandleTable {
    rt: Arc<Runtime>,
    free: Mutex<Vec<usize>>,
}

impl HandleTable {
    fn root(self: &Arc<Self>, v: Value) -> Handle {
        let slot = crate::sync::lock(&self.free).pop();
        let mut hs = crate::sync::lock(&self.rt.handles);
        let slot = match slot {
            Some(s) => {
                hs[s] = v;
                s
            }
            None => {
                hs.push(v);
                hs.len() - 1
            }
        };
        Handle {
            table: Arc::clone(self),
            slot,
        }
    }
}

/// A JavaScript object (or symbol) kept alive for Rust: while a handle exists, the
/// collector treats its value as a root. Cloning makes another root; dropping releases
/// it. Handles may be sent to and dropped on any thread.
pub struct Handle {
    table: Arc<HandleTable>,
    slot: usize,
}

impl Handle {
    fn value(&self) -> Value {
        crate::sync::lock(&self.table.rt.handles)[self.slot]
    }
}

impl Clone for Handle {
    fn clone(&self) -> Handle {
        self.table.root(self.value())
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        crate::sync::lock(&self.table.rt.handles)[self.slot] = Value::UNDEFINED;
        crate::sync::lock(&self.table.free).push(self.slot);
    }
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Handle#{}", self.slot)
    }
}

/// A JavaScript value as Rust sees it: primitives by value, objects and symbols by a
/// rooted [`Handle`].
#[derive(Debug, Clone)]
pub enum JsValue {
    /// `undefined`.
    Undefined,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number (every JavaScript number is a double).
    Number(f64),
    /// A string (lone surrogates become U+FFFD).
    String(String),
    /// An object (functions and arrays included).
    Object(Handle),
    /// A symbol.
    Symbol(Handle),
}

impl JsValue {
    /// The number, if this is one.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            JsValue::Number(n) => Some(*n),
            _ => None,
        }
    }
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            JsValue::String(s) => Some(s),
            _ => None,
        }
    }
    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            JsValue::Bool(b) => Some(*b),
            _ => None,
        }
    }
    /// Is this `undefined`?
    pub fn is_undefined(&self) -> bool {
        matches!(self, JsValue::Undefined)
    }
}

impl From<f64> for JsValue {
    fn from(n: f64) -> JsValue {
        JsValue::Number(n)
    }
}
impl From<bool> for JsValue {
    fn from(b: bool) -> JsValue {
        JsValue::Bool(b)
    }
}
impl From<&str> for JsValue {
    fn from(s: &str) -> JsValue {
        JsValue::String(s.to_string())
    }
}
impl From<String> for JsValue {
    fn from(s: String) -> JsValue {
        JsValue::String(s)
    }
}

/// Why an evaluation or a call failed.
#[derive(Debug, Clone)]
pub enum Error {
    /// A syntax error in the source, with its position.
    Syntax(Uncaught),
    /// JavaScript threw: the thrown value and its description (name, message, where).
    Thrown {
        /// The thrown value.
        value: JsValue,
        /// `Name: message` and the location of the throw.
        uncaught: Uncaught,
    },
    /// The run deadlocked: every thread was blocked (the report names them).
    Deadlock(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Syntax(u) | Error::Thrown { uncaught: u, .. } => {
                write!(f, "Uncaught {}", u.describe())?;
                if let Some(l) = &u.location {
                    write!(f, " at {}:{}:{}", l.file, l.line, l.column)?;
                }
                Ok(())
            }
            Error::Deadlock(d) => write!(f, "deadlock: {d}"),
        }
    }
}

impl std::error::Error for Error {}

/// A native function: called with the calling thread's context, `this` and the
/// arguments; `Ok` returns a value, `Err` throws it. Any JavaScript thread may call it,
/// hence `Send + Sync`.
pub type NativeFunction =
    dyn Fn(&mut Ctx<'_>, JsValue, &[JsValue]) -> Result<JsValue, JsValue> + Send + Sync;

/// The host data of a native closure: the closure and the engine's handle table.
struct ClosureHost {
    f: Arc<NativeFunction>,
    table: Arc<HandleTable>,
}

impl HostData for ClosureHost {
    fn trace(&self, _: &mut dyn FnMut(Value)) {}
    fn tag(&self) -> &'static str {
        "NativeClosure"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The engine: one shared heap, realm and set of JavaScript threads. Cheap to clone;
/// `Send + Sync`, so every thread that runs JavaScript can hold it.
#[derive(Clone)]
pub struct Engine {
    table: Arc<HandleTable>,
}

impl Default for Engine {
    fn default() -> Engine {
        Engine::new(Options::default())
    }
}

impl Engine {
    /// A new engine with `options` (heap limit, thread limit, GC stress, …).
    pub fn new(options: Options) -> Engine {
        let rt = Runtime::new(options);
        // Creates the realm (global object and built-ins) once.
        drop(Vm::new_main(Arc::clone(&rt)));
        Engine {
            table: Arc::new(HandleTable {
                rt,
                free: Mutex::new(Vec::new()),
            }),
        }
    }

    /// The main thread's context (thread id 0): a script it evaluates ends when every
    /// JavaScript thread has finished, and a deadlock of all of them is reported. Use
    /// one main context at a time.
    pub fn main_context(&self) -> Context {
        Context {
            vm: Vm::new_main(Arc::clone(&self.table.rt)),
            table: Arc::clone(&self.table),
        }
    }

    /// A context for another OS thread of the embedder (a new JavaScript thread id).
    /// Its scripts do not wait for the threads they start.
    pub fn context(&self) -> Context {
        let id = self
            .table
            .rt
            .next_thread_id
            .fetch_add(1, crate::sync::atomic::Ordering::Relaxed);
        Context {
            vm: Vm::new(Arc::clone(&self.table.rt), id),
            table: Arc::clone(&self.table),
        }
    }

    /// Heap statistics: collections so far and bytes allocated.
    pub fn collections(&self) -> (u64, u64) {
        let s = self.table.rt.heap.stats();
        (s.collections, s.allocated_bytes)
    }
}

/// One OS thread's JavaScript context: evaluates scripts, calls functions, registers
/// native functions. Create it on the thread that uses it.
pub struct Context {
    vm: Vm,
    table: Arc<HandleTable>,
}

impl Context {
    /// A borrowed view for the operations shared with native functions.
    pub fn cx(&mut self) -> Ctx<'_> {
        Ctx {
            vm: &mut self.vm,
            table: Arc::clone(&self.table),
        }
    }

    /// Evaluates a script; its value is the completion value of its last expression
    /// statement (undefined when there is none). On the main context the script ends
    /// when every JavaScript thread has finished.
    pub fn eval(&mut self, source: &str, file: &str) -> Result<JsValue, Error> {
        let rewritten = crate::repl::capture_last_expression(source);
        let end = match self
            .vm
            .eval_script_raw(rewritten.as_deref().unwrap_or(source), file)
        {
            Ok(end) => end,
            Err(u) => return Err(Error::Syntax(u)),
        };
        let value = if rewritten.is_some() {
            crate::repl::take_result(&mut self.vm)
        } else {
            Value::UNDEFINED
        };
        let mut cx = self.cx();
        let r = match end.main {
            Some(Ok(_)) => Ok(cx.js_of(value)),
            Some(Err(e)) => {
                let err = cx.error(e);
                // The script's end kept the thrown value rooted until now.
                if cx.vm.roots.last() == Some(&e) {
                    cx.vm.roots.pop();
                }
                Err(err)
            }
            None => Err(Error::Deadlock("the script's thread was blocked".into())),
        };
        match end.deadlock {
            Some(d) => Err(Error::Deadlock(d)),
            None => r,
        }
    }

    /// Calls `f` with `this` and `args` (see [`Ctx::call`]).
    pub fn call(
        &mut self,
        f: &JsValue,
        this: &JsValue,
        args: &[JsValue],
    ) -> Result<JsValue, Error> {
        self.cx().call(f, this, args)
    }

    /// Defines a global function `name` that runs `f` (see [`Ctx::function`]).
    pub fn register_fn(
        &mut self,
        name: &str,
        length: u32,
        f: impl Fn(&mut Ctx<'_>, JsValue, &[JsValue]) -> Result<JsValue, JsValue>
        + Send
        + Sync
        + 'static,
    ) {
        let mut cx = self.cx();
        let func = cx.function(name, length, f);
        cx.set_global(name, &func);
    }

    /// The value of the global variable or property `name`.
    pub fn global(&mut self, name: &str) -> Result<JsValue, Error> {
        self.cx().global(name)
    }
}

/// A thread's context as a native function (or [`Context::cx`]) sees it.
pub struct Ctx<'a> {
    vm: &'a mut Vm,
    table: Arc<HandleTable>,
}

impl Ctx<'_> {
    /// The JavaScript thread id of this context (0 for the main thread).
    pub fn thread_id(&self) -> u32 {
        self.vm.thread_id
    }

    fn js_of(&mut self, v: Value) -> JsValue {
        match v.kind() {
            Kind::Null => JsValue::Null,
            Kind::Boolean => JsValue::Bool(v == Value::TRUE),
            Kind::Number => JsValue::Number(v.num()),
            Kind::String => JsValue::String(String::from_utf16_lossy(v.as_str().unwrap_or(&[]))),
            Kind::Symbol => JsValue::Symbol(self.table.root(v)),
            Kind::Object => JsValue::Object(self.table.root(v)),
            _ => JsValue::Undefined,
        }
    }

    fn value_of(&mut self, v: &JsValue) -> Value {
        match v {
            JsValue::Undefined => Value::UNDEFINED,
            JsValue::Null => Value::NULL,
            JsValue::Bool(b) => Value::bool(*b),
            JsValue::Number(n) => Value::number(*n),
            JsValue::String(s) => self.vm.str(s),
            JsValue::Object(h) | JsValue::Symbol(h) => h.value(),
        }
    }

    fn error(&mut self, thrown: Value) -> Error {
        self.vm.roots.push(thrown);
        let value = self.js_of(thrown);
        let uncaught = self.vm.describe_uncaught(thrown);
        self.vm.roots.pop();
        Error::Thrown { value, uncaught }
    }

    /// Runs `body` with the thread counted as running JavaScript (and, outermost, with
    /// deadlock detection), keeping the roots it pushed until it ends.
    fn run(&mut self, body: impl FnOnce(&mut Vm) -> JsResult<Value>) -> Result<JsValue, Error> {
        let roots = self.vm.roots.len();
        let end = if self.vm.frames.is_empty() && self.vm.native_depth == 0 {
            let end = self.vm.run_top(body);
            if let Some(d) = end.deadlock {
                self.vm.roots.truncate(roots);
                return Err(Error::Deadlock(d));
            }
            end.main
        } else {
            Some(body(self.vm))
        };
        let r = match end {
            Some(Ok(v)) => Ok(self.js_of(v)),
            Some(Err(e)) => Err(self.error(e)),
            None => Err(Error::Deadlock("the thread was blocked".into())),
        };
        self.vm.roots.truncate(roots);
        r
    }

    /// Calls `f` with `this` and `args`; a throw is [`Error::Thrown`].
    pub fn call(
        &mut self,
        f: &JsValue,
        this: &JsValue,
        args: &[JsValue],
    ) -> Result<JsValue, Error> {
        let fv = self.value_of(f);
        let tv = self.value_of(this);
        let mut av = Vec::with_capacity(args.len());
        for a in args {
            let v = self.value_of(a);
            self.vm.roots.push(v);
            av.push(v);
        }
        self.vm.roots.extend([fv, tv]);
        self.run(|vm| vm.call_function(fv, tv, &av))
    }

    /// `obj[key]` (getters run).
    pub fn get(&mut self, obj: &JsValue, key: &str) -> Result<JsValue, Error> {
        let o = self.value_of(obj);
        self.vm.roots.push(o);
        let k = Key::from_atom(atom::intern_str(key));
        self.run(|vm| vm.get(o, k))
    }

    /// `obj[key] = value` (setters run; strict: a failed assignment throws).
    pub fn set(&mut self, obj: &JsValue, key: &str, value: &JsValue) -> Result<(), Error> {
        let o = self.value_of(obj);
        self.vm.roots.push(o);
        let v = self.value_of(value);
        self.vm.roots.push(v);
        let k = Key::from_atom(atom::intern_str(key));
        self.run(|vm| vm.put(o, k, v, true).map(|_| Value::UNDEFINED))
            .map(|_| ())
    }

    /// The value of the global variable or property `name` (a global `let`/`const`
    /// included).
    pub fn global(&mut self, name: &str) -> Result<JsValue, Error> {
        let g = self.vm.realm().global;
        let k = Key::from_atom(atom::intern_str(name));
        let lex = {
            let lex = self.vm.rt.lex.read().unwrap_or_else(|e| e.into_inner());
            lex.names
                .get(&atom::intern_str(name))
                .map(|(i, _)| Some(self.vm.rt.lex_words.load(*i as usize)))
        };
        match lex {
            Some(Some(v)) if v != Value::UNINIT => Ok(self.js_of(v)),
            _ => self.run(|vm| vm.get(g, k)),
        }
    }

    /// Sets the global property `name`.
    pub fn set_global(&mut self, name: &str, value: &JsValue) {
        let g = JsValue::Object(self.table.root(self.vm.realm().global));
        // Setting a property of the global object can only fail on a frozen global.
        let _ = self.set(&g, name, value);
    }

    /// A new empty object.
    pub fn object(&mut self) -> JsValue {
        let o = self.vm.new_object().value();
        self.js_of(o)
    }

    /// A new array of `items`.
    pub fn array(&mut self, items: &[JsValue]) -> JsValue {
        let mut vals = Vec::with_capacity(items.len());
        for i in items {
            let v = self.value_of(i);
            vals.push(v);
        }
        let a = self.vm.new_array_from(&vals).value();
        self.js_of(a)
    }

    /// `String(v)` of a value.
    pub fn to_string(&mut self, v: &JsValue) -> Result<String, Error> {
        let x = self.value_of(v);
        self.vm.roots.push(x);
        let s = self.run(|vm| vm.to_string(x))?;
        Ok(s.as_str().unwrap_or_default().to_string())
    }

    /// `Number(v)` of a value.
    pub fn to_number(&mut self, v: &JsValue) -> Result<f64, Error> {
        let x = self.value_of(v);
        self.vm.roots.push(x);
        self.run(|vm| vm.to_number(x).map(Value::number))
            .map(|n| n.as_number().unwrap_or(f64::NAN))
    }

    /// A new error object of the built-in constructor `kind` (`"TypeError"`,
    /// `"RangeError"`, …; anything else makes an `Error`) with `message`, to throw from
    /// a native function (`Err(cx.error_value(…))`).
    pub fn error_value(&mut self, kind: &str, message: &str) -> JsValue {
        let e = match kind {
            "TypeError" => self.vm.type_error(message),
            "RangeError" => self.vm.range_error(message),
            "ReferenceError" => self.vm.reference_error(message),
            "SyntaxError" => self.vm.syntax_error(message),
            _ => self.vm.plain_error(message),
        };
        self.js_of(e)
    }

    /// A JavaScript function that runs the Rust closure `f` on whichever thread calls
    /// it; `name` and `length` are its `name` and `length` properties.
    pub fn function(
        &mut self,
        name: &str,
        length: u32,
        f: impl Fn(&mut Ctx<'_>, JsValue, &[JsValue]) -> Result<JsValue, JsValue>
        + Send
        + Sync
        + 'static,
    ) -> JsValue {
        let host = ClosureHost {
            f: Arc::new(f),
            table: Arc::clone(&self.table),
        };
        let p = self.vm.realm().object_proto;
        let h = self
            .vm
            .new_object_with(p, Class::Host(Box::new(host)))
            .value();
        self.vm.roots.push(h);
        let func = self.vm.native_fn(name, length, trampoline, false);
        if let Class::Native { data, .. } = &func.class {
            crate::heap::barrier::write(&data[0], h);
        }
        self.vm.roots.pop();
        self.js_of(func.value())
    }
}

/// The `NativeFn` behind every closure function: finds the closure through the callee's
/// data slot and runs it with handles for the arguments.
fn trampoline(vm: &mut Vm, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let callee = vm.thread_local.callee.unwrap_or(Value::UNDEFINED);
    let host = callee.as_obj().and_then(|o| match &o.get().class {
        Class::Native { data, .. } => {
            let h = Value::from_bits(data[0].load(crate::sync::atomic::Ordering::Acquire));
            match &h.as_obj()?.get().class {
                Class::Host(b) => b
                    .as_any()
                    .downcast_ref::<ClosureHost>()
                    .map(|c| (Arc::clone(&c.f), Arc::clone(&c.table))),
                _ => None,
            }
        }
        _ => None,
    });
    let Some((f, table)) = host else {
        return Err(vm.type_error("a native closure lost its Rust function"));
    };
    let mut cx = Ctx { vm, table };
    let this = cx.js_of(this);
    let args: Vec<JsValue> = args.iter().map(|a| cx.js_of(*a)).collect();
    let r = f(&mut cx, this, &args);
    match r {
        Ok(v) => Ok(cx.value_of(&v)),
        Err(e) => Err(cx.value_of(&e)),
    }
}

/// Is a deadlock unwinding through here? (Re-exported for hosts that catch panics.)
pub fn is_deadlock_unwind(payload: &(dyn std::any::Any + Send)) -> bool {
    payload.is::<deadlock::DeadlockUnwind>()
}
