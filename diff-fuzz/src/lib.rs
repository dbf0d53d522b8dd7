//! Differential fuzzing of Weft: a generator of valid, terminating (and threaded)
//! JavaScript programs, oracles that compare the engine with the reference interpreter
//! and boa_engine, cargo-fuzz targets, a stable-toolchain campaign runner, shuttle
//! schedule exploration and an AST-level test-case reducer.
//!
//! It contains no code yet: it arrives with the issue "Differential fuzzing". The
//! boa_engine runner it will use already exists in `weft_conformance::boa_runner`.
//! See `ARCHITECTURE.md` next to this crate's `Cargo.toml`.
