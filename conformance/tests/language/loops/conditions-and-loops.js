// conditions compiled as compare-and-branch: NaN, strings, objects with valueOf,
// && and || chains, negations, and loops whose condition sits at the bottom
// spec: [language.operator.relational] [language.statement.loops] [language.operator.logical]
function cmp(a, b) {
  var out = [];
  if (a < b) out.push("lt"); else out.push("!lt");
  if (!(a < b)) out.push("not-lt");
  if (a <= b) out.push("le");
  if (!(a <= b)) out.push("not-le");
  if (a > b) out.push("gt");
  if (!(a > b)) out.push("not-gt");
  if (a >= b) out.push("ge");
  if (!(a >= b)) out.push("not-ge");
  if (a == b) out.push("eq");
  if (a != b) out.push("ne");
  if (a === b) out.push("seq");
  if (a !== b) out.push("sne");
  if (a < 2) out.push("lt2");
  if (!(a >= 2)) out.push("notge2");
  if (2 < a) out.push("2lt");
  return out.join(" ");
}
print(cmp(1, 2));
print(cmp(2, 1));
print(cmp(2, 2));
print(cmp(NaN, 1));
print(cmp(1, NaN));
print(cmp("a", "b"));
print(cmp("10", "9"));
print(cmp("10", 9));
print(cmp(null, 0));
print(cmp(undefined, 0));
print(cmp(-0, 0));
var calls = [];
var o = { valueOf: function () { calls.push("o"); return 3; } };
var p = { valueOf: function () { calls.push("p"); return 4; } };
print(cmp(o, p), calls.join(""));
var n = 0, log = [];
while (n < 5) { n++; if (n === 2) continue; log.push(n); }
print(log.join(","));
var i = 10;
do { i -= 3; } while (i > 0 && i !== 4);
print(i);
for (var k = 0, acc = 0; k < 10 || acc < 3; k += 2) { acc++; if (acc > 20) break; }
print(k, acc);
for (var q = 0; !(q >= 3); q++) {}
print(q);
var t = 0;
for (;;) { if (++t > 4) break; }
print(t);
var x = 0;
while (x < 3 && (x += 1) < 10) {}
print(x);
function first(arr, want) {
  for (var j = 0; j < arr.length; j++) if (arr[j] === want) return j;
  return -1;
}
print(first([3, "3", 4], "3"), first([NaN], NaN), first([0], -0));
var cond = 0;
var r1 = (cond < 1 ? "a" : "b") + (cond > 1 || cond === 0 ? "c" : "d") + (!(cond <= -1) && cond != null ? "e" : "f");
print(r1);
function loopy() {
  var big = 0;
  for (var z = 0; z < 300000; z++) big += z & 1;
  let m = 0;
  for (let y = 10; y > 0; y--) m += y;
  return big + "," + m;
}
print(loopy());
