// the visited range of iteration methods is fixed at the start; deleted elements are skipped
// spec: [language.builtin.array-prototype]
var a = [1, 2, 3, 4];
var seen = [];
a.forEach((x, i) => {
  seen.push(x);
  if (i === 0) { a.push(99); delete a[2]; }
});
print(seen.join(","), a.length);
var b = [1, 2, 3];
var r = b.map((x, i) => { b[i + 1] = (b[i + 1] || 0) * 10; return x; });
print(r.join(","));
var c = [1, 2, 3, 4, 5];
var kept = c.filter((x, i) => { if (i === 1) c.length = 3; return true; });
print(kept.join(","));
var d = [3, 2, 1];
var count = 0;
d.every(() => { d.shift(); count++; return true; });
print(count, d.length);
