// optional calls keep the receiver as this
// spec: [language.operator.optional-chain]
var o = {
  v: 42,
  get() { return this.v; },
  nested: { v: "nested", get() { return this.v; } },
};
print(o.get?.(), o?.get(), o?.nested?.get?.());
print(o["get"]?.(), o.nested["get"]?.());
print((o?.get)(), (o.nested?.get)());
var arr = [function () { return this.length; }];
print(arr[0]?.());
var notFn = { x: 5 };
try {
  notFn.x?.();
} catch (e) {
  print("non-function still throws:", e.name);
}
var maybe = null;
print(maybe?.method?.() === undefined);
function F() {}
print(typeof new F()?.constructor);
