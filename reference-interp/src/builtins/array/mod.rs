//! Array objects (§23.1): the `Array` constructor, `%Array.prototype%` and
//! `%ArrayIteratorPrototype%`.
//!
//! Every prototype method is generic: it works on `ToObject(this)` through `Get`, `Set`,
//! `HasProperty` and `DeletePropertyOrThrow`, in the order the specification gives, so
//! array-likes, holes, accessors and proxies-to-come observe exactly the spec's steps.
//! Lengths are Numbers up to 2^53 - 1 and are iterated (with a fuel tick per step), never
//! used to allocate.

mod callbacks;
mod elements;
mod prototype;

use callbacks::*;
use elements::*;
use prototype::*;

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
