//! libFuzzer target: arbitrary bytes into the litmus parser, the reference interpreter
//! and the engine — no panic, no hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use weft_diff_fuzz::fuzz_support::{Which, check_generated};

fuzz_target!(|data: &[u8]| check_generated(Which::Parse, data));
