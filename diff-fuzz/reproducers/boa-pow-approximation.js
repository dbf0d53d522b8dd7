// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: boa-only
// seed: 1 index: 514 (reduced by hand from the saved reproducer)
// ---- input ----
print(5 ** 160);
