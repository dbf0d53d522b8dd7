// Rule: th.thread.this
// A strict thread function is called with this undefined.
const t = new Thread(function () {
  "use strict";
  return [this === undefined, typeof this];
});
const r = t.join();
print(r[0], r[1]);
