// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: boa-only
// ECMA-262 §6.1.6.1.3: 1 ** NaN is NaN; boa_engine 0.22 prints 1.
// ---- input ----
print(1 ** NaN);
