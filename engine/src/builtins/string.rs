//! String and String.prototype (§22.1).

use super::{arg, constructor, method, relative};
use crate::atom;
use crate::object::Class;
use crate::object::class::IterState;
use crate::object::shape::attr;
use crate::value::Value;
use crate::vm::numconv::{is_js_whitespace, trim};
use crate::vm::property::Key;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let p = vm.realm().string_proto;
    let empty = vm.str("");
    if let Some(o) = p.as_obj() {
        // String.prototype is itself a String object whose value is "".
        let _ = o;
        let _ = empty;
    }
    let c = constructor(vm, "String", 1, string_ctor, p).value();
    method(vm, c, "fromCharCode", 1, from_char_code);
    method(vm, c, "fromCodePoint", 1, from_code_point);
    method(vm, c, "raw", 1, raw);
    let m: &[(&str, u32, crate::object::NativeFn)] = &[
        ("toString", 0, value_of),
        ("valueOf", 0, value_of),
        ("charAt", 1, char_at),
        ("charCodeAt", 1, char_code_at),
        ("codePointAt", 1, code_point_at),
        ("at", 1, at),
        ("indexOf", 1, index_of),
        ("lastIndexOf", 1, last_index_of),
        ("includes", 1, includes),
        ("startsWith", 1, starts_with),
        ("endsWith", 1, ends_with),
        ("slice", 2, slice),
        ("substring", 2, substring),
        ("substr", 2, substr),
        ("toUpperCase", 0, to_upper),
        ("toLowerCase", 0, to_lower),
        ("toLocaleUpperCase", 0, to_upper),
        ("toLocaleLowerCase", 0, to_lower),
        ("trim", 0, trim_both),
        ("trimStart", 0, trim_start),
        ("trimEnd", 0, trim_end),
        ("padStart", 2, pad_start),
        ("padEnd", 2, pad_end),
        ("repeat", 1, repeat),
        ("concat", 1, concat),
        ("split", 2, split),
        ("replace", 2, replace),
        ("replaceAll", 2, replace_all),
        ("localeCompare", 1, locale_compare),
        ("normalize", 0, normalize),
    ];
    for (n, l, f) in m {
        method(vm, p, n, *l, *f);
    }
    // Annex B: trimLeft/trimRight are the very same functions as trimStart/trimEnd.
    for (alias, of) in [("trimLeft", "trimStart"), ("trimRight", "trimEnd")] {
        if let Ok(f) = vm.get(p, Key::from_atom(atom::intern_str(of))) {
            super::value(vm, p, alias, f, attr::HIDDEN);
        }
    }
    let it = vm.native_fn("[Symbol.iterator]", 0, iterator, false);
    if let Some(o) = p.as_obj() {
        o.define_named(&vm.rt.heap, atom::SYM_ITERATOR, it.value(), attr::HIDDEN);
    }
}

fn string_ctor(vm: &mut Vm, _: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let s = if args.is_empty() {
        vm.str("")
    } else if nt.is_undefined() && args[0].is_symbol() {
        let d = atom::descriptive_units(args[0].as_symbol().unwrap_or(0)).unwrap_or_default();
        vm.new_string_owned(d)
    } else {
        vm.to_string(args[0])?
    };
    if nt.is_undefined() {
        return Ok(s);
    }
    let d = vm.realm().string_proto;
    let p = vm.proto_from_ctor(nt, d)?;
    Ok(vm.new_object_with(p, Class::Primitive(s)).value())
}

/// `this` coerced to a string (RequireObjectCoercible + ToString).
fn this_units(vm: &mut Vm, this: Value) -> JsResult<&'static [u16]> {
    if this.is_nullish() {
        return Err(vm.type_error("String.prototype method called on null or undefined"));
    }
    vm.to_str_rooted(this)
}

fn value_of(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if this.is_string() {
        return Ok(this);
    }
    if let Some(o) = this.as_obj()
        && let Class::Primitive(v) = &o.class
        && v.is_string()
    {
        return Ok(*v);
    }
    Err(vm.type_error("String.prototype.valueOf requires that 'this' be a String"))
}

fn from_char_code(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if let [a] = args {
        let c = vm.to_uint32(*a)? as u16;
        return Ok(vm.unit_string(c));
    }
    let mut u = Vec::new();
    for a in args {
        u.push(vm.to_uint32(*a)? as u16);
    }
    Ok(vm.new_string_owned(u))
}

fn from_code_point(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut u = Vec::new();
    for a in args {
        let n = vm.to_number(*a)?;
        if n.fract() != 0.0 || !(0.0..=1114111.0).contains(&n) {
            let d = crate::vm::numconv::number_to_string(n);
            return Err(vm.range_error(format!("Invalid code point {d}")));
        }
        let cp = n as u32;
        if cp < 0x10000 {
            u.push(cp as u16);
        } else {
            let c = cp - 0x10000;
            u.push(0xD800 + (c >> 10) as u16);
            u.push(0xDC00 + (c & 0x3FF) as u16);
        }
    }
    Ok(vm.new_string_owned(u))
}

fn raw(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let cooked = vm.to_object(arg(args, 0))?;
    let r = vm.get(cooked.value(), Key::Atom(atom::RAW))?;
    let ro = vm.to_object(r)?;
    vm.roots.push(ro.value());
    let len = super::length_of(vm, ro)?;
    let mut out = Vec::new();
    for i in 0..len as u32 {
        let s = vm.get(ro.value(), Key::Index(i))?;
        out.extend(vm.to_str_rooted(s)?);
        if i + 1 < len as u32 && (i as usize + 1) < args.len() {
            out.extend(vm.to_str_rooted(args[i as usize + 1])?);
        }
    }
    Ok(vm.new_string_owned(out))
}

fn pos_arg(vm: &mut Vm, args: &[Value], i: usize) -> JsResult<f64> {
    vm.to_integer(arg(args, i))
}

fn char_at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let p = pos_arg(vm, args, 0)?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(vm.str(""));
    }
    Ok(vm.unit_string(s[p as usize]))
}

fn char_code_at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let p = pos_arg(vm, args, 0)?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(Value::number(f64::NAN));
    }
    Ok(Value::number(f64::from(s[p as usize])))
}

fn code_point_at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let p = pos_arg(vm, args, 0)?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    let i = p as usize;
    let c = s[i];
    if (0xD800..0xDC00).contains(&c) && i + 1 < s.len() && (0xDC00..0xE000).contains(&s[i + 1]) {
        let cp = 0x10000 + ((u32::from(c) - 0xD800) << 10) + (u32::from(s[i + 1]) - 0xDC00);
        return Ok(Value::number(f64::from(cp)));
    }
    Ok(Value::number(f64::from(c)))
}

fn at(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let r = pos_arg(vm, args, 0)?;
    let k = if r < 0.0 { s.len() as f64 + r } else { r };
    if k < 0.0 || k >= s.len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    Ok(vm.unit_string(s[k as usize]))
}

fn find(h: &[u16], n: &[u16], from: usize) -> Option<usize> {
    if n.is_empty() {
        return (from <= h.len()).then_some(from.min(h.len()));
    }
    (from..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..].starts_with(n))
}

fn index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = vm.to_str_rooted(arg(args, 0))?;
    let p = pos_arg(vm, args, 1)?.clamp(0.0, s.len() as f64) as usize;
    Ok(Value::number(
        find(s, n, p).map(|i| i as f64).unwrap_or(-1.0),
    ))
}

fn last_index_of(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = vm.to_str_rooted(arg(args, 0))?;
    let pn = vm.to_number(arg(args, 1))?;
    let p = if pn.is_nan() {
        f64::INFINITY
    } else {
        pn.trunc()
    };
    let start = p.clamp(0.0, s.len() as f64) as usize;
    if n.len() > s.len() {
        return Ok(Value::number(-1.0));
    }
    let mut i = start.min(s.len() - n.len());
    loop {
        if s[i..].starts_with(n) {
            return Ok(Value::number(i as f64));
        }
        if i == 0 {
            return Ok(Value::number(-1.0));
        }
        i -= 1;
    }
}

fn includes(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = vm.to_str_rooted(arg(args, 0))?;
    let p = pos_arg(vm, args, 1)?.clamp(0.0, s.len() as f64) as usize;
    Ok(Value::bool(find(s, n, p).is_some()))
}

fn starts_with(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = vm.to_str_rooted(arg(args, 0))?;
    let p = pos_arg(vm, args, 1)?.clamp(0.0, s.len() as f64) as usize;
    Ok(Value::bool(s[p..].starts_with(n)))
}

fn ends_with(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = vm.to_str_rooted(arg(args, 0))?;
    let e = if arg(args, 1).is_undefined() {
        s.len()
    } else {
        pos_arg(vm, args, 1)?.clamp(0.0, s.len() as f64) as usize
    };
    Ok(Value::bool(s[..e].ends_with(n)))
}

fn slice(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let len = s.len() as f64;
    let a = relative(vm, arg(args, 0), len, 0.0)? as usize;
    let b = relative(vm, arg(args, 1), len, len)? as usize;
    Ok(vm.new_string(if a < b { &s[a..b] } else { &[] }))
}

fn substring(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let len = s.len() as f64;
    let a = pos_arg(vm, args, 0)?.clamp(0.0, len) as usize;
    let b = if arg(args, 1).is_undefined() {
        s.len()
    } else {
        pos_arg(vm, args, 1)?.clamp(0.0, len) as usize
    };
    let (x, y) = (a.min(b), a.max(b));
    Ok(vm.new_string(&s[x..y]))
}

fn substr(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let len = s.len() as f64;
    let a = relative(vm, arg(args, 0), len, 0.0)?;
    let l = if arg(args, 1).is_undefined() {
        len - a
    } else {
        pos_arg(vm, args, 1)?.clamp(0.0, len - a)
    };
    let (a, l) = (a as usize, l.max(0.0) as usize);
    Ok(vm.new_string(&s[a..a + l]))
}

fn map_case(vm: &mut Vm, this: Value, upper: bool) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    if let Ok(t) = String::from_utf16(s) {
        let r = if upper {
            t.to_uppercase()
        } else {
            t.to_lowercase()
        };
        return Ok(vm.str(&r));
    }
    // Lone surrogates stay as they are; every valid character is mapped.
    let mut u: Vec<u16> = Vec::with_capacity(s.len());
    for c in char::decode_utf16(s.iter().copied()) {
        match c {
            Ok(ch) => {
                let mapped: String = if upper {
                    ch.to_uppercase().collect()
                } else {
                    ch.to_lowercase().collect()
                };
                u.extend(mapped.encode_utf16());
            }
            Err(e) => u.push(e.unpaired_surrogate()),
        }
    }
    Ok(vm.new_string_owned(u))
}

fn to_upper(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    map_case(vm, this, true)
}
fn to_lower(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    map_case(vm, this, false)
}

fn trim_both(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    Ok(vm.new_string(trim(s)))
}
fn trim_start(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let i = s
        .iter()
        .position(|c| !is_js_whitespace(*c))
        .unwrap_or(s.len());
    Ok(vm.new_string(&s[i..]))
}
fn trim_end(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let i = s
        .iter()
        .rposition(|c| !is_js_whitespace(*c))
        .map(|i| i + 1)
        .unwrap_or(0);
    Ok(vm.new_string(&s[..i]))
}

fn pad(vm: &mut Vm, this: Value, args: &[Value], start: bool) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let max = vm.to_length(arg(args, 0))? as usize;
    let fill: Vec<u16> = if arg(args, 1).is_undefined() {
        vec![u16::from(b' ')]
    } else {
        vm.to_str_rooted(args[1])?.to_vec()
    };
    if max <= s.len() || fill.is_empty() {
        return Ok(vm.new_string(s));
    }
    if max > 1 << 29 {
        return Err(vm.range_error("Invalid string length"));
    }
    let n = max - s.len();
    let f: Vec<u16> = fill.iter().copied().cycle().take(n).collect();
    let mut out = Vec::with_capacity(max);
    if start {
        out.extend(f);
        out.extend_from_slice(s);
    } else {
        out.extend_from_slice(s);
        out.extend(f);
    }
    Ok(vm.new_string_owned(out))
}

fn pad_start(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    pad(vm, this, args, true)
}
fn pad_end(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    pad(vm, this, args, false)
}

fn repeat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let n = vm.to_integer(arg(args, 0))?;
    if n < 0.0 || n.is_infinite() {
        return Err(vm.range_error("Invalid count value"));
    }
    if (s.len() as f64) * n > (1u64 << 29) as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    Ok(vm.new_string_owned(s.repeat(n as usize)))
}

fn concat(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let mut s = this_units(vm, this)?.to_vec();
    for a in args {
        s.extend(vm.to_str_rooted(*a)?);
    }
    Ok(vm.new_string_owned(s))
}

fn split(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let lim = if arg(args, 1).is_undefined() {
        u32::MAX
    } else {
        vm.to_uint32(args[1])?
    };
    let out = vm.new_array();
    vm.roots.push(out.value());
    if lim == 0 {
        return Ok(out.value());
    }
    if arg(args, 0).is_undefined() {
        let v = vm.new_string(s);
        out.set_element(0, v);
        return Ok(out.value());
    }
    let sep = vm.to_str_rooted(args[0])?;
    let mut parts: Vec<&[u16]> = Vec::new();
    if sep.is_empty() {
        for i in 0..s.len() {
            parts.push(&s[i..i + 1]);
        }
    } else {
        let mut start = 0;
        let mut i = 0;
        while i + sep.len() <= s.len() {
            if s[i..].starts_with(sep) {
                parts.push(&s[start..i]);
                i += sep.len();
                start = i;
            } else {
                i += 1;
            }
        }
        parts.push(&s[start..]);
    }
    for (i, p) in parts.iter().take(lim as usize).enumerate() {
        let v = vm.new_string(p);
        out.set_element(i as u32, v);
    }
    Ok(out.value())
}

/// GetSubstitution (§22.1.3.19.1) for string patterns.
fn substitution(matched: &[u16], s: &[u16], pos: usize, rep: &[u16]) -> Vec<u16> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < rep.len() {
        let c = rep[i];
        if c == u16::from(b'$') && i + 1 < rep.len() {
            let n = rep[i + 1];
            if n == u16::from(b'$') {
                out.push(c);
                i += 2;
                continue;
            } else if n == u16::from(b'&') {
                out.extend_from_slice(matched);
                i += 2;
                continue;
            } else if n == u16::from(b'`') {
                out.extend_from_slice(&s[..pos]);
                i += 2;
                continue;
            } else if n == u16::from(b'\'') {
                out.extend_from_slice(&s[(pos + matched.len()).min(s.len())..]);
                i += 2;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

fn replace_impl(vm: &mut Vm, this: Value, args: &[Value], all: bool) -> JsResult<Value> {
    let s = this_units(vm, this)?;
    let pat = vm.to_str_rooted(arg(args, 0))?;
    let r = arg(args, 1);
    let func = vm.is_callable(r);
    let rep = if func { Vec::new() } else { vm.to_units(r)? };
    let mut positions = Vec::new();
    let mut from = 0;
    while let Some(p) = find(s, pat, from) {
        positions.push(p);
        if !all {
            break;
        }
        from = p + pat.len().max(1);
        if from > s.len() {
            break;
        }
    }
    let mut out = Vec::new();
    let mut last = 0;
    for p in positions {
        out.extend_from_slice(&s[last..p]);
        if func {
            let m = vm.new_string(pat);
            let whole = vm.new_string(s);
            let v = vm.call_function(r, Value::UNDEFINED, &[m, Value::number(p as f64), whole])?;
            out.extend(vm.to_str_rooted(v)?);
        } else {
            out.extend(substitution(pat, s, p, &rep));
        }
        last = p + pat.len();
    }
    out.extend_from_slice(&s[last.min(s.len())..]);
    Ok(vm.new_string_owned(out))
}

fn replace(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    replace_impl(vm, this, args, false)
}
fn replace_all(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    replace_impl(vm, this, args, true)
}

fn locale_compare(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let a = this_units(vm, this)?;
    let b = vm.to_str_rooted(arg(args, 0))?;
    let key = |u: &[u16]| -> Vec<(u16, u16)> {
        u.iter()
            .map(|&c| {
                let l = if c < 128 {
                    u16::from((c as u8).to_ascii_lowercase())
                } else {
                    c
                };
                // Lowercase sorts before uppercase at equal letters (ICU's tertiary order).
                let upper = u16::from(c < 128 && (c as u8).is_ascii_uppercase());
                (l, upper)
            })
            .collect()
    };
    let (ka, kb) = (key(a), key(b));
    let primary = ka.iter().map(|x| x.0).cmp(kb.iter().map(|x| x.0));
    let ord = primary.then_with(|| ka.iter().map(|x| x.1).cmp(kb.iter().map(|x| x.1)));
    Ok(Value::number(match ord {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
}

fn normalize(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Err(vm.type_error("String.prototype.normalize is not supported by the engine yet"))
}

fn iterator(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    this_units(vm, this)?;
    // this_units left the string value on the root stack.
    let sv = vm.roots.last().copied().unwrap_or(Value::UNDEFINED);
    let p = vm.realm().string_iter_proto;
    Ok(super::iterator::make(
        vm,
        p,
        IterState::String { s: sv, pos: 0 },
    ))
}
