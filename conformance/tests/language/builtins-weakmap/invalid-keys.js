// non-object keys are rejected by set; registered symbols too
// spec: [language.builtin.weakmap]
var wm = new WeakMap();
var keys = [1, "s", true, null, undefined, Symbol.for("registered")];
print(keys.map((k) => { try { wm.set(k, 1); return "ok"; } catch (e) { return e.name; } }).join(","));
print(wm.set(Object(1), "wrapper ok").get(Object(1)));
try {
  new WeakMap([[1, 2]]);
} catch (e) {
  print("constructor entry:", e.name);
}
var ok = new WeakMap([[{}, 1], [[], 2]]);
print(typeof ok);
try {
  WeakMap();
} catch (e) {
  print("call without new:", e.name);
}
