// Rule: th.thread.this
// A sloppy thread function called with this undefined sees globalThis (OrdinaryCallBindThis).
const t = new Thread(function () {
  return this === globalThis;
});
print(t.join());
