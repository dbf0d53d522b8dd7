// Rule: th.restrict
// Only the restricted object is pinned: objects it refers to and objects referring to it are not.
const inner = { v: 1 };
const o = Thread.restrict({ inner });
const outer = { o, w: 2 };
const t = new Thread(() => {
  inner.v = 2;
  outer.w = 3;
  return outer.o === o;
});
print(t.join(), inner.v, outer.w);
