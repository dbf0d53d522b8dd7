// destructuring patterns as parameters
// spec: [language.destructuring.positions] [language.function.params]
function point({ x, y = 0 }) { return x + "," + y; }
print(point({ x: 1 }), point({ x: 1, y: 2 }));
function pair([a, b]) { return a * b; }
print(pair([3, 4]), pair("ab".split("")) );
function opts({ verbose = false, level: lvl = 1, ...others } = {}) {
  return [verbose, lvl, Object.keys(others).join("|")].join(";");
}
print(opts(), opts({ verbose: true, level: 3, a: 1, b: 2 }));
function nested({ a: { b: [, second] } }) { return second; }
print(nested({ a: { b: [1, 2, 3] } }));
try {
  point();
} catch (e) {
  print("undefined arg:", e.name);
}
try {
  pair(null);
} catch (e) {
  print("null arg:", e.name);
}
var arrow = ([k, v]) => k + "=" + v;
print(Object.entries({ p: 1, q: 2 }).map(arrow).join("&"));
