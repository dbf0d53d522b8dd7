//! `Promise.all`, `Promise.allSettled`, `Promise.any`, `Promise.race` (§27.2.4.1-5),
//! `Promise.prototype.finally` (§27.2.5.3), `Promise.withResolvers` and the
//! `AggregateError` that `Promise.any` rejects with (§20.5.7).

use crate::builtins::arg;
use crate::builtins::promise::{Capability, field, record, set_field};
use crate::interp::{Abrupt, Interp, JsResult};
use crate::object::{Obj, ObjectKind, Property};
use crate::ops::iterator::IteratorRecord;
use crate::string::JsString;
use crate::value::{PropertyKey, Value};

type R<'a> = JsResult<'a, Value<'a>>;

/// Which combinator, and for the element functions which of its two kinds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    All,
    AllSettled,
    Any,
    Race,
}

impl Kind {
    fn code(self) -> f64 {
        match self {
            Self::All => 0.0,
            Self::AllSettled => 1.0,
            Self::Any => 2.0,
            Self::Race => 3.0,
        }
    }

    fn from_code(c: f64) -> Self {
        match c as u8 {
            0 => Self::All,
            1 => Self::AllSettled,
            2 => Self::Any,
            _ => Self::Race,
        }
    }
}

/// Installs the combinators, `finally`, `withResolvers` and `AggregateError`.
pub fn init<'a>(interp: &mut Interp<'a>, ctor: &Obj<'a>, proto: &Obj<'a>) {
    interp.define_method(ctor, "all", 1, promise_all);
    interp.define_method(ctor, "allSettled", 1, promise_all_settled);
    interp.define_method(ctor, "any", 1, promise_any);
    interp.define_method(ctor, "race", 1, promise_race);
    interp.define_method(ctor, "withResolvers", 0, promise_with_resolvers);
    interp.define_method(proto, "finally", 1, promise_finally);

    let error_proto = interp.intrinsic("%Error.prototype%");
    let ae_proto = Obj::new(Some(error_proto), ObjectKind::Ordinary);
    interp.register_intrinsic("%AggregateError.prototype%", &ae_proto);
    interp.define_data(&ae_proto, "name", Value::str("AggregateError"));
    interp.define_data(&ae_proto, "message", Value::str(""));
    let c = interp.define_global_constructor(
        "AggregateError",
        2,
        aggregate_error_constructor,
        &ae_proto,
    );
    c.borrow_mut().prototype = Some(interp.intrinsic("%Error%"));
}

/// AggregateError ( errors, message ) (§20.5.7.1.1), without `options`.
fn aggregate_error_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    nt: Option<Obj<'a>>,
) -> R<'a> {
    let proto = match nt {
        Some(nt) => interp.get_prototype_from_constructor(&nt, "%AggregateError.prototype%")?,
        None => interp.intrinsic("%AggregateError.prototype%"),
    };
    let o = Obj::new(Some(proto), ObjectKind::Error);
    let msg = arg(args, 1);
    if !msg.is_undefined() {
        let s = interp.to_string(&msg)?;
        interp.define_data(&o, "message", Value::String(s));
    }
    let errors = interp.iterable_to_list(&arg(args, 0))?;
    let list = interp.create_array_from_list(&errors);
    interp.define_data(&o, "errors", Value::Object(list));
    Ok(Value::Object(o))
}

fn promise_all<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    combinator(interp, this, arg(args, 0), Kind::All)
}

fn promise_all_settled<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    combinator(interp, this, arg(args, 0), Kind::AllSettled)
}

fn promise_any<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    combinator(interp, this, arg(args, 0), Kind::Any)
}

fn promise_race<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    combinator(interp, this, arg(args, 0), Kind::Race)
}

/// IfAbruptRejectPromise (§27.2.1.1.1): a throw rejects the capability's promise.
fn if_abrupt_reject<'a>(
    interp: &mut Interp<'a>,
    r: JsResult<'a, Value<'a>>,
    cap: &Capability<'a>,
) -> R<'a> {
    match r {
        Err(Abrupt::Throw(e, _)) => {
            interp.call_capability(cap, true, e)?;
            Ok(cap.promise.clone())
        }
        other => other,
    }
}

/// The shared steps of §27.2.4.1/2/3/5: capability, GetPromiseResolve, GetIterator,
/// Perform…, and closing the iterator on an abrupt completion.
fn combinator<'a>(interp: &mut Interp<'a>, c: Value<'a>, iterable: Value<'a>, kind: Kind) -> R<'a> {
    let cap = interp.new_promise_capability(&c)?;
    // GetPromiseResolve (§27.2.4.1.1).
    let resolve = match &c {
        Value::Object(co) => interp.get_prop(co, "resolve"),
        _ => Ok(Value::Undefined),
    };
    let resolve = match resolve {
        Ok(r) if matches!(&r, Value::Object(o) if o.is_callable()) => r,
        Ok(_) => {
            let e = interp.type_error("Promise resolve is not a function");
            return if_abrupt_reject(interp, Err(e), &cap);
        }
        Err(e) => return if_abrupt_reject(interp, Err(e), &cap),
    };
    let mut it = match interp.get_iterator(&iterable) {
        Ok(it) => it,
        Err(e) => return if_abrupt_reject(interp, Err(e), &cap),
    };
    let r = perform(interp, &mut it, &c, &cap, &resolve, kind);
    let r = match r {
        Err(e @ Abrupt::Throw(..)) if !it.done => Err(interp.iterator_close_throw(&it, e)),
        other => other,
    };
    if_abrupt_reject(interp, r, &cap)
}

/// PerformPromiseAll / AllSettled / Any / Race.
fn perform<'a>(
    interp: &mut Interp<'a>,
    it: &mut IteratorRecord<'a>,
    c: &Value<'a>,
    cap: &Capability<'a>,
    promise_resolve: &Value<'a>,
    kind: Kind,
) -> R<'a> {
    let rec = record();
    set_field(&rec, "remaining", Value::from(1));
    set_field(&rec, "resolve", cap.resolve.clone());
    set_field(&rec, "reject", cap.reject.clone());
    let mut index = 0usize;
    loop {
        let next = match interp.iterator_step_value(it) {
            Ok(v) => v,
            Err(e) => {
                it.done = true;
                return Err(e);
            }
        };
        let Some(next) = next else {
            it.done = true;
            if kind != Kind::Race {
                set_field(&rec, "count", Value::from(index));
                finish_element(interp, &rec, kind)?;
            }
            return Ok(cap.promise.clone());
        };
        let next_promise = interp.call(promise_resolve, c.clone(), &[next])?;
        let (on_fulfilled, on_rejected) = match kind {
            Kind::Race => (cap.resolve.clone(), cap.reject.clone()),
            _ => {
                set_field(&rec, &index.to_string(), Value::Undefined);
                let already = record();
                set_field(&already, "value", Value::Bool(false));
                let make = |interp: &mut Interp<'a>, rejecting: bool| {
                    Value::Object(interp.create_builtin_function_with_captures(
                        JsString::empty(),
                        1,
                        element_function,
                        false,
                        vec![
                            Value::Object(rec.clone()),
                            Value::from(index),
                            Value::Object(already.clone()),
                            Value::Number(kind.code()),
                            Value::Bool(rejecting),
                        ],
                    ))
                };
                let remaining = field(&rec, "remaining").as_number().unwrap_or(0.0);
                set_field(&rec, "remaining", Value::Number(remaining + 1.0));
                match kind {
                    Kind::All => (make(interp, false), cap.reject.clone()),
                    Kind::AllSettled => (make(interp, false), make(interp, true)),
                    _ => (cap.resolve.clone(), make(interp, true)),
                }
            }
        };
        interp.invoke(
            &next_promise,
            &PropertyKey::from("then"),
            &[on_fulfilled, on_rejected],
        )?;
        index += 1;
    }
}

/// One element settled (or the iteration ended): decrements `remaining` and, at zero,
/// settles the combined promise.
fn finish_element<'a>(interp: &mut Interp<'a>, rec: &Obj<'a>, kind: Kind) -> JsResult<'a, ()> {
    let remaining = field(rec, "remaining").as_number().unwrap_or(0.0) - 1.0;
    set_field(rec, "remaining", Value::Number(remaining));
    if remaining != 0.0 {
        return Ok(());
    }
    let n = field(rec, "count").as_number().unwrap_or(0.0) as usize;
    let values: Vec<Value<'a>> = (0..n).map(|i| field(rec, &i.to_string())).collect();
    let array = Value::Object(interp.create_array_from_list(&values));
    if kind == Kind::Any {
        let proto = interp.intrinsic("%AggregateError.prototype%");
        let e = interp.create_error_with_proto(proto, "All promises were rejected");
        interp.define_data(&e, "errors", array);
        let reject = field(rec, "reject");
        interp.call(&reject, Value::Undefined, &[Value::Object(e)])?;
    } else {
        let resolve = field(rec, "resolve");
        interp.call(&resolve, Value::Undefined, &[array])?;
    }
    Ok(())
}

/// Promise.all Resolve Element Functions (§27.2.4.1.3) and their allSettled
/// (§27.2.4.2.2, §27.2.4.2.3) and any (§27.2.4.3.2) counterparts.
fn element_function<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let caps = interp.native_captures();
    let (Some(Value::Object(rec)), Some(Value::Number(index)), Some(Value::Object(already))) =
        (caps.first(), caps.get(1), caps.get(2))
    else {
        return Ok(Value::Undefined);
    };
    let kind = Kind::from_code(caps.get(3).and_then(Value::as_number).unwrap_or(0.0));
    let rejecting = matches!(caps.get(4), Some(Value::Bool(true)));
    if matches!(field(already, "value"), Value::Bool(true)) {
        return Ok(Value::Undefined);
    }
    set_field(already, "value", Value::Bool(true));
    let x = arg(args, 0);
    let stored = if kind == Kind::AllSettled {
        let o = interp.ordinary_object();
        let (status, key) = if rejecting {
            ("rejected", "reason")
        } else {
            ("fulfilled", "value")
        };
        let mut b = o.borrow_mut();
        b.properties.insert(
            PropertyKey::from("status"),
            Property::data(Value::str(status)),
        );
        b.properties
            .insert(PropertyKey::from(key), Property::data(x));
        drop(b);
        Value::Object(o)
    } else {
        x
    };
    set_field(rec, &(*index as usize).to_string(), stored);
    finish_element(interp, rec, kind)?;
    Ok(Value::Undefined)
}

/// Promise.withResolvers (ES2024 §27.2.4.8).
fn promise_with_resolvers<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let cap = interp.new_promise_capability(&this)?;
    let o = interp.ordinary_object();
    let mut b = o.borrow_mut();
    b.properties
        .insert(PropertyKey::from("promise"), Property::data(cap.promise));
    b.properties
        .insert(PropertyKey::from("resolve"), Property::data(cap.resolve));
    b.properties
        .insert(PropertyKey::from("reject"), Property::data(cap.reject));
    drop(b);
    Ok(Value::Object(o))
}

/// Promise.prototype.finally (§27.2.5.3).
fn promise_finally<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Object(p) = &this else {
        return Err(interp.type_error("Promise.prototype.finally called on a non-object"));
    };
    let c = interp.promise_species_constructor(p)?;
    let on_finally = arg(args, 0);
    let (then_finally, catch_finally) = if matches!(&on_finally, Value::Object(o) if o.is_callable())
    {
        let caps = vec![on_finally, Value::Object(c)];
        let t = interp.create_builtin_function_with_captures(
            JsString::empty(),
            1,
            then_finally,
            false,
            caps.clone(),
        );
        let k = interp.create_builtin_function_with_captures(
            JsString::empty(),
            1,
            catch_finally,
            false,
            caps,
        );
        (Value::Object(t), Value::Object(k))
    } else {
        (on_finally.clone(), on_finally)
    };
    interp.invoke(
        &this,
        &PropertyKey::from("then"),
        &[then_finally, catch_finally],
    )
}

fn finally_step<'a>(interp: &mut Interp<'a>, value: Value<'a>, throwing: bool) -> R<'a> {
    let caps = interp.native_captures();
    let on_finally = caps.first().cloned().unwrap_or(Value::Undefined);
    let Some(Value::Object(c)) = caps.get(1).cloned() else {
        return Ok(Value::Undefined);
    };
    let result = interp.call(&on_finally, Value::Undefined, &[])?;
    let promise = interp.promise_resolve(&c, result)?;
    let thunk = interp.create_builtin_function_with_captures(
        JsString::empty(),
        0,
        if throwing { thrower } else { value_thunk },
        false,
        vec![value],
    );
    interp.invoke(
        &promise,
        &PropertyKey::from("then"),
        &[Value::Object(thunk)],
    )
}

/// Then Finally Functions (§27.2.5.3.1).
fn then_finally<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    finally_step(interp, arg(args, 0), false)
}

/// Catch Finally Functions (§27.2.5.3.2).
fn catch_finally<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    finally_step(interp, arg(args, 0), true)
}

fn value_thunk<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(interp
        .native_captures()
        .first()
        .cloned()
        .unwrap_or(Value::Undefined))
}

fn thrower<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let v = interp
        .native_captures()
        .first()
        .cloned()
        .unwrap_or(Value::Undefined);
    Err(interp.throw_value(v))
}
