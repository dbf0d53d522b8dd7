// Async arrows keep the lexical this and arguments; async methods in objects and classes.
const obj = {
  name: "obj",
  async method(x) {
    const inner = async () => this.name + ":" + (await x);
    return inner();
  },
};
obj.method(Promise.resolve(5)).then((v) => print("method", v));
class Counter {
  constructor() {
    this.n = 0;
  }
  async add(k) {
    await null;
    this.n += k;
    return this.n;
  }
  static async make() {
    const c = new Counter();
    await c.add(2);
    return c;
  }
}
Counter.make().then((c) => c.add(3)).then((n) => print("counter", n));
const named = async function namedExpr() {
  return typeof namedExpr;
};
named().then((t) => print("own name", t, named.name));
const arrow = async (a, b) => a + b;
arrow(1, 2).then((v) => print("arrow", v, arrow.name, arrow.length));
try {
  new arrow();
} catch (e) {
  print("not a constructor", e.name);
}
const m = obj.method;
print(m.name, typeof Counter.make);
