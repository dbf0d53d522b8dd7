//! Weft's executable axiomatic memory model for shared JavaScript objects.
//!
//! This crate will answer the question "which outcomes may this litmus test have?" for
//! Weft's contract (the repaired ECMAScript memory model lifted from SharedArrayBuffer
//! bytes to `(object, property key)` locations and binding cells, plus no
//! out-of-thin-air), for the plain ECMAScript model, for sequential consistency and for
//! x86-TSO — by two independent routes, an explicit enumerator and a z3 encoding.
//!
//! It contains no code yet: the model arrives with the issue "Executable memory model".
//! It depends on no other crate of the workspace and knows nothing of JavaScript syntax.
//! See `ARCHITECTURE.md` next to this crate's `Cargo.toml`.
