// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: boa-only
// seed: 101 index: 596
// ---- input ----
let o = JSON.parse(JSON.stringify({ q: "\ud800x" }));
print(o.q.length);
