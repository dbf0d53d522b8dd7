//! Abstract operations of ECMA-262 §7 and the object internal methods of §10.

pub mod compare;
pub mod conversion;
pub mod internal;
pub mod iterator;
pub mod objects;
