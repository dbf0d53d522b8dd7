//! JSON.parse and JSON.stringify (§25.5).

use super::{arg, method};
use crate::atom;
use crate::object::Class;
use crate::object::shape::attr;
use crate::value::Value;
use crate::vm::numconv::number_to_string;
use crate::vm::property::Key;
use crate::vm::{JsResult, ObjRef, Vm};

pub fn init(vm: &mut Vm) {
    let j = vm.new_object().value();
    method(vm, j, "parse", 2, parse);
    method(vm, j, "stringify", 3, stringify);
    let t = vm.str("JSON");
    if let Some(o) = j.as_obj() {
        o.define_named(&vm.rt.heap, atom::SYM_TO_STRING_TAG, t, attr::CONFIGURABLE);
    }
    let g = vm.realm().global;
    super::value(vm, g, "JSON", j, attr::HIDDEN);
}

struct Parser<'a> {
    s: &'a [u16],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], 0x20 | 0x09 | 0x0A | 0x0D) {
            self.i += 1;
        }
    }
    fn peek(&self) -> Option<u16> {
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, lit: &str) -> bool {
        let u: Vec<u16> = lit.encode_utf16().collect();
        if self.s[self.i..].starts_with(&u) {
            self.i += u.len();
            true
        } else {
            false
        }
    }
}

fn syntax(vm: &mut Vm, p: &Parser<'_>) -> Value {
    vm.syntax_error(format!("Unexpected token in JSON at position {}", p.i))
}

fn parse_value(vm: &mut Vm, p: &mut Parser<'_>, depth: usize) -> JsResult<Value> {
    if depth > 5000 {
        return Err(vm.range_error("JSON nesting too deep"));
    }
    p.ws();
    match p.peek() {
        Some(0x7B) => {
            p.i += 1;
            let o = vm.new_object();
            vm.roots.push(o.value());
            p.ws();
            if p.peek() == Some(0x7D) {
                p.i += 1;
                return Ok(o.value());
            }
            loop {
                p.ws();
                if p.peek() != Some(0x22) {
                    return Err(syntax(vm, p));
                }
                let k = parse_string(vm, p)?;
                p.ws();
                if p.peek() != Some(0x3A) {
                    return Err(syntax(vm, p));
                }
                p.i += 1;
                let v = parse_value(vm, p, depth + 1)?;
                let key = Key::from_atom(atom::intern(&k));
                vm.define_value(o, key, v, attr::DEFAULT)?;
                p.ws();
                match p.peek() {
                    Some(0x2C) => p.i += 1,
                    Some(0x7D) => {
                        p.i += 1;
                        return Ok(o.value());
                    }
                    _ => return Err(syntax(vm, p)),
                }
            }
        }
        Some(0x5B) => {
            p.i += 1;
            let a = vm.new_array();
            vm.roots.push(a.value());
            p.ws();
            if p.peek() == Some(0x5D) {
                p.i += 1;
                return Ok(a.value());
            }
            let mut n = 0;
            loop {
                let v = parse_value(vm, p, depth + 1)?;
                a.set_element(n, v);
                n += 1;
                p.ws();
                match p.peek() {
                    Some(0x2C) => p.i += 1,
                    Some(0x5D) => {
                        p.i += 1;
                        return Ok(a.value());
                    }
                    _ => return Err(syntax(vm, p)),
                }
            }
        }
        Some(0x22) => {
            let s = parse_string(vm, p)?;
            Ok(vm.new_string_owned(s))
        }
        Some(c) if c == u16::from(b'-') || (u16::from(b'0')..=u16::from(b'9')).contains(&c) => {
            let start = p.i;
            if p.peek() == Some(u16::from(b'-')) {
                p.i += 1;
            }
            let digits = |p: &mut Parser<'_>| {
                let s = p.i;
                while p.peek().is_some_and(|c| (0x30..=0x39).contains(&c)) {
                    p.i += 1;
                }
                p.i - s
            };
            let int_start = p.i;
            let nd = digits(p);
            if nd == 0 || (nd > 1 && p.s[int_start] == 0x30) {
                return Err(syntax(vm, p));
            }
            if p.peek() == Some(0x2E) {
                p.i += 1;
                if digits(p) == 0 {
                    return Err(syntax(vm, p));
                }
            }
            if matches!(p.peek(), Some(0x65 | 0x45)) {
                p.i += 1;
                if matches!(p.peek(), Some(0x2B | 0x2D)) {
                    p.i += 1;
                }
                if digits(p) == 0 {
                    return Err(syntax(vm, p));
                }
            }
            let t = String::from_utf16_lossy(&p.s[start..p.i]);
            Ok(Value::number(t.parse::<f64>().unwrap_or(f64::NAN)))
        }
        _ => {
            if p.eat("true") {
                Ok(Value::TRUE)
            } else if p.eat("false") {
                Ok(Value::FALSE)
            } else if p.eat("null") {
                Ok(Value::NULL)
            } else {
                Err(syntax(vm, p))
            }
        }
    }
}

fn parse_string(vm: &mut Vm, p: &mut Parser<'_>) -> JsResult<Vec<u16>> {
    p.i += 1;
    let mut out = Vec::new();
    loop {
        let Some(c) = p.peek() else {
            return Err(syntax(vm, p));
        };
        p.i += 1;
        match c {
            0x22 => return Ok(out),
            0x5C => {
                let Some(e) = p.peek() else {
                    return Err(syntax(vm, p));
                };
                p.i += 1;
                let ch = match e {
                    0x22 => 0x22,
                    0x5C => 0x5C,
                    0x2F => 0x2F,
                    0x62 => 0x08,
                    0x66 => 0x0C,
                    0x6E => 0x0A,
                    0x72 => 0x0D,
                    0x74 => 0x09,
                    0x75 => {
                        if p.i + 4 > p.s.len() {
                            return Err(syntax(vm, p));
                        }
                        let h = String::from_utf16_lossy(&p.s[p.i..p.i + 4]);
                        let Ok(v) = u16::from_str_radix(&h, 16) else {
                            return Err(syntax(vm, p));
                        };
                        p.i += 4;
                        v
                    }
                    _ => return Err(syntax(vm, p)),
                };
                out.push(ch);
            }
            c if c < 0x20 => return Err(syntax(vm, p)),
            c => out.push(c),
        }
    }
}

fn parse(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let text = vm.to_units(arg(args, 0))?;
    let mut p = Parser { s: &text, i: 0 };
    let v = parse_value(vm, &mut p, 0)?;
    p.ws();
    if p.i != text.len() {
        return Err(syntax(vm, &p));
    }
    let reviver = arg(args, 1);
    if vm.is_callable(reviver) {
        vm.roots.push(v);
        let root = vm.new_object();
        vm.roots.push(root.value());
        vm.define_value(root, Key::Atom(atom::EMPTY), v, attr::DEFAULT)?;
        return internalize(vm, root, Key::Atom(atom::EMPTY), reviver);
    }
    Ok(v)
}

fn internalize(vm: &mut Vm, holder: ObjRef, key: Key, reviver: Value) -> JsResult<Value> {
    let val = vm.get(holder.value(), key)?;
    if let Some(o) = val.as_obj() {
        vm.roots.push(val);
        let keys: Vec<Key> = if o.is_array() {
            (0..super::length_of(vm, o)? as u32)
                .map(Key::Index)
                .collect()
        } else {
            vm.own_keys(o)
                .into_iter()
                .filter(|k| {
                    !k.is_symbol()
                        && vm
                            .get_own(o, *k)
                            .is_some_and(|p| p.attrs & attr::ENUMERABLE != 0)
                })
                .collect()
        };
        for k in keys {
            let nv = internalize(vm, o, k, reviver)?;
            if nv.is_undefined() {
                vm.delete(o, k)?;
            } else {
                vm.define_value(o, k, nv, attr::DEFAULT)?;
            }
        }
    }
    let kv = vm.key_value(key);
    vm.call_function(reviver, holder.value(), &[kv, val])
}

struct Ser {
    replacer: Value,
    allow: Option<Vec<Key>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    stack: Vec<Value>,
}

fn quote(s: &[u16], out: &mut Vec<u16>) {
    out.push(0x22);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        match c {
            0x22 => out.extend("\\\"".encode_utf16()),
            0x5C => out.extend("\\\\".encode_utf16()),
            0x08 => out.extend("\\b".encode_utf16()),
            0x0C => out.extend("\\f".encode_utf16()),
            0x0A => out.extend("\\n".encode_utf16()),
            0x0D => out.extend("\\r".encode_utf16()),
            0x09 => out.extend("\\t".encode_utf16()),
            c if c < 0x20 => out.extend(format!("\\u{c:04x}").encode_utf16()),
            0xD800..=0xDBFF if i + 1 < s.len() && (0xDC00..0xE000).contains(&s[i + 1]) => {
                out.push(c);
                out.push(s[i + 1]);
                i += 1;
            }
            0xD800..=0xDFFF => out.extend(format!("\\u{c:04x}").encode_utf16()),
            c => out.push(c),
        }
        i += 1;
    }
    out.push(0x22);
}

fn ser_prop(
    vm: &mut Vm,
    st: &mut Ser,
    holder: Value,
    key: Key,
    out: &mut Vec<u16>,
) -> JsResult<bool> {
    let mut v = vm.get(holder, key)?;
    if v.is_object() {
        let tj = vm.get(v, Key::Atom(atom::TO_JSON))?;
        if vm.is_callable(tj) {
            let kv = vm.key_value(key);
            v = vm.call_function(tj, v, &[kv])?;
        }
    }
    if vm.is_callable(st.replacer) {
        let kv = vm.key_value(key);
        v = vm.call_function(st.replacer, holder, &[kv, v])?;
    }
    if let Some(o) = v.as_obj() {
        match &o.class {
            Class::Primitive(p) if p.is_number() => v = Value::number(vm.to_number(v)?),
            Class::Primitive(p) if p.is_string() => v = vm.to_string(v)?,
            Class::Primitive(p) if p.is_bool() => v = *p,
            _ => {}
        }
    }
    if v.is_null() {
        out.extend("null".encode_utf16());
        return Ok(true);
    }
    if v.is_bool() {
        out.extend(if v == Value::TRUE { "true" } else { "false" }.encode_utf16());
        return Ok(true);
    }
    if let Some(s) = v.as_str() {
        quote(s, out);
        return Ok(true);
    }
    if let Some(n) = v.as_number() {
        let t = if n.is_finite() {
            number_to_string(n)
        } else {
            "null".into()
        };
        out.extend(t.encode_utf16());
        return Ok(true);
    }
    let Some(o) = v.as_obj() else {
        return Ok(false);
    };
    if o.is_callable() {
        return Ok(false);
    }
    if st.stack.contains(&v) {
        return Err(vm.type_error("Converting circular structure to JSON"));
    }
    st.stack.push(v);
    vm.roots.push(v);
    let stepback = st.indent.clone();
    st.indent.extend_from_slice(&st.gap.clone());
    let mut parts: Vec<Vec<u16>> = Vec::new();
    let is_arr = o.is_array();
    if is_arr {
        let len = super::length_of(vm, o)?;
        for i in 0..len as u32 {
            let mut p = Vec::new();
            if !ser_prop(vm, st, v, Key::Index(i), &mut p)? {
                p = "null".encode_utf16().collect();
            }
            parts.push(p);
        }
    } else {
        let keys = match &st.allow {
            Some(a) => a.clone(),
            None => vm
                .own_keys(o)
                .into_iter()
                .filter(|k| {
                    !k.is_symbol()
                        && vm
                            .get_own(o, *k)
                            .is_some_and(|p| p.attrs & attr::ENUMERABLE != 0)
                })
                .collect(),
        };
        for k in keys {
            let mut p = Vec::new();
            let mut kq = Vec::new();
            let kv = vm.key_value(k);
            quote(kv.as_str().unwrap_or(&[]), &mut kq);
            kq.push(0x3A);
            if !st.gap.is_empty() {
                kq.push(0x20);
            }
            if ser_prop(vm, st, v, k, &mut p)? {
                kq.extend(p);
                parts.push(kq);
            }
        }
    }
    let (open, close) = if is_arr { (0x5B, 0x5D) } else { (0x7B, 0x7D) };
    out.push(open);
    if !parts.is_empty() {
        if st.gap.is_empty() {
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    out.push(0x2C);
                }
                out.extend_from_slice(p);
            }
        } else {
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    out.push(0x2C);
                }
                out.push(0x0A);
                out.extend_from_slice(&st.indent);
                out.extend_from_slice(p);
            }
            out.push(0x0A);
            out.extend_from_slice(&stepback);
        }
    }
    out.push(close);
    st.stack.pop();
    st.indent = stepback;
    Ok(true)
}

fn stringify(vm: &mut Vm, _: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let replacer = arg(args, 1);
    let mut allow = None;
    if let Some(r) = replacer.as_obj()
        && r.is_array()
    {
        let mut keys = Vec::new();
        let len = super::length_of(vm, r)?;
        for i in 0..len as u32 {
            let e = vm.get(replacer, Key::Index(i))?;
            let item = if e.is_string() || e.is_number() {
                Some(vm.to_property_key(e)?)
            } else if let Some(eo) = e.as_obj() {
                match &eo.class {
                    Class::Primitive(p) if p.is_string() || p.is_number() => {
                        let s = vm.to_string(e)?;
                        Some(vm.to_property_key(s)?)
                    }
                    _ => None,
                }
            } else {
                None
            };
            if let Some(k) = item
                && !keys.contains(&k)
            {
                keys.push(k);
            }
        }
        allow = Some(keys);
    }
    let mut space = arg(args, 2);
    if let Some(so) = space.as_obj()
        && let Class::Primitive(p) = &so.class
    {
        space = if p.is_number() {
            Value::number(vm.to_number(space)?)
        } else if p.is_string() {
            vm.to_string(space)?
        } else {
            space
        };
    }
    let gap: Vec<u16> = if let Some(n) = space.as_number() {
        let n = n.clamp(0.0, 10.0) as usize;
        vec![0x20; n]
    } else if let Some(s) = space.as_str() {
        s[..s.len().min(10)].to_vec()
    } else {
        Vec::new()
    };
    let mut st = Ser {
        replacer: if vm.is_callable(replacer) {
            replacer
        } else {
            Value::UNDEFINED
        },
        allow,
        gap,
        indent: Vec::new(),
        stack: Vec::new(),
    };
    let wrapper = vm.new_object();
    vm.roots.push(wrapper.value());
    vm.define_value(wrapper, Key::Atom(atom::EMPTY), arg(args, 0), attr::DEFAULT)?;
    let mut out = Vec::new();
    if ser_prop(
        vm,
        &mut st,
        wrapper.value(),
        Key::Atom(atom::EMPTY),
        &mut out,
    )? {
        Ok(vm.new_string_owned(out))
    } else {
        Ok(Value::UNDEFINED)
    }
}
