//! String objects (§22.1): the `String` constructor, `%String.prototype%` and
//! `%StringIteratorPrototype%`.
//!
//! There is no RegExp in this interpreter yet and no `@@match`/`@@replace`/`@@split`
//! well-known symbols, so the steps that look those methods up (IsRegExp, GetMethod of
//! `@@replace`/`@@split`) have nothing to find: search values are always converted
//! with ToString. Every string this module builds is checked against
//! [`MAX_STRING_LENGTH`]; longer results throw a RangeError.

use crate::builtins::arg;
use crate::interp::{Interp, JsResult};
use crate::object::{NativeFn, Obj, ObjectKind};
use crate::string::{JsString, MAX_STRING_LENGTH, trim_units};
use crate::value::{PropertyKey, Value};

/// Throws RangeError "Invalid string length" when a string of `len` code units would be
/// longer than the interpreter allows.
pub(crate) fn check_string_length<'a>(interp: &mut Interp<'a>, len: usize) -> JsResult<'a, ()> {
    if len > MAX_STRING_LENGTH {
        return Err(interp.range_error("Invalid string length"));
    }
    Ok(())
}

/// Creates `%String.prototype%` (first, since ToObject of strings needs it), the `String`
/// constructor and `%StringIteratorPrototype%`.
pub fn init(interp: &mut Interp<'_>) {
    let object_prototype = interp.intrinsic("%Object.prototype%");
    // The String prototype object is a String exotic object whose value is "" (§22.1.3).
    let proto = interp.string_create(JsString::empty(), Some(object_prototype));
    interp.register_intrinsic("%String.prototype%", &proto);
    let ctor = interp.define_global_constructor("String", 1, string_constructor, &proto);

    let statics: [(&str, u32, NativeFn); 3] = [
        ("fromCharCode", 1, string_from_char_code),
        ("fromCodePoint", 1, string_from_code_point),
        ("raw", 1, string_raw),
    ];
    for (name, length, f) in statics {
        interp.define_method(&ctor, name, length, f);
    }

    let methods: [(&str, u32, NativeFn); 29] = [
        ("at", 1, string_prototype_at),
        ("charAt", 1, string_prototype_char_at),
        ("charCodeAt", 1, string_prototype_char_code_at),
        ("codePointAt", 1, string_prototype_code_point_at),
        ("concat", 1, string_prototype_concat),
        ("endsWith", 1, string_prototype_ends_with),
        ("includes", 1, string_prototype_includes),
        ("indexOf", 1, string_prototype_index_of),
        ("lastIndexOf", 1, string_prototype_last_index_of),
        ("localeCompare", 1, string_prototype_locale_compare),
        ("padEnd", 1, string_prototype_pad_end),
        ("padStart", 1, string_prototype_pad_start),
        ("repeat", 1, string_prototype_repeat),
        ("replace", 2, string_prototype_replace),
        ("replaceAll", 2, string_prototype_replace_all),
        ("slice", 2, string_prototype_slice),
        ("split", 2, string_prototype_split),
        ("startsWith", 1, string_prototype_starts_with),
        ("substr", 2, string_prototype_substr),
        ("substring", 2, string_prototype_substring),
        ("toLocaleLowerCase", 0, string_prototype_to_lower_case),
        ("toLocaleUpperCase", 0, string_prototype_to_upper_case),
        ("toLowerCase", 0, string_prototype_to_lower_case),
        ("toString", 0, string_prototype_to_string),
        ("toUpperCase", 0, string_prototype_to_upper_case),
        ("trim", 0, string_prototype_trim),
        ("trimEnd", 0, string_prototype_trim_end),
        ("trimStart", 0, string_prototype_trim_start),
        ("valueOf", 0, string_prototype_value_of),
    ];
    for (name, length, f) in methods {
        interp.define_method(&proto, name, length, f);
    }
    // Annex B.2.2.15-16: trimLeft/trimRight are the same function objects as trimStart/trimEnd.
    for (alias, original) in [("trimLeft", "trimStart"), ("trimRight", "trimEnd")] {
        let f = proto
            .borrow()
            .properties
            .get(&PropertyKey::from(original))
            .map(|p| p.to_descriptor().value.unwrap_or(Value::Undefined));
        if let Some(f) = f {
            interp.define_data(&proto, alias, f);
        }
    }
    // String.prototype [ @@iterator ] (§22.1.3.36).
    let iterator_key = PropertyKey::Symbol(interp.well_known.iterator.clone());
    interp.define_method(&proto, iterator_key, 0, string_prototype_iterator);

    // %StringIteratorPrototype% (§22.1.5.1).
    let iterator_prototype = interp.intrinsic("%IteratorPrototype%");
    let string_iterator_prototype = Obj::new(Some(iterator_prototype), ObjectKind::Ordinary);
    interp.register_intrinsic("%StringIteratorPrototype%", &string_iterator_prototype);
    interp.define_method(&string_iterator_prototype, "next", 0, string_iterator_next);
    let tag = PropertyKey::Symbol(interp.well_known.to_string_tag.clone());
    interp.define_readonly(
        &string_iterator_prototype,
        tag,
        Value::str("String Iterator"),
    );
}

/// String ( value ) (§22.1.1.1).
fn string_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = match args.first() {
        // 1. If value is not present, let s be the empty String.
        None => JsString::empty(),
        Some(value) => {
            // 2.a. If NewTarget is undefined and value is a Symbol, return SymbolDescriptiveString(value).
            if let (None, Value::Symbol(sym)) = (&new_target, value) {
                return Ok(Value::String(sym.descriptive_string()));
            }
            // 2.b. Let s be ? ToString(value).
            interp.to_string(value)?
        }
    };
    // 3. If NewTarget is undefined, return s.
    let Some(new_target) = new_target else {
        return Ok(Value::String(s));
    };
    // 4. Return StringCreate(s, ? GetPrototypeFromConstructor(NewTarget, "%String.prototype%")).
    let proto = interp.get_prototype_from_constructor(&new_target, "%String.prototype%")?;
    Ok(Value::Object(interp.string_create(s, Some(proto))))
}

/// String.fromCharCode ( ...codeUnits ) (§22.1.2.1).
fn string_from_char_code<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let mut units = Vec::with_capacity(args.len());
    for next in args {
        // ToUint16 (§7.1.9): ToUint32 modulo 2^16.
        let n = interp.to_uint32(next)?;
        units.push(n as u16);
    }
    check_string_length(interp, units.len())?;
    Ok(Value::String(JsString::from_units(units)))
}

/// String.fromCodePoint ( ...codePoints ) (§22.1.2.2).
fn string_from_code_point<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let mut units = Vec::with_capacity(args.len());
    for next in args {
        // a. Let nextCP be ? ToNumber(next).
        let cp = interp.to_number(next)?;
        // b. If IsIntegralNumber(nextCP) is false, throw a RangeError exception.
        // c. If ℝ(nextCP) < 0 or ℝ(nextCP) > 0x10FFFF, throw a RangeError exception.
        if !cp.is_finite() || cp.trunc() != cp || !(0.0..=1_114_111.0).contains(&cp) {
            let d = interp.describe(&Value::Number(cp));
            return Err(interp.range_error(format!("Invalid code point {d}")));
        }
        // d. Append UTF16EncodeCodePoint(ℝ(nextCP)).
        utf16_encode_code_point(cp as u32, &mut units);
    }
    check_string_length(interp, units.len())?;
    Ok(Value::String(JsString::from_units(units)))
}

/// UTF16EncodeCodePoint (§11.1.1).
fn utf16_encode_code_point(cp: u32, out: &mut Vec<u16>) {
    if cp <= 0xFFFF {
        out.push(cp as u16);
    } else {
        let c = cp - 0x10000;
        out.push((c / 0x400 + 0xD800) as u16);
        out.push((c % 0x400 + 0xDC00) as u16);
    }
}

/// String.raw ( template, ...substitutions ) (§22.1.2.4).
fn string_raw<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let substitutions = args.get(1..).unwrap_or(&[]);
    // 1. Let substitutionCount be the number of elements in substitutions.
    let substitution_count = substitutions.len();
    // 2. Let cooked be ? ToObject(template).
    let cooked = interp.to_object(&arg(args, 0))?;
    // 3. Let literals be ? ToObject(? Get(cooked, "raw")).
    let raw = interp.get_prop(&cooked, "raw")?;
    let literals = interp.to_object(&raw)?;
    // 4. Let literalCount be ? LengthOfArrayLike(literals).
    let literal_count = interp.length_of_array_like(&literals)?;
    // 5. If literalCount ≤ 0, return the empty String.
    if literal_count <= 0.0 {
        return Ok(Value::String(JsString::empty()));
    }
    // 6-7. Interleave literals and substitutions.
    let mut r: Vec<u16> = Vec::new();
    let mut next_index = 0usize;
    loop {
        interp.tick()?;
        let next_literal_val = interp.get_prop(&literals, next_index)?;
        let next_literal = interp.to_string(&next_literal_val)?;
        check_string_length(interp, r.len() + next_literal.len())?;
        r.extend_from_slice(next_literal.units());
        if (next_index + 1) as f64 == literal_count {
            return Ok(Value::String(JsString::from_units(r)));
        }
        if next_index < substitution_count {
            let next_sub_val = &substitutions[next_index];
            let next_sub = interp.to_string(next_sub_val)?;
            check_string_length(interp, r.len() + next_sub.len())?;
            r.extend_from_slice(next_sub.units());
        }
        next_index += 1;
    }
}

/// RequireObjectCoercible(this) followed by ToString — the first steps of most
/// String.prototype methods.
fn this_to_string<'a>(interp: &mut Interp<'a>, this: &Value<'a>) -> JsResult<'a, JsString> {
    // 1. Let O be ? RequireObjectCoercible(this value).
    interp.require_object_coercible(this)?;
    // 2. Let S be ? ToString(O).
    interp.to_string(this)
}

/// Clamps an integer (possibly ±∞) between `lo` and `hi`.
fn clamp(x: f64, lo: usize, hi: usize) -> usize {
    if x <= lo as f64 {
        lo
    } else if x >= hi as f64 {
        hi
    } else {
        x as usize
    }
}

/// String.prototype.at ( index ) (§22.1.3.1).
fn string_prototype_at<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 3. Let len be the length of S.
    let len = s.len() as f64;
    // 4. Let relativeIndex be ? ToIntegerOrInfinity(index).
    let relative = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 5-6. k.
    let k = if relative >= 0.0 {
        relative
    } else {
        len + relative
    };
    // 7. If k < 0 or k ≥ len, return undefined.
    if k < 0.0 || k >= len {
        return Ok(Value::Undefined);
    }
    let k = k as usize;
    Ok(Value::String(s.slice(k, k + 1)))
}

/// String.prototype.charAt ( pos ) (§22.1.3.2).
fn string_prototype_char_at<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 3. Let position be ? ToIntegerOrInfinity(pos).
    let position = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 5. If position < 0 or position ≥ size, return the empty String.
    if position < 0.0 || position >= s.len() as f64 {
        return Ok(Value::String(JsString::empty()));
    }
    let p = position as usize;
    Ok(Value::String(s.slice(p, p + 1)))
}

/// String.prototype.charCodeAt ( pos ) (§22.1.3.3).
fn string_prototype_char_code_at<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    let position = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 5. If position < 0 or position ≥ size, return NaN.
    if position < 0.0 || position >= s.len() as f64 {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::from(u32::from(s.units()[position as usize])))
}

/// String.prototype.codePointAt ( pos ) (§22.1.3.4).
fn string_prototype_code_point_at<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    let position = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 5. If position < 0 or position ≥ size, return undefined.
    if position < 0.0 || position >= s.len() as f64 {
        return Ok(Value::Undefined);
    }
    // 6. Let cp be CodePointAt(S, position). 7. Return 𝔽(cp.[[CodePoint]]).
    let (cp, _, _) = s.code_point_at(position as usize);
    Ok(Value::from(cp))
}

/// String.prototype.concat ( ...args ) (§22.1.3.5).
fn string_prototype_concat<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 3. Let R be S.
    let mut r = s.units().to_vec();
    // 4. For each element next of args: R = R + ? ToString(next).
    for next in args {
        let next_string = interp.to_string(next)?;
        check_string_length(interp, r.len() + next_string.len())?;
        r.extend_from_slice(next_string.units());
    }
    Ok(Value::String(JsString::from_units(r)))
}

/// String.prototype.endsWith ( searchString [ , endPosition ] ) (§22.1.3.7).
fn string_prototype_ends_with<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 3-4. IsRegExp(searchString) is always false (no RegExp). 5. searchStr = ? ToString(searchString).
    let search = interp.to_string(&arg(args, 0))?;
    // 6. Let len be the length of S.
    let len = s.len();
    // 7. If endPosition is undefined, let pos be len; else let pos be ? ToIntegerOrInfinity(endPosition).
    let end_position = arg(args, 1);
    let pos = if end_position.is_undefined() {
        len as f64
    } else {
        interp.to_integer_or_infinity(&end_position)?
    };
    // 8. Let end be the result of clamping pos between 0 and len.
    let end = clamp(pos, 0, len);
    // 9-10. If searchLength = 0, return true.
    let search_length = search.len();
    if search_length == 0 {
        return Ok(Value::Bool(true));
    }
    // 11-12. Let start be end - searchLength; if start < 0, return false.
    if search_length > end {
        return Ok(Value::Bool(false));
    }
    let start = end - search_length;
    // 13-14. Compare the substring.
    Ok(Value::Bool(s.units()[start..end] == *search.units()))
}

/// String.prototype.includes ( searchString [ , position ] ) (§22.1.3.8).
fn string_prototype_includes<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 5. Let searchStr be ? ToString(searchString).
    let search = interp.to_string(&arg(args, 0))?;
    // 6. Let pos be ? ToIntegerOrInfinity(position).
    let pos = interp.to_integer_or_infinity(&arg(args, 1))?;
    // 8-9. Let start be the result of clamping pos between 0 and len.
    let start = clamp(pos, 0, s.len());
    // 10-11. Let index be StringIndexOf(S, searchStr, start).
    Ok(Value::Bool(s.index_of(&search, start).is_some()))
}

/// String.prototype.indexOf ( searchString [ , position ] ) (§22.1.3.9).
fn string_prototype_index_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 3. Let searchStr be ? ToString(searchString).
    let search = interp.to_string(&arg(args, 0))?;
    // 4. Let pos be ? ToIntegerOrInfinity(position).
    let pos = interp.to_integer_or_infinity(&arg(args, 1))?;
    // 6-7. Let start be the result of clamping pos between 0 and len.
    let start = clamp(pos, 0, s.len());
    // 8. Return 𝔽(StringIndexOf(S, searchStr, start)).
    Ok(match s.index_of(&search, start) {
        Some(i) => Value::from(i),
        None => Value::Number(-1.0),
    })
}

/// String.prototype.lastIndexOf ( searchString [ , position ] ) (§22.1.3.10).
fn string_prototype_last_index_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 3. Let searchStr be ? ToString(searchString).
    let search = interp.to_string(&arg(args, 0))?;
    // 4. Let numPos be ? ToNumber(position).
    let num_pos = interp.to_number(&arg(args, 1))?;
    // 5-6. If numPos is NaN, let pos be +∞; otherwise, let pos be ! ToIntegerOrInfinity(numPos).
    let pos = if num_pos.is_nan() {
        f64::INFINITY
    } else {
        crate::ops::conversion::integer_or_infinity(num_pos)
    };
    let len = s.len();
    let search_len = search.len();
    if search_len > len {
        return Ok(Value::Number(-1.0));
    }
    // 8. Let start be the result of clamping pos between 0 and len - searchLen.
    let start = clamp(pos, 0, len - search_len);
    // 9. If searchStr is the empty String, return 𝔽(start).
    // 10. For each integer i such that 0 ≤ i ≤ start, in descending order: compare.
    let (h, n) = (s.units(), search.units());
    for i in (0..=start).rev() {
        if h[i..i + search_len] == *n {
            return Ok(Value::from(i));
        }
    }
    Ok(Value::Number(-1.0))
}

/// String.prototype.localeCompare ( that ) (§22.1.3.12). Without ECMA-402, the
/// implementation-defined comparison is the order of code unit sequences.
fn string_prototype_locale_compare<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 3. Let thatValue be ? ToString(that).
    let that = interp.to_string(&arg(args, 0))?;
    Ok(Value::Number(match s.units().cmp(that.units()) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
}

/// StringPaddingBuiltinsImpl ( O, maxLength, fillString, placement ) (§22.1.3.17.1) and
/// StringPad (§22.1.3.17.2).
fn string_padding<'a>(
    interp: &mut Interp<'a>,
    this: &Value<'a>,
    args: &[Value<'a>],
    at_start: bool,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, this)?;
    // 2. Let intMaxLength be ℝ(? ToLength(maxLength)).
    let int_max_length = interp.to_length(&arg(args, 0))?;
    // 3. Let stringLength be the length of S.
    let string_length = s.len();
    // 4. If intMaxLength ≤ stringLength, return S.
    if int_max_length <= string_length as f64 {
        return Ok(Value::String(s));
    }
    // 5. If fillString is undefined, set fillString to " "; else ? ToString(fillString).
    let fill_string = arg(args, 1);
    let fill = if fill_string.is_undefined() {
        JsString::from(" ")
    } else {
        interp.to_string(&fill_string)?
    };
    // StringPad 2. If fillString is the empty String, return S.
    if fill.is_empty() {
        return Ok(Value::String(s));
    }
    if int_max_length > MAX_STRING_LENGTH as f64 {
        return Err(interp.range_error("Invalid string length"));
    }
    // StringPad 3-4. The filler, repeated and truncated to fillLen.
    let fill_len = int_max_length as usize - string_length;
    let filler: Vec<u16> = fill
        .units()
        .iter()
        .copied()
        .cycle()
        .take(fill_len)
        .collect();
    let mut out = Vec::with_capacity(int_max_length as usize);
    if at_start {
        out.extend_from_slice(&filler);
        out.extend_from_slice(s.units());
    } else {
        out.extend_from_slice(s.units());
        out.extend_from_slice(&filler);
    }
    Ok(Value::String(JsString::from_units(out)))
}

/// String.prototype.padEnd ( maxLength [ , fillString ] ) (§22.1.3.15).
fn string_prototype_pad_end<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    string_padding(interp, &this, args, false)
}

/// String.prototype.padStart ( maxLength [ , fillString ] ) (§22.1.3.16).
fn string_prototype_pad_start<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    string_padding(interp, &this, args, true)
}

/// String.prototype.repeat ( count ) (§22.1.3.18).
fn string_prototype_repeat<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 3. Let n be ? ToIntegerOrInfinity(count).
    let n = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 4-5. If n < 0 or n = +∞, throw a RangeError exception.
    if n < 0.0 || n == f64::INFINITY {
        let d = interp.describe(&Value::Number(n));
        return Err(interp.range_error(format!("Invalid count value: {d}")));
    }
    // 6. If n = 0, return the empty String.
    if n == 0.0 || s.is_empty() {
        return Ok(Value::String(JsString::empty()));
    }
    // 7. Return the String value that is made from n copies of S appended together.
    if n * s.len() as f64 > MAX_STRING_LENGTH as f64 {
        return Err(interp.range_error("Invalid string length"));
    }
    Ok(Value::String(JsString::from_units(
        s.units().repeat(n as usize),
    )))
}

/// GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )
/// (§22.1.3.19.1) with no captures and namedCaptures undefined (string search values):
/// `$$`, `$&`, `` $` `` and `$'` are replaced; `$n` and `$<` stay as written. `None` when
/// the result would exceed [`MAX_STRING_LENGTH`] (checked before each piece is appended,
/// so a template like `"$&".repeat(n)` cannot allocate beyond the limit).
fn get_substitution(
    matched: &[u16],
    s: &[u16],
    position: usize,
    template: &[u16],
) -> Option<Vec<u16>> {
    let dollar = u16::from(b'$');
    let mut result = Vec::with_capacity(template.len());
    let append = |result: &mut Vec<u16>, piece: &[u16]| {
        if result.len() + piece.len() > MAX_STRING_LENGTH {
            return false;
        }
        result.extend_from_slice(piece);
        true
    };
    let mut i = 0;
    while i < template.len() {
        let c = template[i];
        let next = template.get(i + 1).copied();
        let piece: &[u16] = match (c == dollar, next.and_then(|n| u8::try_from(n).ok())) {
            (true, Some(b'$')) => &template[i..i + 1],
            (true, Some(b'&')) => matched,
            (true, Some(b'`')) => &s[..position.min(s.len())],
            (true, Some(b'\'')) => &s[(position + matched.len()).min(s.len())..],
            _ => {
                if !append(&mut result, &template[i..i + 1]) {
                    return None;
                }
                i += 1;
                continue;
            }
        };
        if !append(&mut result, piece) {
            return None;
        }
        i += 2;
    }
    Some(result)
}

/// The replacement for one match: the function's result or GetSubstitution.
fn replacement_for<'a>(
    interp: &mut Interp<'a>,
    replace_value: &Value<'a>,
    replace_template: Option<&JsString>,
    search: &JsString,
    string: &JsString,
    position: usize,
) -> JsResult<'a, Vec<u16>> {
    match replace_template {
        None => {
            // Let replacement be ? ToString(? Call(replaceValue, undefined, « searchString, 𝔽(position), string »)).
            let r = interp.call(
                replace_value,
                Value::Undefined,
                &[
                    Value::String(search.clone()),
                    Value::from(position),
                    Value::String(string.clone()),
                ],
            )?;
            Ok(interp.to_string(&r)?.units().to_vec())
        }
        Some(template) => {
            match get_substitution(search.units(), string.units(), position, template.units()) {
                Some(r) => Ok(r),
                None => Err(interp.range_error("Invalid string length")),
            }
        }
    }
}

/// String.prototype.replace ( searchValue, replaceValue ) (§22.1.3.19).
fn string_prototype_replace<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let O be ? RequireObjectCoercible(this value).
    // 2. (GetMethod(searchValue, @@replace): no @@replace exists in this interpreter.)
    // 3. Let string be ? ToString(O).
    let string = this_to_string(interp, &this)?;
    // 4. Let searchString be ? ToString(searchValue).
    let search = interp.to_string(&arg(args, 0))?;
    // 5-6. functionalReplace; if false, set replaceValue to ? ToString(replaceValue).
    let replace_value = arg(args, 1);
    let template = if interp.is_callable(&replace_value) {
        None
    } else {
        Some(interp.to_string(&replace_value)?)
    };
    // 8. Let position be StringIndexOf(string, searchString, 0). 9. If -1, return string.
    let Some(position) = string.index_of(&search, 0) else {
        return Ok(Value::String(string));
    };
    // 10-11. preceding and following.
    let preceding = &string.units()[..position];
    let following = &string.units()[position + search.len()..];
    // 12-13. The replacement.
    let replacement = replacement_for(
        interp,
        &replace_value,
        template.as_ref(),
        &search,
        &string,
        position,
    )?;
    // 14. Return preceding + replacement + following.
    check_string_length(
        interp,
        preceding.len() + replacement.len() + following.len(),
    )?;
    let mut out = preceding.to_vec();
    out.extend_from_slice(&replacement);
    out.extend_from_slice(following);
    Ok(Value::String(JsString::from_units(out)))
}

/// String.prototype.replaceAll ( searchValue, replaceValue ) (§22.1.3.20).
fn string_prototype_replace_all<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. RequireObjectCoercible; (no RegExp / @@replace to look up).
    // 3. Let string be ? ToString(O).
    let string = this_to_string(interp, &this)?;
    // 4. Let searchString be ? ToString(searchValue).
    let search = interp.to_string(&arg(args, 0))?;
    // 5-6. functionalReplace.
    let replace_value = arg(args, 1);
    let template = if interp.is_callable(&replace_value) {
        None
    } else {
        Some(interp.to_string(&replace_value)?)
    };
    // 7-8. searchLength and advanceBy.
    let search_length = search.len();
    let advance_by = search_length.max(1);
    // 9-11. matchPositions.
    let mut match_positions = Vec::new();
    let mut position = string.index_of(&search, 0);
    while let Some(p) = position {
        match_positions.push(p);
        position = string.index_of(&search, p + advance_by);
    }
    // 12-14. Build the result.
    let mut end_of_last_match = 0;
    let mut result: Vec<u16> = Vec::new();
    for p in match_positions {
        let preserved = &string.units()[end_of_last_match..p];
        let replacement = replacement_for(
            interp,
            &replace_value,
            template.as_ref(),
            &search,
            &string,
            p,
        )?;
        check_string_length(interp, result.len() + preserved.len() + replacement.len())?;
        result.extend_from_slice(preserved);
        result.extend_from_slice(&replacement);
        end_of_last_match = p + search_length;
    }
    // 15. If endOfLastMatch < the length of string, append the rest.
    if end_of_last_match < string.len() {
        let rest = &string.units()[end_of_last_match..];
        check_string_length(interp, result.len() + rest.len())?;
        result.extend_from_slice(rest);
    }
    Ok(Value::String(JsString::from_units(result)))
}

/// String.prototype.slice ( start, end ) (§22.1.3.21).
fn string_prototype_slice<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    let len = s.len() as f64;
    // 4. Let intStart be ? ToIntegerOrInfinity(start).
    let int_start = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 5-7. from.
    let from = if int_start < 0.0 {
        (len + int_start).max(0.0)
    } else {
        int_start.min(len)
    };
    // 8. If end is undefined, let intEnd be len; else let intEnd be ? ToIntegerOrInfinity(end).
    let end = arg(args, 1);
    let int_end = if end.is_undefined() {
        len
    } else {
        interp.to_integer_or_infinity(&end)?
    };
    // 9-11. to.
    let to = if int_end < 0.0 {
        (len + int_end).max(0.0)
    } else {
        int_end.min(len)
    };
    // 12. If from ≥ to, return the empty String.
    if from >= to {
        return Ok(Value::String(JsString::empty()));
    }
    // 13. Return the substring of S from from to to.
    Ok(Value::String(s.slice(from as usize, to as usize)))
}

/// String.prototype.split ( separator, limit ) (§22.1.3.22).
fn string_prototype_split<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-2. RequireObjectCoercible; (no @@split to look up).
    // 3. Let S be ? ToString(O).
    let s = this_to_string(interp, &this)?;
    // 4. If limit is undefined, let lim be 2^32 - 1; else let lim be ℝ(? ToUint32(limit)).
    let limit = arg(args, 1);
    let lim = if limit.is_undefined() {
        u32::MAX
    } else {
        interp.to_uint32(&limit)?
    } as usize;
    // 5. Let R be ? ToString(separator).
    let separator = arg(args, 0);
    let r = interp.to_string(&separator)?;
    // 6. If lim = 0, return CreateArrayFromList(« »).
    if lim == 0 {
        return Ok(Value::Object(interp.create_array_from_list(&[])));
    }
    // 7. If separator is undefined, return CreateArrayFromList(« S »).
    if separator.is_undefined() {
        return Ok(Value::Object(
            interp.create_array_from_list(&[Value::String(s)]),
        ));
    }
    // 8. Let separatorLength be the length of R.
    let separator_length = r.len();
    // 9. If separatorLength = 0: the first min(lim, len) code units, one per element.
    if separator_length == 0 {
        let out_len = lim.min(s.len());
        let mut units: Vec<Value<'a>> = Vec::new();
        for i in 0..out_len {
            interp.tick()?;
            units.push(Value::String(s.slice(i, i + 1)));
        }
        return Ok(Value::Object(interp.create_array_from_list(&units)));
    }
    // 10. If S is the empty String, return CreateArrayFromList(« S »).
    if s.is_empty() {
        return Ok(Value::Object(
            interp.create_array_from_list(&[Value::String(s)]),
        ));
    }
    // 11-14. Collect substrings between separators.
    let mut substrings = Vec::new();
    let mut i = 0;
    let mut j = s.index_of(&r, 0);
    while let Some(jj) = j {
        interp.tick()?;
        substrings.push(Value::String(s.slice(i, jj)));
        if substrings.len() == lim {
            return Ok(Value::Object(interp.create_array_from_list(&substrings)));
        }
        i = jj + separator_length;
        j = s.index_of(&r, i);
    }
    // 15-17. The rest.
    substrings.push(Value::String(s.slice(i, s.len())));
    Ok(Value::Object(interp.create_array_from_list(&substrings)))
}

/// String.prototype.startsWith ( searchString [ , position ] ) (§22.1.3.23).
fn string_prototype_starts_with<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 5. Let searchStr be ? ToString(searchString).
    let search = interp.to_string(&arg(args, 0))?;
    // 6-7. pos: 0 if position is undefined, else ? ToIntegerOrInfinity(position).
    let position = arg(args, 1);
    let pos = if position.is_undefined() {
        0.0
    } else {
        interp.to_integer_or_infinity(&position)?
    };
    // 8. Let start be the result of clamping pos between 0 and len.
    let start = clamp(pos, 0, s.len());
    // 9-10. If searchLength = 0, return true.
    let search_length = search.len();
    if search_length == 0 {
        return Ok(Value::Bool(true));
    }
    // 11-12. Let end be start + searchLength; if end > len, return false.
    let end = start + search_length;
    if end > s.len() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(s.units()[start..end] == *search.units()))
}

/// String.prototype.substring ( start, end ) (§22.1.3.24).
fn string_prototype_substring<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    let len = s.len();
    // 4. Let intStart be ? ToIntegerOrInfinity(start).
    let int_start = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 5. If end is undefined, let intEnd be len; else let intEnd be ? ToIntegerOrInfinity(end).
    let end = arg(args, 1);
    let int_end = if end.is_undefined() {
        len as f64
    } else {
        interp.to_integer_or_infinity(&end)?
    };
    // 6-9. Clamp, then order.
    let final_start = clamp(int_start, 0, len);
    let final_end = clamp(int_end, 0, len);
    let from = final_start.min(final_end);
    let to = final_start.max(final_end);
    Ok(Value::String(s.slice(from, to)))
}

/// String.prototype.substr ( start, length ) (Annex B.2.2.1).
fn string_prototype_substr<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    // 3. Let size be the length of S.
    let size = s.len() as f64;
    // 4. Let intStart be ? ToIntegerOrInfinity(start).
    let mut int_start = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 5-7.
    if int_start == f64::NEG_INFINITY {
        int_start = 0.0;
    } else if int_start < 0.0 {
        int_start = (size + int_start).max(0.0);
    } else {
        int_start = int_start.min(size);
    }
    // 8. If length is undefined, let intLength be size; else ? ToIntegerOrInfinity(length).
    let length = arg(args, 1);
    let int_length = if length.is_undefined() {
        size
    } else {
        interp.to_integer_or_infinity(&length)?
    };
    // 9. Set intLength to the result of clamping intLength between 0 and size.
    let int_length = int_length.clamp(0.0, size);
    // 10. Let intEnd be min(intStart + intLength, size).
    let int_end = (int_start + int_length).min(size);
    // 11. Return the substring of S from intStart to intEnd.
    if int_start >= int_end {
        return Ok(Value::String(JsString::empty()));
    }
    Ok(Value::String(s.slice(int_start as usize, int_end as usize)))
}

/// The Unicode Default Case Conversion of a string's code points (§22.1.3.28 steps 3-5);
/// lone surrogates are kept as they are.
fn convert_case(s: &JsString, upper: bool) -> Vec<u16> {
    let units = s.units();
    let mut out = Vec::with_capacity(units.len());
    let convert_run = |run: &[u16], out: &mut Vec<u16>| {
        if run.is_empty() {
            return;
        }
        // A run without lone surrogates is valid UTF-16.
        let text = String::from_utf16_lossy(run);
        let converted = if upper {
            text.to_uppercase()
        } else {
            text.to_lowercase()
        };
        out.extend(converted.encode_utf16());
    };
    let mut run_start = 0;
    let mut i = 0;
    while i < units.len() {
        let (_, count, unpaired) = s.code_point_at(i);
        if unpaired {
            convert_run(&units[run_start..i], &mut out);
            out.push(units[i]);
            run_start = i + 1;
        }
        i += count;
    }
    convert_run(&units[run_start..], &mut out);
    out
}

/// String.prototype.toLowerCase ( ) (§22.1.3.28); also toLocaleLowerCase without ECMA-402.
fn string_prototype_to_lower_case<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    let out = convert_case(&s, false);
    check_string_length(interp, out.len())?;
    Ok(Value::String(JsString::from_units(out)))
}

/// String.prototype.toUpperCase ( ) (§22.1.3.30); also toLocaleUpperCase without ECMA-402.
fn string_prototype_to_upper_case<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = this_to_string(interp, &this)?;
    let out = convert_case(&s, true);
    check_string_length(interp, out.len())?;
    Ok(Value::String(JsString::from_units(out)))
}

/// thisStringValue ( value ) (§22.1.3.35.1).
fn this_string_value<'a>(interp: &mut Interp<'a>, value: &Value<'a>) -> JsResult<'a, JsString> {
    let s = match value {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::String(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    match s {
        Some(s) => Ok(s),
        None => {
            Err(interp.type_error("String.prototype method called on an incompatible receiver"))
        }
    }
}

/// String.prototype.toString ( ) (§22.1.3.29).
fn string_prototype_to_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(Value::String(this_string_value(interp, &this)?))
}

/// String.prototype.valueOf ( ) (§22.1.3.35).
fn string_prototype_value_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(Value::String(this_string_value(interp, &this)?))
}

/// TrimString ( string, where ) (§22.1.3.32.1) applied to the this value.
fn trim_this<'a>(
    interp: &mut Interp<'a>,
    this: &Value<'a>,
    start: bool,
    end: bool,
) -> JsResult<'a, Value<'a>> {
    // 1. Let str be ? RequireObjectCoercible(string). 2. Let S be ? ToString(str).
    let s = this_to_string(interp, this)?;
    Ok(Value::String(JsString::from_units(
        trim_units(s.units(), start, end).to_vec(),
    )))
}

/// String.prototype.trim ( ) (§22.1.3.32).
fn string_prototype_trim<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    trim_this(interp, &this, true, true)
}

/// String.prototype.trimEnd ( ) (§22.1.3.33).
fn string_prototype_trim_end<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    trim_this(interp, &this, false, true)
}

/// String.prototype.trimStart ( ) (§22.1.3.34).
fn string_prototype_trim_start<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    trim_this(interp, &this, true, false)
}

/// String.prototype [ @@iterator ] ( ) (§22.1.3.36).
fn string_prototype_iterator<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let O be ? RequireObjectCoercible(this value). 2. Let s be ? ToString(O).
    let s = this_to_string(interp, &this)?;
    // 3-5. CreateIteratorFromClosure(closure, "%StringIteratorPrototype%", ...).
    let proto = interp.intrinsic("%StringIteratorPrototype%");
    let it = Obj::new(
        Some(proto),
        ObjectKind::StringIterator {
            iterated: Some(s),
            position: 0,
        },
    );
    Ok(Value::Object(it))
}

/// %StringIteratorPrototype%.next ( ) (§22.1.5.1.1): one code point at a time.
fn string_iterator_next<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let state = match &this {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::StringIterator { iterated, position } => {
                Some((o.clone(), iterated.clone(), *position))
            }
            _ => None,
        },
        _ => None,
    };
    let Some((o, iterated, position)) = state else {
        return Err(
            interp.type_error("%StringIteratorPrototype%.next called on an incompatible receiver")
        );
    };
    let Some(s) = iterated else {
        return Ok(interp.create_iter_result_object(Value::Undefined, true));
    };
    if position >= s.len() {
        if let ObjectKind::StringIterator { iterated, .. } = &mut o.borrow_mut().kind {
            *iterated = None;
        }
        return Ok(interp.create_iter_result_object(Value::Undefined, true));
    }
    // Let cp be CodePointAt(s, position); nextIndex = position + cp.[[CodeUnitCount]].
    let (_, count, _) = s.code_point_at(position);
    let result = s.slice(position, position + count);
    if let ObjectKind::StringIterator { position: p, .. } = &mut o.borrow_mut().kind {
        *p = position + count;
    }
    Ok(interp.create_iter_result_object(Value::String(result), false))
}
