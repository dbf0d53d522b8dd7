//! ECMAScript language values (§6.1) and property keys (§6.1.7).

use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use crate::object::Obj;
use crate::string::JsString;

/// A Symbol value (§6.1.5): identity plus an optional description.
#[derive(Clone)]
pub struct Symbol(pub Rc<SymbolData>);

/// The contents of a Symbol.
#[derive(Debug)]
pub struct SymbolData {
    /// `[[Description]]`.
    pub description: Option<JsString>,
}

impl Symbol {
    /// A fresh, unique symbol.
    pub fn new(description: Option<JsString>) -> Self {
        Self(Rc::new(SymbolData { description }))
    }

    /// SymbolDescriptiveString (§20.4.3.3.1): `Symbol(desc)`.
    pub fn descriptive_string(&self) -> JsString {
        let d = self.0.description.clone().unwrap_or_else(JsString::empty);
        JsString::from("Symbol(")
            .concat(&d)
            .concat(&JsString::from(")"))
    }
}

impl PartialEq for Symbol {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
impl Eq for Symbol {}
impl Hash for Symbol {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (Rc::as_ptr(&self.0) as usize).hash(state);
    }
}
impl fmt::Debug for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.descriptive_string())
    }
}

/// A property key (§6.1.7): a String or a Symbol.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PropertyKey {
    /// A string key (array indices are string keys too).
    String(JsString),
    /// A symbol key.
    Symbol(Symbol),
}

impl PropertyKey {
    /// The array index this key denotes, if it is one.
    pub fn as_array_index(&self) -> Option<u32> {
        match self {
            Self::String(s) => s.as_array_index(),
            Self::Symbol(_) => None,
        }
    }

    /// The key as a JavaScript value.
    pub fn to_value<'a>(&self) -> Value<'a> {
        match self {
            Self::String(s) => Value::String(s.clone()),
            Self::Symbol(s) => Value::Symbol(s.clone()),
        }
    }
}

impl From<&str> for PropertyKey {
    fn from(s: &str) -> Self {
        Self::String(JsString::from(s))
    }
}
impl From<JsString> for PropertyKey {
    fn from(s: JsString) -> Self {
        Self::String(s)
    }
}
impl From<u32> for PropertyKey {
    fn from(i: u32) -> Self {
        Self::String(JsString::from(i.to_string()))
    }
}
impl From<usize> for PropertyKey {
    fn from(i: usize) -> Self {
        Self::String(JsString::from(i.to_string()))
    }
}
impl From<Symbol> for PropertyKey {
    fn from(s: Symbol) -> Self {
        Self::Symbol(s)
    }
}

/// An ECMAScript language value.
#[derive(Clone, Debug)]
pub enum Value<'a> {
    /// `undefined`.
    Undefined,
    /// `null`.
    Null,
    /// A Boolean.
    Bool(bool),
    /// A Number (an IEEE 754 double).
    Number(f64),
    /// A String.
    String(JsString),
    /// A Symbol.
    Symbol(Symbol),
    /// An Object.
    Object(Obj<'a>),
}

impl<'a> Value<'a> {
    /// A string value from Rust text.
    pub fn str(s: &str) -> Self {
        Self::String(JsString::from(s))
    }

    /// Is this `undefined`?
    pub fn is_undefined(&self) -> bool {
        matches!(self, Self::Undefined)
    }

    /// Is this `undefined` or `null`?
    pub fn is_nullish(&self) -> bool {
        matches!(self, Self::Undefined | Self::Null)
    }

    /// The object, if this value is one.
    pub fn as_object(&self) -> Option<&Obj<'a>> {
        match self {
            Self::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The number, if this value is one.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Self::Number(n) => Some(*n),
            _ => None,
        }
    }
}

impl From<bool> for Value<'_> {
    fn from(b: bool) -> Self {
        Self::Bool(b)
    }
}
impl From<f64> for Value<'_> {
    fn from(n: f64) -> Self {
        Self::Number(n)
    }
}
impl From<i32> for Value<'_> {
    fn from(n: i32) -> Self {
        Self::Number(f64::from(n))
    }
}
impl From<u32> for Value<'_> {
    fn from(n: u32) -> Self {
        Self::Number(f64::from(n))
    }
}
impl From<usize> for Value<'_> {
    fn from(n: usize) -> Self {
        Self::Number(n as f64)
    }
}
impl From<JsString> for Value<'_> {
    fn from(s: JsString) -> Self {
        Self::String(s)
    }
}
impl<'a> From<Obj<'a>> for Value<'a> {
    fn from(o: Obj<'a>) -> Self {
        Self::Object(o)
    }
}

/// Number::toString(x, 10) (§6.1.6.1.20).
pub fn number_to_js_string(n: f64) -> JsString {
    if n == 0.0 {
        return JsString::from("0");
    }
    let mut buf = ryu_js::Buffer::new();
    JsString::from(buf.format(n))
}
