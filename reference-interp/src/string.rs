//! ECMAScript String values (§6.1.4): immutable sequences of UTF-16 code units.

use std::fmt;
use std::rc::Rc;

/// Longest string the interpreter builds; longer results throw a `RangeError`.
pub const MAX_STRING_LENGTH: usize = 1 << 25;

/// An immutable JavaScript string of UTF-16 code units.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JsString(Rc<[u16]>);

impl JsString {
    /// The empty string.
    pub fn empty() -> Self {
        Self(Rc::from(Vec::new()))
    }

    /// Builds a string from UTF-16 code units.
    pub fn from_units(units: Vec<u16>) -> Self {
        Self(Rc::from(units))
    }

    /// The code units.
    pub fn units(&self) -> &[u16] {
        &self.0
    }

    /// Number of code units (the JavaScript `length`).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Lossy conversion for printing (lone surrogates become U+FFFD).
    pub fn to_rust_string(&self) -> String {
        String::from_utf16_lossy(&self.0)
    }

    /// Concatenation of two strings.
    pub fn concat(&self, other: &JsString) -> JsString {
        let mut v = Vec::with_capacity(self.len() + other.len());
        v.extend_from_slice(&self.0);
        v.extend_from_slice(&other.0);
        Self::from_units(v)
    }

    /// The substring of code units `[from, to)`.
    pub fn slice(&self, from: usize, to: usize) -> JsString {
        Self::from_units(self.0[from..to].to_vec())
    }

    /// If the string is a canonical array index (§6.1.7: an integer index below 2^32 - 1
    /// whose ToString is the string itself), that index.
    pub fn as_array_index(&self) -> Option<u32> {
        let u = &self.0;
        if u.is_empty() || u.len() > 10 {
            return None;
        }
        if u.len() > 1 && u[0] == u16::from(b'0') {
            return None;
        }
        let mut n: u64 = 0;
        for &c in u.iter() {
            if !(u16::from(b'0')..=u16::from(b'9')).contains(&c) {
                return None;
            }
            n = n * 10 + u64::from(c - u16::from(b'0'));
        }
        if n >= u64::from(u32::MAX) {
            return None;
        }
        Some(n as u32)
    }

    /// Code point at `pos` (§11.1.4 CodePointAt): (code point, code unit count, is unpaired surrogate).
    pub fn code_point_at(&self, pos: usize) -> (u32, usize, bool) {
        let first = self.0[pos];
        if !(0xD800..=0xDFFF).contains(&first) {
            return (u32::from(first), 1, false);
        }
        if first >= 0xDC00 || pos + 1 == self.len() {
            return (u32::from(first), 1, true);
        }
        let second = self.0[pos + 1];
        if !(0xDC00..=0xDFFF).contains(&second) {
            return (u32::from(first), 1, true);
        }
        let cp = (u32::from(first) - 0xD800) * 0x400 + (u32::from(second) - 0xDC00) + 0x10000;
        (cp, 2, false)
    }

    /// Index of the first occurrence of `search` at or after `from` (§6.1.4.1 StringIndexOf).
    pub fn index_of(&self, search: &JsString, from: usize) -> Option<usize> {
        let (h, n) = (&self.0, &search.0);
        if n.is_empty() {
            return if from <= h.len() { Some(from) } else { None };
        }
        if n.len() > h.len() {
            return None;
        }
        (from..=h.len() - n.len()).find(|&i| h[i..i + n.len()] == n[..])
    }
}

impl From<&str> for JsString {
    fn from(s: &str) -> Self {
        Self::from_units(s.encode_utf16().collect())
    }
}

impl From<String> for JsString {
    fn from(s: String) -> Self {
        Self::from(s.as_str())
    }
}

impl fmt::Display for JsString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rust_string())
    }
}

impl fmt::Debug for JsString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_rust_string())
    }
}

/// Is `c` WhiteSpace or LineTerminator (§12.2, §12.3), as trimmed by `String.prototype.trim`
/// and StringToNumber?
pub fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0B | 0x0C | 0x20 | 0xA0 | 0xFEFF | 0x0A | 0x0D | 0x2028 | 0x2029 | 0x1680 | 0x2000
            ..=0x200A | 0x202F | 0x205F | 0x3000
    )
}

/// Trims JavaScript whitespace from one or both ends (§22.1.3.32.1 TrimString).
pub fn trim_units(units: &[u16], start: bool, end: bool) -> &[u16] {
    let mut a = 0;
    let mut b = units.len();
    if start {
        while a < b && is_js_whitespace(units[a]) {
            a += 1;
        }
    }
    if end {
        while b > a && is_js_whitespace(units[b - 1]) {
            b -= 1;
        }
    }
    &units[a..b]
}
