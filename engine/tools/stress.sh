#!/bin/sh
# The race stress test (engine/tests/stress.rs) with many runs per program.
# Usage: engine/tools/stress.sh [RUNS]   (default 500; WEFT_STRESS_GC=N as in the test)
# Prints, per program, the runs, the time and the histogram of outcome lines, then the
# total; exits non-zero if any run crashed, hung, broke the heap or had an outcome its
# .outcomes does not allow.
set -eu
cd "$(dirname "$0")/../.."
WEFT_STRESS_RUNS="${1:-500}" exec cargo test -p weft-engine --test stress -- \
    --nocapture --test-threads 1 race_heavy_programs
