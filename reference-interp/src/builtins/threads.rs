//! The threads API of `spec/threads.md`: `Thread`, `Lock`, `Condition`,
//! `ThreadLocal` and `ConcurrentAccessError`. (`Atomics` is in `atomics.rs`.)

use crate::builtins::arg;
use crate::builtins::promise::{field, record, set_field};
use crate::interp::{Abrupt, ErrorKind, Interp, JsResult};
use crate::object::{Obj, ObjectKind};
use crate::string::JsString;
use crate::threads::fiber::{self, THREAD_STACK};
use crate::threads::op::{Access, PendingOp, Target, Wait};
use crate::threads::runtime::{
    AsyncRequest, SPAWN_TARGET, SPURIOUS_TARGET, ThreadEnd, ThreadRecord, Waiter, thread_target,
};
use crate::value::Value;

type R<'a> = JsResult<'a, Value<'a>>;

/// Installs the threads API on the global object.
pub fn init(interp: &mut Interp<'_>) {
    let thread_proto = interp.new_prototype_object("%Thread.prototype%", ObjectKind::Ordinary);
    let thread = interp.define_global_constructor("Thread", 1, thread_constructor, &thread_proto);
    interp.define_method(&thread_proto, "join", 0, thread_join);
    interp.define_method(&thread_proto, "asyncJoin", 0, thread_async_join);
    interp.define_accessor(&thread_proto, "id", Some(thread_id), None);
    interp.define_accessor(&thread, "current", Some(thread_current), None);
    interp.define_method(&thread, "restrict", 1, thread_restrict);

    let lock_proto = interp.new_prototype_object("%Lock.prototype%", ObjectKind::Ordinary);
    interp.define_global_constructor("Lock", 0, lock_constructor, &lock_proto);
    interp.define_method(&lock_proto, "hold", 1, lock_hold);
    interp.define_method(&lock_proto, "asyncHold", 1, lock_async_hold);

    let cond_proto = interp.new_prototype_object("%Condition.prototype%", ObjectKind::Ordinary);
    interp.define_global_constructor("Condition", 0, condition_constructor, &cond_proto);
    interp.define_method(&cond_proto, "wait", 1, condition_wait);
    interp.define_method(&cond_proto, "asyncWait", 1, condition_async_wait);
    interp.define_method(&cond_proto, "notify", 0, condition_notify);
    interp.define_method(&cond_proto, "notifyAll", 0, condition_notify_all);

    let tl_proto = interp.new_prototype_object("%ThreadLocal.prototype%", ObjectKind::Ordinary);
    interp.define_global_constructor("ThreadLocal", 0, thread_local_constructor, &tl_proto);
    interp.define_accessor(
        &tl_proto,
        "value",
        Some(thread_local_get),
        Some(thread_local_set),
    );

    // ConcurrentAccessError: a NativeError-like constructor (th.error.concurrent-access).
    let error_proto = interp.intrinsic("%Error.prototype%");
    let cae_proto = Obj::new(Some(error_proto), ObjectKind::Ordinary);
    interp.register_intrinsic("%ConcurrentAccessError.prototype%", &cae_proto);
    interp.define_data(&cae_proto, "name", Value::str("ConcurrentAccessError"));
    interp.define_data(&cae_proto, "message", Value::str(""));
    let c = interp.define_global_constructor(
        "ConcurrentAccessError",
        1,
        concurrent_access_error_constructor,
        &cae_proto,
    );
    let error_ctor = interp.intrinsic("%Error%");
    c.borrow_mut().prototype = Some(error_ctor);
}

fn concurrent_access_error_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    nt: Option<Obj<'a>>,
) -> R<'a> {
    let proto = match nt {
        Some(nt) => {
            interp.get_prototype_from_constructor(&nt, "%ConcurrentAccessError.prototype%")?
        }
        None => interp.intrinsic("%ConcurrentAccessError.prototype%"),
    };
    let o = Obj::new(Some(proto), ObjectKind::Error);
    let msg = arg(args, 0);
    if !msg.is_undefined() {
        let s = interp.to_string(&msg)?;
        interp.define_data(&o, "message", Value::String(s));
    }
    Ok(Value::Object(o))
}

fn require_new<'a>(
    interp: &mut Interp<'a>,
    nt: &Option<Obj<'a>>,
    name: &str,
) -> JsResult<'a, Obj<'a>> {
    match nt {
        Some(nt) => Ok(nt.clone()),
        None => Err(interp.type_error(format!("Constructor {name} requires 'new'"))),
    }
}

/// `new Thread(fn, ...args)` (th.thread.create).
fn thread_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    nt: Option<Obj<'a>>,
) -> R<'a> {
    let nt = require_new(interp, &nt, "Thread")?;
    let f = arg(args, 0);
    if !matches!(&f, Value::Object(o) if o.is_callable()) {
        return Err(interp.type_error(format!("Thread: {} is not a function", interp.describe(&f))));
    }
    let live = interp.rt.threads.iter().filter(|t| t.end.is_none()).count();
    if live >= interp.rt.max_threads {
        return Err(interp.range_error(format!(
            "too many threads: at most {} may run at once",
            interp.rt.max_threads
        )));
    }
    let proto = interp.get_prototype_from_constructor(&nt, "%Thread.prototype%")?;
    interp.announce(PendingOp {
        label: "spawn",
        targets: vec![(Target::Sync(SPAWN_TARGET), Access::Write)],
        wait: Wait::None,
        existence: None,
    })?;
    let id = interp.rt.threads.len();
    let obj = Obj::new(Some(proto), ObjectKind::Thread(id));
    let parent = interp.rt.current;
    let path = {
        let p = &mut interp.rt.threads[parent];
        p.children += 1;
        format!("{}.{}", p.path, p.children - 1)
    };
    interp
        .rt
        .threads
        .push(ThreadRecord::new(Some(obj.clone()), path));
    let graph_thread = interp.rt.graph.add_thread(Some(parent));
    debug_assert_eq!(graph_thread, id);
    let rest: Vec<Value<'a>> = args.iter().skip(1).cloned().collect();
    // SAFETY: the fiber is stored in the thread table of `interp`, and `run_program`
    // drops every fiber before it returns, while `interp` is alive and in place.
    let fiber = unsafe {
        fiber::new_fiber(interp, THREAD_STACK, move |interp| {
            interp.run_thread_body(|interp| interp.call(&f, Value::Undefined, &rest));
        })
    };
    match fiber {
        Ok(fiber) => interp.rt.threads[id].fiber = Some(fiber),
        Err(e) => {
            interp.rt.threads[id].pending = None;
            interp.rt.threads[id].end = Some(ThreadEnd::Returned(Value::Undefined));
            return Err(interp.range_error(format!("cannot start a thread: {e}")));
        }
    }
    interp.rt.active = true;
    Ok(Value::Object(obj))
}

fn this_thread<'a>(interp: &mut Interp<'a>, this: &Value<'a>, what: &str) -> JsResult<'a, usize> {
    if let Value::Object(o) = this
        && let ObjectKind::Thread(id) = o.borrow().kind
    {
        return Ok(id);
    }
    Err(interp.type_error(format!("{what} called on an object that is not a Thread")))
}

/// `t.join()` (th.thread.join.blocks).
fn thread_join<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let t = this_thread(interp, &this, "Thread.prototype.join")?;
    let me = interp.rt.current;
    if t == me {
        return Err(interp.throw(ErrorKind::Error, "a thread cannot join itself"));
    }
    interp.announce(PendingOp {
        label: "join",
        targets: vec![(Target::Sync(thread_target(t)), Access::Read)],
        wait: Wait::ThreadDone(t),
        existence: None,
    })?;
    let clock = interp.rt.threads[t].end_clock.clone();
    interp.rt.graph.acquire(me, &clock);
    match interp.rt.threads[t].end.clone() {
        Some(ThreadEnd::Returned(v)) => Ok(v),
        Some(ThreadEnd::Threw(v)) => Err(Abrupt::Throw(v, interp.position)),
        None => interp.infeasible(),
    }
}

fn thread_id<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let t = this_thread(interp, &this, "Thread.prototype.id")?;
    Ok(Value::from(t))
}

/// `Thread.current` (th.thread.current): the same object every time in a thread.
fn thread_current<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let me = interp.rt.current;
    if let Some(o) = &interp.rt.threads[me].object {
        return Ok(Value::Object(o.clone()));
    }
    let proto = interp.intrinsic("%Thread.prototype%");
    let o = Obj::new(Some(proto), ObjectKind::Thread(me));
    interp.rt.threads[me].object = Some(o.clone());
    Ok(Value::Object(o))
}

/// `Thread.restrict(o)` (th.restrict).
fn thread_restrict<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Object(o) = arg(args, 0) else {
        return Err(interp.type_error("Thread.restrict: the argument is not an object"));
    };
    if interp.threaded() {
        interp.check_restriction(&o)?;
        let id = interp.object_identity(&o);
        interp.announce(PendingOp {
            label: "restrict",
            targets: vec![(Target::Keys(id), Access::Write)],
            wait: Wait::None,
            existence: None,
        })?;
    }
    interp.check_restriction(&o)?;
    o.borrow_mut().restricted_to = Some(interp.rt.current);
    Ok(Value::Object(o))
}

fn lock_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    nt: Option<Obj<'a>>,
) -> R<'a> {
    let nt = require_new(interp, &nt, "Lock")?;
    let proto = interp.get_prototype_from_constructor(&nt, "%Lock.prototype%")?;
    let id = interp.rt.locks.len();
    interp.rt.locks.push(Default::default());
    Ok(Value::Object(Obj::new(Some(proto), ObjectKind::Lock(id))))
}

fn this_lock<'a>(
    interp: &mut Interp<'a>,
    v: &Value<'a>,
    what: &str,
) -> JsResult<'a, (usize, usize)> {
    if let Value::Object(o) = v {
        let id = match o.borrow().kind {
            ObjectKind::Lock(id) => Some(id),
            _ => None,
        };
        if let Some(id) = id {
            let sync = interp.object_identity(o);
            return Ok((id, sync));
        }
    }
    Err(interp.type_error(format!("{what}: not a Lock")))
}

/// Acquires lock `l` for the running thread, blocking while another holds it
/// (`[mm.event.lock-acquire]`, `[mm.relation.sw.lock]`).
fn acquire<'a>(interp: &mut Interp<'a>, l: usize, sync: usize) -> JsResult<'a, ()> {
    interp.announce(PendingOp {
        label: "acquire",
        targets: vec![(Target::Sync(sync), Access::Write)],
        wait: Wait::LockFree(l),
        existence: None,
    })?;
    if interp.rt.locks[l].holder.is_some() {
        // Only possible while the main thread is alone: it holds the lock itself.
        return interp.infeasible();
    }
    let me = interp.rt.current;
    interp.rt.locks[l].holder = Some(me);
    let released = interp.rt.locks[l].released.clone();
    interp.rt.graph.acquire(me, &released);
    Ok(())
}

/// Releases lock `l` (`[mm.event.lock-release]`).
fn release<'a>(interp: &mut Interp<'a>, l: usize, sync: usize) -> JsResult<'a, ()> {
    interp.announce(PendingOp {
        label: "release",
        targets: vec![(Target::Sync(sync), Access::Write)],
        wait: Wait::None,
        existence: None,
    })?;
    let me = interp.rt.current;
    interp.rt.locks[l].holder = None;
    interp.rt.locks[l].released = interp.rt.graph.clock(me).clone();
    Ok(())
}

/// `lock.hold(fn)` (th.lock.hold).
fn lock_hold<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (l, sync) = this_lock(interp, &this, "Lock.prototype.hold")?;
    let f = arg(args, 0);
    if !matches!(&f, Value::Object(o) if o.is_callable()) {
        return Err(interp.type_error(format!(
            "Lock.prototype.hold: {} is not a function",
            interp.describe(&f)
        )));
    }
    if interp.rt.locks[l].holder == Some(interp.rt.current) {
        return Err(interp.throw(ErrorKind::Error, "lock is already held by this thread"));
    }
    acquire(interp, l, sync)?;
    let r = interp.call(&f, Value::Undefined, &[]);
    if matches!(r, Err(Abrupt::Terminate(_))) {
        return r;
    }
    release(interp, l, sync)?;
    r
}

fn condition_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    nt: Option<Obj<'a>>,
) -> R<'a> {
    let nt = require_new(interp, &nt, "Condition")?;
    let proto = interp.get_prototype_from_constructor(&nt, "%Condition.prototype%")?;
    let id = interp.rt.conditions.len();
    interp.rt.conditions.push(Vec::new());
    Ok(Value::Object(Obj::new(
        Some(proto),
        ObjectKind::Condition(id),
    )))
}

fn this_condition<'a>(
    interp: &mut Interp<'a>,
    v: &Value<'a>,
    what: &str,
) -> JsResult<'a, (usize, usize)> {
    if let Value::Object(o) = v {
        let id = match o.borrow().kind {
            ObjectKind::Condition(id) => Some(id),
            _ => None,
        };
        if let Some(id) = id {
            let sync = interp.object_identity(o);
            return Ok((id, sync));
        }
    }
    Err(interp.type_error(format!("{what}: not a Condition")))
}

/// The first step of `wait` and `asyncWait` (th.condition.wait): the lock must be a
/// Lock held by this thread; releases it and joins the condition's waiters. Returns the
/// condition, the lock, the lock's Sync id and the waiter record.
fn release_into_waiters<'a>(
    interp: &mut Interp<'a>,
    this: &Value<'a>,
    args: &[Value<'a>],
    method: &str,
) -> JsResult<'a, (usize, usize, usize, usize, usize)> {
    let (c, csync) = this_condition(interp, this, method)?;
    let lock = arg(args, 0);
    let held = match &lock {
        Value::Object(o) => match o.borrow().kind {
            ObjectKind::Lock(l) => Some(l),
            _ => None,
        },
        _ => None,
    };
    let me = interp.rt.current;
    let Some(l) = held.filter(|&l| interp.rt.locks[l].holder == Some(me)) else {
        return Err(interp.type_error(format!(
            "{method}: the lock must be a Lock held by this thread"
        )));
    };
    let (_, lsync) = this_lock(interp, &lock, method)?;
    interp.announce(PendingOp {
        label: "wait",
        targets: vec![
            (Target::Sync(csync), Access::Write),
            (Target::Sync(lsync), Access::Write),
        ],
        wait: Wait::None,
        existence: None,
    })?;
    interp.rt.locks[l].holder = None;
    interp.rt.locks[l].released = interp.rt.graph.clock(me).clone();
    let w = interp.rt.waiters.len();
    interp.rt.waiters.push(Waiter {
        thread: me,
        notified: false,
        clock: Default::default(),
        may_time_out: false,
        condition: true,
    });
    interp.rt.conditions[c].push(w);
    Ok((c, csync, l, lsync, w))
}

/// `cond.wait(lock)` (th.condition.wait): release, sleep until notified, reacquire.
fn condition_wait<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (c, csync, l, lsync, w) =
        release_into_waiters(interp, &this, args, "Condition.prototype.wait")?;
    // Alone, nobody can notify: the thread sleeps forever (a deadlock).
    interp.rt.active = true;
    interp.announce(PendingOp {
        label: "wake",
        // Spurious wake-ups share one budget: they are dependent with each other.
        targets: vec![
            (Target::Sync(csync), Access::Write),
            (Target::Sync(SPURIOUS_TARGET), Access::Write),
        ],
        wait: Wait::Notified(w),
        existence: None,
    })?;
    if !interp.rt.waiters[w].notified {
        // A spurious wake-up (th.condition.spurious): it leaves the waiters.
        interp.rt.spurious_left = interp.rt.spurious_left.saturating_sub(1);
        interp.rt.conditions[c].retain(|&x| x != w);
    }
    acquire(interp, l, lsync)?;
    Ok(Value::Undefined)
}

fn notify<'a>(interp: &mut Interp<'a>, this: Value<'a>, all: bool) -> R<'a> {
    let (c, csync) = this_condition(interp, &this, "Condition.prototype.notify")?;
    interp.announce(PendingOp {
        label: "notify",
        targets: vec![(Target::Sync(csync), Access::Write)],
        wait: Wait::None,
        existence: None,
    })?;
    let n = interp.rt.conditions[c].len();
    if n == 0 {
        return Ok(Value::from(0));
    }
    let woken: Vec<usize> = if all {
        std::mem::take(&mut interp.rt.conditions[c])
    } else {
        // Which waiter wakes is not specified (th.condition.notify): every choice.
        let i = interp.choose(n);
        vec![interp.rt.conditions[c].remove(i)]
    };
    for &w in &woken {
        interp.rt.waiters[w].notified = true;
    }
    Ok(Value::from(woken.len()))
}

fn condition_notify<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    notify(interp, this, false)
}

fn condition_notify_all<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    notify(interp, this, true)
}

fn thread_local_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    nt: Option<Obj<'a>>,
) -> R<'a> {
    let nt = require_new(interp, &nt, "ThreadLocal")?;
    let proto = interp.get_prototype_from_constructor(&nt, "%ThreadLocal.prototype%")?;
    let id = interp.rt.fresh_id();
    Ok(Value::Object(Obj::new(
        Some(proto),
        ObjectKind::ThreadLocal(id),
    )))
}

fn this_thread_local<'a>(interp: &mut Interp<'a>, v: &Value<'a>) -> JsResult<'a, usize> {
    if let Value::Object(o) = v
        && let ObjectKind::ThreadLocal(id) = o.borrow().kind
    {
        return Ok(id);
    }
    Err(interp.type_error("ThreadLocal.prototype.value: not a ThreadLocal"))
}

fn thread_local_get<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let id = this_thread_local(interp, &this)?;
    Ok(interp
        .rt
        .me()
        .locals
        .get(&id)
        .cloned()
        .unwrap_or(Value::Undefined))
}

fn thread_local_set<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let id = this_thread_local(interp, &this)?;
    let v = arg(args, 0);
    interp.rt.me().locals.insert(id, v);
    Ok(Value::Undefined)
}

/// A new %Promise% with its resolving functions, for the asynchronous operations.
fn new_promise<'a>(interp: &mut Interp<'a>) -> (Obj<'a>, Obj<'a>, Obj<'a>) {
    let p = interp.new_intrinsic_promise();
    let (resolve, reject) = interp.create_resolving_functions(&p);
    (p, resolve, reject)
}

/// `t.asyncJoin()` (th.thread.async-join): settled by the calling thread's event loop
/// once `t` finished.
fn thread_async_join<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let t = this_thread(interp, &this, "Thread.prototype.asyncJoin")?;
    let (p, resolve, reject) = new_promise(interp);
    if t == interp.rt.current {
        // th.thread.async-join.self: rejected, not thrown.
        let e = interp.create_error(ErrorKind::Error, "a thread cannot join itself");
        interp.reject_promise(&p, Value::Object(e));
        return Ok(Value::Object(p));
    }
    interp.rt.me().requests.push(AsyncRequest::Join {
        thread: t,
        resolve,
        reject,
    });
    Ok(Value::Object(p))
}

/// `lock.asyncHold(fn)` (th.lock.async-hold): the calling thread's event loop acquires
/// the lock once it is free.
fn lock_async_hold<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (l, sync) = this_lock(interp, &this, "Lock.prototype.asyncHold")?;
    let f = arg(args, 0);
    let f = match &f {
        Value::Undefined => None,
        Value::Object(o) if o.is_callable() => Some(f),
        _ => {
            return Err(interp.type_error(format!(
                "Lock.prototype.asyncHold: {} is not a function",
                interp.describe(&f)
            )));
        }
    };
    let (p, resolve, reject) = new_promise(interp);
    interp.rt.me().requests.push(AsyncRequest::Hold {
        lock: l,
        sync,
        f,
        resolve,
        reject,
    });
    // Waiting for a lock this thread holds can only end in a deadlock when it is alone.
    interp.rt.active = true;
    Ok(Value::Object(p))
}

/// The release function of `lock.asyncHold()` (th.lock.async-hold.release-fn).
fn release_function<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let caps = interp.native_captures();
    let (Some(Value::Number(l)), Some(Value::Number(sync)), Some(Value::Object(flag))) =
        (caps.first(), caps.get(1), caps.get(2))
    else {
        return Ok(Value::Undefined);
    };
    if matches!(field(flag, "released"), Value::Bool(true)) {
        return Err(interp.throw(ErrorKind::Error, "lock already released"));
    }
    set_field(flag, "released", Value::Bool(true));
    release(interp, *l as usize, *sync as usize)?;
    Ok(Value::Undefined)
}

/// `cond.asyncWait(lock)` (th.condition.async-wait): releases the lock and joins the
/// waiters in one step; the event loop re-acquires the lock once notified.
fn condition_async_wait<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (c, csync, l, lsync, w) =
        release_into_waiters(interp, &this, args, "Condition.prototype.asyncWait")?;
    let (p, resolve, _reject) = new_promise(interp);
    interp.rt.me().requests.push(AsyncRequest::CondWait {
        waiter: w,
        cond: c,
        cond_sync: csync,
        lock: l,
        lock_sync: lsync,
        resolve,
    });
    interp.rt.active = true;
    Ok(Value::Object(p))
}

/// Takes lock `l` for the running thread in the event loop's step that found it free.
fn take_lock<'a>(interp: &mut Interp<'a>, l: usize) {
    let me = interp.rt.current;
    interp.rt.locks[l].holder = Some(me);
    let released = interp.rt.locks[l].released.clone();
    interp.rt.graph.acquire(me, &released);
}

/// Completes a ready asyncHold / asyncWait / waitAsync request, in the calling
/// thread's event loop (th.jobs.async-settle).
pub fn complete_async_request<'a>(
    interp: &mut Interp<'a>,
    r: AsyncRequest<'a>,
) -> JsResult<'a, ()> {
    let call = |interp: &mut Interp<'a>, f: Obj<'a>, v: Value<'a>| {
        interp
            .call(&Value::Object(f), Value::Undefined, &[v])
            .map(|_| ())
    };
    match r {
        AsyncRequest::Join { .. } => Ok(()),
        AsyncRequest::Hold {
            lock,
            sync,
            f,
            resolve,
            reject,
        } => {
            take_lock(interp, lock);
            let Some(f) = f else {
                let flag = record();
                let release = interp.create_builtin_function_with_captures(
                    JsString::from("release"),
                    0,
                    release_function,
                    false,
                    vec![Value::from(lock), Value::from(sync), Value::Object(flag)],
                );
                return call(interp, resolve, Value::Object(release));
            };
            let r = interp.call(&f, Value::Undefined, &[]);
            if matches!(r, Err(Abrupt::Terminate(_))) {
                return r.map(|_| ());
            }
            release(interp, lock, sync)?;
            match r {
                Ok(v) => call(interp, resolve, v),
                Err(Abrupt::Throw(e, _)) => call(interp, reject, e),
                Err(t) => Err(t),
            }
        }
        AsyncRequest::CondWait {
            waiter,
            cond,
            lock,
            resolve,
            ..
        } => {
            if !interp.rt.waiters[waiter].notified {
                // A spurious wake-up (th.condition.spurious): it leaves the waiters.
                interp.rt.spurious_left = interp.rt.spurious_left.saturating_sub(1);
                interp.rt.conditions[cond].retain(|&x| x != waiter);
            }
            take_lock(interp, lock);
            call(interp, resolve, Value::Undefined)
        }
        AsyncRequest::WaitAsync {
            loc,
            waiter,
            resolve,
        } => {
            let me = interp.rt.current;
            if interp.rt.waiters[waiter].notified {
                // [mm.relation.sw.notify]
                let clock = interp.rt.waiters[waiter].clock.clone();
                interp.rt.graph.acquire(me, &clock);
                call(interp, resolve, Value::str("ok"))
            } else {
                if let Some(list) = interp.rt.atomics_waiters.get_mut(&loc) {
                    list.retain(|&x| x != waiter);
                }
                call(interp, resolve, Value::str("timed-out"))
            }
        }
    }
}
