//! Array.prototype methods that add, remove, reorder or render elements (§23.1.3): pop, push,
//! reverse, shift, slice, sort, splice, toLocaleString, toString, unshift.

use super::*;

/// Array.prototype.pop ( ) (§23.1.3.22).
pub(super) fn array_prototype_pop<'a>(
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
pub(super) fn array_prototype_push<'a>(
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

/// Array.prototype.reverse ( ) (§23.1.3.26).
pub(super) fn array_prototype_reverse<'a>(
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
pub(super) fn array_prototype_shift<'a>(
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
pub(super) fn array_prototype_slice<'a>(
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
pub(super) fn compare_array_elements<'a>(
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
pub(super) fn merge_sort<'a>(
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
pub(super) fn array_prototype_sort<'a>(
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
pub(super) fn array_prototype_splice<'a>(
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
pub(super) fn array_prototype_to_locale_string<'a>(
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
pub(super) fn array_prototype_to_string<'a>(
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
pub(super) fn array_prototype_unshift<'a>(
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
