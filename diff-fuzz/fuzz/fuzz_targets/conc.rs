//! libFuzzer target: a generated threaded program's outcomes on the engine must be in the
//! reference interpreter's explored outcome set, with a clean heap after each run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use weft_diff_fuzz::fuzz_support::{Which, check_generated};

fuzz_target!(|data: &[u8]| check_generated(Which::Conc, data));
