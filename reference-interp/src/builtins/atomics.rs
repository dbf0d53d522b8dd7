//! `Atomics` on ordinary properties (`spec/threads.md`, th.atomics): each operation is
//! one SeqCst step on an own data property (`[mm.event.sc-read]`, `[mm.event.sc-write]`,
//! `[mm.event.rmw]`, `[mm.event.cas]`).

use crate::builtins::arg;
use crate::interp::{Interp, JsResult};
use crate::object::{Obj, ObjectKind, Property};
use crate::ops::compare::same_value_zero;
use crate::threads::memory::{ReadKind, Stored};
use crate::threads::op::{Access, PendingOp, Target, Wait};
use crate::threads::runtime::Waiter;
use crate::value::{PropertyKey, Value};

type R<'a> = JsResult<'a, Value<'a>>;

/// Sync ids of the waiter lists of locations (apart from other runtime ids).
const WAITER_LIST: usize = usize::MAX / 4;

/// Installs the `Atomics` namespace object.
pub fn init(interp: &mut Interp<'_>) {
    let proto = interp.intrinsic("%Object.prototype%");
    let atomics = Obj::new(Some(proto), ObjectKind::Ordinary);
    interp.register_intrinsic("%Atomics%", &atomics);
    interp.define_method(&atomics, "load", 2, atomics_load);
    interp.define_method(&atomics, "store", 3, atomics_store);
    interp.define_method(&atomics, "add", 3, atomics_add);
    interp.define_method(&atomics, "sub", 3, atomics_sub);
    interp.define_method(&atomics, "and", 3, atomics_and);
    interp.define_method(&atomics, "or", 3, atomics_or);
    interp.define_method(&atomics, "xor", 3, atomics_xor);
    interp.define_method(&atomics, "exchange", 3, atomics_exchange);
    interp.define_method(&atomics, "compareExchange", 4, atomics_compare_exchange);
    interp.define_method(&atomics, "wait", 4, atomics_wait);
    interp.define_method(&atomics, "waitAsync", 4, atomics_wait_async);
    interp.define_method(&atomics, "notify", 3, atomics_notify);
    let tag = interp.well_known.to_string_tag.clone();
    interp.define_readonly(&atomics, PropertyKey::Symbol(tag), Value::str("Atomics"));
    let global = interp.global_object.clone();
    interp.define_data(&global, "Atomics", Value::Object(atomics));
}

/// The object and key of an Atomics call (th.atomics.common).
fn target<'a>(
    interp: &mut Interp<'a>,
    args: &[Value<'a>],
    name: &str,
) -> JsResult<'a, (Obj<'a>, PropertyKey)> {
    let Value::Object(o) = arg(args, 0) else {
        return Err(interp.type_error(format!(
            "Atomics.{name}: the first argument is not an object"
        )));
    };
    if matches!(o.borrow().kind, ObjectKind::String(_)) {
        return Err(interp.type_error(format!(
            "Atomics.{name}: String objects have no shared properties"
        )));
    }
    let key = interp.to_property_key(&arg(args, 1))?;
    interp.check_restriction(&o)?;
    Ok((o, key))
}

fn not_data<'a>(
    interp: &mut Interp<'a>,
    name: &str,
    key: &PropertyKey,
) -> crate::interp::Abrupt<'a> {
    interp.type_error(format!(
        "Atomics.{name}: '{}' is not an own data property",
        match key {
            PropertyKey::String(s) => s.to_rust_string(),
            PropertyKey::Symbol(_) => "a symbol".into(),
        }
    ))
}

fn announce<'a>(
    interp: &mut Interp<'a>,
    o: &Obj<'a>,
    key: &PropertyKey,
    write: bool,
) -> JsResult<'a, usize> {
    let loc = interp.property_location(o, key);
    let id = interp.object_identity(o);
    let access = if write { Access::Write } else { Access::Read };
    // An Atomics.load spinning on a location waits for a new write (th.explore.spin).
    let wait = if write {
        Wait::None
    } else {
        interp.spin_wait(loc, ReadKind::SeqCst as u8)
    };
    interp.announce(PendingOp {
        label: if write { "atomic" } else { "read (atomic)" },
        targets: vec![(Target::Slot(loc), access)],
        wait,
        // A store may add the property: the scheduler refreshes its Keys access.
        existence: write.then(|| crate::threads::op::Existence {
            object: id,
            key: key.clone(),
            deleting: false,
        }),
    })?;
    Ok(loc)
}

/// The value an SC read of the property reads (the latest state while alone).
fn sc_read<'a>(
    interp: &mut Interp<'a>,
    o: &Obj<'a>,
    key: &PropertyKey,
    loc: usize,
) -> Option<Property<'a>> {
    if interp.threaded() {
        match interp.read_location(loc, ReadKind::SeqCst) {
            Some(Stored::Prop(p)) => p,
            _ => None,
        }
    } else {
        o.borrow().properties.get(key).cloned()
    }
}

fn atomics_load<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (o, key) = target(interp, args, "load")?;
    let loc = announce(interp, &o, &key, false)?;
    match sc_read(interp, &o, &key, loc) {
        Some(Property::Data { value, .. }) => Ok(value),
        _ => {
            interp.tick()?;
            Err(not_data(interp, "load", &key))
        }
    }
}

/// Writes `v` as the property's new value (creating it when absent), as a SeqCst write.
fn write_value<'a>(o: &Obj<'a>, key: &PropertyKey, v: Value<'a>) {
    {
        let mut b = o.borrow_mut();
        match b.properties.get_mut(key) {
            Some(Property::Data { value, .. }) => *value = v,
            _ => {
                b.properties.insert(key.clone(), Property::data(v));
            }
        }
    }
}

fn atomics_store<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (o, key) = target(interp, args, "store")?;
    let v = arg(args, 2);
    announce(interp, &o, &key, true)?;
    let current = o.borrow().properties.get(&key).cloned();
    match current {
        Some(Property::Data { writable: true, .. }) => {}
        None if o.borrow().extensible => {}
        _ => return Err(not_data(interp, "store", &key)),
    }
    write_value(&o, &key, v.clone());
    interp.record_property_write(&o, &key, true);
    Ok(v)
}

/// A read-modify-write: `f(old)` gives the new value (or a TypeError message).
fn rmw<'a>(
    interp: &mut Interp<'a>,
    args: &[Value<'a>],
    name: &str,
    f: &dyn Fn(&Value<'a>) -> Result<Value<'a>, String>,
) -> R<'a> {
    let (o, key) = target(interp, args, name)?;
    let loc = announce(interp, &o, &key, true)?;
    let old = if interp.threaded() {
        let Some((stored, event)) = interp.rmw_location(loc) else {
            return interp.infeasible();
        };
        let old = match &stored {
            Stored::Prop(Some(Property::Data {
                value,
                writable: true,
                ..
            })) => Some(value.clone()),
            _ => None,
        };
        let new = old.as_ref().map(f);
        match (old, new) {
            (Some(old), Some(Ok(new))) => {
                write_value(&o, &key, new);
                let now = o.borrow().properties.get(&key).cloned();
                interp.rt.written.insert(event, Stored::Prop(now));
                return Ok(old);
            }
            (old, new) => {
                // The RMW reads but fails: it wrote back what it read.
                interp.rt.written.insert(event, stored);
                return match (old, new) {
                    (Some(_), Some(Err(msg))) => {
                        Err(interp.type_error(format!("Atomics.{name}: {msg}")))
                    }
                    _ => Err(not_data(interp, name, &key)),
                };
            }
        }
    } else {
        match o.borrow().properties.get(&key) {
            Some(Property::Data {
                value,
                writable: true,
                ..
            }) => Some(value.clone()),
            _ => None,
        }
    };
    let Some(old) = old else {
        return Err(not_data(interp, name, &key));
    };
    match f(&old) {
        Ok(new) => {
            write_value(&o, &key, new);
            Ok(old)
        }
        Err(msg) => Err(interp.type_error(format!("Atomics.{name}: {msg}"))),
    }
}

fn numbers<'a>(old: &Value<'a>, v: &Value<'a>) -> Result<(f64, f64), String> {
    match (old, v) {
        (Value::Number(a), Value::Number(b)) => Ok((*a, *b)),
        (Value::Number(_), _) => Err("the operand is not a number".into()),
        _ => Err("the property's value is not a number".into()),
    }
}

fn to_int32(x: f64) -> i32 {
    if !x.is_finite() {
        return 0;
    }
    let m = x.trunc().rem_euclid(4_294_967_296.0);
    (if m >= 2_147_483_648.0 {
        m - 4_294_967_296.0
    } else {
        m
    }) as i32
}

macro_rules! arith {
    ($fname:ident, $name:literal, $op:expr) => {
        fn $fname<'a>(
            interp: &mut Interp<'a>,
            _this: Value<'a>,
            args: &[Value<'a>],
            _nt: Option<Obj<'a>>,
        ) -> R<'a> {
            let v = arg(args, 2);
            rmw(interp, args, $name, &|old| {
                let (a, b) = numbers(old, &v)?;
                let op: fn(f64, f64) -> f64 = $op;
                Ok(Value::Number(op(a, b)))
            })
        }
    };
}

arith!(atomics_add, "add", |a, b| a + b);
arith!(atomics_sub, "sub", |a, b| a - b);
arith!(atomics_and, "and", |a, b| f64::from(
    to_int32(a) & to_int32(b)
));
arith!(atomics_or, "or", |a, b| f64::from(
    to_int32(a) | to_int32(b)
));
arith!(atomics_xor, "xor", |a, b| f64::from(
    to_int32(a) ^ to_int32(b)
));

fn atomics_exchange<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let v = arg(args, 2);
    rmw(interp, args, "exchange", &|_| Ok(v.clone()))
}

/// `Atomics.compareExchange` (th.atomics.compare-exchange): an RMW when the value read
/// is SameValueZero to `expected`, else a SeqCst read (`[mm.event.cas]`).
fn atomics_compare_exchange<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (o, key) = target(interp, args, "compareExchange")?;
    let expected = arg(args, 2);
    let replacement = arg(args, 3);
    let loc = announce(interp, &o, &key, true)?;
    let value_of = |s: Option<&Stored<'a>>| match s {
        Some(Stored::Prop(Some(Property::Data {
            value,
            writable: true,
            ..
        }))) => Some(value.clone()),
        _ => None,
    };
    if !interp.threaded() {
        let old = value_of(Some(&Stored::Prop(
            o.borrow().properties.get(&key).cloned(),
        )));
        let Some(old) = old else {
            return Err(not_data(interp, "compareExchange", &key));
        };
        if same_value_zero(&old, &expected) {
            write_value(&o, &key, replacement);
        }
        return Ok(old);
    }
    let me = interp.rt.current;
    let reads = interp.rt.graph.read_candidates(me, loc, true, false);
    let rmws = interp.rt.graph.read_candidates(me, loc, true, true);
    let mut options: Vec<(usize, bool)> = Vec::new();
    for w in reads {
        let matches =
            value_of(interp.rt.written.get(&w)).is_some_and(|v| same_value_zero(&v, &expected));
        if !matches {
            options.push((w, false));
        }
    }
    for w in rmws {
        let matches =
            value_of(interp.rt.written.get(&w)).is_some_and(|v| same_value_zero(&v, &expected));
        if matches {
            options.push((w, true));
        }
    }
    if options.is_empty() {
        return interp.infeasible();
    }
    let (w, success) = options[interp.choose(options.len())];
    let stored = interp.rt.written.get(&w).cloned();
    let Some(old) = value_of(stored.as_ref()) else {
        if interp.rt.graph.add_read(me, loc, true, w).is_err() {
            return interp.infeasible();
        }
        return Err(not_data(interp, "compareExchange", &key));
    };
    if success {
        let Ok(e) = interp.rt.graph.add_rmw(me, loc, w) else {
            return interp.infeasible();
        };
        write_value(&o, &key, replacement);
        let now = o.borrow().properties.get(&key).cloned();
        interp.rt.written.insert(e, Stored::Prop(now));
    } else if interp.rt.graph.add_read(me, loc, true, w).is_err() {
        return interp.infeasible();
    }
    Ok(old)
}

/// `Atomics.wait(o, k, expected, timeout)` (th.atomics.wait).
fn atomics_wait<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (o, key) = target(interp, args, "wait")?;
    let expected = arg(args, 2);
    let timeout = match arg(args, 3) {
        Value::Undefined => f64::INFINITY,
        t => interp.to_number(&t)?,
    };
    let loc = announce(interp, &o, &key, true)?;
    // The waiter list's critical section (ECMA-262 EnterCriticalSection) orders this
    // wait after every earlier notify of the location.
    if interp.threaded() {
        interp.sync_with(WAITER_LIST + loc);
    }
    let value = match sc_read(interp, &o, &key, loc) {
        Some(Property::Data { value, .. }) => value,
        _ => {
            interp.tick()?;
            return Err(not_data(interp, "wait", &key));
        }
    };
    if !same_value_zero(&value, &expected) {
        return Ok(Value::str("not-equal"));
    }
    let me = interp.rt.current;
    let w = interp.rt.waiters.len();
    interp.rt.waiters.push(Waiter {
        thread: me,
        notified: false,
        clock: Default::default(),
        may_time_out: timeout.is_finite(),
        condition: false,
    });
    interp.rt.atomics_waiters.entry(loc).or_default().push(w);
    interp.rt.active = true;
    interp.announce(PendingOp {
        label: "wake",
        targets: vec![(Target::Slot(loc), Access::Write)],
        wait: Wait::Notified(w),
        existence: None,
    })?;
    if interp.rt.waiters[w].notified {
        // [mm.relation.sw.notify]
        let clock = interp.rt.waiters[w].clock.clone();
        interp.rt.graph.acquire(me, &clock);
        Ok(Value::str("ok"))
    } else {
        if let Some(list) = interp.rt.atomics_waiters.get_mut(&loc) {
            list.retain(|&x| x != w);
        }
        Ok(Value::str("timed-out"))
    }
}

/// `Atomics.notify(o, k, count)` (th.atomics.notify): wakes the oldest waiters.
fn atomics_notify<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (o, key) = target(interp, args, "notify")?;
    let count = match arg(args, 2) {
        Value::Undefined => f64::INFINITY,
        c => interp.to_number(&c)?.max(0.0),
    };
    let loc = announce(interp, &o, &key, true)?;
    if interp.threaded() {
        interp.sync_with(WAITER_LIST + loc);
    }
    let me = interp.rt.current;
    let clock = interp.rt.graph.clock(me).clone();
    let list = interp.rt.atomics_waiters.entry(loc).or_default();
    let n = (list.len() as f64).min(count) as usize;
    let woken: Vec<usize> = list.drain(..n).collect();
    for w in &woken {
        interp.rt.waiters[*w].notified = true;
        interp.rt.waiters[*w].clock = clock.clone();
    }
    Ok(Value::from(woken.len()))
}

/// The `{ async, value }` result of `Atomics.waitAsync`: a fresh object (its creation
/// writes are Init writes, [th.memory.init]).
fn wait_async_result<'a>(interp: &mut Interp<'a>, is_async: bool, value: Value<'a>) -> Value<'a> {
    let o = interp.ordinary_object();
    {
        let mut b = o.borrow_mut();
        b.properties.insert(
            PropertyKey::from("async"),
            Property::data(Value::Bool(is_async)),
        );
        b.properties
            .insert(PropertyKey::from("value"), Property::data(value));
    }
    Value::Object(o)
}

/// `Atomics.waitAsync(o, k, expected, timeout)` (th.atomics.wait-async): reads and joins
/// the waiter list in one step; the calling thread's event loop settles the promise.
fn atomics_wait_async<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (o, key) = target(interp, args, "waitAsync")?;
    let expected = arg(args, 2);
    let timeout = match arg(args, 3) {
        Value::Undefined => f64::INFINITY,
        t => interp.to_number(&t)?,
    };
    let loc = announce(interp, &o, &key, true)?;
    // The waiter list's critical section, as for Atomics.wait (th.atomics.waiter-list).
    if interp.threaded() {
        interp.sync_with(WAITER_LIST + loc);
    }
    let value = match sc_read(interp, &o, &key, loc) {
        Some(Property::Data { value, .. }) => value,
        _ => {
            interp.tick()?;
            return Err(not_data(interp, "waitAsync", &key));
        }
    };
    if !same_value_zero(&value, &expected) {
        return Ok(wait_async_result(interp, false, Value::str("not-equal")));
    }
    if timeout <= 0.0 {
        return Ok(wait_async_result(interp, false, Value::str("timed-out")));
    }
    let me = interp.rt.current;
    let w = interp.rt.waiters.len();
    interp.rt.waiters.push(Waiter {
        thread: me,
        notified: false,
        clock: Default::default(),
        may_time_out: timeout.is_finite(),
        condition: false,
    });
    interp.rt.atomics_waiters.entry(loc).or_default().push(w);
    let p = interp.new_intrinsic_promise();
    let (resolve, _reject) = interp.create_resolving_functions(&p);
    interp
        .rt
        .me()
        .requests
        .push(crate::threads::runtime::AsyncRequest::WaitAsync {
            loc,
            waiter: w,
            resolve,
        });
    interp.rt.active = true;
    Ok(wait_async_result(interp, true, Value::Object(p)))
}
