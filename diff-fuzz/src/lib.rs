//! Differential fuzzing of Weft: generated programs run on the engine, the reference
//! interpreter and boa_engine (sequential programs), or on the engine against the
//! reference interpreter's explored outcome sets (threaded programs); arbitrary bytes
//! go to every parser. See `ARCHITECTURE.md` next to this crate's `Cargo.toml`.

pub mod ast;
pub mod campaign;
pub mod fuzz_support;
pub mod generate;
pub mod known;
pub mod oracle;
pub mod reduce;
