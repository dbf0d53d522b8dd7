//! Global functions and values: print, console, globalThis, parseInt, Date.now …

use super::{arg, method, value};
use crate::object::shape::attr;
use crate::value::Value;
use crate::vm::numconv::{is_js_whitespace, trim};
use crate::vm::{JsResult, Vm};

const DETERMINISTIC_EPOCH_MS: f64 = 1_767_225_600_000.0;

pub fn init(vm: &mut Vm) {
    let g = vm.realm().global;
    method(vm, g, "print", 0, print);
    let console = vm.new_object().value();
    method(vm, console, "log", 0, print);
    value(vm, g, "console", console, attr::HIDDEN);
    value(vm, g, "globalThis", g, attr::HIDDEN);
    value(vm, g, "NaN", Value::number(f64::NAN), 0);
    value(vm, g, "Infinity", Value::number(f64::INFINITY), 0);
    value(vm, g, "undefined", Value::UNDEFINED, 0);
    let pi = method(vm, g, "parseInt", 2, parse_int);
    let pf = method(vm, g, "parseFloat", 1, parse_float);
    method(vm, g, "isNaN", 1, is_nan);
    method(vm, g, "isFinite", 1, is_finite);
    let date = vm.native_fn("Date", 7, date_ctor, true);
    method(vm, date.value(), "now", 0, date_now);
    value(vm, g, "Date", date.value(), attr::HIDDEN);
    // Number.parseInt/parseFloat are the same functions.
    if let Ok(n) = vm.get(
        g,
        crate::vm::property::Key::from_atom(crate::atom::intern_str("Number")),
    ) {
        value(vm, n, "parseInt", pi.value(), attr::HIDDEN);
        value(vm, n, "parseFloat", pf.value(), attr::HIDDEN);
    }
}

fn print(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut line: Vec<u16> = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            line.push(u16::from(b' '));
        }
        if let Some(s) = a.as_symbol() {
            // String(symbol) is allowed (it is ToString that throws).
            line.extend(crate::atom::display(s).encode_utf16());
            continue;
        }
        let s = vm.to_string(*a)?;
        line.extend_from_slice(s.as_str().unwrap_or(&[]));
    }
    vm.print_line(&line);
    Ok(Value::UNDEFINED)
}

fn date_ctor(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(vm.type_error("Date (other than Date.now) is not supported by the engine yet"))
}

fn date_now(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let n = vm
        .rt
        .clock_reads
        .fetch_add(1, crate::sync::atomic::Ordering::Relaxed)
        + 1;
    Ok(Value::number(DETERMINISTIC_EPOCH_MS + n as f64))
}

fn is_nan(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(vm.to_number(arg(args, 0))?.is_nan()))
}

fn is_finite(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(vm.to_number(arg(args, 0))?.is_finite()))
}

/// parseInt (§19.2.5).
pub fn parse_int(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = vm.to_units(arg(args, 0))?;
    let mut r = vm.to_int32(arg(args, 1))?;
    let s = trim(&s);
    let mut i = 0;
    let mut sign = 1.0;
    if i < s.len() && (s[i] == u16::from(b'-') || s[i] == u16::from(b'+')) {
        if s[i] == u16::from(b'-') {
            sign = -1.0;
        }
        i += 1;
    }
    let mut strip = true;
    if r != 0 {
        if !(2..=36).contains(&r) {
            return Ok(Value::number(f64::NAN));
        }
        if r != 16 {
            strip = false;
        }
    } else {
        r = 10;
    }
    if strip
        && i + 1 < s.len()
        && s[i] == u16::from(b'0')
        && (s[i + 1] == u16::from(b'x') || s[i + 1] == u16::from(b'X'))
    {
        i += 2;
        r = 16;
    }
    let start = i;
    let mut digits = Vec::new();
    while i < s.len() {
        let c = s[i];
        let d = char::from_u32(u32::from(c)).and_then(|c| c.to_digit(r as u32));
        match d {
            Some(d) => digits.push(d),
            None => break,
        }
        i += 1;
    }
    if i == start {
        return Ok(Value::number(f64::NAN));
    }
    let n = if r == 10 {
        // Decimal: parse exactly (long digit strings round like a literal).
        let text: String = digits.iter().map(|d| char::from(b'0' + *d as u8)).collect();
        text.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        digits
            .iter()
            .fold(0.0, |acc, d| acc * f64::from(r) + f64::from(*d))
    };
    Ok(Value::number(sign * n))
}

/// parseFloat (§19.2.4).
pub fn parse_float(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = vm.to_units(arg(args, 0))?;
    let start = s
        .iter()
        .position(|c| !is_js_whitespace(*c))
        .unwrap_or(s.len());
    let t: String = String::from_utf16_lossy(&s[start..]);
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    if t[i..].starts_with("Infinity") {
        return Ok(Value::number(if b.first() == Some(&b'-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }));
    }
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return Ok(Value::number(f64::NAN));
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let ds = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > ds {
            i = j;
        }
    }
    let mut text = t[..i].to_string();
    if text.ends_with('.') {
        text.pop();
    }
    if text.starts_with('.') || text.starts_with("-.") || text.starts_with("+.") {
        text = text.replacen('.', "0.", 1);
    }
    Ok(Value::number(text.parse::<f64>().unwrap_or(f64::NAN)))
}
