//! NaN-boxed JavaScript values (ARCHITECTURE.md, "Value representation").

use std::fmt;

use crate::heap::{Cell, CellRef};

const TAG_SHIFT: u32 = 48;
const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
const TAG_CONST: u64 = 0xFFFA;
const TAG_SYMBOL: u64 = 0xFFFB;
const TAG_STRING: u64 = 0xFFFC;
const TAG_OBJECT: u64 = 0xFFFD;
const TAG_ENV: u64 = 0xFFFE;
/// The first tag that is not a double.
const TAG_MIN: u64 = 0xFFF9;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// A JavaScript value in one 64-bit word. Copyable; a pointer payload is only valid while
/// the value is reachable from a root (ARCHITECTURE.md, R9).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Value(u64);

impl Value {
    pub const UNDEFINED: Value = Value(TAG_CONST << TAG_SHIFT);
    pub const NULL: Value = Value((TAG_CONST << TAG_SHIFT) | 1);
    pub const FALSE: Value = Value((TAG_CONST << TAG_SHIFT) | 2);
    pub const TRUE: Value = Value((TAG_CONST << TAG_SHIFT) | 3);
    /// Internal: an absent element or slot. Never handed to JavaScript.
    pub const HOLE: Value = Value((TAG_CONST << TAG_SHIFT) | 4);
    /// Internal: a lexical binding in its temporal dead zone.
    pub const UNINIT: Value = Value((TAG_CONST << TAG_SHIFT) | 5);

    /// The raw word (what a heap slot stores).
    #[inline]
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    /// Rebuilds a value from a word that was produced by [`Value::to_bits`].
    #[inline]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline]
    pub fn number(n: f64) -> Value {
        if n.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(n.to_bits())
        }
    }

    #[inline]
    pub const fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }

    #[inline]
    pub const fn symbol(atom: u32) -> Value {
        Value((TAG_SYMBOL << TAG_SHIFT) | atom as u64)
    }

    #[inline]
    fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    #[inline]
    pub(crate) fn from_cell(cell: CellRef) -> Value {
        let tag = match cell.get() {
            Cell::Object(_) => TAG_OBJECT,
            Cell::String(_) => TAG_STRING,
            Cell::Env(_) => TAG_ENV,
        };
        let addr = cell.addr() as u64;
        debug_assert_eq!(addr & !PAYLOAD_MASK, 0);
        Value((tag << TAG_SHIFT) | addr)
    }

    #[inline]
    pub fn is_number(self) -> bool {
        self.tag() < TAG_MIN
    }
    #[inline]
    pub fn as_number(self) -> Option<f64> {
        if self.is_number() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }
    /// The double of a value known to be a number.
    #[inline]
    pub fn num(self) -> f64 {
        f64::from_bits(self.0)
    }
    #[inline]
    pub fn is_undefined(self) -> bool {
        self == Value::UNDEFINED
    }
    #[inline]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }
    #[inline]
    pub fn is_nullish(self) -> bool {
        self == Value::UNDEFINED || self == Value::NULL
    }
    #[inline]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }
    #[inline]
    pub fn is_hole(self) -> bool {
        self == Value::HOLE
    }
    #[inline]
    pub fn is_uninit(self) -> bool {
        self == Value::UNINIT
    }
    #[inline]
    pub fn is_symbol(self) -> bool {
        self.tag() == TAG_SYMBOL
    }
    #[inline]
    pub fn as_symbol(self) -> Option<u32> {
        if self.is_symbol() {
            Some(self.0 as u32)
        } else {
            None
        }
    }
    #[inline]
    pub fn is_string(self) -> bool {
        self.tag() == TAG_STRING
    }
    #[inline]
    pub fn is_object(self) -> bool {
        self.tag() == TAG_OBJECT
    }
    #[inline]
    pub fn is_env(self) -> bool {
        self.tag() == TAG_ENV
    }
    /// True for a value that points at a heap cell.
    #[inline]
    pub fn is_cell(self) -> bool {
        matches!(self.tag(), TAG_STRING | TAG_OBJECT | TAG_ENV)
    }

    /// The address of the cell a pointer value refers to.
    #[inline]
    pub(crate) fn cell_addr(self) -> Option<usize> {
        if self.is_cell() {
            Some((self.0 & PAYLOAD_MASK) as usize)
        } else {
            None
        }
    }

    /// The cell of a pointer value.
    #[inline]
    pub(crate) fn cell(self) -> Option<CellRef> {
        self.cell_addr().map(CellRef::from_addr)
    }

    /// The internal marker values that must never reach JavaScript.
    #[inline]
    pub fn is_internal(self) -> bool {
        self == Value::HOLE || self == Value::UNINIT || self.is_env()
    }

    /// Which kind of value this is, for `typeof`-like dispatch.
    pub fn kind(self) -> Kind {
        match self.tag() {
            t if t < TAG_MIN => Kind::Number,
            TAG_CONST => match self.0 & PAYLOAD_MASK {
                0 => Kind::Undefined,
                1 => Kind::Null,
                2 | 3 => Kind::Boolean,
                _ => Kind::Internal,
            },
            TAG_SYMBOL => Kind::Symbol,
            TAG_STRING => Kind::String,
            TAG_OBJECT => Kind::Object,
            _ => Kind::Internal,
        }
    }
}

/// The type of a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Symbol,
    Object,
    /// hole, uninitialised, environment, or an unused tag: never JavaScript-visible.
    Internal,
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind() {
            Kind::Number => write!(f, "{}", self.num()),
            Kind::Undefined => f.write_str("undefined"),
            Kind::Null => f.write_str("null"),
            Kind::Boolean => write!(f, "{}", *self == Value::TRUE),
            Kind::Symbol => write!(f, "Symbol#{}", self.0 as u32),
            Kind::String => write!(f, "String@{:#x}", self.0 & PAYLOAD_MASK),
            Kind::Object => write!(f, "Object@{:#x}", self.0 & PAYLOAD_MASK),
            Kind::Internal => write!(f, "Internal({:#x})", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn doubles_round_trip(bits in any::<u64>()) {
            let d = f64::from_bits(bits);
            let v = Value::number(d);
            prop_assert!(v.is_number());
            prop_assert_eq!(v.kind(), Kind::Number);
            if d.is_nan() {
                prop_assert!(v.num().is_nan());
            } else {
                prop_assert_eq!(v.num().to_bits(), bits);
            }
        }

        #[test]
        fn symbols_round_trip(id in any::<u32>()) {
            let v = Value::symbol(id);
            prop_assert_eq!(v.as_symbol(), Some(id));
            prop_assert!(!v.is_number());
            prop_assert_eq!(Value::from_bits(v.to_bits()), v);
        }
    }

    #[test]
    fn constants_are_distinct_and_not_numbers() {
        let all = [
            Value::UNDEFINED,
            Value::NULL,
            Value::FALSE,
            Value::TRUE,
            Value::HOLE,
            Value::UNINIT,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_number());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert!(Value::HOLE.is_internal() && Value::UNINIT.is_internal());
        assert_eq!(Value::number(-0.0).num().to_bits(), (-0.0f64).to_bits());
        assert_eq!(Value::number(f64::NAN), Value::number(-f64::NAN));
    }
}
