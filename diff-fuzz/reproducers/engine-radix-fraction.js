// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: engine-vs-reference
// seed: 3 (an early campaign; the generator now converts only integers below 2^32)
// ---- input ----
print((1e-7).toString(4));
