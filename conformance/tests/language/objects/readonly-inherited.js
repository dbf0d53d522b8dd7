// a non-writable inherited data property blocks assignment on the child
// spec: [language.object.prototypes] [language.strict.errors]
var proto = {};
Object.defineProperty(proto, "fixed", { value: "proto value", writable: false });
var child = Object.create(proto);
child.fixed = "attempt";
print(child.fixed, child.hasOwnProperty("fixed"));
(function () {
  "use strict";
  try {
    child.fixed = "strict attempt";
  } catch (e) {
    print("strict:", e.name);
  }
})();
Object.defineProperty(child, "fixed", { value: "defined own", writable: true });
print(child.fixed, proto.fixed);
var frozenProto = Object.freeze({ a: 1 });
var c2 = Object.create(frozenProto);
c2.a = 2;
c2.b = 3;
print(c2.a, c2.b);
