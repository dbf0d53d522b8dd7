//! Promise objects (§27.2) and their reaction jobs (spec/threads.md §7).
//!
//! A promise is a host object whose state (state, result, reaction lists) sits behind
//! one mutex: settling it and `then` are each one step ([th.jobs.memory]). Reaction
//! jobs go on the job queue of the thread that settles the promise, or — for `then` on
//! a settled promise — of the thread calling `then` ([th.jobs.reaction-thread]).
//! The combinators (`all`, `allSettled`, `any`, `race`) live in `promise_statics.rs`.

use super::{arg, getter, method, value};
use crate::atom;
use crate::object::Class;
use crate::object::class::HostData;
use crate::object::shape::attr;
use crate::sync::Mutex;
use crate::sync::atomic::{AtomicBool, Ordering};
use crate::thread::jobs::Job;
use crate::value::Value;
use crate::vm::property::Key;
use crate::vm::{JsResult, Vm};

/// The state of a promise.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Pending,
    Fulfilled,
    Rejected,
}

/// What a reaction does with the settled value.
#[derive(Clone, Copy, Debug)]
pub enum Handler {
    /// No handler: pass the value (fulfil) or the reason (reject) on.
    Default,
    /// A JavaScript function.
    Js(Value),
    /// Resume the suspended async function frame held by this object.
    Await(Value),
}

/// A PromiseCapability. `resolve`/`reject` undefined: an intrinsic promise settled
/// directly (its resolving functions would be unobservable).
#[derive(Clone, Copy, Debug)]
pub struct Capability {
    pub promise: Value,
    pub resolve: Value,
    pub reject: Value,
}

/// A PromiseReaction.
#[derive(Clone, Copy, Debug)]
pub struct Reaction {
    pub cap: Option<Capability>,
    pub reject: bool,
    pub handler: Handler,
}

impl Reaction {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if let Some(c) = &self.cap {
            f(c.promise);
            f(c.resolve);
            f(c.reject);
        }
        match self.handler {
            Handler::Default => {}
            Handler::Js(v) | Handler::Await(v) => f(v),
        }
    }
}

struct PromiseData {
    state: State,
    result: Value,
    fulfill: Vec<Reaction>,
    reject: Vec<Reaction>,
}

/// A promise's host data.
pub struct PromiseHost {
    data: Mutex<PromiseData>,
}

impl HostData for PromiseHost {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        let d = crate::sync::lock(&self.data);
        f(d.result);
        for r in d.fulfill.iter().chain(d.reject.iter()) {
            r.trace(f);
        }
    }
    fn tag(&self) -> &'static str {
        "Promise"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn check(&self) -> Result<(), String> {
        let d = crate::sync::lock(&self.data);
        if d.state != State::Pending && !(d.fulfill.is_empty() && d.reject.is_empty()) {
            return Err("a settled promise still has reactions".into());
        }
        if d.fulfill.len() != d.reject.len() {
            return Err("a promise's reaction lists differ in length".into());
        }
        Ok(())
    }
}

/// The shared "already resolved" record of a pair of resolving functions.
struct ResolvingRecord {
    promise: Value,
    done: AtomicBool,
}

impl HostData for ResolvingRecord {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.promise);
    }
    fn tag(&self) -> &'static str {
        "Object"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(crate) fn host<T: 'static>(v: Value) -> Option<&'static T> {
    let o = v.as_obj()?.get();
    match &o.class {
        Class::Host(h) => h.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

/// The promise host of `v`, if `v` is a promise.
pub fn promise_of(v: Value) -> Option<&'static PromiseHost> {
    host::<PromiseHost>(v)
}

/// The data slots of the native function being called.
pub(crate) fn own_data(vm: &Vm) -> [Value; 2] {
    match vm.thread_local.callee.and_then(|c| c.as_obj()) {
        Some(o) => match &o.get().class {
            Class::Native { data, .. } => [
                Value::from_bits(data[0].load(Ordering::Acquire)),
                Value::from_bits(data[1].load(Ordering::Acquire)),
            ],
            _ => [Value::UNDEFINED; 2],
        },
        None => [Value::UNDEFINED; 2],
    }
}

/// Sets a data slot of a native function.
pub(crate) fn set_data(f: Value, i: usize, v: Value) {
    if let Some(o) = f.as_obj()
        && let Class::Native { data, .. } = &o.get().class
    {
        data[i].store(v.to_bits(), Ordering::Release);
    }
}

/// Swaps a data slot of a native function (one atomic step); returns the old value.
pub(crate) fn swap_data(f: Value, i: usize, v: Value) -> Value {
    match f.as_obj().map(|o| &o.get().class) {
        Some(Class::Native { data, .. }) => {
            Value::from_bits(data[i].swap(v.to_bits(), Ordering::AcqRel))
        }
        _ => Value::UNDEFINED,
    }
}

/// A native function carrying two data values (anonymous unless named).
pub(crate) fn data_fn(
    vm: &mut Vm,
    name: &str,
    length: u32,
    f: crate::object::NativeFn,
    a: Value,
    b: Value,
) -> Value {
    let func = vm.native_fn(name, length, f, false).value();
    set_data(func, 0, a);
    set_data(func, 1, b);
    func
}

fn then_atom() -> crate::atom::Atom {
    static THEN: std::sync::OnceLock<crate::atom::Atom> = std::sync::OnceLock::new();
    *THEN.get_or_init(|| atom::intern_str("then"))
}

impl Vm {
    /// Enqueues a job on this thread's queue.
    pub fn enqueue_job(&mut self, job: Job) {
        self.thread_local.jobs.push_back(job);
    }

    /// A new pending promise with `proto`.
    pub fn new_promise_with(&mut self, proto: Value) -> Value {
        self.new_object_with(
            proto,
            Class::Host(Box::new(PromiseHost {
                data: Mutex::new(PromiseData {
                    state: State::Pending,
                    result: Value::UNDEFINED,
                    fulfill: Vec::new(),
                    reject: Vec::new(),
                }),
            })),
        )
        .value()
    }

    /// A new pending intrinsic promise.
    pub fn new_promise(&mut self) -> Value {
        let p = self.realm().promise_proto;
        self.new_promise_with(p)
    }

    /// Fulfils or rejects a pending promise and enqueues its reactions.
    pub fn settle_promise(&mut self, p: Value, reject: bool, v: Value) {
        let Some(h) = promise_of(p) else { return };
        let reactions = {
            let mut d = crate::sync::lock(&h.data);
            if d.state != State::Pending {
                return;
            }
            d.state = if reject {
                State::Rejected
            } else {
                State::Fulfilled
            };
            d.result = v;
            let f = std::mem::take(&mut d.fulfill);
            let r = std::mem::take(&mut d.reject);
            if reject { r } else { f }
        };
        for reaction in reactions {
            self.enqueue_job(Job::Reaction { reaction, arg: v });
        }
    }

    /// The steps of a promise resolve function after its "already resolved" check.
    pub fn resolve_promise(&mut self, p: Value, resolution: Value) {
        if resolution == p {
            let e = self.type_error("Chaining cycle detected for promise");
            self.settle_promise(p, true, e);
            return;
        }
        if !resolution.is_object() {
            self.settle_promise(p, false, resolution);
            return;
        }
        self.roots.push(p);
        self.roots.push(resolution);
        let then = self.get(resolution, Key::Atom(then_atom()));
        self.roots.truncate(self.roots.len() - 2);
        match then {
            Err(e) => self.settle_promise(p, true, e),
            Ok(t) if self.is_callable(t) => self.enqueue_job(Job::Thenable {
                promise: p,
                thenable: resolution,
                then: t,
            }),
            Ok(_) => self.settle_promise(p, false, resolution),
        }
    }

    /// A pair of resolving functions for `p` (CreateResolvingFunctions).
    pub fn resolving_functions(&mut self, p: Value) -> (Value, Value) {
        let rec = self
            .new_object_with(
                Value::NULL,
                Class::Host(Box::new(ResolvingRecord {
                    promise: p,
                    done: AtomicBool::new(false),
                })),
            )
            .value();
        let res = data_fn(self, "", 1, resolve_fn, rec, Value::UNDEFINED);
        let rej = data_fn(self, "", 1, reject_fn, rec, Value::UNDEFINED);
        (res, rej)
    }

    /// PerformPromiseThen on a promise (`p` must be one).
    pub fn perform_then(
        &mut self,
        p: Value,
        on_fulfilled: Handler,
        on_rejected: Handler,
        cap: Option<Capability>,
    ) {
        let Some(h) = promise_of(p) else { return };
        let f = Reaction {
            cap,
            reject: false,
            handler: on_fulfilled,
        };
        let r = Reaction {
            cap,
            reject: true,
            handler: on_rejected,
        };
        let ready = {
            let mut d = crate::sync::lock(&h.data);
            match d.state {
                State::Pending => {
                    d.fulfill.push(f);
                    d.reject.push(r);
                    None
                }
                State::Fulfilled => Some((f, d.result)),
                State::Rejected => Some((r, d.result)),
            }
        };
        if let Some((reaction, arg)) = ready {
            self.enqueue_job(Job::Reaction { reaction, arg });
        }
    }

    /// Settles a capability with a completion (the end of a reaction job).
    pub fn settle_capability(&mut self, cap: &Capability, r: JsResult<Value>) -> JsResult<()> {
        if cap.resolve.is_undefined() {
            match r {
                Ok(v) => self.resolve_promise(cap.promise, v),
                Err(e) => self.settle_promise(cap.promise, true, e),
            }
            return Ok(());
        }
        let (f, v) = match r {
            Ok(v) => (cap.resolve, v),
            Err(e) => (cap.reject, e),
        };
        self.call_function(f, Value::UNDEFINED, &[v]).map(|_| ())
    }

    /// NewPromiseCapability(C). With `fns`, an intrinsic promise gets real resolving
    /// functions too (they are passed to user code).
    pub fn new_capability(&mut self, c: Value, fns: bool) -> JsResult<Capability> {
        let intrinsic = self.realm().promise_ctor;
        if c == intrinsic {
            let p = self.new_promise();
            if !fns {
                return Ok(Capability {
                    promise: p,
                    resolve: Value::UNDEFINED,
                    reject: Value::UNDEFINED,
                });
            }
            self.roots.push(p);
            let (resolve, reject) = self.resolving_functions(p);
            return Ok(Capability {
                promise: p,
                resolve,
                reject,
            });
        }
        if !self.is_constructor(c) {
            return Err(self.type_error("Promise capability: the constructor is not a constructor"));
        }
        let exec = data_fn(
            self,
            "",
            2,
            capability_executor,
            Value::UNDEFINED,
            Value::UNDEFINED,
        );
        self.roots.push(exec);
        let p = self.construct(c, &[exec], c)?;
        let [resolve, reject] = match exec.as_obj().map(|o| &o.get().class) {
            Some(Class::Native { data, .. }) => [
                Value::from_bits(data[0].load(Ordering::Acquire)),
                Value::from_bits(data[1].load(Ordering::Acquire)),
            ],
            _ => [Value::UNDEFINED; 2],
        };
        if !self.is_callable(resolve) || !self.is_callable(reject) {
            return Err(self.type_error("Promise resolve or reject function is not callable"));
        }
        Ok(Capability {
            promise: p,
            resolve,
            reject,
        })
    }

    /// PromiseResolve(C, x).
    pub fn promise_resolve(&mut self, c: Value, x: Value) -> JsResult<Value> {
        if promise_of(x).is_some() {
            let xc = self.get(x, Key::Atom(atom::CONSTRUCTOR))?;
            if xc == c {
                return Ok(x);
            }
        }
        let cap = self.new_capability(c, false)?;
        self.roots.push(cap.promise);
        self.roots.push(cap.resolve);
        self.settle_capability(&cap, Ok(x))?;
        Ok(cap.promise)
    }

    /// Invoke(p, "then", [f, r]).
    pub fn invoke_then(&mut self, p: Value, f: Value, r: Value) -> JsResult<Value> {
        self.invoke_then_with(p, &[f, r])
    }

    /// Invoke(p, "then", args).
    pub fn invoke_then_with(&mut self, p: Value, args: &[Value]) -> JsResult<Value> {
        let then = self.get(p, Key::Atom(then_atom()))?;
        self.call_function(then, p, args)
    }

    /// Runs one reaction job.
    pub(crate) fn run_reaction(&mut self, reaction: Reaction, arg: Value) {
        let r = match reaction.handler {
            Handler::Await(cont) => {
                let r = if reaction.reject { Err(arg) } else { Ok(arg) };
                self.resume_async(cont, r);
                return;
            }
            Handler::Default => {
                if reaction.reject {
                    Err(arg)
                } else {
                    Ok(arg)
                }
            }
            Handler::Js(h) => self.call_function(h, Value::UNDEFINED, &[arg]),
        };
        if let Some(cap) = reaction.cap {
            let _ = self.settle_capability(&cap, r);
        }
    }

    /// Runs one NewPromiseResolveThenableJob.
    pub(crate) fn run_thenable(&mut self, promise: Value, thenable: Value, then: Value) {
        let (res, rej) = self.resolving_functions(promise);
        self.roots.push(res);
        self.roots.push(rej);
        if let Err(e) = self.call_function(then, thenable, &[res, rej]) {
            let _ = self.call_function(rej, Value::UNDEFINED, &[e]);
        }
    }
}

fn record_of(vm: &Vm) -> Option<&'static ResolvingRecord> {
    host::<ResolvingRecord>(own_data(vm)[0])
}

fn resolve_fn(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if let Some(r) = record_of(vm)
        && !r.done.swap(true, Ordering::AcqRel)
    {
        vm.resolve_promise(r.promise, arg(args, 0));
    }
    Ok(Value::UNDEFINED)
}

fn reject_fn(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if let Some(r) = record_of(vm)
        && !r.done.swap(true, Ordering::AcqRel)
    {
        vm.settle_promise(r.promise, true, arg(args, 0));
    }
    Ok(Value::UNDEFINED)
}

/// GetCapabilitiesExecutor: records resolve and reject in its own data slots.
fn capability_executor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let [res, rej] = own_data(vm);
    if !res.is_undefined() || !rej.is_undefined() {
        return Err(vm.type_error("Promise executor has already been invoked"));
    }
    let me = vm.thread_local.callee.unwrap_or(Value::UNDEFINED);
    set_data(me, 0, arg(args, 0));
    set_data(me, 1, arg(args, 1));
    Ok(Value::UNDEFINED)
}

pub fn init(vm: &mut Vm) {
    let r = vm.realm().clone();
    let c = r.promise_ctor;
    let proto = r.promise_proto;
    if let Some(o) = c.as_obj() {
        let heap = &vm.rt.heap;
        o.define_named(heap, atom::LENGTH, Value::number(1.0), attr::CONFIGURABLE);
        let n = vm.str("Promise");
        o.define_named(&vm.rt.heap, atom::NAME, n, attr::CONFIGURABLE);
        o.define_named(&vm.rt.heap, atom::PROTOTYPE, proto, 0);
    }
    if let Some(p) = proto.as_obj() {
        p.define_named(&vm.rt.heap, atom::CONSTRUCTOR, c, attr::HIDDEN);
        let tag = vm.str("Promise");
        p.define_named(
            &vm.rt.heap,
            atom::SYM_TO_STRING_TAG,
            tag,
            attr::CONFIGURABLE,
        );
    }
    let g = r.global;
    value(vm, g, "Promise", c, attr::HIDDEN);
    init_async_function(vm);
    method(vm, proto, "then", 2, then);
    method(vm, proto, "catch", 1, catch);
    method(vm, proto, "finally", 1, finally);
    method(vm, c, "resolve", 1, resolve_static);
    method(vm, c, "reject", 1, reject_static);
    getter(vm, c, atom::SYM_SPECIES, "get [Symbol.species]", species);
    super::promise_statics::init(vm, c);
}

/// %AsyncFunction% (not a global: reached as `(async function () {}).constructor`) and
/// %AsyncFunction.prototype%.
fn init_async_function(vm: &mut Vm) {
    let r = vm.realm().clone();
    let c = vm.native_fn("AsyncFunction", 1, async_function_ctor, true);
    let function = vm
        .get(r.global, Key::Atom(atom::intern_str("Function")))
        .unwrap_or(Value::UNDEFINED);
    if function.is_object() {
        c.set_proto(function);
    }
    c.define_named(&vm.rt.heap, atom::PROTOTYPE, r.async_function_proto, 0);
    if let Some(p) = r.async_function_proto.as_obj() {
        p.define_named(
            &vm.rt.heap,
            atom::CONSTRUCTOR,
            c.value(),
            attr::CONFIGURABLE,
        );
        let tag = vm.str("AsyncFunction");
        p.define_named(
            &vm.rt.heap,
            atom::SYM_TO_STRING_TAG,
            tag,
            attr::CONFIGURABLE,
        );
    }
}

fn async_function_ctor(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(vm.type_error("the AsyncFunction constructor is not supported by the engine yet"))
}

/// `new Promise(executor)`.
pub fn promise_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(vm.type_error("Promise constructor cannot be invoked without 'new'"));
    }
    let executor = arg(args, 0);
    if !vm.is_callable(executor) {
        let d = vm.describe_callee(executor);
        return Err(vm.type_error(format!("Promise resolver {d} is not a function")));
    }
    let dflt = vm.realm().promise_proto;
    let proto = vm.proto_from_ctor(nt, dflt)?;
    let p = vm.new_promise_with(proto);
    vm.roots.push(p);
    let (res, rej) = vm.resolving_functions(p);
    vm.roots.push(res);
    vm.roots.push(rej);
    if let Err(e) = vm.call_function(executor, Value::UNDEFINED, &[res, rej]) {
        vm.call_function(rej, Value::UNDEFINED, &[e])?;
    }
    Ok(p)
}

/// SpeciesConstructor(o, %Promise%).
fn species_ctor(vm: &mut Vm, o: Value) -> JsResult<Value> {
    let dflt = vm.realm().promise_ctor;
    let c = vm.get(o, Key::Atom(atom::CONSTRUCTOR))?;
    if c.is_undefined() {
        return Ok(dflt);
    }
    if !c.is_object() {
        return Err(vm.type_error("The promise's constructor is not an object"));
    }
    let s = vm.get(c, Key::Atom(atom::SYM_SPECIES))?;
    if s.is_nullish() {
        return Ok(dflt);
    }
    if vm.is_constructor(s) {
        return Ok(s);
    }
    Err(vm.type_error("The promise's species is not a constructor"))
}

fn handler_of(vm: &Vm, v: Value) -> Handler {
    if vm.is_callable(v) {
        Handler::Js(v)
    } else {
        Handler::Default
    }
}

fn then(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if promise_of(this).is_none() {
        return Err(vm.type_error("Promise.prototype.then called on a non-promise"));
    }
    let c = species_ctor(vm, this)?;
    let cap = vm.new_capability(c, false)?;
    let (f, r) = (handler_of(vm, arg(args, 0)), handler_of(vm, arg(args, 1)));
    vm.perform_then(this, f, r, Some(cap));
    Ok(cap.promise)
}

fn catch(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    vm.invoke_then(this, Value::UNDEFINED, arg(args, 0))
}

fn finally(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(vm.type_error("Promise.prototype.finally called on a non-object"));
    }
    let c = species_ctor(vm, this)?;
    vm.roots.push(c);
    let on_finally = arg(args, 0);
    if !vm.is_callable(on_finally) {
        return vm.invoke_then(this, on_finally, on_finally);
    }
    let tf = data_fn(vm, "", 1, then_finally, on_finally, c);
    vm.roots.push(tf);
    let cf = data_fn(vm, "", 1, catch_finally, on_finally, c);
    vm.roots.push(cf);
    vm.invoke_then(this, tf, cf)
}

/// Calls onFinally, then waits for its result and passes on `v` (or rethrows it).
fn finally_step(vm: &mut Vm, v: Value, thrower: bool) -> JsResult<Value> {
    let [on_finally, c] = own_data(vm);
    vm.roots.push(on_finally);
    vm.roots.push(c);
    let result = vm.call_function(on_finally, Value::UNDEFINED, &[])?;
    let p = vm.promise_resolve(c, result)?;
    vm.roots.push(p);
    let f = if thrower {
        data_fn(vm, "", 0, thrower_fn, v, Value::UNDEFINED)
    } else {
        data_fn(vm, "", 0, value_thunk, v, Value::UNDEFINED)
    };
    vm.roots.push(f);
    // Invoke(p, "then", « valueThunk ») / « thrower »: one argument.
    vm.invoke_then_with(p, &[f])
}

fn then_finally(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    finally_step(vm, arg(args, 0), false)
}

fn catch_finally(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    finally_step(vm, arg(args, 0), true)
}

fn value_thunk(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(own_data(vm)[0])
}

fn thrower_fn(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(own_data(vm)[0])
}

fn resolve_static(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(vm.type_error("Promise.resolve called on a non-object"));
    }
    vm.promise_resolve(this, arg(args, 0))
}

fn reject_static(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let cap = vm.new_capability(this, false)?;
    vm.roots.push(cap.promise);
    vm.roots.push(cap.reject);
    vm.settle_capability(&cap, Err(arg(args, 0)))?;
    Ok(cap.promise)
}

fn species(_: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this)
}
