"use strict";
// assigning to an undeclared identifier is a ReferenceError in strict code
// spec: [language.strict.errors]
try {
  notDeclared = 5;
} catch (e) {
  print(e.name, typeof notDeclared);
}
var declared;
declared = 5;
print(declared);
globalThis.viaGlobal = 1;
viaGlobal = 2; // exists now, so assignment is fine
print(viaGlobal);
try {
  (function () { alsoUndeclared++; })();
} catch (e) {
  print("update:", e.name);
}
try {
  [destructTarget] = [1];
} catch (e) {
  print("destructuring:", e.name);
}
print(typeof notDeclared, typeof destructTarget);
