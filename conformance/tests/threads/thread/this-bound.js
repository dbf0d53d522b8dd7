// Rule: th.thread.this
// A bound function sees its bound this, not undefined.
function f() {
  return this;
}
const o = { tag: 1 };
const t = new Thread(f.bind(o));
print(t.join() === o);
