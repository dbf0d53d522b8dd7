// Rule: th.lock.hold
// fn is called with this undefined and no arguments (sloppy fn: globalThis).
const l = new Lock();
const strict = l.hold(function () {
  "use strict";
  return [this === undefined, arguments.length];
});
const sloppy = l.hold(function () {
  return [this === globalThis, arguments.length];
});
print(strict.join(), sloppy.join());
