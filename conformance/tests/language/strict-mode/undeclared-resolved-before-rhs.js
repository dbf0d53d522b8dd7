"use strict";
// A strict assignment resolves its target before the right side runs (ECMA-262
// §13.15.2 step 1.a): a global the right side creates does not make the reference
// resolvable, and PutValue throws a ReferenceError (§6.2.5.6 step 3.a).
try {
  undeclaredA = (globalThis.undeclaredA = 5);
  console.log("no error");
} catch (e) {
  console.log(e.name);
}
// The right side ran and created the property; the assignment itself stored nothing.
console.log(globalThis.undeclaredA);

// A global that exists when the assignment starts is assigned normally.
globalThis.existing = 1;
existing = 2;
console.log(existing);

// Deleted by the right side after resolution: the binding no longer exists when
// the value is stored, which strict code reports too (§9.1.1.2.5 step 2).
globalThis.fleeting = 1;
try {
  fleeting = (delete globalThis.fleeting, 3);
  console.log("no error");
} catch (e) {
  console.log(e.name);
}
console.log("fleeting" in globalThis);

// Declared by the script: always resolvable.
var declared;
declared = 4;
console.log(declared);
