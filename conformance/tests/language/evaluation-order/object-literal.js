// object literal properties and computed keys are evaluated in source order
// spec: [language.literal.object] [language.operator.evaluation-order]
var log = [];
function l(msg, v) { log.push(msg); return v; }
var o = {
  [l("key a", "a")]: l("val a", 1),
  b: l("val b", 2),
  [l("key c", "c")]: l("val c", 3),
  ...l("spread", { d: 4 }),
  get e() { return "getter not called"; },
};
print(log.join(", "));
print(JSON.stringify(o));
var dup = { x: l("first x", 1), y: 2, x: l("second x", 3) };
print(JSON.stringify(dup), Object.keys(dup).join(""));
var arr = [l("e0", 0), , l("e2", 2)];
print(arr.length, 1 in arr, log.slice(-2).join(", "));
