// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: boa-failure
// seed: 301 index: 2861 (reduced)
// ---- input ----
let d3 = ~2147483647;
print(d3 % (-1));
