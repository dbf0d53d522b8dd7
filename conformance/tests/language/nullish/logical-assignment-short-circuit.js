// logical assignment does not assign (or even call setters) when it short-circuits
// spec: [language.operator.assignment]
var log = [];
var obj = {
  _v: 1,
  get v() { log.push("get"); return this._v; },
  set v(x) { log.push("set " + x); this._v = x; },
};
obj.v ||= 100;
print(log.join(","));
log = [];
obj.v &&= 0;
print(log.join(","));
log = [];
obj.v ??= 5;
print(log.join(","), obj._v);
var frozen = Object.freeze({ a: 1, b: null });
frozen.a ||= 2; // no write attempted
print(frozen.a);
(function () {
  "use strict";
  frozen.a ||= 2; // still fine: no write
  try {
    frozen.b ??= 3;
  } catch (e) {
    print("strict write to frozen:", e.name);
  }
})();
const k = 1;
k ||= 2; // short-circuits, so no TypeError for const
print(k);
var calls = 0;
var idx = () => (calls++, "p");
var o2 = { p: 1 };
o2[idx()] ??= 9;
print(calls, o2.p);
