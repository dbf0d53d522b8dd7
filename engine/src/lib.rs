//! Weft's production JavaScript engine: a bytecode VM with a Cranelift baseline JIT, a
//! concurrent garbage collector and shared-heap threads (`new Thread(fn)` runs a closure
//! on another core in the same heap), embeddable from Rust and shipped as the `weft`
//! command.
//!
//! It contains no code yet: the engine arrives with the issue "Production engine v1".
//! It parses with `boa_parser`/`boa_ast` and must never depend on the reference
//! interpreter or the memory-model crate. See `ARCHITECTURE.md` next to this crate's
//! `Cargo.toml`.
