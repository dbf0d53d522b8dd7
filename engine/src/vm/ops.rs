//! Type conversions, equality and the operators (ECMA-262 §7.1, §7.2, §13).

use crate::atom::{self, Atom};
use crate::object::Class;
use crate::value::{Kind, Value};
use crate::vm::code::BinOp;
use crate::vm::numconv::{number_to_string, string_to_number};
use crate::vm::property::Key;
use crate::vm::{JsResult, ObjRef, Vm};

/// The hint of ToPrimitive.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// ToBoolean (§7.1.2).
#[inline]
pub fn to_boolean(v: Value) -> bool {
    match v.kind() {
        Kind::Boolean => v == Value::TRUE,
        Kind::Number => {
            let n = v.num();
            !(n == 0.0 || n.is_nan())
        }
        Kind::String => v.as_str().map(|s| !s.is_empty()).unwrap_or(false),
        Kind::Undefined | Kind::Null | Kind::Internal => false,
        Kind::Symbol | Kind::Object => true,
    }
}

/// ToInt32 of a double.
#[inline]
pub fn f64_to_int32(n: f64) -> i32 {
    // Fast path: a double that is already an int32 (the common case in bit operations).
    let i = n as i32;
    if f64::from(i) == n {
        return i;
    }
    // An integer beyond int32 that a double holds exactly (`x >>> 0` of a uint32, a
    // hash that left the int32 range): wrap it without the float remainder.
    if n.abs() <= 9_007_199_254_740_992.0 {
        let l = n as i64;
        if l as f64 == n {
            return l as i32;
        }
    }
    f64_to_int32_slow(n)
}

fn f64_to_int32_slow(n: f64) -> i32 {
    if !n.is_finite() {
        return 0;
    }
    let t = n.trunc();
    let m = t.rem_euclid(4294967296.0);
    (m as u64 as u32) as i32
}

#[inline]
pub fn f64_to_uint32(n: f64) -> u32 {
    f64_to_int32(n) as u32
}

/// SameValueZero on numbers and everything else.
pub fn same_value_zero(a: Value, b: Value) -> bool {
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return x == y || (x.is_nan() && y.is_nan());
    }
    strict_equals(a, b)
}

/// SameValue.
pub fn same_value(a: Value, b: Value) -> bool {
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        if x.is_nan() && y.is_nan() {
            return true;
        }
        return x.to_bits() == y.to_bits();
    }
    strict_equals(a, b)
}

/// IsStrictlyEqual.
pub fn strict_equals(a: Value, b: Value) -> bool {
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return x == y;
    }
    if a.is_string() && b.is_string() {
        return a == b || a.as_str() == b.as_str();
    }
    a == b
}

impl Vm {
    /// ToNumber (§7.1.4).
    pub fn to_number(&mut self, v: Value) -> JsResult<f64> {
        match v.kind() {
            Kind::Number => Ok(v.num()),
            Kind::Undefined => Ok(f64::NAN),
            Kind::Null => Ok(0.0),
            Kind::Boolean => Ok(if v == Value::TRUE { 1.0 } else { 0.0 }),
            Kind::String => Ok(string_to_number(v.as_str().unwrap_or(&[]))),
            Kind::Symbol => Err(self.type_error("Cannot convert a Symbol value to a number")),
            Kind::Object => {
                let p = self.to_primitive(v, Hint::Number)?;
                self.to_number(p)
            }
            Kind::Internal => Ok(f64::NAN),
        }
    }

    /// ToPrimitive (§7.1.1).
    pub fn to_primitive(&mut self, v: Value, hint: Hint) -> JsResult<Value> {
        let Some(o) = v.as_obj() else { return Ok(v) };
        let exotic = self.get(v, Key::Atom(atom::SYM_TO_PRIMITIVE))?;
        if !exotic.is_nullish() {
            if !self.is_callable(exotic) {
                return Err(self.type_error("Symbol.toPrimitive is not a function"));
            }
            let h = match hint {
                Hint::Default => "default",
                Hint::Number => "number",
                Hint::String => "string",
            };
            let hs = self.str(h);
            let r = self.call_function(exotic, v, &[hs])?;
            if r.is_object() {
                return Err(self.type_error("Cannot convert object to primitive value"));
            }
            return Ok(r);
        }
        let order = if hint == Hint::String {
            [atom::TO_STRING, atom::VALUE_OF]
        } else {
            [atom::VALUE_OF, atom::TO_STRING]
        };
        for name in order {
            let f = self.get(o.value(), Key::Atom(name))?;
            if self.is_callable(f) {
                let r = self.call_function(f, v, &[])?;
                if !r.is_object() {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value"))
    }

    /// ToString (§7.1.17), as a string value.
    pub fn to_string(&mut self, v: Value) -> JsResult<Value> {
        match v.kind() {
            Kind::String => Ok(v),
            Kind::Number => {
                let s = number_to_string(v.num());
                Ok(self.str(&s))
            }
            Kind::Undefined => Ok(self.atom_value(atom::UNDEFINED)),
            Kind::Null => Ok(self.atom_value(atom::NULL)),
            Kind::Boolean => Ok(self.atom_value(if v == Value::TRUE {
                atom::TRUE
            } else {
                atom::FALSE
            })),
            Kind::Symbol => Err(self.type_error("Cannot convert a Symbol value to a string")),
            Kind::Object => {
                let p = self.to_primitive(v, Hint::String)?;
                self.to_string(p)
            }
            Kind::Internal => Ok(self.atom_value(atom::UNDEFINED)),
        }
    }

    /// ToString as code units.
    pub fn to_units(&mut self, v: Value) -> JsResult<Vec<u16>> {
        let s = self.to_string(v)?;
        Ok(s.as_str().unwrap_or(&[]).to_vec())
    }

    /// ToString as code units, without copying them: the string is pushed on the root
    /// stack (`Vm::roots`, truncated when the native that asked returns), so the slice
    /// stays valid across calls into JavaScript made meanwhile (R9). For natives.
    pub fn to_str_rooted(&mut self, v: Value) -> JsResult<&'static [u16]> {
        let s = if v.is_string() { v } else { self.to_string(v)? };
        self.roots.push(s);
        Ok(s.as_str().unwrap_or(&[]))
    }

    /// ToString as a Rust string (lossy), for messages.
    pub fn display(&mut self, v: Value) -> String {
        match v.kind() {
            Kind::Symbol => atom::display(v.as_symbol().unwrap_or(0)),
            Kind::Object => {
                if self.is_callable(v) {
                    "function".into()
                } else {
                    "object".into()
                }
            }
            _ => match self.to_string(v) {
                Ok(s) => String::from_utf16_lossy(s.as_str().unwrap_or(&[])),
                Err(_) => "?".into(),
            },
        }
    }

    /// ToPropertyKey (§7.1.19).
    pub fn to_property_key(&mut self, v: Value) -> JsResult<Key> {
        if let Some(n) = v.as_number()
            && (0.0..4294967295.0).contains(&n)
            && n.fract() == 0.0
        {
            return Ok(Key::Index(n as u32));
        }
        if let Some(s) = v.as_symbol() {
            return Ok(Key::Atom(s));
        }
        if let Some(u) = v.as_str() {
            return Ok(Key::from_atom(atom::intern(u)));
        }
        let p = self.to_primitive(v, Hint::String)?;
        if let Some(s) = p.as_symbol() {
            return Ok(Key::Atom(s));
        }
        let s = self.to_string(p)?;
        Ok(Key::from_atom(atom::intern(s.as_str().unwrap_or(&[]))))
    }

    /// A key as a JavaScript value (string or symbol).
    pub fn key_value(&mut self, k: Key) -> Value {
        match k {
            Key::Index(i) => {
                let s = i.to_string();
                self.str(&s)
            }
            Key::Atom(a) => self.atom_value(a),
        }
    }

    /// ToObject (§7.1.18).
    pub fn to_object(&mut self, v: Value) -> JsResult<ObjRef> {
        if let Some(o) = v.as_obj() {
            return Ok(o);
        }
        let proto = match v.kind() {
            Kind::Undefined | Kind::Null | Kind::Internal => {
                return Err(self.type_error(format!(
                    "Cannot convert {} to object",
                    if v.is_null() { "null" } else { "undefined" }
                )));
            }
            Kind::Boolean => self.realm().boolean_proto,
            Kind::Number => self.realm().number_proto,
            Kind::String => self.realm().string_proto,
            Kind::Symbol => self.realm().symbol_proto,
            Kind::Object => unreachable!("handled above"),
        };
        Ok(self.new_object_with(proto, Class::Primitive(v)))
    }

    pub fn to_int32(&mut self, v: Value) -> JsResult<i32> {
        Ok(f64_to_int32(self.to_number(v)?))
    }

    pub fn to_uint32(&mut self, v: Value) -> JsResult<u32> {
        Ok(f64_to_uint32(self.to_number(v)?))
    }

    /// ToIntegerOrInfinity.
    pub fn to_integer(&mut self, v: Value) -> JsResult<f64> {
        let n = self.to_number(v)?;
        Ok(if n.is_nan() { 0.0 } else { n.trunc() + 0.0 })
    }

    /// ToLength.
    pub fn to_length(&mut self, v: Value) -> JsResult<f64> {
        let n = self.to_integer(v)?;
        Ok(n.clamp(0.0, 9007199254740991.0))
    }

    pub fn is_callable(&self, v: Value) -> bool {
        v.as_obj().map(|o| o.is_callable()).unwrap_or(false)
    }

    pub fn is_constructor(&self, v: Value) -> bool {
        v.as_obj()
            .map(|o| o.has_flag(crate::object::flag::CONSTRUCTOR))
            .unwrap_or(false)
    }

    /// `typeof v`.
    pub fn typeof_atom(&self, v: Value) -> Atom {
        match v.kind() {
            Kind::Undefined | Kind::Internal => atom::UNDEFINED,
            Kind::Null => atom::OBJECT,
            Kind::Boolean => atom::BOOLEAN,
            Kind::Number => atom::NUMBER,
            Kind::String => atom::STRING,
            Kind::Symbol => atom::SYMBOL,
            Kind::Object => {
                if self.is_callable(v) {
                    atom::FUNCTION
                } else {
                    atom::OBJECT
                }
            }
        }
    }

    /// IsLooselyEqual (§7.2.13).
    pub fn loose_equals(&mut self, a: Value, b: Value) -> JsResult<bool> {
        let (ka, kb) = (a.kind(), b.kind());
        if ka == kb {
            return Ok(strict_equals(a, b));
        }
        Ok(match (ka, kb) {
            (Kind::Undefined | Kind::Null, Kind::Undefined | Kind::Null) => true,
            (Kind::Number, Kind::String) => {
                let y = self.to_number(b)?;
                a.num() == y
            }
            (Kind::String, Kind::Number) => {
                let x = self.to_number(a)?;
                x == b.num()
            }
            (Kind::Boolean, _) => {
                let x = Value::number(if a == Value::TRUE { 1.0 } else { 0.0 });
                return self.loose_equals(x, b);
            }
            (_, Kind::Boolean) => {
                let y = Value::number(if b == Value::TRUE { 1.0 } else { 0.0 });
                return self.loose_equals(a, y);
            }
            (Kind::Number | Kind::String | Kind::Symbol, Kind::Object) => {
                let p = self.to_primitive(b, Hint::Default)?;
                // `a` is a primitive the caller holds; `p` is used only below, where
                // no JavaScript runs unless it is an object (it is not).
                return self.loose_equals(a, p);
            }
            (Kind::Object, Kind::Number | Kind::String | Kind::Symbol) => {
                let p = self.to_primitive(a, Hint::Default)?;
                return self.loose_equals(p, b);
            }
            _ => false,
        })
    }

    /// IsLessThan (§7.2.12): Some(result) or None for undefined (NaN).
    pub fn less_than(&mut self, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
        let (first, second) = if left_first { (a, b) } else { (b, a) };
        let p1 = self.to_primitive(first, Hint::Number)?;
        self.roots.push(p1);
        let p2 = self.to_primitive(second, Hint::Number);
        self.roots.pop();
        let p2 = p2?;
        let (px, py) = if left_first { (p1, p2) } else { (p2, p1) };
        if let (Some(x), Some(y)) = (px.as_str(), py.as_str()) {
            return Ok(Some(x < y));
        }
        let x = self.to_number(px)?;
        let y = self.to_number(py)?;
        if x.is_nan() || y.is_nan() {
            return Ok(None);
        }
        Ok(Some(x < y))
    }

    /// `a + b` (§13.15.3 ApplyStringOrNumericBinaryOperator).
    pub fn add(&mut self, a: Value, b: Value) -> JsResult<Value> {
        if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
            return Ok(Value::number(x + y));
        }
        if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
            let mut u = Vec::with_capacity(x.len() + y.len());
            u.extend_from_slice(x);
            u.extend_from_slice(y);
            return Ok(self.new_string_owned(u));
        }
        let pa = self.to_primitive(a, Hint::Default)?;
        self.roots.push(pa);
        let pb = self.to_primitive(b, Hint::Default);
        self.roots.pop();
        let pb = pb?;
        if pa.is_string() || pb.is_string() {
            let sa = self.to_string(pa)?;
            let sb = self.to_string(pb)?;
            let (x, y) = (sa.as_str().unwrap_or(&[]), sb.as_str().unwrap_or(&[]));
            let mut u = Vec::with_capacity(x.len() + y.len());
            u.extend_from_slice(x);
            u.extend_from_slice(y);
            return Ok(self.new_string_owned(u));
        }
        let x = self.to_number(pa)?;
        let y = self.to_number(pb)?;
        Ok(Value::number(x + y))
    }

    /// Every binary operator.
    pub fn binary(&mut self, op: BinOp, a: Value, b: Value) -> JsResult<Value> {
        use BinOp::*;
        if let (Some(x), Some(y)) = (a.as_number(), b.as_number())
            && let Some(v) = numeric_fast(op, x, y)
        {
            return Ok(v);
        }
        Ok(match op {
            Add => return self.add(a, b),
            Sub | Mul | Div | Mod | Exp => {
                let x = self.to_number(a)?;
                let y = self.to_number(b)?;
                numeric_fast(op, x, y).unwrap_or(Value::number(f64::NAN))
            }
            Shl | Shr | UShr | BitAnd | BitOr | BitXor => {
                let x = self.to_number(a)?;
                let y = self.to_number(b)?;
                numeric_fast(op, x, y).unwrap_or(Value::number(0.0))
            }
            Lt => Value::bool(self.less_than(a, b, true)? == Some(true)),
            Gt => Value::bool(self.less_than(b, a, false)? == Some(true)),
            Le => Value::bool(self.less_than(b, a, false)? == Some(false)),
            Ge => Value::bool(self.less_than(a, b, true)? == Some(false)),
            Eq => Value::bool(self.loose_equals(a, b)?),
            Ne => Value::bool(!self.loose_equals(a, b)?),
            StrictEq => Value::bool(strict_equals(a, b)),
            StrictNe => Value::bool(!strict_equals(a, b)),
            InstanceOf => Value::bool(self.instance_of(a, b)?),
            In => {
                let Some(o) = b.as_obj() else {
                    return Err(self.type_error(
                        "Cannot use 'in' operator to search for a key in a non-object",
                    ));
                };
                let k = self.to_property_key(a)?;
                Value::bool(self.has_property(o, k)?)
            }
        })
    }

    /// InstanceofOperator (§13.10.2).
    pub fn instance_of(&mut self, v: Value, target: Value) -> JsResult<bool> {
        if !target.is_object() {
            return Err(self.type_error("Right-hand side of 'instanceof' is not an object"));
        }
        let h = self.get(target, Key::Atom(atom::SYM_HAS_INSTANCE))?;
        if !h.is_nullish() {
            let r = self.call_function(h, target, &[v])?;
            return Ok(to_boolean(r));
        }
        if !self.is_callable(target) {
            return Err(self.type_error("Right-hand side of 'instanceof' is not callable"));
        }
        self.ordinary_has_instance(target, v)
    }

    /// OrdinaryHasInstance (§7.3.21).
    pub fn ordinary_has_instance(&mut self, c: Value, v: Value) -> JsResult<bool> {
        let Some(co) = c.as_obj() else {
            return Ok(false);
        };
        if !co.is_callable() {
            return Ok(false);
        }
        if let Class::Bound(b) = &co.class {
            let t = b.target;
            return self.instance_of(v, t);
        }
        let Some(mut o) = v.as_obj() else {
            return Ok(false);
        };
        let p = self.get(c, Key::Atom(atom::PROTOTYPE))?;
        // Walking a restricted object's prototype chain is a touch.
        self.check_access(o)?;
        if !p.is_object() {
            return Err(self.type_error("Function has non-object prototype in instanceof check"));
        }
        loop {
            let next = o.proto();
            if next.is_null() || !next.is_object() {
                return Ok(false);
            }
            if next == p {
                return Ok(true);
            }
            o = match next.as_obj() {
                Some(n) => n,
                None => return Ok(false),
            };
        }
    }
}

/// Arithmetic on two numbers.
#[inline(always)]
pub fn numeric_fast(op: BinOp, x: f64, y: f64) -> Option<Value> {
    use BinOp::*;
    Some(match op {
        Add => Value::number(x + y),
        Sub => Value::number(x - y),
        Mul => Value::number(x * y),
        Div => Value::number(x / y),
        Mod => Value::number(js_mod(x, y)),
        Exp => Value::number(js_pow(x, y)),
        Shl => Value::number(f64::from(
            f64_to_int32(x).wrapping_shl(f64_to_uint32(y) & 31),
        )),
        Shr => Value::number(f64::from(f64_to_int32(x) >> (f64_to_uint32(y) & 31))),
        UShr => Value::number(f64::from(f64_to_uint32(x) >> (f64_to_uint32(y) & 31))),
        BitAnd => Value::number(f64::from(f64_to_int32(x) & f64_to_int32(y))),
        BitOr => Value::number(f64::from(f64_to_int32(x) | f64_to_int32(y))),
        BitXor => Value::number(f64::from(f64_to_int32(x) ^ f64_to_int32(y))),
        Lt => Value::bool(x < y),
        Gt => Value::bool(x > y),
        Le => Value::bool(x <= y),
        Ge => Value::bool(x >= y),
        Eq | StrictEq => Value::bool(x == y),
        Ne | StrictNe => Value::bool(x != y),
        InstanceOf | In => return None,
    })
}

/// Number::remainder.
#[inline]
pub fn js_mod(x: f64, y: f64) -> f64 {
    // Fast path: both operands are int32 values and the divisor is positive. The
    // result has the dividend's sign, so a zero result of a negative dividend (or of
    // -0) is -0.
    let (a, b) = (x as i32, y as i32);
    if f64::from(a) == x && f64::from(b) == y && b > 0 {
        let r = a % b;
        if r == 0 && x.is_sign_negative() {
            return -0.0;
        }
        return f64::from(r);
    }
    js_mod_slow(x, y)
}

fn js_mod_slow(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() || x == 0.0 {
        return x;
    }
    let r = x % y;
    if r == 0.0 { 0.0f64.copysign(x) } else { r }
}

/// Number::exponentiate.
pub fn js_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() {
        return f64::NAN;
    }
    if y == 0.0 {
        return 1.0;
    }
    if (x == 1.0 || x == -1.0) && y.is_infinite() {
        return f64::NAN;
    }
    x.powf(y)
}
