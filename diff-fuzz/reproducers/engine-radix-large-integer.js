// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: engine-vs-reference
// seed: 101 index: 11 (the generator now converts only integers below 2^32)
// ---- input ----
print(Math.trunc(1e21).toString(9));
