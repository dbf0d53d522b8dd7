//! Atomics on ordinary properties (spec/threads.md): each operation is one SeqCst step
//! on the word of an own data property ([mm.mapping.x86-64]: loads are plain `mov`s,
//! stores and read-modify-writes are locked instructions).

use crate::builtins::{arg, method};
use crate::object::shape::attr;
use crate::sync::atomic::{AtomicU64, Ordering};
use crate::value::Value;
use crate::vm::ops::{f64_to_int32, same_value_zero};
use crate::vm::property::Key;
use crate::vm::{JsResult, ObjRef, Vm};

pub fn init(vm: &mut Vm, atomics: Value) {
    method(vm, atomics, "load", 2, load);
    method(vm, atomics, "store", 3, store);
    method(vm, atomics, "add", 3, add);
    method(vm, atomics, "sub", 3, sub);
    method(vm, atomics, "and", 3, and);
    method(vm, atomics, "or", 3, or);
    method(vm, atomics, "xor", 3, xor);
    method(vm, atomics, "exchange", 3, exchange);
    method(vm, atomics, "compareExchange", 4, compare_exchange);
    method(vm, atomics, "wait", 4, wait);
    method(vm, atomics, "waitAsync", 4, wait_async);
    method(vm, atomics, "notify", 3, notify);
    let tag = vm.str("Atomics");
    if let Some(o) = atomics.as_obj() {
        o.define_named(
            &vm.rt.heap,
            crate::atom::SYM_TO_STRING_TAG,
            tag,
            attr::CONFIGURABLE,
        );
    }
}

/// The object and key of an Atomics call.
fn target(vm: &mut Vm, args: &[Value]) -> JsResult<(ObjRef, Key)> {
    let Some(o) = arg(args, 0).as_obj() else {
        return Err(vm.type_error("Atomics: the first argument is not an object"));
    };
    let k = vm.to_property_key(arg(args, 1))?;
    vm.check_access(o)?;
    Ok((o, k))
}

/// The word of an own data property (writable when `write`).
fn word(vm: &mut Vm, o: ObjRef, k: Key, write: bool) -> JsResult<&'static AtomicU64> {
    let obj = o.get();
    if let Key::Index(i) = k
        && let Some(e) = &obj.elements
        && i < e.len.load(Ordering::Acquire)
        && let Some(w) = e.words.get(i as usize)
        && !Value::from_bits(w.load(Ordering::SeqCst)).is_hole()
    {
        return Ok(w);
    }
    let atom = k.atom();
    match obj.find(atom) {
        Some(p) if p.attrs & attr::ACCESSOR != 0 => {
            Err(vm.type_error("Atomics: the property is an accessor"))
        }
        Some(p) if write && p.attrs & attr::WRITABLE == 0 => {
            Err(vm.type_error("Atomics: the property is not writable"))
        }
        Some(p) => obj
            .slot_word(p.slot)
            .ok_or_else(|| vm.type_error("Atomics: the property has no storage")),
        None => {
            let n = vm.key_display(k);
            Err(vm.type_error(format!("Atomics: '{n}' is not an own data property")))
        }
    }
}

fn load(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, k) = target(vm, args)?;
    if o.is_array() && k == Key::Atom(crate::atom::LENGTH) {
        // An array's length is an own data property held in its own atomic word.
        return Ok(Value::number(f64::from(o.array_len())));
    }
    let w = word(vm, o, k, false)?;
    Ok(Value::from_bits(w.load(Ordering::SeqCst)))
}

fn store(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, k) = target(vm, args)?;
    let v = arg(args, 2);
    if vm.get_own(o, k).is_none() {
        if !o.is_extensible() {
            return Err(vm.type_error("Atomics.store: the object is not extensible"));
        }
        vm.define_value(o, k, v, attr::DEFAULT)?;
    }
    let w = word(vm, o, k, true)?;
    w.swap(v.to_bits(), Ordering::SeqCst);
    Ok(v)
}

/// A read-modify-write with `f(old) -> new` (Err for a type error).
fn rmw(vm: &mut Vm, args: &[Value], f: impl Fn(Value, Value) -> Option<Value>) -> JsResult<Value> {
    let (o, k) = target(vm, args)?;
    let v = arg(args, 2);
    let w = word(vm, o, k, true)?;
    let mut old = w.load(Ordering::SeqCst);
    loop {
        let Some(new) = f(Value::from_bits(old), v) else {
            return Err(
                vm.type_error("Atomics: the property value and the operand must be numbers")
            );
        };
        match w.compare_exchange(old, new.to_bits(), Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => return Ok(Value::from_bits(old)),
            Err(cur) => old = cur,
        }
    }
}

fn num2(a: Value, b: Value) -> Option<(f64, f64)> {
    Some((a.as_number()?, b.as_number()?))
}

fn add(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    rmw(vm, args, |a, b| {
        num2(a, b).map(|(x, y)| Value::number(x + y))
    })
}
fn sub(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    rmw(vm, args, |a, b| {
        num2(a, b).map(|(x, y)| Value::number(x - y))
    })
}
fn and(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    rmw(vm, args, |a, b| {
        num2(a, b).map(|(x, y)| Value::number(f64::from(f64_to_int32(x) & f64_to_int32(y))))
    })
}
fn or(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    rmw(vm, args, |a, b| {
        num2(a, b).map(|(x, y)| Value::number(f64::from(f64_to_int32(x) | f64_to_int32(y))))
    })
}
fn xor(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    rmw(vm, args, |a, b| {
        num2(a, b).map(|(x, y)| Value::number(f64::from(f64_to_int32(x) ^ f64_to_int32(y))))
    })
}
fn exchange(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    rmw(vm, args, |_, b| Some(b))
}

fn compare_exchange(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, k) = target(vm, args)?;
    let expected = arg(args, 2);
    let replacement = arg(args, 3);
    let w = word(vm, o, k, true)?;
    let mut old = w.load(Ordering::SeqCst);
    loop {
        if !same_value_zero(Value::from_bits(old), expected) {
            // A failed compareExchange is a SeqCst read; make it a locked one too.
            match w.compare_exchange(old, old, Ordering::SeqCst, Ordering::SeqCst) {
                Ok(_) => return Ok(Value::from_bits(old)),
                Err(cur) => {
                    old = cur;
                    continue;
                }
            }
        }
        match w.compare_exchange(
            old,
            replacement.to_bits(),
            Ordering::SeqCst,
            Ordering::SeqCst,
        ) {
            Ok(_) => return Ok(Value::from_bits(old)),
            Err(cur) => old = cur,
        }
    }
}

/// Waiter lists of `Atomics.wait`, keyed by (object address, key), in arrival order.
#[derive(Default)]
pub struct Waiters {
    state: crate::sync::Mutex<WaitState>,
    cv: crate::sync::Condvar,
}

#[derive(Default)]
struct WaitState {
    next_id: u64,
    lists: std::collections::HashMap<(usize, Key), std::collections::VecDeque<u64>>,
    released: std::collections::HashSet<u64>,
    /// Waiters of `waitAsync`: id -> (inbox, ticket).
    asyncs: std::collections::HashMap<u64, (crate::sync::Arc<crate::thread::jobs::Inbox>, u64)>,
}

/// Removes a timed-out `waitAsync` waiter from its list; false if a notify took it.
pub fn remove_waiter(rt: &crate::vm::Runtime, key: (usize, Key), id: u64) -> bool {
    let mut st = crate::sync::lock(&rt.waiters.state);
    let Some(l) = st.lists.get_mut(&key) else {
        return false;
    };
    let before = l.len();
    l.retain(|x| *x != id);
    let removed = l.len() != before;
    if removed {
        st.asyncs.remove(&id);
    }
    removed
}

/// The timeout argument of wait/waitAsync in milliseconds (+Infinity when absent).
fn timeout_of(vm: &mut Vm, t: Value) -> JsResult<f64> {
    if t.is_undefined() {
        return Ok(f64::INFINITY);
    }
    let n = vm.to_number(t)?;
    Ok(if n.is_nan() {
        f64::INFINITY
    } else {
        n.max(0.0)
    })
}

/// `Atomics.waitAsync(o, k, expected, timeout)` ([th.atomics.wait-async]).
fn wait_async(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, k) = target(vm, args)?;
    let expected = arg(args, 2);
    let timeout = timeout_of(vm, arg(args, 3))?;
    let w = word(vm, o, k, false)?;
    let rt = crate::sync::Arc::clone(&vm.rt);
    let inbox = vm.inbox();
    let p = vm.new_promise();
    vm.roots.push(p);
    let key = (o.value().to_bits() as usize, k);
    let sync_value = {
        // The read and the joining of the list are one critical section.
        let mut st = crate::sync::lock(&rt.waiters.state);
        if !same_value_zero(Value::from_bits(w.load(Ordering::SeqCst)), expected) {
            Some("not-equal")
        } else if timeout == 0.0 {
            Some("timed-out")
        } else {
            let id = st.next_id;
            st.next_id += 1;
            st.lists.entry(key).or_default().push_back(id);
            let ticket = inbox.register(crate::thread::jobs::PendingOp {
                kind: crate::thread::jobs::WaitKind::Atomics,
                vals: [p, Value::UNDEFINED, Value::UNDEFINED],
            });
            if timeout.is_finite() {
                let d = std::time::Instant::now()
                    + std::time::Duration::from_secs_f64((timeout / 1000.0).min(1e9));
                inbox.add_timer(d, ticket, id, key);
            }
            st.asyncs.insert(id, (inbox, ticket));
            None
        }
    };
    let r = vm.new_object();
    vm.roots.push(r.value());
    let (is_async, v) = match sync_value {
        Some(s) => (false, vm.str(s)),
        None => (true, p),
    };
    vm.define_value(
        r,
        Key::Atom(crate::atom::ASYNC),
        Value::bool(is_async),
        attr::DEFAULT,
    )?;
    vm.define_value(r, Key::Atom(crate::atom::VALUE), v, attr::DEFAULT)?;
    Ok(r.value())
}

fn wait(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (o, k) = target(vm, args)?;
    let expected = arg(args, 2);
    let t = arg(args, 3);
    let timeout = if t.is_undefined() {
        f64::INFINITY
    } else {
        let n = vm.to_number(t)?;
        if n.is_nan() {
            f64::INFINITY
        } else {
            n.max(0.0)
        }
    };
    let w = word(vm, o, k, false)?;
    let rt = crate::sync::Arc::clone(&vm.rt);
    let id = {
        // The check and the registration are one critical section with notify.
        let mut st = crate::sync::lock(&rt.waiters.state);
        if !same_value_zero(Value::from_bits(w.load(Ordering::SeqCst)), expected) {
            drop(st);
            return Ok(vm.str("not-equal"));
        }
        let id = st.next_id;
        st.next_id += 1;
        st.lists
            .entry((o.value().to_bits() as usize, k))
            .or_default()
            .push_back(id);
        id
    };
    if timeout.is_infinite() {
        // No timeout: blocked until notified, as far as deadlock detection goes.
        let list = (o.value().to_bits() as usize, k);
        crate::thread::deadlock::block_until_or_cancel(
            vm,
            "Atomics.wait",
            rt,
            |rt| (&rt.waiters.state, &rt.waiters.cv),
            |st| st.released.remove(&id),
            move |st| st.released.contains(&id),
            move |st| {
                if let Some(l) = st.lists.get_mut(&list) {
                    l.retain(|x| *x != id);
                }
            },
        );
        return Ok(vm.str("ok"));
    }
    let mut roots = Vec::new();
    vm.thread_roots(&mut roots);
    let ticket = rt.sp.park(roots);
    // A finite timeout, however large, still ends (never a panic on overflow).
    let dur = std::time::Duration::try_from_secs_f64(timeout / 1000.0)
        .unwrap_or(std::time::Duration::from_secs(1 << 32));
    let start = std::time::Instant::now();
    let woken = {
        let mut st = crate::sync::lock(&rt.waiters.state);
        let mut timed_out = false;
        loop {
            if st.released.remove(&id) {
                break true;
            }
            let waited = start.elapsed();
            if timed_out || waited >= dur {
                if let Some(l) = st.lists.get_mut(&(o.value().to_bits() as usize, k)) {
                    l.retain(|x| *x != id);
                }
                break false;
            }
            let (g, t) =
                crate::sync::wait_timeout(&rt.waiters.cv, &rt.waiters.state, st, dur - waited);
            st = g;
            timed_out = t;
        }
    };
    rt.sp.unpark(ticket);
    Ok(vm.str(if woken { "ok" } else { "timed-out" }))
}

fn notify(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let Some(o) = arg(args, 0).as_obj() else {
        return Err(vm.type_error("Atomics.notify: the first argument is not an object"));
    };
    let k = vm.to_property_key(arg(args, 1))?;
    vm.check_access(o)?;
    let c = arg(args, 2);
    let count = if c.is_undefined() {
        f64::INFINITY
    } else {
        vm.to_integer(c)?.max(0.0)
    };
    let rt = crate::sync::Arc::clone(&vm.rt);
    let mut st = crate::sync::lock(&rt.waiters.state);
    let mut n = 0u64;
    let mut woken = Vec::new();
    if let Some(l) = st.lists.get_mut(&(o.value().to_bits() as usize, k)) {
        while (n as f64) < count {
            match l.pop_front() {
                Some(id) => {
                    woken.push(id);
                    n += 1;
                }
                None => break,
            }
        }
    }
    for id in woken {
        match st.asyncs.remove(&id) {
            Some((inbox, ticket)) => {
                inbox.complete(ticket, Value::TRUE);
            }
            None => {
                st.released.insert(id);
            }
        }
    }
    rt.waiters.cv.notify_all();
    Ok(Value::number(n as f64))
}
