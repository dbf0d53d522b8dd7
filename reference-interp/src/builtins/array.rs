//! Array objects (§23.1): the `Array` constructor, `%Array.prototype%` and
//! `%ArrayIteratorPrototype%`.
//!
//! Every prototype method is generic: it works on `ToObject(this)` through `Get`, `Set`,
//! `HasProperty` and `DeletePropertyOrThrow`, in the order the specification gives, so
//! array-likes, holes, accessors and proxies-to-come observe exactly the spec's steps.
//! Lengths are Numbers up to 2^53 - 1 and are iterated (with a fuel tick per step), never
//! used to allocate.

use crate::builtins::arg;
use crate::builtins::string::check_string_length;
use crate::interp::{Interp, JsResult};
use crate::object::{IterationKind, NativeFn, Obj, ObjectKind};
use crate::ops::compare::{is_strictly_equal, same_value_zero};
use crate::string::JsString;
use crate::value::{PropertyKey, Value};

/// 2^53 - 1, the largest length of an array-like.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// 2^32 - 1, the largest length of an Array.
const MAX_ARRAY_LENGTH: f64 = 4_294_967_295.0;

/// Creates `%Array.prototype%`, the `Array` constructor and `%ArrayIteratorPrototype%`.
pub fn init(interp: &mut Interp<'_>) {
    let object_prototype = interp.intrinsic("%Object.prototype%");
    // The Array prototype object is an Array exotic object (§23.1.3).
    let proto = match interp.array_create(0, Some(object_prototype.clone())) {
        Ok(p) => p,
        Err(_) => unreachable!("an empty array can always be created"),
    };
    interp.register_intrinsic("%Array.prototype%", &proto);
    let ctor = interp.define_global_constructor("Array", 1, array_constructor, &proto);
    interp.register_intrinsic("%Array%", &ctor);

    let statics: [(&str, u32, NativeFn); 3] = [
        ("from", 1, array_from),
        ("isArray", 1, array_is_array),
        ("of", 0, array_of),
    ];
    for (name, length, f) in statics {
        interp.define_method(&ctor, name, length, f);
    }

    let methods: [(&str, u32, NativeFn); 33] = [
        ("at", 1, array_prototype_at),
        ("concat", 1, array_prototype_concat),
        ("copyWithin", 2, array_prototype_copy_within),
        ("entries", 0, array_prototype_entries),
        ("every", 1, array_prototype_every),
        ("fill", 1, array_prototype_fill),
        ("filter", 1, array_prototype_filter),
        ("find", 1, array_prototype_find),
        ("findIndex", 1, array_prototype_find_index),
        ("findLast", 1, array_prototype_find_last),
        ("findLastIndex", 1, array_prototype_find_last_index),
        ("flat", 0, array_prototype_flat),
        ("flatMap", 1, array_prototype_flat_map),
        ("forEach", 1, array_prototype_for_each),
        ("includes", 1, array_prototype_includes),
        ("indexOf", 1, array_prototype_index_of),
        ("join", 1, array_prototype_join),
        ("keys", 0, array_prototype_keys),
        ("lastIndexOf", 1, array_prototype_last_index_of),
        ("map", 1, array_prototype_map),
        ("pop", 0, array_prototype_pop),
        ("push", 1, array_prototype_push),
        ("reduce", 1, array_prototype_reduce),
        ("reduceRight", 1, array_prototype_reduce_right),
        ("reverse", 0, array_prototype_reverse),
        ("shift", 0, array_prototype_shift),
        ("slice", 2, array_prototype_slice),
        ("some", 1, array_prototype_some),
        ("sort", 1, array_prototype_sort),
        ("splice", 2, array_prototype_splice),
        ("toLocaleString", 0, array_prototype_to_locale_string),
        ("unshift", 1, array_prototype_unshift),
        ("values", 0, array_prototype_values),
    ];
    for (name, length, f) in methods {
        let fobj = interp.define_method(&proto, name, length, f);
        if name == "values" {
            // Array.prototype [ @@iterator ] is the same function object as values (§23.1.3.38).
            interp.register_intrinsic("%Array.prototype.values%", &fobj);
            let iterator_key = PropertyKey::Symbol(interp.well_known.iterator.clone());
            interp.define_data(&proto, iterator_key, Value::Object(fobj));
        }
    }

    // Array.prototype.toString (§23.1.3.36) falls back to %Object.prototype.toString%: the
    // original function, captured here (object.rs has installed it), not whatever
    // Object.prototype.toString holds when it is called.
    let object_to_string = object_prototype
        .borrow()
        .properties
        .get(&PropertyKey::from("toString"))
        .and_then(|p| p.to_descriptor().value)
        .into_iter()
        .collect();
    let to_string = interp.create_builtin_function_with_captures(
        JsString::from("toString"),
        0,
        array_prototype_to_string,
        false,
        object_to_string,
    );
    interp.define_data(&proto, "toString", Value::Object(to_string));

    // Array.prototype [ @@unscopables ] (§23.1.3.39).
    let unscopables = Obj::new(None, ObjectKind::Ordinary);
    for name in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "values",
    ] {
        unscopables.borrow_mut().properties.insert(
            PropertyKey::from(name),
            crate::object::Property::data(Value::Bool(true)),
        );
    }
    let unscopables_key = PropertyKey::Symbol(interp.well_known.unscopables.clone());
    interp.define_readonly(&proto, unscopables_key, Value::Object(unscopables));

    // %ArrayIteratorPrototype% (§23.1.5.2).
    let iterator_prototype = interp.intrinsic("%IteratorPrototype%");
    let array_iterator_prototype = Obj::new(Some(iterator_prototype), ObjectKind::Ordinary);
    interp.register_intrinsic("%ArrayIteratorPrototype%", &array_iterator_prototype);
    interp.define_method(&array_iterator_prototype, "next", 0, array_iterator_next);
    let tag = PropertyKey::Symbol(interp.well_known.to_string_tag.clone());
    interp.define_readonly(&array_iterator_prototype, tag, Value::str("Array Iterator"));
}

// ---------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------

/// ToString(𝔽(k)) as a property key, for an integer index 0 ≤ k ≤ 2^53.
fn key(k: f64) -> PropertyKey {
    debug_assert!(k >= 0.0 && k.trunc() == k);
    PropertyKey::String(JsString::from((k as u64).to_string()))
}

/// The start/end clamping shared by slice, splice, fill, copyWithin (e.g. §23.1.3.28
/// steps 4-6): a relative index counts from the end when negative.
fn relative_to_absolute(relative: f64, len: f64) -> f64 {
    if relative < 0.0 {
        (len + relative).max(0.0)
    } else {
        relative.min(len)
    }
}

/// ArrayCreate (§10.4.2.2) for a length given as a Number.
fn array_create_len<'a>(
    interp: &mut Interp<'a>,
    length: f64,
    proto: Option<Obj<'a>>,
) -> JsResult<'a, Obj<'a>> {
    // 1. If length > 2^32 - 1, throw a RangeError exception.
    if length > MAX_ARRAY_LENGTH {
        return Err(interp.range_error("Invalid array length"));
    }
    interp.array_create(length as usize, proto)
}

/// ArraySpeciesCreate ( originalArray, length ) (§10.4.2.3).
///
/// This interpreter has no `@@species`, so the constructor lookup of steps 3-8 can find
/// nothing to use: the result is always `ArrayCreate(length)` (step 2's path), a plain
/// Array from this realm, even for subclass instances.
fn array_species_create<'a>(
    interp: &mut Interp<'a>,
    _original: &Obj<'a>,
    length: f64,
) -> JsResult<'a, Obj<'a>> {
    array_create_len(interp, length, None)
}

/// Construct(C, args) where the result must be an object.
fn construct_object<'a>(
    interp: &mut Interp<'a>,
    c: &Obj<'a>,
    args: &[Value<'a>],
) -> JsResult<'a, Obj<'a>> {
    match interp.construct(c, args, None)? {
        Value::Object(o) => Ok(o),
        _ => Err(interp.type_error("constructor did not return an object")),
    }
}

/// Throws a TypeError unless `f` is callable.
fn require_callable<'a>(interp: &mut Interp<'a>, f: &Value<'a>) -> JsResult<'a, ()> {
    if !interp.is_callable(f) {
        let d = interp.describe(f);
        return Err(interp.type_error(format!("{d} is not a function")));
    }
    Ok(())
}

/// Set(O, "length", 𝔽(len), true).
fn set_length<'a>(interp: &mut Interp<'a>, o: &Obj<'a>, len: f64) -> JsResult<'a, ()> {
    interp.set_prop(o, "length", Value::Number(len))
}

// ---------------------------------------------------------------------------------------
// The Array constructor (§23.1.1, §23.1.2).
// ---------------------------------------------------------------------------------------

/// Array ( ...values ) (§23.1.1.1).
fn array_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. If NewTarget is undefined, let newTarget be the active function object.
    let new_target = match new_target {
        Some(nt) => nt,
        None => match interp.ctx.function.clone() {
            Some(f) => f,
            None => interp.intrinsic("%Array%"),
        },
    };
    // 2. Let proto be ? GetPrototypeFromConstructor(newTarget, "%Array.prototype%").
    let proto = interp.get_prototype_from_constructor(&new_target, "%Array.prototype%")?;
    // 3. Let numberOfArgs be the number of elements in values.
    match args {
        // 4. If numberOfArgs = 0, return ! ArrayCreate(0, proto).
        [] => Ok(Value::Object(interp.array_create(0, Some(proto))?)),
        // 5. Else if numberOfArgs = 1:
        [len] => {
            // b. Let array be ! ArrayCreate(0, proto).
            let array = interp.array_create(0, Some(proto))?;
            let int_len = if let Value::Number(_) = len {
                // d. Let intLen be ! ToUint32(len); if SameValueZero(intLen, len) is false, throw a RangeError.
                let int_len = f64::from(interp.to_uint32(len)?);
                if !same_value_zero(&Value::Number(int_len), len) {
                    return Err(interp.range_error("Invalid array length"));
                }
                int_len
            } else {
                // c. If len is not a Number: CreateDataPropertyOrThrow(array, "0", len); intLen = 1.
                interp.create_data_property_or_throw(&array, "0", len.clone())?;
                1.0
            };
            // e. Perform ! Set(array, "length", intLen, true).
            set_length(interp, &array, int_len)?;
            Ok(Value::Object(array))
        }
        // 6. Else: ArrayCreate(numberOfArgs, proto) and define each element.
        values => {
            let array = interp.array_create(values.len(), Some(proto))?;
            for (k, v) in values.iter().enumerate() {
                interp.create_data_property_or_throw(&array, k, v.clone())?;
            }
            Ok(Value::Object(array))
        }
    }
}

/// Array.from ( items [ , mapfn [ , thisArg ] ] ) (§23.1.2.1).
fn array_from<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let items = arg(args, 0);
    let mapfn = arg(args, 1);
    let this_arg = arg(args, 2);
    // 1. Let C be the this value.
    let c = this;
    // 2-3. mapping.
    let mapping = if mapfn.is_undefined() {
        false
    } else {
        require_callable(interp, &mapfn)?;
        true
    };
    // 4. Let usingIterator be ? GetMethod(items, @@iterator).
    let iterator_key = PropertyKey::Symbol(interp.well_known.iterator.clone());
    let using_iterator = interp.get_method(&items, &iterator_key)?;
    // 5. If usingIterator is not undefined:
    if let Some(using_iterator) = using_iterator {
        // a-b. If IsConstructor(C), let A be ? Construct(C); else let A be ! ArrayCreate(0).
        let a = match &c {
            Value::Object(cobj) if cobj.is_constructor() => construct_object(interp, cobj, &[])?,
            _ => interp.array_create(0, None)?,
        };
        // c. Let iteratorRecord be ? GetIteratorFromMethod(items, usingIterator).
        let mut iterator_record = interp.get_iterator_from_method(&items, &using_iterator)?;
        // d. Let k be 0.
        let mut k = 0.0;
        // e. Repeat,
        loop {
            interp.tick()?;
            // i. If k ≥ 2^53 - 1, close the iterator with a TypeError.
            if k >= MAX_SAFE_INTEGER {
                let error = interp.type_error("Array.from: too many elements");
                return Err(interp.iterator_close_throw(&iterator_record, error));
            }
            // ii. Let Pk be ! ToString(𝔽(k)).
            let pk = key(k);
            // iii. Let next be ? IteratorStepValue(iteratorRecord).
            let Some(next) = interp.iterator_step_value(&mut iterator_record)? else {
                // iv. If next is done: Perform ? Set(A, "length", 𝔽(k), true); return A.
                set_length(interp, &a, k)?;
                return Ok(Value::Object(a));
            };
            // v-vi. mappedValue (IfAbruptCloseIterator).
            let mapped_value = if mapping {
                match interp.call(&mapfn, this_arg.clone(), &[next, Value::Number(k)]) {
                    Ok(v) => v,
                    Err(e) => return Err(interp.iterator_close_throw(&iterator_record, e)),
                }
            } else {
                next
            };
            // vii. Let defineStatus be Completion(CreateDataPropertyOrThrow(A, Pk, mappedValue)).
            if let Err(e) = interp.create_data_property_or_throw(&a, pk, mapped_value) {
                return Err(interp.iterator_close_throw(&iterator_record, e));
            }
            // ix. Set k to k + 1.
            k += 1.0;
        }
    }
    // 6. NOTE: items is not an Iterable so assume it is an array-like object.
    // 7. Let arrayLike be ! ToObject(items).
    let array_like = interp.to_object(&items)?;
    // 8. Let len be ? LengthOfArrayLike(arrayLike).
    let len = interp.length_of_array_like(&array_like)?;
    // 9-10. If IsConstructor(C), let A be ? Construct(C, « 𝔽(len) »); else ? ArrayCreate(len).
    let a = match &c {
        Value::Object(cobj) if cobj.is_constructor() => {
            construct_object(interp, cobj, &[Value::Number(len)])?
        }
        _ => array_create_len(interp, len, None)?,
    };
    // 11-12. Copy each element (mapped).
    let mut k = 0.0;
    while k < len {
        interp.tick()?;
        let pk = key(k);
        let k_value = interp.get_prop(&array_like, pk.clone())?;
        let mapped_value = if mapping {
            interp.call(&mapfn, this_arg.clone(), &[k_value, Value::Number(k)])?
        } else {
            k_value
        };
        interp.create_data_property_or_throw(&a, pk, mapped_value)?;
        k += 1.0;
    }
    // 13. Perform ? Set(A, "length", 𝔽(len), true).
    set_length(interp, &a, len)?;
    // 14. Return A.
    Ok(Value::Object(a))
}

/// Array.isArray ( arg ) (§23.1.2.2).
fn array_is_array<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(Value::Bool(interp.is_array(&arg(args, 0))))
}

/// Array.of ( ...items ) (§23.1.2.3).
fn array_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. Let len be the number of elements in items; lenNumber = 𝔽(len).
    let len = args.len() as f64;
    // 3-5. If IsConstructor(C), let A be ? Construct(C, « lenNumber »); else ? ArrayCreate(len).
    let a = match &this {
        Value::Object(c) if c.is_constructor() => {
            construct_object(interp, c, &[Value::Number(len)])?
        }
        _ => array_create_len(interp, len, None)?,
    };
    // 6-7. CreateDataPropertyOrThrow for each item.
    for (k, item) in args.iter().enumerate() {
        interp.create_data_property_or_throw(&a, k, item.clone())?;
    }
    // 8. Perform ? Set(A, "length", lenNumber, true).
    set_length(interp, &a, len)?;
    Ok(Value::Object(a))
}

// ---------------------------------------------------------------------------------------
// Array.prototype (§23.1.3).
// ---------------------------------------------------------------------------------------

/// Array.prototype.at ( index ) (§23.1.3.1).
fn array_prototype_at<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let O be ? ToObject(this value).
    let o = interp.to_object(&this)?;
    // 2. Let len be ? LengthOfArrayLike(O).
    let len = interp.length_of_array_like(&o)?;
    // 3. Let relativeIndex be ? ToIntegerOrInfinity(index).
    let relative = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 4-5. k.
    let k = if relative >= 0.0 {
        relative
    } else {
        len + relative
    };
    // 6. If k < 0 or k ≥ len, return undefined.
    if k < 0.0 || k >= len {
        return Ok(Value::Undefined);
    }
    // 7. Return ? Get(O, ! ToString(𝔽(k))).
    interp.get_prop(&o, key(k))
}

/// IsConcatSpreadable ( O ) (§23.1.3.2.1) — without `@@isConcatSpreadable`, IsArray(O).
fn is_concat_spreadable<'a>(interp: &mut Interp<'a>, o: &Value<'a>) -> bool {
    interp.is_array(o)
}

/// Array.prototype.concat ( ...items ) (§23.1.3.2).
fn array_prototype_concat<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let O be ? ToObject(this value).
    let o = interp.to_object(&this)?;
    // 2. Let A be ? ArraySpeciesCreate(O, 0).
    let a = array_species_create(interp, &o, 0.0)?;
    // 3. Let n be 0.
    let mut n = 0.0;
    // 4. Prepend O to items.
    let mut items = Vec::with_capacity(args.len() + 1);
    items.push(Value::Object(o));
    items.extend_from_slice(args);
    // 5. For each element E of items:
    for e in &items {
        // a. Let spreadable be ? IsConcatSpreadable(E).
        if is_concat_spreadable(interp, e) {
            let Value::Object(eobj) = e else {
                unreachable!("IsArray is only true for objects")
            };
            // i. Let len be ? LengthOfArrayLike(E).
            let len = interp.length_of_array_like(eobj)?;
            // ii. If n + len > 2^53 - 1, throw a TypeError exception.
            if n + len > MAX_SAFE_INTEGER {
                return Err(interp.type_error("Array.prototype.concat: result is too long"));
            }
            // iii-iv. Copy the present elements.
            let mut k = 0.0;
            while k < len {
                interp.tick()?;
                let p = key(k);
                if interp.has_property(eobj, &p)? {
                    let sub_element = interp.get_prop(eobj, p)?;
                    interp.create_data_property_or_throw(&a, key(n), sub_element)?;
                }
                n += 1.0;
                k += 1.0;
            }
        } else {
            // c.i. If n ≥ 2^53 - 1, throw a TypeError exception.
            if n >= MAX_SAFE_INTEGER {
                return Err(interp.type_error("Array.prototype.concat: result is too long"));
            }
            // ii-iii. CreateDataPropertyOrThrow(A, ! ToString(𝔽(n)), E); n = n + 1.
            interp.create_data_property_or_throw(&a, key(n), e.clone())?;
            n += 1.0;
        }
    }
    // 6. Perform ? Set(A, "length", 𝔽(n), true).
    set_length(interp, &a, n)?;
    Ok(Value::Object(a))
}

/// Array.prototype.copyWithin ( target, start [ , end ] ) (§23.1.3.4).
fn array_prototype_copy_within<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. O and len.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    // 3-5. to.
    let relative_target = interp.to_integer_or_infinity(&arg(args, 0))?;
    let mut to = relative_to_absolute(relative_target, len);
    // 6-8. from.
    let relative_start = interp.to_integer_or_infinity(&arg(args, 1))?;
    let mut from = relative_to_absolute(relative_start, len);
    // 9-11. final.
    let end = arg(args, 2);
    let relative_end = if end.is_undefined() {
        len
    } else {
        interp.to_integer_or_infinity(&end)?
    };
    let final_ = relative_to_absolute(relative_end, len);
    // 12. Let count be min(final - from, len - to).
    let mut count = (final_ - from).min(len - to);
    // 13-14. direction.
    let direction = if from < to && to < from + count {
        from = from + count - 1.0;
        to = to + count - 1.0;
        -1.0
    } else {
        1.0
    };
    // 15. Repeat, while count > 0,
    while count > 0.0 {
        interp.tick()?;
        let from_key = key(from);
        let to_key = key(to);
        if interp.has_property(&o, &from_key)? {
            let from_val = interp.get_prop(&o, from_key)?;
            interp.set_prop(&o, to_key, from_val)?;
        } else {
            interp.delete_property_or_throw(&o, &to_key)?;
        }
        from += direction;
        to += direction;
        count -= 1.0;
    }
    // 16. Return O.
    Ok(Value::Object(o))
}

/// CreateArrayIterator ( array, kind ) (§23.1.5.1).
fn create_array_iterator<'a>(
    interp: &mut Interp<'a>,
    array: Obj<'a>,
    kind: IterationKind,
) -> Value<'a> {
    let proto = interp.intrinsic("%ArrayIteratorPrototype%");
    Value::Object(Obj::new(
        Some(proto),
        ObjectKind::ArrayIterator {
            iterated: Some(array),
            next_index: 0,
            kind,
        },
    ))
}

/// Array.prototype.entries ( ) (§23.1.3.5).
fn array_prototype_entries<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let o = interp.to_object(&this)?;
    Ok(create_array_iterator(interp, o, IterationKind::Entries))
}

/// Array.prototype.keys ( ) (§23.1.3.19).
fn array_prototype_keys<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let o = interp.to_object(&this)?;
    Ok(create_array_iterator(interp, o, IterationKind::Keys))
}

/// Array.prototype.values ( ) (§23.1.3.37); also Array.prototype [ @@iterator ].
fn array_prototype_values<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let o = interp.to_object(&this)?;
    Ok(create_array_iterator(interp, o, IterationKind::Values))
}

/// Which of every/some/forEach a call to [`iterate_with_callback`] is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    Every,
    Some,
    ForEach,
}

/// The shared loop of every (§23.1.3.6), some (§23.1.3.29) and forEach (§23.1.3.15).
fn iterate_with_callback<'a>(
    interp: &mut Interp<'a>,
    this: &Value<'a>,
    args: &[Value<'a>],
    visit: Visit,
) -> JsResult<'a, Value<'a>> {
    let callback = arg(args, 0);
    let this_arg = arg(args, 1);
    // 1. Let O be ? ToObject(this value).
    let o = interp.to_object(this)?;
    // 2. Let len be ? LengthOfArrayLike(O).
    let len = interp.length_of_array_like(&o)?;
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    require_callable(interp, &callback)?;
    // 4-5. Visit each present element.
    let mut k = 0.0;
    while k < len {
        interp.tick()?;
        let pk = key(k);
        // b. Let kPresent be ? HasProperty(O, Pk).
        if interp.has_property(&o, &pk)? {
            // i. Let kValue be ? Get(O, Pk).
            let k_value = interp.get_prop(&o, pk)?;
            // ii. Call(callbackfn, thisArg, « kValue, 𝔽(k), O »).
            let result = interp.call(
                &callback,
                this_arg.clone(),
                &[k_value, Value::Number(k), Value::Object(o.clone())],
            )?;
            match visit {
                Visit::Every if !interp.to_boolean(&result) => return Ok(Value::Bool(false)),
                Visit::Some if interp.to_boolean(&result) => return Ok(Value::Bool(true)),
                _ => {}
            }
        }
        k += 1.0;
    }
    Ok(match visit {
        Visit::Every => Value::Bool(true),
        Visit::Some => Value::Bool(false),
        Visit::ForEach => Value::Undefined,
    })
}

/// Array.prototype.every ( callbackfn [ , thisArg ] ) (§23.1.3.6).
fn array_prototype_every<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    iterate_with_callback(interp, &this, args, Visit::Every)
}

/// Array.prototype.some ( callbackfn [ , thisArg ] ) (§23.1.3.29).
fn array_prototype_some<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    iterate_with_callback(interp, &this, args, Visit::Some)
}

/// Array.prototype.forEach ( callbackfn [ , thisArg ] ) (§23.1.3.15).
fn array_prototype_for_each<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    iterate_with_callback(interp, &this, args, Visit::ForEach)
}

/// Array.prototype.fill ( value [ , start [ , end ] ] ) (§23.1.3.7).
fn array_prototype_fill<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let value = arg(args, 0);
    // 1-2. O and len.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    // 3-5. k.
    let relative_start = interp.to_integer_or_infinity(&arg(args, 1))?;
    let mut k = relative_to_absolute(relative_start, len);
    // 6-8. final.
    let end = arg(args, 2);
    let relative_end = if end.is_undefined() {
        len
    } else {
        interp.to_integer_or_infinity(&end)?
    };
    let final_ = relative_to_absolute(relative_end, len);
    // 9. Repeat, while k < final: Set(O, Pk, value, true).
    while k < final_ {
        interp.tick()?;
        interp.set_prop(&o, key(k), value.clone())?;
        k += 1.0;
    }
    // 10. Return O.
    Ok(Value::Object(o))
}

/// Array.prototype.filter ( callbackfn [ , thisArg ] ) (§23.1.3.8).
fn array_prototype_filter<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let callback = arg(args, 0);
    let this_arg = arg(args, 1);
    // 1-3. O, len, IsCallable.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    require_callable(interp, &callback)?;
    // 4. Let A be ? ArraySpeciesCreate(O, 0).
    let a = array_species_create(interp, &o, 0.0)?;
    // 5-6. k and to.
    let mut k = 0.0;
    let mut to = 0.0;
    // 7. Repeat, while k < len,
    while k < len {
        interp.tick()?;
        let pk = key(k);
        if interp.has_property(&o, &pk)? {
            let k_value = interp.get_prop(&o, pk)?;
            let selected = interp.call(
                &callback,
                this_arg.clone(),
                &[k_value.clone(), Value::Number(k), Value::Object(o.clone())],
            )?;
            if interp.to_boolean(&selected) {
                interp.create_data_property_or_throw(&a, key(to), k_value)?;
                to += 1.0;
            }
        }
        k += 1.0;
    }
    // 8. Return A.
    Ok(Value::Object(a))
}

/// Which element FindViaPredicate returns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FindResult {
    Value,
    Index,
}

/// FindViaPredicate ( O, len, direction, predicate, thisArg ) (§23.1.3.12.1) with the
/// preceding steps of find/findIndex/findLast/findLastIndex.
fn find_via_predicate<'a>(
    interp: &mut Interp<'a>,
    this: &Value<'a>,
    args: &[Value<'a>],
    ascending: bool,
    result: FindResult,
) -> JsResult<'a, Value<'a>> {
    let predicate = arg(args, 0);
    let this_arg = arg(args, 1);
    // 1. Let O be ? ToObject(this value). 2. Let len be ? LengthOfArrayLike(O).
    let o = interp.to_object(this)?;
    let len = interp.length_of_array_like(&o)?;
    // FindViaPredicate 1. If IsCallable(predicate) is false, throw a TypeError exception.
    require_callable(interp, &predicate)?;
    // 2-3. The indices in ascending or descending order.
    let mut i = 0.0;
    while i < len {
        interp.tick()?;
        let k = if ascending { i } else { len - 1.0 - i };
        // a. Let Pk be ! ToString(𝔽(k)). b. Let kValue be ? Get(O, Pk).
        let k_value = interp.get_prop(&o, key(k))?;
        // c. Let testResult be ? Call(predicate, thisArg, « kValue, 𝔽(k), O »).
        let test_result = interp.call(
            &predicate,
            this_arg.clone(),
            &[k_value.clone(), Value::Number(k), Value::Object(o.clone())],
        )?;
        // d. If ToBoolean(testResult) is true, return the Record { [[Index]]: 𝔽(k), [[Value]]: kValue }.
        if interp.to_boolean(&test_result) {
            return Ok(match result {
                FindResult::Value => k_value,
                FindResult::Index => Value::Number(k),
            });
        }
        i += 1.0;
    }
    // 5. Return the Record { [[Index]]: -1𝔽, [[Value]]: undefined }.
    Ok(match result {
        FindResult::Value => Value::Undefined,
        FindResult::Index => Value::Number(-1.0),
    })
}

/// Array.prototype.find ( predicate [ , thisArg ] ) (§23.1.3.9).
fn array_prototype_find<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    find_via_predicate(interp, &this, args, true, FindResult::Value)
}

/// Array.prototype.findIndex ( predicate [ , thisArg ] ) (§23.1.3.10).
fn array_prototype_find_index<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    find_via_predicate(interp, &this, args, true, FindResult::Index)
}

/// Array.prototype.findLast ( predicate [ , thisArg ] ) (§23.1.3.11).
fn array_prototype_find_last<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    find_via_predicate(interp, &this, args, false, FindResult::Value)
}

/// Array.prototype.findLastIndex ( predicate [ , thisArg ] ) (§23.1.3.12).
fn array_prototype_find_last_index<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    find_via_predicate(interp, &this, args, false, FindResult::Index)
}

/// FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapperFunction [ , thisArg ] ] )
/// (§23.1.3.13.1). Recursion is bounded by the interpreter's call depth limit.
#[allow(clippy::too_many_arguments)]
fn flatten_into_array<'a>(
    interp: &mut Interp<'a>,
    target: &Obj<'a>,
    source: &Obj<'a>,
    source_len: f64,
    start: f64,
    depth: f64,
    mapper: Option<(&Value<'a>, &Value<'a>)>,
) -> JsResult<'a, f64> {
    // 1-2. targetIndex and sourceIndex.
    let mut target_index = start;
    let mut source_index = 0.0;
    // 3. Repeat, while sourceIndex < sourceLen,
    while source_index < source_len {
        interp.tick()?;
        let p = key(source_index);
        // b. Let exists be ? HasProperty(source, P).
        if interp.has_property(source, &p)? {
            // i. Let element be ? Get(source, P).
            let mut element = interp.get_prop(source, p)?;
            // ii. If mapperFunction is present, element = ? Call(mapperFunction, thisArg, « element, sourceIndex, source »).
            if let Some((mapper_function, this_arg)) = mapper {
                element = interp.call(
                    mapper_function,
                    this_arg.clone(),
                    &[
                        element,
                        Value::Number(source_index),
                        Value::Object(source.clone()),
                    ],
                )?;
            }
            // iii-iv. shouldFlatten = depth > 0 and IsArray(element).
            let should_flatten = depth > 0.0 && interp.is_array(&element);
            if let (true, Value::Object(element_obj)) = (should_flatten, &element) {
                // 1-2. newDepth.
                let new_depth = if depth == f64::INFINITY {
                    f64::INFINITY
                } else {
                    depth - 1.0
                };
                // 3. Let elementLen be ? LengthOfArrayLike(element).
                let element_len = interp.length_of_array_like(element_obj)?;
                // 4. Set targetIndex to ? FlattenIntoArray(target, element, elementLen, targetIndex, newDepth).
                if interp.call_depth >= interp.max_call_depth {
                    return Err(interp.range_error("Maximum call stack size exceeded"));
                }
                interp.call_depth += 1;
                let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
                    flatten_into_array(
                        interp,
                        target,
                        element_obj,
                        element_len,
                        target_index,
                        new_depth,
                        None,
                    )
                });
                interp.call_depth -= 1;
                target_index = r?;
            } else {
                // vi.1. If targetIndex ≥ 2^53 - 1, throw a TypeError exception.
                if target_index >= MAX_SAFE_INTEGER {
                    return Err(interp.type_error("Array.prototype.flat: result is too long"));
                }
                // 2-3. CreateDataPropertyOrThrow(target, ! ToString(𝔽(targetIndex)), element); targetIndex + 1.
                interp.create_data_property_or_throw(target, key(target_index), element)?;
                target_index += 1.0;
            }
        }
        // c. Set sourceIndex to sourceIndex + 1𝔽.
        source_index += 1.0;
    }
    // 4. Return targetIndex.
    Ok(target_index)
}

/// Array.prototype.flat ( [ depth ] ) (§23.1.3.13).
fn array_prototype_flat<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. O and sourceLen.
    let o = interp.to_object(&this)?;
    let source_len = interp.length_of_array_like(&o)?;
    // 3-4. depthNum.
    let depth = arg(args, 0);
    let mut depth_num = 1.0;
    if !depth.is_undefined() {
        depth_num = interp.to_integer_or_infinity(&depth)?;
        if depth_num < 0.0 {
            depth_num = 0.0;
        }
    }
    // 5. Let A be ? ArraySpeciesCreate(O, 0).
    let a = array_species_create(interp, &o, 0.0)?;
    // 6. Perform ? FlattenIntoArray(A, O, sourceLen, 0, depthNum).
    flatten_into_array(interp, &a, &o, source_len, 0.0, depth_num, None)?;
    Ok(Value::Object(a))
}

/// Array.prototype.flatMap ( mapperFunction [ , thisArg ] ) (§23.1.3.14).
fn array_prototype_flat_map<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let mapper_function = arg(args, 0);
    let this_arg = arg(args, 1);
    // 1-3. O, sourceLen, IsCallable(mapperFunction).
    let o = interp.to_object(&this)?;
    let source_len = interp.length_of_array_like(&o)?;
    require_callable(interp, &mapper_function)?;
    // 4. Let A be ? ArraySpeciesCreate(O, 0).
    let a = array_species_create(interp, &o, 0.0)?;
    // 5. Perform ? FlattenIntoArray(A, O, sourceLen, 0, 1, mapperFunction, thisArg).
    flatten_into_array(
        interp,
        &a,
        &o,
        source_len,
        0.0,
        1.0,
        Some((&mapper_function, &this_arg)),
    )?;
    Ok(Value::Object(a))
}

/// Array.prototype.includes ( searchElement [ , fromIndex ] ) (§23.1.3.16).
fn array_prototype_includes<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let search_element = arg(args, 0);
    // 1-3. O, len; if len = 0, return false.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    if len == 0.0 {
        return Ok(Value::Bool(false));
    }
    // 4. Let n be ? ToIntegerOrInfinity(fromIndex).
    let mut n = interp.to_integer_or_infinity(&arg(args, 1))?;
    // 6-7. If n = +∞, return false; else if n = -∞, set n to 0.
    if n == f64::INFINITY {
        return Ok(Value::Bool(false));
    } else if n == f64::NEG_INFINITY {
        n = 0.0;
    }
    // 8-9. k.
    let mut k = if n >= 0.0 { n } else { (len + n).max(0.0) };
    // 10. Repeat, while k < len: SameValueZero(searchElement, ? Get(O, k)).
    while k < len {
        interp.tick()?;
        let element_k = interp.get_prop(&o, key(k))?;
        if same_value_zero(&search_element, &element_k) {
            return Ok(Value::Bool(true));
        }
        k += 1.0;
    }
    Ok(Value::Bool(false))
}

/// Array.prototype.indexOf ( searchElement [ , fromIndex ] ) (§23.1.3.17).
fn array_prototype_index_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let search_element = arg(args, 0);
    // 1-3. O, len; if len = 0, return -1.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    if len == 0.0 {
        return Ok(Value::Number(-1.0));
    }
    // 4. Let n be ? ToIntegerOrInfinity(fromIndex).
    let mut n = interp.to_integer_or_infinity(&arg(args, 1))?;
    // 6-7. If n = +∞, return -1; else if n = -∞, set n to 0.
    if n == f64::INFINITY {
        return Ok(Value::Number(-1.0));
    } else if n == f64::NEG_INFINITY {
        n = 0.0;
    }
    // 8-9. k.
    let mut k = if n >= 0.0 { n } else { (len + n).max(0.0) };
    // 10. Repeat, while k < len,
    while k < len {
        interp.tick()?;
        let pk = key(k);
        if interp.has_property(&o, &pk)? {
            let element_k = interp.get_prop(&o, pk)?;
            if is_strictly_equal(&search_element, &element_k) {
                return Ok(Value::Number(k));
            }
        }
        k += 1.0;
    }
    Ok(Value::Number(-1.0))
}

/// Array.prototype.join ( separator ) (§23.1.3.18).
fn array_prototype_join<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. O and len.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    // 3-4. sep: "," when separator is undefined, else ? ToString(separator).
    let separator = arg(args, 0);
    let sep = if separator.is_undefined() {
        JsString::from(",")
    } else {
        interp.to_string(&separator)?
    };
    // 5-7. R, k; the loop.
    let mut r: Vec<u16> = Vec::new();
    let mut k = 0.0;
    while k < len {
        interp.tick()?;
        // a. If k > 0, set R to the string-concatenation of R and sep.
        if k > 0.0 {
            check_string_length(interp, r.len() + sep.len())?;
            r.extend_from_slice(sep.units());
        }
        // b. Let element be ? Get(O, ! ToString(𝔽(k))).
        let element = interp.get_prop(&o, key(k))?;
        // c-d. next: "" for undefined or null, else ? ToString(element).
        if !element.is_nullish() {
            let next = interp.to_string(&element)?;
            check_string_length(interp, r.len() + next.len())?;
            r.extend_from_slice(next.units());
        }
        k += 1.0;
    }
    // 8. Return R.
    Ok(Value::String(JsString::from_units(r)))
}

/// Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) (§23.1.3.20).
fn array_prototype_last_index_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let search_element = arg(args, 0);
    // 1-3. O, len; if len = 0, return -1.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    if len == 0.0 {
        return Ok(Value::Number(-1.0));
    }
    // 4. If fromIndex is present, let n be ? ToIntegerOrInfinity(fromIndex); else let n be len - 1.
    let n = if args.len() > 1 {
        interp.to_integer_or_infinity(&args[1])?
    } else {
        len - 1.0
    };
    // 5. If n = -∞, return -1𝔽.
    if n == f64::NEG_INFINITY {
        return Ok(Value::Number(-1.0));
    }
    // 6-7. k.
    let mut k = if n >= 0.0 { n.min(len - 1.0) } else { len + n };
    // 8. Repeat, while k ≥ 0,
    while k >= 0.0 {
        interp.tick()?;
        let pk = key(k);
        if interp.has_property(&o, &pk)? {
            let element_k = interp.get_prop(&o, pk)?;
            if is_strictly_equal(&search_element, &element_k) {
                return Ok(Value::Number(k));
            }
        }
        k -= 1.0;
    }
    Ok(Value::Number(-1.0))
}

/// Array.prototype.map ( callbackfn [ , thisArg ] ) (§23.1.3.21).
fn array_prototype_map<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let callback = arg(args, 0);
    let this_arg = arg(args, 1);
    // 1-3. O, len, IsCallable.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    require_callable(interp, &callback)?;
    // 4. Let A be ? ArraySpeciesCreate(O, len).
    let a = array_species_create(interp, &o, len)?;
    // 5-6. Map each present element.
    let mut k = 0.0;
    while k < len {
        interp.tick()?;
        let pk = key(k);
        if interp.has_property(&o, &pk)? {
            let k_value = interp.get_prop(&o, pk.clone())?;
            let mapped_value = interp.call(
                &callback,
                this_arg.clone(),
                &[k_value, Value::Number(k), Value::Object(o.clone())],
            )?;
            interp.create_data_property_or_throw(&a, pk, mapped_value)?;
        }
        k += 1.0;
    }
    // 7. Return A.
    Ok(Value::Object(a))
}

/// Array.prototype.pop ( ) (§23.1.3.22).
fn array_prototype_pop<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. O and len.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    // 3. If len = 0: Set(O, "length", +0𝔽, true); return undefined.
    if len == 0.0 {
        set_length(interp, &o, 0.0)?;
        return Ok(Value::Undefined);
    }
    // 4. Else:
    let new_len = len - 1.0;
    let index = key(new_len);
    let element = interp.get_prop(&o, index.clone())?;
    interp.delete_property_or_throw(&o, &index)?;
    set_length(interp, &o, new_len)?;
    Ok(element)
}

/// Array.prototype.push ( ...items ) (§23.1.3.23).
fn array_prototype_push<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. O and len.
    let o = interp.to_object(&this)?;
    let mut len = interp.length_of_array_like(&o)?;
    // 3-4. If len + argCount > 2^53 - 1, throw a TypeError exception.
    if len + args.len() as f64 > MAX_SAFE_INTEGER {
        return Err(interp.type_error("Array.prototype.push: length exceeds 2^53 - 1"));
    }
    // 5. For each element E of items: Set(O, ! ToString(𝔽(len)), E, true); len + 1.
    for e in args {
        interp.set_prop(&o, key(len), e.clone())?;
        len += 1.0;
    }
    // 6. Perform ? Set(O, "length", 𝔽(len), true).
    set_length(interp, &o, len)?;
    // 7. Return 𝔽(len).
    Ok(Value::Number(len))
}

/// The shared algorithm of reduce (§23.1.3.24) and reduceRight (§23.1.3.25).
fn reduce<'a>(
    interp: &mut Interp<'a>,
    this: &Value<'a>,
    args: &[Value<'a>],
    right: bool,
) -> JsResult<'a, Value<'a>> {
    let callback = arg(args, 0);
    // 1-3. O, len, IsCallable.
    let o = interp.to_object(this)?;
    let len = interp.length_of_array_like(&o)?;
    require_callable(interp, &callback)?;
    // 4. If len = 0 and initialValue is not present, throw a TypeError exception.
    let initial_value_present = args.len() > 1;
    if len == 0.0 && !initial_value_present {
        return Err(interp.type_error("Reduce of empty array with no initial value"));
    }
    // 5. k: 0 (reduce) or len - 1 (reduceRight). The i-th visited index is `index(i)`.
    let index = |i: f64| if right { len - 1.0 - i } else { i };
    let mut i = 0.0;
    // 6-8. accumulator.
    let mut accumulator = Value::Undefined;
    if initial_value_present {
        accumulator = args[1].clone();
    } else {
        // a-c. Find the first present element.
        let mut k_present = false;
        while !k_present && i < len {
            interp.tick()?;
            let pk = key(index(i));
            k_present = interp.has_property(&o, &pk)?;
            if k_present {
                accumulator = interp.get_prop(&o, pk)?;
            }
            i += 1.0;
        }
        if !k_present {
            return Err(interp.type_error("Reduce of empty array with no initial value"));
        }
    }
    // 9. Repeat over the remaining indices.
    while i < len {
        interp.tick()?;
        let k = index(i);
        let pk = key(k);
        if interp.has_property(&o, &pk)? {
            let k_value = interp.get_prop(&o, pk)?;
            accumulator = interp.call(
                &callback,
                Value::Undefined,
                &[
                    accumulator,
                    k_value,
                    Value::Number(k),
                    Value::Object(o.clone()),
                ],
            )?;
        }
        i += 1.0;
    }
    // 10. Return accumulator.
    Ok(accumulator)
}

/// Array.prototype.reduce ( callbackfn [ , initialValue ] ) (§23.1.3.24).
fn array_prototype_reduce<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    reduce(interp, &this, args, false)
}

/// Array.prototype.reduceRight ( callbackfn [ , initialValue ] ) (§23.1.3.25).
fn array_prototype_reduce_right<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    reduce(interp, &this, args, true)
}

/// Array.prototype.reverse ( ) (§23.1.3.26).
fn array_prototype_reverse<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. O and len.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    // 3-4. middle and lower.
    let middle = (len / 2.0).floor();
    let mut lower = 0.0;
    // 5. Repeat, while lower ≠ middle,
    while lower != middle {
        interp.tick()?;
        let upper = len - lower - 1.0;
        let upper_p = key(upper);
        let lower_p = key(lower);
        // c-f. Read both ends.
        let lower_exists = interp.has_property(&o, &lower_p)?;
        let lower_value = if lower_exists {
            interp.get_prop(&o, lower_p.clone())?
        } else {
            Value::Undefined
        };
        let upper_exists = interp.has_property(&o, &upper_p)?;
        let upper_value = if upper_exists {
            interp.get_prop(&o, upper_p.clone())?
        } else {
            Value::Undefined
        };
        // g-j. Write them swapped, deleting where a side was a hole.
        match (lower_exists, upper_exists) {
            (true, true) => {
                interp.set_prop(&o, lower_p, upper_value)?;
                interp.set_prop(&o, upper_p, lower_value)?;
            }
            (false, true) => {
                interp.set_prop(&o, lower_p, upper_value)?;
                interp.delete_property_or_throw(&o, &upper_p)?;
            }
            (true, false) => {
                interp.delete_property_or_throw(&o, &lower_p)?;
                interp.set_prop(&o, upper_p, lower_value)?;
            }
            (false, false) => {}
        }
        lower += 1.0;
    }
    // 6. Return O.
    Ok(Value::Object(o))
}

/// Array.prototype.shift ( ) (§23.1.3.27).
fn array_prototype_shift<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. O and len.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    // 3. If len = 0: Set(O, "length", +0𝔽, true); return undefined.
    if len == 0.0 {
        set_length(interp, &o, 0.0)?;
        return Ok(Value::Undefined);
    }
    // 4. Let first be ? Get(O, "0").
    let first = interp.get_prop(&o, "0")?;
    // 5-6. Move every element down by one.
    let mut k = 1.0;
    while k < len {
        interp.tick()?;
        let from = key(k);
        let to = key(k - 1.0);
        if interp.has_property(&o, &from)? {
            let from_val = interp.get_prop(&o, from)?;
            interp.set_prop(&o, to, from_val)?;
        } else {
            interp.delete_property_or_throw(&o, &to)?;
        }
        k += 1.0;
    }
    // 7. Perform ? DeletePropertyOrThrow(O, ! ToString(𝔽(len - 1))).
    interp.delete_property_or_throw(&o, &key(len - 1.0))?;
    // 8. Perform ? Set(O, "length", 𝔽(len - 1), true).
    set_length(interp, &o, len - 1.0)?;
    // 9. Return first.
    Ok(first)
}

/// Array.prototype.slice ( start, end ) (§23.1.3.28).
fn array_prototype_slice<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. O and len.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    // 3-5. k.
    let relative_start = interp.to_integer_or_infinity(&arg(args, 0))?;
    let mut k = relative_to_absolute(relative_start, len);
    // 6-8. final.
    let end = arg(args, 1);
    let relative_end = if end.is_undefined() {
        len
    } else {
        interp.to_integer_or_infinity(&end)?
    };
    let final_ = relative_to_absolute(relative_end, len);
    // 9. Let count be max(final - k, 0).
    let count = (final_ - k).max(0.0);
    // 10. Let A be ? ArraySpeciesCreate(O, count).
    let a = array_species_create(interp, &o, count)?;
    // 11-12. Copy the present elements.
    let mut n = 0.0;
    while k < final_ {
        interp.tick()?;
        let pk = key(k);
        if interp.has_property(&o, &pk)? {
            let k_value = interp.get_prop(&o, pk)?;
            interp.create_data_property_or_throw(&a, key(n), k_value)?;
        }
        k += 1.0;
        n += 1.0;
    }
    // 13. Perform ? Set(A, "length", 𝔽(n), true).
    set_length(interp, &a, n)?;
    Ok(Value::Object(a))
}

/// CompareArrayElements ( x, y, comparefn ) (§23.1.3.30.2), the SortCompare of sort.
fn compare_array_elements<'a>(
    interp: &mut Interp<'a>,
    x: &Value<'a>,
    y: &Value<'a>,
    comparefn: &Value<'a>,
) -> JsResult<'a, f64> {
    match (x, y) {
        // 1. If x and y are both undefined, return +0𝔽.
        (Value::Undefined, Value::Undefined) => return Ok(0.0),
        // 2. If x is undefined, return 1𝔽.
        (Value::Undefined, _) => return Ok(1.0),
        // 3. If y is undefined, return -1𝔽.
        (_, Value::Undefined) => return Ok(-1.0),
        _ => {}
    }
    // 4. If comparefn is not undefined:
    if !comparefn.is_undefined() {
        // a. Let v be ? ToNumber(? Call(comparefn, undefined, « x, y »)).
        let r = interp.call(comparefn, Value::Undefined, &[x.clone(), y.clone()])?;
        let v = interp.to_number(&r)?;
        // b. If v is NaN, return +0𝔽. c. Return v.
        return Ok(if v.is_nan() { 0.0 } else { v });
    }
    // 5. Let xString be ? ToString(x). 6. Let yString be ? ToString(y).
    let x_string = interp.to_string(x)?;
    let y_string = interp.to_string(y)?;
    // 7-10. IsLessThan on two Strings compares code unit sequences.
    Ok(match x_string.units().cmp(y_string.units()) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Greater => 1.0,
        std::cmp::Ordering::Equal => 0.0,
    })
}

/// The "implementation-defined sequence of calls to SortCompare" of SortIndexedProperties
/// (§23.1.3.30.1 step 4): a stable bottom-up merge sort. An element moves before an
/// earlier one only when SortCompare(earlier, later) > 0.
fn merge_sort<'a>(
    interp: &mut Interp<'a>,
    mut items: Vec<Value<'a>>,
    comparefn: &Value<'a>,
) -> JsResult<'a, Vec<Value<'a>>> {
    let n = items.len();
    let mut buffer: Vec<Value<'a>> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        buffer.clear();
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                interp.tick()?;
                if compare_array_elements(interp, &items[i], &items[j], comparefn)? > 0.0 {
                    buffer.push(items[j].clone());
                    j += 1;
                } else {
                    buffer.push(items[i].clone());
                    i += 1;
                }
            }
            buffer.extend_from_slice(&items[i..mid]);
            buffer.extend_from_slice(&items[j..end]);
            start = end;
        }
        std::mem::swap(&mut items, &mut buffer);
        width *= 2;
    }
    Ok(items)
}

/// Array.prototype.sort ( comparefn ) (§23.1.3.30).
fn array_prototype_sort<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let comparefn = arg(args, 0);
    // 1. If comparefn is not undefined and IsCallable(comparefn) is false, throw a TypeError.
    if !comparefn.is_undefined() && !interp.is_callable(&comparefn) {
        return Err(
            interp.type_error("The comparison function must be either a function or undefined")
        );
    }
    // 2-3. obj and len.
    let obj = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&obj)?;
    // 5. SortIndexedProperties(obj, len, SortCompare, skip-holes):
    //    1-3. Collect the values of the present indices in ascending order.
    let mut items = Vec::new();
    let mut k = 0.0;
    while k < len {
        interp.tick()?;
        let pk = key(k);
        if interp.has_property(&obj, &pk)? {
            items.push(interp.get_prop(&obj, pk)?);
        }
        k += 1.0;
    }
    //    4. Sort items.
    let sorted_list = merge_sort(interp, items, &comparefn)?;
    // 6-8. Write the sorted values back.
    let item_count = sorted_list.len();
    let mut j = 0.0;
    for v in sorted_list {
        interp.tick()?;
        interp.set_prop(&obj, key(j), v)?;
        j += 1.0;
    }
    // 9-10. Delete the remaining indices (the holes that were skipped move to the end).
    let mut j = item_count as f64;
    while j < len {
        interp.tick()?;
        interp.delete_property_or_throw(&obj, &key(j))?;
        j += 1.0;
    }
    // 11. Return obj.
    Ok(Value::Object(obj))
}

/// Array.prototype.splice ( start, deleteCount, ...items ) (§23.1.3.31).
fn array_prototype_splice<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. O and len.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    // 3-6. actualStart.
    let relative_start = interp.to_integer_or_infinity(&arg(args, 0))?;
    let actual_start = relative_to_absolute(relative_start, len);
    // 7. Let itemCount be the number of elements in items.
    let items = args.get(2..).unwrap_or(&[]);
    let item_count = items.len() as f64;
    // 8-10. actualDeleteCount.
    let actual_delete_count = if args.is_empty() {
        0.0
    } else if args.len() == 1 {
        len - actual_start
    } else {
        let dc = interp.to_integer_or_infinity(&args[1])?;
        dc.max(0.0).min(len - actual_start)
    };
    // 11. If len + itemCount - actualDeleteCount > 2^53 - 1, throw a TypeError exception.
    if len + item_count - actual_delete_count > MAX_SAFE_INTEGER {
        return Err(interp.type_error("Array.prototype.splice: length exceeds 2^53 - 1"));
    }
    // 12. Let A be ? ArraySpeciesCreate(O, actualDeleteCount).
    let a = array_species_create(interp, &o, actual_delete_count)?;
    // 13-14. Copy the deleted elements into A.
    let mut k = 0.0;
    while k < actual_delete_count {
        interp.tick()?;
        let from = key(actual_start + k);
        if interp.has_property(&o, &from)? {
            let from_value = interp.get_prop(&o, from)?;
            interp.create_data_property_or_throw(&a, key(k), from_value)?;
        }
        k += 1.0;
    }
    // 15. Perform ? Set(A, "length", 𝔽(actualDeleteCount), true).
    set_length(interp, &a, actual_delete_count)?;
    if item_count < actual_delete_count {
        // 16. Shift the tail down, then delete the leftover indices at the end.
        let mut k = actual_start;
        while k < len - actual_delete_count {
            interp.tick()?;
            let from = key(k + actual_delete_count);
            let to = key(k + item_count);
            if interp.has_property(&o, &from)? {
                let from_value = interp.get_prop(&o, from)?;
                interp.set_prop(&o, to, from_value)?;
            } else {
                interp.delete_property_or_throw(&o, &to)?;
            }
            k += 1.0;
        }
        let mut k = len;
        while k > len - actual_delete_count + item_count {
            interp.tick()?;
            interp.delete_property_or_throw(&o, &key(k - 1.0))?;
            k -= 1.0;
        }
    } else if item_count > actual_delete_count {
        // 17. Shift the tail up, from the end.
        let mut k = len - actual_delete_count;
        while k > actual_start {
            interp.tick()?;
            let from = key(k + actual_delete_count - 1.0);
            let to = key(k + item_count - 1.0);
            if interp.has_property(&o, &from)? {
                let from_value = interp.get_prop(&o, from)?;
                interp.set_prop(&o, to, from_value)?;
            } else {
                interp.delete_property_or_throw(&o, &to)?;
            }
            k -= 1.0;
        }
    }
    // 18-19. Insert the items.
    let mut k = actual_start;
    for e in items {
        interp.set_prop(&o, key(k), e.clone())?;
        k += 1.0;
    }
    // 20. Perform ? Set(O, "length", 𝔽(len - actualDeleteCount + itemCount), true).
    set_length(interp, &o, len - actual_delete_count + item_count)?;
    // 21. Return A.
    Ok(Value::Object(a))
}

/// Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (§23.1.3.32), with ","
/// as the implementation-defined list separator.
fn array_prototype_to_locale_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. array and len.
    let array = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&array)?;
    // 3-6. Join the elements' toLocaleString results.
    let mut r: Vec<u16> = Vec::new();
    let mut k = 0.0;
    while k < len {
        interp.tick()?;
        if k > 0.0 {
            check_string_length(interp, r.len() + 1)?;
            r.push(u16::from(b','));
        }
        let next_element = interp.get_prop(&array, key(k))?;
        if !next_element.is_nullish() {
            let s = interp.invoke(&next_element, &PropertyKey::from("toLocaleString"), &[])?;
            let s = interp.to_string(&s)?;
            check_string_length(interp, r.len() + s.len())?;
            r.extend_from_slice(s.units());
        }
        k += 1.0;
    }
    Ok(Value::String(JsString::from_units(r)))
}

/// Array.prototype.toString ( ) (§23.1.3.36).
fn array_prototype_to_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let array be ? ToObject(this value).
    let array = interp.to_object(&this)?;
    // 2. Let func be ? Get(array, "join").
    let mut func = interp.get_prop(&array, "join")?;
    // 3. If IsCallable(func) is false, set func to the intrinsic function %Object.prototype.toString%
    //    (captured when Array.prototype.toString was created).
    if !interp.is_callable(&func) {
        func = match interp.native_captures().into_iter().next() {
            Some(f) => f,
            None => {
                let object_prototype = interp.intrinsic("%Object.prototype%");
                interp.get_prop(&object_prototype, "toString")?
            }
        };
    }
    // 4. Return ? Call(func, array).
    interp.call(&func, Value::Object(array), &[])
}

/// Array.prototype.unshift ( ...items ) (§23.1.3.35).
fn array_prototype_unshift<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-3. O, len, argCount.
    let o = interp.to_object(&this)?;
    let len = interp.length_of_array_like(&o)?;
    let arg_count = args.len() as f64;
    // 4. If argCount > 0:
    if arg_count > 0.0 {
        // a. If len + argCount > 2^53 - 1, throw a TypeError exception.
        if len + arg_count > MAX_SAFE_INTEGER {
            return Err(interp.type_error("Array.prototype.unshift: length exceeds 2^53 - 1"));
        }
        // b-c. Move the elements up by argCount, from the end.
        let mut k = len;
        while k > 0.0 {
            interp.tick()?;
            let from = key(k - 1.0);
            let to = key(k + arg_count - 1.0);
            if interp.has_property(&o, &from)? {
                let from_value = interp.get_prop(&o, from)?;
                interp.set_prop(&o, to, from_value)?;
            } else {
                interp.delete_property_or_throw(&o, &to)?;
            }
            k -= 1.0;
        }
        // d-f. Write the items at the front.
        for (j, e) in args.iter().enumerate() {
            interp.set_prop(&o, j, e.clone())?;
        }
    }
    // 5. Perform ? Set(O, "length", 𝔽(len + argCount), true).
    set_length(interp, &o, len + arg_count)?;
    // 6. Return 𝔽(len + argCount).
    Ok(Value::Number(len + arg_count))
}

// ---------------------------------------------------------------------------------------
// %ArrayIteratorPrototype% (§23.1.5.2).
// ---------------------------------------------------------------------------------------

/// %ArrayIteratorPrototype%.next ( ) (§23.1.5.2.1), in the explicit form of ES2020
/// (§22.1.5.2.1 there), which engines implement: the index advances before the element
/// is read, and an abrupt completion from `length` or the element leaves the iterator
/// usable. (The current text's generator-closure form, introduced as an editorial change,
/// would end the iteration after such a throw.)
fn array_iterator_next<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-3. O must be an Array Iterator instance.
    let state = match &this {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::ArrayIterator {
                iterated,
                next_index,
                kind,
            } => Some((o.clone(), iterated.clone(), *next_index, *kind)),
            _ => None,
        },
        _ => None,
    };
    let Some((it, iterated, index, kind)) = state else {
        return Err(
            interp.type_error("%ArrayIteratorPrototype%.next called on an incompatible receiver")
        );
    };
    // 4-5. Let a be O.[[IteratedObject]]; if a is undefined, return CreateIterResultObject(undefined, true).
    let Some(a) = iterated else {
        return Ok(interp.create_iter_result_object(Value::Undefined, true));
    };
    // 9. Let len be ? LengthOfArrayLike(a).
    let len = interp.length_of_array_like(&a)?;
    // 10. If index ≥ len: set O.[[IteratedObject]] to undefined; return CreateIterResultObject(undefined, true).
    let index_number = index as f64;
    if index_number >= len {
        if let ObjectKind::ArrayIterator { iterated, .. } = &mut it.borrow_mut().kind {
            *iterated = None;
        }
        return Ok(interp.create_iter_result_object(Value::Undefined, true));
    }
    // 11. Set O.[[ArrayIteratorNextIndex]] to index + 1.
    if let ObjectKind::ArrayIterator { next_index, .. } = &mut it.borrow_mut().kind {
        *next_index = index + 1;
    }
    // 12. If itemKind is key, return CreateIterResultObject(𝔽(index), false).
    if kind == IterationKind::Keys {
        return Ok(interp.create_iter_result_object(Value::Number(index_number), false));
    }
    // 13-14. Let elementValue be ? Get(a, ! ToString(𝔽(index))).
    let element_value = interp.get_prop(&a, key(index_number))?;
    // 15-17. The value, or the [index, value] pair.
    let result = if kind == IterationKind::Values {
        element_value
    } else {
        Value::Object(interp.create_array_from_list(&[Value::Number(index_number), element_value]))
    };
    Ok(interp.create_iter_result_object(result, false))
}
