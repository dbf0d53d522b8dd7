//! Array.prototype methods that call a function per element (§23.1.3): every, some, forEach,
//! fill, filter, find*, flat/flatMap, map, reduce/reduceRight.

use super::*;

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
pub(super) fn array_prototype_every<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    iterate_with_callback(interp, &this, args, Visit::Every)
}

/// Array.prototype.some ( callbackfn [ , thisArg ] ) (§23.1.3.29).
pub(super) fn array_prototype_some<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    iterate_with_callback(interp, &this, args, Visit::Some)
}

/// Array.prototype.forEach ( callbackfn [ , thisArg ] ) (§23.1.3.15).
pub(super) fn array_prototype_for_each<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    iterate_with_callback(interp, &this, args, Visit::ForEach)
}

/// Array.prototype.fill ( value [ , start [ , end ] ] ) (§23.1.3.7).
pub(super) fn array_prototype_fill<'a>(
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
pub(super) fn array_prototype_filter<'a>(
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
pub(super) fn array_prototype_find<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    find_via_predicate(interp, &this, args, true, FindResult::Value)
}

/// Array.prototype.findIndex ( predicate [ , thisArg ] ) (§23.1.3.10).
pub(super) fn array_prototype_find_index<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    find_via_predicate(interp, &this, args, true, FindResult::Index)
}

/// Array.prototype.findLast ( predicate [ , thisArg ] ) (§23.1.3.11).
pub(super) fn array_prototype_find_last<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    find_via_predicate(interp, &this, args, false, FindResult::Value)
}

/// Array.prototype.findLastIndex ( predicate [ , thisArg ] ) (§23.1.3.12).
pub(super) fn array_prototype_find_last_index<'a>(
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
                let r = interp.with_stack(|interp| {
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
pub(super) fn array_prototype_flat<'a>(
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
pub(super) fn array_prototype_flat_map<'a>(
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

/// Array.prototype.map ( callbackfn [ , thisArg ] ) (§23.1.3.21).
pub(super) fn array_prototype_map<'a>(
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
pub(super) fn array_prototype_reduce<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    reduce(interp, &this, args, false)
}

/// Array.prototype.reduceRight ( callbackfn [ , initialValue ] ) (§23.1.3.25).
pub(super) fn array_prototype_reduce_right<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    reduce(interp, &this, args, true)
}
