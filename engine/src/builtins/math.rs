//! Math (§21.3). `random` is a fixed-seed xorshift64* so runs are reproducible.

use super::{arg, method, value};
use crate::object::shape::attr;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let m = vm.new_object().value();
    let g = vm.realm().global;
    value(vm, g, "Math", m, attr::HIDDEN);
    for (n, v) in [
        ("PI", std::f64::consts::PI),
        ("E", std::f64::consts::E),
        ("LN2", std::f64::consts::LN_2),
        ("LN10", std::f64::consts::LN_10),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("SQRT2", std::f64::consts::SQRT_2),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
    ] {
        value(vm, m, n, Value::number(v), 0);
    }
    let tag = vm.str("Math");
    if let Some(o) = m.as_obj() {
        o.define_named(
            &vm.rt.heap,
            crate::atom::SYM_TO_STRING_TAG,
            tag,
            attr::CONFIGURABLE,
        );
    }
    macro_rules! unary {
        ($($name:literal => $f:expr),* $(,)?) => {
            $(
                {
                    fn f(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
                        let x = vm.to_number(arg(args, 0))?;
                        let g: fn(f64) -> f64 = $f;
                        Ok(Value::number(g(x)))
                    }
                    method(vm, m, $name, 1, f);
                }
            )*
        };
    }
    unary! {
        "abs" => f64::abs,
        "floor" => f64::floor,
        "ceil" => f64::ceil,
        "trunc" => f64::trunc,
        "sqrt" => f64::sqrt,
        "cbrt" => f64::cbrt,
        "sin" => f64::sin,
        "cos" => f64::cos,
        "tan" => f64::tan,
        "asin" => f64::asin,
        "acos" => f64::acos,
        "atan" => f64::atan,
        "sinh" => f64::sinh,
        "cosh" => f64::cosh,
        "tanh" => f64::tanh,
        "asinh" => f64::asinh,
        "acosh" => f64::acosh,
        "atanh" => f64::atanh,
        "exp" => f64::exp,
        "expm1" => f64::exp_m1,
        "log" => f64::ln,
        "log2" => f64::log2,
        "log10" => f64::log10,
        "log1p" => f64::ln_1p,
        "fround" => |x| x as f32 as f64,
        "sign" => |x| if x.is_nan() || x == 0.0 { x } else { x.signum() },
        "round" => |x| {
            if !x.is_finite() || x == 0.0 {
                x
            } else if (-0.5..0.0).contains(&x) {
                -0.0
            } else {
                let f = x.floor();
                if x - f >= 0.5 { f + 1.0 } else { f }
            }
        },
        "clz32" => |x| f64::from(crate::vm::ops::f64_to_uint32(x).leading_zeros()),
    }
    method(vm, m, "max", 2, max);
    method(vm, m, "min", 2, min);
    method(vm, m, "pow", 2, pow);
    method(vm, m, "atan2", 2, atan2);
    method(vm, m, "hypot", 2, hypot);
    method(vm, m, "imul", 2, imul);
    method(vm, m, "random", 0, random);
}

fn max(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut r = f64::NEG_INFINITY;
    let mut nan = false;
    for a in args {
        let x = vm.to_number(*a)?;
        if x.is_nan() {
            nan = true;
        } else if x > r || (x == 0.0 && r == 0.0 && r.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(if nan { f64::NAN } else { r }))
}

fn min(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut r = f64::INFINITY;
    let mut nan = false;
    for a in args {
        let x = vm.to_number(*a)?;
        if x.is_nan() {
            nan = true;
        } else if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(if nan { f64::NAN } else { r }))
}

fn pow(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let x = vm.to_number(arg(args, 0))?;
    let y = vm.to_number(arg(args, 1))?;
    Ok(Value::number(crate::vm::ops::js_pow(x, y)))
}

fn atan2(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let y = vm.to_number(arg(args, 0))?;
    let x = vm.to_number(arg(args, 1))?;
    Ok(Value::number(y.atan2(x)))
}

fn hypot(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut xs = Vec::new();
    for a in args {
        xs.push(vm.to_number(*a)?);
    }
    if xs.iter().any(|x| x.is_infinite()) {
        return Ok(Value::number(f64::INFINITY));
    }
    if xs.iter().any(|x| x.is_nan()) {
        return Ok(Value::number(f64::NAN));
    }
    Ok(Value::number(xs.iter().map(|x| x * x).sum::<f64>().sqrt()))
}

fn imul(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let a = vm.to_int32(arg(args, 0))?;
    let b = vm.to_int32(arg(args, 1))?;
    Ok(Value::number(f64::from(a.wrapping_mul(b))))
}

fn random(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let mut s = crate::sync::lock(&vm.rt.random_state);
    let mut x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    let bits = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
    Ok(Value::number((bits >> 11) as f64 / (1u64 << 53) as f64))
}
