// cycles throw TypeError; repeated (non-cyclic) references are fine
// spec: [language.builtin.json-stringify]
var a = { name: "a" };
a.self = a;
try {
  JSON.stringify(a);
} catch (e) {
  print(e.name, e instanceof TypeError);
}
var arr = [1];
arr.push([arr]);
try {
  JSON.stringify(arr);
} catch (e) {
  print("array cycle:", e.name);
}
var shared = { v: 1 };
print(JSON.stringify({ x: shared, y: shared, z: [shared, shared] }));
var holder = {};
holder.inner = { toJSON() { return holder; } };
try {
  JSON.stringify(holder);
} catch (e) {
  print("cycle through toJSON:", e.name);
}
var cut = { name: "root" };
cut.child = { parent: cut };
print(JSON.stringify(cut, (k, v) => (k === "parent" ? "[circular]" : v)));
