// keys, values, entries iterate over holes too
// spec: [language.builtin.array-prototype]
var a = ["a", , "c"];
print(JSON.stringify([...a.keys()]), JSON.stringify([...a.values()]), JSON.stringify([...a.entries()]));
print(JSON.stringify(Object.keys(a)));
var it = a.entries();
var first = it.next();
print(JSON.stringify(first), typeof it[Symbol.iterator]);
print(Array.prototype.values === Array.prototype[Symbol.iterator]);
var al = { length: 2, 0: "x" };
print(JSON.stringify([...Array.prototype.keys.call(al)]), JSON.stringify(Array.from(Array.prototype.values.call(al))));
var growing = [1];
var out = [];
for (var v of growing.values()) {
  out.push(v);
  if (growing.length < 3) growing.push(v + 1);
}
print(out.join());
