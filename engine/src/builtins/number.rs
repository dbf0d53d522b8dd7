//! Number and Boolean (§21.1, §20.3).

use super::{arg, constructor, method, value};
use crate::object::Class;
use crate::value::Value;
use crate::vm::numconv::{number_to_radix_string, number_to_string};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let p = vm.realm().number_proto;
    let c = constructor(vm, "Number", 1, number_ctor, p).value();
    for (n, v) in [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("EPSILON", f64::EPSILON),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ] {
        value(vm, c, n, Value::number(v), 0);
    }
    method(vm, c, "isInteger", 1, is_integer);
    method(vm, c, "isSafeInteger", 1, is_safe_integer);
    method(vm, c, "isFinite", 1, is_finite);
    method(vm, c, "isNaN", 1, is_nan);
    method(vm, p, "toString", 1, to_string);
    method(vm, p, "toLocaleString", 0, to_string);
    method(vm, p, "valueOf", 0, value_of);
    method(vm, p, "toFixed", 1, to_fixed);
    method(vm, p, "toPrecision", 1, to_precision);
    method(vm, p, "toExponential", 1, to_exponential);
    let bp = vm.realm().boolean_proto;
    constructor(vm, "Boolean", 1, boolean_ctor, bp);
    method(vm, bp, "toString", 0, bool_to_string);
    method(vm, bp, "valueOf", 0, bool_value_of);
}

fn number_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let n = if args.is_empty() {
        0.0
    } else {
        vm.to_number(args[0])?
    };
    if nt.is_undefined() {
        return Ok(Value::number(n));
    }
    let d = vm.realm().number_proto;
    let p = vm.proto_from_ctor(nt, d)?;
    Ok(vm
        .new_object_with(p, Class::Primitive(Value::number(n)))
        .value())
}

fn boolean_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let b = Value::bool(crate::vm::ops::to_boolean(arg(args, 0)));
    if nt.is_undefined() {
        return Ok(b);
    }
    let d = vm.realm().boolean_proto;
    let p = vm.proto_from_ctor(nt, d)?;
    Ok(vm.new_object_with(p, Class::Primitive(b)).value())
}

fn this_bool(vm: &mut Vm, this: Value) -> JsResult<bool> {
    if this.is_bool() {
        return Ok(this == Value::TRUE);
    }
    if let Some(o) = this.as_obj()
        && let Class::Primitive(v) = &o.class
        && v.is_bool()
    {
        return Ok(*v == Value::TRUE);
    }
    Err(vm.type_error("Boolean.prototype method called on incompatible receiver"))
}

fn bool_to_string(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let b = this_bool(vm, this)?;
    Ok(vm.str(if b { "true" } else { "false" }))
}

fn bool_value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(this_bool(vm, this)?))
}

fn this_num(vm: &mut Vm, this: Value) -> JsResult<f64> {
    if let Some(n) = this.as_number() {
        return Ok(n);
    }
    if let Some(o) = this.as_obj()
        && let Class::Primitive(v) = &o.class
        && let Some(n) = v.as_number()
    {
        return Ok(n);
    }
    Err(vm.type_error("Number.prototype method called on incompatible receiver"))
}

fn is_integer(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(
        arg(args, 0)
            .as_number()
            .is_some_and(|n| n.is_finite() && n.trunc() == n),
    ))
}
fn is_safe_integer(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).as_number().is_some_and(|n| {
        n.is_finite() && n.trunc() == n && n.abs() <= 9007199254740991.0
    })))
}
fn is_finite(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(
        arg(args, 0).as_number().is_some_and(|n| n.is_finite()),
    ))
}
fn is_nan(_: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(
        arg(args, 0).as_number().is_some_and(|n| n.is_nan()),
    ))
}

fn to_string(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_num(vm, this)?;
    let r = if arg(args, 0).is_undefined() {
        10.0
    } else {
        vm.to_integer(args[0])?
    };
    if !(2.0..=36.0).contains(&r) {
        return Err(vm.range_error("toString() radix must be between 2 and 36"));
    }
    let s = if r == 10.0 {
        number_to_string(n)
    } else {
        number_to_radix_string(n, r as u32)
    };
    Ok(vm.str(&s))
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(this_num(vm, this)?))
}

fn to_fixed(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_num(vm, this)?;
    let d = vm.to_integer(arg(args, 0))?;
    if !(0.0..=100.0).contains(&d) {
        return Err(vm.range_error("toFixed() digits argument must be between 0 and 100"));
    }
    if !n.is_finite() || n.abs() >= 1e21 {
        return Ok(vm.str(&number_to_string(n)));
    }
    let s = exact_fixed(n, d as usize);
    Ok(vm.str(&s))
}

/// Fixed-point formatting with round-half-up on the exact decimal value of the double.
fn exact_fixed(n: f64, d: usize) -> String {
    let s = format!("{:.*}", d + 30, n.abs());
    // Round the long exact expansion at d digits, half up.
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = int
        .bytes()
        .chain(frac.bytes().take(d))
        .map(|b| b - b'0')
        .collect();
    let next = frac.as_bytes().get(d).map(|b| b - b'0').unwrap_or(0);
    if next >= 5 {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, 1);
                break;
            }
            i -= 1;
            if digits[i] == 9 {
                digits[i] = 0;
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let split = digits.len() - d;
    let mut out: String = digits[..split]
        .iter()
        .map(|x| char::from(b'0' + x))
        .collect();
    if d > 0 {
        out.push('.');
        out.extend(digits[split..].iter().map(|x| char::from(b'0' + x)));
    }
    if n < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// The first `p` significant decimal digits of |n| (n finite, non-zero), rounded half
/// up on the exact value, and the decimal exponent of the first digit.
fn exp_digits(n: f64, p: usize) -> (Vec<u8>, i32) {
    let s = format!("{:.*e}", p + 30, n.abs());
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let mut e: i32 = e.parse().unwrap_or(0);
    let all: Vec<u8> = m
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    let mut d: Vec<u8> = all[..p].to_vec();
    if all.get(p).copied().unwrap_or(0) >= 5 {
        let mut i = p;
        loop {
            if i == 0 {
                d.insert(0, 1);
                d.truncate(p);
                e += 1;
                break;
            }
            i -= 1;
            if d[i] == 9 {
                d[i] = 0;
            } else {
                d[i] += 1;
                break;
            }
        }
    }
    (d, e)
}

fn exp_form(neg: bool, d: &[u8], e: i32) -> String {
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push(char::from(b'0' + d[0]));
    if d.len() > 1 {
        s.push('.');
        s.extend(d[1..].iter().map(|x| char::from(b'0' + x)));
    }
    s.push('e');
    s.push(if e < 0 { '-' } else { '+' });
    s.push_str(&e.abs().to_string());
    s
}

fn to_exponential(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_num(vm, this)?;
    let f = arg(args, 0);
    let d = vm.to_integer(f)?;
    if !n.is_finite() {
        return Ok(vm.str(&number_to_string(n)));
    }
    if !(0.0..=100.0).contains(&d) {
        return Err(vm.range_error("toExponential() argument must be between 0 and 100"));
    }
    let s = if n == 0.0 {
        let digits = vec![0u8; if f.is_undefined() { 1 } else { d as usize + 1 }];
        exp_form(false, &digits, 0)
    } else if f.is_undefined() {
        fix_exp(&format!("{:e}", n))
    } else {
        let (digits, e) = exp_digits(n, d as usize + 1);
        exp_form(n < 0.0, &digits, e)
    };
    Ok(vm.str(&s))
}

fn fix_exp(s: &str) -> String {
    match s.split_once('e') {
        Some((m, e)) => {
            let e = if e.starts_with('-') {
                e.to_string()
            } else {
                format!("+{e}")
            };
            format!("{m}e{e}")
        }
        None => s.to_string(),
    }
}

fn to_precision(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let n = this_num(vm, this)?;
    if arg(args, 0).is_undefined() {
        return Ok(vm.str(&number_to_string(n)));
    }
    let p = vm.to_integer(args[0])?;
    if !n.is_finite() {
        return Ok(vm.str(&number_to_string(n)));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(vm.range_error("toPrecision() argument must be between 1 and 100"));
    }
    let p = p as i32;
    if n == 0.0 {
        let s = if p > 1 {
            format!("0.{}", "0".repeat(p as usize - 1))
        } else {
            "0".into()
        };
        return Ok(vm.str(&s));
    }
    let (d, e) = exp_digits(n, p as usize);
    let neg = n < 0.0;
    let s = if e < -6 || e >= p {
        exp_form(neg, &d, e)
    } else {
        let digits: String = d.iter().map(|x| char::from(b'0' + x)).collect();
        let body = if e >= 0 {
            let (a, b) = digits.split_at((e + 1) as usize);
            if b.is_empty() {
                a.to_string()
            } else {
                format!("{a}.{b}")
            }
        } else {
            format!("0.{}{}", "0".repeat((-e - 1) as usize), digits)
        };
        if neg { format!("-{body}") } else { body }
    };
    Ok(vm.str(&s))
}
