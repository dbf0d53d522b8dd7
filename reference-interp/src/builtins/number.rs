//! Number objects (§21.1): the `Number` constructor and its properties, the global
//! `parseInt`/`parseFloat` (§19.2.4, §19.2.5, which are also `Number.parseInt`/
//! `Number.parseFloat`), and `%Number.prototype%`.
//!
//! `toFixed`, `toExponential` and `toPrecision` are specified in terms of exact real
//! arithmetic on the value of the Number. They are computed here exactly: every finite
//! double is `m × 2^e`, which is the integer `m × 5^-e` times `10^e` when `e < 0`, so its
//! complete decimal expansion comes from a small big-integer routine ([`BigUint`]).

use crate::builtins::arg;
use crate::interp::{Interp, JsResult};
use crate::object::{NativeFn, Obj, ObjectKind};
use crate::string::{JsString, trim_units};
use crate::value::{Value, number_to_js_string};

/// 2^53 - 1.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Creates `%Number.prototype%`, the `Number` constructor, and `parseInt`/`parseFloat`.
pub fn init(interp: &mut Interp<'_>) {
    let object_prototype = interp.intrinsic("%Object.prototype%");
    // The Number prototype object is itself a Number object whose [[NumberData]] is +0 (§21.1.3).
    let proto = Obj::new(Some(object_prototype), ObjectKind::Number(0.0));
    interp.register_intrinsic("%Number.prototype%", &proto);
    let ctor = interp.define_global_constructor("Number", 1, number_constructor, &proto);

    // §21.1.2: value properties, non-writable, non-enumerable, non-configurable.
    let constants: [(&str, f64); 8] = [
        ("EPSILON", f64::EPSILON),
        ("MAX_SAFE_INTEGER", MAX_SAFE_INTEGER),
        ("MAX_VALUE", f64::MAX),
        ("MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER),
        ("MIN_VALUE", f64::from_bits(1)),
        ("NaN", f64::NAN),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("POSITIVE_INFINITY", f64::INFINITY),
    ];
    for (name, v) in constants {
        interp.define_constant(&ctor, name, Value::Number(v));
    }
    let statics: [(&str, u32, NativeFn); 4] = [
        ("isFinite", 1, number_is_finite),
        ("isInteger", 1, number_is_integer),
        ("isNaN", 1, number_is_nan),
        ("isSafeInteger", 1, number_is_safe_integer),
    ];
    for (name, length, f) in statics {
        interp.define_method(&ctor, name, length, f);
    }

    // Number.parseFloat is %parseFloat% and Number.parseInt is %parseInt% (§21.1.2.12-13).
    let global = interp.global_object.clone();
    let parse_float_fn =
        interp.create_builtin_function(JsString::from("parseFloat"), 1, parse_float, false);
    interp.register_intrinsic("%parseFloat%", &parse_float_fn);
    interp.define_data(&ctor, "parseFloat", Value::Object(parse_float_fn.clone()));
    interp.define_data(&global, "parseFloat", Value::Object(parse_float_fn));
    let parse_int_fn =
        interp.create_builtin_function(JsString::from("parseInt"), 2, parse_int, false);
    interp.register_intrinsic("%parseInt%", &parse_int_fn);
    interp.define_data(&ctor, "parseInt", Value::Object(parse_int_fn.clone()));
    interp.define_data(&global, "parseInt", Value::Object(parse_int_fn));

    let methods: [(&str, u32, NativeFn); 6] = [
        ("toExponential", 1, number_prototype_to_exponential),
        ("toFixed", 1, number_prototype_to_fixed),
        ("toLocaleString", 0, number_prototype_to_locale_string),
        ("toPrecision", 1, number_prototype_to_precision),
        ("toString", 1, number_prototype_to_string),
        ("valueOf", 0, number_prototype_value_of),
    ];
    for (name, length, f) in methods {
        interp.define_method(&proto, name, length, f);
    }
}

/// Number ( value ) (§21.1.1.1).
fn number_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. If value is present: let prim be ? ToNumeric(value); (no BigInt) n = prim.
    // 2. Else, let n be +0𝔽.
    let n = match args.first() {
        Some(v) => interp.to_number(v)?,
        None => 0.0,
    };
    // 3. If NewTarget is undefined, return n.
    let Some(new_target) = new_target else {
        return Ok(Value::Number(n));
    };
    // 4. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Number.prototype%", « [[NumberData]] »).
    let proto = interp.get_prototype_from_constructor(&new_target, "%Number.prototype%")?;
    // 5. Set O.[[NumberData]] to n.
    Ok(Value::Object(Obj::new(Some(proto), ObjectKind::Number(n))))
}

/// IsIntegralNumber (§7.2.6).
fn is_integral_number(v: &Value<'_>) -> bool {
    matches!(v, Value::Number(n) if n.is_finite() && n.trunc() == *n)
}

/// Number.isFinite ( number ) (§21.1.2.2).
fn number_is_finite<'a>(
    _interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Number(n) if n.is_finite()),
    ))
}

/// Number.isInteger ( number ) (§21.1.2.3).
fn number_is_integer<'a>(
    _interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(Value::Bool(is_integral_number(&arg(args, 0))))
}

/// Number.isNaN ( number ) (§21.1.2.4).
fn number_is_nan<'a>(
    _interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(Value::Bool(
        matches!(arg(args, 0), Value::Number(n) if n.is_nan()),
    ))
}

/// Number.isSafeInteger ( number ) (§21.1.2.5).
fn number_is_safe_integer<'a>(
    _interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let v = arg(args, 0);
    let safe =
        is_integral_number(&v) && matches!(v, Value::Number(n) if n.abs() <= MAX_SAFE_INTEGER);
    Ok(Value::Bool(safe))
}

/// parseFloat ( string ) (§19.2.4).
fn parse_float<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let inputString be ? ToString(string).
    let input = interp.to_string(&arg(args, 0))?;
    // 2. Let trimmedString be ! TrimString(inputString, start).
    let s = trim_units(input.units(), true, false);
    // 3-4. The longest prefix of trimmedString that satisfies StrDecimalLiteral.
    Ok(Value::Number(parse_str_decimal_prefix(s)))
}

/// The value of the longest prefix of `s` satisfying the syntax of a StrDecimalLiteral
/// (§7.1.4.1), or NaN when no prefix does.
fn parse_str_decimal_prefix(s: &[u16]) -> f64 {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let is_digit = |c: u16| (u16::from(b'0')..=u16::from(b'9')).contains(&c);
    let mut i = 0;
    let mut sign = 1.0;
    if at(0) == u16::from(b'+') || at(0) == u16::from(b'-') {
        if at(0) == u16::from(b'-') {
            sign = -1.0;
        }
        i = 1;
    }
    let infinity: Vec<u16> = "Infinity".encode_utf16().collect();
    if s.len() >= i + infinity.len() && s[i..i + infinity.len()] == infinity[..] {
        return sign * f64::INFINITY;
    }
    let int_start = i;
    while is_digit(at(i)) {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    let mut frac_start = i;
    if at(i) == u16::from(b'.') && (int_digits > 0 || is_digit(at(i + 1))) {
        i += 1;
        frac_start = i;
        while is_digit(at(i)) {
            i += 1;
        }
        frac_digits = i - frac_start;
    }
    if int_digits == 0 && frac_digits == 0 {
        return f64::NAN;
    }
    // Canonical text for Rust's (correctly rounding) parser: digits.digits e exp.
    let mut text = String::new();
    let digits = |from: usize, len: usize| -> String {
        s[from..from + len]
            .iter()
            .map(|&c| char::from(c as u8))
            .collect()
    };
    text.push_str(if int_digits == 0 { "0" } else { "" });
    text.push_str(&digits(int_start, int_digits));
    text.push('.');
    text.push_str(&digits(frac_start, frac_digits));
    text.push('0');
    if at(i) == u16::from(b'e') || at(i) == u16::from(b'E') {
        let mut j = i + 1;
        let mut exp_sign = "";
        if at(j) == u16::from(b'+') || at(j) == u16::from(b'-') {
            if at(j) == u16::from(b'-') {
                exp_sign = "-";
            }
            j += 1;
        }
        let exp_start = j;
        while is_digit(at(j)) {
            j += 1;
        }
        if j > exp_start {
            text.push('e');
            text.push_str(exp_sign);
            text.push_str(&digits(exp_start, j - exp_start));
        }
    }
    sign * text.parse::<f64>().unwrap_or(f64::NAN)
}

/// The value of a digit in radices up to 36.
fn digit_value(c: u16) -> Option<u32> {
    char::from_u32(u32::from(c)).and_then(|ch| ch.to_digit(36))
}

/// parseInt ( string, radix ) (§19.2.5).
fn parse_int<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let inputString be ? ToString(string).
    let input = interp.to_string(&arg(args, 0))?;
    // 2. Let S be ! TrimString(inputString, start).
    let mut s = trim_units(input.units(), true, false);
    // 3-5. The sign.
    let mut sign = 1.0;
    if let Some(&c) = s.first() {
        if c == u16::from(b'-') {
            sign = -1.0;
        }
        if c == u16::from(b'-') || c == u16::from(b'+') {
            s = &s[1..];
        }
    }
    // 6. Let R be ℝ(? ToInt32(radix)).
    let mut r = interp.to_int32(&arg(args, 1))?;
    // 7. Let stripPrefix be true.
    let mut strip_prefix = true;
    if r != 0 {
        // 8. If R ≠ 0: if R < 2 or R > 36, return NaN; if R ≠ 16, stripPrefix = false.
        if !(2..=36).contains(&r) {
            return Ok(Value::Number(f64::NAN));
        }
        if r != 16 {
            strip_prefix = false;
        }
    } else {
        // 9. Else, set R to 10.
        r = 10;
    }
    // 10. Strip a "0x"/"0X" prefix.
    if strip_prefix
        && s.len() >= 2
        && s[0] == u16::from(b'0')
        && (s[1] == u16::from(b'x') || s[1] == u16::from(b'X'))
    {
        s = &s[2..];
        r = 16;
    }
    let radix = r as u32;
    // 11-12. Z is the longest prefix of radix-R digits.
    let end = s
        .iter()
        .position(|&c| digit_value(c).is_none_or(|d| d >= radix))
        .unwrap_or(s.len());
    let z = &s[..end];
    if z.is_empty() {
        return Ok(Value::Number(f64::NAN));
    }
    // 13. mathInt: the integer Z denotes in radix R, rounded once to a Number.
    let math_int = if radix == 10 {
        let text: String = z.iter().map(|&c| char::from(c as u8)).collect();
        text.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        let mut n = BigUint::zero();
        let mut overflow = false;
        for &c in z {
            n.mul_add_small(radix, digit_value(c).unwrap_or(0));
            if n.bit_len() > 1100 {
                overflow = true;
                break;
            }
        }
        if overflow { f64::INFINITY } else { n.to_f64() }
    };
    // 14. If mathInt = 0: -0 for a negative sign, else +0.
    if math_int == 0.0 {
        return Ok(Value::Number(if sign < 0.0 { -0.0 } else { 0.0 }));
    }
    // 15. Return 𝔽(sign × mathInt).
    Ok(Value::Number(sign * math_int))
}

/// thisNumberValue ( value ) (§21.1.3.7.1).
fn this_number_value<'a>(interp: &mut Interp<'a>, value: &Value<'a>) -> JsResult<'a, f64> {
    let n = match value {
        Value::Number(n) => Some(*n),
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::Number(n) => Some(*n),
            _ => None,
        },
        _ => None,
    };
    match n {
        Some(n) => Ok(n),
        None => {
            Err(interp.type_error("Number.prototype method called on an incompatible receiver"))
        }
    }
}

/// Number.prototype.toExponential ( fractionDigits ) (§21.1.3.2).
fn number_prototype_to_exponential<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let fraction_digits = arg(args, 0);
    // 1. Let x be ? thisNumberValue(this value).
    let x = this_number_value(interp, &this)?;
    // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
    let f = interp.to_integer_or_infinity(&fraction_digits)?;
    // 4. If x is not finite, return Number::toString(x, 10).
    if !x.is_finite() {
        return Ok(Value::String(number_to_js_string(x)));
    }
    // 5. If f < 0 or f > 100, throw a RangeError exception.
    if !(0.0..=100.0).contains(&f) {
        return Err(interp.range_error("toExponential() argument must be between 0 and 100"));
    }
    let mut f = f as usize;
    // 7-8. The sign.
    let mut s = String::new();
    let mut x = x;
    if x < 0.0 {
        s.push('-');
        x = -x;
    }
    // 9-10. The digits m (f + 1 of them) and the exponent e.
    let (digits, e) = if x == 0.0 {
        (vec![0u8; f + 1], 0i64)
    } else if fraction_digits.is_undefined() {
        // 10.b: as few digits as possible such that 𝔽(n × 10^(e - f)) is x.
        let (digits, e) = shortest_digits(x);
        f = digits.len() - 1;
        (digits, e)
    } else {
        // 10.a: n with f + 1 digits closest to x, the larger on a tie.
        let (d, q) = exact_decimal(x);
        let mut e = d.len() as i64 - 1 + q;
        let mut n = round_half_up(&d, f as i64 + 1);
        if n.len() > f + 1 {
            // Rounding carried into a new digit (99.5 → 100): n = 10^(f+1), so divide by 10.
            n.truncate(f + 1);
            e += 1;
        }
        (n, e)
    };
    let mut m = digits_to_string(&digits);
    // 11. If f ≠ 0: m = a "." b.
    if f != 0 {
        m.insert(1, '.');
    }
    // 12-14. The exponent.
    m.push('e');
    m.push(if e >= 0 { '+' } else { '-' });
    m.push_str(&e.unsigned_abs().to_string());
    s.push_str(&m);
    Ok(Value::String(JsString::from(s)))
}

/// Number.prototype.toFixed ( fractionDigits ) (§21.1.3.3).
fn number_prototype_to_fixed<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let x be ? thisNumberValue(this value).
    let x = this_number_value(interp, &this)?;
    // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
    let f = interp.to_integer_or_infinity(&arg(args, 0))?;
    // 4-5. If f is not finite or f < 0 or f > 100, throw a RangeError exception.
    if !(0.0..=100.0).contains(&f) {
        return Err(interp.range_error("toFixed() digits argument must be between 0 and 100"));
    }
    let f = f as usize;
    // 6. If x is not finite, return Number::toString(x, 10).
    if !x.is_finite() {
        return Ok(Value::String(number_to_js_string(x)));
    }
    // 8-9. The sign (-0 has none).
    let mut s = String::new();
    let mut x = x;
    if x < 0.0 {
        s.push('-');
        x = -x;
    }
    // 10. If x ≥ 10^21, let m be ! ToString(𝔽(x)).
    if x >= 1e21 {
        s.push_str(&number_to_js_string(x).to_rust_string());
        return Ok(Value::String(JsString::from(s)));
    }
    // 11.a. Let n be an integer for which n / 10^f - x is as close to zero as possible;
    //       if there are two such n, pick the larger n.
    let n = if x == 0.0 {
        vec![0u8]
    } else {
        let (d, q) = exact_decimal(x);
        round_half_up(&d, d.len() as i64 + q + f as i64)
    };
    // 11.b. Let m be the digits of n ("0" for zero).
    let mut m = digits_to_string(&n);
    // 11.c. If f ≠ 0: pad to at least f + 1 digits and insert the decimal point.
    if f != 0 {
        let mut k = m.len();
        if k <= f {
            let z = "0".repeat(f + 1 - k);
            m = z + &m;
            k = f + 1;
        }
        m.insert(k - f, '.');
    }
    s.push_str(&m);
    Ok(Value::String(JsString::from(s)))
}

/// Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (§21.1.3.4): without
/// ECMA-402 this is Number::toString(x, 10).
fn number_prototype_to_locale_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let x = this_number_value(interp, &this)?;
    Ok(Value::String(number_to_js_string(x)))
}

/// Number.prototype.toPrecision ( precision ) (§21.1.3.5).
fn number_prototype_to_precision<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let precision = arg(args, 0);
    // 1. Let x be ? thisNumberValue(this value).
    let x = this_number_value(interp, &this)?;
    // 2. If precision is undefined, return ! ToString(x).
    if precision.is_undefined() {
        return Ok(Value::String(number_to_js_string(x)));
    }
    // 3. Let p be ? ToIntegerOrInfinity(precision).
    let p = interp.to_integer_or_infinity(&precision)?;
    // 4. If x is not finite, return Number::toString(x, 10).
    if !x.is_finite() {
        return Ok(Value::String(number_to_js_string(x)));
    }
    // 5. If p < 1 or p > 100, throw a RangeError exception.
    if !(1.0..=100.0).contains(&p) {
        return Err(interp.range_error("toPrecision() argument must be between 1 and 100"));
    }
    let p = p as usize;
    // 7-8. The sign.
    let mut s = String::new();
    let mut x = x;
    if x < 0.0 {
        s.push('-');
        x = -x;
    }
    // 9-10. n (p digits) and e.
    let (n, e) = if x == 0.0 {
        (vec![0u8; p], 0i64)
    } else {
        let (d, q) = exact_decimal(x);
        let mut e = d.len() as i64 - 1 + q;
        let mut n = round_half_up(&d, p as i64);
        if n.len() > p {
            n.truncate(p);
            e += 1;
        }
        (n, e)
    };
    let mut m = digits_to_string(&n);
    // 10.c. If e < -6 or e ≥ p: exponential notation.
    if x != 0.0 && (e < -6 || e >= p as i64) {
        if p != 1 {
            m.insert(1, '.');
        }
        m.push('e');
        m.push(if e > 0 { '+' } else { '-' });
        m.push_str(&e.unsigned_abs().to_string());
        s.push_str(&m);
        return Ok(Value::String(JsString::from(s)));
    }
    // 11. If e = p - 1, return s + m.
    if e == p as i64 - 1 {
        s.push_str(&m);
        return Ok(Value::String(JsString::from(s)));
    }
    if e >= 0 {
        // 12. m = the first e + 1 digits, ".", the remaining p - (e + 1) digits.
        m.insert(e as usize + 1, '.');
    } else {
        // 13. m = "0." followed by -(e + 1) zeros and the digits of m.
        m = format!("0.{}{}", "0".repeat((-(e + 1)) as usize), m);
    }
    s.push_str(&m);
    Ok(Value::String(JsString::from(s)))
}

/// Number.prototype.toString ( [ radix ] ) (§21.1.3.6).
fn number_prototype_to_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let x be ? thisNumberValue(this value).
    let x = this_number_value(interp, &this)?;
    // 2-3. radixMV: 10 when radix is undefined, else ? ToIntegerOrInfinity(radix).
    let radix = arg(args, 0);
    let radix = if radix.is_undefined() {
        10.0
    } else {
        interp.to_integer_or_infinity(&radix)?
    };
    // 4. If radixMV is not in the inclusive interval from 2 to 36, throw a RangeError.
    if !(2.0..=36.0).contains(&radix) {
        return Err(interp.range_error("toString() radix must be between 2 and 36"));
    }
    // 5. Return Number::toString(x, radixMV).
    Ok(Value::String(number_to_radix_string(x, radix as u32)))
}

/// Number.prototype.valueOf ( ) (§21.1.3.7).
fn number_prototype_value_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(Value::Number(this_number_value(interp, &this)?))
}

/// Number::toString ( x, radix ) (§6.1.6.1.20). For radices other than 10 the digits are
/// implementation-approximated; this follows the common choice (V8's) of generating
/// fractional digits only up to the precision of the double — half the distance to the
/// next double — rounding the last digit to even, and writing integer digits beyond 2^53
/// as zeros.
pub fn number_to_radix_string(x: f64, radix: u32) -> JsString {
    if radix == 10 || !x.is_finite() || x == 0.0 {
        return number_to_js_string(x);
    }
    const CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let r = f64::from(radix);
    let negative = x < 0.0;
    let value = x.abs();
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Only as many fractional digits as the double's precision allows.
    let next = f64::from_bits(value.to_bits() + 1);
    let mut delta = (0.5 * (next - value)).max(f64::from_bits(1));
    let mut frac_buf: Vec<u8> = Vec::new();
    if fraction >= delta {
        frac_buf.push(b'.');
        loop {
            fraction *= r;
            delta *= r;
            let digit = (fraction as u32).min(radix - 1);
            frac_buf.push(CHARS[digit as usize]);
            fraction -= f64::from(digit);
            // Round to even.
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Propagate the carry through the digits written so far.
                while let Some(c) = frac_buf.pop() {
                    if c == b'.' {
                        integer += 1.0;
                        break;
                    }
                    let d = char::from(c).to_digit(36).unwrap_or(0);
                    if d + 1 < radix {
                        frac_buf.push(CHARS[(d + 1) as usize]);
                        break;
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    // Integer digits; those below the precision of the double are zeros.
    let mut int_buf: Vec<u8> = Vec::new();
    while integer / r >= 9_007_199_254_740_992.0 {
        integer /= r;
        int_buf.push(b'0');
    }
    loop {
        let remainder = integer % r;
        int_buf.push(CHARS[remainder as usize]);
        integer = (integer - remainder) / r;
        if integer <= 0.0 {
            break;
        }
    }
    if negative {
        int_buf.push(b'-');
    }
    int_buf.reverse();
    int_buf.extend_from_slice(&frac_buf);
    JsString::from_units(int_buf.into_iter().map(u16::from).collect())
}

/// Decimal digits (values 0-9) as text.
fn digits_to_string(digits: &[u8]) -> String {
    digits.iter().map(|&d| char::from(b'0' + d)).collect()
}

/// The shortest decimal digits that round-trip to `x` (> 0, finite) and the exponent `e`
/// with x ≈ d.ddd × 10^e (the digits of Number::toString, §6.1.6.1.20 step 5).
fn shortest_digits(x: f64) -> (Vec<u8>, i64) {
    // Rust's `{:e}` formatting produces the shortest round-tripping digits, closest to x.
    let text = format!("{x:e}");
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text.as_str(), "0"));
    let digits: Vec<u8> = mantissa
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    (digits, exponent.parse().unwrap_or(0))
}

/// The exact decimal expansion of a finite `x > 0`: digits `d` (no leading or trailing
/// zeros) and `q` such that x = int(d) × 10^q.
fn exact_decimal(x: f64) -> (Vec<u8>, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    // x = m × 2^e.
    let (m, e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    let mut n = BigUint::from_u64(m);
    let mut q = 0;
    if e >= 0 {
        n.shl(e as u32);
    } else {
        // m × 2^e = m × 5^-e × 10^e.
        for _ in 0..-e {
            n.mul_add_small(5, 0);
        }
        q = e;
    }
    let mut d = n.to_decimal();
    while d.len() > 1 && d.last() == Some(&0) {
        d.pop();
        q += 1;
    }
    (d, q)
}

/// The digits of the integer closest to int(d) / 10^(len(d) - k) — the first `k` digits of
/// `d`, rounded half up on the rest (ties go to the larger integer). `k` may exceed
/// `len(d)` (zeros are appended) or be ≤ 0.
fn round_half_up(d: &[u8], k: i64) -> Vec<u8> {
    if k < 0 {
        return vec![0];
    }
    let k = k as usize;
    if k >= d.len() {
        let mut v = d.to_vec();
        v.resize(k, 0);
        return v;
    }
    let mut v = d[..k].to_vec();
    if d[k] >= 5 {
        let mut i = v.len();
        loop {
            if i == 0 {
                v.insert(0, 1);
                break;
            }
            i -= 1;
            if v[i] == 9 {
                v[i] = 0;
            } else {
                v[i] += 1;
                break;
            }
        }
    }
    if v.is_empty() {
        v.push(0);
    }
    v
}

/// An unsigned big integer: little-endian base-2^32 limbs without high zero limbs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BigUint(Vec<u32>);

impl BigUint {
    /// Zero.
    pub(crate) fn zero() -> Self {
        Self(Vec::new())
    }

    /// The integer `v`.
    pub(crate) fn from_u64(v: u64) -> Self {
        let mut b = Self(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// self = self × m + a.
    pub(crate) fn mul_add_small(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    /// self = self × 2^bits.
    pub(crate) fn shl(&mut self, bits: u32) {
        if self.0.is_empty() {
            return;
        }
        let words = (bits / 32) as usize;
        let b = bits % 32;
        if b > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let next = *limb >> (32 - b);
                *limb = (*limb << b) | carry;
                carry = next;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        let mut v = vec![0u32; words];
        v.append(&mut self.0);
        self.0 = v;
    }

    /// self = self / d, returning the remainder.
    fn div_rem_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*limb);
            *limb = (cur / u64::from(d)) as u32;
            rem = cur % u64::from(d);
        }
        self.trim();
        rem as u32
    }

    /// Number of significant bits.
    pub(crate) fn bit_len(&self) -> u64 {
        match self.0.last() {
            None => 0,
            Some(&top) => (self.0.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
        }
    }

    /// Decimal digits (values 0-9), most significant first; `[0]` for zero.
    pub(crate) fn to_decimal(&self) -> Vec<u8> {
        if self.0.is_empty() {
            return vec![0];
        }
        let mut n = self.clone();
        let mut chunks = Vec::new();
        while !n.0.is_empty() {
            chunks.push(n.div_rem_small(1_000_000_000));
        }
        let mut out = Vec::new();
        for (i, chunk) in chunks.iter().rev().enumerate() {
            let text = if i == 0 {
                chunk.to_string()
            } else {
                format!("{chunk:09}")
            };
            out.extend(text.bytes().map(|b| b - b'0'));
        }
        out
    }

    /// The Number closest to this integer (ties to even), +∞ beyond the double range.
    pub(crate) fn to_f64(&self) -> f64 {
        let len = self.bit_len();
        if len <= 64 {
            let lo = u64::from(self.0.first().copied().unwrap_or(0));
            let hi = u64::from(self.0.get(1).copied().unwrap_or(0));
            return ((hi << 32) | lo) as f64;
        }
        // The top 64 bits, with a sticky bit for anything nonzero below them.
        let shift = len - 64;
        let mut top = 0u64;
        for i in 0..64 {
            let bit = shift + i;
            let limb = self.0[(bit / 32) as usize];
            if (limb >> (bit % 32)) & 1 == 1 {
                top |= 1 << i;
            }
        }
        let sticky = (0..shift).any(|bit| (self.0[(bit / 32) as usize] >> (bit % 32)) & 1 == 1);
        if sticky {
            top |= 1;
        }
        if shift > 1100 {
            return f64::INFINITY;
        }
        (top as f64) * 2f64.powi(shift as i32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_decimal_of_small_values() {
        assert_eq!(exact_decimal(1.0), (vec![1], 0));
        assert_eq!(exact_decimal(0.5), (vec![5], -1));
        assert_eq!(exact_decimal(1e21), (vec![1], 21));
        let (d, q) = exact_decimal(1.005);
        assert_eq!(q, -(d.len() as i64) + 1);
        assert_eq!(&d[..6], &[1, 0, 0, 4, 9, 9]);
    }

    #[test]
    fn big_uint_to_f64_rounds_to_nearest() {
        let mut n = BigUint::from_u64(1);
        n.shl(100);
        assert_eq!(n.to_f64(), 2f64.powi(100));
        // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: ties to even.
        let mut m = BigUint::from_u64(1);
        m.shl(53);
        m.mul_add_small(1, 1);
        assert_eq!(m.to_f64(), 9_007_199_254_740_992.0);
        // (2^53 + 1) × 2^20 + 1 is above the tie, so rounds up.
        m.shl(20);
        m.mul_add_small(1, 1);
        assert_eq!(m.to_f64(), (9_007_199_254_740_994.0) * 2f64.powi(20));
    }

    #[test]
    fn radix_strings() {
        assert_eq!(number_to_radix_string(0.5, 2).to_rust_string(), "0.1");
        assert_eq!(number_to_radix_string(255.0, 16).to_rust_string(), "ff");
        assert_eq!(number_to_radix_string(-255.0, 36).to_rust_string(), "-73");
        assert_eq!(
            number_to_radix_string(0.1, 3).to_rust_string(),
            "0.0022002200220022002200220022002201"
        );
    }

    #[test]
    fn str_decimal_prefixes() {
        let p = |s: &str| parse_str_decimal_prefix(&s.encode_utf16().collect::<Vec<_>>());
        assert_eq!(p("2.5abc"), 2.5);
        assert_eq!(p("5."), 5.0);
        assert_eq!(p(".5e1x"), 5.0);
        assert_eq!(p("1e"), 1.0);
        assert_eq!(p("1e+"), 1.0);
        assert!(p(".").is_nan());
        assert!(p("-.e1").is_nan());
        assert_eq!(p("-Infinityx"), f64::NEG_INFINITY);
        assert!(p("-0").is_sign_negative());
        assert_eq!(p("1e1000"), f64::INFINITY);
        assert_eq!(p("1e-99999999999999999999999"), 0.0);
    }
}
