// an uncaught ReferenceError from a strict-mode assignment
// spec: [language.host.uncaught] [language.strict.errors]
function strictCounter() {
  "use strict";
  counter = 1;
  return counter;
}
print("sloppy assignment works:", (function () { sloppyCounter = 1; return sloppyCounter; })());
strictCounter();
print("unreachable");
