//! Type conversion (§7.1).

use crate::interp::{Interp, JsResult};
use crate::object::{Obj, ObjectKind};
use crate::string::{JsString, trim_units};
use crate::value::{PropertyKey, Value, number_to_js_string};

/// The hint of ToPrimitive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreferredType {
    /// No hint ("default").
    Default,
    /// "string".
    String,
    /// "number".
    Number,
}

impl<'a> Interp<'a> {
    /// ToPrimitive (§7.1.1).
    pub fn to_primitive(&mut self, v: &Value<'a>, hint: PreferredType) -> JsResult<'a, Value<'a>> {
        let Value::Object(o) = v else {
            return Ok(v.clone());
        };
        let key = PropertyKey::Symbol(self.well_known.to_primitive.clone());
        let exotic = self.get_method(v, &key)?;
        if let Some(exotic) = exotic {
            let hint_str = match hint {
                PreferredType::Default => "default",
                PreferredType::String => "string",
                PreferredType::Number => "number",
            };
            let result = self.call(&exotic, v.clone(), &[Value::str(hint_str)])?;
            if matches!(result, Value::Object(_)) {
                return Err(self.type_error("Cannot convert object to primitive value"));
            }
            return Ok(result);
        }
        let hint = if hint == PreferredType::Default {
            PreferredType::Number
        } else {
            hint
        };
        self.ordinary_to_primitive(o, hint)
    }

    /// OrdinaryToPrimitive (§7.1.1.1).
    pub fn ordinary_to_primitive(
        &mut self,
        o: &Obj<'a>,
        hint: PreferredType,
    ) -> JsResult<'a, Value<'a>> {
        let names = if hint == PreferredType::String {
            ["toString", "valueOf"]
        } else {
            ["valueOf", "toString"]
        };
        for name in names {
            let method = self.get(o, &PropertyKey::from(name), Value::Object(o.clone()))?;
            if self.is_callable(&method) {
                let result = self.call(&method, Value::Object(o.clone()), &[])?;
                if !matches!(result, Value::Object(_)) {
                    return Ok(result);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value"))
    }

    /// ToBoolean (§7.1.2).
    pub fn to_boolean(&self, v: &Value<'a>) -> bool {
        match v {
            Value::Undefined | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(n) => !(*n == 0.0 || n.is_nan()),
            Value::String(s) => !s.is_empty(),
            Value::Symbol(_) | Value::Object(_) => true,
        }
    }

    /// ToNumber (§7.1.4).
    pub fn to_number(&mut self, v: &Value<'a>) -> JsResult<'a, f64> {
        match v {
            Value::Undefined => Ok(f64::NAN),
            Value::Null => Ok(0.0),
            Value::Bool(b) => Ok(if *b { 1.0 } else { 0.0 }),
            Value::Number(n) => Ok(*n),
            Value::String(s) => Ok(string_to_number(s)),
            Value::Symbol(_) => Err(self.type_error("Cannot convert a Symbol value to a number")),
            Value::Object(_) => {
                let p = self.to_primitive(v, PreferredType::Number)?;
                self.to_number(&p)
            }
        }
    }

    /// ToIntegerOrInfinity (§7.1.5).
    pub fn to_integer_or_infinity(&mut self, v: &Value<'a>) -> JsResult<'a, f64> {
        let n = self.to_number(v)?;
        Ok(integer_or_infinity(n))
    }

    /// ToInt32 (§7.1.6).
    pub fn to_int32(&mut self, v: &Value<'a>) -> JsResult<'a, i32> {
        Ok(f64_to_int32(self.to_number(v)?))
    }

    /// ToUint32 (§7.1.7).
    pub fn to_uint32(&mut self, v: &Value<'a>) -> JsResult<'a, u32> {
        Ok(f64_to_int32(self.to_number(v)?) as u32)
    }

    /// ToString (§7.1.17).
    pub fn to_string(&mut self, v: &Value<'a>) -> JsResult<'a, JsString> {
        match v {
            Value::Undefined => Ok(JsString::from("undefined")),
            Value::Null => Ok(JsString::from("null")),
            Value::Bool(b) => Ok(JsString::from(if *b { "true" } else { "false" })),
            Value::Number(n) => Ok(number_to_js_string(*n)),
            Value::String(s) => Ok(s.clone()),
            Value::Symbol(_) => Err(self.type_error("Cannot convert a Symbol value to a string")),
            Value::Object(_) => {
                let p = self.to_primitive(v, PreferredType::String)?;
                self.to_string(&p)
            }
        }
    }

    /// ToObject (§7.1.18).
    pub fn to_object(&mut self, v: &Value<'a>) -> JsResult<'a, Obj<'a>> {
        let (proto, kind) = match v {
            Value::Undefined | Value::Null => {
                let d = self.describe(v);
                return Err(self.type_error(format!("Cannot convert {d} to object")));
            }
            Value::Object(o) => return Ok(o.clone()),
            Value::Bool(b) => ("%Boolean.prototype%", ObjectKind::Boolean(*b)),
            Value::Number(n) => ("%Number.prototype%", ObjectKind::Number(*n)),
            Value::String(s) => return Ok(self.string_create(s.clone(), None)),
            Value::Symbol(s) => ("%Symbol.prototype%", ObjectKind::Symbol(s.clone())),
        };
        Ok(Obj::new(Some(self.intrinsic(proto)), kind))
    }

    /// StringCreate (§10.4.3.4).
    pub fn string_create(&mut self, s: JsString, proto: Option<Obj<'a>>) -> Obj<'a> {
        let proto = proto.unwrap_or_else(|| self.intrinsic("%String.prototype%"));
        let len = s.len();
        let o = Obj::new(Some(proto), ObjectKind::String(s));
        o.borrow_mut().properties.insert(
            PropertyKey::from("length"),
            crate::object::Property::Data {
                value: Value::from(len),
                writable: false,
                enumerable: false,
                configurable: false,
            },
        );
        o
    }

    /// ToPropertyKey (§7.1.19).
    pub fn to_property_key(&mut self, v: &Value<'a>) -> JsResult<'a, PropertyKey> {
        let key = self.to_primitive(v, PreferredType::String)?;
        match key {
            Value::Symbol(s) => Ok(PropertyKey::Symbol(s)),
            other => Ok(PropertyKey::String(self.to_string(&other)?)),
        }
    }

    /// ToLength (§7.1.20).
    pub fn to_length(&mut self, v: &Value<'a>) -> JsResult<'a, f64> {
        let len = self.to_integer_or_infinity(v)?;
        if len <= 0.0 {
            return Ok(0.0);
        }
        Ok(len.min(9_007_199_254_740_991.0))
    }

    /// ToIndex (§7.1.22).
    pub fn to_index(&mut self, v: &Value<'a>) -> JsResult<'a, f64> {
        let i = self.to_integer_or_infinity(v)?;
        if !(0.0..=9_007_199_254_740_991.0).contains(&i) {
            return Err(self.range_error("Invalid index"));
        }
        Ok(i)
    }

    /// The string form of a value for `print`: like `String(v)` (symbols print their
    /// descriptive string instead of throwing).
    pub fn to_display_string(&mut self, v: &Value<'a>) -> JsResult<'a, JsString> {
        match v {
            Value::Symbol(s) => Ok(s.descriptive_string()),
            _ => self.to_string(v),
        }
    }
}

/// The mathematical part of ToIntegerOrInfinity.
pub fn integer_or_infinity(n: f64) -> f64 {
    if n.is_nan() || n == 0.0 {
        return 0.0;
    }
    if n.is_infinite() {
        return n;
    }
    n.trunc() + 0.0
}

/// The mathematical part of ToInt32 (§7.1.6).
pub fn f64_to_int32(n: f64) -> i32 {
    if !n.is_finite() || n == 0.0 {
        return 0;
    }
    let int = n.trunc();
    let int32bit = int.rem_euclid(4_294_967_296.0);
    if int32bit >= 2_147_483_648.0 {
        (int32bit - 4_294_967_296.0) as i32
    } else {
        int32bit as i32
    }
}

/// StringToNumber (§7.1.4.1.1): the StringNumericLiteral grammar.
pub fn string_to_number(s: &JsString) -> f64 {
    let trimmed = trim_units(s.units(), true, true);
    let Ok(text) = String::from_utf16(trimmed) else {
        return f64::NAN;
    };
    if text.is_empty() {
        return 0.0;
    }
    for (prefix, radix) in [
        ("0x", 16),
        ("0X", 16),
        ("0o", 8),
        ("0O", 8),
        ("0b", 2),
        ("0B", 2),
    ] {
        if let Some(digits) = text.strip_prefix(prefix) {
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return f64::NAN;
            }
            return digits.chars().fold(0.0, |acc, c| {
                acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0))
            });
        }
    }
    parse_str_decimal_literal(&text).unwrap_or(f64::NAN)
}

/// StrDecimalLiteral: `[+-]? (Infinity | digits [. digits?] [e[+-]digits] | . digits [e..])`.
pub fn parse_str_decimal_literal(text: &str) -> Option<f64> {
    let (sign, body) = match text.as_bytes().first() {
        Some(b'+') => (1.0, &text[1..]),
        Some(b'-') => (-1.0, &text[1..]),
        _ => (1.0, text),
    };
    if body == "Infinity" {
        return Some(sign * f64::INFINITY);
    }
    let bytes = body.as_bytes();
    let mut i = 0;
    let int_start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        let s = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - s;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        i += 1;
        if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
            i += 1;
        }
        let s = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return None;
        }
    }
    if i != bytes.len() {
        return None;
    }
    body.parse::<f64>().ok().map(|v| sign * v)
}
