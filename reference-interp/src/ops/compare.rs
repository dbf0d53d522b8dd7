//! Testing and comparison operations (§7.2).

use crate::interp::{Interp, JsResult};
use crate::ops::conversion::PreferredType;
use crate::value::Value;

/// SameValue (§7.2.10).
pub fn same_value<'a>(x: &Value<'a>, y: &Value<'a>) -> bool {
    match (x, y) {
        (Value::Number(a), Value::Number(b)) => {
            if a.is_nan() && b.is_nan() {
                return true;
            }
            a == b && a.is_sign_negative() == b.is_sign_negative()
        }
        _ => same_value_non_number(x, y),
    }
}

/// SameValueZero (§7.2.11).
pub fn same_value_zero<'a>(x: &Value<'a>, y: &Value<'a>) -> bool {
    match (x, y) {
        (Value::Number(a), Value::Number(b)) => (a.is_nan() && b.is_nan()) || a == b,
        _ => same_value_non_number(x, y),
    }
}

/// SameValueNonNumber (§7.2.12).
fn same_value_non_number<'a>(x: &Value<'a>, y: &Value<'a>) -> bool {
    match (x, y) {
        (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
        (Value::Bool(a), Value::Bool(b)) => a == b,
        (Value::String(a), Value::String(b)) => a == b,
        (Value::Symbol(a), Value::Symbol(b)) => a == b,
        (Value::Object(a), Value::Object(b)) => a.ptr_eq(b),
        _ => false,
    }
}

/// IsStrictlyEqual (§7.2.15).
pub fn is_strictly_equal<'a>(x: &Value<'a>, y: &Value<'a>) -> bool {
    match (x, y) {
        (Value::Number(a), Value::Number(b)) => a == b,
        _ => same_value_non_number(x, y),
    }
}

impl<'a> Interp<'a> {
    /// IsCallable (§7.2.3).
    pub fn is_callable(&self, v: &Value<'a>) -> bool {
        matches!(v, Value::Object(o) if o.is_callable())
    }

    /// IsConstructor (§7.2.4).
    pub fn is_constructor(&self, v: &Value<'a>) -> bool {
        matches!(v, Value::Object(o) if o.is_constructor())
    }

    /// RequireObjectCoercible (§7.2.1).
    pub fn require_object_coercible(&mut self, v: &Value<'a>) -> JsResult<'a, ()> {
        if v.is_nullish() {
            let d = self.describe(v);
            return Err(self.type_error(format!("Cannot convert {d} to object")));
        }
        Ok(())
    }

    /// IsArray (§7.2.2) — no proxies, so this is "is an Array exotic object".
    pub fn is_array(&self, v: &Value<'a>) -> bool {
        matches!(v, Value::Object(o) if o.is_array_exotic())
    }

    /// IsLooselyEqual (§7.2.14).
    pub fn is_loosely_equal(&mut self, x: &Value<'a>, y: &Value<'a>) -> JsResult<'a, bool> {
        use Value as V;
        Ok(match (x, y) {
            (V::Undefined | V::Null, V::Undefined | V::Null) => true,
            (V::Number(_), V::Number(_))
            | (V::String(_), V::String(_))
            | (V::Bool(_), V::Bool(_))
            | (V::Symbol(_), V::Symbol(_))
            | (V::Object(_), V::Object(_)) => is_strictly_equal(x, y),
            (V::Number(a), V::String(_)) => {
                let b = self.to_number(y)?;
                *a == b
            }
            (V::String(_), V::Number(b)) => {
                let a = self.to_number(x)?;
                a == *b
            }
            (V::Bool(_), _) => {
                let n = V::Number(self.to_number(x)?);
                self.is_loosely_equal(&n, y)?
            }
            (_, V::Bool(_)) => {
                let n = V::Number(self.to_number(y)?);
                self.is_loosely_equal(x, &n)?
            }
            (V::String(_) | V::Number(_) | V::Symbol(_), V::Object(_)) => {
                let p = self.to_primitive(y, PreferredType::Default)?;
                self.is_loosely_equal(x, &p)?
            }
            (V::Object(_), V::String(_) | V::Number(_) | V::Symbol(_)) => {
                let p = self.to_primitive(x, PreferredType::Default)?;
                self.is_loosely_equal(&p, y)?
            }
            _ => false,
        })
    }

    /// IsLessThan (§7.2.13). `None` stands for the spec's `undefined` (a NaN was involved).
    pub fn is_less_than(
        &mut self,
        x: &Value<'a>,
        y: &Value<'a>,
        left_first: bool,
    ) -> JsResult<'a, Option<bool>> {
        let (px, py) = if left_first {
            let px = self.to_primitive(x, PreferredType::Number)?;
            let py = self.to_primitive(y, PreferredType::Number)?;
            (px, py)
        } else {
            let py = self.to_primitive(y, PreferredType::Number)?;
            let px = self.to_primitive(x, PreferredType::Number)?;
            (px, py)
        };
        if let (Value::String(a), Value::String(b)) = (&px, &py) {
            return Ok(Some(a.units() < b.units()));
        }
        let nx = self.to_number(&px)?;
        let ny = self.to_number(&py)?;
        if nx.is_nan() || ny.is_nan() {
            return Ok(None);
        }
        Ok(Some(nx < ny))
    }
}
