// Rule: th.lock.async-hold
// fn is called with this undefined and no arguments.
const l = new Lock();
l.asyncHold(function () {
  "use strict";
  return [this === undefined, arguments.length].join();
}).then((v) => print(v));
