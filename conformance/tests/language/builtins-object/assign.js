// Object.assign copies own enumerable properties (string and symbol) using [[Get]] and [[Set]]
// spec: [language.builtin.object]
var s = Symbol("s");
var target = { a: 1 };
var r = Object.assign(target, { b: 2 }, null, undefined, { a: 3, [s]: "sym" }, "xy");
print(r === target, JSON.stringify(target), target[s]);
var log = [];
var src = { get g() { log.push("get"); return "G"; } };
var tgt = { set g(v) { log.push("set " + v); } };
Object.assign(tgt, src);
print(log.join(","));
var hidden = Object.defineProperty({}, "h", { value: 1, enumerable: false });
print(JSON.stringify(Object.assign({}, hidden)));
var inherited = Object.create({ p: 1 });
print(JSON.stringify(Object.assign({}, inherited)));
print(typeof Object.assign(1), Object.assign(1) instanceof Number);
try {
  Object.assign(null, {});
} catch (e) {
  print(e.name);
}
var frozen = Object.freeze({ x: 1 });
try {
  Object.assign(frozen, { x: 2 });
} catch (e) {
  print("frozen target:", e.name);
}
var partial = {};
try {
  Object.assign(partial, { a: 1 }, { get b() { throw new Error("stop"); } }, { c: 3 });
} catch (e) {
  print(e.message, JSON.stringify(partial));
}
