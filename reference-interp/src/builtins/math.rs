//! The Math object (§21.3).
//!
//! `Math.random` must keep the reference interpreter deterministic, so it is a fixed-seed
//! xorshift64* generator: every run of a program sees the same sequence.

use std::cell::Cell;

use crate::builtins::arg;
use crate::interp::{Interp, JsResult};
use crate::object::{NativeFn, Obj};
use crate::value::{PropertyKey, Value};

/// The seed of `Math.random`'s generator (any non-zero constant).
const RANDOM_SEED: u64 = 0x2545_F491_4F6C_DD1D;

thread_local! {
    /// The state of `Math.random`'s xorshift64* generator.
    static RANDOM_STATE: Cell<u64> = const { Cell::new(RANDOM_SEED) };
}

/// Resets `Math.random` to its initial seed (the realm does not own the state).
pub fn reset_random_seed() {
    RANDOM_STATE.with(|s| s.set(RANDOM_SEED));
}

/// Creates the Math object and installs it on the global object.
pub fn init(interp: &mut Interp<'_>) {
    // A new realm starts the sequence over, so every run is reproducible.
    reset_random_seed();
    let math = interp.ordinary_object();
    // Value properties (§21.3.1): non-writable, non-enumerable, non-configurable.
    let constants: [(&str, f64); 8] = [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ];
    for (name, v) in constants {
        interp.define_constant(&math, name, Value::Number(v));
    }
    // Math [ @@toStringTag ] (§21.3.1.9).
    let tag = PropertyKey::Symbol(interp.well_known.to_string_tag.clone());
    interp.define_readonly(&math, tag, Value::str("Math"));

    let methods: [(&str, u32, NativeFn); 35] = [
        ("abs", 1, math_abs),
        ("acos", 1, math_acos),
        ("acosh", 1, math_acosh),
        ("asin", 1, math_asin),
        ("asinh", 1, math_asinh),
        ("atan", 1, math_atan),
        ("atanh", 1, math_atanh),
        ("atan2", 2, math_atan2),
        ("cbrt", 1, math_cbrt),
        ("ceil", 1, math_ceil),
        ("clz32", 1, math_clz32),
        ("cos", 1, math_cos),
        ("cosh", 1, math_cosh),
        ("exp", 1, math_exp),
        ("expm1", 1, math_expm1),
        ("floor", 1, math_floor),
        ("fround", 1, math_fround),
        ("hypot", 2, math_hypot),
        ("imul", 2, math_imul),
        ("log", 1, math_log),
        ("log1p", 1, math_log1p),
        ("log10", 1, math_log10),
        ("log2", 1, math_log2),
        ("max", 2, math_max),
        ("min", 2, math_min),
        ("pow", 2, math_pow),
        ("random", 0, math_random),
        ("round", 1, math_round),
        ("sign", 1, math_sign),
        ("sin", 1, math_sin),
        ("sinh", 1, math_sinh),
        ("sqrt", 1, math_sqrt),
        ("tan", 1, math_tan),
        ("tanh", 1, math_tanh),
        ("trunc", 1, math_trunc),
    ];
    for (name, length, f) in methods {
        interp.define_method(&math, name, length, f);
    }
    let global = interp.global_object.clone();
    interp.define_data(&global, "Math", Value::Object(math));
}

/// ToNumber of the first argument.
fn num_arg<'a>(interp: &mut Interp<'a>, args: &[Value<'a>], i: usize) -> JsResult<'a, f64> {
    interp.to_number(&arg(args, i))
}

/// Defines a one-argument Math function `$name` computing `$body` from the number `$x`.
macro_rules! unary_math {
    ($(#[$doc:meta] $name:ident, |$x:ident| $body:expr;)*) => {
        $(
            #[$doc]
            fn $name<'a>(
                interp: &mut Interp<'a>,
                _this: Value<'a>,
                args: &[Value<'a>],
                _new_target: Option<Obj<'a>>,
            ) -> JsResult<'a, Value<'a>> {
                // 1. Let n be ? ToNumber(x).
                let $x = num_arg(interp, args, 0)?;
                Ok(Value::Number($body))
            }
        )*
    };
}

unary_math! {
    /// Math.abs ( x ) (§21.3.2.1).
    math_abs, |x| x.abs();
    /// Math.acos ( x ) (§21.3.2.2): NaN outside [-1, 1].
    math_acos, |x| x.acos();
    /// Math.acosh ( x ) (§21.3.2.3): NaN below 1.
    math_acosh, |x| acosh(x);
    /// Math.asin ( x ) (§21.3.2.4): ±0 stays ±0.
    math_asin, |x| x.asin();
    /// Math.asinh ( x ) (§21.3.2.5): ±0 and ±∞ are returned unchanged.
    math_asinh, |x| asinh(x);
    /// Math.atan ( x ) (§21.3.2.6).
    math_atan, |x| x.atan();
    /// Math.atanh ( x ) (§21.3.2.7): ±0 unchanged, ±1 give ±∞, NaN outside [-1, 1].
    math_atanh, |x| atanh(x);
    /// Math.cbrt ( x ) (§21.3.2.9).
    math_cbrt, |x| x.cbrt();
    /// Math.ceil ( x ) (§21.3.2.10): results in (-1, 0) are -0.
    math_ceil, |x| x.ceil();
    /// Math.cos ( x ) (§21.3.2.12).
    math_cos, |x| x.cos();
    /// Math.cosh ( x ) (§21.3.2.13).
    math_cosh, |x| x.cosh();
    /// Math.exp ( x ) (§21.3.2.14).
    math_exp, |x| x.exp();
    /// Math.expm1 ( x ) (§21.3.2.15): ±0 unchanged.
    math_expm1, |x| if x == 0.0 { x } else { x.exp_m1() };
    /// Math.floor ( x ) (§21.3.2.16).
    math_floor, |x| x.floor();
    /// Math.fround ( x ) (§21.3.2.17): the nearest binary32 value, as a Number.
    math_fround, |x| f64::from(x as f32);
    /// Math.log ( x ) (§21.3.2.20).
    math_log, |x| x.ln();
    /// Math.log1p ( x ) (§21.3.2.21): ±0 unchanged, NaN below -1.
    math_log1p, |x| if x == 0.0 { x } else if x < -1.0 { f64::NAN } else { x.ln_1p() };
    /// Math.log10 ( x ) (§21.3.2.22).
    math_log10, |x| x.log10();
    /// Math.log2 ( x ) (§21.3.2.23).
    math_log2, |x| x.log2();
    /// Math.round ( x ) (§21.3.2.28).
    math_round, |x| round(x);
    /// Math.sign ( x ) (§21.3.2.29).
    math_sign, |x| if x.is_nan() || x == 0.0 { x } else if x < 0.0 { -1.0 } else { 1.0 };
    /// Math.sin ( x ) (§21.3.2.30).
    math_sin, |x| x.sin();
    /// Math.sinh ( x ) (§21.3.2.31): ±0 unchanged.
    math_sinh, |x| if x == 0.0 { x } else { x.sinh() };
    /// Math.sqrt ( x ) (§21.3.2.32).
    math_sqrt, |x| x.sqrt();
    /// Math.tan ( x ) (§21.3.2.33).
    math_tan, |x| x.tan();
    /// Math.tanh ( x ) (§21.3.2.34): ±0 unchanged, ±∞ give ±1.
    math_tanh, |x| if x == 0.0 { x } else { x.tanh() };
    /// Math.trunc ( x ) (§21.3.2.35).
    math_trunc, |x| x.trunc();
}

/// 2^28: beyond it, x and sqrt(x² ± 1) are equal in double precision.
const TWO_POW_28: f64 = 268_435_456.0;

/// The inverse hyperbolic cosine, in fdlibm's formulation (accurate for large x, where
/// ln(x + sqrt(x² - 1)) loses precision).
fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        f64::NAN
    } else if x >= TWO_POW_28 {
        x.ln() + std::f64::consts::LN_2
    } else if x > 2.0 {
        (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

/// The inverse hyperbolic sine, in fdlibm's formulation; ±0 and ±∞ are unchanged.
fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < 1.0 / TWO_POW_28 {
        return x;
    }
    let r = if a > TWO_POW_28 {
        a.ln() + std::f64::consts::LN_2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else {
        let t = a * a;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    r.copysign(x)
}

/// The inverse hyperbolic tangent, in fdlibm's formulation: ±0 unchanged, ±1 give ±∞,
/// NaN outside [-1, 1].
fn atanh(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() || a > 1.0 {
        return f64::NAN;
    }
    if a == 1.0 {
        return x * f64::INFINITY;
    }
    if a < 1.0 / TWO_POW_28 {
        return x;
    }
    let r = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    r.copysign(x)
}

/// The rounding of Math.round (§21.3.2.28): the integral Number closest to `x`,
/// preferring +∞ on ties; -0 for x in [-0.5, -0].
fn round(x: f64) -> f64 {
    // 2. If n is not finite or n is an integral Number, return n.
    if !x.is_finite() || x.trunc() == x {
        return x;
    }
    // 3. If n < 0.5𝔽 and n > +0𝔽, return +0𝔽.
    if (0.0..0.5).contains(&x) && x != 0.0 {
        return 0.0;
    }
    // 4. If n < -0𝔽 and n ≥ -0.5𝔽, return -0𝔽.
    if (-0.5..0.0).contains(&x) {
        return -0.0;
    }
    // 5. The integral Number closest to n, preferring +∞. (x - floor(x) is exact, so
    //    this avoids the double rounding of floor(x + 0.5) for 0.49999999999999994.)
    let f = x.floor();
    let r = if x - f >= 0.5 { f + 1.0 } else { f };
    if r == 0.0 && x < 0.0 { -0.0 } else { r }
}

/// Math.atan2 ( y, x ) (§21.3.2.8).
fn math_atan2<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let ny be ? ToNumber(y). 2. Let nx be ? ToNumber(x).
    let y = num_arg(interp, args, 0)?;
    let x = num_arg(interp, args, 1)?;
    Ok(Value::Number(y.atan2(x)))
}

/// Math.clz32 ( x ) (§21.3.2.11).
fn math_clz32<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let n be ? ToUint32(x).
    let n = interp.to_uint32(&arg(args, 0))?;
    // 2. Let p be the number of leading zero bits in the unsigned 32-bit binary representation of n.
    Ok(Value::from(n.leading_zeros()))
}

/// Math.hypot ( ...args ) (§21.3.2.18).
fn math_hypot<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1-3. Coerce every argument first.
    let mut coerced = Vec::with_capacity(args.len());
    for a in args {
        coerced.push(interp.to_number(a)?);
    }
    // 4-5. Any infinity gives +∞, then any NaN gives NaN.
    if coerced.iter().any(|n| n.is_infinite()) {
        return Ok(Value::Number(f64::INFINITY));
    }
    if coerced.iter().any(|n| n.is_nan()) {
        return Ok(Value::Number(f64::NAN));
    }
    // 6-7. All zeros (of either sign) give +0.
    let max = coerced.iter().fold(0.0_f64, |m, n| m.max(n.abs()));
    if max == 0.0 {
        return Ok(Value::Number(0.0));
    }
    // 8. The square root of the sum of squares, computed on values scaled by the
    //    largest magnitude (no overflow) with Kahan-compensated summation.
    let mut sum = 0.0_f64;
    let mut compensation = 0.0_f64;
    for n in &coerced {
        let scaled = n.abs() / max;
        let summand = scaled * scaled - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    Ok(Value::Number(sum.sqrt() * max))
}

/// Math.imul ( x, y ) (§21.3.2.19).
fn math_imul<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let a be ℝ(? ToUint32(x)). 2. Let b be ℝ(? ToUint32(y)).
    let a = interp.to_uint32(&arg(args, 0))?;
    let b = interp.to_uint32(&arg(args, 1))?;
    // 3. Let product be (a × b) modulo 2^32. 4. Interpret it as a signed 32-bit integer.
    Ok(Value::from(a.wrapping_mul(b) as i32))
}

/// Math.max ( ...args ) (§21.3.2.24).
fn math_max<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let coerced be ? ToNumber of every argument (all of them, even after a NaN).
    let mut coerced = Vec::with_capacity(args.len());
    for a in args {
        coerced.push(interp.to_number(a)?);
    }
    // 2. Let highest be -∞𝔽.
    let mut highest = f64::NEG_INFINITY;
    for n in coerced {
        // a. If number is NaN, return NaN.
        if n.is_nan() {
            return Ok(Value::Number(f64::NAN));
        }
        // b. If number is +0𝔽 and highest is -0𝔽, set highest to +0𝔽.
        if n == 0.0 && highest == 0.0 && highest.is_sign_negative() && n.is_sign_positive() {
            highest = 0.0;
        }
        // c. If number > highest, set highest to number.
        if n > highest {
            highest = n;
        }
    }
    Ok(Value::Number(highest))
}

/// Math.min ( ...args ) (§21.3.2.25).
fn math_min<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let mut coerced = Vec::with_capacity(args.len());
    for a in args {
        coerced.push(interp.to_number(a)?);
    }
    // 2. Let lowest be +∞𝔽.
    let mut lowest = f64::INFINITY;
    for n in coerced {
        if n.is_nan() {
            return Ok(Value::Number(f64::NAN));
        }
        // b. If number is -0𝔽 and lowest is +0𝔽, set lowest to -0𝔽.
        if n == 0.0 && lowest == 0.0 && n.is_sign_negative() && lowest.is_sign_positive() {
            lowest = -0.0;
        }
        if n < lowest {
            lowest = n;
        }
    }
    Ok(Value::Number(lowest))
}

/// Number::exponentiate ( base, exponent ) (§6.1.6.1.3).
pub fn exponentiate(base: f64, exponent: f64) -> f64 {
    // 1. If exponent is NaN, return NaN. 2. If exponent is ±0, return 1.
    if exponent.is_nan() {
        return f64::NAN;
    }
    if exponent == 0.0 {
        return 1.0;
    }
    // 3. If base is NaN, return NaN.
    if base.is_nan() {
        return f64::NAN;
    }
    // 9.-10. abs(base) = 1 with an infinite exponent is NaN (IEEE powf says 1).
    if exponent.is_infinite() && base.abs() == 1.0 {
        return f64::NAN;
    }
    base.powf(exponent)
}

/// Math.pow ( base, exponent ) (§21.3.2.26).
fn math_pow<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Set base to ? ToNumber(base). 2. Set exponent to ? ToNumber(exponent).
    let base = num_arg(interp, args, 0)?;
    let exponent = num_arg(interp, args, 1)?;
    Ok(Value::Number(exponentiate(base, exponent)))
}

/// Math.random ( ) (§21.3.2.27): a deterministic xorshift64* sequence in [0, 1).
fn math_random<'a>(
    _interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let bits = RANDOM_STATE.with(|s| {
        let mut x = s.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        s.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    });
    // The top 53 bits, scaled into [0, 1).
    Ok(Value::Number((bits >> 11) as f64 / (1u64 << 53) as f64))
}
