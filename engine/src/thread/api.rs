//! The threads API on real OS threads (spec/threads.md): Thread, Lock, Condition,
//! ThreadLocal, Thread.restrict, and Atomics on ordinary properties.
//!
//! Every blocking wait parks first (publishing the thread's roots, R10), so a
//! collection never waits for a blocked thread.

use crate::builtins::{arg, constructor, getter, method, value};
use crate::object::Class;
use crate::object::class::HostData;
use crate::object::shape::attr;
use crate::sync::atomic::Ordering;
use crate::sync::{Arc, Condvar, Mutex};
use crate::thread::jobs::{Inbox, PendingOp};
use crate::thread::{ThreadRecord, deadlock};
use crate::value::Value;
use crate::vm::property::Key;
use crate::vm::{JsResult, ObjRef, Vm};

/// A `Thread` object's host data.
pub struct ThreadHost {
    pub record: Arc<ThreadRecord>,
}

impl HostData for ThreadHost {
    fn trace(&self, _: &mut dyn FnMut(Value)) {}
    fn tag(&self) -> &'static str {
        "Thread"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A `Lock`: the holding thread's id + 1 (0 = free).
pub struct LockHost {
    owner: Mutex<u32>,
    cv: Condvar,
    /// Async acquisitions waiting for the lock: (inbox, ticket). Changed only while
    /// `owner` is locked, so a release never misses one.
    asyncs: Mutex<Vec<(Arc<Inbox>, u64)>>,
}

impl LockHost {
    /// Does thread `id` hold the lock?
    pub fn held_by(&self, id: u32) -> bool {
        *crate::sync::lock(&self.owner) == id + 1
    }
}

impl HostData for LockHost {
    fn trace(&self, _: &mut dyn FnMut(Value)) {}
    fn tag(&self) -> &'static str {
        "Lock"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Waiters in arrival order; a notification releases specific waiters, so a thread
/// that starts waiting after a notify can never take a wake-up meant for another.
#[derive(Default)]
struct CondState {
    next_id: u64,
    queue: std::collections::VecDeque<u64>,
    released: std::collections::HashSet<u64>,
    /// Waiters of `asyncWait`: id -> (inbox, ticket).
    asyncs: std::collections::HashMap<u64, (Arc<Inbox>, u64)>,
}

impl CondState {
    /// Wakes waiter `id`: a synchronous waiter gets its ticket, an async one completes.
    fn wake(&mut self, id: u64) {
        match self.asyncs.remove(&id) {
            Some((inbox, ticket)) => {
                inbox.complete(ticket, Value::UNDEFINED);
            }
            None => {
                self.released.insert(id);
            }
        }
    }
}

impl CondHost {
    /// Joins the waiters as an `asyncWait`.
    pub fn add_async_waiter(&self, inbox: Arc<Inbox>, ticket: u64) {
        let mut st = crate::sync::lock(&self.state);
        let id = st.next_id;
        st.next_id += 1;
        st.queue.push_back(id);
        st.asyncs.insert(id, (inbox, ticket));
    }
}

/// A `Condition`: waiters and pending wake-up tickets.
pub struct CondHost {
    state: Mutex<CondState>,
    cv: Condvar,
}

impl HostData for CondHost {
    fn trace(&self, _: &mut dyn FnMut(Value)) {}
    fn tag(&self) -> &'static str {
        "Condition"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A `ThreadLocal`: a unique id keying each thread's value.
pub struct LocalHost {
    id: u64,
}

impl HostData for LocalHost {
    fn trace(&self, _: &mut dyn FnMut(Value)) {}
    fn tag(&self) -> &'static str {
        "ThreadLocal"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Process-wide (ids are unique across runtimes): std's even in the shuttle build.
static NEXT_LOCAL: crate::sync::global::atomic::AtomicU64 =
    crate::sync::global::atomic::AtomicU64::new(1);

pub(crate) fn host<T: 'static>(v: Value) -> Option<&'static T> {
    let o = v.as_obj()?.get();
    match &o.class {
        Class::Host(h) => h.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

pub fn init(vm: &mut Vm) {
    let r = vm.realm().clone();
    let t = constructor(vm, "Thread", 1, thread_ctor, r.thread_proto).value();
    method(vm, r.thread_proto, "join", 0, join);
    getter(vm, r.thread_proto, crate::atom::ID, "get id", thread_id);
    getter(
        vm,
        t,
        crate::atom::intern_str("current"),
        "get current",
        current,
    );
    method(vm, t, "restrict", 1, restrict);
    constructor(vm, "Lock", 0, lock_ctor, r.lock_proto);
    method(vm, r.lock_proto, "hold", 1, hold);
    constructor(vm, "Condition", 0, cond_ctor, r.condition_proto);
    method(vm, r.condition_proto, "wait", 1, cond_wait);
    method(vm, r.condition_proto, "notify", 0, notify);
    method(vm, r.condition_proto, "notifyAll", 0, notify_all);
    super::async_api::init(vm);
    constructor(vm, "ThreadLocal", 0, local_ctor, r.thread_local_proto);
    let get = vm.native_fn("get value", 0, local_get, false).value();
    let set = vm.native_fn("set value", 1, local_set, false).value();
    if let Some(p) = r.thread_local_proto.as_obj() {
        let _ = vm.define_accessor(
            p,
            Key::Atom(crate::atom::VALUE),
            Some(get),
            Some(set),
            attr::CONFIGURABLE,
        );
    }
    for (p, tag) in [
        (r.thread_proto, "Thread"),
        (r.lock_proto, "Lock"),
        (r.condition_proto, "Condition"),
        (r.thread_local_proto, "ThreadLocal"),
    ] {
        let s = vm.str(tag);
        if let Some(o) = p.as_obj() {
            o.define_named(
                &vm.rt.heap,
                crate::atom::SYM_TO_STRING_TAG,
                s,
                attr::CONFIGURABLE,
            );
        }
    }
    let atomics = vm.new_object().value();
    let g = vm.realm().global;
    value(vm, g, "Atomics", atomics, attr::HIDDEN);
    super::atomics::init(vm, atomics);
}

fn new_host(
    vm: &mut Vm,
    nt: Value,
    dflt: Value,
    name: &str,
    h: Box<dyn HostData>,
) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(vm.type_error(format!("Constructor {name} requires 'new'")));
    }
    let p = vm.proto_from_ctor(nt, dflt)?;
    Ok(vm.new_object_with(p, Class::Host(h)).value())
}

/// Blocks until `done()` holds, parked so that collections go on without this thread.
fn park_until<T>(vm: &mut Vm, m: &Mutex<T>, cv: &Condvar, mut done: impl FnMut(&mut T) -> bool) {
    {
        let mut g = crate::sync::lock(m);
        if done(&mut g) {
            return;
        }
    }
    let mut roots = Vec::new();
    vm.thread_roots(&mut roots);
    let ticket = vm.rt.sp.park(roots);
    {
        let mut g = crate::sync::lock(m);
        while !done(&mut g) {
            g = crate::sync::wait(cv, g);
        }
    }
    vm.rt.sp.unpark(ticket);
}

fn thread_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(vm.type_error("Constructor Thread requires 'new'"));
    }
    let f = arg(args, 0);
    if !vm.is_callable(f) {
        return Err(vm.type_error("Thread: the first argument is not a function"));
    }
    let live = crate::sync::lock(&vm.rt.threads.threads)
        .iter()
        .filter(|t| crate::sync::lock(&t.result).is_none())
        .count();
    if live + 1 >= vm.rt.options.max_threads {
        return Err(vm.range_error(format!(
            "too many threads (the limit is {})",
            vm.rt.options.max_threads
        )));
    }
    let id = vm.rt.next_thread_id.fetch_add(1, Ordering::Relaxed);
    let record = Arc::new(ThreadRecord::new(id));
    let dflt = vm.realm().thread_proto;
    let obj = new_host(
        vm,
        nt,
        dflt,
        "Thread",
        Box::new(ThreadHost {
            record: Arc::clone(&record),
        }),
    )?;
    record.object.store(obj.to_bits(), Ordering::Release);
    // The function and arguments stay rooted through the record until the new thread
    // has them in its registers.
    let mut start = vec![f];
    start.extend(args.iter().skip(1).copied());
    *crate::sync::lock(&record.start) = start;
    crate::sync::lock(&vm.rt.threads.threads).push(Arc::clone(&record));
    // Unfinished from now on, so that a parent joining it never looks deadlocked.
    vm.rt.threads.liveness.enter();
    let rt = Arc::clone(&vm.rt);
    let rec = Arc::clone(&record);
    let spawned = crate::sync::thread::Builder::new()
        .name(format!("weft-{id}"))
        .stack_size(256 << 20)
        .spawn(move || run_thread(rt, rec));
    if let Ok(h) = spawned {
        let mut hs = crate::sync::lock(&vm.rt.threads.os_threads);
        #[cfg(not(feature = "shuttle"))]
        {
            // Join (at once) the threads that have exited, so their stacks are freed.
            let (done, live): (Vec<_>, Vec<_>) = std::mem::take(&mut *hs)
                .into_iter()
                .partition(|h| h.is_finished());
            for d in done {
                let _ = d.join();
            }
            *hs = live;
        }
        hs.push(h);
    } else {
        *crate::sync::lock(&record.result) = Some(Err(
            vm.range_error("the operating system refused a new thread")
        ));
        vm.rt.threads.liveness.leave();
        return Err(vm.range_error("the operating system refused a new thread"));
    }
    Ok(obj)
}

fn run_thread(rt: Arc<crate::vm::Runtime>, rec: Arc<ThreadRecord>) {
    let mut vm = Vm::new(Arc::clone(&rt), rec.id);
    let start = std::mem::take(&mut *crate::sync::lock(&rec.start));
    vm.roots.extend(start.iter().copied());
    vm.thread_local.current = Some(Value::from_bits(rec.object.load(Ordering::Acquire)));
    // A thread blocked when the run deadlocks unwinds to here (None) and ends `blocked`.
    let r = deadlock::catch_deadlock(|| {
        let r = match start.split_first() {
            Some((f, args)) => vm.call_function(*f, Value::UNDEFINED, args),
            None => Ok(Value::UNDEFINED),
        };
        // The thread finishes after its jobs and pending async work ([th.thread.finish]).
        let (Ok(v) | Err(v)) = r;
        vm.roots.push(v);
        vm.throw_pos = None;
        vm.run_event_loop();
        r
    });
    if r.is_none() {
        vm.frames.clear();
        vm.regs.clear();
        vm.native_depth = 0;
        vm.thread_local.jobs.clear();
    }
    vm.drop_inbox();
    if rt.options.record_lines {
        let ending = match r {
            Some(Ok(v)) => {
                vm.roots.push(v);
                format!("=> {}", super::outcome::display(&mut vm, v))
            }
            Some(Err(e)) => {
                vm.roots.push(e);
                format!("!! {}", super::outcome::thrown(&mut vm, e))
            }
            None => "blocked".to_string(),
        };
        *crate::sync::lock(&rec.outcome) = (std::mem::take(&mut vm.lines), ending);
    }
    vm.roots.clear();
    vm.throw_pos = None;
    super::async_api::finish_record(&rec, r.unwrap_or(Ok(Value::UNDEFINED)));
    // After the result is visible, so a joiner counts as able to proceed.
    rt.threads.liveness.leave();
    drop(vm);
}

fn record_of(vm: &mut Vm, this: Value) -> JsResult<Arc<ThreadRecord>> {
    match host::<ThreadHost>(this) {
        Some(h) => Ok(Arc::clone(&h.record)),
        None => Err(vm.type_error("not a Thread")),
    }
}

fn join(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let rec = record_of(vm, this)?;
    if rec.id == vm.thread_id {
        return Err(vm.plain_error("a thread cannot join itself"));
    }
    deadlock::block_until(
        vm,
        "join",
        Arc::clone(&rec),
        |r| (&r.result, &r.done),
        |r| r.is_some(),
        |r| r.is_some(),
    );
    let r = *crate::sync::lock(&rec.result);
    match r {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(e),
        None => Ok(Value::UNDEFINED),
    }
}

fn thread_id(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let rec = record_of(vm, this)?;
    Ok(Value::number(f64::from(rec.id)))
}

/// This thread's Thread object (the main thread's is made on first use).
fn current(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if let Some(c) = vm.thread_local.current {
        return Ok(c);
    }
    let rec = Arc::new(ThreadRecord::new(vm.thread_id));
    let p = vm.realm().thread_proto;
    let obj = vm
        .new_object_with(
            p,
            Class::Host(Box::new(ThreadHost {
                record: Arc::clone(&rec),
            })),
        )
        .value();
    rec.object.store(obj.to_bits(), Ordering::Release);
    crate::sync::lock(&vm.rt.main_thread).replace(Arc::clone(&rec));
    vm.thread_local.current = Some(obj);
    Ok(obj)
}

fn restrict(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    let Some(obj) = o.as_obj() else {
        return Err(vm.type_error("Thread.restrict: the argument is not an object"));
    };
    vm.check_access(obj)?;
    let me = vm.thread_id + 1;
    if obj
        .owner
        .compare_exchange(0, me, Ordering::AcqRel, Ordering::Acquire)
        .is_err()
    {
        vm.check_access(obj)?;
    }
    Ok(o)
}

fn lock_ctor(vm: &mut Vm, _: Value, _: &[Value], nt: Value) -> JsResult<Value> {
    let d = vm.realm().lock_proto;
    new_host(
        vm,
        nt,
        d,
        "Lock",
        Box::new(LockHost {
            owner: Mutex::new(0),
            cv: Condvar::new(),
            asyncs: Mutex::new(Vec::new()),
        }),
    )
}

fn lock_of(vm: &mut Vm, v: Value) -> JsResult<&'static LockHost> {
    host::<LockHost>(v).ok_or_else(|| vm.type_error("not a Lock"))
}

fn acquire(vm: &mut Vm, l: &'static LockHost, what: &'static str) {
    let me = vm.thread_id + 1;
    deadlock::block_until(
        vm,
        what,
        l,
        |l| (&l.owner, &l.cv),
        |o| {
            if *o == 0 {
                *o = me;
                true
            } else {
                false
            }
        },
        |o| *o == 0,
    );
}

/// Releases the lock; every waiting async acquisition gets a job that tries again.
pub(crate) fn release(l: &LockHost) {
    let mut o = crate::sync::lock(&l.owner);
    *o = 0;
    for (inbox, ticket) in crate::sync::lock(&l.asyncs).drain(..) {
        inbox.complete(ticket, Value::UNDEFINED);
    }
    drop(o);
    l.cv.notify_all();
}

/// Acquires the lock for an async operation if it is free; else queues `op` to be
/// retried (as pending work of this thread) when the lock is released.
pub(crate) fn try_acquire_async(vm: &mut Vm, l: &LockHost, op: PendingOp) -> bool {
    let inbox = vm.inbox();
    let mut o = crate::sync::lock(&l.owner);
    if *o == 0 {
        *o = vm.thread_id + 1;
        return true;
    }
    let ticket = inbox.register(op);
    crate::sync::lock(&l.asyncs).push((inbox, ticket));
    false
}

fn hold(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let l = lock_of(vm, this)?;
    let f = arg(args, 0);
    if !vm.is_callable(f) {
        return Err(vm.type_error("Lock.prototype.hold: the argument is not a function"));
    }
    if *crate::sync::lock(&l.owner) == vm.thread_id + 1 {
        return Err(vm.plain_error("lock is already held by this thread"));
    }
    acquire(vm, l, "Lock.hold");
    // Released however the call ends — also when a deadlock unwinds through it, so a
    // later script on the same runtime finds the lock free.
    struct Held(&'static LockHost);
    impl Drop for Held {
        fn drop(&mut self) {
            release(self.0);
        }
    }
    let _held = Held(l);
    vm.call_function(f, Value::UNDEFINED, &[])
}

fn cond_ctor(vm: &mut Vm, _: Value, _: &[Value], nt: Value) -> JsResult<Value> {
    let d = vm.realm().condition_proto;
    new_host(
        vm,
        nt,
        d,
        "Condition",
        Box::new(CondHost {
            state: Mutex::new(CondState::default()),
            cv: Condvar::new(),
        }),
    )
}

fn cond_of(vm: &mut Vm, v: Value) -> JsResult<&'static CondHost> {
    host::<CondHost>(v).ok_or_else(|| vm.type_error("not a Condition"))
}

fn cond_wait(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let c = cond_of(vm, this)?;
    let Some(l) = host::<LockHost>(arg(args, 0)) else {
        return Err(vm.type_error("Condition.prototype.wait: the argument is not a Lock"));
    };
    if *crate::sync::lock(&l.owner) != vm.thread_id + 1 {
        return Err(vm.type_error("Condition.prototype.wait: the lock is not held by this thread"));
    }
    // Register as a waiter before releasing the lock: no lost wake-up.
    let id = {
        let mut st = crate::sync::lock(&c.state);
        let id = st.next_id;
        st.next_id += 1;
        st.queue.push_back(id);
        id
    };
    release(l);
    deadlock::block_until_or_cancel(
        vm,
        "Condition.wait",
        c,
        |c| (&c.state, &c.cv),
        |s| s.released.remove(&id),
        move |s| s.released.contains(&id),
        move |s| s.queue.retain(|x| *x != id),
    );
    acquire(vm, l, "Condition.wait (taking the lock back)");
    Ok(Value::UNDEFINED)
}

fn notify(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let c = cond_of(vm, this)?;
    let mut s = crate::sync::lock(&c.state);
    match s.queue.pop_front() {
        Some(id) => {
            s.wake(id);
            c.cv.notify_all();
            Ok(Value::number(1.0))
        }
        None => Ok(Value::number(0.0)),
    }
}

fn notify_all(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let c = cond_of(vm, this)?;
    let mut s = crate::sync::lock(&c.state);
    let n = s.queue.len();
    while let Some(id) = s.queue.pop_front() {
        s.wake(id);
    }
    c.cv.notify_all();
    Ok(Value::number(n as f64))
}

fn local_ctor(vm: &mut Vm, _: Value, _: &[Value], nt: Value) -> JsResult<Value> {
    let d = vm.realm().thread_local_proto;
    let id = NEXT_LOCAL.fetch_add(1, Ordering::Relaxed);
    new_host(vm, nt, d, "ThreadLocal", Box::new(LocalHost { id }))
}

fn local_get(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let Some(l) = host::<LocalHost>(this) else {
        return Err(vm.type_error("not a ThreadLocal"));
    };
    Ok(vm
        .thread_local
        .locals
        .get(&(l.id as usize))
        .copied()
        .unwrap_or(Value::UNDEFINED))
}

fn local_set(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let Some(l) = host::<LocalHost>(this) else {
        return Err(vm.type_error("not a ThreadLocal"));
    };
    vm.thread_local.locals.insert(l.id as usize, arg(args, 0));
    Ok(Value::UNDEFINED)
}

/// Waits until every thread other than the main one has finished (the end of a run).
pub fn wait_for_all(vm: &mut Vm) {
    loop {
        let pending: Vec<Arc<ThreadRecord>> = crate::sync::lock(&vm.rt.threads.threads)
            .iter()
            .filter(|t| crate::sync::lock(&t.result).is_none())
            .cloned()
            .collect();
        let Some(t) = pending.first() else { return };
        park_until(vm, &t.result, &t.done, |r| r.is_some());
    }
}

/// For `ObjRef` users: is this a Thread object?
pub fn is_thread(o: ObjRef) -> bool {
    host::<ThreadHost>(o.value()).is_some()
}
