//! libFuzzer target: a generated sequential program must behave the same on the engine,
//! the engine under GC stress, the reference interpreter and boa_engine. A divergence
//! that `known-divergences.toml` does not explain aborts (libFuzzer saves the input;
//! `weft-fuzz` can replay the program it generates).
#![no_main]

use libfuzzer_sys::fuzz_target;
use weft_diff_fuzz::fuzz_support::{Which, check_generated};

fuzz_target!(|data: &[u8]| check_generated(Which::Seq, data));
