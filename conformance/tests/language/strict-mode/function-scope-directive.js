// "use strict" applies only to the function that contains it (and nested code)
// spec: [language.strict.directive] [language.strict.errors]
function sloppyOuter() {
  implicitFromSloppy = "created";
  function strictInner() {
    "use strict";
    try {
      implicitFromStrict = "nope";
    } catch (e) {
      return e.name;
    }
    return "created?";
  }
  return strictInner();
}
print(sloppyOuter(), typeof implicitFromSloppy, typeof implicitFromStrict);
function notDirective() {
  var x = 1;
  "use strict"; // not in the directive prologue: no effect
  undeclaredAfterDirective = 1;
  return typeof undeclaredAfterDirective;
}
print(notDirective());
function escaped() {
  "use\x20strict"; // escaped directive is not a Use Strict Directive
  escapedCreated = 1;
  return typeof escapedCreated;
}
print(escaped());
function afterOtherDirective() {
  "other directive";
  "use strict";
  try { afterOther = 1; } catch (e) { return e.name; }
  return "sloppy";
}
print(afterOtherDirective());
