// capturing loop variables: var vs let vs IIFE, in while and for-of
// spec: [language.binding.per-iteration] [language.function.closures]
var byVar = [], byLet = [], byIife = [];
for (var i = 0; i < 3; i++) {
  byVar.push(() => i);
  let j = i;
  byLet.push(() => j);
  byIife.push((function (k) { return () => k; })(i));
}
var show = (arr) => arr.map((f) => f()).join("");
print(show(byVar), show(byLet), show(byIife));
var w = [];
var n = 0;
while (n < 3) {
  let copy = n;
  w.push(() => copy * 10);
  n++;
}
print(show(w));
var ofs = [];
for (var v of [7, 8, 9]) ofs.push(() => v);
print(show(ofs));
var lofs = [];
for (let v2 of [7, 8, 9]) lofs.push(() => v2);
print(show(lofs));
