// an uncaught ReferenceError from a strict-mode assignment
function strictCounter() {
  "use strict";
  counter = 1;
  return counter;
}
print("sloppy assignment works:", (function () { sloppyCounter = 1; return sloppyCounter; })());
strictCounter();
print("unreachable");
