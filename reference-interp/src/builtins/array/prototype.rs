//! Array.prototype (§23.1.3): element access, concatenation, iterators, search and join.

use super::*;

// ---------------------------------------------------------------------------------------
// Array.prototype (§23.1.3).
// ---------------------------------------------------------------------------------------

/// Array.prototype.at ( index ) (§23.1.3.1).
pub(super) fn array_prototype_at<'a>(
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
pub(super) fn is_concat_spreadable<'a>(interp: &mut Interp<'a>, o: &Value<'a>) -> bool {
    interp.is_array(o)
}

/// Array.prototype.concat ( ...items ) (§23.1.3.2).
pub(super) fn array_prototype_concat<'a>(
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
pub(super) fn array_prototype_copy_within<'a>(
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
pub(super) fn create_array_iterator<'a>(
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
pub(super) fn array_prototype_entries<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let o = interp.to_object(&this)?;
    Ok(create_array_iterator(interp, o, IterationKind::Entries))
}

/// Array.prototype.keys ( ) (§23.1.3.19).
pub(super) fn array_prototype_keys<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let o = interp.to_object(&this)?;
    Ok(create_array_iterator(interp, o, IterationKind::Keys))
}

/// Array.prototype.values ( ) (§23.1.3.37); also Array.prototype [ @@iterator ].
pub(super) fn array_prototype_values<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let o = interp.to_object(&this)?;
    Ok(create_array_iterator(interp, o, IterationKind::Values))
}

/// Array.prototype.includes ( searchElement [ , fromIndex ] ) (§23.1.3.16).
pub(super) fn array_prototype_includes<'a>(
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
pub(super) fn array_prototype_index_of<'a>(
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
pub(super) fn array_prototype_join<'a>(
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
pub(super) fn array_prototype_last_index_of<'a>(
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
