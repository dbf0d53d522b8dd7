// a least-recently-used cache using Map insertion order
// spec: [language.builtin.map-set]
class LRU {
  constructor(cap) { this.cap = cap; this.m = new Map(); }
  get(k) {
    if (!this.m.has(k)) return undefined;
    var v = this.m.get(k);
    this.m.delete(k);
    this.m.set(k, v);
    return v;
  }
  put(k, v) {
    this.m.delete(k);
    this.m.set(k, v);
    if (this.m.size > this.cap) this.m.delete(this.m.keys().next().value);
  }
  keys() { return [...this.m.keys()].join(""); }
}
var c = new LRU(3);
c.put("a", 1); c.put("b", 2); c.put("c", 3);
print(c.keys());
c.get("a");
c.put("d", 4);
print(c.keys(), c.get("b"));
c.put("c", 33);
c.put("e", 5);
print(c.keys(), c.get("c"));
