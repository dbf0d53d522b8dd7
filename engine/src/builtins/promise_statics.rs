//! `Promise.all`, `allSettled`, `any` and `race` (§27.2.4).

use super::promise::{Capability, data_fn, host, own_data};
use super::{arg, method};
use crate::atom;
use crate::object::Class;
use crate::object::class::HostData;
use crate::object::shape::attr;
use crate::sync::Mutex;
use crate::value::Value;
use crate::vm::property::Key;
use crate::vm::{JsResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    All,
    AllSettled,
    Any,
    Race,
}

/// The state shared by the element functions of one combinator call.
struct Combined {
    kind: Kind,
    cap: Capability,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    values: Vec<Value>,
    called: Vec<bool>,
    remaining: usize,
}

impl HostData for Combined {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.cap.promise);
        f(self.cap.resolve);
        f(self.cap.reject);
        for v in &crate::sync::lock(&self.inner).values {
            f(*v);
        }
    }
    fn tag(&self) -> &'static str {
        "Object"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn init(vm: &mut Vm, c: Value) {
    method(vm, c, "all", 1, all);
    method(vm, c, "allSettled", 1, all_settled);
    method(vm, c, "any", 1, any);
    method(vm, c, "race", 1, race);
}

fn all(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    combine(vm, this, arg(args, 0), Kind::All)
}
fn all_settled(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    combine(vm, this, arg(args, 0), Kind::AllSettled)
}
fn any(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    combine(vm, this, arg(args, 0), Kind::Any)
}
fn race(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    combine(vm, this, arg(args, 0), Kind::Race)
}

fn combine(vm: &mut Vm, c: Value, iterable: Value, kind: Kind) -> JsResult<Value> {
    let cap = vm.new_capability(c, true)?;
    vm.roots.extend([cap.promise, cap.resolve, cap.reject]);
    if let Err(e) = perform(vm, c, iterable, kind, cap) {
        vm.call_function(cap.reject, Value::UNDEFINED, &[e])?;
    }
    Ok(cap.promise)
}

/// The loop of PerformPromiseAll/AllSettled/Any/Race; an error closes the iterator
/// unless the iterator itself failed.
fn perform(vm: &mut Vm, c: Value, iterable: Value, kind: Kind, cap: Capability) -> JsResult<()> {
    let resolve = vm.get(c, Key::Atom(atom::intern_str("resolve")))?;
    if !vm.is_callable(resolve) {
        return Err(vm.type_error("Promise resolve is not a function"));
    }
    vm.roots.push(resolve);
    let (it, next) = vm.get_iterator(iterable)?;
    vm.roots.extend([it, next]);
    let state = vm
        .new_object_with(
            Value::NULL,
            Class::Host(Box::new(Combined {
                kind,
                cap,
                inner: Mutex::new(Inner {
                    remaining: 1,
                    ..Inner::default()
                }),
            })),
        )
        .value();
    vm.roots.push(state);
    let mut index = 0u32;
    while let Some(v) = vm.iter_step(it, next)? {
        if let Err(e) = step(vm, c, resolve, state, index, v, kind, cap) {
            let saved = vm.throw_pos.take();
            let _ = vm.iter_close(it);
            vm.throw_pos = saved;
            return Err(e);
        }
        index += 1;
    }
    if kind != Kind::Race {
        finish_one(vm, state)?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn step(
    vm: &mut Vm,
    c: Value,
    resolve: Value,
    state: Value,
    index: u32,
    v: Value,
    kind: Kind,
    cap: Capability,
) -> JsResult<()> {
    if let Some(s) = host::<Combined>(state) {
        let mut i = crate::sync::lock(&s.inner);
        i.values.push(Value::UNDEFINED);
        i.called.push(false);
    }
    let p = vm.call_function(resolve, c, &[v])?;
    vm.roots.push(p);
    let idx = Value::number(f64::from(index));
    let (f, r) = match kind {
        Kind::Race => (cap.resolve, cap.reject),
        Kind::All => (data_fn(vm, "", 1, on_value, state, idx), cap.reject),
        Kind::AllSettled => {
            let f = data_fn(vm, "", 1, on_settled_fulfilled, state, idx);
            vm.roots.push(f);
            (f, data_fn(vm, "", 1, on_settled_rejected, state, idx))
        }
        Kind::Any => (cap.resolve, data_fn(vm, "", 1, on_value, state, idx)),
    };
    vm.roots.extend([f, r]);
    if kind != Kind::Race
        && let Some(s) = host::<Combined>(state)
    {
        crate::sync::lock(&s.inner).remaining += 1;
    }
    vm.invoke_then(p, f, r)?;
    Ok(())
}

/// Decrements the remaining count; at zero settles the combined promise.
fn finish_one(vm: &mut Vm, state: Value) -> JsResult<()> {
    let Some(s) = host::<Combined>(state) else {
        return Ok(());
    };
    let values = {
        let mut i = crate::sync::lock(&s.inner);
        i.remaining -= 1;
        if i.remaining > 0 {
            return Ok(());
        }
        i.values.clone()
    };
    let arr = vm.new_array_from(&values).value();
    vm.roots.push(arr);
    if s.kind == Kind::Any {
        let e = aggregate_error(vm, arr, "All promises were rejected");
        vm.call_function(s.cap.reject, Value::UNDEFINED, &[e])?;
    } else {
        vm.call_function(s.cap.resolve, Value::UNDEFINED, &[arr])?;
    }
    Ok(())
}

/// An AggregateError with `errors` (an array) and a message.
pub fn aggregate_error(vm: &mut Vm, errors: Value, msg: &str) -> Value {
    let p = vm.realm().aggregate_error_proto;
    let e = vm.make_error(p, msg);
    if let Some(o) = e.as_obj() {
        o.define_named(
            &vm.rt.heap,
            atom::intern_str("errors"),
            errors,
            attr::HIDDEN,
        );
    }
    e
}

/// Records value `v` for element `idx` of `state` once; None when already called.
fn record(state: Value, idx: Value, v: Value) -> Option<Value> {
    let s = host::<Combined>(state)?;
    let i = idx.as_number()? as usize;
    let mut inner = crate::sync::lock(&s.inner);
    if *inner.called.get(i)? {
        return None;
    }
    inner.called[i] = true;
    inner.values[i] = v;
    Some(state)
}

fn on_value(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let [state, idx] = own_data(vm);
    if let Some(state) = record(state, idx, arg(args, 0)) {
        finish_one(vm, state)?;
    }
    Ok(Value::UNDEFINED)
}

fn settled(vm: &mut Vm, v: Value, fulfilled: bool) -> JsResult<Value> {
    let [state, idx] = own_data(vm);
    let o = vm.new_object();
    vm.roots.push(o.value());
    let status = vm.str(if fulfilled { "fulfilled" } else { "rejected" });
    vm.define_value(
        o,
        Key::Atom(atom::intern_str("status")),
        status,
        attr::DEFAULT,
    )?;
    let k = if fulfilled { "value" } else { "reason" };
    vm.define_value(o, Key::Atom(atom::intern_str(k)), v, attr::DEFAULT)?;
    if let Some(state) = record(state, idx, o.value()) {
        finish_one(vm, state)?;
    }
    Ok(Value::UNDEFINED)
}

fn on_settled_fulfilled(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    settled(vm, arg(args, 0), true)
}

fn on_settled_rejected(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    settled(vm, arg(args, 0), false)
}
